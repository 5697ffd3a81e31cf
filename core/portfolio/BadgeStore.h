#pragma once

#include "common/Result.h"
#include "portfolio/BadgeRecord.h"

#include <QSqlDatabase>
#include <QStringList>

#include <optional>
#include <vector>

namespace credfolio {

// What the wallet asks for: full-text search plus filters and a sort.
struct BadgeQuery {
    enum class Sort { Newest, Oldest, Name, Issuer, Status };
    QString text; // FTS over name, description, issuer and skills; words are prefixes
    std::optional<BadgeState> state;
    QString issuer; // issuer name, exact
    QString skill; // skill label, case-insensitive exact
    int year = 0; // year issued
    qint64 collectionId = 0;
    bool samples = true; // include the sample badges
    Sort sort = Sort::Newest;
};

struct Collection {
    qint64 id = 0;
    QString name;
    int badgeCount = 0;
};

// A deleted badge, everything needed to put it back (undo within the session).
struct DeletedBadge {
    BadgeDetail detail;
    QList<qint64> collectionIds;
};

// The row to write for one new badge: what BadgeImporter prepared, or a self-reported entry.
struct NewBadge {
    BadgeRecord record;
    QByteArray original;
    QJsonObject credential;
    QJsonObject report;
    QList<BadgeSkill> skills;
    QList<BadgeAttachment> attachments;
};

// Reads and writes the badges of one portfolio. Every write is one transaction.
class BadgeStore {
public:
    explicit BadgeStore(QSqlDatabase db);

    std::vector<BadgeRecord> list(const BadgeQuery& query = {}) const;
    int count() const;
    int sampleCount() const;
    std::optional<BadgeRecord> record(qint64 id) const;
    std::optional<BadgeDetail> detail(qint64 id) const;
    QByteArray original(qint64 id) const;
    // The picture the wallet shows: the baked file itself (PNG, SVG), else the
    // achievement's image when it is data; empty otherwise. mediaType is set with it.
    QByteArray image(qint64 id, QString* mediaType) const;

    // Image URLs of stored badges (not baked, no data: image) that the image cache lacks.
    QStringList uncachedImageUrls() const;
    // Keeps a fetched achievement image; bytes must be a PNG, JPEG, GIF, WebP or SVG image.
    Status cacheImage(const QString& url, const QByteArray& bytes);
    // What kind of image the bytes are ("image/png", ...), empty when none Credfolio shows.
    static QString sniffImageType(const QByteArray& bytes);

    // Existing badge with these original bytes (hex SHA-256) or this credential id; 0 if none.
    qint64 findBySha256(const QString& sha256) const;
    qint64 findByCredentialId(const QString& credentialId) const;
    QStringList allSha256() const;

    // Inserts in one transaction (row, skills, attachments, search index). A badge whose bytes
    // or credential id are already stored is not inserted: the existing id comes back with
    // *duplicate set.
    Result<qint64> insert(const NewBadge& badge, bool* duplicate = nullptr);
    // Stores a new verification report (re-verify).
    Status updateReport(
        qint64 id, const QJsonObject& report, const QString& verdict, BadgeState state, const QDateTime& verifiedAt);
    Result<DeletedBadge> remove(qint64 id);
    // Puts a deleted badge back with the same id and collections.
    Status restore(const DeletedBadge& deleted);
    // Removes every sample badge; returns how many.
    Result<int> removeSamples();

    // Distinct values for the wallet's filters.
    QStringList issuers() const;
    QStringList skillLabels() const;
    QList<int> years() const;

    // Collections: named sets of badges.
    QList<Collection> collections() const;
    std::optional<Collection> collectionByName(const QString& name) const;
    Result<qint64> createCollection(const QString& name);
    Status renameCollection(qint64 id, const QString& name);
    Status removeCollection(qint64 id);
    Status addToCollection(qint64 collectionId, const QList<qint64>& badgeIds);
    Status removeFromCollection(qint64 collectionId, const QList<qint64>& badgeIds);
    QList<qint64> badgesIn(qint64 collectionId) const;

    // The stored badge that earns this microcredential: not invalid, not a sample, and with
    // its achievement id, or its issuer and achievement name, matching the catalog's. 0 if none.
    qint64 badgeEarning(const QString& achievementId, const QString& achievementName, const QString& issuer) const;

    // The learner's skills: labels of every skill and alignment of a badge that is not
    // invalid (samples excluded), with how many badges show each.
    QList<QPair<QString, int>> learnerSkills() const;

private:
    // Runs statement (collection id, badge id) for each badge, in one transaction.
    Status forEachBadge(const QString& statement, qint64 collectionId, const QList<qint64>& badgeIds);
    Status insertRows(const NewBadge& badge, qint64 forcedId, qint64* newId);
    QSqlDatabase m_db;
};

} // namespace credfolio
