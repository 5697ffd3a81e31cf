// bench_catalog: import rate, search latency and time to first rows on a generated
// catalog of 100,000 courses. Each figure comes with a baseline measured in the same run
// on the same data, and the ratio between them. Run through scripts/bench.

#include "CatalogGenerator.h"

#include "MainWindow.h"
#include "catalog/CatalogImporter.h"
#include "catalog/CourseSearch.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace credfolio;

namespace {

QTextStream out(stdout);

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[index];
}

void line(const QString& name, double value, const QString& unit, double baseline, const QString& baselineName)
{
    out << QStringLiteral("%1 %2 %3   baseline (%4): %5 %3   ratio %6\n")
               .arg(name.leftJustified(34))
               .arg(value, 10, 'f', 3)
               .arg(unit)
               .arg(baselineName)
               .arg(baseline, 0, 'f', 3)
               .arg(value / baseline, 0, 'f', 2);
    out.flush();
}

// Plain inserts of the same rows into a bare table with one prepared statement: what SQLite
// and QtSql cost on their own, without validation, skills, FTS or upserts.
double rawInsertSeconds(const QString& path, const QJsonArray& courses)
{
    auto db = Database::open(path);
    QSqlQuery q(db.value()->connection());
    sql::run(db.value()->connection(),
        QStringLiteral("CREATE TABLE raw(id TEXT PRIMARY KEY, title TEXT, summary TEXT, hours REAL, cost REAL)"));
    QElapsedTimer timer;
    timer.start();
    sql::run(db.value()->connection(), QStringLiteral("BEGIN"));
    q.prepare(QStringLiteral("INSERT INTO raw VALUES (?, ?, ?, ?, ?)"));
    for (const QJsonValue& v : courses) {
        const QJsonObject o = v.toObject();
        q.addBindValue(o.value(QStringLiteral("id")).toString());
        q.addBindValue(o.value(QStringLiteral("title")).toString());
        q.addBindValue(o.value(QStringLiteral("summary")).toString());
        q.addBindValue(o.value(QStringLiteral("hours")).toDouble());
        q.addBindValue(o.value(QStringLiteral("cost")).toDouble());
        q.exec();
    }
    sql::run(db.value()->connection(), QStringLiteral("COMMIT"));
    return timer.nsecsElapsed() / 1e9;
}

CourseQuery queryFor(const QString& text, int i)
{
    CourseQuery query;
    query.text = text;
    query.limit = 200; // the first page, as the catalog view asks for it
    switch (i % 4) {
    case 1:
        query.freeOnly = true;
        break;
    case 2:
        query.level = QStringLiteral("beginner");
        query.maxHours = 40;
        break;
    case 3:
        query.provider = QStringLiteral("prov-%1").arg(i % 40);
        break;
    default:
        break;
    }
    return query;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    const int courseCount = argc > 1 ? std::atoi(argv[1]) : 100000;
    const int queryCount = 1000;
    QTemporaryDir dir(qEnvironmentVariable("CREDFOLIO_BENCH_DIR", QDir::tempPath()) + QStringLiteral("/bench_catalog-XXXXXX"));
    dir.setAutoRemove(qEnvironmentVariableIsEmpty("CREDFOLIO_BENCH_KEEP"));

    out << QStringLiteral("bench_catalog: %1 courses, %2 queries\n").arg(courseCount).arg(queryCount);
    const QByteArray json = CatalogGenerator::makeCatalog(courseCount, 40, 1500, 500);
    const QString catalogPath = dir.filePath(QStringLiteral("catalog.json"));
    {
        QFile f(catalogPath);
        f.open(QIODevice::WriteOnly);
        f.write(json);
    }
    out << QStringLiteral("catalog file: %1 MiB\n").arg(json.size() / 1048576.0, 0, 'f', 1);

    // --- import -------------------------------------------------------------------------
    const QJsonArray courses = QJsonDocument::fromJson(json).object().value(QStringLiteral("courses")).toArray();
    const double raw = rawInsertSeconds(dir.filePath(QStringLiteral("raw.sqlite")), courses);
    const QString portfolio = dir.filePath(QStringLiteral("bench.sqlite"));
    auto db = Database::open(portfolio);
    QElapsedTimer timer;
    timer.start();
    const CatalogImportResult imported = CatalogImporter(*db.value()).importFile(catalogPath);
    const double importSeconds = timer.nsecsElapsed() / 1e9;
    if (!imported.ok) {
        out << "import failed: " << imported.errorText() << '\n';
        return 1;
    }
    out << QStringLiteral("import: %1 courses in %2 s = %3 courses/s (floor 20000)\n")
               .arg(courseCount)
               .arg(importSeconds, 0, 'f', 2)
               .arg(courseCount / importSeconds, 0, 'f', 0);
    line(QStringLiteral("import (read, check, store, index)"), importSeconds, QStringLiteral("s"), raw,
        QStringLiteral("bare INSERTs"));

    // --- search -------------------------------------------------------------------------
    {
        const QStringList texts = CatalogGenerator::makeQueries(queryCount);
        CourseSearch search(db.value()->connection());
        std::vector<double> ours, bare;
        QSqlQuery baseline(db.value()->connection());
        baseline.prepare(QStringLiteral("SELECT rowid FROM course_fts WHERE course_fts MATCH ? LIMIT 200"));
        size_t matched = 0;
        for (int i = 0; i < texts.size(); ++i) {
            const CourseQuery query = queryFor(texts.at(i), i);
            timer.restart();
            const auto rows = search.search(query);
            const auto total = search.count(query); // the view shows "N courses" too
            ours.push_back(timer.nsecsElapsed() / 1e6);
            matched += rows->size() + size_t(total.value() > 0 ? 0 : 0);

            timer.restart();
            baseline.addBindValue(CourseSearch::matchExpression(texts.at(i)));
            baseline.exec();
            while (baseline.next()) { }
            bare.push_back(timer.nsecsElapsed() / 1e6);
        }
        out << QStringLiteral("search: %1 queries, %2 rows returned in all\n").arg(texts.size()).arg(matched);
        line(QStringLiteral("search p50 (page + count, filters)"), percentile(ours, 0.5), QStringLiteral("ms"),
            percentile(bare, 0.5), QStringLiteral("bare FTS5 MATCH p50"));
        line(QStringLiteral("search p95 (floor 20 ms)"), percentile(ours, 0.95), QStringLiteral("ms"), percentile(bare, 0.95),
            QStringLiteral("bare FTS5 MATCH p95"));
    }
    db.value().reset();

    // --- first rows -----------------------------------------------------------------------
    timer.restart();
    {
        auto plain = Database::open(portfolio);
        QSqlQuery q(plain.value()->connection());
        q.exec(QStringLiteral("SELECT id, title FROM courses ORDER BY title LIMIT 200"));
        while (q.next()) { }
    }
    const double baselineFirst = timer.nsecsElapsed() / 1e6;

    timer.restart();
    auto opened = Session::openPortfolio(portfolio);
    MainWindow window(*opened.value());
    window.resize(1200, 800);
    window.show();
    double firstRows = -1;
    while (timer.elapsed() < 30000) {
        QApplication::processEvents(QEventLoop::AllEvents, 5);
        const auto views = window.findChildren<QTableView*>();
        const bool shown = std::any_of(
            views.begin(), views.end(), [](QTableView* v) { return v->isVisible() && v->model() && v->model()->rowCount() > 0; });
        if (shown) {
            QApplication::processEvents(); // let the rows paint
            firstRows = timer.nsecsElapsed() / 1e6;
            break;
        }
    }
    if (firstRows < 0) {
        out << "first rows: the catalog view showed no rows within 30 s\n";
        return 1;
    }
    line(QStringLiteral("first rows (floor 1500 ms)"), firstRows, QStringLiteral("ms"), baselineFirst,
        QStringLiteral("open + SELECT 200"));
    return 0;
}
