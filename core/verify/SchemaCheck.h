#pragma once

#include "common/Result.h"
#include "verify/VerificationReport.h"

#include <QJsonObject>
#include <QStringList>

#include <string>

namespace credfolio::checks {

// "schema": the credential conforms to the 1EdTech JSON Schema of its kind (Open Badges 3.0
// AchievementCredential / EndorsementCredential, CLR 2.0 ClrCredential). Other credentials
// (a status list, a plain VC) have no bundled schema and get no check.
// sourceBytes, when known, is the size of the JSON text the credential was read from, which
// bounds the length of its strings (so they need not be looked at for length).
void schemaConformance(const QJsonObject& credential, VerificationReport& report, qsizetype sourceBytes = -1);

// The patterns the schema check matches by hand (its own date patterns and those of the
// bundled schemas), for tests that hold each matcher to the ECMAScript regex it replaces.
QStringList handMatchedSchemaPatterns();
// Whether text matches one of those patterns as the schema check decides it.
bool handMatchesSchemaPattern(const QString& pattern, const std::string& text);
// For tests: the problems the schema check finds in credential (empty: it conforms), read
// through valijson's own Qt adapter (the reference) or through the one the check uses.
Result<QStringList> schemaProblemsForTest(const QJsonObject& credential, bool throughQtAdapter);

} // namespace credfolio::checks
