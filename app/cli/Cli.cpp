#include "CliContext.h"
#include "Commands.h"

#include <QCoreApplication>

#include <functional>

namespace credfolio::cli {

namespace {

struct Command
{
    QStringList words;
    std::function<int(CliContext&)> run;
    const char* summary;
};

const std::vector<Command>& commands()
{
    static const std::vector<Command> list{
        {{QStringLiteral("catalog"), QStringLiteral("search")}, catalogSearch, QT_TRANSLATE_NOOP("cli", "Search the course catalog")},
        {{QStringLiteral("catalog"), QStringLiteral("credentials")}, catalogCredentials, QT_TRANSLATE_NOOP("cli", "List microcredentials")},
        {{QStringLiteral("catalog"), QStringLiteral("import")}, catalogImport, QT_TRANSLATE_NOOP("cli", "Import a JSON or CSV catalog")},
        {{QStringLiteral("plan"), QStringLiteral("add")}, planAdd, QT_TRANSLATE_NOOP("cli", "Pursue a microcredential")},
        {{QStringLiteral("plan"), QStringLiteral("remove")}, planRemove, QT_TRANSLATE_NOOP("cli", "Stop pursuing a microcredential")},
        {{QStringLiteral("plan")}, planList, QT_TRANSLATE_NOOP("cli", "List the microcredentials you pursue")},
        {{QStringLiteral("progress"), QStringLiteral("set")}, progressSet, QT_TRANSLATE_NOOP("cli", "Record a course's status")},
        {{QStringLiteral("progress")}, progressShow, QT_TRANSLATE_NOOP("cli", "Show progress toward your microcredentials")},
        {{QStringLiteral("verify")}, verify, QT_TRANSLATE_NOOP("cli", "Verify badge files (Open Badges 2.0 and 3.0)")},
        {{QStringLiteral("import")}, importBadges, QT_TRANSLATE_NOOP("cli", "Verify badge files and keep them in the portfolio")},
        {{QStringLiteral("badges"), QStringLiteral("list")}, badgesList, QT_TRANSLATE_NOOP("cli", "List the badges in the portfolio")},
        {{QStringLiteral("badges"), QStringLiteral("show")}, badgesShow, QT_TRANSLATE_NOOP("cli", "Show a badge and its verification report")},
        {{QStringLiteral("badges"), QStringLiteral("reverify")}, badgesReverify, QT_TRANSLATE_NOOP("cli", "Verify stored badges again")},
        {{QStringLiteral("badges"), QStringLiteral("export")}, badgesExport, QT_TRANSLATE_NOOP("cli", "Write a badge's original file")},
        {{QStringLiteral("badges"), QStringLiteral("delete")}, badgesDelete, QT_TRANSLATE_NOOP("cli", "Delete badges from the portfolio")},
        {{QStringLiteral("profile")}, profile, QT_TRANSLATE_NOOP("cli", "Show or set your name and the identities you receive badges under")},
        {{QStringLiteral("collection")}, collection, QT_TRANSLATE_NOOP("cli", "List and edit collections of badges")},
        {{QStringLiteral("key")}, key, QT_TRANSLATE_NOOP("cli", "Show or create your signing key (kept in the OS keychain)")},
        {{QStringLiteral("export"), QStringLiteral("presentation")}, exportPresentation, QT_TRANSLATE_NOOP("cli", "Write a signed presentation of your badges for an employer")},
        {{QStringLiteral("samples")}, samples, QT_TRANSLATE_NOOP("cli", "Add or remove the sample badges")},
        {{QStringLiteral("export"), QStringLiteral("files")}, exportFiles, QT_TRANSLATE_NOOP("cli", "Write chosen badges' original files and a manifest.json to a folder")},
        {{QStringLiteral("backup")}, backup, QT_TRANSLATE_NOOP("cli", "Back up the whole portfolio to one file")},
        {{QStringLiteral("restore")}, restore, QT_TRANSLATE_NOOP("cli", "Replace the portfolio with a backup (--yes to replace your data)")},
        {{QStringLiteral("export"), QStringLiteral("pdf")}, exportPdf, QT_TRANSLATE_NOOP("cli", "Write a PDF portfolio of your badges")},
    };
    return list;
}

void printUsage(QTextStream& stream)
{
    stream << "Credfolio " << CREDFOLIO_VERSION << "\n"
           << QCoreApplication::translate("cli", "Usage: credfolio-cli COMMAND [OPTIONS] [--db PATH] [--json]") << "\n\n"
           << QCoreApplication::translate("cli", "Commands:") << '\n';
    for (const Command& command : commands())
        stream << "  " << command.words.join(QLatin1Char(' ')).leftJustified(24) << QCoreApplication::translate("cli", command.summary)
               << '\n';
    stream << '\n' << QCoreApplication::translate("cli", "Run credfolio-cli COMMAND --help for a command's options.") << '\n';
    stream.flush();
}

} // namespace

int run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help") || arguments.first() == QLatin1String("-h")
        || arguments.first() == QLatin1String("help")) {
        printUsage(arguments.isEmpty() ? err : out);
        return arguments.isEmpty() ? BadInput : Success;
    }
    if (arguments.first() == QLatin1String("--version")) {
        out << "credfolio-cli " << CREDFOLIO_VERSION << '\n';
        out.flush();
        return Success;
    }
    // The longest command whose words start the arguments wins ("plan add" before "plan").
    const Command* best = nullptr;
    for (const Command& command : commands()) {
        if (arguments.size() >= command.words.size() && arguments.mid(0, command.words.size()) == command.words
            && (!best || command.words.size() > best->words.size()))
            best = &command;
    }
    if (!best) {
        err << "credfolio-cli: " << QCoreApplication::translate("cli", "unknown command \"%1\"").arg(arguments.join(QLatin1Char(' ')))
            << '\n';
        printUsage(err);
        return BadInput;
    }
    CliContext context(arguments.mid(best->words.size()), out, err);
    return best->run(context);
}

} // namespace credfolio::cli
