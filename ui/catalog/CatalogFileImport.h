#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace credfolio {

class Database;

// Imports one or more catalog files and words the outcome for the message bar:
// what was added, or every problem of each rejected file with where it sits.
class CatalogFileImport
{
    Q_DECLARE_TR_FUNCTIONS(CatalogFileImport)

public:
    explicit CatalogFileImport(Database& db) : m_db(db) {}

    void run(const QStringList& paths);

    bool anyImported() const { return !m_imported.isEmpty(); }
    bool anyFailed() const { return !m_failed.isEmpty(); }
    // Rich text for the message bar.
    QString message() const;
    // One problem a line, "location — message"; empty when every file was imported.
    QString details() const { return m_problems.join(QLatin1Char('\n')); }

private:
    Database& m_db;
    QStringList m_imported;
    QStringList m_failed;
    QStringList m_problems;
    int m_coursesAdded = 0;
    int m_coursesUpdated = 0;
    int m_microcredentialsAdded = 0;
    int m_microcredentialsUpdated = 0;
};

} // namespace credfolio
