#include "catalog/CourseIndex.h"

#include "common/Logging.h"
#include "storage/SqliteStatement.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QSqlQuery>

namespace credfolio {

namespace {

struct CacheEntry
{
    QString generation;
    std::shared_ptr<const CourseIndex> index;
};

QMutex cacheMutex;
QHash<QString, CacheEntry>& cache()
{
    static QHash<QString, CacheEntry> map;
    return map;
}

QString generationOf(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'catalog_generation'")) && q.next())
        return q.value(0).toString();
    return QString();
}

quint32 intern(QStringList& list, QHash<QString, quint32>& lookup, const QString& value)
{
    const auto it = lookup.constFind(value);
    if (it != lookup.constEnd())
        return *it;
    const auto index = quint32(list.size());
    list.append(value);
    lookup.insert(value, index);
    return index;
}

} // namespace

std::shared_ptr<const CourseIndex> CourseIndex::current(const QSqlDatabase& db)
{
    const QString generation = generationOf(db);
    const QString key = db.databaseName();
    if (!generation.isEmpty()) {
        QMutexLocker lock(&cacheMutex);
        const auto it = cache().constFind(key);
        if (it != cache().constEnd() && it->generation == generation)
            return it->index;
    }
    std::shared_ptr<const CourseIndex> index = load(db);
    // A catalog written without a generation token (by hand) is never cached.
    if (!generation.isEmpty()) {
        QMutexLocker lock(&cacheMutex);
        cache().insert(key, {generation, index});
    }
    return index;
}

std::shared_ptr<const CourseIndex> CourseIndex::load(const QSqlDatabase& db)
{
    QElapsedTimer timer;
    timer.start();
    auto index = std::make_shared<CourseIndex>();
    QHash<QString, quint32> providers, languages, levels, deliveries;
    index->levels.append(QString());
    levels.insert(QString(), 0);

    SqliteStatement q(db, "SELECT c.rowid, c.hours, c.cost, c.provider_id, p.name, c.language, c.level, c.delivery"
                          " FROM courses c JOIN providers p ON p.id = c.provider_id ORDER BY c.title COLLATE NOCASE, c.id");
    qint64 maxRowid = 0;
    qint32 order = 0;
    while (q.next()) {
        Entry e;
        e.rowid = q.columnInt64(0);
        e.hours = q.columnDouble(1);
        e.cost = q.columnDouble(2);
        const QString providerId = q.columnText(3);
        if (!providers.contains(providerId))
            index->providerNames.append(q.columnText(4));
        e.provider = intern(index->providerIds, providers, providerId);
        e.language = intern(index->languages, languages, q.columnText(5));
        e.level = intern(index->levels, levels, q.columnText(6));
        e.delivery = intern(index->deliveries, deliveries, q.columnText(7));
        e.titleOrder = order++;
        maxRowid = std::max(maxRowid, e.rowid);
        index->m_entries.push_back(e);
    }
    if (!q.error().isEmpty())
        qCWarning(lcCatalog) << "loading the course index failed:" << q.error();
    const bool dense = maxRowid <= qint64(index->m_entries.size()) * 4 + 1024;
    if (dense)
        index->m_rowToIndex.assign(size_t(maxRowid + 1), -1);
    for (size_t i = 0; i < index->m_entries.size(); ++i) {
        if (dense)
            index->m_rowToIndex[size_t(index->m_entries[i].rowid)] = qint32(i);
        else
            index->m_sparse.insert(index->m_entries[i].rowid, qint32(i));
    }
    qCDebug(lcCatalog) << "course index:" << index->m_entries.size() << "courses in" << timer.elapsed() << "ms";
    return index;
}

} // namespace credfolio
