#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace credfolio {

// A few badges to explore the wallet with on first start. They are real, verifiable
// Open Badges 3.0 credentials (VC-JWT, Ed25519, baked into SVG images), issued by an
// obviously fictional academy whose key is public knowledge, stored with the sample flag,
// and labelled as samples everywhere. One call removes them all.
namespace SampleBadges {

// The issuer's name, as shown on every sample.
QString academyName();
// The badge files (baked SVG), made fresh: the same content every time.
QList<QPair<QString, QByteArray>> files();
// Verifies and stores the samples (already stored ones are skipped); returns how many were added.
Result<int> install(const QSqlDatabase& db);
// Removes every sample badge; returns how many were removed.
Result<int> remove(const QSqlDatabase& db);

} // namespace SampleBadges
} // namespace credfolio
