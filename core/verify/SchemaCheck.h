#pragma once

#include "verify/VerificationReport.h"

#include <QJsonObject>

namespace credfolio::checks {

// "schema": the credential conforms to the 1EdTech JSON Schema of its kind (Open Badges 3.0
// AchievementCredential / EndorsementCredential, CLR 2.0 ClrCredential). Other credentials
// (a status list, a plain VC) have no bundled schema and get no check.
// sourceBytes, when known, is the size of the JSON text the credential was read from, which
// bounds the length of its strings (so they need not be looked at for length).
void schemaConformance(const QJsonObject& credential, VerificationReport& report, qsizetype sourceBytes = -1);

} // namespace credfolio::checks
