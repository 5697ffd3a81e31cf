#include "Commands.h"

#include "JsonViews.h"
#include "catalog/CatalogStore.h"
#include "progress/ProgressStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace credfolio::cli {

namespace {

// plan add / plan remove share everything but the store call.
int changePlan(CliContext& ctx, bool add)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"),
        QCoreApplication::translate("cli", "A microcredential id (see: credfolio-cli catalog credentials)."));
    const QString usage = add ? QStringLiteral("credfolio-cli plan add ID") : QStringLiteral("credfolio-cli plan remove ID");
    if (!ctx.parse(parser, usage))
        return ctx.helpShown() ? Success : BadInput;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(QCoreApplication::translate("cli", "give exactly one microcredential id"));
    Database* db = ctx.database();
    if (!db)
        return BadInput;
    const QString id = parser.positionalArguments().first();
    ProgressStore store(db->connection());
    if (Status s = add ? store.addToPlan(id) : store.removeFromPlan(id); !s)
        return ctx.fail(s.error());
    if (!ctx.json())
        ctx.out() << (add ? QCoreApplication::translate("cli", "Added %1 to your plan.")
                          : QCoreApplication::translate("cli", "Removed %1 from your plan."))
                         .arg(id)
                  << '\n';
    else
        ctx.printJson(QJsonArray::fromStringList(store.plan()));
    return Success;
}

} // namespace

int planAdd(CliContext& ctx)
{
    return changePlan(ctx, true);
}

int planRemove(CliContext& ctx)
{
    return changePlan(ctx, false);
}

int planList(CliContext& ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser, QStringLiteral("credfolio-cli plan [--json]")))
        return ctx.helpShown() ? Success : BadInput;
    if (!parser.positionalArguments().isEmpty())
        return ctx.fail(QCoreApplication::translate("cli", "unknown plan command \"%1\" (try: plan add ID, plan remove ID)")
                            .arg(parser.positionalArguments().first()));
    Database* db = ctx.database();
    if (!db)
        return BadInput;
    const QStringList plan = ProgressStore(db->connection()).plan();
    if (ctx.json()) {
        ctx.printJson(QJsonArray::fromStringList(plan));
    } else if (plan.isEmpty()) {
        ctx.out() << QCoreApplication::translate(
            "cli", "Your plan is empty. Add a microcredential with: credfolio-cli plan add ID")
                  << '\n';
    } else {
        for (const QString& id : plan)
            ctx.out() << id << '\n';
    }
    return Success;
}

int progressSet(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("status"), QCoreApplication::translate("cli", "planned, in-progress, completed (or none to clear)."),
             QStringLiteral("STATUS")},
            {QStringLiteral("percent"), QCoreApplication::translate("cli", "How far through the course, 0 to 100."),
                QStringLiteral("N")},
            {QStringLiteral("date"), QCoreApplication::translate("cli", "Completion date, YYYY-MM-DD (default today)."),
                QStringLiteral("DATE")}});
    parser.addPositionalArgument(QStringLiteral("COURSE_ID"), QCoreApplication::translate("cli", "A course id."));
    if (!ctx.parse(parser,
            QStringLiteral("credfolio-cli progress set COURSE_ID --status planned|in-progress|completed "
                           "[--percent N] [--date YYYY-MM-DD]")))
        return ctx.helpShown() ? Success : BadInput;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(QCoreApplication::translate("cli", "give exactly one course id"));
    if (!parser.isSet(QStringLiteral("status")))
        return ctx.fail(QCoreApplication::translate("cli", "--status is required (planned, in-progress or completed)"));
    const auto state = CourseStatus::stateFromName(parser.value(QStringLiteral("status")));
    if (!state)
        return ctx.fail(QCoreApplication::translate("cli", "--status must be planned, in-progress or completed, not \"%1\"")
                            .arg(parser.value(QStringLiteral("status"))));
    CourseStatus status;
    status.state = *state;
    if (parser.isSet(QStringLiteral("percent"))) {
        bool ok = false;
        status.percent = parser.value(QStringLiteral("percent")).toInt(&ok);
        if (!ok || status.percent < 0 || status.percent > 100)
            return ctx.fail(QCoreApplication::translate("cli", "--percent must be a whole number from 0 to 100"));
        if (*state != CourseStatus::State::InProgress)
            return ctx.fail(QCoreApplication::translate("cli", "--percent goes with --status in-progress"));
    }
    if (parser.isSet(QStringLiteral("date"))) {
        status.completedOn = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
        if (!status.completedOn.isValid())
            return ctx.fail(QCoreApplication::translate("cli", "--date must be a date written YYYY-MM-DD, not \"%1\"")
                                .arg(parser.value(QStringLiteral("date"))));
        if (*state != CourseStatus::State::Completed)
            return ctx.fail(QCoreApplication::translate("cli", "--date goes with --status completed"));
    }
    Database* db = ctx.database();
    if (!db)
        return BadInput;
    const QString id = parser.positionalArguments().first();
    if (Status s = ProgressStore(db->connection()).setCourseStatus(id, status); !s)
        return ctx.fail(s.error());
    if (!ctx.json())
        ctx.out() << QCoreApplication::translate("cli", "%1 is now %2.")
                         .arg(id,
                             *state == CourseStatus::State::None ? QCoreApplication::translate("cli", "cleared")
                                                                 : CourseStatus::stateName(*state))
                  << '\n';
    return Success;
}

int progressShow(CliContext& ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser, QStringLiteral("credfolio-cli progress [--json]")))
        return ctx.helpShown() ? Success : BadInput;
    if (!parser.positionalArguments().isEmpty())
        return ctx.fail(QCoreApplication::translate("cli", "unknown progress command \"%1\" (try: progress set)")
                            .arg(parser.positionalArguments().first()));
    Database* db = ctx.database();
    if (!db)
        return BadInput;
    const auto list = ProgressStore(db->connection()).progress();
    const QHash<QString, QString> labels = CatalogStore(db->connection()).skillLabels();
    if (ctx.json()) {
        QJsonArray array;
        for (const MicrocredentialProgress& p : list)
            array.append(progressJson(p, labels));
        ctx.printJson(array);
        return Success;
    }
    if (list.empty())
        ctx.out() << QCoreApplication::translate(
            "cli", "You are not pursuing any microcredential yet. Add one with: credfolio-cli plan add ID")
                  << '\n';
    for (const MicrocredentialProgress& p : list) {
        ctx.out() << p.title << "  " << p.percent << "% (" << p.completedUnits << '/' << p.requiredUnits << ')';
        if (p.earned)
            ctx.out() << "  " << QCoreApplication::translate("cli", "complete");
        else
            ctx.out() << "  "
                      << QCoreApplication::translate("cli", "%1 h left: %2")
                             .arg(p.hoursRemaining)
                             .arg(p.remainingCourses.join(QStringLiteral(", ")));
        ctx.out() << '\n';
    }
    return Success;
}

} // namespace credfolio::cli
