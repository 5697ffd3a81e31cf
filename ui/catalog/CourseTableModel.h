#pragma once

#include "catalog/CourseQuery.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

#include <vector>

namespace credfolio {

// Search results as a table, fetched page by page from the database so a catalog of
// 100,000 courses shows its first rows at once. Sorting re-queries, never sorts in memory.
class CourseTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Provider, Hours, Cost, Level, Language, ColumnCount };
    enum Role { CourseIdRole = Qt::UserRole + 1 };
    static constexpr int PageSize = 200;

    explicit CourseTableModel(QSqlDatabase db, QObject* parent = nullptr);

    // Runs the query from the first page; limit and offset are the model's own.
    void setQuery(const CourseQuery& query);
    const CourseQuery& query() const { return m_query; }
    // Runs the current query again, for example after a catalog import.
    void refresh();

    QString courseIdAt(int row) const;
    // The row of a course among those loaded so far, or -1.
    int rowOfCourse(const QString& courseId) const;
    int totalCount() const { return m_total; }
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    // Title, Hours and Cost map to the query's sort orders; other columns to relevance.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static CourseQuery::Sort sortForColumn(int column);

signals:
    void totalCountChanged(int total);
    void queryFailed(const QString& message);

private:
    bool loadPage(std::vector<CourseRow>& into, int offset);

    QSqlDatabase m_db;
    CourseQuery m_query;
    std::vector<CourseRow> m_rows;
    int m_total = 0;
    QString m_error;
    // True while our own change signals are being delivered: a fetchMore from a slot
    // then would nest one change inside another.
    bool m_notifying = false;
};

} // namespace credfolio
