#pragma once

#include "catalog/CourseQuery.h"
#include "common/Result.h"

#include <QSqlDatabase>

#include <vector>

namespace credfolio {

// Full-text search with filters over the catalog (FTS5 with prefix matching and bm25 ranking).
class CourseSearch
{
public:
    explicit CourseSearch(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<std::vector<CourseRow>> search(const CourseQuery& query) const;
    Result<int> count(const CourseQuery& query) const;

    // The FTS5 MATCH expression for free text: each word a quoted prefix term, all required.
    // Empty when the text holds no searchable word.
    static QString matchExpression(const QString& text);

private:
    QSqlDatabase m_db;
};

} // namespace credfolio
