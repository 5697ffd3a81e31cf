#include "jose/JwsVerifier.h"

#include "crypto/SignatureVerifier.h"

namespace credfolio {

JwsVerification verifyCompactJws(QByteArrayView token, const PublicKey& key, const JwsAlgorithmPolicy& policy)
{
    JwsVerification result;
    auto parsed = CompactJws::parse(token);
    if (!parsed) {
        result.outcome = JwsVerification::Outcome::Malformed;
        result.message = parsed.error();
        return result;
    }
    return verifyCompactJws(parsed.value(), key, policy);
}

JwsVerification verifyCompactJws(const CompactJws& jws, const PublicKey& key, const JwsAlgorithmPolicy& policy)
{
    JwsVerification result;
    result.jws = jws;
    if (key.isNull()) {
        result.outcome = JwsVerification::Outcome::KeyError;
        result.message = QStringLiteral("no key to verify the JWS with");
        return result;
    }
    const auto alg = policy.algorithmFor(result.jws->algorithm(), key);
    if (!alg) {
        result.outcome = JwsVerification::Outcome::Refused;
        result.message = alg.error();
        return result;
    }
    const VerifyResult check = verifySignature(alg.value(), key, result.jws->signingInput(), result.jws->signature());
    switch (check.status()) {
    case VerifyResult::Status::Valid:
        result.outcome = JwsVerification::Outcome::Valid;
        break;
    case VerifyResult::Status::Invalid:
        result.outcome = JwsVerification::Outcome::BadSignature;
        result.message = check.message();
        break;
    case VerifyResult::Status::Error:
        result.outcome = JwsVerification::Outcome::KeyError;
        result.message = check.message();
        break;
    }
    return result;
}

} // namespace credfolio
