#pragma once

#include "verify/KeyResolver.h"
#include "verify/VerificationReport.h"
#include "verify/VerifyContext.h"

#include <QByteArray>
#include <QJsonObject>

namespace credfolio {

// W3C VC as a JWT: the VC 1.1 "vc" claim (Open Badges 3.0 VC-JWT) or a VC 2.0 credential as
// the payload. Finds the key (jwk header without a private part, or kid through did:key,
// did:jwk, did:web, an HTTPS JWK or JWKS), verifies under the JOSE algorithm policy, checks
// that the registered claims agree with the credential and that the key is the issuer's.
class VcJwtVerifier {
public:
    explicit VcJwtVerifier(const VerifyContext& ctx) : m_ctx(ctx) { }

    // claims, when given, is the token's payload as the caller has already parsed it with
    // verifyutil::parseObject (so it is not parsed twice).
    VerificationReport verify(const QByteArray& token, const QJsonObject* claims = nullptr);
    const QJsonObject& credential() const { return m_credential; }

private:
    bool findKey(const QJsonObject& header, const QString& issuerId, VerificationMethod& method, VerificationReport& report);
    void checkClaims(const QJsonObject& claims, bool vc11, VerificationReport& report);

    const VerifyContext& m_ctx;
    QJsonObject m_credential;
};

} // namespace credfolio
