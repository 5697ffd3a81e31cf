#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace credfolio {

// Argon2id cost (RFC 9106). Stored in every sealed file, so files keep opening when the
// defaults change.
struct Argon2Params {
    quint32 memoryKiB = 0;
    quint32 iterations = 0;
    quint32 parallelism = 0;
};

// Seals a small secret (the learner's Ed25519 seed) under a passphrase: Argon2id derives a
// 256-bit key from the passphrase and a random salt, AES-256-GCM encrypts the secret with a
// random nonce and authenticates the whole header with it. Format: docs/identity.md.
//
// A SHA-256 checksum over the file tells damage (a changed or missing byte) apart from a wrong
// passphrase (intact file, authentication tag does not match). It is not a security feature:
// an attacker who changes the file recomputes it, and then the tag still fails.
class PassphraseSeal {
public:
    enum class Failure {
        None,
        WrongPassphrase, // intact file, the passphrase does not open it
        Damaged, // not a sealed file, truncated, or changed
        Unsupported, // a newer format version or cost parameters outside our bounds
        Error, // the crypto library failed (out of memory, no random generator)
    };

    struct Opened {
        Failure failure = Failure::None;
        QString message;
        QByteArray secret;
        bool ok() const { return failure == Failure::None; }
    };

    static constexpr int formatVersion = 1;
    static constexpr qsizetype maxSecretSize = 4096;
    static constexpr qsizetype maxSealedSize = 8192;

    // 64 MiB, 3 passes, 1 lane: about 0.55 s of CPU time on this kind of machine (docs/identity.md).
    static Argon2Params defaultParams();
    // Costs a file may ask for: at least 8 MiB and 1 pass, at most 1 GiB, 16 passes, 16 lanes.
    static bool acceptableParams(const Argon2Params& params);

    // The passphrase is used as UTF-8 in Unicode normalization form C, so the same words
    // typed on another system open the file.
    static Result<QByteArray> seal(
        QByteArrayView secret, const QString& passphrase, const Argon2Params& params = defaultParams());
    static Opened unseal(QByteArrayView sealed, const QString& passphrase);

    // The cost recorded in a sealed file (after the same structural checks as unseal).
    static Result<Argon2Params> paramsOf(QByteArrayView sealed);
};

} // namespace credfolio
