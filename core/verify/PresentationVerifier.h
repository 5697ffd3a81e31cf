#pragma once

#include "jcs/JcsValue.h"
#include "verify/VerificationReport.h"
#include "verify/VerifyContext.h"

#include <QJsonObject>

namespace credfolio {

// A W3C Verifiable Presentation (VC Data Model 2.0, or 1.1): the holder's proof
// (proofPurpose authentication, a key of the holder's DID, the challenge and domain the
// caller expects) and every credential it carries, each verified as on its own and added to
// report.embedded: a JSON-LD credential with an embedded proof, or an
// EnvelopedVerifiableCredential whose data: URL holds a VC-JWT. Check ids in
// docs/verification.md, "Presentations".
class PresentationVerifier {
public:
    explicit PresentationVerifier(const VerifyContext& ctx) : m_ctx(ctx) { }

    static bool isPresentation(const QJsonObject& object);
    // strict: the presentation as StrictJsonParser read it (the proof covers exactly that).
    VerificationReport verify(const QJsonObject& presentation, const JcsValue& strict) const;

private:
    void verifyProof(const QJsonObject& presentation, const JcsValue& strict, VerificationReport& report) const;
    void verifyCredentials(const QJsonObject& presentation, const JcsValue& strict, VerificationReport& report) const;

    const VerifyContext& m_ctx;
};

} // namespace credfolio
