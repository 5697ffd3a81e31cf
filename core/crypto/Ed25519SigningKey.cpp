#include "crypto/Ed25519SigningKey.h"

#include <botan/auto_rng.h>
#include <botan/ed25519.h>
#include <botan/mem_ops.h>
#include <botan/pubkey.h>
#include <botan/system_rng.h>

#include <exception>

namespace credfolio {
namespace {

Botan::secure_vector<uint8_t> toSecure(QByteArrayView bytes)
{
    const auto* p = reinterpret_cast<const uint8_t*>(bytes.data());
    return {p, p + bytes.size()};
}

} // namespace

Ed25519SigningKey::Ed25519SigningKey(QByteArray seed, PublicKey publicKey)
    : m_seed(std::move(seed))
    , m_publicKey(std::move(publicKey))
{
}

Ed25519SigningKey::~Ed25519SigningKey()
{
    // Best effort: wipe our copy of the seed when nobody else shares it.
    if (m_seed.isDetached())
        Botan::secure_scrub_memory(m_seed.data(), static_cast<size_t>(m_seed.size()));
}

Result<Ed25519SigningKey> Ed25519SigningKey::generate()
{
    try {
        Botan::System_RNG rng;
        Botan::secure_vector<uint8_t> seed = rng.random_vec(32);
        return fromSeed(QByteArrayView(reinterpret_cast<const char*>(seed.data()), static_cast<qsizetype>(seed.size())));
    } catch (const std::exception& e) {
        return Result<Ed25519SigningKey>::failure(
            QStringLiteral("could not generate an Ed25519 key: %1").arg(QString::fromUtf8(e.what())));
    }
}

Result<Ed25519SigningKey> Ed25519SigningKey::fromSeed(QByteArrayView seed)
{
    using R = Result<Ed25519SigningKey>;
    if (seed.size() != 32)
        return R::failure(QStringLiteral("an Ed25519 seed has 32 bytes, not %1").arg(seed.size()));
    try {
        const Botan::Ed25519_PrivateKey key(toSecure(seed));
        const std::vector<uint8_t>& pub = key.get_public_key();
        auto publicKey = PublicKey::fromEd25519(
            QByteArrayView(reinterpret_cast<const char*>(pub.data()), static_cast<qsizetype>(pub.size())));
        if (!publicKey)
            return R::failure(publicKey.error());
        return Ed25519SigningKey(seed.toByteArray(), publicKey.value());
    } catch (const std::exception& e) {
        return R::failure(QStringLiteral("invalid Ed25519 seed: %1").arg(QString::fromUtf8(e.what())));
    }
}

Result<QByteArray> Ed25519SigningKey::sign(QByteArrayView message) const
{
    try {
        const Botan::Ed25519_PrivateKey key(toSecure(m_seed));
        Botan::System_RNG rng; // unused by Ed25519, which is deterministic
        Botan::PK_Signer signer(key, rng, "Pure");
        const std::vector<uint8_t> sig = signer.sign_message(reinterpret_cast<const uint8_t*>(message.data()),
                                                             static_cast<size_t>(message.size()), rng);
        return QByteArray(reinterpret_cast<const char*>(sig.data()), static_cast<qsizetype>(sig.size()));
    } catch (const std::exception& e) {
        return Result<QByteArray>::failure(QStringLiteral("Ed25519 signing failed: %1").arg(QString::fromUtf8(e.what())));
    }
}

} // namespace credfolio
