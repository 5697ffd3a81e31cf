// credfolio-cli backup OUT and restore IN [--yes] (docs/cli.md, docs/export.md). Neither
// opens the portfolio through QtSql: backup reads it with a connection of its own, restore
// replaces the file.

#include "Commands.h"

#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/Restore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace credfolio::cli {

int backup(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("OUT"), QCoreApplication::translate("cli", "The backup file to write (replaced if it exists)."));
    const QString usage = QStringLiteral("credfolio-cli backup OUT");
    if (!ctx.parse(parser, usage))
        return ctx.helpShown() ? Success : BadInput;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(QCoreApplication::translate("cli", "give one backup file; usage: %1").arg(usage));
    const QString portfolio = Database::resolvePath(parser.value(QStringLiteral("db")));
    if (!QFileInfo::exists(portfolio))
        return ctx.fail(QCoreApplication::translate("cli", "there is no portfolio at %1 to back up")
                            .arg(QDir::toNativeSeparators(portfolio)));
    const QString out = parser.positionalArguments().constFirst();
    const auto made = Backup::create(portfolio, out);
    if (!made)
        return ctx.fail(made.error(), Failure);
    if (ctx.json()) {
        ctx.printJson(QJsonObject{
            {QStringLiteral("file"), QFileInfo(out).absoluteFilePath()},
            {QStringLiteral("portfolio"), QFileInfo(portfolio).absoluteFilePath()},
            {QStringLiteral("bytes"), made->bytes},
            {QStringLiteral("badges"), made->badges},
            {QStringLiteral("schemaVersion"), made->schemaVersion},
        });
    } else {
        ctx.out() << QCoreApplication::translate("cli", "Backed up %1 badge(s) to %2 (%3 bytes)")
                         .arg(made->badges)
                         .arg(QDir::toNativeSeparators(out))
                         .arg(made->bytes)
                  << '\n';
        ctx.out().flush();
    }
    return Success;
}

int restore(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("yes"),
        QCoreApplication::translate("cli", "Replace a portfolio that holds badges, plans or a profile.")});
    parser.addPositionalArgument(QStringLiteral("IN"), QCoreApplication::translate("cli", "The backup file to restore."));
    const QString usage = QStringLiteral("credfolio-cli restore IN [--yes]");
    if (!ctx.parse(parser, usage))
        return ctx.helpShown() ? Success : BadInput;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(QCoreApplication::translate("cli", "give one backup file; usage: %1").arg(usage));
    const QString in = parser.positionalArguments().constFirst();
    const QString portfolio = Database::resolvePath(parser.value(QStringLiteral("db")));
    // The backup is checked before asking for confirmation: a bad file is the first thing to hear.
    const auto backupInfo = Restore::inspectBackup(in);
    if (!backupInfo)
        return ctx.fail(
            backupInfo.error() + QLatin1Char(' ') + QCoreApplication::translate("cli", "The portfolio was not changed."));
    const bool confirmed = parser.isSet(QStringLiteral("yes"));
    if (!confirmed && Restore::needsConfirmation(portfolio))
        return ctx.fail(QCoreApplication::translate("cli",
            "the portfolio at %1 holds badges, plans or a profile that the backup would replace; "
            "add --yes to replace it (nothing was changed)")
                            .arg(QDir::toNativeSeparators(portfolio)));
    Restore::Options options;
    options.replaceExisting = confirmed;
    const auto restored = Restore::run(in, portfolio, options);
    if (!restored)
        return ctx.fail(restored.error());
    if (ctx.json()) {
        ctx.printJson(QJsonObject{
            {QStringLiteral("file"), QFileInfo(in).absoluteFilePath()},
            {QStringLiteral("portfolio"), QFileInfo(portfolio).absoluteFilePath()},
            {QStringLiteral("badges"), restored->restored.badges},
            {QStringLiteral("fromVersion"), restored->fromVersion},
            {QStringLiteral("toVersion"), restored->toVersion},
            {QStringLiteral("replaced"), restored->replaced},
        });
    } else {
        ctx.out() << QCoreApplication::translate("cli", "Restored %1 badge(s) from %2 into %3")
                         .arg(restored->restored.badges)
                         .arg(QDir::toNativeSeparators(in), QDir::toNativeSeparators(portfolio));
        if (restored->fromVersion != restored->toVersion)
            ctx.out() << ' '
                      << QCoreApplication::translate("cli", "(updated from format %1 to %2)")
                             .arg(restored->fromVersion)
                             .arg(restored->toVersion);
        ctx.out() << '\n';
        ctx.out().flush();
    }
    return Success;
}

} // namespace credfolio::cli
