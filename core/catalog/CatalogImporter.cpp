#include "catalog/CatalogImporter.h"

#include "catalog/CatalogCsvReader.h"
#include "catalog/CatalogJsonReader.h"
#include "catalog/CatalogWriter.h"
#include "common/Limits.h"
#include "common/Logging.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace credfolio {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CatalogImporter", text);
}

CatalogImportResult failed(QString location, QString message)
{
    CatalogImportResult result;
    result.problems.push_back({std::move(location), std::move(message)});
    return result;
}

// Reports ids used twice within one kind of entry.
void checkDuplicates(ParsedCatalog& catalog, const QStringList& ids, const QStringList& locations, const QString& field,
                     const char* what)
{
    QHash<QString, QString> first;
    for (int i = 0; i < ids.size(); ++i) {
        if (ids.at(i).isEmpty())
            continue;
        const auto it = first.constFind(ids.at(i));
        if (it != first.constEnd())
            catalog.addProblem(catalog.fieldLocation(locations.at(i), field),
                               tr(what).arg(ids.at(i), *it));
        else
            first.insert(ids.at(i), locations.at(i));
    }
}

template <typename T>
QStringList idsOf(const std::vector<T>& list)
{
    QStringList ids;
    for (const T& item : list)
        ids.append(item.id);
    return ids;
}

} // namespace

QString CatalogImportResult::errorText() const
{
    QStringList lines;
    for (const CatalogProblem& problem : problems)
        lines.append(problem.toString());
    return lines.join(QLatin1Char('\n'));
}

ParsedCatalog CatalogImporter::parse(const QByteArray& bytes)
{
    for (const char c : bytes) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        if (c == '{' || c == '[')
            return CatalogJsonReader::read(bytes);
        break;
    }
    if (bytes.startsWith("\xEF\xBB\xBF{"))
        return CatalogJsonReader::read(bytes.mid(3));
    return CatalogCsvReader::read(bytes);
}

CatalogImportResult CatalogImporter::importFile(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(shown, tr("cannot open the file: %1").arg(file.errorString()));
    if (file.size() > limits::maxCatalogFileBytes)
        return failed(shown, tr("the file is %1 MiB; catalogs of more than %2 MiB are not accepted")
                                 .arg(file.size() / (1024 * 1024))
                                 .arg(limits::maxCatalogFileBytes / (1024 * 1024)));
    const QByteArray bytes = file.readAll();
    if (bytes.isEmpty())
        return failed(shown, tr("the file is empty"));
    return importBytes(bytes, QFileInfo(path).fileName());
}

CatalogImportResult CatalogImporter::importBytes(const QByteArray& bytes, const QString& sourceName)
{
    QElapsedTimer timer;
    timer.start();
    ParsedCatalog parsed = parse(bytes);
    qCDebug(lcCatalog) << "read" << sourceName << "in" << timer.elapsed() << "ms";
    return importParsed(std::move(parsed), sourceName);
}

CatalogImportResult CatalogImporter::importParsed(ParsedCatalog catalog, const QString& sourceName)
{
    CatalogImportResult result;
    CatalogStore store(m_database.connection());
    Transaction transaction(m_database.connection());
    // References are checked even when fields are wrong, so that one pass lists every
    // problem; a file that could not be read at all has nothing to check.
    const bool readable = !catalog.data.courses.empty() || !catalog.data.microcredentials.empty()
                          || !catalog.data.providers.empty() || !catalog.data.skills.empty();
    if (Status s = transaction.begin(); !s)
        return failed(QString(), s.error());
    QElapsedTimer timer;
    timer.start();
    if (catalog.problems.empty() || readable)
        checkReferences(catalog, store);
    qCDebug(lcCatalog) << "checked references in" << timer.restart() << "ms";
    if (!catalog.problems.empty()) {
        result.problems = std::move(catalog.problems);
        if (result.problems.size() > size_t(limits::maxReportedProblems)) {
            const size_t more = result.problems.size() - size_t(limits::maxReportedProblems);
            result.problems.resize(size_t(limits::maxReportedProblems));
            result.problems.push_back({QString(), tr("… and %1 more problems").arg(more)});
        }
        qCInfo(lcCatalog) << "rejected catalog" << sourceName << "with" << result.problems.size() << "problems";
        return result;
    }
    CatalogWriter writer(m_database.connection());
    Result<CatalogWriteSummary> written = writer.write(catalog);
    if (!written)
        return failed(QString(), written.error());
    qCDebug(lcCatalog) << "stored in" << timer.restart() << "ms";
    const QString name = catalog.data.name.isEmpty() ? sourceName : catalog.data.name;
    if (Status s = writer.recordImport(name, sourceName, *written); !s)
        return failed(QString(), s.error());
    if (Status s = transaction.commit(); !s)
        return failed(QString(), s.error());
    qCDebug(lcCatalog) << "committed in" << timer.elapsed() << "ms";
    result.ok = true;
    result.summary = *written;
    qCInfo(lcCatalog) << "imported catalog" << name << written->coursesAdded << "added" << written->coursesUpdated << "updated";
    return result;
}

void CatalogImporter::checkReferences(ParsedCatalog& catalog, const CatalogStore& store) const
{
    const CatalogData& data = catalog.data;
    if (data.courses.empty() && data.microcredentials.empty() && data.providers.empty() && data.skills.empty()) {
        catalog.addProblem(QStringLiteral("$"), tr("the catalog holds no providers, skills, courses or microcredentials"));
        return;
    }
    if (!catalog.csv) {
        checkDuplicates(catalog, idsOf(data.providers), catalog.providerLocations, QStringLiteral("id"),
                        "the provider id \"%1\" is already used at %2");
        checkDuplicates(catalog, idsOf(data.skills), catalog.skillLocations, QStringLiteral("id"),
                        "the skill id \"%1\" is already used at %2");
    }
    checkDuplicates(catalog, idsOf(data.courses), catalog.courseLocations, QStringLiteral("id"),
                    "the course id \"%1\" is already used at %2");
    checkDuplicates(catalog, idsOf(data.microcredentials), catalog.microcredentialLocations, QStringLiteral("id"),
                    "the microcredential id \"%1\" is already used at %2");

    QSet<QString> providers = store.providerIds();
    QSet<QString> skills = store.skillIds();
    QSet<QString> courses = store.courseIds();
    for (const Provider& p : data.providers)
        providers.insert(p.id);
    for (const Skill& s : data.skills)
        skills.insert(s.id);
    for (const Course& c : data.courses)
        courses.insert(c.id);

    for (size_t i = 0; i < data.courses.size(); ++i) {
        const Course& c = data.courses[i];
        const QString& where = catalog.courseLocations.at(qsizetype(i));
        if (!c.providerId.isEmpty() && !providers.contains(c.providerId))
            catalog.addProblem(catalog.fieldLocation(where, QStringLiteral("provider")),
                               tr("no provider has the id \"%1\"; list it under \"providers\"").arg(c.providerId));
        for (int k = 0; k < c.skillIds.size(); ++k) {
            if (!skills.contains(c.skillIds.at(k)))
                catalog.addProblem(catalog.fieldLocation(where, QStringLiteral("skills[%1]").arg(k)),
                                   tr("no skill has the id \"%1\"; list it under \"skills\"").arg(c.skillIds.at(k)));
        }
    }
    for (size_t i = 0; i < data.microcredentials.size(); ++i) {
        const Microcredential& mc = data.microcredentials[i];
        const QString& where = catalog.microcredentialLocations.at(qsizetype(i));
        for (size_t g = 0; g < mc.requirements.size(); ++g) {
            const QStringList& ids = mc.requirements[g].courseIds;
            for (int k = 0; k < ids.size(); ++k) {
                if (!courses.contains(ids.at(k)))
                    catalog.addProblem(where + QStringLiteral(".requirements[%1].courses[%2]").arg(g).arg(k),
                                       tr("no course has the id \"%1\"").arg(ids.at(k)));
            }
        }
        for (int k = 0; k < mc.skillIds.size(); ++k) {
            if (!skills.contains(mc.skillIds.at(k)))
                catalog.addProblem(where + QStringLiteral(".skills[%1]").arg(k),
                                   tr("no skill has the id \"%1\"; list it under \"skills\"").arg(mc.skillIds.at(k)));
        }
    }
}

} // namespace credfolio
