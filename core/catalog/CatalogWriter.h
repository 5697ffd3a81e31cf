#pragma once

#include "catalog/ParsedCatalog.h"
#include "common/Result.h"

#include <QSqlDatabase>

#include <memory>
#include <vector>

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
    explicit CatalogWriter(QSqlDatabase db);
    ~CatalogWriter();
    CatalogWriter(const CatalogWriter&) = delete;
    CatalogWriter& operator=(const CatalogWriter&) = delete;

    // begin(), addCourses() for all of catalog's courses, finish().
    Result<CatalogWriteSummary> write(const ParsedCatalog& catalog);

    // The same in steps, so courses can be stored while later ones are still being read:
    // begin() writes the providers and skills, addCourses() any number of course batches,
    // finish() the microcredentials (whose courses must all be there by then).
    Status begin(const ParsedCatalog& catalog);
    Status addCourses(const std::vector<Course>& courses);
    Result<CatalogWriteSummary> finish(const ParsedCatalog& catalog);
    Status recordImport(const QString& name, const QString& source, const CatalogWriteSummary& summary);

private:
    // Marks the catalog as changed for CourseIndex's cache.
    Status bumpGeneration();
    // Rebuilds the full-text rows of the courses of these providers or with these skills.
    Status reindex(const QStringList& providerIds, const QStringList& skillIds);

    struct State;
    QSqlDatabase m_db;
    std::unique_ptr<State> m_state;
};

} // namespace credfolio
