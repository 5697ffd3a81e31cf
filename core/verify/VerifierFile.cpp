// Verifier::verifyFile lives apart from verifyExtracted so that callers that already hold an
// extracted credential do not pull in the container parsers.

#include "verify/Verifier.h"

namespace credfolio {

VerificationReport Verifier::verifyFile(const QByteArray& bytes, const VerifyOptions& options)
{
    const auto extracted = BadgeContainer::extract(bytes);
    if (!extracted) {
        VerificationReport report;
        report.error = extracted.error();
        return report;
    }
    return verifyExtracted(extracted.value(), options);
}

} // namespace credfolio
