#pragma once

#include "catalog/CourseQuery.h"
#include "common/Result.h"

#include <QSqlDatabase>

#include <vector>

namespace credfolio {

// Full-text search with filters over the catalog. FTS5 finds the courses whose title,
// summary, skills or provider contain every word (by prefix); filtering, ranking and
// sorting then run over CourseIndex in memory. Relevance ranks courses whose title holds
// every word first, then those whose skills or provider do, then the rest, each tier
// in title order.
class CourseSearch
{
public:
    explicit CourseSearch(QSqlDatabase db) : m_db(std::move(db)) {}

    // The page of rows that query's limit and offset ask for.
    Result<std::vector<CourseRow>> search(const CourseQuery& query) const;
    // How many courses match (limit and offset ignored).
    Result<int> count(const CourseQuery& query) const;

    // The FTS5 MATCH expression for free text: each word a quoted prefix term, all required.
    // Empty when the text holds no searchable word.
    static QString matchExpression(const QString& text);

private:
    Result<std::vector<CourseRow>> rowsFor(const std::vector<qint64>& rowids) const;

    QSqlDatabase m_db;
};

} // namespace credfolio
