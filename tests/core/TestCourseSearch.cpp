#include "../TestSupport.h"

#include "catalog/CourseSearch.h"

using namespace credfolio;

class TestCourseSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void search_data();
    void search();
    void relevanceRanksTitleFirst();
    void sorting();
    void paging();
    void countMatchesSearch();
    void matchExpressionQuotesOperators();

private:
    QStringList ids(const CourseQuery& query)
    {
        QStringList list;
        const auto rows = CourseSearch(m_db->connection()).search(query);
        if (!rows)
            qWarning() << rows.error();
        for (const CourseRow& row : rows.value())
            list.append(row.id);
        return list;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestCourseSearch::initTestCase()
{
    m_db = test::openFresh(m_dir);
    const CatalogImportResult result = CatalogImporter(*m_db).importFile(test::dataPath(QStringLiteral("catalog/good-small.json")));
    QVERIFY2(result.ok, qPrintable(result.errorText()));
}

void TestCourseSearch::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("expected"); // sorted ids

    auto row = [](const char* name, const char* text, const char* field, const char* value, QStringList expected) {
        expected.sort();
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromLatin1(field) << QString::fromUtf8(value) << expected;
    };
    row("prefix of a word", "pyth", "", "", {QStringLiteral("al-python-intro"), QStringLiteral("rc-analytics-capstone")});
    row("skill label", "visualisation", "", "", {QStringLiteral("al-dataviz")});
    row("provider name", "harbour", "", "", {QStringLiteral("hh-infection"), QStringLiteral("hh-patient-safety")});
    row("accent-insensitive", "seguranca", "", "", {QStringLiteral("hh-patient-safety")});
    row("all words required", "sql basics", "", "", {QStringLiteral("al-sql-basics")});
    row("no match", "quantum", "", "", {});
    row("operators are words", "sql AND", "", "", {QStringLiteral("al-sql-basics"), QStringLiteral("rc-analytics-capstone")});
    row("punctuation only", "!!! ---", "free", "1",
        {QStringLiteral("al-python-intro"), QStringLiteral("rc-leadership"), QStringLiteral("hh-infection")});
    row("provider by id", "", "provider", "riverside-college",
        {QStringLiteral("rc-stats"), QStringLiteral("rc-leadership"), QStringLiteral("rc-analytics-capstone")});
    row("provider by name", "", "provider", "harbour health academy",
        {QStringLiteral("hh-infection"), QStringLiteral("hh-patient-safety")});
    row("skill by id", "", "skill", "sql", {QStringLiteral("al-sql-basics"), QStringLiteral("rc-analytics-capstone")});
    row("language with region", "", "language", "pt", {QStringLiteral("hh-patient-safety")});
    row("delivery", "", "delivery", "in-person", {QStringLiteral("hh-patient-safety")});
    row("max hours", "", "maxHours", "6.5",
        {QStringLiteral("al-dataviz"), QStringLiteral("hh-infection"), QStringLiteral("hh-patient-safety")});
    row("max cost", "", "maxCost", "29",
        {QStringLiteral("al-python-intro"), QStringLiteral("al-sql-basics"), QStringLiteral("rc-leadership"),
         QStringLiteral("hh-infection")});
    row("text and filter", "data", "provider", "acme-learning", {QStringLiteral("al-dataviz"), QStringLiteral("al-sql-basics")});
}

void TestCourseSearch::search()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QStringList, expected);
    CourseQuery query;
    query.text = text;
    if (field == QLatin1String("provider"))
        query.provider = value;
    else if (field == QLatin1String("skill"))
        query.skill = value;
    else if (field == QLatin1String("language"))
        query.language = value;
    else if (field == QLatin1String("delivery"))
        query.delivery = value;
    else if (field == QLatin1String("maxHours"))
        query.maxHours = value.toDouble();
    else if (field == QLatin1String("maxCost"))
        query.maxCost = value.toDouble();
    else if (field == QLatin1String("free"))
        query.freeOnly = true;
    QStringList found = ids(query);
    found.sort();
    QCOMPARE(found, expected);
}

void TestCourseSearch::relevanceRanksTitleFirst()
{
    // "leadership" is the title of rc-leadership and only a skill of others.
    CourseQuery query;
    query.text = QStringLiteral("leadership");
    const QStringList found = ids(query);
    QVERIFY(!found.isEmpty());
    QCOMPARE(found.first(), QStringLiteral("rc-leadership"));
}

void TestCourseSearch::sorting()
{
    CourseSearch search(m_db->connection());
    CourseQuery query;
    query.sort = CourseQuery::Sort::Duration;
    auto rows = search.search(query).value();
    QVERIFY(std::is_sorted(rows.begin(), rows.end(), [](const CourseRow& a, const CourseRow& b) { return a.hours < b.hours; }));
    query.sort = CourseQuery::Sort::Cost;
    rows = search.search(query).value();
    QVERIFY(std::is_sorted(rows.begin(), rows.end(), [](const CourseRow& a, const CourseRow& b) { return a.cost < b.cost; }));
    query.sort = CourseQuery::Sort::Title;
    rows = search.search(query).value();
    QVERIFY(std::is_sorted(rows.begin(), rows.end(),
                           [](const CourseRow& a, const CourseRow& b) { return a.title.compare(b.title, Qt::CaseInsensitive) < 0; }));
    QCOMPARE(rows.size(), size_t(8));
    // Rows carry their skill labels in catalog order.
    const auto python = std::find_if(rows.begin(), rows.end(), [](const CourseRow& r) { return r.id == QLatin1String("al-python-intro"); });
    QVERIFY(python != rows.end());
    QVERIFY(!python->skills.isEmpty());
    QVERIFY(!python->providerName.isEmpty());
}

void TestCourseSearch::paging()
{
    CourseQuery query;
    query.sort = CourseQuery::Sort::Title;
    const QStringList all = ids(query);
    query.limit = 3;
    QStringList paged;
    for (query.offset = 0; query.offset < 9; query.offset += 3)
        paged += ids(query);
    QCOMPARE(paged, all);
}

void TestCourseSearch::countMatchesSearch()
{
    CourseQuery query;
    query.text = QStringLiteral("da");
    query.maxHours = 40;
    QCOMPARE(CourseSearch(m_db->connection()).count(query).value(), int(ids(query).size()));
    QVERIFY(ids(query).size() > 0);
}

void TestCourseSearch::matchExpressionQuotesOperators()
{
    QCOMPARE(CourseSearch::matchExpression(QStringLiteral("  data  NEAR(x) \"y")), QStringLiteral("\"data\"* \"NEAR\"* \"x\"* \"y\"*"));
    QCOMPARE(CourseSearch::matchExpression(QStringLiteral("-^*")), QString());
    QCOMPARE(CourseSearch::matchExpression(QStringLiteral("Análise")), QStringLiteral("\"Análise\"*"));
}

QTEST_GUILESS_MAIN(TestCourseSearch)
#include "TestCourseSearch.moc"
