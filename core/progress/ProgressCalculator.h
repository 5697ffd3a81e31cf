#pragma once

#include "catalog/CatalogTypes.h"
#include "progress/CourseStatus.h"
#include "progress/ProgressTypes.h"

#include <QHash>

namespace credfolio::ProgressCalculator {

// A pure computation: from a microcredential's requirements, the courses it names
// (hours, cost, skills) and the learner's course statuses, how far along the learner
// is and the shortest way (fewest remaining hours) to finish. A course counts toward
// every group and every microcredential that lists it.
MicrocredentialProgress compute(const Microcredential& microcredential, const QHash<QString, Course>& courses,
                                const QHash<QString, CourseStatus>& statuses);

} // namespace credfolio::ProgressCalculator
