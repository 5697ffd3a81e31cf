#include "verify/Verifier.h"

#include "common/Logging.h"
#include "verify/CredentialDispatch.h"

namespace credfolio {

using namespace verifyutil;

VerificationReport Verifier::verifyExtracted(const ExtractedCredential& extracted, const VerifyOptions& options)
{
    VerifyContext ctx;
    ctx.options = &options;
    ctx.resolver = options.resolver;
    ctx.at = options.evaluationTime();

    VerifiedCredential verified;
    switch (extracted.payload) {
    case ExtractedCredential::Payload::Json:
        verified = verifyText(extracted.bytes, ctx);
        break;
    case ExtractedCredential::Payload::CompactJws:
        verified = verifyCompactJwsText(extracted.bytes.trimmed(), ctx);
        break;
    case ExtractedCredential::Payload::Url:
        verified = verifyHostedUrl(QString::fromUtf8(extracted.bytes.trimmed()), ctx);
        break;
    }
    VerificationReport report = std::move(verified.report);
    report.container = BadgeContainer::containerName(extracted.container);
    qCInfo(lcVerify) << "verified" << report.credential.id << verdictName(report.verdict());
    return report;
}

} // namespace credfolio
