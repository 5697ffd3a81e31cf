// credfolio-cli export presentation: the learner's chosen credentials in a W3C Verifiable
// Presentation signed with their key (docs/cli.md, docs/export.md).

#include "Commands.h"
#include "ExportSelectionOptions.h"

#include "export/PresentationBuilder.h"
#include "portfolio/BadgeStore.h"
#include "portfolio/SigningIdentity.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace credfolio::cli {

int exportPresentation(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("OUT"),
        QCoreApplication::translate("cli", "Where to write the presentation (JSON)."), QStringLiteral("OUT.json"));
    parser.addOptions(ExportSelectionOptions::options());
    parser.addOption({QStringLiteral("challenge"),
        QCoreApplication::translate("cli", "The challenge the employer gave you, repeated in the signature."),
        QStringLiteral("C")});
    parser.addOption({QStringLiteral("domain"),
        QCoreApplication::translate("cli", "The domain the employer gave you, repeated in the signature."), QStringLiteral("D")});
    parser.addOption({QStringLiteral("passphrase-file"),
        QCoreApplication::translate("cli", "Where no keychain answers: your signing key's passphrase, read from FILE."),
        QStringLiteral("FILE")});
    const QString usage = QStringLiteral(
        "credfolio-cli export presentation OUT.json [--collection NAME | --badge ID...] [--challenge C] [--domain D] "
        "[--passphrase-file FILE]");
    if (!ctx.parse(parser, usage))
        return ctx.helpShown() ? Success : BadInput;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(QCoreApplication::translate("cli", "give one output file; usage: %1").arg(usage));
    const QString outPath = parser.positionalArguments().first();
    ExportSelectionOptions selectionOptions;
    if (!selectionOptions.read(ctx, parser))
        return BadInput;
    QString passphrase;
    if (!ctx.readPassphraseFile(parser, &passphrase))
        return BadInput;
    Database* db = ctx.database();
    if (!db)
        return BadInput;
    const BadgeStore store(db->connection());
    const auto badges = resolveSelection(store, selectionOptions.selection());
    if (!badges)
        return ctx.fail(badges.error());

    SigningIdentity identity(db->connection());
    LearnerKeys::Loaded key = identity.obtain(passphrase);
    if (!key && key.failure() == LearnerKeys::Failure::KeychainUnavailable && !passphrase.isEmpty())
        key = identity.obtain(passphrase, LearnerKeys::Store::PassphraseFile);
    if (!key) {
        QString message = key.error();
        if (key.failure() == LearnerKeys::Failure::KeychainUnavailable
            || (identity.store() == LearnerKeys::Store::PassphraseFile && passphrase.isEmpty()))
            message += QLatin1Char(' ')
                + QCoreApplication::translate("cli", "Give --passphrase-file FILE with your signing key's passphrase.");
        return ctx.fail(message, Failure);
    }

    PresentationBuilder builder(key.value());
    if (Status s = builder.addAll(store, badges.value()); !s)
        return ctx.fail(s.error(), Failure);
    PresentationOptions options;
    options.challenge = parser.value(QStringLiteral("challenge"));
    options.domain = parser.value(QStringLiteral("domain"));
    const auto presentation = builder.build(options);
    if (!presentation)
        return ctx.fail(presentation.error(), Failure);

    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(presentation->json) != presentation->json.size() || !out.commit())
        return ctx.fail(QCoreApplication::translate("cli", "cannot write %1: %2").arg(outPath, out.errorString()), Failure);

    if (ctx.json()) {
        QJsonArray list;
        for (const PresentedBadge& b : presentation->badges) {
            QJsonObject item{{QStringLiteral("id"), b.id}, {QStringLiteral("name"), b.name},
                {QStringLiteral("form"), PresentedBadge::formName(b.form)}};
            if (b.form == PresentedBadge::Form::Skipped)
                item.insert(QStringLiteral("reason"), b.reason);
            list.append(item);
        }
        ctx.printJson(QJsonObject{{QStringLiteral("file"), outPath}, {QStringLiteral("holder"), presentation->holder},
            {QStringLiteral("credentials"), presentation->carried()}, {QStringLiteral("badges"), list},
            {QStringLiteral("challenge"), options.challenge.isEmpty() ? QJsonValue() : QJsonValue(options.challenge)},
            {QStringLiteral("domain"), options.domain.isEmpty() ? QJsonValue() : QJsonValue(options.domain)}});
    } else {
        ctx.out() << QCoreApplication::translate(
            "cli", "Wrote %1: %n credential(s) signed by %2", nullptr, presentation->carried())
                         .arg(outPath, presentation->holder)
                  << '\n';
        for (const PresentedBadge& b : presentation->badges) {
            if (b.form == PresentedBadge::Form::Skipped)
                ctx.out()
                    << QCoreApplication::translate("cli", "Left out %1 (%2): %3").arg(QString::number(b.id), b.name, b.reason)
                    << '\n';
        }
    }
    ctx.out().flush();
    return Success;
}

} // namespace credfolio::cli
