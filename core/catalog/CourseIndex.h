#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>
#include <vector>

namespace credfolio {

// A compact in-memory copy of what search filters and sorts on (hours, cost, level,
// language, delivery, provider, title order), one entry per course. Full-text matching
// stays in SQLite's FTS5 index; everything after it runs here, so a search over 100,000
// courses costs a few milliseconds instead of a join over wide rows.
//
// Snapshots are immutable and shared: one per database file and catalog generation
// (a token CatalogStore changes on every write), safe to use from any thread.
class CourseIndex
{
public:
    struct Entry
    {
        qint64 rowid = 0;
        double hours = 0;
        double cost = 0;
        qint32 titleOrder = 0; // position in title order (NOCASE, then id)
        quint32 provider = 0; // index into providerIds
        quint32 language = 0; // index into languages
        quint32 level = 0;    // index into levels (0 = not stated)
        quint32 delivery = 0; // index into deliveries
    };

    // The snapshot for the catalog as it is now in db (loads it when the catalog changed).
    static std::shared_ptr<const CourseIndex> current(const QSqlDatabase& db);

    const std::vector<Entry>& entries() const { return m_entries; }
    // Index into entries() of a course rowid, or -1.
    int indexOf(qint64 rowid) const
    {
        if (!m_sparse.isEmpty())
            return m_sparse.value(rowid, -1);
        return rowid >= 0 && rowid < qint64(m_rowToIndex.size()) ? m_rowToIndex[size_t(rowid)] : -1;
    }

    QStringList providerIds;
    QStringList providerNames;
    QStringList languages;
    QStringList levels;     // "" first
    QStringList deliveries;

private:
    static std::shared_ptr<const CourseIndex> load(const QSqlDatabase& db);

    std::vector<Entry> m_entries;
    std::vector<qint32> m_rowToIndex; // rowids are dense in practice: direct addressing
    QHash<qint64, qint32> m_sparse;    // used instead when they are not
};

} // namespace credfolio
