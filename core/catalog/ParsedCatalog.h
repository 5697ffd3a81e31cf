#pragma once

#include "catalog/CatalogTypes.h"

#include <QSet>

namespace credfolio {

// A catalog file as read, before it is checked against the database and stored:
// the entries, where each came from (for messages), and the problems found so far.
struct ParsedCatalog
{
    CatalogData data;
    // Parallel to data.providers / skills / courses / microcredentials.
    QStringList providerLocations;
    QStringList skillLocations;
    QStringList courseLocations;
    QStringList microcredentialLocations;
    // Providers and skills that a CSV file only names: created when missing,
    // never overwriting a fuller entry already in the catalog.
    QSet<QString> implicitProviders;
    QSet<QString> implicitSkills;
    std::vector<CatalogProblem> problems;
    // Builds the location of a field inside an entry ("$.courses[2].hours" or "line 4, column hours").
    bool csv = false;

    QString fieldLocation(const QString& entry, const QString& field) const
    {
        return csv ? QString(entry + QStringLiteral(", column ") + field) : QString(entry + QLatin1Char('.') + field);
    }
    void addProblem(QString location, QString message)
    {
        problems.push_back({std::move(location), std::move(message)});
    }
};

} // namespace credfolio
