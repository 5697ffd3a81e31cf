#include "crypto/SignatureVerifier.h"

#include "common/Logging.h"
#include "crypto/PublicKeyPrivate.h"

#include <botan/pubkey.h>

#include <array>
#include <exception>

namespace credfolio {
namespace {

// The Ed25519 group order L, little-endian, for the S < L malleability check (RFC 8032 5.1.7).
constexpr std::array<quint8, 32> kEd25519Order = {
    0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde, 0x14,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10};

bool scalarBelowOrder(QByteArrayView s)
{
    for (int i = 31; i >= 0; --i) {
        const auto b = static_cast<quint8>(s[i]);
        if (b != kEd25519Order[static_cast<size_t>(i)])
            return b < kEd25519Order[static_cast<size_t>(i)];
    }
    return false; // equal to L
}

struct Scheme
{
    const char* padding;
    qsizetype signatureSize; // 0: depends on the key (RSA)
};

Scheme schemeFor(SignatureAlgorithm alg)
{
    switch (alg) {
    case SignatureAlgorithm::EdDSA:
        return {"Pure", 64};
    case SignatureAlgorithm::ES256:
        return {"EMSA1(SHA-256)", 64};
    case SignatureAlgorithm::ES384:
        return {"EMSA1(SHA-384)", 96};
    case SignatureAlgorithm::RS256:
        return {"EMSA3(SHA-256)", 0};
    case SignatureAlgorithm::RS384:
        return {"EMSA3(SHA-384)", 0};
    case SignatureAlgorithm::RS512:
        return {"EMSA3(SHA-512)", 0};
    // JWA (RFC 7518 3.5): MGF1 with the same hash, salt as long as the hash output.
    case SignatureAlgorithm::PS256:
        return {"EMSA4(SHA-256,MGF1,32)", 0};
    case SignatureAlgorithm::PS384:
        return {"EMSA4(SHA-384,MGF1,48)", 0};
    case SignatureAlgorithm::PS512:
        return {"EMSA4(SHA-512,MGF1,64)", 0};
    }
    return {"", 0};
}

} // namespace

bool algorithmFitsKey(SignatureAlgorithm alg, const PublicKey& key)
{
    if (key.isNull())
        return false;
    switch (alg) {
    case SignatureAlgorithm::EdDSA:
        return key.type() == PublicKey::Type::Ed25519;
    case SignatureAlgorithm::ES256:
        return key.type() == PublicKey::Type::EcP256;
    case SignatureAlgorithm::ES384:
        return key.type() == PublicKey::Type::EcP384;
    case SignatureAlgorithm::RS256:
    case SignatureAlgorithm::RS384:
    case SignatureAlgorithm::RS512:
    case SignatureAlgorithm::PS256:
    case SignatureAlgorithm::PS384:
    case SignatureAlgorithm::PS512:
        return key.type() == PublicKey::Type::Rsa;
    }
    return false;
}

VerifyResult verifySignature(SignatureAlgorithm alg, const PublicKey& key, QByteArrayView message,
                             QByteArrayView signature)
{
    const PublicKeyPrivate* data = publicKeyPrivate(key);
    if (!data || !data->botanKey)
        return VerifyResult::error(QStringLiteral("no public key to verify with"));
    if (!algorithmFitsKey(alg, key))
        return VerifyResult::error(QStringLiteral("algorithm %1 cannot be used with a %2 key")
                                       .arg(algorithmName(alg), key.typeName()));
    const Scheme scheme = schemeFor(alg);
    const qsizetype expectedSize = scheme.signatureSize > 0 ? scheme.signatureSize : (data->rsaBits + 7) / 8;
    if (signature.size() != expectedSize)
        return VerifyResult::invalid(QStringLiteral("the %1 signature has %2 bytes instead of %3")
                                         .arg(algorithmName(alg))
                                         .arg(signature.size())
                                         .arg(expectedSize));
    if (alg == SignatureAlgorithm::EdDSA && !scalarBelowOrder(signature.sliced(32)))
        return VerifyResult::invalid(QStringLiteral("the Ed25519 signature is not canonical (S >= L)"));
    try {
        // ECDSA signatures arrive here as r||s (IEEE 1363); the format is ignored for the others.
        Botan::PK_Verifier verifier(*data->botanKey, scheme.padding, Botan::IEEE_1363);
        const bool ok = verifier.verify_message(reinterpret_cast<const uint8_t*>(message.data()),
                                                static_cast<size_t>(message.size()),
                                                reinterpret_cast<const uint8_t*>(signature.data()),
                                                static_cast<size_t>(signature.size()));
        if (ok)
            return VerifyResult::valid();
        return VerifyResult::invalid(QStringLiteral("the %1 signature does not match").arg(algorithmName(alg)));
    } catch (const std::exception& e) {
        // Botan reports some malformed signatures (e.g. an RSA representative >= n) by throwing.
        qCDebug(lcVerify) << "signature check threw:" << e.what();
        return VerifyResult::invalid(
            QStringLiteral("the %1 signature is malformed: %2").arg(algorithmName(alg), QString::fromUtf8(e.what())));
    }
}

Result<QByteArray> ecdsaDerToP1363(QByteArrayView der, int coordinateBytes)
{
    using R = Result<QByteArray>;
    qsizetype pos = 0;
    const auto byteAt = [&](qsizetype i) { return static_cast<quint8>(der[i]); };
    // Definite, minimal length; long form only where the short form cannot hold the value.
    const auto readLength = [&](qsizetype& length) -> bool {
        if (pos >= der.size())
            return false;
        const quint8 first = byteAt(pos++);
        if (first < 0x80) {
            length = first;
            return true;
        }
        if (first != 0x81 || pos >= der.size())
            return false;
        length = byteAt(pos++);
        return length >= 0x80;
    };
    const auto readInteger = [&](QByteArray& out) -> bool {
        if (pos >= der.size() || byteAt(pos++) != 0x02)
            return false;
        qsizetype length = 0;
        if (!readLength(length) || length < 1 || length > der.size() - pos)
            return false;
        QByteArrayView value = der.sliced(pos, length);
        pos += length;
        if (static_cast<quint8>(value[0]) & 0x80)
            return false; // negative
        if (value.size() > 1 && value[0] == 0) {
            if ((static_cast<quint8>(value[1]) & 0x80) == 0)
                return false; // superfluous leading zero
            value = value.sliced(1);
        }
        if (value.size() > coordinateBytes)
            return false;
        out = QByteArray(coordinateBytes - value.size(), '\0') + value.toByteArray();
        return true;
    };

    if (der.isEmpty() || byteAt(pos++) != 0x30)
        return R::failure(QStringLiteral("the DER signature is not a SEQUENCE"));
    qsizetype length = 0;
    if (!readLength(length) || length != der.size() - pos)
        return R::failure(QStringLiteral("the DER signature has a wrong or non-minimal length"));
    QByteArray r;
    QByteArray s;
    if (!readInteger(r) || !readInteger(s))
        return R::failure(QStringLiteral("the DER signature does not hold two valid INTEGERs"));
    if (pos != der.size())
        return R::failure(QStringLiteral("the DER signature has trailing data"));
    return QByteArray(r + s);
}

VerifyResult verifyEcdsaDerSignature(SignatureAlgorithm alg, const PublicKey& key, QByteArrayView message,
                                     QByteArrayView derSignature)
{
    if (alg != SignatureAlgorithm::ES256 && alg != SignatureAlgorithm::ES384)
        return VerifyResult::error(QStringLiteral("DER signatures exist only for ECDSA"));
    if (!algorithmFitsKey(alg, key))
        return VerifyResult::error(QStringLiteral("algorithm %1 cannot be used with a %2 key")
                                       .arg(algorithmName(alg), key.typeName()));
    auto raw = ecdsaDerToP1363(derSignature, alg == SignatureAlgorithm::ES256 ? 32 : 48);
    if (!raw)
        return VerifyResult::invalid(raw.error());
    return verifySignature(alg, key, message, raw.value());
}

} // namespace credfolio
