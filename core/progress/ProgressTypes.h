#pragma once

#include "catalog/CatalogTypes.h"

#include <QMap>
#include <QStringList>

#include <vector>

namespace credfolio {

// How one requirement group of a microcredential stands.
struct GroupProgress
{
    RequirementGroup::Kind kind = RequirementGroup::Kind::All;
    int requiredUnits = 0;
    int completedUnits = 0;
    QStringList completedCourses;
    // The courses the shortest way to finish picks in this group (for n_of, a choice).
    QStringList chosenCourses;
};

// How far the learner is toward one microcredential, and the shortest way to finish.
struct MicrocredentialProgress
{
    QString id;
    QString title;
    QString issuer;
    int completedUnits = 0;
    int requiredUnits = 0;
    int percent = 0; // completed units over required units, rounded down
    double hoursRemaining = 0;
    QMap<QString, double> costRemaining; // currency -> amount; free courses add nothing
    QStringList remainingCourses;        // ids, the shortest way to finish
    std::vector<GroupProgress> groups;
    QStringList skillsCertified;         // skill ids the microcredential certifies
    QStringList skillsAcquired;          // of those, the ones a completed course taught
    bool earned = false;                 // every requirement met, or a badge in the portfolio earns it
    qint64 badgeId = 0;                  // the portfolio badge that earns it, 0 if none

    bool isComplete() const { return completedUnits >= requiredUnits; }
};

} // namespace credfolio
