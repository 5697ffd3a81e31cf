#include "Commands.h"

#include "badge/CredentialSummary.h"
#include "net/NetworkResolver.h"
#include "verify/ChainedResolver.h"
#include "verify/Resolver.h"
#include "verify/Verifier.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include <memory>

namespace credfolio::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cli", text);
}

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

void printHuman(CliContext& ctx, const QString& file, const VerificationReport& report, int indent = 0)
{
    const QString pad(indent, QLatin1Char(' '));
    const CredentialSummary& c = report.credential;
    ctx.out() << pad << file << ": " << verdictName(report.verdict()) << " (" << report.format;
    if (!report.container.isEmpty())
        ctx.out() << ", " << report.container;
    ctx.out() << ")\n";
    if (!c.achievementName.isEmpty())
        ctx.out() << pad << "  " << tr("Achievement: %1").arg(c.achievementName) << '\n';
    if (!c.issuerId.isEmpty())
        ctx.out() << pad << "  " << tr("Issuer: %1 (%2)").arg(c.issuerName, c.issuerId) << '\n';
    if (!c.recipient.isEmpty())
        ctx.out() << pad << "  " << tr("Recipient: %1").arg(c.recipient) << '\n';
    for (const VerificationCheck& check : report.checks)
        ctx.out() << pad << "  [" << checkStatusName(check.status) << "] " << check.id << ": " << check.message << '\n';
    for (const VerificationReport& inner : report.embedded)
        printHuman(ctx, inner.credential.id, inner, indent + 4);
}

} // namespace

int verify(CliContext& ctx)
{
    QCommandLineParser parser;
    const QList<QCommandLineOption> options{
        {QStringLiteral("at"), tr("Judge validity at this time (ISO 8601; default: now)."), QStringLiteral("ISO-8601-TIME")},
        {QStringLiteral("resolve"), tr("Serve the document at URL from a local FILE (repeatable)."), QStringLiteral("URL=FILE")},
        {QStringLiteral("online"), tr("Allow online checks: documents not given with --resolve are fetched over HTTPS.")},
    };
    parser.addOptions(options);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Badge files to verify."), QStringLiteral("FILE..."));
    const QString usage =
        QStringLiteral("credfolio-cli verify [--json] [--at ISO-8601-TIME] [--resolve URL=FILE]... [--online] FILE...");
    if (!ctx.parse(parser, usage))
        return ctx.helpShown() ? Success : BadInput;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return ctx.fail(tr("no badge file given; usage: %1").arg(usage));

    VerifyOptions verifyOptions;
    if (parser.isSet(QStringLiteral("at"))) {
        const QString at = parser.value(QStringLiteral("at"));
        QDateTime when = parseCredentialDateTime(at);
        if (!when.isValid())
            when = QDateTime::fromString(at, Qt::ISODate);
        if (!when.isValid())
            return ctx.fail(tr("--at needs an ISO 8601 date and time such as 2024-06-01T12:00:00Z, not \"%1\"").arg(at));
        verifyOptions.at = when.toUTC();
    }
    OfflineResolver resolver;
    for (const QString& spec : parser.values(QStringLiteral("resolve"))) {
        QString url;
        QString file;
        if (!splitResolve(spec, &url, &file))
            return ctx.fail(tr("--resolve needs URL=FILE, not \"%1\"").arg(spec));
        if (!QFileInfo(file).isFile())
            return ctx.fail(tr("--resolve %1: no such file \"%2\"").arg(url, file));
        resolver.addFile(url, file);
    }
    // Offline unless asked: then the --resolve copies come first and the rest is fetched.
    verifyOptions.online = parser.isSet(QStringLiteral("online"));
    std::unique_ptr<NetworkResolver> network;
    std::unique_ptr<ChainedResolver> chained;
    if (verifyOptions.online) {
        network = std::make_unique<NetworkResolver>();
        chained = std::make_unique<ChainedResolver>(&resolver, network.get());
        verifyOptions.resolver = chained.get();
    } else {
        verifyOptions.resolver = &resolver;
    }

    bool anyError = false;
    bool anyInvalid = false;
    bool anyIndeterminate = false;
    for (const QString& path : files) {
        VerificationReport report;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            report.error = tr("cannot read the file: %1").arg(file.errorString());
        } else {
            // BadgeContainer refuses files over its limit; read one byte more so it can tell.
            constexpr qint64 limit = 16LL * 1024 * 1024 + 1;
            report = Verifier::verifyFile(file.read(limit), verifyOptions);
        }
        if (report.isError()) {
            anyError = true;
            ctx.fail(tr("%1: %2").arg(path, report.error));
        } else {
            anyInvalid = anyInvalid || report.verdict() == Verdict::Invalid;
            anyIndeterminate = anyIndeterminate || report.verdict() == Verdict::Indeterminate;
        }
        if (ctx.json()) {
            QJsonObject json = report.toJson();
            json.insert(QStringLiteral("file"), path);
            ctx.printJson(json);
        } else if (!report.isError()) {
            printHuman(ctx, path, report);
        }
    }
    ctx.out().flush();
    // An error means the run could not do what was asked, whatever the other files gave.
    if (anyError)
        return BadInput;
    if (anyInvalid)
        return Failure;
    return anyIndeterminate ? Indeterminate : Success;
}

} // namespace credfolio::cli
