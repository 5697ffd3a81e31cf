// credfolio-cli import, badges list|show|reverify|export|delete, profile, collection, samples.
// The exact contract (names, flags, JSON fields, exit codes) is in docs/cli.md.

#include "Commands.h"
#include "VerifyCliOptions.h"

#include "portfolio/BadgeImporter.h"
#include "portfolio/BadgeStore.h"
#include "portfolio/BulkImport.h"
#include "portfolio/CredentialFacts.h"
#include "portfolio/LearnerProfile.h"
#include "portfolio/SampleBadges.h"
#include "portfolio/SigningIdentity.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace credfolio::cli {

namespace {

QString iso(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject recordJson(const BadgeRecord& r)
{
    return QJsonObject{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("credentialId"), r.credentialId},
        {QStringLiteral("name"), r.name},
        {QStringLiteral("issuer"), r.issuerName},
        {QStringLiteral("issuerId"), r.issuerId},
        {QStringLiteral("issued"), iso(r.issued)},
        {QStringLiteral("expires"), iso(r.expires)},
        {QStringLiteral("status"), r.verdict},
        {QStringLiteral("state"), badgeStateName(r.state)},
        {QStringLiteral("sha256"), r.sha256},
        {QStringLiteral("format"), r.format},
        {QStringLiteral("container"), r.container},
        {QStringLiteral("file"), r.fileName},
        {QStringLiteral("verifiedAt"), iso(r.verifiedAt)},
        {QStringLiteral("keptInvalid"), r.keptInvalid},
        {QStringLiteral("sample"), r.sample},
    };
}

// A badge named on the command line: its number, its credential id, or a unique prefix
// (8 characters or more) of its SHA-256.
qint64 findBadge(const BadgeStore& store, const QString& ref)
{
    bool numeric = false;
    const qint64 id = ref.toLongLong(&numeric);
    if (numeric && store.record(id))
        return id;
    if (const qint64 byCredential = store.findByCredentialId(ref))
        return byCredential;
    if (ref.size() >= 8) {
        qint64 found = 0;
        for (const QString& sha : store.allSha256()) {
            if (sha.startsWith(ref.toLower())) {
                if (found)
                    return 0;
                found = store.findBySha256(sha);
            }
        }
        return found;
    }
    return 0;
}

// Every reference, or false after saying which one is not in the portfolio.
bool findBadges(CliContext& ctx, const BadgeStore& store, const QStringList& refs, QList<qint64>* ids)
{
    for (const QString& ref : refs) {
        const qint64 id = findBadge(store, ref);
        if (!id) {
            ctx.fail(QCoreApplication::translate("cli", "there is no badge \"%1\" in the portfolio").arg(ref));
            return false;
        }
        ids->append(id);
    }
    return true;
}

QString outcomeLine(const ImportOutcome& o)
{
    QString line = QStringLiteral("%1  %2").arg(ImportOutcome::resultName(o.result).leftJustified(9), o.file);
    if (!o.verdict.isEmpty())
        line += QStringLiteral("  [%1]").arg(badgeStateLabel(o.state));
    if (o.id > 0)
        line += QStringLiteral("  #%1").arg(o.id);
    if (!o.name.isEmpty())
        line += QStringLiteral("  %1").arg(o.name);
    if (!o.message.isEmpty() && o.result != ImportOutcome::Result::Imported)
        line += QStringLiteral("\n           %1").arg(o.message);
    return line;
}

VerifyOptions withProfile(const Database& db, VerifyOptions options)
{
    if (const auto profile = LearnerProfile::load(db.connection())) {
        options.recipientIdentities = profile->identities();
        options.recipientMismatchFails = false;
    }
    return options;
}

} // namespace

int importBadges(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addOptions(VerifyCliOptions::options());
    parser.addOption({QStringLiteral("keep-invalid"),
        QCoreApplication::translate("cli", "Store badges that fail verification too, marked invalid.")});
    parser.addPositionalArgument(QStringLiteral("FILE|FOLDER"),
        QCoreApplication::translate("cli", "Badge files, or folders to import recursively."), QStringLiteral("FILE|FOLDER..."));
    const QString usage =
        QStringLiteral("credfolio-cli import [--keep-invalid] [--at TIME] [--resolve URL=FILE]... [--online] FILE|FOLDER...");
    if (!ctx.parse(parser, usage))
        return ctx.helpShown() ? Success : BadInput;
    if (parser.positionalArguments().isEmpty())
        return ctx.fail(QCoreApplication::translate("cli", "no badge file or folder given; usage: %1").arg(usage));
    VerifyCliOptions verifyCli;
    if (!verifyCli.read(ctx, parser))
        return BadInput;
    Database* db = ctx.database();
    if (!db)
        return BadInput;

    const QStringList files = expandImportPaths(parser.positionalArguments());
    BulkImport::Options options;
    options.import.verify = withProfile(*db, verifyCli.verifyOptions());
    options.import.keepInvalid = parser.isSet(QStringLiteral("keep-invalid"));
    const std::vector<ImportOutcome> outcomes = BulkImport::run(db->connection(), files, options);

    int counts[4] = {0, 0, 0, 0};
    for (const ImportOutcome& o : outcomes) {
        ++counts[int(o.result)];
        if (ctx.json()) {
            QJsonObject json{
                {QStringLiteral("file"), o.file},
                {QStringLiteral("result"), ImportOutcome::resultName(o.result)},
                {QStringLiteral("status"), o.result == ImportOutcome::Result::Error ? QStringLiteral("error") : o.verdict},
                {QStringLiteral("id"), o.id > 0 ? QJsonValue(o.id) : QJsonValue()},
            };
            if (o.result != ImportOutcome::Result::Error)
                json.insert(QStringLiteral("state"), badgeStateName(o.state));
            if (!o.name.isEmpty())
                json.insert(QStringLiteral("name"), o.name);
            if (!o.message.isEmpty())
                json.insert(QStringLiteral("message"), o.message);
            ctx.printJson(json);
        } else {
            ctx.out() << outcomeLine(o) << '\n';
        }
        if (o.result == ImportOutcome::Result::Error)
            ctx.err() << "credfolio-cli: " << o.file << ": " << o.message << '\n';
    }
    if (files.isEmpty())
        return ctx.fail(QCoreApplication::translate("cli", "the folders given hold no files"));
    if (!ctx.json()) {
        ctx.out() << QCoreApplication::translate(
            "cli", "%1 imported, %2 already in the portfolio, %3 refused, %4 not imported (errors)")
                         .arg(counts[0])
                         .arg(counts[1])
                         .arg(counts[2])
                         .arg(counts[3])
                  << '\n';
    }
    ctx.out().flush();
    ctx.err().flush();
    if (counts[int(ImportOutcome::Result::Error)] > 0)
        return BadInput;
    if (counts[int(ImportOutcome::Result::Refused)] > 0)
        return Failure;
    return Success;
}

int badgesList(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("search"), QCoreApplication::translate("cli", "Only badges matching these words."),
        QStringLiteral("WORDS")});
    parser.addOption({QStringLiteral("collection"), QCoreApplication::translate("cli", "Only badges in this collection."),
        QStringLiteral("NAME")});
    if (!ctx.parse(parser, QStringLiteral("credfolio-cli badges list [--json] [--search WORDS] [--collection NAME]")))
        return ctx.helpShown() ? Success : BadInput;
    Database* db = ctx.database();
    if (!db)
        return BadInput;
    const BadgeStore store(db->connection());
    BadgeQuery query;
    query.text = parser.value(QStringLiteral("search"));
    if (parser.isSet(QStringLiteral("collection"))) {
        const auto collection = store.collectionByName(parser.value(QStringLiteral("collection")));
        if (!collection)
            return ctx.fail(QCoreApplication::translate("cli", "there is no collection named \"%1\"")
                                .arg(parser.value(QStringLiteral("collection"))));
        query.collectionId = collection->id;
    }
    const std::vector<BadgeRecord> badges = store.list(query);
    if (ctx.json()) {
        QJsonArray array;
        for (const BadgeRecord& r : badges)
            array.append(recordJson(r));
        ctx.printJson(array);
        return Success;
    }
    if (badges.empty())
        ctx.out() << QCoreApplication::translate(
            "cli", "The portfolio holds no badges yet. Add some with: credfolio-cli import FILE|FOLDER...")
                  << '\n';
    for (const BadgeRecord& r : badges) {
        ctx.out() << QStringLiteral("#%1  %2  %3  %4%5")
                         .arg(r.id)
                         .arg(badgeStateLabel(r.state).leftJustified(13), r.name,
                             r.issuerName.isEmpty() ? QString() : QStringLiteral("(%1)").arg(r.issuerName),
                             r.sample ? QCoreApplication::translate("cli", "  [sample]") : QString())
                  << '\n';
    }
    ctx.out().flush();
    return Success;
}

int badgesShow(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("ID"), QCoreApplication::translate("cli", "The badge's number, credential id or SHA-256 prefix."));
    if (!ctx.parse(parser, QStringLiteral("credfolio-cli badges show [--json] ID")))
        return ctx.helpShown() ? Success : BadInput;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(QCoreApplication::translate("cli", "give one badge: credfolio-cli badges show ID"));
    Database* db = ctx.database();
    if (!db)
        return BadInput;
    const BadgeStore store(db->connection());
    const qint64 id = findBadge(store, parser.positionalArguments().first());
    if (!id)
        return ctx.fail(QCoreApplication::translate("cli", "there is no badge \"%1\" in the portfolio")
                            .arg(parser.positionalArguments().first()));
    const BadgeDetail d = store.detail(id).value();
    if (ctx.json()) {
        QJsonObject json = recordJson(d.record);
        json.insert(QStringLiteral("description"), d.record.description);
        json.insert(QStringLiteral("recipient"), d.record.recipient);
        json.insert(QStringLiteral("achievementId"), d.record.achievementId);
        json.insert(QStringLiteral("credential"), d.credential);
        json.insert(QStringLiteral("report"), d.report);
        QJsonArray skills;
        for (const BadgeSkill& s : d.skills)
            skills.append(QJsonObject{{QStringLiteral("label"), s.label}, {QStringLiteral("uri"), s.uri},
                {QStringLiteral("kind"), BadgeSkill::kindName(s.kind)}});
        json.insert(QStringLiteral("skills"), skills);
        json.insert(QStringLiteral("collections"), QJsonArray::fromStringList(d.collections));
        QJsonArray attachments;
        for (const BadgeAttachment& a : d.attachments)
            attachments.append(QJsonObject{{QStringLiteral("name"), a.fileName}, {QStringLiteral("mediaType"), a.mediaType},
                {QStringLiteral("size"), a.bytes.size()}});
        json.insert(QStringLiteral("attachments"), attachments);
        ctx.printJson(json);
        return Success;
    }
    const BadgeRecord& r = d.record;
    QTextStream& out = ctx.out();
    out << "#" << r.id << "  " << r.name << (r.sample ? QCoreApplication::translate("cli", "  [sample]") : QString()) << '\n';
    out << "  " << QCoreApplication::translate("cli", "Status: %1 (checked %2)").arg(badgeStateLabel(r.state), iso(r.verifiedAt))
        << '\n';
    if (!r.issuerName.isEmpty() || !r.issuerId.isEmpty())
        out << "  " << QCoreApplication::translate("cli", "Issuer: %1 %2").arg(r.issuerName, r.issuerId) << '\n';
    if (r.issued.isValid())
        out << "  " << QCoreApplication::translate("cli", "Issued: %1").arg(iso(r.issued)) << '\n';
    if (r.expires.isValid())
        out << "  " << QCoreApplication::translate("cli", "Expires: %1").arg(iso(r.expires)) << '\n';
    if (!r.recipient.isEmpty())
        out << "  " << QCoreApplication::translate("cli", "Recipient: %1").arg(r.recipient) << '\n';
    if (!r.description.isEmpty())
        out << "  " << r.description << '\n';
    const QString criteria = CredentialFacts::criteria(d.credential);
    if (!criteria.isEmpty())
        out << "  " << QCoreApplication::translate("cli", "Criteria: %1").arg(criteria) << '\n';
    QStringList skillLabels;
    for (const BadgeSkill& s : d.skills)
        skillLabels.append(s.label);
    if (!skillLabels.isEmpty())
        out << "  " << QCoreApplication::translate("cli", "Skills: %1").arg(skillLabels.join(QStringLiteral(", "))) << '\n';
    if (!d.collections.isEmpty())
        out << "  " << QCoreApplication::translate("cli", "Collections: %1").arg(d.collections.join(QStringLiteral(", ")))
            << '\n';
    out << "  " << QCoreApplication::translate("cli", "Checks:") << '\n';
    for (const QJsonValue& v : d.report.value(QLatin1String("checks")).toArray()) {
        const QJsonObject c = v.toObject();
        out << "    [" << c.value(QLatin1String("status")).toString() << "] " << c.value(QLatin1String("id")).toString() << ": "
            << c.value(QLatin1String("message")).toString() << '\n';
    }
    out.flush();
    return Success;
}

int badgesReverify(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addOptions(VerifyCliOptions::options());
    parser.addPositionalArgument(QStringLiteral("ID"),
        QCoreApplication::translate("cli", "Badges to verify again (default: all)."), QStringLiteral("[ID...]"));
    if (!ctx.parse(parser,
            QStringLiteral("credfolio-cli badges reverify [--json] [--at TIME] [--resolve URL=FILE]... [--online] [ID...]")))
        return ctx.helpShown() ? Success : BadInput;
    VerifyCliOptions verifyCli;
    if (!verifyCli.read(ctx, parser))
        return BadInput;
    Database* db = ctx.database();
    if (!db)
        return BadInput;
    BadgeStore store(db->connection());
    QList<qint64> ids;
    if (!findBadges(ctx, store, parser.positionalArguments(), &ids))
        return BadInput;
    if (parser.positionalArguments().isEmpty()) {
        for (const BadgeRecord& r : store.list())
            ids.append(r.id);
    }
    BadgeImporter importer(db->connection());
    const VerifyOptions options = withProfile(*db, verifyCli.verifyOptions());
    bool anyInvalid = false;
    bool anyIndeterminate = false;
    bool anyError = false;
    for (qint64 id : ids) {
        const Result<BadgeRecord> r = importer.reverify(id, options);
        if (!r) {
            anyError = true;
            ctx.fail(QCoreApplication::translate("cli", "#%1: %2").arg(id).arg(r.error()));
            continue;
        }
        anyInvalid = anyInvalid || r->verdict == QLatin1String("invalid");
        anyIndeterminate = anyIndeterminate || r->verdict == QLatin1String("indeterminate");
        if (ctx.json())
            ctx.printJson(recordJson(r.value()));
        else
            ctx.out() << QStringLiteral("#%1  %2  %3").arg(r->id).arg(badgeStateLabel(r->state).leftJustified(13), r->name)
                      << '\n';
    }
    ctx.out().flush();
    if (anyError)
        return BadInput;
    if (anyInvalid)
        return Failure;
    return anyIndeterminate ? Indeterminate : Success;
}

int badgesExport(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), QCoreApplication::translate("cli", "The badge."));
    parser.addPositionalArgument(QStringLiteral("OUT"), QCoreApplication::translate("cli", "Where to write its original file."));
    if (!ctx.parse(parser, QStringLiteral("credfolio-cli badges export ID OUT")))
        return ctx.helpShown() ? Success : BadInput;
    if (parser.positionalArguments().size() != 2)
        return ctx.fail(QCoreApplication::translate("cli", "give a badge and a file: credfolio-cli badges export ID OUT"));
    Database* db = ctx.database();
    if (!db)
        return BadInput;
    const BadgeStore store(db->connection());
    const qint64 id = findBadge(store, parser.positionalArguments().at(0));
    if (!id)
        return ctx.fail(QCoreApplication::translate("cli", "there is no badge \"%1\" in the portfolio")
                            .arg(parser.positionalArguments().at(0)));
    const QString out = parser.positionalArguments().at(1);
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(store.original(id)) < 0 || !file.commit())
        return ctx.fail(QCoreApplication::translate("cli", "cannot write %1: %2").arg(out, file.errorString()));
    if (ctx.json())
        ctx.printJson(QJsonObject{
            {QStringLiteral("id"), id}, {QStringLiteral("file"), out}, {QStringLiteral("sha256"), store.record(id)->sha256}});
    return Success;
}

int badgesDelete(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("ID"), QCoreApplication::translate("cli", "Badges to delete."), QStringLiteral("ID..."));
    if (!ctx.parse(parser, QStringLiteral("credfolio-cli badges delete ID...")))
        return ctx.helpShown() ? Success : BadInput;
    if (parser.positionalArguments().isEmpty())
        return ctx.fail(QCoreApplication::translate("cli", "give the badges to delete: credfolio-cli badges delete ID..."));
    Database* db = ctx.database();
    if (!db)
        return BadInput;
    BadgeStore store(db->connection());
    QList<qint64> ids;
    if (!findBadges(ctx, store, parser.positionalArguments(), &ids))
        return BadInput;
    for (qint64 id : ids) {
        if (const auto removed = store.remove(id); !removed)
            return ctx.fail(removed.error(), Failure);
    }
    return Success;
}

int profile(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("name"), QCoreApplication::translate("cli", "Your name."), QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("headline"), QCoreApplication::translate("cli", "One line about you."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("email"),
        QCoreApplication::translate("cli", "An email address you receive badges at (repeatable; replaces the list)."),
        QStringLiteral("EMAIL")});
    parser.addOption({QStringLiteral("url"),
        QCoreApplication::translate("cli", "A URL you receive badges under (repeatable; replaces the list)."),
        QStringLiteral("URL")});
    if (!ctx.parse(parser,
            QStringLiteral("credfolio-cli profile [--json] [--name NAME] [--headline TEXT] [--email EMAIL]... [--url URL]...")))
        return ctx.helpShown() ? Success : BadInput;
    Database* db = ctx.database();
    if (!db)
        return BadInput;
    auto loaded = LearnerProfile::load(db->connection());
    if (!loaded)
        return ctx.fail(loaded.error(), Failure);
    LearnerProfile p = loaded.value();
    const bool change = parser.isSet(QStringLiteral("name")) || parser.isSet(QStringLiteral("headline"))
        || parser.isSet(QStringLiteral("email")) || parser.isSet(QStringLiteral("url"));
    if (parser.isSet(QStringLiteral("name")))
        p.name = parser.value(QStringLiteral("name"));
    if (parser.isSet(QStringLiteral("headline")))
        p.headline = parser.value(QStringLiteral("headline"));
    if (parser.isSet(QStringLiteral("email")))
        p.emails = parser.values(QStringLiteral("email"));
    if (parser.isSet(QStringLiteral("url")))
        p.urls = parser.values(QStringLiteral("url"));
    if (change) {
        if (Status s = p.save(db->connection()); !s)
            return ctx.fail(s.error());
    }
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("name"), p.name}, {QStringLiteral("headline"), p.headline},
            {QStringLiteral("emails"), QJsonArray::fromStringList(p.emails)},
            {QStringLiteral("urls"), QJsonArray::fromStringList(p.urls)}});
    } else {
        ctx.out() << QCoreApplication::translate("cli", "Name: %1").arg(p.name) << '\n'
                  << QCoreApplication::translate("cli", "Headline: %1").arg(p.headline) << '\n'
                  << QCoreApplication::translate("cli", "Emails: %1").arg(p.emails.join(QStringLiteral(", "))) << '\n'
                  << QCoreApplication::translate("cli", "URLs: %1").arg(p.urls.join(QStringLiteral(", "))) << '\n';
        ctx.out().flush();
    }
    return Success;
}

int collection(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ACTION"),
        QCoreApplication::translate("cli", "list, create NAME, add NAME ID..., remove NAME ID..., delete NAME"));
    if (!ctx.parse(parser,
            QStringLiteral("credfolio-cli collection [list | create NAME | add NAME ID... | remove NAME ID... | delete NAME]")))
        return ctx.helpShown() ? Success : BadInput;
    Database* db = ctx.database();
    if (!db)
        return BadInput;
    BadgeStore store(db->connection());
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0, QStringLiteral("list"));
    if (action == QLatin1String("list")) {
        QJsonArray array;
        for (const Collection& c : store.collections()) {
            if (ctx.json())
                array.append(QJsonObject{
                    {QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.name}, {QStringLiteral("badges"), c.badgeCount}});
            else
                ctx.out() << c.name << "  (" << c.badgeCount << ")\n";
        }
        if (ctx.json())
            ctx.printJson(array);
        ctx.out().flush();
        return Success;
    }
    if (args.size() < 2)
        return ctx.fail(QCoreApplication::translate("cli", "name the collection: credfolio-cli collection %1 NAME").arg(action));
    if (action == QLatin1String("create")) {
        const Result<qint64> id = store.createCollection(args.at(1));
        return id ? Success : ctx.fail(id.error());
    }
    const auto c = store.collectionByName(args.at(1));
    if (!c)
        return ctx.fail(QCoreApplication::translate("cli", "there is no collection named \"%1\"").arg(args.at(1)));
    if (action == QLatin1String("delete")) {
        const Status s = store.removeCollection(c->id);
        return s ? Success : ctx.fail(s.error(), Failure);
    }
    if (action != QLatin1String("add") && action != QLatin1String("remove"))
        return ctx.fail(QCoreApplication::translate("cli", "unknown collection action \"%1\"").arg(action));
    QList<qint64> ids;
    if (!findBadges(ctx, store, args.mid(2), &ids))
        return BadInput;
    if (ids.isEmpty())
        return ctx.fail(QCoreApplication::translate("cli", "name the badges to %1").arg(action));
    const Status s = action == QLatin1String("add") ? store.addToCollection(c->id, ids) : store.removeFromCollection(c->id, ids);
    return s ? Success : ctx.fail(s.error(), Failure);
}

int samples(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ACTION"), QCoreApplication::translate("cli", "add or remove the sample badges"));
    if (!ctx.parse(parser, QStringLiteral("credfolio-cli samples add|remove")))
        return ctx.helpShown() ? Success : BadInput;
    const QString action = parser.positionalArguments().value(0);
    if (action != QLatin1String("add") && action != QLatin1String("remove"))
        return ctx.fail(QCoreApplication::translate("cli", "say add or remove: credfolio-cli samples add|remove"));
    Database* db = ctx.database();
    if (!db)
        return BadInput;
    const Result<int> n =
        action == QLatin1String("add") ? SampleBadges::install(db->connection()) : SampleBadges::remove(db->connection());
    if (!n)
        return ctx.fail(n.error(), Failure);
    ctx.out() << (action == QLatin1String("add") ? QCoreApplication::translate("cli", "%1 sample badges added.")
                                                 : QCoreApplication::translate("cli", "%1 sample badges removed."))
                     .arg(n.value())
              << '\n';
    ctx.out().flush();
    return Success;
}

} // namespace credfolio::cli

namespace credfolio::cli {

int key(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ACTION"), QCoreApplication::translate("cli", "show (default) or create"));
    parser.addOption({QStringLiteral("passphrase-file"),
        QCoreApplication::translate(
            "cli", "Where no keychain answers: keep the key in a file sealed with the passphrase read from FILE."),
        QStringLiteral("FILE")});
    if (!ctx.parse(parser, QStringLiteral("credfolio-cli key [show | create [--passphrase-file FILE]] [--json]")))
        return ctx.helpShown() ? Success : BadInput;
    const QString action = parser.positionalArguments().value(0, QStringLiteral("show"));
    if (action != QLatin1String("show") && action != QLatin1String("create"))
        return ctx.fail(QCoreApplication::translate("cli", "say show or create: credfolio-cli key [show | create]"));
    Database* db = ctx.database();
    if (!db)
        return BadInput;
    SigningIdentity identity(db->connection());
    const auto storeName = [](std::optional<LearnerKeys::Store> s) {
        return !s                                ? QString()
            : *s == LearnerKeys::Store::Keychain ? QStringLiteral("keychain")
                                                 : QStringLiteral("passphrase-file");
    };
    bool created = false;
    if (action == QLatin1String("create")) {
        QString passphrase;
        if (!ctx.readPassphraseFile(parser, &passphrase))
            return BadInput;
        LearnerKeys::Loaded loaded = identity.obtain(passphrase);
        if (!loaded && loaded.failure() == LearnerKeys::Failure::KeychainUnavailable && !passphrase.isEmpty())
            loaded = identity.obtain(passphrase, LearnerKeys::Store::PassphraseFile);
        if (!loaded) {
            QString message = loaded.error();
            if (loaded.failure() == LearnerKeys::Failure::KeychainUnavailable)
                message += QLatin1Char(' ')
                    + QCoreApplication::translate(
                        "cli", "Give --passphrase-file FILE to keep the key in a passphrase-protected file instead.");
            return ctx.fail(message, Failure);
        }
        created = loaded.created();
    }
    const QString did = identity.did();
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("did"), did.isEmpty() ? QJsonValue() : QJsonValue(did)},
            {QStringLiteral("store"), storeName(identity.store())}, {QStringLiteral("created"), created}});
    } else if (did.isEmpty()) {
        ctx.out() << QCoreApplication::translate("cli", "No signing key yet. Create one with: credfolio-cli key create") << '\n';
    } else {
        ctx.out() << (created ? QCoreApplication::translate("cli", "Created your signing key.") + QLatin1Char('\n') : QString())
                  << QCoreApplication::translate("cli", "Signing key: %1").arg(did) << '\n'
                  << QCoreApplication::translate("cli", "Kept in: %1").arg(storeName(identity.store())) << '\n';
    }
    ctx.out().flush();
    return Success;
}

} // namespace credfolio::cli
