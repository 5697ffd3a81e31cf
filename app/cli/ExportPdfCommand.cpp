// credfolio-cli export pdf: the PDF portfolio (core/export, docs/export.md).

#include "Commands.h"
#include "ExportSelectionOptions.h"

#include "export/PdfPortfolioWriter.h"
#include "portfolio/BadgeStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QJsonObject>
#include <QLocale>

namespace credfolio::cli {

int exportPdf(CliContext& ctx)
{
    const QString usage = QStringLiteral("credfolio-cli export pdf OUT.pdf [--collection NAME | --badge ID...] [--layout "
                                         "compact|detailed] [--pdfa] [--paper a4|letter]");
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("OUT.pdf"), QCoreApplication::translate("cli", "Where to write the PDF portfolio."));
    parser.addOptions(ExportSelectionOptions::options());
    const QCommandLineOption layout(QStringLiteral("layout"),
        QCoreApplication::translate(
            "cli", "compact (a one- or two-page summary) or detailed (a section per credential; the default)."),
        QStringLiteral("LAYOUT"));
    const QCommandLineOption pdfa(QStringLiteral("pdfa"),
        QCoreApplication::translate("cli", "Write PDF/A-1b for archiving (the original files are not attached)."));
    const QCommandLineOption paper(QStringLiteral("paper"),
        QCoreApplication::translate("cli", "a4 or letter (default: from the locale)."), QStringLiteral("PAPER"));
    parser.addOptions({layout, pdfa, paper});
    if (!ctx.parse(parser, usage))
        return ctx.helpShown() ? Success : BadInput;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(QCoreApplication::translate("cli", "give one output file: %1").arg(usage));

    PdfExportOptions options;
    options.locale = QLocale();
    if (parser.isSet(layout) && !PdfExportOptions::layoutFromName(parser.value(layout), &options.layout))
        return ctx.fail(
            QCoreApplication::translate("cli", "--layout takes compact or detailed, not \"%1\"").arg(parser.value(layout)));
    if (parser.isSet(paper)
        && (parser.value(paper).isEmpty() || !PdfExportOptions::paperFromName(parser.value(paper), &options.paper)))
        return ctx.fail(QCoreApplication::translate("cli", "--paper takes a4 or letter, not \"%1\"").arg(parser.value(paper)));
    options.pdfA = parser.isSet(pdfa);
    ExportSelectionOptions selection;
    if (!selection.read(ctx, parser))
        return BadInput;
    options.selection = selection.selection();
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return ctx.fail(QCoreApplication::translate("cli", "drawing a PDF needs a QGuiApplication"), Failure);

    Database* db = ctx.database();
    if (!db)
        return BadInput;
    const QString out = parser.positionalArguments().constFirst();
    // An unknown collection or badge is the caller's mistake; anything later is a failure.
    {
        const auto resolved = resolveSelection(BadgeStore(db->connection()), options.selection);
        if (!resolved)
            return ctx.fail(resolved.error());
    }
    const auto written = PdfPortfolioWriter::write(db->connection(), out, options);
    if (!written)
        return ctx.fail(written.error(), Failure);
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("path"), written->path}, {QStringLiteral("pages"), written->pages},
            {QStringLiteral("badges"), written->badges}, {QStringLiteral("attachments"), written->attachments},
            {QStringLiteral("pdfa"), options.pdfA}, {QStringLiteral("layout"), PdfExportOptions::layoutName(options.layout)},
            {QStringLiteral("bytes"), written->bytes}});
    } else {
        ctx.out() << QCoreApplication::translate("cli", "Wrote %1: %2 pages, %3 badges, %4 attached files")
                         .arg(QDir::toNativeSeparators(written->path))
                         .arg(written->pages)
                         .arg(written->badges)
                         .arg(written->attachments)
                  << '\n';
        ctx.out().flush();
    }
    return Success;
}

} // namespace credfolio::cli
