#pragma once

#include "common/Result.h"
#include "verify/VerificationReport.h"

#include <QJsonObject>
#include <QStringList>

#include <string>

namespace credfolio {
class JcsValue;
}

namespace credfolio::checks {

// "schema": the credential conforms to the 1EdTech JSON Schema of its kind (Open Badges 3.0
// AchievementCredential / EndorsementCredential, CLR 2.0 ClrCredential). Other credentials
// (a status list, a plain VC) have no bundled schema and get no check.
// sourceBytes, when known, is the size of the JSON text the credential was read from, which
// bounds the length of its strings (so they need not be looked at for length).
// strictJson, when given, is the text credential was read from as StrictJsonParser parsed it
// (the check then reads it rather than the QJsonObject; the verdict is the same).
void schemaConformance(
    const QJsonObject& credential, VerificationReport& report, qsizetype sourceBytes = -1, const JcsValue* strictJson = nullptr);

// The patterns the schema check matches by hand (its own date patterns and those of the
// bundled schemas), for tests that hold each matcher to the ECMAScript regex it replaces.
QStringList handMatchedSchemaPatterns();
// Whether text matches one of those patterns as the schema check decides it.
bool handMatchesSchemaPattern(const QString& pattern, const std::string& text);
// For tests: the problems the schema check finds in credential (empty: it conforms), read
// through valijson's own Qt adapter (the reference; the schema is then read through it too)
// or through the one the check uses.
Result<QStringList> schemaProblemsForTest(const QJsonObject& credential, bool throughQtAdapter);
// For tests: whether the instance the check builds from the strictly parsed JSON text is
// identical to the one it builds from Qt's reading of the same text. A failure when the text
// has no bundled schema (or is a CLR, always read through Qt), or when the check would
// decline the strictly parsed text and read Qt's instead ("declined").
Result<bool> schemaInstanceFromTextIsIdenticalForTest(const QByteArray& json);

} // namespace credfolio::checks
