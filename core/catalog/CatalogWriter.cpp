#include "catalog/CatalogWriter.h"

#include "catalog/CatalogStore.h"
#include "storage/SqlUtil.h"
#include "storage/SqliteStatement.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QVariant>

namespace credfolio {

// What begin() prepares and addCourses() and finish() use: names for the full-text index,
// the courses already there, and the hot loop's statements.
struct CatalogWriter::State
{
    CatalogWriteSummary summary;
    QHash<QString, QString> labels;
    QHash<QString, QString> providerNames;
    QStringList renamedProviders;
    QStringList relabelledSkills;
    QHash<QString, qint64> existingRowids;
    std::unique_ptr<SqliteStatement> insertCourse;
    std::unique_ptr<SqliteStatement> updateCourse;
    std::unique_ptr<SqliteStatement> clearSkills;
    std::unique_ptr<SqliteStatement> insertSkill;
    std::unique_ptr<SqliteStatement> deleteFts;
    std::unique_ptr<SqliteStatement> insertFts;
};

CatalogWriter::CatalogWriter(QSqlDatabase db) : m_db(std::move(db)) {}

CatalogWriter::~CatalogWriter() = default;

namespace {

QVariant nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// A null QString binds as SQL NULL; NOT NULL text columns want ''.
QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

} // namespace

Result<CatalogWriteSummary> CatalogWriter::write(const ParsedCatalog& catalog)
{
    using R = Result<CatalogWriteSummary>;
    if (Status s = begin(catalog); !s)
        return R::failure(s.error());
    if (Status s = addCourses(catalog.data.courses); !s)
        return R::failure(s.error());
    return finish(catalog);
}

Status CatalogWriter::begin(const ParsedCatalog& catalog)
{
    CatalogWriteSummary summary;
    const CatalogData& data = catalog.data;

    // Names as they were, then as this file leaves them: the full-text index carries
    // provider names and skill labels, so a rename re-indexes the courses it touches.
    QHash<QString, QString> labels = CatalogStore(m_db).skillLabels();
    QHash<QString, QString> providerNames;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT id, name FROM providers"));
        while (q.next())
            providerNames.insert(q.value(0).toString(), q.value(1).toString());
    }
    QStringList renamedProviders, relabelledSkills;

    QSqlQuery provider(m_db), providerIfMissing(m_db), skill(m_db), skillIfMissing(m_db);
    for (auto [query, text] : {std::pair{&provider, QStringLiteral("INSERT INTO providers(id, name, url, description) VALUES (?, ?, ?, ?)"
                                                                  " ON CONFLICT(id) DO UPDATE SET name = excluded.name,"
                                                                  " url = excluded.url, description = excluded.description")},
                               std::pair{&providerIfMissing, QStringLiteral("INSERT OR IGNORE INTO providers(id, name, url, description)"
                                                                           " VALUES (?, ?, ?, ?)")},
                               std::pair{&skill, QStringLiteral("INSERT INTO skills(id, label, framework_uri) VALUES (?, ?, ?)"
                                                               " ON CONFLICT(id) DO UPDATE SET label = excluded.label,"
                                                               " framework_uri = excluded.framework_uri")},
                               std::pair{&skillIfMissing, QStringLiteral("INSERT OR IGNORE INTO skills(id, label, framework_uri)"
                                                                        " VALUES (?, ?, ?)")}}) {
        if (Status s = sql::prepare(*query, text); !s)
            return s;
    }
    for (const Provider& p : data.providers) {
        const bool implicit = catalog.implicitProviders.contains(p.id);
        QSqlQuery& q = implicit ? providerIfMissing : provider;
        q.addBindValue(p.id);
        q.addBindValue(p.name);
        q.addBindValue(nullIfEmpty(p.url));
        q.addBindValue(nullIfEmpty(p.description));
        if (Status s = sql::exec(q); !s)
            return s;
        const auto old = providerNames.constFind(p.id);
        if (old == providerNames.constEnd())
            providerNames.insert(p.id, p.name);
        else if (!implicit && *old != p.name) {
            renamedProviders.append(p.id);
            providerNames.insert(p.id, p.name);
        }
    }
    for (const Skill& s : data.skills) {
        const bool implicit = catalog.implicitSkills.contains(s.id);
        QSqlQuery& q = implicit ? skillIfMissing : skill;
        q.addBindValue(s.id);
        q.addBindValue(s.label);
        q.addBindValue(nullIfEmpty(s.frameworkUri));
        if (Status st = sql::exec(q); !st)
            return st;
        const auto old = labels.constFind(s.id);
        if (old == labels.constEnd())
            labels.insert(s.id, s.label);
        else if (!implicit && *old != s.label) {
            relabelledSkills.append(s.id);
            labels.insert(s.id, s.label);
        }
    }
    summary.providers = int(data.providers.size());
    summary.skills = int(data.skills.size());

    QHash<QString, qint64> existingRowids;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT id, rowid FROM courses"));
        while (q.next())
            existingRowids.insert(q.value(0).toString(), q.value(1).toLongLong());
    }

    // The hot loop of a large import: straight to SQLite (see SqliteStatement).
    auto insertCourse = std::make_unique<SqliteStatement>(m_db, "INSERT INTO courses(id, title, provider_id, summary, hours, cost, currency, level,"
                                       " language, delivery, url) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    auto updateCourse = std::make_unique<SqliteStatement>(m_db, "UPDATE courses SET id = ?1, title = ?2, provider_id = ?3, summary = ?4, hours = ?5,"
                                       " cost = ?6, currency = ?7, level = ?8, language = ?9, delivery = ?10, url = ?11"
                                       " WHERE rowid = ?12");
    auto clearSkills = std::make_unique<SqliteStatement>(m_db, "DELETE FROM course_skills WHERE course_id = ?1");
    auto insertSkill = std::make_unique<SqliteStatement>(m_db, "INSERT INTO course_skills(course_id, skill_id, position) VALUES (?1, ?2, ?3)");
    auto deleteFts = std::make_unique<SqliteStatement>(m_db, "DELETE FROM course_fts WHERE rowid = ?1");
    auto insertFts = std::make_unique<SqliteStatement>(m_db, "INSERT INTO course_fts(rowid, title, summary, skills, provider) VALUES (?1, ?2, ?3, ?4, ?5)");
    for (const SqliteStatement* statement :
         {insertCourse.get(), updateCourse.get(), clearSkills.get(), insertSkill.get(), deleteFts.get(), insertFts.get()}) {
        if (!statement->isValid())
            return Status::failure(statement->error());
    }
    m_state = std::make_unique<State>(State{summary, std::move(labels), std::move(providerNames), std::move(renamedProviders),
                                            std::move(relabelledSkills), std::move(existingRowids), std::move(insertCourse),
                                            std::move(updateCourse), std::move(clearSkills), std::move(insertSkill),
                                            std::move(deleteFts), std::move(insertFts)});
    return {};

}

Status CatalogWriter::addCourses(const std::vector<Course>& courses)
{
    if (!m_state)
        return Status::failure(QStringLiteral("CatalogWriter::addCourses called before begin"));
    State& state = *m_state;
    CatalogWriteSummary& summary = state.summary;
    QHash<QString, QString>& labels = state.labels;
    QHash<QString, QString>& providerNames = state.providerNames;
    QHash<QString, qint64>& existingRowids = state.existingRowids;
    SqliteStatement& insertCourse = *state.insertCourse;
    SqliteStatement& updateCourse = *state.updateCourse;
    SqliteStatement& clearSkills = *state.clearSkills;
    SqliteStatement& insertSkill = *state.insertSkill;
    SqliteStatement& deleteFts = *state.deleteFts;
    SqliteStatement& insertFts = *state.insertFts;
    const QString empty = QStringLiteral("");
    for (const Course& c : courses) {
        const auto existing = existingRowids.constFind(c.id);
        const bool update = existing != existingRowids.constEnd();
        SqliteStatement& q = update ? updateCourse : insertCourse;
        q.bind(1, c.id);
        q.bind(2, c.title);
        q.bind(3, c.providerId);
        q.bind(4, c.summary.isNull() ? empty : c.summary);
        q.bind(5, c.hours);
        q.bind(6, c.cost);
        q.bindOptional(7, c.currency);
        q.bind(8, c.level.isNull() ? empty : c.level);
        q.bind(9, c.language.isNull() ? empty : c.language);
        q.bind(10, c.delivery.isNull() ? empty : c.delivery);
        q.bindOptional(11, c.url);
        if (update)
            q.bind(12, *existing);
        if (Status s = q.run(); !s)
            return s;
        const qint64 rowid = update ? *existing : q.lastInsertRowid();
        if (update) {
            ++summary.coursesUpdated;
            clearSkills.bind(1, c.id);
            deleteFts.bind(1, rowid);
            if (Status s = clearSkills.run(); !s)
                return s;
            if (Status s = deleteFts.run(); !s)
                return s;
        } else {
            ++summary.coursesAdded;
        }
        QString skillText;
        for (int i = 0; i < c.skillIds.size(); ++i) {
            insertSkill.bind(1, c.id);
            insertSkill.bind(2, c.skillIds.at(i));
            insertSkill.bind(3, qint64(i));
            if (Status s = insertSkill.run(); !s)
                return s;
            if (i > 0)
                skillText += QLatin1Char(' ');
            skillText += labels.value(c.skillIds.at(i));
        }
        insertFts.bind(1, rowid);
        insertFts.bind(2, c.title);
        insertFts.bind(3, c.summary.isNull() ? empty : c.summary);
        insertFts.bind(4, skillText);
        insertFts.bind(5, providerNames.value(c.providerId));
        if (Status s = insertFts.run(); !s)
            return s;
    }

    return {};
}

Result<CatalogWriteSummary> CatalogWriter::finish(const ParsedCatalog& catalog)
{
    using R = Result<CatalogWriteSummary>;
    if (!m_state)
        return R::failure(QStringLiteral("CatalogWriter::finish called before begin"));
    const std::unique_ptr<State> state = std::move(m_state);
    CatalogWriteSummary& summary = state->summary;
    const QStringList& renamedProviders = state->renamedProviders;
    const QStringList& relabelledSkills = state->relabelledSkills;
    const CatalogData& data = catalog.data;
    if (!renamedProviders.isEmpty() || !relabelledSkills.isEmpty()) {
        if (Status s = reindex(renamedProviders, relabelledSkills); !s)
            return R::failure(s.error());
    }

    const QSet<QString> existingMicrocredentials = CatalogStore(m_db).microcredentialIds();
    QSqlQuery upsertMc(m_db), clearGroups(m_db), insertGroup(m_db), insertGroupCourse(m_db), clearMcSkills(m_db), insertMcSkill(m_db);
    const QStringList mcStatements{
        QStringLiteral("INSERT INTO microcredentials(id, title, issuer, field, description, achievement_id, achievement_name)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET title = excluded.title,"
                       " issuer = excluded.issuer, field = excluded.field, description = excluded.description,"
                       " achievement_id = excluded.achievement_id, achievement_name = excluded.achievement_name"),
        QStringLiteral("DELETE FROM requirement_groups WHERE microcredential_id = ?"),
        QStringLiteral("INSERT INTO requirement_groups(microcredential_id, position, kind, n) VALUES (?, ?, ?, ?)"),
        QStringLiteral("INSERT INTO requirement_courses(group_id, course_id, position) VALUES (?, ?, ?)"),
        QStringLiteral("DELETE FROM microcredential_skills WHERE microcredential_id = ?"),
        QStringLiteral("INSERT INTO microcredential_skills(microcredential_id, skill_id, position) VALUES (?, ?, ?)")};
    QSqlQuery* mcPrepared[] = {&upsertMc, &clearGroups, &insertGroup, &insertGroupCourse, &clearMcSkills, &insertMcSkill};
    for (int i = 0; i < 6; ++i) {
        if (Status s = sql::prepare(*mcPrepared[i], mcStatements.at(i)); !s)
            return R::failure(s.error());
    }
    for (const Microcredential& mc : data.microcredentials) {
        existingMicrocredentials.contains(mc.id) ? ++summary.microcredentialsUpdated : ++summary.microcredentialsAdded;
        for (const QVariant& v : {QVariant(mc.id), QVariant(mc.title), QVariant(mc.issuer), nullIfEmpty(mc.field),
                                  text(mc.description), nullIfEmpty(mc.achievementId), nullIfEmpty(mc.achievementName)})
            upsertMc.addBindValue(v);
        clearGroups.addBindValue(mc.id);
        clearMcSkills.addBindValue(mc.id);
        for (QSqlQuery* q : {&upsertMc, &clearGroups, &clearMcSkills}) {
            if (Status s = sql::exec(*q); !s)
                return R::failure(s.error());
        }
        for (size_t g = 0; g < mc.requirements.size(); ++g) {
            const RequirementGroup& group = mc.requirements[g];
            insertGroup.addBindValue(mc.id);
            insertGroup.addBindValue(int(g));
            insertGroup.addBindValue(RequirementGroup::kindName(group.kind));
            insertGroup.addBindValue(group.requiredUnits());
            if (Status s = sql::exec(insertGroup); !s)
                return R::failure(s.error());
            const qint64 groupId = insertGroup.lastInsertId().toLongLong();
            for (int i = 0; i < group.courseIds.size(); ++i) {
                insertGroupCourse.addBindValue(groupId);
                insertGroupCourse.addBindValue(group.courseIds.at(i));
                insertGroupCourse.addBindValue(i);
                if (Status s = sql::exec(insertGroupCourse); !s)
                    return R::failure(s.error());
            }
        }
        for (int i = 0; i < mc.skillIds.size(); ++i) {
            insertMcSkill.addBindValue(mc.id);
            insertMcSkill.addBindValue(mc.skillIds.at(i));
            insertMcSkill.addBindValue(i);
            if (Status s = sql::exec(insertMcSkill); !s)
                return R::failure(s.error());
        }
    }
    if (Status s = bumpGeneration(); !s)
        return R::failure(s.error());
    return summary;
}

Status CatalogWriter::bumpGeneration()
{
    // A fresh random token (not a counter), so a cache can never mistake a new file at the
    // same path for the one it has seen.
    QSqlQuery q(m_db);
    if (Status s = sql::prepare(q, QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES ('catalog_generation', ?)")); !s)
        return s;
    q.addBindValue(QString::number(QRandomGenerator::global()->generate64(), 16));
    return sql::exec(q);
}

Status CatalogWriter::reindex(const QStringList& providerIds, const QStringList& skillIds)
{
    auto quoted = [](const QStringList& ids) {
        QStringList out;
        for (QString id : ids)
            out.append(QLatin1Char('\'') + id.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\''));
        return out.isEmpty() ? QStringLiteral("NULL") : out.join(QLatin1Char(','));
    };
    const QString affected = QStringLiteral("SELECT c.rowid FROM courses c WHERE c.provider_id IN (%1)"
                                            " OR c.id IN (SELECT course_id FROM course_skills WHERE skill_id IN (%2))")
                                 .arg(quoted(providerIds), quoted(skillIds));
    if (Status s = bumpGeneration(); !s)
        return s;
    if (Status s = sql::run(m_db, QStringLiteral("DELETE FROM course_fts WHERE rowid IN (") + affected + QLatin1Char(')')); !s)
        return s;
    return sql::run(m_db, QStringLiteral("INSERT INTO course_fts(rowid, title, summary, skills, provider)"
                                         " SELECT c.rowid, c.title, c.summary,"
                                         "  coalesce((SELECT group_concat(s.label, ' ') FROM course_skills cs"
                                         "            JOIN skills s ON s.id = cs.skill_id WHERE cs.course_id = c.id), ''),"
                                         "  p.name"
                                         " FROM courses c JOIN providers p ON p.id = c.provider_id WHERE c.rowid IN (")
                              + affected + QLatin1Char(')'));
}

Status CatalogWriter::recordImport(const QString& name, const QString& source, const CatalogWriteSummary& summary)
{
    QSqlQuery q(m_db);
    if (Status s = sql::prepare(q, QStringLiteral("INSERT INTO catalog_imports(name, source, imported_at, courses, microcredentials)"
                                                  " VALUES (?, ?, ?, ?, ?)"));
        !s)
        return s;
    q.addBindValue(name);
    q.addBindValue(source);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(summary.coursesAdded + summary.coursesUpdated);
    q.addBindValue(summary.microcredentialsAdded + summary.microcredentialsUpdated);
    return sql::exec(q);
}

} // namespace credfolio
