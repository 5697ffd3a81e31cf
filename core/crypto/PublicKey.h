#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace credfolio {

class PublicKeyPrivate;

// A verification key. Immutable and cheap to copy (the parsed key is shared).
// Every factory validates the key completely (curve membership, RSA size) so a PublicKey
// that exists can be used; a null PublicKey (default-constructed) cannot.
class PublicKey
{
public:
    enum class Type { Ed25519, EcP256, EcP384, Rsa };

    // Smallest RSA modulus accepted (NIST SP 800-131A); the largest bounds verification cost.
    static constexpr int minRsaBits = 2048;
    static constexpr int maxRsaBits = 16384;

    PublicKey() = default;

    // RFC 7517/7518/8037 JWK. Refuses private members (d, p, q, dp, dq, qi, oth, k),
    // "use" other than "sig", "key_ops" without "verify", unknown kty/crv, off-curve points.
    static Result<PublicKey> fromJwk(const QJsonObject& jwk);
    // DER SubjectPublicKeyInfo (RFC 5280), named curves only.
    static Result<PublicKey> fromSpkiDer(QByteArrayView der);
    // PEM "PUBLIC KEY" block holding a SubjectPublicKeyInfo.
    static Result<PublicKey> fromPem(QByteArrayView pem);
    // Multikey publicKeyMultibase / did:key method-specific id: 'z' + base58btc(multicodec || key),
    // Ed25519 (0xed, 32 bytes), P-256 (0x1200) and P-384 (0x1201) with compressed points.
    static Result<PublicKey> fromMultikey(QByteArrayView publicKeyMultibase);
    // A raw 32-byte Ed25519 public key (RFC 8032).
    static Result<PublicKey> fromEd25519(QByteArrayView raw);
    // Affine coordinates, each exactly the curve's field size, big-endian.
    static Result<PublicKey> fromEcCoordinates(Type curve, QByteArrayView x, QByteArrayView y);
    // Big-endian modulus and exponent.
    static Result<PublicKey> fromRsa(QByteArrayView modulus, QByteArrayView exponent);

    bool isNull() const { return !d; }
    Type type() const;
    QString typeName() const;

    // Key material: Ed25519 raw key in x(); EC coordinates in x()/y(); RSA modulus in x(), exponent in y().
    QByteArray x() const;
    QByteArray y() const;
    int rsaModulusBits() const;

    // JWK "alg" and "kid" when the key came from a JWK that had them (empty otherwise).
    QString declaredAlgorithm() const;
    QString keyId() const;

    // Public JWK with only the required members (kty, crv, x, y / n, e).
    QJsonObject toJwk() const;
    // RFC 7638 thumbprint: base64url(SHA-256(required members in lexicographic order)).
    QString jwkThumbprint() const;
    // Multikey publicKeyMultibase ('z...'); empty for RSA, which has no Multikey form here.
    QByteArray toMultikey() const;
    // DER SubjectPublicKeyInfo.
    QByteArray toSpkiDer() const;

    // Same key material (declared alg and kid are ignored).
    bool sameKeyAs(const PublicKey& other) const;

private:
    friend const PublicKeyPrivate* publicKeyPrivate(const PublicKey& key);
    explicit PublicKey(std::shared_ptr<const PublicKeyPrivate> data) : d(std::move(data)) {}
    std::shared_ptr<const PublicKeyPrivate> d;
};

} // namespace credfolio
