#include "identity/LearnerKeys.h"

#include "identity/KeyFile.h"
#include "identity/Keychain.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QStandardPaths>

namespace credfolio {
namespace {

Q_LOGGING_CATEGORY(lcIdentity, "credfolio.identity", QtWarningMsg)

constexpr qsizetype seedSize = 32;

using Failure = LearnerKeys::Failure;
using Loaded = LearnerKeys::Loaded;

// Overwrites a buffer we hold the only reference to before it is freed.
void wipe(QByteArray& bytes)
{
    if (bytes.isEmpty())
        return;
    volatile char* p = bytes.data();
    for (qsizetype i = 0; i < bytes.size(); ++i)
        p[i] = 0;
    bytes.clear();
}

Loaded fromKeychainReply(const Keychain::Reply& reply)
{
    switch (reply.outcome) {
    case Keychain::Outcome::Ok:
        break;
    case Keychain::Outcome::NotFound:
        return Loaded::failure(
            Failure::NoKey, QCoreApplication::translate("LearnerKeys", "There is no signing key in the keychain yet."));
    case Keychain::Outcome::Denied:
        return Loaded::failure(Failure::KeychainDenied,
            QCoreApplication::translate("LearnerKeys",
                "The keychain refused access to your signing key. It may be locked: unlock it "
                "and try again."),
            reply.detail);
    case Keychain::Outcome::Unavailable:
        return Loaded::failure(Failure::KeychainUnavailable,
            QCoreApplication::translate("LearnerKeys",
                "No keychain service answered on this computer, so Credfolio cannot keep your "
                "signing key there. You can keep it in a key file protected by a passphrase "
                "instead."),
            reply.detail);
    case Keychain::Outcome::Failed:
        return Loaded::failure(Failure::KeychainFailed,
            QCoreApplication::translate("LearnerKeys", "The keychain could not be used: %1").arg(reply.detail), reply.detail);
    }
    return Loaded::failure(Failure::None, {});
}

Loaded fromSeed(QByteArray seed, bool created)
{
    auto key = Ed25519SigningKey::fromSeed(seed);
    wipe(seed);
    if (!key)
        return Loaded::failure(Failure::CryptoError, key.error());
    return Loaded::success(std::move(key).value(), created);
}

qsizetype characterCount(const QString& text)
{
    return text.toUcs4().size();
}

} // namespace

Loaded Loaded::success(Ed25519SigningKey key, bool created)
{
    Loaded loaded;
    loaded.m_key.emplace(std::move(key));
    loaded.m_created = created;
    return loaded;
}

Loaded Loaded::failure(Failure failure, QString message, QString detail)
{
    Loaded loaded;
    loaded.m_failure = failure;
    loaded.m_message = std::move(message);
    loaded.m_detail = std::move(detail);
    return loaded;
}

LearnerKeys::LearnerKeys(QString portfolioId, QString keyFilePath)
    : m_portfolioId(std::move(portfolioId)),
      m_keyFilePath(keyFilePath.isEmpty() ? defaultKeyFilePath(m_portfolioId) : std::move(keyFilePath))
{
}

bool LearnerKeys::isValidPortfolioId(const QString& portfolioId)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9{][A-Za-z0-9._{}-]{0,99}$"));
    return pattern.match(portfolioId).hasMatch();
}

QString LearnerKeys::defaultKeyFilePath(const QString& portfolioId)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/keys/") + portfolioId
        + QStringLiteral(".credfolio-key");
}

QString LearnerKeys::keychainService()
{
    return QStringLiteral(CREDFOLIO_APP_ID);
}

QString LearnerKeys::keychainKey() const
{
    return QStringLiteral("learner-signing-key:") + m_portfolioId;
}

void LearnerKeys::setKeychainTimeouts(int probeMs, int operationMs)
{
    m_probeTimeoutMs = probeMs;
    m_operationTimeoutMs = operationMs;
}

std::optional<Loaded> LearnerKeys::checkId() const
{
    if (isValidPortfolioId(m_portfolioId))
        return std::nullopt;
    return Loaded::failure(Failure::InvalidPortfolioId,
        QCoreApplication::translate(
            "LearnerKeys", "The portfolio has no usable identifier, so its signing key cannot be found."));
}

Loaded LearnerKeys::probeKeychain() const
{
    if (auto bad = checkId())
        return *bad;
    const Keychain::Reply reply = Keychain(keychainService(), m_probeTimeoutMs).read(keychainKey());
    QByteArray data = reply.data;
    wipe(data);
    if (reply.outcome == Keychain::Outcome::Ok || reply.outcome == Keychain::Outcome::NotFound)
        return Loaded::failure(Failure::None, {});
    qCInfo(lcIdentity) << "keychain probe failed:" << reply.detail;
    return fromKeychainReply(reply);
}

bool LearnerKeys::keychainAvailable() const
{
    return probeKeychain().failure() == Failure::None;
}

bool LearnerKeys::keyFileExists() const
{
    return KeyFile::exists(m_keyFilePath);
}

Loaded LearnerKeys::load(Store store, const QString& passphrase) const
{
    if (auto bad = checkId())
        return *bad;
    return store == Store::Keychain ? loadFromKeychain() : loadFromFile(passphrase);
}

Loaded LearnerKeys::loadOrCreate(Store store, const QString& passphrase) const
{
    if (auto bad = checkId())
        return *bad;
    if (store == Store::PassphraseFile)
        return keyFileExists() ? loadFromFile(passphrase) : createFile(passphrase);

    Loaded loaded = loadFromKeychain();
    if (loaded.failure() != Failure::NoKey)
        return loaded;
    if (keyFileExists())
        return Loaded::failure(Failure::KeyInFile,
            QCoreApplication::translate("LearnerKeys",
                "This portfolio's signing key is kept in a key file protected by a passphrase "
                "(%1). Unlock it with its passphrase.")
                .arg(QDir::toNativeSeparators(m_keyFilePath)));
    return createInKeychain();
}

Loaded LearnerKeys::loadFromKeychain() const
{
    Keychain::Reply reply = Keychain(keychainService(), m_operationTimeoutMs).read(keychainKey());
    if (!reply.ok()) {
        if (reply.outcome != Keychain::Outcome::NotFound)
            qCWarning(lcIdentity) << "reading the signing key from the keychain failed:" << reply.detail;
        return fromKeychainReply(reply);
    }
    if (reply.data.size() != seedSize) {
        wipe(reply.data);
        return Loaded::failure(Failure::DamagedKey,
            QCoreApplication::translate(
                "LearnerKeys", "The keychain entry for your signing key is damaged: it does not hold a key."));
    }
    return fromSeed(std::move(reply.data), false);
}

Loaded LearnerKeys::createInKeychain() const
{
    auto generated = Ed25519SigningKey::generate();
    if (!generated)
        return Loaded::failure(Failure::CryptoError, generated.error());
    const Keychain keychain(keychainService(), m_operationTimeoutMs);
    const Keychain::Reply written = keychain.write(keychainKey(), generated->seed());
    if (!written.ok()) {
        qCWarning(lcIdentity) << "storing the signing key in the keychain failed:" << written.detail;
        return fromKeychainReply(written);
    }
    // Read it back: a key is only handed out once it is certain to be kept.
    Keychain::Reply check = keychain.read(keychainKey());
    const bool same = check.ok() && check.data == generated->seed();
    wipe(check.data);
    if (!same)
        return Loaded::failure(Failure::KeychainFailed,
            QCoreApplication::translate("LearnerKeys", "The keychain did not keep your new signing key; nothing was saved."),
            check.detail);
    qCInfo(lcIdentity) << "created a signing key in the keychain:" << didKey(generated->publicKey());
    return Loaded::success(generated.value(), true);
}

Loaded LearnerKeys::loadFromFile(const QString& passphrase) const
{
    if (!keyFileExists())
        return Loaded::failure(Failure::NoKey,
            QCoreApplication::translate("LearnerKeys", "There is no key file at %1.")
                .arg(QDir::toNativeSeparators(m_keyFilePath)));
    const auto contents = KeyFile::read(m_keyFilePath);
    if (!contents)
        return Loaded::failure(Failure::FileError, contents.error());
    PassphraseSeal::Opened opened = PassphraseSeal::unseal(contents.value(), passphrase);
    switch (opened.failure) {
    case PassphraseSeal::Failure::None:
        break;
    case PassphraseSeal::Failure::WrongPassphrase:
        return Loaded::failure(Failure::WrongPassphrase, opened.message);
    case PassphraseSeal::Failure::Damaged:
        return Loaded::failure(Failure::DamagedKey, opened.message);
    case PassphraseSeal::Failure::Unsupported:
        return Loaded::failure(Failure::UnsupportedKeyFile, opened.message);
    case PassphraseSeal::Failure::Error:
        return Loaded::failure(Failure::CryptoError, opened.message);
    }
    if (opened.secret.size() != seedSize) {
        wipe(opened.secret);
        return Loaded::failure(Failure::DamagedKey,
            QCoreApplication::translate("LearnerKeys", "The key file opened but does not hold a signing key."));
    }
    return fromSeed(std::move(opened.secret), false);
}

Loaded LearnerKeys::createFile(const QString& passphrase) const
{
    if (characterCount(passphrase) < minimumPassphraseLength)
        return Loaded::failure(Failure::WeakPassphrase,
            QCoreApplication::translate(
                "LearnerKeys", "Choose a passphrase of at least %n characters.", nullptr, minimumPassphraseLength));
    auto generated = Ed25519SigningKey::generate();
    if (!generated)
        return Loaded::failure(Failure::CryptoError, generated.error());
    const auto sealed = PassphraseSeal::seal(generated->seed(), passphrase, m_kdfParams);
    if (!sealed)
        return Loaded::failure(Failure::CryptoError, sealed.error());
    if (Status written = KeyFile::write(m_keyFilePath, sealed.value(), KeyFile::Write::CreateNew); !written)
        return Loaded::failure(Failure::FileError, written.error());
    const auto check = KeyFile::read(m_keyFilePath);
    if (!check || check.value() != sealed.value())
        return Loaded::failure(Failure::FileError,
            QCoreApplication::translate("LearnerKeys", "The key file %1 does not read back as written.")
                .arg(QDir::toNativeSeparators(m_keyFilePath)));
    qCInfo(lcIdentity) << "created a signing key in a key file:" << didKey(generated->publicKey());
    return Loaded::success(generated.value(), true);
}

Status LearnerKeys::changePassphrase(const QString& oldPassphrase, const QString& newPassphrase) const
{
    if (auto bad = checkId())
        return Status::failure(bad->error());
    if (characterCount(newPassphrase) < minimumPassphraseLength)
        return Status::failure(QCoreApplication::translate(
            "LearnerKeys", "Choose a passphrase of at least %n characters.", nullptr, minimumPassphraseLength));
    const Loaded loaded = loadFromFile(oldPassphrase);
    if (!loaded)
        return Status::failure(loaded.error());
    const auto sealed = PassphraseSeal::seal(loaded.value().seed(), newPassphrase, m_kdfParams);
    if (!sealed)
        return Status::failure(sealed.error());
    return KeyFile::write(m_keyFilePath, sealed.value(), KeyFile::Write::Replace);
}

Status LearnerKeys::remove(Store store) const
{
    if (auto bad = checkId())
        return Status::failure(bad->error());
    if (store == Store::PassphraseFile)
        return KeyFile::remove(m_keyFilePath);
    const Keychain::Reply reply = Keychain(keychainService(), m_operationTimeoutMs).remove(keychainKey());
    if (reply.ok() || reply.outcome == Keychain::Outcome::NotFound)
        return {};
    return Status::failure(fromKeychainReply(reply).error());
}

QString LearnerKeys::didKey(const PublicKey& key)
{
    const QByteArray multikey = key.toMultikey();
    if (multikey.isEmpty())
        return {};
    return QStringLiteral("did:key:") + QString::fromLatin1(multikey);
}

QString LearnerKeys::verificationMethod(const PublicKey& key)
{
    const QByteArray multikey = key.toMultikey();
    if (multikey.isEmpty())
        return {};
    return QStringLiteral("did:key:") + QString::fromLatin1(multikey) + QLatin1Char('#') + QString::fromLatin1(multikey);
}

} // namespace credfolio
