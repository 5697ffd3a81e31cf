#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace credfolio {

// Where the learner stands with one course.
struct CourseStatus
{
    enum class State { None, Planned, InProgress, Completed };
    State state = State::None;
    int percent = 0;     // 0..100, meaningful while in progress (100 once completed)
    QDate completedOn;   // when completed, if known

    bool isCompleted() const { return state == State::Completed; }
    // Share of the course still to do, 0..1.
    double remainingShare() const
    {
        if (state == State::Completed)
            return 0;
        if (state == State::InProgress)
            return (100 - percent) / 100.0;
        return 1;
    }

    // "planned", "in-progress", "completed" (the CLI's words); empty for None.
    static QString stateName(State state);
    static std::optional<State> stateFromName(const QString& name);
};

} // namespace credfolio
