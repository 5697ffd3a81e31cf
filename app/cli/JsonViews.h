#pragma once

#include "catalog/CatalogTypes.h"
#include "catalog/CourseQuery.h"
#include "progress/ProgressTypes.h"

#include <QHash>
#include <QJsonObject>

namespace credfolio::cli {

// The JSON shapes of docs/cli.md. Field names are a contract other tools rely on.
QJsonObject courseRowJson(const CourseRow& row);
QJsonObject microcredentialJson(const Microcredential& mc, const QHash<QString, QString>& skillLabels);
QJsonObject progressJson(const MicrocredentialProgress& progress, const QHash<QString, QString>& skillLabels);

// One line of plain-text output for a course.
QString courseRowLine(const CourseRow& row);

} // namespace credfolio::cli
