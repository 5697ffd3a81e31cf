#pragma once

#include "common/Result.h"
#include "crypto/PublicKey.h"
#include "crypto/SignatureAlgorithm.h"

#include <QList>
#include <QString>

namespace credfolio {

// Which JWS "alg" values may be used with which key: the one place that decides it.
// An algorithm is accepted only if it is on the allow-list, fits the key type (Ed25519:
// EdDSA; P-256: ES256; P-384: ES384; RSA >= 2048 bits: RS256/384/512, PS256/384/512) and
// equals the key's own JWK "alg" when the key declares one (RFC 7517 section 4.4).
class JwsAlgorithmPolicy
{
public:
    // Every algorithm in SignatureAlgorithm.
    static JwsAlgorithmPolicy standard();
    explicit JwsAlgorithmPolicy(QList<SignatureAlgorithm> allowed);

    bool allows(SignatureAlgorithm alg) const { return m_allowed.contains(alg); }
    // The algorithm to verify with, or why the combination is refused.
    Result<SignatureAlgorithm> algorithmFor(const QString& alg, const PublicKey& key) const;

private:
    QList<SignatureAlgorithm> m_allowed;
};

} // namespace credfolio
