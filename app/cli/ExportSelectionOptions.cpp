#include "ExportSelectionOptions.h"

#include <QCoreApplication>

namespace credfolio::cli {

QList<QCommandLineOption> ExportSelectionOptions::options()
{
    return {
        QCommandLineOption(QStringLiteral("collection"),
            QCoreApplication::translate("cli", "Export the badges of the collection NAME."), QStringLiteral("NAME")),
        QCommandLineOption(QStringLiteral("badge"),
            QCoreApplication::translate("cli", "Export the badge with this id (repeat for more)."), QStringLiteral("ID")),
    };
}

bool ExportSelectionOptions::read(CliContext& ctx, const QCommandLineParser& parser)
{
    m_selection = {};
    m_selection.collection = parser.value(QStringLiteral("collection"));
    for (const QString& text : parser.values(QStringLiteral("badge"))) {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (!ok || id <= 0) {
            ctx.fail(QCoreApplication::translate("cli", "--badge takes a badge id (a positive number), not \"%1\".").arg(text));
            return false;
        }
        m_selection.badgeIds.append(id);
    }
    if (parser.isSet(QStringLiteral("collection")) && m_selection.collection.isEmpty()) {
        ctx.fail(QCoreApplication::translate("cli", "--collection needs a collection name."));
        return false;
    }
    if (!m_selection.collection.isEmpty() && !m_selection.badgeIds.isEmpty()) {
        ctx.fail(QCoreApplication::translate("cli", "Give either --collection or --badge, not both."));
        return false;
    }
    return true;
}

} // namespace credfolio::cli
