#include "portfolio/SigningIdentity.h"

#include "storage/SqlUtil.h"
#include "storage/Transaction.h"

#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace credfolio {

namespace {

const QString idKey = QStringLiteral("portfolio_id");
const QString storeKey = QStringLiteral("signing_key_store");
const QString didKey = QStringLiteral("signing_key_did");

QString metaValue(const QSqlDatabase& db, const QString& key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

Status setMeta(const QSqlDatabase& db, const QString& key, const QString& value)
{
    QSqlQuery q(db);
    if (Status s = sql::prepare(q, QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)")); !s)
        return s;
    q.addBindValue(key);
    q.addBindValue(value);
    return sql::exec(q);
}

} // namespace

SigningIdentity::SigningIdentity(QSqlDatabase db) : m_db(std::move(db)) { }

Result<QString> SigningIdentity::portfolioId()
{
    const QString existing = metaValue(m_db, idKey);
    if (!existing.isEmpty())
        return existing;
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (Status s = setMeta(m_db, idKey, id); !s)
        return Result<QString>::failure(s.error());
    return id;
}

std::optional<LearnerKeys::Store> SigningIdentity::store() const
{
    const QString value = metaValue(m_db, storeKey);
    if (value == QLatin1String("keychain"))
        return LearnerKeys::Store::Keychain;
    if (value == QLatin1String("file"))
        return LearnerKeys::Store::PassphraseFile;
    return std::nullopt;
}

QString SigningIdentity::did() const
{
    return metaValue(m_db, didKey);
}

Status SigningIdentity::record(LearnerKeys::Store store, const QString& did)
{
    Transaction t(m_db);
    if (Status s = t.begin(); !s)
        return s;
    if (Status s =
            setMeta(m_db, storeKey, store == LearnerKeys::Store::Keychain ? QStringLiteral("keychain") : QStringLiteral("file"));
        !s)
        return s;
    if (Status s = setMeta(m_db, didKey, did); !s)
        return s;
    return t.commit();
}

LearnerKeys::Loaded SigningIdentity::obtain(
    const QString& passphrase, std::optional<LearnerKeys::Store> createIn, const QString& keyFilePath)
{
    const Result<QString> id = portfolioId();
    if (!id)
        return LearnerKeys::Loaded::failure(LearnerKeys::Failure::FileError, id.error());
    const LearnerKeys keys(id.value(), keyFilePath);
    const std::optional<LearnerKeys::Store> known = store();
    const LearnerKeys::Store target = known ? *known : createIn.value_or(LearnerKeys::Store::Keychain);
    LearnerKeys::Loaded loaded = keys.loadOrCreate(target, passphrase);
    if (!loaded)
        return loaded;
    const QString publicDid = LearnerKeys::didKey(loaded.value().publicKey());
    if (!known || did() != publicDid) {
        if (Status s = record(target, publicDid); !s)
            return LearnerKeys::Loaded::failure(LearnerKeys::Failure::FileError, s.error());
    }
    return loaded;
}

} // namespace credfolio
