#pragma once

#include "common/Result.h"
#include "crypto/Ed25519SigningKey.h"
#include "crypto/PassphraseSeal.h"
#include "crypto/PublicKey.h"

#include <QString>

#include <optional>

namespace credfolio {

// The learner's Ed25519 signing key: created on first need, kept in the operating system's
// keychain, or, where no keychain answers, in a key file sealed with a passphrase. The seed
// (the private key) lives only there and in memory while a key object exists: never in
// SQLite, logs or exports. The public key and its did:key may be published.
//
// The caller owns the choice of store and remembers it for the portfolio (for example in
// its meta table): the two stores are never searched behind the learner's back, so one
// portfolio never ends up with two identities. Keychain calls need the application's thread
// (an event loop runs while QtKeychain works); the file store may run on any thread.
class LearnerKeys {
public:
    enum class Store { Keychain, PassphraseFile };

    enum class Failure {
        None,
        KeychainUnavailable, // no keychain service answered: offer the passphrase file
        KeychainDenied, // the keychain answered but refused (locked, access denied)
        KeychainFailed, // the keychain answered with another error
        NoKey, // load(): nothing stored yet
        KeyInFile, // the keychain has no key but this portfolio's key file exists
        WrongPassphrase, // the key file is intact, the passphrase does not open it
        WeakPassphrase, // creating: shorter than minimumPassphraseLength
        DamagedKey, // damaged, truncated or not a key file; or a keychain entry of the wrong size
        UnsupportedKeyFile, // made by a newer Credfolio
        FileError, // reading or writing the file failed
        InvalidPortfolioId,
        CryptoError,
    };

    class Loaded {
    public:
        static Loaded success(Ed25519SigningKey key, bool created);
        static Loaded failure(Failure failure, QString message, QString detail = {});

        bool ok() const { return m_failure == Failure::None; }
        explicit operator bool() const { return ok(); }
        Failure failure() const { return m_failure; }
        // A sentence for the learner, and the underlying library's words for the details.
        const QString& error() const { return m_message; }
        const QString& detail() const { return m_detail; }
        const Ed25519SigningKey& value() const { return *m_key; }
        // True when this call generated the key (it did not exist before).
        bool created() const { return m_created; }

    private:
        Failure m_failure = Failure::None;
        QString m_message;
        QString m_detail;
        std::optional<Ed25519SigningKey> m_key;
        bool m_created = false;
    };

    static constexpr int minimumPassphraseLength = 8;

    // portfolioId: a stable identifier the portfolio keeps (a UUID, with or without braces;
    // letters, digits, '-', '_', '.', '{', '}'). keyFilePath: where the passphrase file lives;
    // empty means defaultKeyFilePath(portfolioId).
    explicit LearnerKeys(QString portfolioId, QString keyFilePath = {});

    static bool isValidPortfolioId(const QString& portfolioId);
    // <AppDataLocation>/keys/<portfolioId>.credfolio-key
    static QString defaultKeyFilePath(const QString& portfolioId);
    // Keychain entry: service CREDFOLIO_APP_ID, key "learner-signing-key:<portfolioId>".
    static QString keychainService();
    QString keychainKey() const;

    QString portfolioId() const { return m_portfolioId; }
    QString keyFilePath() const { return m_keyFilePath; }

    // Keychain timeouts: the probe is short; reads and writes may wait for the learner to
    // unlock the keychain in the system's prompt.
    void setKeychainTimeouts(int probeMs, int operationMs);
    // Argon2id cost for new key files (tests use a cheaper one). Existing files keep theirs.
    void setKdfParams(const Argon2Params& params) { m_kdfParams = params; }

    // Asks the keychain for this portfolio's entry (a real round trip, bounded by the probe
    // timeout). True when it answered, with or without an entry.
    bool keychainAvailable() const;
    // The same probe with its reason: Failure::None (the result then holds no key),
    // KeychainUnavailable, KeychainDenied or KeychainFailed.
    Loaded probeKeychain() const;
    bool keyFileExists() const;

    // The stored key, or a new one stored before it is returned. For PassphraseFile the
    // passphrase unlocks the existing file or protects the new one.
    Loaded loadOrCreate(Store store, const QString& passphrase = {}) const;
    // The stored key; Failure::NoKey when there is none. Never writes anything.
    Loaded load(Store store, const QString& passphrase = {}) const;
    // Re-seals the key file under a new passphrase (atomic replace; nothing changes on failure).
    Status changePassphrase(const QString& oldPassphrase, const QString& newPassphrase) const;
    // Deletes the stored key. Irreversible: the learner's identity is gone. Absent is fine.
    Status remove(Store store) const;

    // "did:key:z6Mk…" for an Ed25519 key, and its verification method "did:key:z6Mk…#z6Mk…".
    static QString didKey(const PublicKey& key);
    static QString verificationMethod(const PublicKey& key);

private:
    Loaded loadFromKeychain() const;
    Loaded createInKeychain() const;
    Loaded loadFromFile(const QString& passphrase) const;
    Loaded createFile(const QString& passphrase) const;
    std::optional<Loaded> checkId() const;

    QString m_portfolioId;
    QString m_keyFilePath;
    int m_probeTimeoutMs = 5000;
    int m_operationTimeoutMs = 60000;
    Argon2Params m_kdfParams = PassphraseSeal::defaultParams();
};

} // namespace credfolio
