#pragma once

#include "common/Result.h"
#include "crypto/PublicKey.h"

#include <QByteArray>
#include <QByteArrayView>

namespace credfolio {

// The learner's own Ed25519 key (for signing presentations). Holds the 32-byte RFC 8032
// seed; storing it safely (keychain, sealing) is the caller's job.
class Ed25519SigningKey
{
public:
    // A fresh key from the system's random generator.
    static Result<Ed25519SigningKey> generate();
    // From a 32-byte seed (RFC 8032 "private key").
    static Result<Ed25519SigningKey> fromSeed(QByteArrayView seed);

    ~Ed25519SigningKey();
    Ed25519SigningKey(const Ed25519SigningKey&) = default;
    Ed25519SigningKey& operator=(const Ed25519SigningKey&) = default;

    QByteArray seed() const { return m_seed; }
    const PublicKey& publicKey() const { return m_publicKey; }
    // Pure Ed25519 signature (64 bytes).
    Result<QByteArray> sign(QByteArrayView message) const;

private:
    Ed25519SigningKey(QByteArray seed, PublicKey publicKey);
    QByteArray m_seed;
    PublicKey m_publicKey;
};

} // namespace credfolio
