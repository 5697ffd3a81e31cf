#include "progress/ProgressStore.h"

#include "catalog/CatalogStore.h"
#include "portfolio/BadgeStore.h"
#include "progress/ProgressCalculator.h"
#include "storage/SqlUtil.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace credfolio {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

bool exists(const QSqlDatabase& db, const QString& table, const QString& id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    return q.exec() && q.next();
}

// Runs one statement with values inside its own write transaction.
Status write(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    Transaction transaction(db);
    if (Status s = transaction.begin(); !s)
        return s;
    QSqlQuery q(db);
    if (Status s = sql::prepare(q, statement); !s)
        return s;
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (Status s = sql::exec(q); !s)
        return s;
    return transaction.commit();
}

} // namespace

Status ProgressStore::addToPlan(const QString& microcredentialId)
{
    if (!exists(m_db, QStringLiteral("microcredentials"), microcredentialId))
        return Status::failure(
            QCoreApplication::translate("ProgressStore", "There is no microcredential with the id \"%1\" in the catalog.")
                .arg(microcredentialId));
    return write(m_db, QStringLiteral("INSERT OR IGNORE INTO plan(microcredential_id, added_at) VALUES (?, ?)"),
        {microcredentialId, now()});
}

Status ProgressStore::removeFromPlan(const QString& microcredentialId)
{
    if (!isPlanned(microcredentialId))
        return Status::failure(QCoreApplication::translate("ProgressStore", "The microcredential \"%1\" is not in your plan.")
                                   .arg(microcredentialId));
    return write(m_db, QStringLiteral("DELETE FROM plan WHERE microcredential_id = ?"), {microcredentialId});
}

QStringList ProgressStore::plan() const
{
    QStringList ids;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT microcredential_id FROM plan ORDER BY rowid"))) {
        while (q.next())
            ids.append(q.value(0).toString());
    }
    return ids;
}

bool ProgressStore::isPlanned(const QString& microcredentialId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM plan WHERE microcredential_id = ?"));
    q.addBindValue(microcredentialId);
    return q.exec() && q.next();
}

Status ProgressStore::setCourseStatus(const QString& courseId, CourseStatus status)
{
    if (!exists(m_db, QStringLiteral("courses"), courseId))
        return Status::failure(
            QCoreApplication::translate("ProgressStore", "There is no course with the id \"%1\" in the catalog.").arg(courseId));
    if (status.percent < 0 || status.percent > 100)
        return Status::failure(
            QCoreApplication::translate("ProgressStore", "Progress must be a percentage from 0 to 100, not %1.")
                .arg(status.percent));
    if (status.state == CourseStatus::State::None)
        return write(m_db, QStringLiteral("DELETE FROM course_progress WHERE course_id = ?"), {courseId});
    QVariant completedOn;
    if (status.state == CourseStatus::State::Completed) {
        status.percent = 100;
        const QDate date = status.completedOn.isValid() ? status.completedOn : QDate::currentDate();
        if (date > QDate::currentDate().addDays(1))
            return Status::failure(QCoreApplication::translate("ProgressStore", "The completion date %1 is in the future.")
                                       .arg(date.toString(Qt::ISODate)));
        completedOn = date.toString(Qt::ISODate);
    } else if (status.state == CourseStatus::State::Planned) {
        status.percent = 0;
    }
    return write(m_db,
        QStringLiteral("INSERT INTO course_progress(course_id, status, percent, completed_on, updated_at)"
                       " VALUES (?, ?, ?, ?, ?) ON CONFLICT(course_id) DO UPDATE SET status = excluded.status,"
                       " percent = excluded.percent, completed_on = excluded.completed_on, updated_at = excluded.updated_at"),
        {courseId,
            status.state == CourseStatus::State::InProgress ? QStringLiteral("in_progress")
                                                            : CourseStatus::stateName(status.state),
            status.percent, completedOn, now()});
}

CourseStatus ProgressStore::courseStatus(const QString& courseId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT status, percent, completed_on FROM course_progress WHERE course_id = ?"));
    q.addBindValue(courseId);
    CourseStatus status;
    if (q.exec() && q.next()) {
        status.state = CourseStatus::stateFromName(q.value(0).toString()).value_or(CourseStatus::State::None);
        status.percent = q.value(1).toInt();
        status.completedOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    }
    return status;
}

QHash<QString, CourseStatus> ProgressStore::courseStatuses() const
{
    QHash<QString, CourseStatus> statuses;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT course_id, status, percent, completed_on FROM course_progress"))) {
        while (q.next()) {
            CourseStatus status;
            status.state = CourseStatus::stateFromName(q.value(1).toString()).value_or(CourseStatus::State::None);
            status.percent = q.value(2).toInt();
            status.completedOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
            statuses.insert(q.value(0).toString(), status);
        }
    }
    return statuses;
}

std::vector<MicrocredentialProgress> ProgressStore::progress() const
{
    std::vector<MicrocredentialProgress> list;
    for (const QString& id : plan()) {
        if (auto p = progressFor(id))
            list.push_back(*p);
    }
    return list;
}

std::optional<MicrocredentialProgress> ProgressStore::progressFor(const QString& microcredentialId) const
{
    const CatalogStore catalog(m_db);
    const std::optional<Microcredential> mc = catalog.microcredential(microcredentialId);
    if (!mc)
        return std::nullopt;
    const QHash<QString, CourseStatus> statuses = courseStatuses();
    QStringList ids;
    for (const RequirementGroup& group : mc->requirements)
        ids += group.courseIds;
    // Completed courses outside the requirements still teach skills.
    for (auto it = statuses.begin(); it != statuses.end(); ++it) {
        if (it->isCompleted())
            ids.append(it.key());
    }
    ids.removeDuplicates();
    MicrocredentialProgress progress = ProgressCalculator::compute(*mc, catalog.courses(ids), statuses);
    // An earned badge in the portfolio settles it, whatever the courses say.
    const QString achievementName = mc->achievementName.isEmpty() ? mc->title : mc->achievementName;
    progress.badgeId = BadgeStore(m_db).badgeEarning(mc->achievementId, achievementName, mc->issuer);
    if (progress.badgeId > 0) {
        // The badge certifies every skill the microcredential does.
        progress.earned = true;
        progress.skillsAcquired = progress.skillsCertified;
    }
    return progress;
}

} // namespace credfolio
