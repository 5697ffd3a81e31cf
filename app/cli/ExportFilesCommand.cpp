// credfolio-cli export files OUT_DIR [--collection NAME | --badge ID...]: the chosen badges'
// original files with a manifest.json (docs/cli.md, docs/export.md).

#include "Commands.h"
#include "ExportSelectionOptions.h"

#include "export/ExportSelection.h"
#include "export/FilesExport.h"
#include "portfolio/BadgeStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>

namespace credfolio::cli {

int exportFiles(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addOptions(ExportSelectionOptions::options());
    parser.addPositionalArgument(
        QStringLiteral("OUT_DIR"), QCoreApplication::translate("cli", "A new or empty folder for the files and manifest.json."));
    const QString usage = QStringLiteral("credfolio-cli export files OUT_DIR [--collection NAME | --badge ID...]");
    if (!ctx.parse(parser, usage))
        return ctx.helpShown() ? Success : BadInput;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(QCoreApplication::translate("cli", "give one folder; usage: %1").arg(usage));
    ExportSelectionOptions selectionOptions;
    if (!selectionOptions.read(ctx, parser))
        return BadInput;
    const QString outDir = parser.positionalArguments().constFirst();
    if (Status target = FilesExport::checkTarget(outDir); !target)
        return ctx.fail(target.error());
    Database* db = ctx.database();
    if (!db)
        return BadInput;
    const BadgeStore store(db->connection());
    const auto badges = resolveSelection(store, selectionOptions.selection());
    if (!badges)
        return ctx.fail(badges.error());
    const auto written = FilesExport::write(store, badges.value(), outDir);
    if (!written)
        return ctx.fail(written.error(), Failure);
    if (ctx.json()) {
        ctx.printJson(QJsonObject{
            {QStringLiteral("directory"), written->directory},
            {QStringLiteral("manifest"), QDir(written->directory).filePath(QString::fromLatin1(FilesExport::manifestName))},
            {QStringLiteral("files"), written->files},
            {QStringLiteral("listedWithoutFile"), written->listedWithoutFile},
        });
    } else {
        ctx.out() << QCoreApplication::translate("cli", "Wrote %1 badge file(s) and manifest.json to %2")
                         .arg(written->files)
                         .arg(QDir::toNativeSeparators(written->directory));
        if (written->listedWithoutFile > 0)
            ctx.out()
                << ' '
                << QCoreApplication::translate("cli", "(%1 self-reported listed without a file)").arg(written->listedWithoutFile);
        ctx.out() << '\n';
        ctx.out().flush();
    }
    return Success;
}

} // namespace credfolio::cli
