#include "../TestSupport.h"

#include "storage/Migrations.h"
#include "storage/SqlUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>

using namespace credfolio;

// Runs the real credfolio-cli binary, as other tools will, and checks its contract:
// JSON shapes, exit codes (0 success, 2 bad input with one line on stderr).
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void searchJson();
    void searchFilters_data();
    void searchFilters();
    void searchWithoutQueryListsAll();
    void badArguments_data();
    void badArguments();
    void credentialsJson();
    void importGoodAndBad();
    void planAndProgressToHundred();
    void progressSetValidation();
    void refusesNewerDatabase();
    void busyDatabaseFailsClearly();
    void dbFromEnvironment();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
        QJsonValue json() const
        {
            const QJsonDocument doc = QJsonDocument::fromJson(out);
            return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        }
    };
    Run cli(QStringList args, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
    {
        args << QStringLiteral("--db") << m_path;
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CREDFOLIO_CLI_BINARY), args);
        process.waitForFinished(60000);
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

    QTemporaryDir m_dir;
    QString m_path;
    int m_serial = 0;
};

void TestCli::init()
{
    m_path = m_dir.filePath(QStringLiteral("cli-%1.sqlite").arg(++m_serial));
}

void TestCli::searchJson()
{
    const Run r = cli({QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("python"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.endsWith('\n'));
    QCOMPARE(r.out.count('\n'), 1); // one JSON value
    const QJsonArray rows = r.json().toArray();
    QVERIFY(rows.size() >= 5);
    for (const QJsonValue& v : rows) {
        const QJsonObject o = v.toObject();
        for (const char* key : {"id", "title", "provider", "skills", "hours", "cost", "currency", "level", "language"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QVERIFY(o.value(QStringLiteral("skills")).isArray());
        QVERIFY(o.value(QStringLiteral("hours")).toDouble() > 0);
        QVERIFY(o.value(QStringLiteral("cost")).isDouble());
        const QString haystack = QString::fromUtf8(QJsonDocument(o).toJson()).toLower();
        QVERIFY2(haystack.contains(QStringLiteral("python")), qPrintable(o.value(QStringLiteral("id")).toString()));
    }
}

void TestCli::searchFilters_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("check");
    QTest::newRow("free") << QStringList{QStringLiteral("--free")} << QStringLiteral("cost") << QStringLiteral("==0");
    QTest::newRow("max-hours") << QStringList{QStringLiteral("--max-hours"), QStringLiteral("10")} << QStringLiteral("hours")
                               << QStringLiteral("<=10");
    QTest::newRow("max-cost") << QStringList{QStringLiteral("--max-cost"), QStringLiteral("50")} << QStringLiteral("cost")
                              << QStringLiteral("<=50");
    QTest::newRow("level") << QStringList{QStringLiteral("--level"), QStringLiteral("advanced")} << QStringLiteral("level")
                           << QStringLiteral("=advanced");
    QTest::newRow("language") << QStringList{QStringLiteral("--language"), QStringLiteral("de")} << QStringLiteral("language")
                              << QStringLiteral("=de");
    QTest::newRow("provider") << QStringList{QStringLiteral("--provider"), QStringLiteral("Northbridge Online")}
                              << QStringLiteral("provider") << QStringLiteral("=Northbridge Online");
    QTest::newRow("skill") << QStringList{QStringLiteral("data"), QStringLiteral("--skill"), QStringLiteral("SQL")}
                           << QStringLiteral("skills") << QStringLiteral("has SQL");
}

void TestCli::searchFilters()
{
    QFETCH(QStringList, args);
    QFETCH(QString, key);
    QFETCH(QString, check);
    const Run r = cli(QStringList{QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("--json")} + args);
    QCOMPARE(r.code, 0);
    const QJsonArray rows = r.json().toArray();
    QVERIFY2(!rows.isEmpty(), r.err.constData());
    for (const QJsonValue& v : rows) {
        const QJsonValue value = v.toObject().value(key);
        if (check.startsWith(QLatin1String("==")))
            QCOMPARE(value.toDouble(), check.mid(2).toDouble());
        else if (check.startsWith(QLatin1String("<=")))
            QVERIFY(value.toDouble() <= check.mid(2).toDouble());
        else if (check.startsWith(QLatin1String("has ")))
            QVERIFY(value.toArray().contains(QJsonValue(check.mid(4))));
        else
            QCOMPARE(value.toString(), check.mid(1));
    }
}

void TestCli::searchWithoutQueryListsAll()
{
    const Run all = cli({QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("--json")});
    QCOMPARE(all.code, 0);
    QVERIFY(all.json().toArray().size() >= 150);
    const Run text = cli({QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("nursing")});
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.toLower().contains("nurs"));
}

void TestCli::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("reason");
    QTest::newRow("hours not a number") << QStringList{QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("--max-hours"),
                                                       QStringLiteral("many")}
                                        << QStringLiteral("--max-hours");
    QTest::newRow("unknown level") << QStringList{QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("--level"),
                                                  QStringLiteral("expert")}
                                   << QStringLiteral("--level");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("--colour")}
                                    << QStringLiteral("colour");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("catalogue")} << QStringLiteral("unknown command");
    QTest::newRow("unknown plan command") << QStringList{QStringLiteral("plan"), QStringLiteral("drop")} << QStringLiteral("plan add ID");
    QTest::newRow("plan add unknown id") << QStringList{QStringLiteral("plan"), QStringLiteral("add"), QStringLiteral("mc-nothing")}
                                         << QStringLiteral("mc-nothing");
    QTest::newRow("plan remove not planned") << QStringList{QStringLiteral("plan"), QStringLiteral("remove"),
                                                            QStringLiteral("mc-data-analyst-foundations")}
                                             << QStringLiteral("not in your plan");
    QTest::newRow("import missing file") << QStringList{QStringLiteral("catalog"), QStringLiteral("import"), QStringLiteral("/nonexistent.json")}
                                         << QStringLiteral("cannot open");
}

void TestCli::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, reason);
    const Run r = cli(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(reason), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestCli::credentialsJson()
{
    const Run r = cli({QStringLiteral("catalog"), QStringLiteral("credentials"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonArray list = r.json().toArray();
    QVERIFY(list.size() >= 25);
    for (const QJsonValue& v : list) {
        const QJsonObject o = v.toObject();
        for (const char* key : {"id", "title", "issuer", "skills", "requirements"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        const QJsonArray requirements = o.value(QStringLiteral("requirements")).toArray();
        QVERIFY(!requirements.isEmpty());
        for (const QJsonValue& g : requirements) {
            const QString kind = g.toObject().value(QStringLiteral("kind")).toString();
            QVERIFY(kind == QLatin1String("all") || kind == QLatin1String("n_of"));
            const int n = g.toObject().value(QStringLiteral("n")).toInt();
            const int courses = int(g.toObject().value(QStringLiteral("courses")).toArray().size());
            QVERIFY(n >= 1 && n <= courses);
            if (kind == QLatin1String("all"))
                QCOMPARE(n, courses);
        }
    }
}

void TestCli::importGoodAndBad()
{
    Run r = cli({QStringLiteral("catalog"), QStringLiteral("import"), test::dataPath(QStringLiteral("catalog/good-small.json"))});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("8 courses added"));
    r = cli({QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("--provider"), QStringLiteral("acme-learning"),
             QStringLiteral("--json")});
    QCOMPARE(r.json().toArray().size(), 3);

    r = cli({QStringLiteral("catalog"), QStringLiteral("import"), test::dataPath(QStringLiteral("catalog/bad-many-problems.json"))});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("4 problems found"));
    QVERIFY(r.err.contains("$.courses[7].skills[2]"));
    QVERIFY(r.err.contains("nothing was changed"));

    r = cli({QStringLiteral("catalog"), QStringLiteral("import"), test::dataPath(QStringLiteral("catalog/good.csv")),
             QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json().toObject().value(QStringLiteral("courses_added")).toInt(), 5);
}

void TestCli::planAndProgressToHundred()
{
    // Done-when: completing the required courses of a planned microcredential shows 100.
    Run r = cli({QStringLiteral("catalog"), QStringLiteral("credentials"), QStringLiteral("--json")});
    const QString id = r.json().toArray().first().toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(cli({QStringLiteral("plan"), QStringLiteral("add"), id}).code, 0);
    r = cli({QStringLiteral("progress"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QJsonObject p = r.json().toArray().first().toObject();
    for (const char* key : {"id", "title", "percent", "completed_units", "required_units", "hours_remaining", "remaining_courses"})
        QVERIFY2(p.contains(QLatin1String(key)), key);
    QCOMPARE(p.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(p.value(QStringLiteral("percent")).toInt(), 0);
    QVERIFY(p.value(QStringLiteral("hours_remaining")).toDouble() > 0);
    const QJsonArray remaining = p.value(QStringLiteral("remaining_courses")).toArray();
    QCOMPARE(remaining.size(), p.value(QStringLiteral("required_units")).toInt());

    int step = 0;
    for (const QJsonValue& course : remaining) {
        const QStringList args = ++step == 1 ? QStringList{QStringLiteral("--status"), QStringLiteral("in-progress"),
                                                           QStringLiteral("--percent"), QStringLiteral("40")}
                                             : QStringList{QStringLiteral("--status"), QStringLiteral("completed"),
                                                           QStringLiteral("--date"), QStringLiteral("2026-10-01")};
        QCOMPARE(cli(QStringList{QStringLiteral("progress"), QStringLiteral("set"), course.toString()} + args).code, 0);
    }
    p = cli({QStringLiteral("progress"), QStringLiteral("--json")}).json().toArray().first().toObject();
    QVERIFY(p.value(QStringLiteral("percent")).toInt() < 100);
    QCOMPARE(p.value(QStringLiteral("remaining_courses")).toArray().size(), 1);
    QCOMPARE(cli({QStringLiteral("progress"), QStringLiteral("set"), remaining.first().toString(), QStringLiteral("--status"),
                  QStringLiteral("completed")})
                 .code,
             0);
    p = cli({QStringLiteral("progress"), QStringLiteral("--json")}).json().toArray().first().toObject();
    QCOMPARE(p.value(QStringLiteral("percent")).toInt(), 100);
    QCOMPARE(p.value(QStringLiteral("completed_units")).toInt(), p.value(QStringLiteral("required_units")).toInt());
    QVERIFY(p.value(QStringLiteral("remaining_courses")).toArray().isEmpty());
    QCOMPARE(p.value(QStringLiteral("hours_remaining")).toDouble(), 0.0);

    QCOMPARE(cli({QStringLiteral("plan"), QStringLiteral("remove"), id}).code, 0);
    QCOMPARE(cli({QStringLiteral("progress"), QStringLiteral("--json")}).json().toArray().size(), 0);
}

void TestCli::progressSetValidation()
{
    const QString course = QStringLiteral("nbo-python-101");
    auto set = [&](QStringList extra) { return cli(QStringList{QStringLiteral("progress"), QStringLiteral("set"), course} + extra); };
    Run r = set({QStringLiteral("--status"), QStringLiteral("finished")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("planned, in-progress or completed"));
    r = set({QStringLiteral("--status"), QStringLiteral("in-progress"), QStringLiteral("--percent"), QStringLiteral("150")});
    QCOMPARE(r.code, 2);
    r = set({QStringLiteral("--status"), QStringLiteral("completed"), QStringLiteral("--date"), QStringLiteral("01/02/2026")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("YYYY-MM-DD"));
    r = set({});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("--status is required"));
    r = cli({QStringLiteral("progress"), QStringLiteral("set"), QStringLiteral("no-such-course"), QStringLiteral("--status"),
             QStringLiteral("planned")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("no-such-course"));
    QCOMPARE(r.err.count('\n'), 1);
    QCOMPARE(set({QStringLiteral("--status"), QStringLiteral("planned")}).code, 0);
}

void TestCli::refusesNewerDatabase()
{
    QCOMPARE(cli({QStringLiteral("plan")}).code, 0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QVERIFY(sql::run(db, QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 5)).ok());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));
    const Run r = cli({QStringLiteral("catalog"), QStringLiteral("search")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("newer version of Credfolio"), r.err.constData());
}

void TestCli::busyDatabaseFailsClearly()
{
    QCOMPARE(cli({QStringLiteral("plan")}).code, 0); // create it with the catalog
    auto holder = Database::open(m_path);
    QVERIFY(holder.ok());
    QVERIFY(sql::run(holder.value()->connection(), QStringLiteral("BEGIN IMMEDIATE")).ok());
    QElapsedTimer timer;
    timer.start();
    const Run r = cli({QStringLiteral("plan"), QStringLiteral("add"), QStringLiteral("mc-data-analyst-foundations")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("busy"), r.err.constData());
    QVERIFY(timer.elapsed() < 30000);
    QVERIFY(sql::run(holder.value()->connection(), QStringLiteral("ROLLBACK")).ok());
    QCOMPARE(cli({QStringLiteral("plan"), QStringLiteral("add"), QStringLiteral("mc-data-analyst-foundations")}).code, 0);
    QSqlQuery check(holder.value()->connection());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
}

void TestCli::dbFromEnvironment()
{
    const QString envPath = m_dir.filePath(QStringLiteral("from-env.sqlite"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CREDFOLIO_DB"), envPath);
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CREDFOLIO_CLI_BINARY), {QStringLiteral("plan")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(QFile::exists(envPath));
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
