#pragma once

#include "catalog/CatalogTypes.h"
#include "common/Result.h"

#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace credfolio {

// Reads the catalog tables (CatalogWriter writes them).
class CatalogStore
{
public:
    explicit CatalogStore(QSqlDatabase db) : m_db(std::move(db)) {}

    QSet<QString> providerIds() const;
    QSet<QString> skillIds() const;
    QSet<QString> courseIds() const;
    QSet<QString> microcredentialIds() const;
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

    QSqlDatabase m_db;
};

} // namespace credfolio
