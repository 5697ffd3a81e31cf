#include "JsonViews.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace credfolio::cli {

namespace {

QJsonArray labelsOf(const QStringList& ids, const QHash<QString, QString>& skillLabels)
{
    QJsonArray array;
    for (const QString& id : ids)
        array.append(skillLabels.value(id, id));
    return array;
}

// Whole numbers print without a fraction: 12, not 12.0.
QJsonValue number(double value)
{
    const double rounded = std::round(value * 100) / 100;
    if (rounded == double(qint64(rounded)))
        return QJsonValue(qint64(rounded));
    return QJsonValue(rounded);
}

} // namespace

QJsonObject courseRowJson(const CourseRow& row)
{
    return QJsonObject{{QStringLiteral("id"), row.id}, {QStringLiteral("title"), row.title},
        {QStringLiteral("provider"), row.providerName}, {QStringLiteral("provider_id"), row.providerId},
        {QStringLiteral("skills"), QJsonArray::fromStringList(row.skills)}, {QStringLiteral("hours"), number(row.hours)},
        {QStringLiteral("cost"), number(row.cost)},
        {QStringLiteral("currency"), row.currency.isEmpty() ? QJsonValue() : QJsonValue(row.currency)},
        {QStringLiteral("free"), row.cost <= 0}, {QStringLiteral("level"), row.level}, {QStringLiteral("language"), row.language},
        {QStringLiteral("delivery"), row.delivery}};
}

QJsonObject microcredentialJson(const Microcredential& mc, const QHash<QString, QString>& skillLabels)
{
    QJsonArray requirements;
    for (const RequirementGroup& group : mc.requirements) {
        requirements.append(QJsonObject{{QStringLiteral("kind"), RequirementGroup::kindName(group.kind)},
            {QStringLiteral("n"), group.requiredUnits()},
            {QStringLiteral("courses"), QJsonArray::fromStringList(group.courseIds)}});
    }
    QJsonObject object{{QStringLiteral("id"), mc.id}, {QStringLiteral("title"), mc.title}, {QStringLiteral("issuer"), mc.issuer},
        {QStringLiteral("field"), mc.field}, {QStringLiteral("description"), mc.description},
        {QStringLiteral("skills"), labelsOf(mc.skillIds, skillLabels)},
        {QStringLiteral("skill_ids"), QJsonArray::fromStringList(mc.skillIds)}, {QStringLiteral("requirements"), requirements}};
    if (!mc.achievementId.isEmpty() || !mc.achievementName.isEmpty())
        object.insert(QStringLiteral("achievement"),
            QJsonObject{{QStringLiteral("id"), mc.achievementId}, {QStringLiteral("name"), mc.achievementName}});
    return object;
}

QJsonObject progressJson(const MicrocredentialProgress& p, const QHash<QString, QString>& skillLabels)
{
    QJsonObject costs;
    for (auto it = p.costRemaining.begin(); it != p.costRemaining.end(); ++it)
        costs.insert(it.key(), number(it.value()));
    QJsonArray groups;
    for (const GroupProgress& g : p.groups) {
        groups.append(QJsonObject{{QStringLiteral("kind"), RequirementGroup::kindName(g.kind)},
            {QStringLiteral("required_units"), g.requiredUnits}, {QStringLiteral("completed_units"), g.completedUnits},
            {QStringLiteral("completed_courses"), QJsonArray::fromStringList(g.completedCourses)},
            {QStringLiteral("remaining_courses"), QJsonArray::fromStringList(g.chosenCourses)}});
    }
    return QJsonObject{{QStringLiteral("id"), p.id}, {QStringLiteral("title"), p.title}, {QStringLiteral("issuer"), p.issuer},
        {QStringLiteral("percent"), p.percent}, {QStringLiteral("completed_units"), p.completedUnits},
        {QStringLiteral("required_units"), p.requiredUnits}, {QStringLiteral("hours_remaining"), number(p.hoursRemaining)},
        {QStringLiteral("cost_remaining"), costs},
        {QStringLiteral("remaining_courses"), QJsonArray::fromStringList(p.remainingCourses)},
        {QStringLiteral("earned"), p.earned}, {QStringLiteral("badge_id"), p.badgeId > 0 ? QJsonValue(p.badgeId) : QJsonValue()},
        {QStringLiteral("groups"), groups}, {QStringLiteral("skills"), labelsOf(p.skillsCertified, skillLabels)},
        {QStringLiteral("skills_acquired"), labelsOf(p.skillsAcquired, skillLabels)}};
}

QString courseRowLine(const CourseRow& row)
{
    const QString cost = row.cost <= 0
        ? QCoreApplication::translate("cli", "free")
        : QStringLiteral("%1 %2").arg(row.cost, 0, 'f', row.cost == double(qint64(row.cost)) ? 0 : 2).arg(row.currency);
    return QStringLiteral("%1  %2 — %3 (%4 h, %5, %6, %7)")
        .arg(row.id, row.title, row.providerName)
        .arg(row.hours)
        .arg(cost, row.level.isEmpty() ? QCoreApplication::translate("cli", "any level") : row.level, row.language);
}

} // namespace credfolio::cli
