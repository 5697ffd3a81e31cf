#pragma once

#include <QHash>
#include <QString>

#include <string_view>

// The regular expressions of the bundled 1EdTech schemas, and the schemas' date formats
// turned into patterns, each matched by a hand-written function that accepts exactly what
// its ECMAScript regex does (std::regex costs microseconds per string). SchemaCheck hands
// these to valijson; a pattern not listed here is left to valijson's std::regex.
namespace credfolio::schemapatterns {

using PatternMatcher = bool (*)(std::string_view);

// "date-time", "date", "time" -> the equivalent RFC 3339 pattern.
const QHash<QString, QString>& datePatterns();
// Pattern text -> its hand-written matcher.
const QHash<QString, PatternMatcher>& knownPatterns();

} // namespace credfolio::schemapatterns
