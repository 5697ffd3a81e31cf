#include "VerifyCliOptions.h"

#include "badge/CredentialSummary.h"
#include "net/NetworkResolver.h"
#include "verify/ChainedResolver.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace credfolio::cli {

namespace {

// "URL=FILE": URLs may hold '=' in their query, so the split is at the first '=' whose
// right-hand side names an existing file, else at the first '='.
bool splitResolve(const QString& spec, QString* url, QString* file)
{
    qsizetype chosen = -1;
    for (qsizetype at = spec.indexOf(QLatin1Char('=')); at >= 0; at = spec.indexOf(QLatin1Char('='), at + 1)) {
        if (chosen < 0)
            chosen = at;
        if (QFileInfo(spec.mid(at + 1)).isFile()) {
            chosen = at;
            break;
        }
    }
    if (chosen <= 0 || chosen == spec.size() - 1)
        return false;
    *url = spec.left(chosen);
    *file = spec.mid(chosen + 1);
    return true;
}
} // namespace

QList<QCommandLineOption> VerifyCliOptions::options()
{
    return {
        {QStringLiteral("at"), QCoreApplication::translate("cli", "Judge validity at this time (ISO 8601; default: now)."),
            QStringLiteral("ISO-8601-TIME")},
        {QStringLiteral("resolve"),
            QCoreApplication::translate("cli", "Serve the document at URL from a local FILE (repeatable)."),
            QStringLiteral("URL=FILE")},
        {QStringLiteral("online"),
            QCoreApplication::translate(
                "cli", "Allow online checks: documents not given with --resolve are fetched over HTTPS.")},
    };
}

bool VerifyCliOptions::read(CliContext& ctx, const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("at"))) {
        const QString at = parser.value(QStringLiteral("at"));
        QDateTime when = parseCredentialDateTime(at);
        if (!when.isValid())
            when = QDateTime::fromString(at, Qt::ISODate);
        if (!when.isValid()) {
            ctx.fail(QCoreApplication::translate(
                "cli", "--at needs an ISO 8601 date and time such as 2024-06-01T12:00:00Z, not \"%1\"")
                         .arg(at));
            return false;
        }
        m_options.at = when.toUTC();
    }
    for (const QString& spec : parser.values(QStringLiteral("resolve"))) {
        QString url;
        QString file;
        if (!splitResolve(spec, &url, &file)) {
            ctx.fail(QCoreApplication::translate("cli", "--resolve needs URL=FILE, not \"%1\"").arg(spec));
            return false;
        }
        if (!QFileInfo(file).isFile()) {
            ctx.fail(QCoreApplication::translate("cli", "--resolve %1: no such file \"%2\"").arg(url, file));
            return false;
        }
        m_resolver.addFile(url, file);
    }
    // Offline unless asked: then the --resolve copies come first and the rest is fetched.
    m_options.online = parser.isSet(QStringLiteral("online"));
    if (m_options.online) {
        m_network = std::make_unique<NetworkResolver>();
        m_chained = std::make_unique<ChainedResolver>(&m_resolver, m_network.get());
        m_options.resolver = m_chained.get();
    } else {
        m_options.resolver = &m_resolver;
    }
    return true;
}

} // namespace credfolio::cli
