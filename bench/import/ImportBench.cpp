// bench/import: imports 10,000 generated badges of mixed formats (VC-JWT text, VC-JWT baked
// into PNG, eddsa-jcs-2022 JSON, eddsa-jcs-2022 baked into SVG) the way the window does,
// and reports:
//  - throughput of the GUI import (BadgeImportJob: a worker thread storing, one verifier
//    thread per core) against two baselines measured in the same run: verification alone on
//    one thread, and the same import run with a single verifier thread;
//  - the longest the UI thread went without running its event loop during the import,
//    measured by a 5 ms timer probe.
// Usage: bench_import [BADGES]

#include "../../tests/portfolio/BadgeFactory.h"

#include "portfolio/BadgeStore.h"
#include "portfolio/BulkImport.h"
#include "portfolio/BadgeImportJob.h"
#include "storage/Database.h"
#include "verify/Verifier.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>

using namespace credfolio;

namespace {

struct Figure {
    const char* name;
    double seconds;
    int badges;
    double rate() const { return badges / seconds; }
};

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    const int count = argc > 1 ? std::max(100, atoi(argv[1])) : 10000;
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("badges"));
    QDir().mkpath(folder);

    std::printf("Generating %d badges (4 kinds)...\n", count);
    const test::BadgeFactory factory;
    QList<QByteArray> contents;
    contents.reserve(count);
    for (int n = 0; n < count; ++n) {
        const auto kind = test::BadgeFactory::kindFor(n);
        QByteArray bytes = factory.make(n, kind);
        QFile out(QDir(folder).filePath(QStringLiteral("badge-%1.%2").arg(n, 5, 10, QLatin1Char('0')).arg(test::BadgeFactory::suffixFor(kind))));
        out.open(QIODevice::WriteOnly);
        out.write(bytes);
        contents.append(std::move(bytes));
    }

    // Baseline 1: verification alone, one thread, bytes already in memory.
    QElapsedTimer timer;
    timer.start();
    int valid = 0;
    for (const QByteArray& bytes : contents)
        valid += Verifier::verifyFile(bytes, {}).verdict() == Verdict::Valid;
    const Figure verifyOnly{"verify only, 1 thread (baseline)", timer.nsecsElapsed() / 1e9, count};
    if (valid != count) {
        std::fprintf(stderr, "only %d of %d generated badges verified\n", valid, count);
        return 1;
    }

    // Baseline 2: the bulk import with a single verifier thread.
    const QStringList files = expandImportPaths({folder});
    Figure singleThread{"import, 1 verifier thread", 0, count};
    {
        auto db = Database::open(dir.filePath(QStringLiteral("single.sqlite"))).value();
        BulkImport::Options options;
        options.threads = 1;
        timer.restart();
        const auto outcomes = BulkImport::run(db->connection(), files, options);
        singleThread.seconds = timer.nsecsElapsed() / 1e9;
        if (BadgeStore(db->connection()).count() != count) {
            std::fprintf(stderr, "single-thread import stored %d of %d\n", BadgeStore(db->connection()).count(), count);
            return 1;
        }
    }

    // The GUI path: BadgeImportJob off the UI thread; the UI thread runs its event loop with
    // a 5 ms probe timer and records the longest gap between ticks.
    Figure gui{"GUI import (worker + one verifier per core)", 0, count};
    qint64 longestGapNs = 0;
    int progressSignals = 0;
    {
        const QString dbPath = dir.filePath(QStringLiteral("gui.sqlite"));
        auto uiDb = Database::open(dbPath).value();
        BadgeImportJob job(dbPath, {folder}, {});
        QEventLoop loop;
        QObject::connect(&job, &BadgeImportJob::finished, &loop, &QEventLoop::quit);
        QObject::connect(&job, &BadgeImportJob::progressed, &loop, [&](int, int, const QString&) { ++progressSignals; });
        QElapsedTimer sinceTick;
        QTimer probe;
        probe.setInterval(5);
        QObject::connect(&probe, &QTimer::timeout, &loop, [&] {
            longestGapNs = std::max(longestGapNs, sinceTick.nsecsElapsed());
            sinceTick.restart();
        });
        timer.restart();
        sinceTick.start();
        probe.start();
        job.start();
        loop.exec();
        gui.seconds = timer.nsecsElapsed() / 1e9;
        probe.stop();
        const int stored = BadgeStore(uiDb->connection()).count();
        if (stored != count) {
            std::fprintf(stderr, "GUI import stored %d of %d\n", stored, count);
            return 1;
        }
    }

    std::printf("\n%d badges, %d cores\n", count, QThread::idealThreadCount());
    std::printf("%-46s %10s %12s %8s\n", "run", "seconds", "badges/s", "ratio");
    for (const Figure& f : {verifyOnly, singleThread, gui})
        std::printf("%-46s %10.2f %12.0f %7.2fx\n", f.name, f.seconds, f.rate(), f.rate() / verifyOnly.rate());
    std::printf("\nGUI import vs 1 verifier thread: %.2fx\n", gui.rate() / singleThread.rate());
    std::printf("UI thread: longest gap between 5 ms probe ticks %.1f ms (floor: 50 ms); %d progress signals\n",
        longestGapNs / 1e6, progressSignals);
    std::printf("Floors: >= 1000 badges/s: %s; UI never blocked > 50 ms: %s\n", gui.rate() >= 1000 ? "met" : "MISSED",
        longestGapNs <= 50'000'000 ? "met" : "MISSED");
    return 0;
}
