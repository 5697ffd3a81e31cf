// bench/export: a detailed PDF portfolio of 500 generated badges (VC-JWT text, VC-JWT baked
// into PNG, eddsa-jcs-2022 JSON, eddsa-jcs-2022 baked into SVG), written the way the CLI and
// the dialog write it, and reports:
//  - wall time and pages per second of the whole export (read the badges, lay out, paint
//    every page on QPdfWriter, attach the 500 originals and set the document information
//    with qpdf, write atomically);
//  - the same pages painted alone (QPdfWriter only: no reading, no attachments, no qpdf
//    pass), measured in the same run, as the baseline the full export is a ratio of;
//  - peak resident memory (getrusage ru_maxrss), and how much the export added to it.
// Floors (issue 6): under 10 s and under 300 MB.
// Usage: bench_export [BADGES]

#include "../../tests/portfolio/BadgeFactory.h"

#include "export/PdfPortfolioWriter.h"
#include "export/PortfolioContent.h"
#include "export/PortfolioLayout.h"
#include "portfolio/BadgeImporter.h"
#include "portfolio/LearnerProfile.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

using namespace credfolio;

namespace {

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // kilobytes on Linux
}

// CPU time of this process (user + system), to tell the work from waiting on a busy machine.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QGuiApplication app(argc, argv);
    const int count = argc > 1 ? std::max(10, atoi(argv[1])) : 500;
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 1;
    }
    LearnerProfile profile;
    profile.name = QStringLiteral("Zoë Çelik-Παπαδοπούλου Иванова محمد 王小明");
    profile.headline = QStringLiteral("Data analyst");
    profile.emails = {QStringLiteral("zoe@example.org")};
    profile.save(db.value()->connection());

    std::printf("Generating and importing %d badges (4 kinds)...\n", count);
    const test::BadgeFactory factory;
    BadgeImporter importer(db.value()->connection());
    for (int n = 0; n < count; ++n) {
        const auto kind = test::BadgeFactory::kindFor(n);
        const PreparedBadge prepared = BadgeImporter::prepare(factory.make(n, kind),
            QStringLiteral("badge-%1.%2").arg(n).arg(test::BadgeFactory::suffixFor(kind)), VerifyOptions{});
        if (importer.store(prepared, false).result != ImportOutcome::Result::Imported) {
            std::fprintf(stderr, "badge %d was not imported\n", n);
            return 1;
        }
    }
    const double before = peakMegabytes();

    PdfExportOptions options;
    options.layout = PdfExportOptions::Layout::Detailed;
    options.paper = PdfExportOptions::Paper::A4;
    const QString path = dir.filePath(QStringLiteral("portfolio.pdf"));
    int progressCalls = 0;
    QElapsedTimer timer;
    double cpu = cpuSeconds();
    timer.start();
    const auto written =
        PdfPortfolioWriter::write(db.value()->connection(), path, options, [&](int, int, const QString&) { ++progressCalls; });
    const double full = timer.nsecsElapsed() / 1e9;
    const double fullCpu = cpuSeconds() - cpu;
    if (!written) {
        std::fprintf(stderr, "export failed: %s\n", qPrintable(written.error()));
        return 1;
    }
    const double after = peakMegabytes();

    // What the dialog's preview does on the UI thread for these badges: read, lay out, and
    // render the first page as an image.
    timer.restart();
    auto content = loadPortfolioContent(db.value()->connection(), options);
    const PortfolioLayout layout(
        std::make_shared<const PortfolioContent>(std::move(content).value()), options.layout, QPageSize::A4);
    const QImage firstPage = layout.renderPage(0, 56);
    const double preview = timer.nsecsElapsed() / 1e9;

    // Baseline: the same pages painted on QPdfWriter alone.
    cpu = cpuSeconds();
    timer.restart();
    const auto painted = PdfPortfolioWriter::paint(layout, false);
    const double paintOnly = timer.nsecsElapsed() / 1e9;
    const double paintCpu = cpuSeconds() - cpu;

    const int pages = written->pages;
    std::printf("\n%d badges, %d pages, %d attachments, %.1f MB PDF\n", written->badges, pages, written->attachments,
        written->bytes / 1e6);
    std::printf("%-52s %9s %10s %8s %9s\n", "run", "wall s", "pages/s", "ratio", "CPU s");
    std::printf("%-52s %9.2f %10.1f %7.2fx %9.2f\n", "pages painted on QPdfWriter alone (baseline)", paintOnly, pages / paintOnly,
        1.0, paintCpu);
    std::printf("%-52s %9.2f %10.1f %7.2fx %9.2f\n", "full export (read, paint, attach with qpdf, write)", full, pages / full,
        full / paintOnly, fullCpu);
    std::printf("Painted-only PDF: %.1f MB (without the attachments)\n", painted ? painted->size() / 1e6 : 0.0);
    std::printf("Peak memory (ru_maxrss): %.0f MB; %.0f MB before the export (the import), the export added %.0f MB\n",
        peakMegabytes(), before, after - before);
    std::printf("%d progress reports\n", progressCalls);
    std::printf("Preview (read, lay out %d pages, render page 1 at 56 dpi): %.2f s wall%s\n", layout.pageCount(), preview,
        firstPage.isNull() ? " (no image!)" : "");
    std::printf(
        "Floors: under 10 s: %s; under 300 MB: %s\n", full < 10 ? "met" : "MISSED", peakMegabytes() < 300 ? "met" : "MISSED");
    return 0;
}
