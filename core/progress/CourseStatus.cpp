#include "progress/CourseStatus.h"

namespace credfolio {

QString CourseStatus::stateName(State state)
{
    switch (state) {
    case State::Planned:
        return QStringLiteral("planned");
    case State::InProgress:
        return QStringLiteral("in-progress");
    case State::Completed:
        return QStringLiteral("completed");
    case State::None:
        break;
    }
    return QString();
}

std::optional<CourseStatus::State> CourseStatus::stateFromName(const QString& name)
{
    if (name == QLatin1String("planned"))
        return State::Planned;
    if (name == QLatin1String("in-progress") || name == QLatin1String("in_progress"))
        return State::InProgress;
    if (name == QLatin1String("completed"))
        return State::Completed;
    if (name == QLatin1String("none"))
        return State::None;
    return std::nullopt;
}

} // namespace credfolio
