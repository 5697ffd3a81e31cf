#include "../TestSupport.h"

#include "catalog/CatalogStore.h"
#include "progress/ProgressCalculator.h"
#include "progress/ProgressStore.h"

using namespace credfolio;

namespace {

Course course(const char* id, double hours, double cost = 0, const char* currency = "", QStringList skills = {})
{
    Course c;
    c.id = QString::fromLatin1(id);
    c.hours = hours;
    c.cost = cost;
    c.currency = QString::fromLatin1(currency);
    c.skillIds = std::move(skills);
    return c;
}

CourseStatus completed()
{
    return {CourseStatus::State::Completed, 100, QDate(2026, 3, 1)};
}

CourseStatus inProgress(int percent)
{
    return {CourseStatus::State::InProgress, percent, {}};
}

} // namespace

class TestProgress : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void nothingDone();
    void allOfGroup();
    void nOfGroupPicksShortestWay();
    void nOfPrefersCoursesAlreadyNeeded();
    void inProgressCountsPartHours();
    void extraCompletionsDoNotOvercount();
    void skillsAcquired();
    void storeSharedCourseAdvancesBoth();
    void storeRejectsBadInput();
    void storePlanOrderAndRemove();

private:
    QHash<QString, Course> m_courses;
    Microcredential m_mc;
};

void TestProgress::init()
{
    m_courses.clear();
    for (const Course& c : {course("a", 10, 50, "USD", {QStringLiteral("sql")}), course("b", 20, 0),
                            course("x", 30, 100, "EUR", {QStringLiteral("viz")}), course("y", 5, 20, "USD"),
                            course("z", 12, 0, "", {QStringLiteral("viz")})})
        m_courses.insert(c.id, c);
    m_mc = Microcredential{};
    m_mc.id = QStringLiteral("mc");
    m_mc.title = QStringLiteral("Analyst");
    m_mc.requirements = {RequirementGroup{RequirementGroup::Kind::All, 2, {QStringLiteral("a"), QStringLiteral("b")}},
                         RequirementGroup{RequirementGroup::Kind::NOf, 2,
                                          {QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")}}};
    m_mc.skillIds = {QStringLiteral("sql"), QStringLiteral("viz")};
}

void TestProgress::nothingDone()
{
    const auto p = ProgressCalculator::compute(m_mc, m_courses, {});
    QCOMPARE(p.requiredUnits, 4);
    QCOMPARE(p.completedUnits, 0);
    QCOMPARE(p.percent, 0);
    QVERIFY(!p.earned);
    // all of a, b; then the two shortest of x (30 h), y (5 h), z (12 h): y and z.
    QCOMPARE(p.remainingCourses, QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("y"), QStringLiteral("z")}));
    QCOMPARE(p.hoursRemaining, 10.0 + 20 + 5 + 12);
    QCOMPARE(p.costRemaining.value(QStringLiteral("USD")), 70.0);
    QVERIFY(!p.costRemaining.contains(QStringLiteral("EUR")));
}

void TestProgress::allOfGroup()
{
    const auto p = ProgressCalculator::compute(m_mc, m_courses, {{QStringLiteral("a"), completed()}});
    QCOMPARE(p.completedUnits, 1);
    QCOMPARE(p.percent, 25);
    QCOMPARE(p.groups[0].completedCourses, QStringList({QStringLiteral("a")}));
    QCOMPARE(p.groups[0].chosenCourses, QStringList({QStringLiteral("b")}));
    QVERIFY(!p.remainingCourses.contains(QStringLiteral("a")));
}

void TestProgress::nOfGroupPicksShortestWay()
{
    // x done: one more of y/z is needed, and y is the shorter.
    const auto p = ProgressCalculator::compute(m_mc, m_courses, {{QStringLiteral("x"), completed()}});
    QCOMPARE(p.groups[1].completedUnits, 1);
    QCOMPARE(p.groups[1].chosenCourses, QStringList({QStringLiteral("y")}));
    QCOMPARE(p.hoursRemaining, 10.0 + 20 + 5);

    // All of the n_of group's needs met: nothing is chosen there.
    const auto done = ProgressCalculator::compute(m_mc, m_courses,
                                                  {{QStringLiteral("x"), completed()}, {QStringLiteral("z"), completed()},
                                                   {QStringLiteral("a"), completed()}, {QStringLiteral("b"), completed()}});
    QCOMPARE(done.percent, 100);
    QVERIFY(done.earned);
    QVERIFY(done.remainingCourses.isEmpty());
    QCOMPARE(done.hoursRemaining, 0.0);
}

void TestProgress::nOfPrefersCoursesAlreadyNeeded()
{
    // x is long, but an "all" group needs it anyway, so the n_of group takes it for free.
    m_mc.requirements.push_back(RequirementGroup{RequirementGroup::Kind::All, 1, {QStringLiteral("x")}});
    const auto p = ProgressCalculator::compute(m_mc, m_courses, {});
    QCOMPARE(p.groups[1].chosenCourses, QStringList({QStringLiteral("x"), QStringLiteral("y")}));
    QCOMPARE(p.remainingCourses.count(QStringLiteral("x")), 1);
    QCOMPARE(p.hoursRemaining, 10.0 + 20 + 30 + 5);
}

void TestProgress::inProgressCountsPartHours()
{
    const auto p = ProgressCalculator::compute(m_mc, m_courses, {{QStringLiteral("b"), inProgress(75)}});
    QCOMPARE(p.completedUnits, 0); // units count only completed courses
    QCOMPARE(p.hoursRemaining, 10.0 + 5 + 5 + 12);
    // Started courses are taken as paid for: b is free anyway, a still costs 50 USD.
    const auto q = ProgressCalculator::compute(m_mc, m_courses, {{QStringLiteral("a"), inProgress(10)}});
    QCOMPARE(q.costRemaining.value(QStringLiteral("USD")), 20.0);
    QCOMPARE(q.hoursRemaining, 9.0 + 20 + 5 + 12);
}

void TestProgress::extraCompletionsDoNotOvercount()
{
    const auto p = ProgressCalculator::compute(m_mc, m_courses,
                                               {{QStringLiteral("x"), completed()}, {QStringLiteral("y"), completed()},
                                                {QStringLiteral("z"), completed()}});
    QCOMPARE(p.groups[1].completedUnits, 2); // three done, two required
    QCOMPARE(p.completedUnits, 2);
    QCOMPARE(p.percent, 50);
}

void TestProgress::skillsAcquired()
{
    auto p = ProgressCalculator::compute(m_mc, m_courses, {{QStringLiteral("z"), completed()}});
    QCOMPARE(p.skillsCertified, QStringList({QStringLiteral("sql"), QStringLiteral("viz")}));
    QCOMPARE(p.skillsAcquired, QStringList({QStringLiteral("viz")}));
    p = ProgressCalculator::compute(m_mc, m_courses, {{QStringLiteral("a"), inProgress(90)}});
    QVERIFY(p.skillsAcquired.isEmpty()); // not until the course is completed
}

void TestProgress::storeSharedCourseAdvancesBoth()
{
    QTemporaryDir dir;
    auto db = test::openFresh(dir);
    QVERIFY(CatalogImporter(*db).importFile(test::dataPath(QStringLiteral("catalog/good-small.json"))).ok);
    ProgressStore store(db->connection());
    QVERIFY(store.addToPlan(QStringLiteral("mc-data-basics")).ok());
    QVERIFY(store.addToPlan(QStringLiteral("mc-analytics-team-lead")).ok());
    const auto before = store.progress();
    QCOMPARE(before.size(), size_t(2));
    QCOMPARE(before[0].percent, 0);
    QCOMPARE(before[1].percent, 0);

    // rc-stats counts toward both microcredentials.
    QVERIFY(store.setCourseStatus(QStringLiteral("rc-stats"), completed()).ok());
    const auto after = store.progress();
    QCOMPARE(after[0].id, QStringLiteral("mc-data-basics"));
    QCOMPARE(after[0].completedUnits, 1);
    QCOMPARE(after[0].percent, 33);
    QCOMPARE(after[1].completedUnits, 1);
    QCOMPARE(after[1].percent, 50);

    for (const char* id : {"al-python-intro", "al-sql-basics", "rc-leadership"})
        QVERIFY(store.setCourseStatus(QString::fromLatin1(id), completed()).ok());
    for (const MicrocredentialProgress& p : store.progress()) {
        QCOMPARE(p.percent, 100);
        QVERIFY(p.earned);
        QVERIFY(p.remainingCourses.isEmpty());
    }
    // Round trip of what was stored.
    const CourseStatus stored = store.courseStatus(QStringLiteral("rc-stats"));
    QCOMPARE(stored.state, CourseStatus::State::Completed);
    QCOMPARE(stored.completedOn, QDate(2026, 3, 1));
    // Clearing a status takes the course back out of the count.
    QVERIFY(store.setCourseStatus(QStringLiteral("rc-stats"), CourseStatus{}).ok());
    QCOMPARE(store.progress()[1].percent, 50);
}

void TestProgress::storeRejectsBadInput()
{
    QTemporaryDir dir;
    auto db = test::openFresh(dir);
    QVERIFY(CatalogImporter(*db).importFile(test::dataPath(QStringLiteral("catalog/good-small.json"))).ok);
    ProgressStore store(db->connection());
    const QByteArray before = test::fingerprint(*db);
    Status s = store.addToPlan(QStringLiteral("mc-nope"));
    QVERIFY(!s.ok());
    QVERIFY(s.error().contains(QStringLiteral("mc-nope")));
    s = store.setCourseStatus(QStringLiteral("no-such-course"), completed());
    QVERIFY(!s.ok());
    QVERIFY(s.error().contains(QStringLiteral("no-such-course")));
    s = store.setCourseStatus(QStringLiteral("rc-stats"), inProgress(140));
    QVERIFY(!s.ok());
    QVERIFY(s.error().contains(QStringLiteral("0 to 100")));
    s = store.setCourseStatus(QStringLiteral("rc-stats"), {CourseStatus::State::Completed, 100, QDate::currentDate().addYears(1)});
    QVERIFY(!s.ok());
    QVERIFY(s.error().contains(QStringLiteral("future")));
    s = store.removeFromPlan(QStringLiteral("mc-data-basics"));
    QVERIFY(!s.ok());
    QCOMPARE(test::fingerprint(*db), before);
}

void TestProgress::storePlanOrderAndRemove()
{
    QTemporaryDir dir;
    auto db = test::openFresh(dir);
    QVERIFY(CatalogImporter(*db).importFile(test::dataPath(QStringLiteral("catalog/good-small.json"))).ok);
    ProgressStore store(db->connection());
    QVERIFY(store.addToPlan(QStringLiteral("mc-analytics-team-lead")).ok());
    QVERIFY(store.addToPlan(QStringLiteral("mc-data-basics")).ok());
    QVERIFY(store.addToPlan(QStringLiteral("mc-data-basics")).ok()); // twice is harmless
    QCOMPARE(store.plan(), QStringList({QStringLiteral("mc-analytics-team-lead"), QStringLiteral("mc-data-basics")}));
    QVERIFY(store.removeFromPlan(QStringLiteral("mc-analytics-team-lead")).ok());
    QCOMPARE(store.plan(), QStringList({QStringLiteral("mc-data-basics")}));
    QVERIFY(store.isPlanned(QStringLiteral("mc-data-basics")));
    // Progress for a microcredential that is not planned can still be asked for.
    QVERIFY(store.progressFor(QStringLiteral("mc-analytics-team-lead")).has_value());
    QVERIFY(!store.progressFor(QStringLiteral("mc-unknown")).has_value());
}

QTEST_GUILESS_MAIN(TestProgress)
#include "TestProgress.moc"
