#include "Commands.h"
#include "VerifyCliOptions.h"

#include "badge/CredentialSummary.h"
#include "verify/Resolver.h"
#include "verify/Verifier.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include <memory>

namespace credfolio::cli {

namespace {

void printHuman(CliContext& ctx, const QString& file, const VerificationReport& report, int indent = 0)
{
    const QString pad(indent, QLatin1Char(' '));
    const CredentialSummary& c = report.credential;
    ctx.out() << pad << file << ": " << verdictName(report.verdict()) << " (" << report.format;
    if (!report.container.isEmpty())
        ctx.out() << ", " << report.container;
    ctx.out() << ")\n";
    if (!c.achievementName.isEmpty())
        ctx.out() << pad << "  " << QCoreApplication::translate("cli", "Achievement: %1").arg(c.achievementName) << '\n';
    if (!c.issuerId.isEmpty())
        ctx.out() << pad << "  " << QCoreApplication::translate("cli", "Issuer: %1 (%2)").arg(c.issuerName, c.issuerId) << '\n';
    if (!c.recipient.isEmpty())
        ctx.out() << pad << "  " << QCoreApplication::translate("cli", "Recipient: %1").arg(c.recipient) << '\n';
    for (const VerificationCheck& check : report.checks)
        ctx.out() << pad << "  [" << checkStatusName(check.status) << "] " << check.id << ": " << check.message << '\n';
    for (const VerificationReport& inner : report.embedded)
        printHuman(ctx, inner.credential.id, inner, indent + 4);
}

} // namespace

int verify(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addOptions(VerifyCliOptions::options());
    parser.addOption({QStringLiteral("challenge"),
        QCoreApplication::translate("cli", "For a presentation: the challenge it must answer."), QStringLiteral("C")});
    parser.addOption({QStringLiteral("domain"),
        QCoreApplication::translate("cli", "For a presentation: the domain it must be made for."), QStringLiteral("D")});
    parser.addPositionalArgument(
        QStringLiteral("FILE"), QCoreApplication::translate("cli", "Badge files to verify."), QStringLiteral("FILE..."));
    const QString usage =
        QStringLiteral("credfolio-cli verify [--json] [--at ISO-8601-TIME] [--resolve URL=FILE]... [--online] [--challenge C] [--domain D] FILE...");
    if (!ctx.parse(parser, usage))
        return ctx.helpShown() ? Success : BadInput;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return ctx.fail(QCoreApplication::translate("cli", "no badge file given; usage: %1").arg(usage));

    VerifyCliOptions verifyCli;
    if (!verifyCli.read(ctx, parser))
        return BadInput;
    verifyCli.verifyOptions().challenge = parser.value(QStringLiteral("challenge"));
    verifyCli.verifyOptions().domain = parser.value(QStringLiteral("domain"));
    const VerifyOptions& verifyOptions = verifyCli.verifyOptions();

    bool anyError = false;
    bool anyInvalid = false;
    bool anyIndeterminate = false;
    for (const QString& path : files) {
        VerificationReport report;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            report.error = QCoreApplication::translate("cli", "cannot read the file: %1").arg(file.errorString());
        } else {
            // BadgeContainer refuses files over its limit; read one byte more so it can tell.
            constexpr qint64 limit = 16LL * 1024 * 1024 + 1;
            report = Verifier::verifyFile(file.read(std::min(limit, file.size() + 1)), verifyOptions);
        }
        if (report.isError()) {
            anyError = true;
            ctx.fail(QCoreApplication::translate("cli", "%1: %2").arg(path, report.error));
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
