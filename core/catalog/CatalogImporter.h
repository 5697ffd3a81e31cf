#pragma once

#include "catalog/CatalogStore.h"
#include "catalog/CatalogWriter.h"
#include "catalog/ParsedCatalog.h"

#include <QJsonArray>
#include <QString>

namespace credfolio {

class Database;
class Transaction;

struct CatalogImportResult
{
    bool ok = false;
    // Set when the file was rejected: every problem, with where it sits.
    std::vector<CatalogProblem> problems;
    CatalogWriteSummary summary;

    QString errorText() const; // all problems, one per line
};

// Imports a catalog file (JSON or CSV, told apart by content) all or nothing: a file
// with any problem is rejected whole and the database is left exactly as it was.
class CatalogImporter
{
public:
    explicit CatalogImporter(Database& database) : m_database(database) {}

    CatalogImportResult importFile(const QString& path);
    CatalogImportResult importBytes(const QByteArray& bytes, const QString& sourceName);
    CatalogImportResult importParsed(ParsedCatalog catalog, const QString& sourceName);

    // JSON when the first non-blank character opens an object or array, CSV otherwise.
    static bool looksLikeJson(const QByteArray& bytes);

private:
    // Large JSON catalogs: courses are stored while later ones are still being read.
    CatalogImportResult importPipelined(ParsedCatalog head, const QJsonArray& courses, const QString& coursesPath,
                                        const QString& sourceName);
    static CatalogImportResult rejected(std::vector<CatalogProblem> problems, const QString& sourceName);
    static CatalogImportResult committed(CatalogWriter& writer, Transaction& transaction, const ParsedCatalog& catalog,
                                         const CatalogWriteSummary& summary, const QString& sourceName);
    // Duplicate ids within the file and references to ids neither in the file nor the catalog.
    void checkReferences(ParsedCatalog& catalog, const CatalogStore& store) const;

    Database& m_database;
};

} // namespace credfolio
