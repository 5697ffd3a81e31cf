#include "catalog/CatalogFileImport.h"

#include "catalog/CatalogImporter.h"
#include "util/Format.h"

#include <QFileInfo>

namespace credfolio {

void CatalogFileImport::run(const QStringList& paths)
{
    CatalogImporter importer(m_db);
    for (const QString& path : paths) {
        const QString name = QFileInfo(path).fileName();
        const CatalogImportResult result = importer.importFile(path);
        if (!result.ok) {
            m_failed.append(name);
            if (paths.size() > 1)
                m_problems.append(name + QLatin1Char(':'));
            for (const CatalogProblem& problem : result.problems)
                m_problems.append(problem.location.isEmpty() ? problem.message : tr("%1 — %2").arg(problem.location, problem.message));
            continue;
        }
        m_imported.append(name);
        m_coursesAdded += result.summary.coursesAdded;
        m_coursesUpdated += result.summary.coursesUpdated;
        m_microcredentialsAdded += result.summary.microcredentialsAdded;
        m_microcredentialsUpdated += result.summary.microcredentialsUpdated;
    }
}

QString CatalogFileImport::message() const
{
    const QString added = tr("Imported %1: %2 added, %3 updated; microcredentials: %4 added, %5 updated.")
                              .arg(m_imported.join(QStringLiteral(", ")).toHtmlEscaped(), Format::courseCount(m_coursesAdded))
                              .arg(m_coursesUpdated)
                              .arg(m_microcredentialsAdded)
                              .arg(m_microcredentialsUpdated);
    if (m_failed.isEmpty())
        return added;
    QString text = tr("<b>%1 was not imported</b> and your catalog was not changed. Fix the problems listed below and try again.")
                       .arg(m_failed.join(QStringLiteral(", ")).toHtmlEscaped());
    if (!m_imported.isEmpty())
        text += QStringLiteral("<br>") + added;
    return text;
}

} // namespace credfolio
