#pragma once

#include "common/Result.h"
#include "portfolio/BadgeRecord.h"

#include <QList>
#include <QString>

#include <vector>

namespace credfolio {

class BadgeStore;

// Which badges an export (PDF, presentation, plain files) covers: a collection by name, a
// hand-picked set of badge ids, or, with both empty, every badge that is not a sample.
struct ExportSelection {
    QString collection;
    QList<qint64> badgeIds;

    bool isAll() const { return collection.isEmpty() && badgeIds.isEmpty(); }
};

// The badges a selection names, in the wallet's order (newest first; hand-picked ids keep
// the order given). Fails with a message naming the problem: an unknown collection or badge
// id, a collection and ids both given, or nothing to export.
Result<std::vector<BadgeRecord>> resolveSelection(const BadgeStore& store, const ExportSelection& selection);

} // namespace credfolio
