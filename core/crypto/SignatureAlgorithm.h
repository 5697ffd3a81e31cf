#pragma once

#include <QString>

#include <optional>

namespace credfolio {

// The signature algorithms Credfolio verifies, named as in JWA (RFC 7518) and RFC 8037.
// There is deliberately no HMAC and no "none".
enum class SignatureAlgorithm {
    EdDSA, // Ed25519, pure (RFC 8032), no pre-hash
    ES256, // ECDSA P-256 + SHA-256
    ES384, // ECDSA P-384 + SHA-384
    RS256, // RSASSA-PKCS1-v1_5
    RS384,
    RS512,
    PS256, // RSASSA-PSS, MGF1 with the same hash, salt length = hash length
    PS384,
    PS512,
};

// The JOSE name ("ES256", ...).
QString algorithmName(SignatureAlgorithm alg);
// Exact, case-sensitive JOSE name; anything else (including "none" and "HS256") is nullopt.
std::optional<SignatureAlgorithm> algorithmFromName(const QString& name);

} // namespace credfolio
