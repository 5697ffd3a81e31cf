#include "progress/ProgressCalculator.h"

#include <QSet>

#include <algorithm>

namespace credfolio::ProgressCalculator {

namespace {

struct Candidate
{
    QString id;
    double hours;
    double cost;
    bool started;
};

} // namespace

MicrocredentialProgress compute(const Microcredential& mc, const QHash<QString, Course>& courses,
                                const QHash<QString, CourseStatus>& statuses)
{
    MicrocredentialProgress result;
    result.id = mc.id;
    result.title = mc.title;
    result.issuer = mc.issuer;
    result.skillsCertified = mc.skillIds;

    auto status = [&](const QString& id) { return statuses.value(id); };
    auto remainingHours = [&](const QString& id) { return courses.value(id).hours * status(id).remainingShare(); };

    // Courses the plan must take whatever else is chosen: the unfinished ones of "all" groups.
    QStringList chosen;
    QSet<QString> chosenSet;
    auto choose = [&](const QString& id) {
        if (!chosenSet.contains(id)) {
            chosenSet.insert(id);
            chosen.append(id);
        }
    };

    result.groups.resize(mc.requirements.size());
    for (size_t g = 0; g < mc.requirements.size(); ++g) {
        const RequirementGroup& group = mc.requirements[g];
        GroupProgress& gp = result.groups[g];
        gp.kind = group.kind;
        gp.requiredUnits = group.requiredUnits();
        for (const QString& id : group.courseIds) {
            if (status(id).isCompleted())
                gp.completedCourses.append(id);
        }
        gp.completedUnits = std::min(int(gp.completedCourses.size()), gp.requiredUnits);
        if (group.kind == RequirementGroup::Kind::All) {
            for (const QString& id : group.courseIds) {
                if (!status(id).isCompleted()) {
                    gp.chosenCourses.append(id);
                    choose(id);
                }
            }
        }
    }

    // Each "n of" group picks what it still needs, cheapest in remaining hours first; a
    // course already on the way for another group costs nothing extra.
    for (size_t g = 0; g < mc.requirements.size(); ++g) {
        const RequirementGroup& group = mc.requirements[g];
        GroupProgress& gp = result.groups[g];
        if (group.kind != RequirementGroup::Kind::NOf)
            continue;
        int needed = gp.requiredUnits - gp.completedUnits;
        if (needed <= 0)
            continue;
        std::vector<Candidate> candidates;
        for (const QString& id : group.courseIds) {
            if (status(id).isCompleted())
                continue;
            const double extra = chosenSet.contains(id) ? 0.0 : remainingHours(id);
            candidates.push_back({id, extra, chosenSet.contains(id) ? 0.0 : courses.value(id).cost,
                                  status(id).state == CourseStatus::State::InProgress});
        }
        std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
            if (a.hours != b.hours)
                return a.hours < b.hours;
            if (a.started != b.started)
                return a.started;
            if (a.cost != b.cost)
                return a.cost < b.cost;
            return a.id < b.id;
        });
        for (const Candidate& c : candidates) {
            if (needed-- <= 0)
                break;
            gp.chosenCourses.append(c.id);
            choose(c.id);
        }
    }

    for (const GroupProgress& gp : result.groups) {
        result.requiredUnits += gp.requiredUnits;
        result.completedUnits += gp.completedUnits;
    }
    result.percent = result.requiredUnits > 0 ? (100 * result.completedUnits) / result.requiredUnits : 0;
    result.earned = result.requiredUnits > 0 && result.completedUnits >= result.requiredUnits;
    result.remainingCourses = chosen;
    for (const QString& id : chosen) {
        result.hoursRemaining += remainingHours(id);
        const Course course = courses.value(id);
        // A course already under way is taken to be paid for.
        if (course.cost > 0 && !course.currency.isEmpty() && status(id).state != CourseStatus::State::InProgress)
            result.costRemaining[course.currency] += course.cost;
    }

    QSet<QString> learned;
    for (auto it = statuses.begin(); it != statuses.end(); ++it) {
        if (it->isCompleted()) {
            for (const QString& skill : courses.value(it.key()).skillIds)
                learned.insert(skill);
        }
    }
    for (const QString& skill : mc.skillIds) {
        if (learned.contains(skill))
            result.skillsAcquired.append(skill);
    }
    return result;
}

} // namespace credfolio::ProgressCalculator
