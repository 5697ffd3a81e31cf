#include "../TestSupport.h"

#include "catalog/CatalogStore.h"
#include "catalog/CourseSearch.h"
#include "catalog/DefaultCatalog.h"
#include "session/Session.h"

#include <QSet>
#include <QSqlQuery>

#include "storage/SqlUtil.h"

using namespace credfolio;

// The catalog compiled into the app: rich enough to be useful on first start.
class TestDefaultCatalog : public QObject
{
    Q_OBJECT

private slots:
    void loadedIntoNewPortfolio();
    void meetsTheFloors();
    void stackingIsReal();
    void loadedOnlyOnce();
};

void TestDefaultCatalog::loadedIntoNewPortfolio()
{
    QTemporaryDir dir;
    auto db = Session::openPortfolio(dir.filePath(QStringLiteral("new.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    CourseQuery query;
    query.text = QStringLiteral("python");
    QVERIFY(CourseSearch(db.value()->connection()).count(query).value() >= 5);
}

void TestDefaultCatalog::meetsTheFloors()
{
    QTemporaryDir dir;
    auto db = test::openFresh(dir);
    QVERIFY(DefaultCatalog::ensureLoaded(*db).ok());
    const CatalogStore store(db->connection());
    QVERIFY(store.courseCount() >= 150);
    QVERIFY(store.providers().size() >= 10);
    QVERIFY(store.skills().size() >= 120);
    const auto mcs = store.microcredentials();
    QVERIFY(mcs.size() >= 25);
    QSet<QString> fields;
    for (const Microcredential& mc : mcs) {
        fields.insert(mc.field);
        QVERIFY(!mc.requirements.empty());
        QVERIFY(!mc.achievementId.isEmpty() || !mc.achievementName.isEmpty());
    }
    for (const char* field : {"technology", "data", "healthcare", "business", "professional"})
        QVERIFY2(fields.contains(QString::fromLatin1(field)), field);
    // Every skill is used by some course, so filters never lead nowhere.
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM skills WHERE id NOT IN (SELECT skill_id FROM course_skills)")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestDefaultCatalog::stackingIsReal()
{
    QTemporaryDir dir;
    auto db = test::openFresh(dir);
    QVERIFY(DefaultCatalog::ensureLoaded(*db).ok());
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM (SELECT rc.course_id FROM requirement_courses rc"
                                  " JOIN requirement_groups g ON g.id = rc.group_id"
                                  " GROUP BY rc.course_id HAVING count(DISTINCT g.microcredential_id) >= 2)")) && q.next());
    QVERIFY2(q.value(0).toInt() >= 20, qPrintable(QString::number(q.value(0).toInt())));
}

void TestDefaultCatalog::loadedOnlyOnce()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.sqlite"));
    {
        auto db = Session::openPortfolio(path);
        QVERIFY(db.ok());
        // The learner's own catalog edits survive a restart: the built-in one is not re-applied.
        QVERIFY(sql::run(db.value()->connection(), QStringLiteral("UPDATE courses SET title = 'Renamed' WHERE id = 'nbo-python-101'")).ok());
    }
    auto db = Session::openPortfolio(path);
    QVERIFY(db.ok());
    QCOMPARE(CatalogStore(db.value()->connection()).course(QStringLiteral("nbo-python-101"))->title, QStringLiteral("Renamed"));
    QCOMPARE(test::count(*db.value(), QStringLiteral("catalog_imports")), 1);
}

QTEST_GUILESS_MAIN(TestDefaultCatalog)
#include "TestDefaultCatalog.moc"
