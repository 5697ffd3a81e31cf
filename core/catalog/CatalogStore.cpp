#include "catalog/CatalogStore.h"

#include "storage/SqlUtil.h"
#include "storage/SqliteStatement.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QVariant>

namespace credfolio {

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

QSet<QString> idSet(const QSqlDatabase& db, const QString& statement)
{
    QSet<QString> ids;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (query.exec(statement)) {
        while (query.next())
            ids.insert(query.value(0).toString());
    }
    return ids;
}

Course courseFromQuery(const QSqlQuery& q)
{
    Course c;
    c.id = q.value(0).toString();
    c.title = q.value(1).toString();
    c.providerId = q.value(2).toString();
    c.summary = q.value(3).toString();
    c.hours = q.value(4).toDouble();
    c.cost = q.value(5).toDouble();
    c.currency = q.value(6).toString();
    c.level = q.value(7).toString();
    c.language = q.value(8).toString();
    c.delivery = q.value(9).toString();
    c.url = q.value(10).toString();
    return c;
}

const QString courseColumns =
    QStringLiteral("id, title, provider_id, summary, hours, cost, currency, level, language, delivery, url");

} // namespace

Result<CatalogWriteSummary> CatalogStore::write(const ParsedCatalog& catalog)
{
    using R = Result<CatalogWriteSummary>;
    CatalogWriteSummary summary;
    const CatalogData& data = catalog.data;

    // Names as they were, then as this file leaves them: the full-text index carries
    // provider names and skill labels, so a rename re-indexes the courses it touches.
    QHash<QString, QString> labels = skillLabels();
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
            return R::failure(s.error());
    }
    for (const Provider& p : data.providers) {
        const bool implicit = catalog.implicitProviders.contains(p.id);
        QSqlQuery& q = implicit ? providerIfMissing : provider;
        q.addBindValue(p.id);
        q.addBindValue(p.name);
        q.addBindValue(nullIfEmpty(p.url));
        q.addBindValue(nullIfEmpty(p.description));
        if (Status s = sql::exec(q); !s)
            return R::failure(s.error());
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
            return R::failure(st.error());
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
    SqliteStatement insertCourse(m_db, "INSERT INTO courses(id, title, provider_id, summary, hours, cost, currency, level,"
                                       " language, delivery, url) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    SqliteStatement updateCourse(m_db, "UPDATE courses SET id = ?1, title = ?2, provider_id = ?3, summary = ?4, hours = ?5,"
                                       " cost = ?6, currency = ?7, level = ?8, language = ?9, delivery = ?10, url = ?11"
                                       " WHERE rowid = ?12");
    SqliteStatement clearSkills(m_db, "DELETE FROM course_skills WHERE course_id = ?1");
    SqliteStatement insertSkill(m_db, "INSERT INTO course_skills(course_id, skill_id, position) VALUES (?1, ?2, ?3)");
    SqliteStatement deleteFts(m_db, "DELETE FROM course_fts WHERE rowid = ?1");
    SqliteStatement insertFts(m_db, "INSERT INTO course_fts(rowid, title, summary, skills, provider) VALUES (?1, ?2, ?3, ?4, ?5)");
    for (const SqliteStatement* statement : {&insertCourse, &updateCourse, &clearSkills, &insertSkill, &deleteFts, &insertFts}) {
        if (!statement->isValid())
            return R::failure(statement->error());
    }

    const QString empty = QStringLiteral("");
    for (const Course& c : data.courses) {
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
            return R::failure(s.error());
        const qint64 rowid = update ? *existing : q.lastInsertRowid();
        if (update) {
            ++summary.coursesUpdated;
            clearSkills.bind(1, c.id);
            deleteFts.bind(1, rowid);
            if (Status s = clearSkills.run(); !s)
                return R::failure(s.error());
            if (Status s = deleteFts.run(); !s)
                return R::failure(s.error());
        } else {
            ++summary.coursesAdded;
        }
        QString skillText;
        for (int i = 0; i < c.skillIds.size(); ++i) {
            insertSkill.bind(1, c.id);
            insertSkill.bind(2, c.skillIds.at(i));
            insertSkill.bind(3, qint64(i));
            if (Status s = insertSkill.run(); !s)
                return R::failure(s.error());
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
            return R::failure(s.error());
    }

    if (!renamedProviders.isEmpty() || !relabelledSkills.isEmpty()) {
        if (Status s = reindex(renamedProviders, relabelledSkills); !s)
            return R::failure(s.error());
    }

    const QSet<QString> existingMicrocredentials = idSet(m_db, QStringLiteral("SELECT id FROM microcredentials"));
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

Status CatalogStore::bumpGeneration()
{
    // A fresh random token (not a counter), so a cache can never mistake a new file at the
    // same path for the one it has seen.
    QSqlQuery q(m_db);
    if (Status s = sql::prepare(q, QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES ('catalog_generation', ?)")); !s)
        return s;
    q.addBindValue(QString::number(QRandomGenerator::global()->generate64(), 16));
    return sql::exec(q);
}

Status CatalogStore::reindex(const QStringList& providerIds, const QStringList& skillIds)
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

Status CatalogStore::recordImport(const QString& name, const QString& source, const CatalogWriteSummary& summary)
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

QSet<QString> CatalogStore::providerIds() const
{
    return idSet(m_db, QStringLiteral("SELECT id FROM providers"));
}

QSet<QString> CatalogStore::skillIds() const
{
    return idSet(m_db, QStringLiteral("SELECT id FROM skills"));
}

QSet<QString> CatalogStore::courseIds() const
{
    return idSet(m_db, QStringLiteral("SELECT id FROM courses"));
}

QHash<QString, QString> CatalogStore::skillLabels() const
{
    QHash<QString, QString> labels;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT id, label FROM skills"));
    while (q.next())
        labels.insert(q.value(0).toString(), q.value(1).toString());
    return labels;
}

std::vector<Provider> CatalogStore::providers() const
{
    std::vector<Provider> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT id, name, coalesce(url, ''), coalesce(description, '') FROM providers ORDER BY name COLLATE NOCASE"));
    while (q.next())
        list.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return list;
}

std::vector<Skill> CatalogStore::skills() const
{
    std::vector<Skill> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT id, label, coalesce(framework_uri, '') FROM skills ORDER BY label COLLATE NOCASE"));
    while (q.next())
        list.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return list;
}

std::optional<Course> CatalogStore::course(const QString& id) const
{
    const QHash<QString, Course> found = courses({id});
    if (found.isEmpty())
        return std::nullopt;
    return found.value(id);
}

QHash<QString, Course> CatalogStore::courses(const QStringList& ids) const
{
    QHash<QString, Course> result;
    QSqlQuery q(m_db), skillsQuery(m_db);
    q.prepare(QStringLiteral("SELECT ") + courseColumns + QStringLiteral(" FROM courses WHERE id = ?"));
    skillsQuery.prepare(QStringLiteral("SELECT skill_id FROM course_skills WHERE course_id = ? ORDER BY position"));
    for (const QString& id : ids) {
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            continue;
        Course c = courseFromQuery(q);
        skillsQuery.addBindValue(id);
        if (skillsQuery.exec()) {
            while (skillsQuery.next())
                c.skillIds.append(skillsQuery.value(0).toString());
        }
        result.insert(id, c);
    }
    return result;
}

std::vector<Microcredential> CatalogStore::microcredentials() const
{
    return loadMicrocredentials(QString());
}

std::optional<Microcredential> CatalogStore::microcredential(const QString& id) const
{
    std::vector<Microcredential> list = loadMicrocredentials(id);
    if (list.empty())
        return std::nullopt;
    return list.front();
}

std::vector<Microcredential> CatalogStore::loadMicrocredentials(const QString& onlyId) const
{
    std::vector<Microcredential> list;
    QHash<QString, size_t> index;
    const QString filter = onlyId.isEmpty() ? QString() : QStringLiteral(" WHERE m.id = :id");
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT m.id, m.title, m.issuer, coalesce(m.field, ''), m.description,"
                             " coalesce(m.achievement_id, ''), coalesce(m.achievement_name, '')"
                             " FROM microcredentials m") + filter + QStringLiteral(" ORDER BY m.title COLLATE NOCASE"));
    if (!onlyId.isEmpty())
        q.bindValue(QStringLiteral(":id"), onlyId);
    if (!q.exec())
        return list;
    while (q.next()) {
        Microcredential mc;
        mc.id = q.value(0).toString();
        mc.title = q.value(1).toString();
        mc.issuer = q.value(2).toString();
        mc.field = q.value(3).toString();
        mc.description = q.value(4).toString();
        mc.achievementId = q.value(5).toString();
        mc.achievementName = q.value(6).toString();
        index.insert(mc.id, list.size());
        list.push_back(mc);
    }

    QSqlQuery groups(m_db);
    groups.prepare(QStringLiteral("SELECT g.microcredential_id, g.id, g.kind, g.n, rc.course_id"
                                  " FROM requirement_groups g JOIN requirement_courses rc ON rc.group_id = g.id")
                   + (onlyId.isEmpty() ? QString() : QStringLiteral(" WHERE g.microcredential_id = :id"))
                   + QStringLiteral(" ORDER BY g.microcredential_id, g.position, rc.position"));
    if (!onlyId.isEmpty())
        groups.bindValue(QStringLiteral(":id"), onlyId);
    qint64 lastGroup = -1;
    if (groups.exec()) {
        while (groups.next()) {
            const auto it = index.constFind(groups.value(0).toString());
            if (it == index.constEnd())
                continue;
            Microcredential& mc = list[*it];
            const qint64 groupId = groups.value(1).toLongLong();
            if (groupId != lastGroup) {
                RequirementGroup group;
                group.kind = groups.value(2).toString() == QLatin1String("n_of") ? RequirementGroup::Kind::NOf
                                                                                 : RequirementGroup::Kind::All;
                group.n = groups.value(3).toInt();
                mc.requirements.push_back(group);
                lastGroup = groupId;
            }
            mc.requirements.back().courseIds.append(groups.value(4).toString());
        }
    }

    QSqlQuery skills(m_db);
    skills.prepare(QStringLiteral("SELECT microcredential_id, skill_id FROM microcredential_skills")
                   + (onlyId.isEmpty() ? QString() : QStringLiteral(" WHERE microcredential_id = :id"))
                   + QStringLiteral(" ORDER BY microcredential_id, position"));
    if (!onlyId.isEmpty())
        skills.bindValue(QStringLiteral(":id"), onlyId);
    if (skills.exec()) {
        while (skills.next()) {
            const auto it = index.constFind(skills.value(0).toString());
            if (it != index.constEnd())
                list[*it].skillIds.append(skills.value(1).toString());
        }
    }
    return list;
}

QStringList CatalogStore::microcredentialsRequiring(const QString& courseId) const
{
    QStringList ids;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT DISTINCT g.microcredential_id FROM requirement_courses rc"
                             " JOIN requirement_groups g ON g.id = rc.group_id WHERE rc.course_id = ?"
                             " ORDER BY g.microcredential_id"));
    q.addBindValue(courseId);
    if (q.exec()) {
        while (q.next())
            ids.append(q.value(0).toString());
    }
    return ids;
}

QStringList CatalogStore::languages() const
{
    QStringList list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT DISTINCT language FROM courses ORDER BY language"));
    while (q.next())
        list.append(q.value(0).toString());
    return list;
}

int CatalogStore::courseCount() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT count(*) FROM courses")) && q.next())
        return q.value(0).toInt();
    return 0;
}

} // namespace credfolio
