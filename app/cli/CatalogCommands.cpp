#include "Commands.h"

#include "JsonViews.h"
#include "catalog/CatalogImporter.h"
#include "catalog/CatalogStore.h"
#include "catalog/CourseSearch.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace credfolio::cli {

namespace {

std::optional<double> numberOption(CliContext& ctx, const QCommandLineParser& parser, const QString& name, bool* ok)
{
    if (!parser.isSet(name))
        return std::nullopt;
    bool parsed = false;
    const double value = parser.value(name).toDouble(&parsed);
    if (!parsed || value < 0) {
        ctx.fail(
            QCoreApplication::translate("cli", "--%1 needs a number of 0 or more, not \"%2\"").arg(name, parser.value(name)));
        *ok = false;
    }
    return value;
}

} // namespace

int catalogSearch(CliContext& ctx)
{
    QCommandLineParser parser;
    const QList<QCommandLineOption> options{
        {QStringLiteral("provider"), QCoreApplication::translate("cli", "Only courses from this provider (id or name)."),
            QStringLiteral("P")},
        {QStringLiteral("skill"), QCoreApplication::translate("cli", "Only courses teaching this skill (id or label)."),
            QStringLiteral("S")},
        {QStringLiteral("level"), QCoreApplication::translate("cli", "beginner, intermediate or advanced."), QStringLiteral("L")},
        {QStringLiteral("language"), QCoreApplication::translate("cli", "Only courses in this language (e.g. en, de)."),
            QStringLiteral("L")},
        {QStringLiteral("delivery"), QCoreApplication::translate("cli", "self-paced, instructor-led, blended or in-person."),
            QStringLiteral("MODE")},
        {QStringLiteral("max-hours"), QCoreApplication::translate("cli", "At most N hours long."), QStringLiteral("N")},
        {QStringLiteral("max-cost"), QCoreApplication::translate("cli", "Costing at most N."), QStringLiteral("N")},
        {QStringLiteral("free"), QCoreApplication::translate("cli", "Only free courses.")},
        {QStringLiteral("sort"), QCoreApplication::translate("cli", "relevance, title, duration or cost."),
            QStringLiteral("ORDER")},
        {QStringLiteral("limit"), QCoreApplication::translate("cli", "Show at most N courses."), QStringLiteral("N")},
    };
    parser.addOptions(options);
    parser.addPositionalArgument(QStringLiteral("QUERY"),
        QCoreApplication::translate("cli", "Words to search for (prefixes match)."), QStringLiteral("[QUERY]"));
    if (!ctx.parse(parser,
            QStringLiteral("credfolio-cli catalog search [QUERY] [--provider P] [--skill S] [--level L] "
                           "[--language L] [--max-hours N] [--max-cost N] [--free] [--json]")))
        return ctx.helpShown() ? Success : BadInput;

    CourseQuery query;
    query.text = parser.positionalArguments().join(QLatin1Char(' '));
    query.provider = parser.value(QStringLiteral("provider"));
    query.skill = parser.value(QStringLiteral("skill"));
    query.level = parser.value(QStringLiteral("level")).toLower();
    if (!query.level.isEmpty() && !catalog::levels().contains(query.level))
        return ctx.fail(
            QCoreApplication::translate("cli", "--level must be one of: %1").arg(catalog::levels().join(QStringLiteral(", "))));
    query.language = parser.value(QStringLiteral("language"));
    query.delivery = parser.value(QStringLiteral("delivery")).toLower();
    if (!query.delivery.isEmpty() && !catalog::deliveryModes().contains(query.delivery))
        return ctx.fail(QCoreApplication::translate("cli", "--delivery must be one of: %1")
                            .arg(catalog::deliveryModes().join(QStringLiteral(", "))));
    bool ok = true;
    query.maxHours = numberOption(ctx, parser, QStringLiteral("max-hours"), &ok);
    query.maxCost = numberOption(ctx, parser, QStringLiteral("max-cost"), &ok);
    if (auto limit = numberOption(ctx, parser, QStringLiteral("limit"), &ok))
        query.limit = int(*limit);
    if (!ok)
        return BadInput;
    query.freeOnly = parser.isSet(QStringLiteral("free"));
    if (parser.isSet(QStringLiteral("sort"))) {
        const auto sort = CourseQuery::sortFromName(parser.value(QStringLiteral("sort")));
        if (!sort)
            return ctx.fail(QCoreApplication::translate("cli", "--sort must be relevance, title, duration or cost"));
        query.sort = *sort;
    }

    Database* db = ctx.database();
    if (!db)
        return BadInput;
    const auto rows = CourseSearch(db->connection()).search(query);
    if (!rows)
        return ctx.fail(rows.error(), Failure);
    if (ctx.json()) {
        QJsonArray array;
        for (const CourseRow& row : *rows)
            array.append(courseRowJson(row));
        ctx.printJson(array);
        return Success;
    }
    if (rows->empty())
        ctx.out() << QCoreApplication::translate("cli", "No course matches.") << '\n';
    for (const CourseRow& row : *rows)
        ctx.out() << courseRowLine(row) << '\n';
    return Success;
}

int catalogCredentials(CliContext& ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser, QStringLiteral("credfolio-cli catalog credentials [--json]")))
        return ctx.helpShown() ? Success : BadInput;
    if (!parser.positionalArguments().isEmpty())
        return ctx.fail(
            QCoreApplication::translate("cli", "unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    Database* db = ctx.database();
    if (!db)
        return BadInput;
    const CatalogStore store(db->connection());
    const QHash<QString, QString> labels = store.skillLabels();
    const std::vector<Microcredential> list = store.microcredentials();
    if (ctx.json()) {
        QJsonArray array;
        for (const Microcredential& mc : list)
            array.append(microcredentialJson(mc, labels));
        ctx.printJson(array);
        return Success;
    }
    for (const Microcredential& mc : list) {
        int units = 0;
        for (const RequirementGroup& group : mc.requirements)
            units += group.requiredUnits();
        ctx.out() << mc.id << "  " << mc.title
                  << QCoreApplication::translate("cli", " — %1, %2 courses").arg(mc.issuer).arg(units) << '\n';
    }
    return Success;
}

int catalogImport(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("cli", "A catalog file, JSON or CSV."));
    if (!ctx.parse(parser, QStringLiteral("credfolio-cli catalog import FILE")))
        return ctx.helpShown() ? Success : BadInput;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(QCoreApplication::translate("cli", "give exactly one catalog file"));
    Database* db = ctx.database();
    if (!db)
        return BadInput;
    const QString file = parser.positionalArguments().first();
    const CatalogImportResult result = CatalogImporter(*db).importFile(file);
    if (ctx.json()) {
        QJsonObject object{{QStringLiteral("file"), file}, {QStringLiteral("ok"), result.ok}};
        if (result.ok) {
            object.insert(QStringLiteral("courses_added"), result.summary.coursesAdded);
            object.insert(QStringLiteral("courses_updated"), result.summary.coursesUpdated);
            object.insert(QStringLiteral("microcredentials_added"), result.summary.microcredentialsAdded);
            object.insert(QStringLiteral("microcredentials_updated"), result.summary.microcredentialsUpdated);
        } else {
            QJsonArray problems;
            for (const CatalogProblem& p : result.problems)
                problems.append(QJsonObject{{QStringLiteral("location"), p.location}, {QStringLiteral("message"), p.message}});
            object.insert(QStringLiteral("problems"), problems);
        }
        ctx.printJson(object);
    }
    if (!result.ok) {
        // Every problem on stderr, one per line, after a one-line summary.
        ctx.err() << "credfolio-cli: "
                  << QCoreApplication::translate("cli", "%1 was not imported: %n problem(s) found; nothing was changed.", nullptr,
                         int(result.problems.size()))
                         .arg(file)
                  << '\n';
        for (const CatalogProblem& p : result.problems)
            ctx.err() << "  " << p.toString() << '\n';
        ctx.err().flush();
        return BadInput;
    }
    if (!ctx.json())
        ctx.out() << QCoreApplication::translate(
            "cli", "Imported %1: %2 courses added, %3 updated; %4 microcredentials added, %5 updated.")
                         .arg(file)
                         .arg(result.summary.coursesAdded)
                         .arg(result.summary.coursesUpdated)
                         .arg(result.summary.microcredentialsAdded)
                         .arg(result.summary.microcredentialsUpdated)
                  << '\n';
    return Success;
}

} // namespace credfolio::cli
