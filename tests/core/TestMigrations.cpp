#include "../TestSupport.h"

#include "catalog/CatalogStore.h"
#include "catalog/CourseSearch.h"
#include "progress/ProgressStore.h"
#include "storage/Migrations.h"
#include "storage/SqlUtil.h"

#include <QElapsedTimer>
#include <QStandardPaths>

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>

using namespace credfolio;

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void freshDatabase();
    void fromEachEarlierVersion_data();
    void fromEachEarlierVersion();
    void refusesNewerVersion();
    void refusesNonDatabase();
    void refusesOtherProgramsDatabase();
    void secondWriterWaitsThenFails();
    void resolvePathOrder();

private:
    static QByteArray fileBytes(const QString& path)
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }
    // A raw connection that bypasses Database, to set up files as another version left them.
    static void rawExec(const QString& path, const QStringList& statements)
    {
        const QString name = QStringLiteral("raw");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            for (const QString& s : statements) {
                QSqlQuery q(db);
                QVERIFY2(q.exec(s), qPrintable(q.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
};

void TestMigrations::freshDatabase()
{
    QTemporaryDir dir;
    auto db = test::openFresh(dir);
    QVERIFY(db->isNew());
    QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    for (const char* table : {"providers", "courses", "skills", "course_skills", "microcredentials", "requirement_groups",
                              "requirement_courses", "plan", "course_progress", "course_fts"})
        QCOMPARE(test::count(*db, QString::fromLatin1(table)), 0);

    // Reopening an up-to-date file neither migrates nor counts as new.
    db.reset();
    auto again = Database::open(dir.filePath(QStringLiteral("portfolio.sqlite")));
    QVERIFY(again.ok());
    QVERIFY(!again.value()->isNew());
}

void TestMigrations::fromEachEarlierVersion_data()
{
    QTest::addColumn<int>("from");
    for (int v = 1; v < Migrations::latestVersion(); ++v)
        QTest::addRow("from version %d", v) << v;
}

void TestMigrations::fromEachEarlierVersion()
{
    QFETCH(int, from);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        Database::Options options;
        options.targetVersion = from;
        auto old = Database::open(path, options);
        QVERIFY2(old.ok(), qPrintable(old.error()));
        QCOMPARE(old.value()->schemaVersion(), from);
        // Data as a version-1 build wrote it: plain SQL, no FTS (that came in version 2).
        QSqlQuery q(old.value()->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO providers(id, name) VALUES ('p1', 'Harbor Learning')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO skills(id, label) VALUES ('sql', 'SQL querying')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO courses(id, title, provider_id, summary, hours, level, language, delivery)"
                                      " VALUES ('c1', 'Relational Databases', 'p1', 'Joins and indexes', 12, 'beginner', 'en', 'self-paced')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO course_skills(course_id, skill_id, position) VALUES ('c1', 'sql', 0)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO microcredentials(id, title, issuer) VALUES ('m1', 'Data Basics', 'Harbor')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO requirement_groups(id, microcredential_id, position, kind, n) VALUES (1, 'm1', 0, 'all', 1)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO requirement_courses(group_id, course_id, position) VALUES (1, 'c1', 0)")));
        if (from >= 2)
            QVERIFY(q.exec(QStringLiteral("INSERT INTO course_fts(rowid, title, summary, skills, provider)"
                                          " SELECT rowid, title, summary, 'SQL querying', 'Harbor Learning' FROM courses")));
    }
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QCOMPARE(db.value()->schemaVersion(), Migrations::latestVersion());
    QVERIFY(!db.value()->isNew());
    // Old data survives and works with every later feature.
    const CatalogStore store(db.value()->connection());
    QCOMPARE(store.course(QStringLiteral("c1"))->title, QStringLiteral("Relational Databases"));
    CourseQuery query;
    query.text = QStringLiteral("relat");
    const auto found = CourseSearch(db.value()->connection()).search(query);
    QVERIFY(found.ok());
    QCOMPARE(found->size(), size_t(1));
    query.text = QStringLiteral("querying"); // a skill label, indexed by migration 2
    QCOMPARE(CourseSearch(db.value()->connection()).search(query)->size(), size_t(1));
    ProgressStore progress(db.value()->connection());
    QVERIFY(progress.addToPlan(QStringLiteral("m1")).ok());
    QVERIFY(progress.setCourseStatus(QStringLiteral("c1"), {CourseStatus::State::Completed, 100, QDate(2026, 1, 5)}).ok());
    QCOMPARE(progress.progress().front().percent, 100);
}

void TestMigrations::refusesNewerVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    test::openFresh(dir, QStringLiteral("future.sqlite")).reset();
    rawExec(path, {QStringLiteral("PRAGMA journal_mode = DELETE"),
                   QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1)});
    const QByteArray before = fileBytes(path);
    auto db = Database::open(path);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().contains(QStringLiteral("newer version")), qPrintable(db.error()));
    QVERIFY(db.error().contains(QStringLiteral("untouched")));
    QCOMPARE(fileBytes(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestMigrations::refusesNonDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("These are my notes, not a database.\n");
    f.close();
    const QByteArray before = fileBytes(path);
    auto db = Database::open(path);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().contains(QStringLiteral("not an SQLite database")), qPrintable(db.error()));
    QCOMPARE(fileBytes(path), before);
}

void TestMigrations::refusesOtherProgramsDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    rawExec(path, {QStringLiteral("CREATE TABLE contacts(name TEXT)"), QStringLiteral("INSERT INTO contacts VALUES ('Ada')")});
    const QByteArray before = fileBytes(path);
    auto db = Database::open(path);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().contains(QStringLiteral("another program")), qPrintable(db.error()));
    QCOMPARE(fileBytes(path), before);
}

void TestMigrations::secondWriterWaitsThenFails()
{
    QTemporaryDir dir;
    auto first = test::openFresh(dir);
    QVERIFY(sql::run(first->connection(), QStringLiteral("INSERT INTO providers(id, name) VALUES ('p', 'P')")).ok());
    QVERIFY(sql::run(first->connection(), QStringLiteral("INSERT INTO microcredentials(id, title, issuer) VALUES ('m', 'M', 'I')")).ok());
    Database::Options options;
    options.busyTimeoutMs = 150;
    auto second = Database::open(dir.filePath(QStringLiteral("portfolio.sqlite")), options);
    QVERIFY(second.ok());

    // The first connection holds the write lock, as another process would mid-import.
    QVERIFY(sql::run(first->connection(), QStringLiteral("BEGIN IMMEDIATE")).ok());
    QElapsedTimer timer;
    timer.start();
    const Status blocked = ProgressStore(second.value()->connection()).addToPlan(QStringLiteral("m"));
    QVERIFY(!blocked.ok());
    QVERIFY2(blocked.error().contains(QStringLiteral("busy")), qPrintable(blocked.error()));
    QVERIFY(timer.elapsed() >= 100); // it waited before giving up
    QVERIFY(sql::run(first->connection(), QStringLiteral("ROLLBACK")).ok());

    QVERIFY(ProgressStore(second.value()->connection()).addToPlan(QStringLiteral("m")).ok());
    QSqlQuery check(first->connection());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
}

void TestMigrations::resolvePathOrder()
{
    qputenv("CREDFOLIO_DB", "/tmp/from-env.sqlite");
    QCOMPARE(Database::resolvePath(QStringLiteral("/tmp/flag.sqlite")), QStringLiteral("/tmp/flag.sqlite"));
    QCOMPARE(Database::resolvePath(QString()), QStringLiteral("/tmp/from-env.sqlite"));
    qunsetenv("CREDFOLIO_DB");
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Database::resolvePath(QString()).endsWith(QStringLiteral("/portfolio.sqlite")));
    QVERIFY(Database::resolvePath(QString()).startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
