// BadgeStore: collections, named sets of badges (one per job application, say).

#include "portfolio/BadgeStore.h"

#include "portfolio/CredentialFacts.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace credfolio {

QList<Collection> BadgeStore::collections() const
{
    QList<Collection> list;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT c.id, c.name, (SELECT count(*) FROM collection_badges cb WHERE cb.collection_id = c.id)"
                              " FROM collections c ORDER BY c.name COLLATE NOCASE"))) {
        while (q.next())
            list.append(Collection{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt()});
    }
    return list;
}

std::optional<Collection> BadgeStore::collectionByName(const QString& name) const
{
    for (const Collection& c : collections()) {
        if (c.name.compare(name, Qt::CaseInsensitive) == 0)
            return c;
    }
    return std::nullopt;
}

Result<qint64> BadgeStore::createCollection(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Result<qint64>::failure(QCoreApplication::translate("BadgeStore", "A collection needs a name."));
    if (collectionByName(trimmed))
        return Result<qint64>::failure(
            QCoreApplication::translate("BadgeStore", "There is already a collection named \"%1\".").arg(trimmed));
    QSqlQuery q(m_db);
    if (Status s = sql::prepare(q, QStringLiteral("INSERT INTO collections (name, created_at) VALUES (?, ?)")); !s)
        return Result<qint64>::failure(s.error());
    q.addBindValue(trimmed);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (Status s = sql::exec(q); !s)
        return Result<qint64>::failure(s.error());
    return q.lastInsertId().toLongLong();
}

Status BadgeStore::renameCollection(qint64 id, const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Status::failure(QCoreApplication::translate("BadgeStore", "A collection needs a name."));
    if (auto existing = collectionByName(trimmed); existing && existing->id != id)
        return Status::failure(
            QCoreApplication::translate("BadgeStore", "There is already a collection named \"%1\".").arg(trimmed));
    QSqlQuery q(m_db);
    if (Status s = sql::prepare(q, QStringLiteral("UPDATE collections SET name = ? WHERE id = ?")); !s)
        return s;
    q.addBindValue(trimmed);
    q.addBindValue(id);
    return sql::exec(q);
}

Status BadgeStore::removeCollection(qint64 id)
{
    QSqlQuery q(m_db);
    if (Status s = sql::prepare(q, QStringLiteral("DELETE FROM collections WHERE id = ?")); !s)
        return s;
    q.addBindValue(id);
    return sql::exec(q);
}

Status BadgeStore::addToCollection(qint64 collectionId, const QList<qint64>& badgeIds)
{
    return forEachBadge(QStringLiteral("INSERT OR IGNORE INTO collection_badges (collection_id, badge_id) VALUES (?, ?)"),
        collectionId, badgeIds);
}

Status BadgeStore::removeFromCollection(qint64 collectionId, const QList<qint64>& badgeIds)
{
    return forEachBadge(
        QStringLiteral("DELETE FROM collection_badges WHERE collection_id = ? AND badge_id = ?"), collectionId, badgeIds);
}

Status BadgeStore::forEachBadge(const QString& statement, qint64 collectionId, const QList<qint64>& badgeIds)
{
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s;
    QSqlQuery q(m_db);
    if (Status s = sql::prepare(q, statement); !s)
        return s;
    for (qint64 id : badgeIds) {
        q.addBindValue(collectionId);
        q.addBindValue(id);
        if (Status s = sql::exec(q); !s)
            return s;
    }
    return transaction.commit();
}

QList<qint64> BadgeStore::badgesIn(qint64 collectionId) const
{
    QList<qint64> list;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT badge_id FROM collection_badges WHERE collection_id = ? ORDER BY badge_id"));
    q.addBindValue(collectionId);
    if (q.exec()) {
        while (q.next())
            list.append(q.value(0).toLongLong());
    }
    return list;
}

} // namespace credfolio
