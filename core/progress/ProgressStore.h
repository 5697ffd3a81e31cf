#pragma once

#include "common/Result.h"
#include "progress/CourseStatus.h"
#include "progress/ProgressTypes.h"

#include <QHash>
#include <QSqlDatabase>

namespace credfolio {

// The learner's plan (microcredentials pursued) and course statuses. Each change is
// its own transaction.
class ProgressStore
{
public:
    explicit ProgressStore(QSqlDatabase db) : m_db(std::move(db)) {}

    Status addToPlan(const QString& microcredentialId);
    Status removeFromPlan(const QString& microcredentialId);
    QStringList plan() const; // in the order they were added
    bool isPlanned(const QString& microcredentialId) const;

    // State None clears the course's record. Percent is checked (0..100) and forced to 100
    // for completed; a completion date defaults to today.
    Status setCourseStatus(const QString& courseId, CourseStatus status);
    CourseStatus courseStatus(const QString& courseId) const;
    QHash<QString, CourseStatus> courseStatuses() const;

    // Progress toward every microcredential in the plan, in plan order.
    std::vector<MicrocredentialProgress> progress() const;
    // Progress toward one microcredential, planned or not.
    std::optional<MicrocredentialProgress> progressFor(const QString& microcredentialId) const;

private:
    QSqlDatabase m_db;
};

} // namespace credfolio
