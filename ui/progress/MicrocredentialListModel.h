#pragma once

#include "catalog/CatalogTypes.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QSqlDatabase>

#include <vector>

namespace credfolio {

// Every microcredential in the catalog, to choose one to pursue.
class MicrocredentialListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Issuer, Field, Courses, Status, ColumnCount };
    enum Role { MicrocredentialIdRole = Qt::UserRole + 1 };

    explicit MicrocredentialListModel(QSqlDatabase db, QObject* parent = nullptr);

    // Reads the catalog and the plan again.
    void reload();
    QString idAt(int row) const;
    int rowOf(const QString& microcredentialId) const;
    // Courses to pass: every course of an "all" group plus n of each "n of" group.
    static int coursesNeeded(const Microcredential& microcredential);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    std::vector<Microcredential> m_items;
    QSet<QString> m_planned;
};

} // namespace credfolio
