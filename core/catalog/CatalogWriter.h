#pragma once

#include "catalog/ParsedCatalog.h"
#include "common/Result.h"

#include <QSqlDatabase>

namespace credfolio {

// Counts of what one import wrote.
struct CatalogWriteSummary
{
    int coursesAdded = 0;
    int coursesUpdated = 0;
    int microcredentialsAdded = 0;
    int microcredentialsUpdated = 0;
    int providers = 0;
    int skills = 0;
};

// Writes a checked catalog into the catalog tables, upserting by id and keeping the
// full-text index and CourseIndex's generation token in step. The caller holds the
// transaction (CatalogImporter: one per file).
class CatalogWriter
{
public:
    explicit CatalogWriter(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<CatalogWriteSummary> write(const ParsedCatalog& catalog);
    Status recordImport(const QString& name, const QString& source, const CatalogWriteSummary& summary);

private:
    // Marks the catalog as changed for CourseIndex's cache.
    Status bumpGeneration();
    // Rebuilds the full-text rows of the courses of these providers or with these skills.
    Status reindex(const QStringList& providerIds, const QStringList& skillIds);

    QSqlDatabase m_db;
};

} // namespace credfolio
