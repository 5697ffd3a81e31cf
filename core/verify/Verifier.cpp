#include "verify/Verifier.h"

#include "badge/PngChunks.h"
#include "common/Limits.h"
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
    case ExtractedCredential::Payload::Json: {
        // The container's strict parse stands for the verifier's own: same parser, same depth
        // limit, and the very bytes (still shared with what it read, so not changed since).
        static_assert(badgelimits::maxJsonDepth == limits::maxJsonDepth);
        const auto& strict = extracted.strictJson;
        const bool sameText =
            strict && strict->text.constData() == extracted.bytes.constData() && strict->text.size() == extracted.bytes.size();
        verified = verifyText(extracted.bytes, ctx, sameText ? &strict->value : nullptr);
        break;
    }
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
