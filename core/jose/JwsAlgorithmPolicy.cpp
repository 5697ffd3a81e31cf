#include "jose/JwsAlgorithmPolicy.h"

#include "crypto/SignatureVerifier.h"

namespace credfolio {

JwsAlgorithmPolicy JwsAlgorithmPolicy::standard()
{
    return JwsAlgorithmPolicy({SignatureAlgorithm::EdDSA, SignatureAlgorithm::ES256, SignatureAlgorithm::ES384,
                               SignatureAlgorithm::RS256, SignatureAlgorithm::RS384, SignatureAlgorithm::RS512,
                               SignatureAlgorithm::PS256, SignatureAlgorithm::PS384, SignatureAlgorithm::PS512});
}

JwsAlgorithmPolicy::JwsAlgorithmPolicy(QList<SignatureAlgorithm> allowed) : m_allowed(std::move(allowed)) {}

Result<SignatureAlgorithm> JwsAlgorithmPolicy::algorithmFor(const QString& alg, const PublicKey& key) const
{
    using R = Result<SignatureAlgorithm>;
    const auto known = algorithmFromName(alg);
    if (!known || !allows(*known))
        return R::failure(QStringLiteral("the JWS algorithm \"%1\" is not allowed").arg(alg));
    if (key.isNull())
        return R::failure(QStringLiteral("no key to verify the JWS with"));
    if (!algorithmFitsKey(*known, key))
        return R::failure(QStringLiteral("the JWS algorithm %1 cannot be used with a %2 key").arg(alg, key.typeName()));
    if (!key.declaredAlgorithm().isEmpty() && key.declaredAlgorithm() != alg)
        return R::failure(QStringLiteral("the key is for %1, but the JWS says %2").arg(key.declaredAlgorithm(), alg));
    return *known;
}

} // namespace credfolio
