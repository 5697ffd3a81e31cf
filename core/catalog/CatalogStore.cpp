#include "catalog/CatalogStore.h"

#include "storage/SqlUtil.h"

#include <QSqlQuery>
#include <QVariant>

namespace credfolio {

namespace {

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

QSet<QString> CatalogStore::microcredentialIds() const
{
    return idSet(m_db, QStringLiteral("SELECT id FROM microcredentials"));
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
