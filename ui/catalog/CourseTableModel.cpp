#include "catalog/CourseTableModel.h"

#include "catalog/CourseSearch.h"
#include "util/Format.h"

#include <QLocale>

namespace credfolio {

CourseTableModel::CourseTableModel(QSqlDatabase db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{
}

void CourseTableModel::setQuery(const CourseQuery& query)
{
    m_query = query;
    m_query.limit = -1;
    m_query.offset = 0;
    refresh();
}

void CourseTableModel::refresh()
{
    m_notifying = true;
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    const Result<int> total = CourseSearch(m_db).count(m_query);
    m_total = total ? total.value() : 0;
    if (!total)
        m_error = total.error();
    else if (m_total > 0)
        loadPage(m_rows, 0);
    endResetModel();
    m_notifying = false;
    if (!m_error.isEmpty())
        emit queryFailed(m_error);
    emit totalCountChanged(m_total);
}

bool CourseTableModel::loadPage(std::vector<CourseRow>& into, int offset)
{
    CourseQuery page = m_query;
    page.limit = PageSize;
    page.offset = offset;
    Result<std::vector<CourseRow>> rows = CourseSearch(m_db).search(page);
    if (!rows) {
        m_error = rows.error();
        return false;
    }
    into = std::move(rows).value();
    return true;
}

QString CourseTableModel::courseIdAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].id : QString();
}

int CourseTableModel::rowOfCourse(const QString& courseId) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == courseId)
            return int(i);
    }
    return -1;
}

int CourseTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CourseTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CourseTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CourseRow& row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title:
            return row.title;
        case Provider:
            return row.providerName;
        case Hours:
            return Format::hours(row.hours);
        case Cost:
            return Format::cost(row.cost, row.currency);
        case Level:
            return Format::levelName(row.level);
        case Language:
            return Format::languageName(row.language);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Title && !row.skills.isEmpty())
            return tr("%1\nSkills: %2").arg(row.title, row.skills.join(QStringLiteral(", ")));
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (index.column() == Hours || index.column() == Cost)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case CourseIdRole:
        return row.id;
    default:
        return {};
    }
}

QVariant CourseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Title");
    case Provider:
        return tr("Provider");
    case Hours:
        return tr("Hours");
    case Cost:
        return tr("Cost");
    case Level:
        return tr("Level");
    case Language:
        return tr("Language");
    default:
        return {};
    }
}

bool CourseTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_notifying && int(m_rows.size()) < m_total && m_error.isEmpty();
}

void CourseTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    std::vector<CourseRow> page;
    if (!loadPage(page, int(m_rows.size())) || page.empty()) {
        // The catalog changed under us (or failed); stop asking for more.
        m_total = int(m_rows.size());
        if (!m_error.isEmpty())
            emit queryFailed(m_error);
        return;
    }
    const int first = int(m_rows.size());
    m_notifying = true;
    beginInsertRows(QModelIndex(), first, first + int(page.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(page.begin()), std::make_move_iterator(page.end()));
    endInsertRows();
    m_notifying = false;
}

CourseQuery::Sort CourseTableModel::sortForColumn(int column)
{
    switch (column) {
    case Title:
        return CourseQuery::Sort::Title;
    case Hours:
        return CourseQuery::Sort::Duration;
    case Cost:
        return CourseQuery::Sort::Cost;
    default:
        return CourseQuery::Sort::Relevance;
    }
}

void CourseTableModel::sort(int column, Qt::SortOrder)
{
    // The database knows only ascending orders; that is what learners ask for here
    // (shortest, cheapest, A to Z).
    CourseQuery query = m_query;
    query.sort = sortForColumn(column);
    setQuery(query);
}

} // namespace credfolio
