#include "../TestSupport.h"

#include "catalog/CatalogStore.h"
#include "catalog/CourseSearch.h"
#include "catalog/DefaultCatalog.h"
#include "common/Limits.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace credfolio;

class TestCatalogImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void goodJson();
    void reimportUpdatesById();
    void goodCsv();
    void badFileChangesNothing_data();
    void badFileChangesNothing();
    void referencesMayPointIntoTheCatalog();
    void renamedProviderIsReindexed();
    void unreadableAndEmptyFiles();
    void hugeFileRefused();
    void largeFileStoredWhileRead();
    void largeFileWithProblemsChangesNothing();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    CatalogImportResult importFixture(const QString& name)
    {
        return CatalogImporter(*m_db).importFile(test::dataPath(QStringLiteral("catalog/") + name));
    }
};

void TestCatalogImport::init()
{
    m_db.reset();
    QVERIFY(m_dir.isValid());
    static int serial = 0;
    m_db = test::openFresh(m_dir, QStringLiteral("portfolio-%1.sqlite").arg(++serial));
}

void TestCatalogImport::goodJson()
{
    const CatalogImportResult result = importFixture(QStringLiteral("good-small.json"));
    QVERIFY2(result.ok, qPrintable(result.errorText()));
    QCOMPARE(result.summary.coursesAdded, 8);
    QCOMPARE(result.summary.microcredentialsAdded, 2);
    QCOMPARE(test::count(*m_db, QStringLiteral("providers")), 3);
    QCOMPARE(test::count(*m_db, QStringLiteral("skills")), 7);
    QCOMPARE(test::count(*m_db, QStringLiteral("course_fts")), 8);

    const CatalogStore store(m_db->connection());
    const auto minimal = store.course(QStringLiteral("hh-infection"));
    QVERIFY(minimal);
    QCOMPARE(minimal->language, QStringLiteral("en"));
    QCOMPARE(minimal->delivery, QStringLiteral("self-paced"));
    QVERIFY(minimal->isFree());
    QVERIFY(minimal->level.isEmpty());
    const auto pt = store.course(QStringLiteral("hh-patient-safety"));
    QCOMPARE(pt->title, QStringLiteral("Segurança do Paciente"));
    QCOMPARE(pt->currency, QStringLiteral("BRL"));

    const auto mc = store.microcredential(QStringLiteral("mc-data-basics"));
    QVERIFY(mc);
    QCOMPARE(mc->requirements.size(), size_t(2));
    QCOMPARE(mc->requirements[0].kind, RequirementGroup::Kind::All);
    QCOMPARE(mc->requirements[0].courseIds, QStringList({QStringLiteral("al-python-intro"), QStringLiteral("al-sql-basics")}));
    QCOMPARE(mc->requirements[1].kind, RequirementGroup::Kind::NOf);
    QCOMPARE(mc->requirements[1].n, 1);
    QCOMPARE(mc->requirements[1].courseIds.size(), 3);
    QVERIFY(!mc->achievementId.isEmpty());
    QCOMPARE(store.microcredentialsRequiring(QStringLiteral("rc-stats")),
             QStringList({QStringLiteral("mc-analytics-team-lead"), QStringLiteral("mc-data-basics")}));
}

void TestCatalogImport::reimportUpdatesById()
{
    QVERIFY(importFixture(QStringLiteral("good-small.json")).ok);
    const CatalogImportResult result = importFixture(QStringLiteral("good-update.json"));
    QVERIFY2(result.ok, qPrintable(result.errorText()));
    QCOMPARE(result.summary.coursesAdded, 1);
    QCOMPARE(result.summary.coursesUpdated, 8);
    QCOMPARE(result.summary.microcredentialsUpdated, 2);
    QCOMPARE(test::count(*m_db, QStringLiteral("courses")), 9);
    QCOMPARE(test::count(*m_db, QStringLiteral("microcredentials")), 2);
    QCOMPARE(test::count(*m_db, QStringLiteral("requirement_groups")), 3); // replaced, not appended
    QCOMPARE(test::count(*m_db, QStringLiteral("course_fts")), 9);
    QCOMPARE(CatalogStore(m_db->connection()).course(QStringLiteral("al-sql-basics"))->title,
             QStringLiteral("SQL Basics: Querying Data"));
    // The search index follows the new title and forgets nothing twice.
    CourseQuery q;
    q.text = QStringLiteral("querying");
    const auto rows = CourseSearch(m_db->connection()).search(q);
    QCOMPARE(rows->size(), size_t(1));
    QCOMPARE(rows->front().id, QStringLiteral("al-sql-basics"));
}

void TestCatalogImport::goodCsv()
{
    const CatalogImportResult result = importFixture(QStringLiteral("good.csv"));
    QVERIFY2(result.ok, qPrintable(result.errorText()));
    QCOMPARE(result.summary.coursesAdded, 5);
    const CatalogStore store(m_db->connection());
    QCOMPARE(store.course(QStringLiteral("csv-python-intro"))->summary, QStringLiteral("Variables, loops and functions, explained slowly."));
    QCOMPARE(store.course(QStringLiteral("csv-sql"))->summary, QStringLiteral("Two parts:\njoins first, then aggregation."));
    QCOMPARE(store.course(QStringLiteral("csv-sql"))->hours, 8.5);
    QCOMPARE(store.course(QStringLiteral("csv-sql"))->language, QStringLiteral("en"));
    QCOMPARE(store.course(QStringLiteral("csv-cafe"))->title, QStringLiteral("Gestão de Café: Começar Bem"));
    QCOMPARE(store.course(QStringLiteral("csv-remote-leadership"))->title, QStringLiteral("Leading Teams, Remotely"));
    QVERIFY(store.course(QStringLiteral("csv-remote-leadership"))->isFree());
    QCOMPARE(store.course(QStringLiteral("csv-cpp-qt"))->title, QStringLiteral("Modern C++ with \"Qt\""));
    QCOMPARE(store.course(QStringLiteral("csv-cafe"))->skillIds,
             QStringList({QStringLiteral("entrepreneurship"), QStringLiteral("customer-service")}));
    QHash<QString, QString> providerNames;
    for (const Provider& p : store.providers())
        providerNames.insert(p.id, p.name);
    QCOMPARE(providerNames.value(QStringLiteral("cafe-escola")), QStringLiteral("Escola do Café"));
    QCOMPARE(providerNames.value(QStringLiteral("northfield")), QStringLiteral("northfield"));
    QVERIFY(store.skillIds().contains(QStringLiteral("c-programming")));
}

void TestCatalogImport::badFileChangesNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected"); // "location|message fragment" for each problem
    auto row = [](const char* file, QStringList expected) { QTest::newRow(file) << QString::fromLatin1(file) << expected; };
    row("bad-syntax.json", {QStringLiteral("line 101|not valid JSON")});
    row("bad-missing-title.json", {QStringLiteral("$.courses[1].title|required field is missing")});
    row("bad-negative-hours.json", {QStringLiteral("$.courses[2].hours|above 0")});
    row("bad-unknown-provider.json", {QStringLiteral("$.courses[3].provider|nowhere-academy")});
    row("bad-unknown-course-in-requirement.json",
        {QStringLiteral("$.microcredentials[0].requirements[1].courses[3]|ghost-course")});
    row("bad-duplicate-id.json", {QStringLiteral("$.courses[4].id|already used at $.courses[1]")});
    row("bad-n-too-large.json", {QStringLiteral("$.microcredentials[0].requirements[1].n|offers only 3")});
    row("bad-wrong-format.json", {QStringLiteral("$.format|not a Credfolio catalog")});
    row("bad-cost-without-currency.json", {QStringLiteral("$.courses[1].currency|needs a currency")});
    row("bad-many-problems.json",
        {QStringLiteral("$.courses[0].hours|above 0"), QStringLiteral("$.courses[2].level|\"expert\""),
         QStringLiteral("$.courses[5].currency|\"pounds\""), QStringLiteral("$.courses[7].skills[2]|first-aid")});
    row("bad-columns.csv", {QStringLiteral("line 1|unknown column \"price\"")});
    row("bad-row.csv", {QStringLiteral("line 3, column hours|\"ten\" is not a number"),
                        QStringLiteral("line 4, column id|missing")});
    row("bad-quote.csv", {QStringLiteral("line 3|never closed")});
}

void TestCatalogImport::badFileChangesNothing()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    // A portfolio with content to lose: the built-in catalog and some progress.
    QVERIFY(DefaultCatalog::ensureLoaded(*m_db).ok());
    QVERIFY(importFixture(QStringLiteral("good-small.json")).ok);
    const QByteArray before = test::fingerprint(*m_db);

    const CatalogImportResult result = importFixture(file);
    QVERIFY(!result.ok);
    QCOMPARE(result.problems.size(), size_t(expected.size()));
    for (const QString& e : expected) {
        const QString location = e.section(QLatin1Char('|'), 0, 0);
        const QString fragment = e.section(QLatin1Char('|'), 1);
        const bool found = std::any_of(result.problems.begin(), result.problems.end(), [&](const CatalogProblem& p) {
            return p.location.startsWith(location) && p.message.contains(fragment);
        });
        QVERIFY2(found, qPrintable(QStringLiteral("expected %1 in:\n%2").arg(e, result.errorText())));
    }
    QCOMPARE(test::fingerprint(*m_db), before);
}

void TestCatalogImport::referencesMayPointIntoTheCatalog()
{
    QVERIFY(importFixture(QStringLiteral("good-small.json")).ok);
    // A second file adds a microcredential built from courses already in the catalog.
    const QByteArray extra = R"({"format": "credfolio-catalog", "version": 1, "microcredentials": [
        {"id": "mc-sql-sprint", "title": "SQL Sprint", "issuer": "Acme", "field": "data",
         "requirements": [{"kind": "n_of", "n": 1, "courses": ["al-sql-basics", "rc-stats"]}], "skills": ["sql"]}]})";
    const CatalogImportResult result = CatalogImporter(*m_db).importBytes(extra, QStringLiteral("extra.json"));
    QVERIFY2(result.ok, qPrintable(result.errorText()));
    QCOMPARE(result.summary.microcredentialsAdded, 1);
}

void TestCatalogImport::renamedProviderIsReindexed()
{
    QVERIFY(importFixture(QStringLiteral("good-small.json")).ok);
    const QByteArray rename = R"({"format": "credfolio-catalog", "version": 1,
        "providers": [{"id": "harbour-health", "name": "Lighthouse Clinical Academy"}]})";
    QVERIFY(CatalogImporter(*m_db).importBytes(rename, QStringLiteral("rename.json")).ok);
    CourseQuery q;
    q.text = QStringLiteral("lighthouse");
    QCOMPARE(CourseSearch(m_db->connection()).count(q).value(), 2);
    q.text = QStringLiteral("harbour");
    QCOMPARE(CourseSearch(m_db->connection()).count(q).value(), 0);
}

void TestCatalogImport::unreadableAndEmptyFiles()
{
    const QByteArray before = test::fingerprint(*m_db);
    CatalogImportResult missing = CatalogImporter(*m_db).importFile(m_dir.filePath(QStringLiteral("nope.json")));
    QVERIFY(!missing.ok);
    QVERIFY(missing.errorText().contains(QStringLiteral("cannot open")));
    QFile empty(m_dir.filePath(QStringLiteral("empty.csv")));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    CatalogImportResult nothing = CatalogImporter(*m_db).importFile(empty.fileName());
    QVERIFY(!nothing.ok);
    QVERIFY(nothing.errorText().contains(QStringLiteral("empty")));
    CatalogImportResult binary = CatalogImporter(*m_db).importBytes(QByteArray("\x89PNG\r\n\x1a\n\xff\xfe", 10), QStringLiteral("x.png"));
    QVERIFY(!binary.ok);
    QVERIFY2(binary.errorText().contains(QStringLiteral("UTF-8")), qPrintable(binary.errorText()));
    QCOMPARE(test::fingerprint(*m_db), before);
}

void TestCatalogImport::hugeFileRefused()
{
    QFile big(m_dir.filePath(QStringLiteral("huge.json")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(limits::maxCatalogFileBytes + 1));
    big.close();
    const CatalogImportResult result = CatalogImporter(*m_db).importFile(big.fileName());
    QVERIFY(!result.ok);
    QVERIFY2(result.errorText().contains(QStringLiteral("MiB")), qPrintable(result.errorText()));
}

// 6,000 courses: enough for the importer to store batches while reading later ones.
static QByteArray largeCatalog(int badCourse, bool badMicrocredential)
{
    QJsonArray courses;
    for (int i = 0; i < 6000; ++i) {
        courses.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("big-%1").arg(i)},
                                   {QStringLiteral("title"), QStringLiteral("Large Catalog Course %1").arg(i)},
                                   {QStringLiteral("provider"), i == badCourse ? QStringLiteral("nowhere") : QStringLiteral("big-provider")},
                                   {QStringLiteral("skills"), QJsonArray{QStringLiteral("big-skill")}},
                                   {QStringLiteral("hours"), 1 + i % 40}});
    }
    QJsonArray requirement{QStringLiteral("big-1"), QStringLiteral("big-5999"),
                           badMicrocredential ? QStringLiteral("big-6000") : QStringLiteral("big-2")};
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("credfolio-catalog")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("providers"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("big-provider")},
                                                            {QStringLiteral("name"), QStringLiteral("Big Provider")}}}},
        {QStringLiteral("skills"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("big-skill")},
                                                         {QStringLiteral("label"), QStringLiteral("Scale")}}}},
        {QStringLiteral("courses"), courses},
        {QStringLiteral("microcredentials"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("mc-big")},
                                {QStringLiteral("title"), QStringLiteral("Big")},
                                {QStringLiteral("issuer"), QStringLiteral("Big Provider")},
                                {QStringLiteral("requirements"),
                                 QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("all")},
                                                        {QStringLiteral("courses"), requirement}}}}}}}};
    return QJsonDocument(root).toJson();
}

void TestCatalogImport::largeFileStoredWhileRead()
{
    const CatalogImportResult result = CatalogImporter(*m_db).importBytes(largeCatalog(-1, false), QStringLiteral("big.json"));
    QVERIFY2(result.ok, qPrintable(result.errorText()));
    QCOMPARE(result.summary.coursesAdded, 6000);
    QCOMPARE(test::count(*m_db, QStringLiteral("courses")), 6000);
    QCOMPARE(test::count(*m_db, QStringLiteral("course_skills")), 6000);
    QCOMPARE(test::count(*m_db, QStringLiteral("course_fts")), 6000);
    QCOMPARE(CatalogStore(m_db->connection()).microcredential(QStringLiteral("mc-big"))->requirements[0].courseIds.size(), 3);
    CourseQuery q;
    q.text = QStringLiteral("catalog 5999");
    QCOMPARE(CourseSearch(m_db->connection()).count(q).value(), 1);
    // Importing it again updates every course in place.
    const CatalogImportResult again = CatalogImporter(*m_db).importBytes(largeCatalog(-1, false), QStringLiteral("big.json"));
    QVERIFY(again.ok);
    QCOMPARE(again.summary.coursesUpdated, 6000);
    QCOMPARE(test::count(*m_db, QStringLiteral("courses")), 6000);
    QCOMPARE(test::count(*m_db, QStringLiteral("course_fts")), 6000);
}

void TestCatalogImport::largeFileWithProblemsChangesNothing()
{
    QVERIFY(importFixture(QStringLiteral("good-small.json")).ok);
    const QByteArray before = test::fingerprint(*m_db);
    // A bad course late in the file, after earlier batches were stored, and a bad reference.
    const CatalogImportResult result = CatalogImporter(*m_db).importBytes(largeCatalog(5500, true), QStringLiteral("big.json"));
    QVERIFY(!result.ok);
    QCOMPARE(result.problems.size(), size_t(2));
    QVERIFY2(result.errorText().contains(QStringLiteral("$.courses[5500].provider")), qPrintable(result.errorText()));
    QVERIFY2(result.errorText().contains(QStringLiteral("$.microcredentials[0].requirements[0].courses[2]")),
             qPrintable(result.errorText()));
    QCOMPARE(test::fingerprint(*m_db), before);
}

QTEST_GUILESS_MAIN(TestCatalogImport)
#include "TestCatalogImport.moc"
