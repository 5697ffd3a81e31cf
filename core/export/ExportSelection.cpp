#include "export/ExportSelection.h"

#include "portfolio/BadgeStore.h"

#include <QCoreApplication>

namespace credfolio {

Result<std::vector<BadgeRecord>> resolveSelection(const BadgeStore& store, const ExportSelection& selection)
{
    using R = Result<std::vector<BadgeRecord>>;
    if (!selection.collection.isEmpty() && !selection.badgeIds.isEmpty())
        return R::failure(QCoreApplication::translate("ExportSelection", "Choose either a collection or badges, not both."));

    std::vector<BadgeRecord> badges;
    if (!selection.badgeIds.isEmpty()) {
        QList<qint64> seen;
        for (const qint64 id : selection.badgeIds) {
            if (seen.contains(id))
                continue;
            seen.append(id);
            auto record = store.record(id);
            if (!record)
                return R::failure(
                    QCoreApplication::translate("ExportSelection", "There is no badge %1 in the portfolio.").arg(id));
            badges.push_back(std::move(*record));
        }
        return badges;
    }

    BadgeQuery query;
    query.sort = BadgeQuery::Sort::Newest;
    if (!selection.collection.isEmpty()) {
        const auto collection = store.collectionByName(selection.collection);
        if (!collection)
            return R::failure(
                QCoreApplication::translate("ExportSelection", "There is no collection named \"%1\".").arg(selection.collection));
        query.collectionId = collection->id;
        badges = store.list(query);
        if (badges.empty())
            return R::failure(QCoreApplication::translate("ExportSelection", "The collection \"%1\" holds no badges.")
                                  .arg(selection.collection));
        return badges;
    }

    query.samples = false;
    badges = store.list(query);
    if (badges.empty())
        return R::failure(QCoreApplication::translate(
            "ExportSelection", "The portfolio holds no badges to export (sample badges are left out unless picked)."));
    return badges;
}

} // namespace credfolio
