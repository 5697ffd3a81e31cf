#pragma once

#include "badge/BadgeContainer.h"
#include "verify/VerificationReport.h"
#include "verify/VerifyOptions.h"

#include <QByteArray>

namespace credfolio {

// The one call the rest of Credfolio uses to decide whether a badge can be trusted. The
// GUI, the CLI, the importer and the exporter show or store the report; they never
// recompute a verdict.
class Verifier {
public:
    // The bytes of a badge file: the container is detected by content (BadgeContainer), then
    // the credential verified. A file that is not a badge gives a report with error set.
    static VerificationReport verifyFile(const QByteArray& bytes, const VerifyOptions& options);
    // A credential already taken out of its container.
    static VerificationReport verifyExtracted(const ExtractedCredential& extracted, const VerifyOptions& options);
};

} // namespace credfolio
