#pragma once

#include "verify/VerificationReport.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace credfolio {

// How a stored badge stands, as the wallet shows it: the verdict of its latest
// verification, refined by why it failed.
enum class BadgeState { Verified, NotVerified, Invalid, Expired, Revoked, SelfReported };

QString badgeStateName(BadgeState state); // "verified", "not-verified", "invalid", "expired", "revoked", "self-reported"
BadgeState badgeStateFromName(const QString& name);
// The chip text a learner reads ("Verified", "Not verified", ...), translated.
QString badgeStateLabel(BadgeState state);
// From a verification report: revoked and expired are told apart from other failures.
BadgeState badgeStateOf(const VerificationReport& report, const QDateTime& at);

struct BadgeSkill {
    enum class Kind { Alignment, Skill, Tag };
    QString label;
    QString uri;
    Kind kind = Kind::Alignment;

    static QString kindName(Kind kind);
    static Kind kindFromName(const QString& name);
};

// One badge in the portfolio, without its blobs (what the wallet lists).
struct BadgeRecord {
    qint64 id = 0;
    QString credentialId;
    QString sha256; // hex of the original bytes
    QString fileName;
    QString mediaType;
    QString container; // "png", "svg", "json", "jws", "" for self-reported
    QString format;
    QString kind;
    QString name;
    QString description;
    QString issuerName;
    QString issuerId;
    QString recipient;
    QString achievementId;
    QDateTime issued;
    QDateTime expires;
    QString verdict; // "valid", "invalid", "indeterminate", "self-reported"
    BadgeState state = BadgeState::NotVerified;
    QDateTime verifiedAt;
    QDateTime importedAt;
    bool keptInvalid = false;
    bool sample = false;
    QString sourceUrl; // self-reported: where the certificate can be seen

    bool isSelfReported() const { return state == BadgeState::SelfReported; }
};

struct BadgeAttachment {
    qint64 id = 0;
    QString fileName;
    QString mediaType;
    QByteArray bytes;
};

// Everything stored about one badge.
struct BadgeDetail {
    BadgeRecord record;
    QByteArray original;
    QJsonObject credential; // the parsed credential (VC, or OB 2.0 assertion with its BadgeClass)
    QJsonObject report; // the latest VerificationReport::toJson()
    QList<BadgeSkill> skills;
    QList<BadgeAttachment> attachments;
    QStringList collections;
};

} // namespace credfolio
