#include "portfolio/BadgeStore.h"

#include "portfolio/CredentialFacts.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace credfolio {

namespace {

QVariant isoOrNull(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODate)) : QVariant();
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL with '' for "none".
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QDateTime fromIso(const QVariant& v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

const char* const recordColumns = "b.id, b.credential_id, b.sha256, b.file_name, b.media_type, b.container, b.format, b.kind,"
                                  " b.name, b.description, b.issuer_name, b.issuer_id, b.recipient, b.achievement_id,"
                                  " b.issued, b.expires, b.verdict, b.state, b.verified_at, b.imported_at,"
                                  " b.kept_invalid, b.sample, b.source_url";

BadgeRecord readRecord(const QSqlQuery& q)
{
    BadgeRecord r;
    r.id = q.value(0).toLongLong();
    r.credentialId = q.value(1).toString();
    r.sha256 = q.value(2).toString();
    r.fileName = q.value(3).toString();
    r.mediaType = q.value(4).toString();
    r.container = q.value(5).toString();
    r.format = q.value(6).toString();
    r.kind = q.value(7).toString();
    r.name = q.value(8).toString();
    r.description = q.value(9).toString();
    r.issuerName = q.value(10).toString();
    r.issuerId = q.value(11).toString();
    r.recipient = q.value(12).toString();
    r.achievementId = q.value(13).toString();
    r.issued = fromIso(q.value(14));
    r.expires = fromIso(q.value(15));
    r.verdict = q.value(16).toString();
    r.state = badgeStateFromName(q.value(17).toString());
    r.verifiedAt = fromIso(q.value(18));
    r.importedAt = fromIso(q.value(19));
    r.keptInvalid = q.value(20).toBool();
    r.sample = q.value(21).toBool();
    r.sourceUrl = q.value(22).toString();
    return r;
}

// Words as FTS5 prefix terms, each quoted so punctuation cannot form query syntax.
QString ftsQuery(const QString& text)
{
    QStringList terms;
    for (QString word : text.split(QRegularExpression(QStringLiteral("[\\s\\p{P}]+")), Qt::SkipEmptyParts)) {
        word.replace(QLatin1Char('"'), QLatin1String("\"\""));
        terms.append(QLatin1Char('"') + word + QLatin1String("\"*"));
    }
    return terms.join(QLatin1Char(' '));
}

QString skillsText(const QList<BadgeSkill>& skills)
{
    QStringList labels;
    for (const BadgeSkill& s : skills)
        labels.append(s.label);
    return labels.join(QLatin1Char(' '));
}

} // namespace

BadgeStore::BadgeStore(QSqlDatabase db) : m_db(std::move(db)) { }

std::vector<BadgeRecord> BadgeStore::list(const BadgeQuery& query) const
{
    QString sql = QStringLiteral("SELECT %1 FROM badges b").arg(QLatin1String(recordColumns));
    QStringList where;
    QVariantList binds;
    const QString fts = ftsQuery(query.text);
    if (!fts.isEmpty()) {
        where.append(QStringLiteral("b.id IN (SELECT rowid FROM badge_fts WHERE badge_fts MATCH ?)"));
        binds.append(fts);
    }
    if (query.state) {
        where.append(QStringLiteral("b.state = ?"));
        binds.append(badgeStateName(*query.state));
    }
    if (!query.issuer.isEmpty()) {
        where.append(QStringLiteral("b.issuer_name = ?"));
        binds.append(query.issuer);
    }
    if (!query.skill.isEmpty()) {
        where.append(QStringLiteral("b.id IN (SELECT badge_id FROM badge_skills WHERE label = ? COLLATE NOCASE)"));
        binds.append(query.skill);
    }
    if (query.year > 0) {
        where.append(QStringLiteral("substr(b.issued, 1, 4) = ?"));
        binds.append(QString::number(query.year));
    }
    if (query.collectionId > 0) {
        where.append(QStringLiteral("b.id IN (SELECT badge_id FROM collection_badges WHERE collection_id = ?)"));
        binds.append(query.collectionId);
    }
    if (!query.samples)
        where.append(QStringLiteral("b.sample = 0"));
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    switch (query.sort) {
    case BadgeQuery::Sort::Newest:
        sql += QStringLiteral(" ORDER BY coalesce(b.issued, b.imported_at) DESC, b.id DESC");
        break;
    case BadgeQuery::Sort::Oldest:
        sql += QStringLiteral(" ORDER BY coalesce(b.issued, b.imported_at) ASC, b.id ASC");
        break;
    case BadgeQuery::Sort::Name:
        sql += QStringLiteral(" ORDER BY b.name COLLATE NOCASE, b.id");
        break;
    case BadgeQuery::Sort::Issuer:
        sql += QStringLiteral(" ORDER BY b.issuer_name COLLATE NOCASE, b.name COLLATE NOCASE, b.id");
        break;
    case BadgeQuery::Sort::Status:
        sql += QStringLiteral(" ORDER BY CASE b.state WHEN 'verified' THEN 0 WHEN 'not-verified' THEN 1"
                              " WHEN 'self-reported' THEN 2 WHEN 'expired' THEN 3 WHEN 'revoked' THEN 4 ELSE 5 END,"
                              " b.name COLLATE NOCASE, b.id");
        break;
    }
    QSqlQuery q(m_db);
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    std::vector<BadgeRecord> list;
    if (!q.exec())
        return list;
    while (q.next())
        list.push_back(readRecord(q));
    return list;
}

int BadgeStore::count() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT count(*) FROM badges")) && q.next() ? q.value(0).toInt() : 0;
}

int BadgeStore::sampleCount() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT count(*) FROM badges WHERE sample = 1")) && q.next() ? q.value(0).toInt() : 0;
}

std::optional<BadgeRecord> BadgeStore::record(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM badges b WHERE b.id = ?").arg(QLatin1String(recordColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readRecord(q);
}

std::optional<BadgeDetail> BadgeStore::detail(qint64 id) const
{
    const std::optional<BadgeRecord> r = record(id);
    if (!r)
        return std::nullopt;
    BadgeDetail d;
    d.record = *r;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT original, credential_json, report_json FROM badges WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next()) {
        d.original = q.value(0).toByteArray();
        d.credential = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
        d.report = QJsonDocument::fromJson(q.value(2).toByteArray()).object();
    }
    q.prepare(QStringLiteral("SELECT label, uri, kind FROM badge_skills WHERE badge_id = ? ORDER BY rowid"));
    q.addBindValue(id);
    if (q.exec()) {
        while (q.next())
            d.skills.append(
                BadgeSkill{q.value(0).toString(), q.value(1).toString(), BadgeSkill::kindFromName(q.value(2).toString())});
    }
    q.prepare(QStringLiteral("SELECT id, file_name, media_type, bytes FROM badge_attachments WHERE badge_id = ? ORDER BY id"));
    q.addBindValue(id);
    if (q.exec()) {
        while (q.next())
            d.attachments.append(
                BadgeAttachment{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toByteArray()});
    }
    q.prepare(QStringLiteral("SELECT c.name FROM collections c JOIN collection_badges cb ON cb.collection_id = c.id"
                             " WHERE cb.badge_id = ? ORDER BY c.name COLLATE NOCASE"));
    q.addBindValue(id);
    if (q.exec()) {
        while (q.next())
            d.collections.append(q.value(0).toString());
    }
    return d;
}

QByteArray BadgeStore::original(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT original FROM badges WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toByteArray() : QByteArray();
}

QByteArray BadgeStore::image(qint64 id, QString* mediaType) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT container, original, credential_json FROM badges WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    const QString container = q.value(0).toString();
    if (container == QLatin1String("png") || container == QLatin1String("svg")) {
        if (mediaType)
            *mediaType = container == QLatin1String("png") ? QStringLiteral("image/png") : QStringLiteral("image/svg+xml");
        return q.value(1).toByteArray();
    }
    const CredentialFacts::Image image = CredentialFacts::image(QJsonDocument::fromJson(q.value(2).toByteArray()).object());
    if (image.bytes.isEmpty() && !image.url.isEmpty()) {
        QSqlQuery cached(m_db);
        cached.prepare(QStringLiteral("SELECT media_type, bytes FROM image_cache WHERE url = ?"));
        cached.addBindValue(image.url);
        if (cached.exec() && cached.next()) {
            if (mediaType)
                *mediaType = cached.value(0).toString();
            return cached.value(1).toByteArray();
        }
    }
    if (mediaType)
        *mediaType = image.mediaType;
    return image.bytes;
}

QStringList BadgeStore::uncachedImageUrls() const
{
    QStringList urls;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT credential_json FROM badges WHERE container NOT IN ('png', 'svg')")))
        return urls;
    QSqlQuery cached(m_db);
    cached.prepare(QStringLiteral("SELECT 1 FROM image_cache WHERE url = ?"));
    while (q.next()) {
        const QString url = CredentialFacts::image(QJsonDocument::fromJson(q.value(0).toByteArray()).object()).url;
        if (!url.startsWith(QLatin1String("https://")) || urls.contains(url))
            continue;
        cached.addBindValue(url);
        if (cached.exec() && !cached.next())
            urls.append(url);
    }
    return urls;
}

QString BadgeStore::sniffImageType(const QByteArray& bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (bytes.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    if (bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a"))
        return QStringLiteral("image/gif");
    if (bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return QStringLiteral("image/webp");
    const QByteArray head = bytes.left(512).trimmed();
    if ((head.startsWith("<?xml") || head.startsWith("<svg")) && head.contains("<svg"))
        return QStringLiteral("image/svg+xml");
    return {};
}

Status BadgeStore::cacheImage(const QString& url, const QByteArray& bytes)
{
    const QString type = sniffImageType(bytes);
    if (type.isEmpty() || bytes.size() > 2 * 1024 * 1024)
        return Status::failure(QCoreApplication::translate(
            "BadgeStore", "%1 is not an image Credfolio shows (PNG, JPEG, GIF, WebP or SVG up to 2 MiB).")
                                   .arg(url));
    QSqlQuery q(m_db);
    if (Status s = sql::prepare(
            q, QStringLiteral("INSERT OR REPLACE INTO image_cache (url, media_type, bytes, fetched_at) VALUES (?, ?, ?, ?)"));
        !s)
        return s;
    q.addBindValue(url);
    q.addBindValue(type);
    q.addBindValue(bytes);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return sql::exec(q);
}

qint64 BadgeStore::findBySha256(const QString& sha256) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM badges WHERE sha256 = ?"));
    q.addBindValue(sha256);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

qint64 BadgeStore::findByCredentialId(const QString& credentialId) const
{
    if (credentialId.isEmpty())
        return 0;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM badges WHERE credential_id = ?"));
    q.addBindValue(credentialId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QStringList BadgeStore::allSha256() const
{
    QStringList list;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT sha256 FROM badges"))) {
        while (q.next())
            list.append(q.value(0).toString());
    }
    return list;
}

Status BadgeStore::insertRows(const NewBadge& badge, qint64 forcedId, qint64* newId)
{
    const BadgeRecord& r = badge.record;
    QSqlQuery q(m_db);
    if (Status s = sql::prepare(q,
            QStringLiteral(
                "INSERT INTO badges (id, credential_id, sha256, original, file_name, media_type, container, format, kind,"
                " name, description, issuer_name, issuer_id, recipient, achievement_id, issued, expires,"
                " credential_json, report_json, verdict, state, verified_at, kept_invalid, sample, source_url, imported_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        !s)
        return s;
    q.addBindValue(forcedId > 0 ? QVariant(forcedId) : QVariant());
    q.addBindValue(r.credentialId.isEmpty() ? QVariant() : QVariant(r.credentialId));
    q.addBindValue(text(r.sha256));
    q.addBindValue(badge.original);
    q.addBindValue(text(r.fileName));
    q.addBindValue(text(r.mediaType));
    q.addBindValue(text(r.container));
    q.addBindValue(text(r.format));
    q.addBindValue(text(r.kind));
    q.addBindValue(text(r.name));
    q.addBindValue(text(r.description));
    q.addBindValue(text(r.issuerName));
    q.addBindValue(text(r.issuerId));
    q.addBindValue(text(r.recipient));
    q.addBindValue(text(r.achievementId));
    q.addBindValue(isoOrNull(r.issued));
    q.addBindValue(isoOrNull(r.expires));
    q.addBindValue(QString::fromUtf8(QJsonDocument(badge.credential).toJson(QJsonDocument::Compact)));
    q.addBindValue(QString::fromUtf8(QJsonDocument(badge.report).toJson(QJsonDocument::Compact)));
    q.addBindValue(text(r.verdict));
    q.addBindValue(badgeStateName(r.state));
    q.addBindValue(isoOrNull(r.verifiedAt.isValid() ? r.verifiedAt : QDateTime::currentDateTimeUtc()));
    q.addBindValue(r.keptInvalid ? 1 : 0);
    q.addBindValue(r.sample ? 1 : 0);
    q.addBindValue(text(r.sourceUrl));
    q.addBindValue(isoOrNull(r.importedAt.isValid() ? r.importedAt : QDateTime::currentDateTimeUtc()));
    if (Status s = sql::exec(q); !s)
        return s;
    const qint64 id = q.lastInsertId().toLongLong();
    *newId = id;

    QSqlQuery skill(m_db);
    if (Status s = sql::prepare(
            skill, QStringLiteral("INSERT OR IGNORE INTO badge_skills (badge_id, label, uri, kind) VALUES (?, ?, ?, ?)"));
        !s)
        return s;
    for (const BadgeSkill& s : badge.skills) {
        skill.addBindValue(id);
        skill.addBindValue(text(s.label));
        skill.addBindValue(text(s.uri));
        skill.addBindValue(BadgeSkill::kindName(s.kind));
        if (Status st = sql::exec(skill); !st)
            return st;
    }
    QSqlQuery attachment(m_db);
    if (Status s = sql::prepare(attachment,
            QStringLiteral("INSERT INTO badge_attachments (id, badge_id, file_name, media_type, bytes) VALUES (?, ?, ?, ?, ?)"));
        !s)
        return s;
    for (const BadgeAttachment& a : badge.attachments) {
        attachment.addBindValue(a.id > 0 ? QVariant(a.id) : QVariant());
        attachment.addBindValue(id);
        attachment.addBindValue(text(a.fileName));
        attachment.addBindValue(text(a.mediaType));
        attachment.addBindValue(a.bytes);
        if (Status st = sql::exec(attachment); !st)
            return st;
    }
    QSqlQuery fts(m_db);
    if (Status s = sql::prepare(
            fts, QStringLiteral("INSERT INTO badge_fts (rowid, name, description, issuer, skills) VALUES (?, ?, ?, ?, ?)"));
        !s)
        return s;
    fts.addBindValue(id);
    fts.addBindValue(text(r.name));
    fts.addBindValue(text(r.description));
    fts.addBindValue(text(r.issuerName));
    fts.addBindValue(text(skillsText(badge.skills)));
    return sql::exec(fts);
}

Result<qint64> BadgeStore::insert(const NewBadge& badge, bool* duplicate)
{
    if (duplicate)
        *duplicate = false;
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return Result<qint64>::failure(s.error());
    // Checked inside the write transaction, so two importers cannot both insert.
    qint64 existing = findBySha256(badge.record.sha256);
    if (!existing)
        existing = findByCredentialId(badge.record.credentialId);
    if (existing) {
        if (duplicate)
            *duplicate = true;
        return existing;
    }
    qint64 id = 0;
    if (Status s = insertRows(badge, 0, &id); !s)
        return Result<qint64>::failure(
            QCoreApplication::translate("BadgeStore", "The badge could not be stored: %1").arg(s.error()));
    if (Status s = transaction.commit(); !s)
        return Result<qint64>::failure(
            QCoreApplication::translate("BadgeStore", "The badge could not be stored: %1").arg(s.error()));
    return id;
}

Status BadgeStore::updateReport(
    qint64 id, const QJsonObject& report, const QString& verdict, BadgeState state, const QDateTime& verifiedAt)
{
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s;
    QSqlQuery q(m_db);
    if (Status s = sql::prepare(
            q, QStringLiteral("UPDATE badges SET report_json = ?, verdict = ?, state = ?, verified_at = ? WHERE id = ?"));
        !s)
        return s;
    q.addBindValue(QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Compact)));
    q.addBindValue(verdict);
    q.addBindValue(badgeStateName(state));
    q.addBindValue(isoOrNull(verifiedAt));
    q.addBindValue(id);
    if (Status s = sql::exec(q); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Status::failure(QCoreApplication::translate("BadgeStore", "There is no badge %1 in the portfolio.").arg(id));
    return transaction.commit();
}

Result<DeletedBadge> BadgeStore::remove(qint64 id)
{
    std::optional<BadgeDetail> d = detail(id);
    if (!d)
        return Result<DeletedBadge>::failure(
            QCoreApplication::translate("BadgeStore", "There is no badge %1 in the portfolio.").arg(id));
    DeletedBadge deleted;
    deleted.detail = std::move(*d);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT collection_id FROM collection_badges WHERE badge_id = ?"));
    q.addBindValue(id);
    if (q.exec()) {
        while (q.next())
            deleted.collectionIds.append(q.value(0).toLongLong());
    }
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return Result<DeletedBadge>::failure(s.error());
    for (const QString& statement :
        {QStringLiteral("DELETE FROM badge_fts WHERE rowid = ?"), QStringLiteral("DELETE FROM badges WHERE id = ?")}) {
        QSqlQuery del(m_db);
        if (Status s = sql::prepare(del, statement); !s)
            return Result<DeletedBadge>::failure(s.error());
        del.addBindValue(id);
        if (Status s = sql::exec(del); !s)
            return Result<DeletedBadge>::failure(s.error());
    }
    if (Status s = transaction.commit(); !s)
        return Result<DeletedBadge>::failure(s.error());
    return deleted;
}

Status BadgeStore::restore(const DeletedBadge& deleted)
{
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s;
    NewBadge badge;
    badge.record = deleted.detail.record;
    badge.original = deleted.detail.original;
    badge.credential = deleted.detail.credential;
    badge.report = deleted.detail.report;
    badge.skills = deleted.detail.skills;
    badge.attachments = deleted.detail.attachments;
    if (findBySha256(badge.record.sha256) || findByCredentialId(badge.record.credentialId))
        return Status::failure(QCoreApplication::translate("BadgeStore", "The badge is already back in the portfolio."));
    qint64 id = 0;
    if (Status s = insertRows(badge, badge.record.id, &id); !s)
        return s;
    QSqlQuery q(m_db);
    if (Status s = sql::prepare(q,
            QStringLiteral("INSERT OR IGNORE INTO collection_badges (collection_id, badge_id)"
                           " SELECT id, ? FROM collections WHERE id = ?"));
        !s)
        return s;
    for (qint64 c : deleted.collectionIds) {
        q.addBindValue(id);
        q.addBindValue(c);
        if (Status s = sql::exec(q); !s)
            return s;
    }
    return transaction.commit();
}

Result<int> BadgeStore::removeSamples()
{
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return Result<int>::failure(s.error());
    if (Status s =
            sql::run(m_db, QStringLiteral("DELETE FROM badge_fts WHERE rowid IN (SELECT id FROM badges WHERE sample = 1)"));
        !s)
        return Result<int>::failure(s.error());
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("DELETE FROM badges WHERE sample = 1")))
        return Result<int>::failure(Database::describeError(q.lastError().text()));
    const int removed = q.numRowsAffected();
    if (Status s = transaction.commit(); !s)
        return Result<int>::failure(s.error());
    return removed;
}

QStringList BadgeStore::issuers() const
{
    QStringList list;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral(
            "SELECT DISTINCT issuer_name FROM badges WHERE issuer_name <> '' ORDER BY issuer_name COLLATE NOCASE"))) {
        while (q.next())
            list.append(q.value(0).toString());
    }
    return list;
}

QStringList BadgeStore::skillLabels() const
{
    QStringList list;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT label FROM badge_skills GROUP BY label COLLATE NOCASE ORDER BY label COLLATE NOCASE"))) {
        while (q.next())
            list.append(q.value(0).toString());
    }
    return list;
}

QList<int> BadgeStore::years() const
{
    QList<int> list;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral(
            "SELECT DISTINCT CAST(substr(issued, 1, 4) AS INTEGER) y FROM badges WHERE issued IS NOT NULL ORDER BY y DESC"))) {
        while (q.next())
            list.append(q.value(0).toInt());
    }
    return list;
}

qint64 BadgeStore::badgeEarning(const QString& achievementId, const QString& achievementName, const QString& issuer) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM badges WHERE verdict <> 'invalid' AND sample = 0 AND ("
                             " (? <> '' AND achievement_id = ?)"
                             " OR (? <> '' AND ? <> '' AND name = ? COLLATE NOCASE AND issuer_name = ? COLLATE NOCASE))"
                             " ORDER BY CASE state WHEN 'verified' THEN 0 ELSE 1 END, id LIMIT 1"));
    for (const QString& v : {achievementId, achievementId, achievementName, issuer, achievementName, issuer})
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QList<QPair<QString, int>> BadgeStore::learnerSkills() const
{
    QList<QPair<QString, int>> list;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral(
            "SELECT min(s.label), count(DISTINCT s.badge_id) FROM badge_skills s JOIN badges b ON b.id = s.badge_id"
            " WHERE b.verdict <> 'invalid' AND b.sample = 0"
            " GROUP BY s.label COLLATE NOCASE ORDER BY 2 DESC, 1 COLLATE NOCASE"))) {
        while (q.next())
            list.append({q.value(0).toString(), q.value(1).toInt()});
    }
    return list;
}

} // namespace credfolio
