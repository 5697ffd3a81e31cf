#pragma once

#include "crypto/PublicKey.h"
#include "jose/CompactJws.h"
#include "jose/JwsAlgorithmPolicy.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace credfolio {

class JwsVerification {
public:
    enum class Outcome {
        Valid,
        Malformed, // not a well-formed compact JWS, or a refused header ("none", HS*, crit, b64)
        Refused, // the algorithm is not allowed for this key (policy)
        BadSignature, // the signature does not verify
        KeyError, // the check could not run (no usable key)
    };

    Outcome outcome = Outcome::KeyError;
    QString message;
    // Present whenever the token parsed, so callers can show what it claimed.
    std::optional<CompactJws> jws;

    bool isValid() const { return outcome == Outcome::Valid; }
};

// Parses, applies the policy, then verifies. The key is always the caller's: header
// members such as "jwk", "jku" or "x5c" are never used to find one here.
JwsVerification verifyCompactJws(
    QByteArrayView token, const PublicKey& key, const JwsAlgorithmPolicy& policy = JwsAlgorithmPolicy::standard());
// The same for a token the caller has already parsed with CompactJws::parse.
JwsVerification verifyCompactJws(
    const CompactJws& jws, const PublicKey& key, const JwsAlgorithmPolicy& policy = JwsAlgorithmPolicy::standard());

} // namespace credfolio
