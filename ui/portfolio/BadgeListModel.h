#pragma once

#include "portfolio/BadgeStore.h"

#include <QAbstractListModel>
#include <QCache>
#include <QPixmap>

#include <vector>

namespace credfolio {

class Database;

// The wallet's badges for the current search, filters and sort. Images are read from the
// portfolio when a badge is first shown and kept in a small cache.
class BadgeListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        IssuerRole,
        IssuedRole,
        StateRole, // BadgeState as int
        SampleRole,
        ImageRole, // QPixmap, square
    };

    explicit BadgeListModel(Database& db, QObject* parent = nullptr);

    void setQuery(const BadgeQuery& query);
    const BadgeQuery& query() const { return m_query; }
    // Reads the badges again (after an import, a delete, a re-verify).
    void reload();
    // Images changed (an achievement image arrived): repaint without resetting the view.
    void refreshImages();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

    const BadgeRecord* recordAt(int row) const;
    int rowOf(qint64 id) const;

    // The badge's picture at the given size; a drawn placeholder when it has none.
    static QPixmap renderImage(const QByteArray& bytes, const QString& mediaType, int size);
    static QPixmap placeholder(const BadgeRecord& record, int size);

private:
    Database& m_db;
    BadgeQuery m_query;
    std::vector<BadgeRecord> m_records;
    mutable QCache<qint64, QPixmap> m_images{400};
};

} // namespace credfolio
