#include "progress/MicrocredentialListModel.h"

#include "catalog/CatalogStore.h"
#include "progress/ProgressStore.h"
#include "util/Format.h"

namespace credfolio {

MicrocredentialListModel::MicrocredentialListModel(QSqlDatabase db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{
    reload();
}

void MicrocredentialListModel::reload()
{
    beginResetModel();
    m_items = CatalogStore(m_db).microcredentials();
    std::sort(m_items.begin(), m_items.end(),
              [](const Microcredential& a, const Microcredential& b) { return a.title.localeAwareCompare(b.title) < 0; });
    const QStringList plan = ProgressStore(m_db).plan();
    m_planned = QSet<QString>(plan.cbegin(), plan.cend());
    endResetModel();
}

QString MicrocredentialListModel::idAt(int row) const
{
    return row >= 0 && row < int(m_items.size()) ? m_items[size_t(row)].id : QString();
}

int MicrocredentialListModel::rowOf(const QString& microcredentialId) const
{
    for (size_t i = 0; i < m_items.size(); ++i) {
        if (m_items[i].id == microcredentialId)
            return int(i);
    }
    return -1;
}

int MicrocredentialListModel::coursesNeeded(const Microcredential& microcredential)
{
    int needed = 0;
    for (const RequirementGroup& group : microcredential.requirements)
        needed += group.requiredUnits();
    return needed;
}

int MicrocredentialListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int MicrocredentialListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MicrocredentialListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Microcredential& item = m_items[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title:
            return item.title;
        case Issuer:
            return item.issuer;
        case Field:
            return Format::fieldName(item.field);
        case Courses:
            return coursesNeeded(item);
        case Status:
            return m_planned.contains(item.id) ? tr("In your plan") : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return item.description;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(index.column() == Courses ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    case MicrocredentialIdRole:
        return item.id;
    default:
        return {};
    }
}

QVariant MicrocredentialListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Microcredential");
    case Issuer:
        return tr("Issued by");
    case Field:
        return tr("Field");
    case Courses:
        return tr("Courses");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace credfolio
