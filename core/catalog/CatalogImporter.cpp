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
#include <QJsonArray>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace credfolio {

namespace {

CatalogImportResult failed(QString location, QString message)
{
    CatalogImportResult result;
    result.problems.push_back({std::move(location), std::move(message)});
    return result;
}

// Reports ids used twice within one kind of entry.
void checkDuplicates(
    ParsedCatalog& catalog, const QStringList& ids, const QStringList& locations, const QString& field, const char* what)
{
    QHash<QString, QString> first;
    for (int i = 0; i < ids.size(); ++i) {
        if (ids.at(i).isEmpty())
            continue;
        const auto it = first.constFind(ids.at(i));
        if (it != first.constEnd())
            catalog.addProblem(catalog.fieldLocation(locations.at(i), field),
                QCoreApplication::translate("CatalogImporter", what).arg(ids.at(i), *it));
        else
            first.insert(ids.at(i), locations.at(i));
    }
}

template <typename T> QStringList idsOf(const std::vector<T>& list)
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

bool CatalogImporter::looksLikeJson(const QByteArray& bytes)
{
    for (const char c : bytes) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

CatalogImportResult CatalogImporter::importFile(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(shown, QCoreApplication::translate("CatalogImporter", "cannot open the file: %1").arg(file.errorString()));
    if (file.size() > limits::maxCatalogFileBytes)
        return failed(shown,
            QCoreApplication::translate("CatalogImporter", "the file is %1 MiB; catalogs of more than %2 MiB are not accepted")
                .arg(file.size() / (1024 * 1024))
                .arg(limits::maxCatalogFileBytes / (1024 * 1024)));
    const QByteArray bytes = file.readAll();
    if (bytes.isEmpty())
        return failed(shown, QCoreApplication::translate("CatalogImporter", "the file is empty"));
    return importBytes(bytes, QFileInfo(path).fileName());
}

CatalogImportResult CatalogImporter::importBytes(const QByteArray& file, const QString& sourceName)
{
    const QByteArray bytes = file.startsWith("\xEF\xBB\xBF") ? file.mid(3) : file; // a UTF-8 byte order mark
    QElapsedTimer timer;
    timer.start();
    if (!looksLikeJson(bytes))
        return importParsed(CatalogCsvReader::read(bytes), sourceName);
    QJsonArray courses;
    QString coursesPath;
    ParsedCatalog head = CatalogJsonReader::readHead(bytes, &courses, &coursesPath);
    qCDebug(lcCatalog) << "read the head of" << sourceName << "in" << timer.elapsed() << "ms";
    constexpr qsizetype pipelineThreshold = 4000;
    if (courses.size() >= pipelineThreshold && head.problems.empty())
        return importPipelined(std::move(head), courses, coursesPath, sourceName);
    CatalogJsonReader::readCourses(courses, coursesPath, head);
    return importParsed(std::move(head), sourceName);
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
    if (!catalog.problems.empty())
        return rejected(std::move(catalog.problems), sourceName);
    CatalogWriter writer(m_database.connection());
    Result<CatalogWriteSummary> written = writer.write(catalog);
    if (!written)
        return failed(QString(), written.error());
    qCDebug(lcCatalog) << "stored in" << timer.restart() << "ms";
    return committed(writer, transaction, catalog, *written, sourceName);
}

CatalogImportResult CatalogImporter::rejected(std::vector<CatalogProblem> problems, const QString& sourceName)
{
    CatalogImportResult result;
    result.problems = std::move(problems);
    if (result.problems.size() > size_t(limits::maxReportedProblems)) {
        const size_t more = result.problems.size() - size_t(limits::maxReportedProblems);
        result.problems.resize(size_t(limits::maxReportedProblems));
        result.problems.push_back(
            {QString(), QCoreApplication::translate("CatalogImporter", "… and %1 more problems").arg(more)});
    }
    qCInfo(lcCatalog) << "rejected catalog" << sourceName << "with" << result.problems.size() << "problems";
    return result;
}

CatalogImportResult CatalogImporter::committed(CatalogWriter& writer, Transaction& transaction, const ParsedCatalog& catalog,
    const CatalogWriteSummary& summary, const QString& sourceName)
{
    QElapsedTimer timer;
    timer.start();
    const QString name = catalog.data.name.isEmpty() ? sourceName : catalog.data.name;
    if (Status s = writer.recordImport(name, sourceName, summary); !s)
        return failed(QString(), s.error());
    if (Status s = transaction.commit(); !s)
        return failed(QString(), s.error());
    qCDebug(lcCatalog) << "committed in" << timer.elapsed() << "ms";
    CatalogImportResult result;
    result.ok = true;
    result.summary = summary;
    qCInfo(lcCatalog) << "imported catalog" << name << summary.coursesAdded << "added" << summary.coursesUpdated << "updated";
    return result;
}

CatalogImportResult CatalogImporter::importPipelined(
    ParsedCatalog head, const QJsonArray& courses, const QString& coursesPath, const QString& sourceName)
{
    // One thread reads courses in batches while this one stores them, inside the one
    // transaction. Storing stops at the first sign of a problem; the file is then read to
    // the end so that every problem is reported, and the transaction is rolled back.
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return failed(QString(), s.error());
    CatalogStore store(m_database.connection());
    QSet<QString> providers = store.providerIds();
    QSet<QString> skills = store.skillIds();
    for (const Provider& p : head.data.providers)
        providers.insert(p.id);
    for (const Skill& k : head.data.skills)
        skills.insert(k.id);
    CatalogWriter writer(m_database.connection());
    if (Status s = writer.begin(head); !s)
        return failed(QString(), s.error());

    constexpr qsizetype batchSize = 2000;
    std::mutex mutex;
    std::condition_variable wake;
    std::deque<ParsedCatalog> ready;
    bool done = false;
    std::thread reader([&] {
        for (qsizetype from = 0; from < courses.size(); from += batchSize) {
            ParsedCatalog batch;
            CatalogJsonReader::readCourseRange(courses, coursesPath, from, std::min(courses.size(), from + batchSize), batch);
            const std::lock_guard<std::mutex> lock(mutex);
            ready.push_back(std::move(batch));
            wake.notify_one();
        }
        const std::lock_guard<std::mutex> lock(mutex);
        done = true;
        wake.notify_one();
    });

    bool storing = true;
    Status storeError;
    QSet<QString> seen;
    for (;;) {
        ParsedCatalog batch;
        {
            std::unique_lock<std::mutex> lock(mutex);
            wake.wait(lock, [&] { return !ready.empty() || done; });
            if (ready.empty())
                break;
            batch = std::move(ready.front());
            ready.pop_front();
        }
        // Only what could make storing fail is checked here; checkReferences below finds
        // and words every problem.
        storing = storing && batch.problems.empty();
        for (const Course& c : batch.data.courses) {
            storing = storing && !seen.contains(c.id) && providers.contains(c.providerId)
                && std::all_of(c.skillIds.begin(), c.skillIds.end(), [&](const QString& id) { return skills.contains(id); });
            seen.insert(c.id);
        }
        if (storing) {
            storeError = writer.addCourses(batch.data.courses);
            storing = storeError.ok();
        }
        head.courseLocations += batch.courseLocations;
        head.problems.insert(head.problems.end(), batch.problems.begin(), batch.problems.end());
        head.data.courses.insert(head.data.courses.end(), std::make_move_iterator(batch.data.courses.begin()),
            std::make_move_iterator(batch.data.courses.end()));
    }
    reader.join();
    if (!storeError.ok())
        return failed(QString(), storeError.error());

    checkReferences(head, store);
    if (!head.problems.empty())
        return rejected(std::move(head.problems), sourceName);
    Result<CatalogWriteSummary> written = writer.finish(head);
    if (!written)
        return failed(QString(), written.error());
    return committed(writer, transaction, head, *written, sourceName);
}

void CatalogImporter::checkReferences(ParsedCatalog& catalog, const CatalogStore& store) const
{
    const CatalogData& data = catalog.data;
    if (data.courses.empty() && data.microcredentials.empty() && data.providers.empty() && data.skills.empty()) {
        catalog.addProblem(QStringLiteral("$"),
            QCoreApplication::translate(
                "CatalogImporter", "the catalog holds no providers, skills, courses or microcredentials"));
        return;
    }
    if (!catalog.csv) {
        checkDuplicates(catalog, idsOf(data.providers), catalog.providerLocations, QStringLiteral("id"),
            QT_TRANSLATE_NOOP("CatalogImporter", "the provider id \"%1\" is already used at %2"));
        checkDuplicates(catalog, idsOf(data.skills), catalog.skillLocations, QStringLiteral("id"),
            QT_TRANSLATE_NOOP("CatalogImporter", "the skill id \"%1\" is already used at %2"));
    }
    checkDuplicates(catalog, idsOf(data.courses), catalog.courseLocations, QStringLiteral("id"),
        QT_TRANSLATE_NOOP("CatalogImporter", "the course id \"%1\" is already used at %2"));
    checkDuplicates(catalog, idsOf(data.microcredentials), catalog.microcredentialLocations, QStringLiteral("id"),
        QT_TRANSLATE_NOOP("CatalogImporter", "the microcredential id \"%1\" is already used at %2"));

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
                QCoreApplication::translate("CatalogImporter", "no provider has the id \"%1\"; list it under \"providers\"")
                    .arg(c.providerId));
        for (int k = 0; k < c.skillIds.size(); ++k) {
            if (!skills.contains(c.skillIds.at(k)))
                catalog.addProblem(catalog.fieldLocation(where, QStringLiteral("skills[%1]").arg(k)),
                    QCoreApplication::translate("CatalogImporter", "no skill has the id \"%1\"; list it under \"skills\"")
                        .arg(c.skillIds.at(k)));
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
                        QCoreApplication::translate("CatalogImporter", "no course has the id \"%1\"").arg(ids.at(k)));
            }
        }
        for (int k = 0; k < mc.skillIds.size(); ++k) {
            if (!skills.contains(mc.skillIds.at(k)))
                catalog.addProblem(where + QStringLiteral(".skills[%1]").arg(k),
                    QCoreApplication::translate("CatalogImporter", "no skill has the id \"%1\"; list it under \"skills\"")
                        .arg(mc.skillIds.at(k)));
        }
    }
}

} // namespace credfolio
