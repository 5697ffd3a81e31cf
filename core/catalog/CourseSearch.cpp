#include "catalog/CourseSearch.h"

#include "catalog/CourseIndex.h"
#include "storage/SqlUtil.h"
#include "storage/SqliteStatement.h"

#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <functional>

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

using Order = std::vector<qint32>; // indices into CourseIndex::entries(), in result order

// The last query's full ordered result, so that counting and paging through the same
// query (as the catalog view does) reuse one computation.
struct LastResult
{
    QString key;
    std::shared_ptr<const CourseIndex> index;
    std::shared_ptr<const Order> order;
};
QMutex lastMutex;
LastResult lastResult;

QString keyOf(const QSqlDatabase& db, const CourseQuery& q)
{
    const QChar sep(0x1f);
    return QStringList{db.databaseName(), q.text, q.provider, q.skill, q.level, q.language, q.delivery,
                       q.maxHours ? QString::number(*q.maxHours) : QString(), q.maxCost ? QString::number(*q.maxCost) : QString(),
                       q.freeOnly ? QStringLiteral("1") : QString(), QString::number(int(q.sort))}
        .join(sep);
}

Status ftsRowids(const QSqlDatabase& db, const QString& match, std::vector<qint64>& out)
{
    SqliteStatement q(db, "SELECT rowid FROM course_fts WHERE course_fts MATCH ?1");
    q.bind(1, match);
    while (q.next())
        out.push_back(q.columnInt64(0));
    if (!q.error().isEmpty())
        return Status::failure(q.error());
    return {};
}

// Which values of an interned column a filter accepts; empty filter accepts all.
std::vector<bool> acceptedValues(const QStringList& values, const std::function<bool(int)>& accepts)
{
    std::vector<bool> ok(size_t(values.size()), false);
    for (int i = 0; i < values.size(); ++i)
        ok[size_t(i)] = accepts(i);
    return ok;
}

Result<std::shared_ptr<const Order>> computeOrder(const QSqlDatabase& db, const CourseIndex& index, const CourseQuery& query)
{
    using R = Result<std::shared_ptr<const Order>>;
    const auto& entries = index.entries();
    const size_t n = entries.size();

    const std::vector<bool> providerOk = acceptedValues(index.providerIds, [&](int i) {
        return query.provider.isEmpty() || index.providerIds.at(i) == query.provider
               || index.providerNames.at(i).compare(query.provider, Qt::CaseInsensitive) == 0;
    });
    const std::vector<bool> languageOk = acceptedValues(index.languages, [&](int i) {
        const QString& language = index.languages.at(i);
        return query.language.isEmpty() || language.compare(query.language, Qt::CaseInsensitive) == 0
               || language.startsWith(query.language + QLatin1Char('-'), Qt::CaseInsensitive);
    });
    const std::vector<bool> levelOk = acceptedValues(index.levels, [&](int i) {
        return query.level.isEmpty() || index.levels.at(i) == query.level;
    });
    const std::vector<bool> deliveryOk = acceptedValues(index.deliveries, [&](int i) {
        return query.delivery.isEmpty() || index.deliveries.at(i) == query.delivery;
    });

    std::vector<bool> skillOk;
    if (!query.skill.isEmpty()) {
        skillOk.assign(n, false);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (Status s = sql::prepare(q, QStringLiteral("SELECT c.rowid FROM course_skills cs JOIN courses c ON c.id = cs.course_id"
                                                      " WHERE cs.skill_id IN (SELECT id FROM skills WHERE id = ? OR label = ? COLLATE NOCASE)"));
            !s)
            return R::failure(s.error());
        q.addBindValue(query.skill);
        q.addBindValue(query.skill);
        if (Status s = sql::exec(q); !s)
            return R::failure(s.error());
        while (q.next()) {
            const int i = index.indexOf(q.value(0).toLongLong());
            if (i >= 0)
                skillOk[size_t(i)] = true;
        }
    }

    // Tier per course: 0 every word in the title, 1 in skills or provider, 2 elsewhere; 255 no match.
    std::vector<quint8> tier;
    const QString match = CourseSearch::matchExpression(query.text);
    if (!match.isEmpty()) {
        tier.assign(n, 255);
        const std::pair<QString, quint8> passes[] = {
            {match, 2},
            {QStringLiteral("{skills provider} : (%1)").arg(match), 1},
            {QStringLiteral("{title} : (%1)").arg(match), 0},
        };
        const int passCount = query.sort == CourseQuery::Sort::Relevance ? 3 : 1;
        for (int p = 0; p < passCount; ++p) {
            std::vector<qint64> rowids;
            if (Status s = ftsRowids(db, passes[p].first, rowids); !s)
                return R::failure(s.error());
            for (qint64 rowid : rowids) {
                const int i = index.indexOf(rowid);
                if (i >= 0 && (p == 0 || tier[size_t(i)] != 255))
                    tier[size_t(i)] = passes[p].second;
            }
        }
    }

    auto order = std::make_shared<Order>();
    for (size_t i = 0; i < n; ++i) {
        const CourseIndex::Entry& e = entries[i];
        if ((!tier.empty() && tier[i] == 255) || !providerOk[e.provider] || !languageOk[e.language] || !levelOk[e.level]
            || !deliveryOk[e.delivery] || (!skillOk.empty() && !skillOk[i]) || (query.maxHours && e.hours > *query.maxHours)
            || (query.maxCost && e.cost > *query.maxCost) || (query.freeOnly && e.cost > 0))
            continue;
        order->push_back(qint32(i));
    }

    auto byTitle = [&](qint32 a, qint32 b) { return entries[size_t(a)].titleOrder < entries[size_t(b)].titleOrder; };
    switch (query.sort) {
    case CourseQuery::Sort::Relevance:
        if (!tier.empty()) {
            std::sort(order->begin(), order->end(), [&](qint32 a, qint32 b) {
                return tier[size_t(a)] != tier[size_t(b)] ? tier[size_t(a)] < tier[size_t(b)] : byTitle(a, b);
            });
            break;
        }
        [[fallthrough]];
    case CourseQuery::Sort::Title:
        break; // entries are already in title order
    case CourseQuery::Sort::Duration:
        std::stable_sort(order->begin(), order->end(),
                         [&](qint32 a, qint32 b) { return entries[size_t(a)].hours < entries[size_t(b)].hours; });
        break;
    case CourseQuery::Sort::Cost:
        std::stable_sort(order->begin(), order->end(),
                         [&](qint32 a, qint32 b) { return entries[size_t(a)].cost < entries[size_t(b)].cost; });
        break;
    }
    return std::shared_ptr<const Order>(std::move(order));
}

struct Matched
{
    std::shared_ptr<const CourseIndex> index;
    std::shared_ptr<const Order> order;
};

Result<Matched> matched(const QSqlDatabase& db, const CourseQuery& query)
{
    std::shared_ptr<const CourseIndex> index = CourseIndex::current(db);
    const QString key = keyOf(db, query);
    {
        QMutexLocker lock(&lastMutex);
        if (lastResult.key == key && lastResult.index == index)
            return Matched{index, lastResult.order};
    }
    Result<std::shared_ptr<const Order>> order = computeOrder(db, *index, query);
    if (!order)
        return Result<Matched>::failure(order.error());
    QMutexLocker lock(&lastMutex);
    lastResult = {key, index, order.value()};
    return Matched{index, order.value()};
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
    const Result<Matched> found = matched(m_db, query);
    if (!found)
        return Result<std::vector<CourseRow>>::failure(found.error());
    const Order& order = *found->order;
    const size_t begin = std::min(order.size(), size_t(std::max(0, query.offset)));
    const size_t end = query.limit < 0 ? order.size() : std::min(order.size(), begin + size_t(query.limit));
    std::vector<qint64> rowids;
    rowids.reserve(end - begin);
    for (size_t i = begin; i < end; ++i)
        rowids.push_back(found->index->entries()[size_t(order[i])].rowid);
    return rowsFor(rowids);
}

Result<int> CourseSearch::count(const CourseQuery& query) const
{
    const Result<Matched> found = matched(m_db, query);
    if (!found)
        return Result<int>::failure(found.error());
    return int(found->order->size());
}

Result<std::vector<CourseRow>> CourseSearch::rowsFor(const std::vector<qint64>& rowids) const
{
    using R = Result<std::vector<CourseRow>>;
    std::vector<CourseRow> rows(rowids.size());
    QHash<qint64, size_t> position;
    for (size_t i = 0; i < rowids.size(); ++i)
        position.insert(rowids[i], i);
    // In chunks, to stay well under SQLite's limit on expression depth and length.
    constexpr size_t chunk = 500;
    for (size_t from = 0; from < rowids.size(); from += chunk) {
        QStringList ids;
        for (size_t i = from; i < std::min(rowids.size(), from + chunk); ++i)
            ids.append(QString::number(rowids[i]));
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        const QString statement =
            QStringLiteral("SELECT c.rowid, c.id, c.title, c.provider_id, p.name, c.hours, c.cost, coalesce(c.currency, ''),"
                           " c.level, c.language, c.delivery,"
                           " (SELECT group_concat(label, char(31)) FROM (SELECT s.label AS label FROM course_skills cs"
                           "   JOIN skills s ON s.id = cs.skill_id WHERE cs.course_id = c.id ORDER BY cs.position))"
                           " FROM courses c JOIN providers p ON p.id = c.provider_id WHERE c.rowid IN (")
            + ids.join(QLatin1Char(',')) + QLatin1Char(')');
        if (!q.exec(statement))
            return R::failure(q.lastError().text());
        while (q.next()) {
            CourseRow& row = rows[position.value(q.value(0).toLongLong())];
            row.id = q.value(1).toString();
            row.title = q.value(2).toString();
            row.providerId = q.value(3).toString();
            row.providerName = q.value(4).toString();
            row.hours = q.value(5).toDouble();
            row.cost = q.value(6).toDouble();
            row.currency = q.value(7).toString();
            row.level = q.value(8).toString();
            row.language = q.value(9).toString();
            row.delivery = q.value(10).toString();
            const QString skills = q.value(11).toString();
            if (!skills.isEmpty())
                row.skills = skills.split(QChar(31));
        }
    }
    return rows;
}

} // namespace credfolio
