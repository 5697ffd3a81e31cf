#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

namespace credfolio::Migrations {

// The schema version this build writes; PRAGMA user_version holds the file's.
int latestVersion();

// Applies every migration above the current version up to target, each in its own
// transaction together with its user_version bump, so a failure leaves the file at
// the last complete version.
Status migrate(QSqlDatabase db, int target);

} // namespace credfolio::Migrations
