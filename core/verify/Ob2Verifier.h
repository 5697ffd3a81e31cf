#pragma once

#include "verify/VerificationReport.h"
#include "verify/VerifyContext.h"

#include <QByteArray>
#include <QJsonObject>

namespace credfolio {

// Open Badges 2.0 assertions. Hosted: the assertion is fetched from its id and must equal
// the baked copy, its id must lie in the issuer's verification scope, and "revoked": true
// revokes it. Signed: a compact JWS whose key comes from verification.creator or the
// issuer's publicKey, must be owned by and listed in the issuer's profile, and the issuer's
// RevocationList must not list the assertion.
class Ob2Verifier {
public:
    explicit Ob2Verifier(const VerifyContext& ctx) : m_ctx(ctx) { }

    VerificationReport verifySigned(const QByteArray& token, const QJsonObject& assertion);
    VerificationReport verifyAssertionJson(const QJsonObject& assertion);
    VerificationReport verifyHostedUrl(const QString& url);

private:
    VerificationReport verifyHosted(const QJsonObject& baked, bool bakedIsUrl);
    // Fetches (or takes the embedded) BadgeClass and issuer Profile; false when the issuer is unknown.
    bool loadBadgeAndIssuer(const QJsonObject& assertion, VerificationReport& report);
    void checkScope(const QString& assertionId, VerificationReport& report);
    void checkRevocationList(const QJsonObject& assertion, VerificationReport& report);
    void finish(const QJsonObject& assertion, VerificationReport& report);

    const VerifyContext& m_ctx;
    QJsonObject m_badge;
    QJsonObject m_issuer;
};

} // namespace credfolio
