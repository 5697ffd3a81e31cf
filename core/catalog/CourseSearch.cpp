#include "catalog/CourseSearch.h"

#include "storage/SqlUtil.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace credfolio {

std::optional<CourseQuery::Sort> CourseQuery::sortFromName(const QString& name)
{
    if (name == QLatin1String("relevance"))
        return Sort::Relevance;
    if (name == QLatin1String("title"))
        return Sort::Title;
    if (name == QLatin1String("duration") || name == QLatin1String("hours"))
        return Sort::Duration;
    if (name == QLatin1String("cost"))
        return Sort::Cost;
    return std::nullopt;
}

namespace {

// The part of a query after SELECT: joins, filters and bound values.
struct SqlParts
{
    QString from;
    QStringList where;
    QVariantList values;
    bool fulltext = false;
};

SqlParts buildParts(const CourseQuery& query)
{
    SqlParts parts;
    const QString match = CourseSearch::matchExpression(query.text);
    if (!match.isEmpty()) {
        parts.fulltext = true;
        parts.from = QStringLiteral(" FROM course_fts JOIN courses c ON c.rowid = course_fts.rowid"
                                    " JOIN providers p ON p.id = c.provider_id");
        parts.where.append(QStringLiteral("course_fts MATCH ?"));
        parts.values.append(match);
    } else {
        parts.from = QStringLiteral(" FROM courses c JOIN providers p ON p.id = c.provider_id");
    }
    if (!query.provider.isEmpty()) {
        parts.where.append(QStringLiteral("(c.provider_id = ? OR p.name = ? COLLATE NOCASE)"));
        parts.values << query.provider << query.provider;
    }
    if (!query.skill.isEmpty()) {
        parts.where.append(QStringLiteral("EXISTS (SELECT 1 FROM course_skills cs JOIN skills s ON s.id = cs.skill_id"
                                          " WHERE cs.course_id = c.id AND (s.id = ? OR s.label = ? COLLATE NOCASE))"));
        parts.values << query.skill << query.skill;
    }
    if (!query.level.isEmpty()) {
        parts.where.append(QStringLiteral("c.level = ?"));
        parts.values << query.level;
    }
    if (!query.language.isEmpty()) {
        // "pt" also finds "pt-BR".
        parts.where.append(QStringLiteral("(c.language = ? COLLATE NOCASE OR c.language LIKE ? || '-%')"));
        parts.values << query.language << query.language;
    }
    if (!query.delivery.isEmpty()) {
        parts.where.append(QStringLiteral("c.delivery = ?"));
        parts.values << query.delivery;
    }
    if (query.maxHours) {
        parts.where.append(QStringLiteral("c.hours <= ?"));
        parts.values << *query.maxHours;
    }
    if (query.maxCost) {
        parts.where.append(QStringLiteral("c.cost <= ?"));
        parts.values << *query.maxCost;
    }
    if (query.freeOnly)
        parts.where.append(QStringLiteral("c.cost = 0"));
    return parts;
}

QString whereClause(const SqlParts& parts)
{
    return parts.where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.where.join(QStringLiteral(" AND "));
}

QString orderClause(const CourseQuery& query, bool fulltext)
{
    switch (query.sort) {
    case CourseQuery::Sort::Title:
        return QStringLiteral(" ORDER BY c.title COLLATE NOCASE, c.id");
    case CourseQuery::Sort::Duration:
        return QStringLiteral(" ORDER BY c.hours, c.title COLLATE NOCASE, c.id");
    case CourseQuery::Sort::Cost:
        return QStringLiteral(" ORDER BY c.cost, c.title COLLATE NOCASE, c.id");
    case CourseQuery::Sort::Relevance:
        break;
    }
    // Title matches weigh most, then skills, provider, summary.
    return fulltext ? QStringLiteral(" ORDER BY bm25(course_fts, 10.0, 1.0, 4.0, 2.0), c.title COLLATE NOCASE, c.id")
                    : QStringLiteral(" ORDER BY c.title COLLATE NOCASE, c.id");
}

} // namespace

QString CourseSearch::matchExpression(const QString& text)
{
    QStringList terms;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty()) {
            // Quoted, so FTS5 operators typed by the learner (AND, NEAR, -, ^) are plain words.
            terms.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
            word.clear();
        }
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_SpacingCombining)
            word += c;
        else
            flush();
    }
    flush();
    return terms.join(QLatin1Char(' '));
}

Result<std::vector<CourseRow>> CourseSearch::search(const CourseQuery& query) const
{
    using R = Result<std::vector<CourseRow>>;
    const SqlParts parts = buildParts(query);
    QString statement =
        QStringLiteral("SELECT c.id, c.title, c.provider_id, p.name, c.hours, c.cost, coalesce(c.currency, ''),"
                       " c.level, c.language, c.delivery,"
                       " (SELECT group_concat(label, char(31)) FROM (SELECT s.label AS label FROM course_skills cs"
                       "   JOIN skills s ON s.id = cs.skill_id WHERE cs.course_id = c.id ORDER BY cs.position))")
        + parts.from + whereClause(parts) + orderClause(query, parts.fulltext);
    if (query.limit >= 0)
        statement += QStringLiteral(" LIMIT %1 OFFSET %2").arg(query.limit).arg(std::max(0, query.offset));

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status s = sql::prepare(q, statement); !s)
        return R::failure(s.error());
    for (const QVariant& value : parts.values)
        q.addBindValue(value);
    if (Status s = sql::exec(q); !s)
        return R::failure(s.error());
    std::vector<CourseRow> rows;
    while (q.next()) {
        CourseRow row;
        row.id = q.value(0).toString();
        row.title = q.value(1).toString();
        row.providerId = q.value(2).toString();
        row.providerName = q.value(3).toString();
        row.hours = q.value(4).toDouble();
        row.cost = q.value(5).toDouble();
        row.currency = q.value(6).toString();
        row.level = q.value(7).toString();
        row.language = q.value(8).toString();
        row.delivery = q.value(9).toString();
        const QString skills = q.value(10).toString();
        if (!skills.isEmpty())
            row.skills = skills.split(QChar(31));
        rows.push_back(std::move(row));
    }
    return rows;
}

Result<int> CourseSearch::count(const CourseQuery& query) const
{
    const SqlParts parts = buildParts(query);
    QSqlQuery q(m_db);
    if (Status s = sql::prepare(q, QStringLiteral("SELECT count(*)") + parts.from + whereClause(parts)); !s)
        return Result<int>::failure(s.error());
    for (const QVariant& value : parts.values)
        q.addBindValue(value);
    if (Status s = sql::exec(q); !s)
        return Result<int>::failure(s.error());
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace credfolio
