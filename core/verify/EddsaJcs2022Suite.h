#pragma once

#include "verify/DataIntegritySuite.h"

namespace credfolio {

// W3C vc-di-eddsa "eddsa-jcs-2022": proof options and the document without its proof are
// each canonicalized with JCS (RFC 8785) and hashed with SHA-256; the Ed25519 signature
// covers hash(proof options) || hash(document). The key comes from verificationMethod
// (did:key, did:web, did:jwk or an HTTPS Multikey / controller document).
class EddsaJcs2022Suite : public DataIntegritySuite {
public:
    QString name() const override { return QStringLiteral("eddsa-jcs-2022"); }
    bool handles(const QJsonObject& proof) const override;

    // The bytes the signature covers, or why they cannot be computed (exposed for tests).
    static Result<QByteArray> hashData(
        const JcsValue& document, const JcsValue& proof, const std::vector<JcsValue>& previousProofs = {});

protected:
    bool acceptsKey(PublicKey::Type type) const override { return type == PublicKey::Type::Ed25519; }
    QString keyRequirement() const override;
    SignedData signedData(const SecuredDocument& secured, const PublicKey& key) const override;
};

} // namespace credfolio
