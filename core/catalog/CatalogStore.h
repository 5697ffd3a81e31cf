#pragma once

#include "catalog/CatalogTypes.h"
#include "catalog/ParsedCatalog.h"
#include "common/Result.h"

#include <QHash>
#include <QSqlDatabase>

#include <optional>

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

// Reads and writes the catalog tables. Writes assume the caller holds a transaction.
class CatalogStore
{
public:
    explicit CatalogStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // Upserts everything in catalog by id, keeping the full-text index in step.
    Result<CatalogWriteSummary> write(const ParsedCatalog& catalog);
    Status recordImport(const QString& name, const QString& source, const CatalogWriteSummary& summary);

    QSet<QString> providerIds() const;
    QSet<QString> skillIds() const;
    QSet<QString> courseIds() const;
    QHash<QString, QString> skillLabels() const;

    std::vector<Provider> providers() const;
    std::vector<Skill> skills() const;
    std::optional<Course> course(const QString& id) const;
    // Courses by id, for progress computations (hours, cost).
    QHash<QString, Course> courses(const QStringList& ids) const;
    std::vector<Microcredential> microcredentials() const;
    std::optional<Microcredential> microcredential(const QString& id) const;
    // Ids of the microcredentials one of whose requirements lists the course.
    QStringList microcredentialsRequiring(const QString& courseId) const;
    // Distinct values in use, for filter menus.
    QStringList languages() const;
    int courseCount() const;

private:
    std::vector<Microcredential> loadMicrocredentials(const QString& onlyId) const;
    // Marks the catalog as changed for CourseIndex's cache.
    Status bumpGeneration();
    // Rebuilds the full-text rows of the courses of these providers or with these skills.
    Status reindex(const QStringList& providerIds, const QStringList& skillIds);

    QSqlDatabase m_db;
};

} // namespace credfolio
