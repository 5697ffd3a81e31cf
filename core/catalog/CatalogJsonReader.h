#pragma once

#include "catalog/ParsedCatalog.h"

#include <QByteArray>
#include <QJsonArray>

namespace credfolio::CatalogJsonReader {

// Reads a catalog in Credfolio's JSON format (docs/catalog-format.md). Every problem
// found is listed with its JSON path; the caller rejects the file if there is any.
ParsedCatalog read(const QByteArray& bytes);

// read() in parts, for importing while reading: readHead() reads everything but the courses
// and hands their array (and its JSON path) back; the courses are then read in ranges.
ParsedCatalog readHead(const QByteArray& bytes, QJsonArray* courses, QString* coursesPath);
void readCourseRange(const QJsonArray& courses, const QString& path, qsizetype from, qsizetype to, ParsedCatalog& out);
// All of the courses, on two threads when there are many.
void readCourses(const QJsonArray& courses, const QString& path, ParsedCatalog& out);

} // namespace credfolio::CatalogJsonReader
