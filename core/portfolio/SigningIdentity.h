#pragma once

#include "common/Result.h"
#include "identity/LearnerKeys.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace credfolio {

// The portfolio's side of the learner's signing key: a stable portfolio id (a UUID kept in
// the meta table, which names the keychain entry and the key file), which store holds the
// key, and the key's public did:key. The seed itself never enters the database: it lives in
// the keychain or the passphrase file (LearnerKeys).
class SigningIdentity {
public:
    explicit SigningIdentity(QSqlDatabase db);

    // The portfolio's id, created on first use.
    Result<QString> portfolioId();
    // The store chosen when the key was made; nullopt when there is no key yet.
    std::optional<LearnerKeys::Store> store() const;
    // The public did:key recorded when the key was made or last loaded; empty when none.
    QString did() const;

    // The key, created on first need. With no key yet, the keychain is tried first; when it
    // does not answer, the result is KeychainUnavailable and the caller asks for a passphrase
    // and calls again with store PassphraseFile. With a key, its recorded store is used.
    // keyFilePath: empty for the default place (tests pass their own).
    LearnerKeys::Loaded obtain(const QString& passphrase = {}, std::optional<LearnerKeys::Store> createIn = std::nullopt,
        const QString& keyFilePath = {});

private:
    Status record(LearnerKeys::Store store, const QString& did);
    QSqlDatabase m_db;
};

} // namespace credfolio
