#include "crypto/PassphraseSeal.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QtEndian>

#include <botan/aead.h>
#include <botan/exceptn.h>
#include <botan/mem_ops.h>
#include <botan/pwdhash.h>
#include <botan/secmem.h>
#include <botan/system_rng.h>

#include <exception>

namespace credfolio {
namespace {

// Version 1 layout, integers big-endian (docs/identity.md):
//   0  8  magic  89 'C' 'F' 'K' 'E' 'Y' 0D 0A
//   8  1  format version (1)
//   9  1  KDF (1 = Argon2id, version 0x13)
//  10  4  memory in KiB     14  4  passes     18  4  lanes
//  22 16  salt              38 12  GCM nonce
//  50  4  n = ciphertext length including the 16-byte tag
//  54  n  AES-256-GCM ciphertext || tag, associated data = bytes 0..53
//  54+n 32 SHA-256 of everything before it (damage check only)
constexpr char magic[] = {'\x89', 'C', 'F', 'K', 'E', 'Y', '\r', '\n'};
constexpr qsizetype magicSize = sizeof(magic);
constexpr quint8 kdfArgon2id = 1;
constexpr qsizetype saltSize = 16;
constexpr qsizetype nonceSize = 12;
constexpr qsizetype tagSize = 16;
constexpr qsizetype keySize = 32;
constexpr qsizetype headerSize = 54;
constexpr qsizetype checksumSize = 32;
constexpr qsizetype offVersion = 8, offKdf = 9, offMemory = 10, offPasses = 14, offLanes = 18, offSalt = 22, offNonce = 38,
                    offLength = 50;

const uint8_t* bytes(QByteArrayView v)
{
    return reinterpret_cast<const uint8_t*>(v.data());
}

quint32 readU32(QByteArrayView data, qsizetype offset)
{
    return qFromBigEndian<quint32>(data.data() + offset);
}

void appendU32(QByteArray& out, quint32 value)
{
    char buf[4];
    qToBigEndian(value, buf);
    out.append(buf, 4);
}

class PassphraseBytes {
public:
    explicit PassphraseBytes(const QString& passphrase)
    {
        QByteArray utf8 = passphrase.normalized(QString::NormalizationForm_C).toUtf8();
        m_bytes.assign(utf8.cbegin(), utf8.cend());
        Botan::secure_scrub_memory(utf8.data(), static_cast<size_t>(utf8.size()));
    }
    const char* data() const { return reinterpret_cast<const char*>(m_bytes.data()); }
    size_t size() const { return m_bytes.size(); }

private:
    Botan::secure_vector<uint8_t> m_bytes;
};

Botan::secure_vector<uint8_t> deriveKey(const QString& passphrase, QByteArrayView salt, const Argon2Params& p)
{
    const PassphraseBytes pw(passphrase);
    const auto family = Botan::PasswordHashFamily::create_or_throw("Argon2id");
    // Botan's Argon2 family takes (memory KiB, passes, lanes).
    const auto kdf = family->from_params(p.memoryKiB, p.iterations, p.parallelism);
    Botan::secure_vector<uint8_t> key(keySize);
    kdf->derive_key(key.data(), key.size(), pw.data(), pw.size(), bytes(salt), static_cast<size_t>(salt.size()));
    return key;
}

QByteArray checksum(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

PassphraseSeal::Opened failed(PassphraseSeal::Failure failure, QString message)
{
    PassphraseSeal::Opened opened;
    opened.failure = failure;
    opened.message = std::move(message);
    return opened;
}

// Structural checks shared by unseal() and paramsOf(): everything but the passphrase.
PassphraseSeal::Opened checkStructure(QByteArrayView sealed, Argon2Params* params)
{
    using F = PassphraseSeal::Failure;
    if (sealed.isEmpty())
        return failed(F::Damaged, QCoreApplication::translate("PassphraseSeal", "The key file is empty."));
    const QByteArrayView magicView(magic, magicSize);
    if (!magicView.startsWith(sealed.first(qMin(sealed.size(), magicSize))))
        return failed(F::Damaged, QCoreApplication::translate("PassphraseSeal", "This is not a Credfolio key file."));
    if (sealed.size() < headerSize)
        return failed(F::Damaged,
            QCoreApplication::translate(
                "PassphraseSeal", "The key file is incomplete: it ends after %n byte(s).", nullptr, int(sealed.size())));
    const auto version = static_cast<quint8>(sealed[offVersion]);
    if (version > PassphraseSeal::formatVersion)
        return failed(F::Unsupported,
            QCoreApplication::translate("PassphraseSeal", "The key file was made by a newer version of Credfolio (format %1).")
                .arg(version));
    if (version == 0)
        return failed(
            F::Damaged, QCoreApplication::translate("PassphraseSeal", "The key file is damaged: its format version is 0."));
    const quint32 length = readU32(sealed, offLength);
    if (length < tagSize || length > PassphraseSeal::maxSecretSize + tagSize)
        return failed(F::Damaged,
            QCoreApplication::translate("PassphraseSeal", "The key file is damaged: its length field is impossible."));
    const qsizetype expected = headerSize + qsizetype(length) + checksumSize;
    if (sealed.size() < expected)
        return failed(F::Damaged,
            QCoreApplication::translate("PassphraseSeal", "The key file is incomplete: %1 of %2 bytes are there.")
                .arg(sealed.size())
                .arg(expected));
    if (sealed.size() > expected)
        return failed(F::Damaged,
            QCoreApplication::translate("PassphraseSeal", "The key file is damaged: it has %1 unexpected bytes at the end.")
                .arg(sealed.size() - expected));
    if (checksum(sealed.first(expected - checksumSize)) != sealed.sliced(expected - checksumSize))
        return failed(F::Damaged,
            QCoreApplication::translate("PassphraseSeal", "The key file is damaged: its checksum does not match its contents."));
    if (static_cast<quint8>(sealed[offKdf]) != kdfArgon2id)
        return failed(F::Unsupported,
            QCoreApplication::translate(
                "PassphraseSeal", "The key file uses a key derivation this version of Credfolio does not know."));
    const Argon2Params p{readU32(sealed, offMemory), readU32(sealed, offPasses), readU32(sealed, offLanes)};
    if (!PassphraseSeal::acceptableParams(p))
        return failed(F::Unsupported,
            QCoreApplication::translate("PassphraseSeal", "The key file asks for an Argon2id cost outside the accepted bounds."));
    if (params)
        *params = p;
    return {};
}

} // namespace

Argon2Params PassphraseSeal::defaultParams()
{
    return {64 * 1024, 3, 1};
}

bool PassphraseSeal::acceptableParams(const Argon2Params& p)
{
    return p.memoryKiB >= 8 * 1024 && p.memoryKiB <= 1024 * 1024 && p.iterations >= 1 && p.iterations <= 16 && p.parallelism >= 1
        && p.parallelism <= 16 && p.memoryKiB >= 8 * p.parallelism;
}

Result<QByteArray> PassphraseSeal::seal(QByteArrayView secret, const QString& passphrase, const Argon2Params& params)
{
    using R = Result<QByteArray>;
    if (secret.isEmpty() || secret.size() > maxSecretSize)
        return R::failure(QCoreApplication::translate("PassphraseSeal", "A sealed secret holds 1 to %1 bytes, not %2.")
                              .arg(maxSecretSize)
                              .arg(secret.size()));
    if (passphrase.isEmpty())
        return R::failure(QCoreApplication::translate("PassphraseSeal", "The passphrase is empty."));
    if (!acceptableParams(params))
        return R::failure(QCoreApplication::translate("PassphraseSeal", "The Argon2id cost is outside the accepted bounds."));
    try {
        Botan::System_RNG rng;
        const Botan::secure_vector<uint8_t> salt = rng.random_vec(saltSize);
        const Botan::secure_vector<uint8_t> nonce = rng.random_vec(nonceSize);

        QByteArray out;
        out.reserve(headerSize + secret.size() + tagSize + checksumSize);
        out.append(magic, magicSize);
        out.append(char(formatVersion));
        out.append(char(kdfArgon2id));
        appendU32(out, params.memoryKiB);
        appendU32(out, params.iterations);
        appendU32(out, params.parallelism);
        out.append(reinterpret_cast<const char*>(salt.data()), saltSize);
        out.append(reinterpret_cast<const char*>(nonce.data()), nonceSize);
        appendU32(out, quint32(secret.size() + tagSize));
        Q_ASSERT(out.size() == headerSize);

        const Botan::secure_vector<uint8_t> key =
            deriveKey(passphrase, QByteArrayView(reinterpret_cast<const char*>(salt.data()), saltSize), params);
        const auto aead = Botan::AEAD_Mode::create_or_throw("AES-256/GCM", Botan::ENCRYPTION);
        aead->set_key(key);
        aead->set_associated_data(bytes(out), static_cast<size_t>(out.size()));
        aead->start(nonce.data(), nonce.size());
        Botan::secure_vector<uint8_t> buffer(bytes(secret), bytes(secret) + secret.size());
        aead->finish(buffer);
        out.append(reinterpret_cast<const char*>(buffer.data()), static_cast<qsizetype>(buffer.size()));
        out.append(checksum(out));
        return out;
    } catch (const std::exception& e) {
        return R::failure(
            QCoreApplication::translate("PassphraseSeal", "The key could not be sealed: %1").arg(QString::fromUtf8(e.what())));
    }
}

PassphraseSeal::Opened PassphraseSeal::unseal(QByteArrayView sealed, const QString& passphrase)
{
    Argon2Params params;
    Opened structure = checkStructure(sealed, &params);
    if (!structure.ok())
        return structure;
    if (passphrase.isEmpty())
        return failed(Failure::WrongPassphrase, QCoreApplication::translate("PassphraseSeal", "The passphrase is wrong."));
    const qsizetype length = qsizetype(readU32(sealed, offLength));
    try {
        const Botan::secure_vector<uint8_t> key = deriveKey(passphrase, sealed.sliced(offSalt, saltSize), params);
        const auto aead = Botan::AEAD_Mode::create_or_throw("AES-256/GCM", Botan::DECRYPTION);
        aead->set_key(key);
        aead->set_associated_data(bytes(sealed), static_cast<size_t>(headerSize));
        aead->start(bytes(sealed) + offNonce, nonceSize);
        const QByteArrayView ciphertext = sealed.sliced(headerSize, length);
        Botan::secure_vector<uint8_t> buffer(bytes(ciphertext), bytes(ciphertext) + ciphertext.size());
        aead->finish(buffer);
        Opened opened;
        opened.secret = QByteArray(reinterpret_cast<const char*>(buffer.data()), static_cast<qsizetype>(buffer.size()));
        return opened;
    } catch (const Botan::Invalid_Authentication_Tag&) {
        // The file is intact (checksum above), so the derived key is what differs.
        return failed(Failure::WrongPassphrase, QCoreApplication::translate("PassphraseSeal", "The passphrase is wrong."));
    } catch (const std::exception& e) {
        return failed(Failure::Error,
            QCoreApplication::translate("PassphraseSeal", "The key file could not be opened: %1")
                .arg(QString::fromUtf8(e.what())));
    }
}

Result<Argon2Params> PassphraseSeal::paramsOf(QByteArrayView sealed)
{
    Argon2Params params;
    const Opened structure = checkStructure(sealed, &params);
    if (!structure.ok())
        return Result<Argon2Params>::failure(structure.message);
    return params;
}

} // namespace credfolio
