#pragma once

#include "portfolio/BadgeRecord.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace credfolio {

// What a credential says beyond its summary, read the same way for Open Badges 3.0 / VC
// credentials and Open Badges 2.0 assertions (with their BadgeClass in place). Reading
// only: nothing here judges trust.
namespace CredentialFacts {

struct Evidence {
    QString name;
    QString description;
    QString url;
};

struct Result {
    QString description;
    QString value;
};

struct Image {
    QByteArray bytes;
    QString mediaType; // "image/png", "image/svg+xml", ...
    QString url; // when the image is a link rather than data
};

// The achievement (OB 3.0) or BadgeClass (OB 2.0); empty when neither is there.
QJsonObject achievement(const QJsonObject& credential);
QString achievementId(const QJsonObject& credential);
QString description(const QJsonObject& credential);
// The criteria narrative, or the criteria URL when there is no narrative.
QString criteria(const QJsonObject& credential);
QString criteriaUrl(const QJsonObject& credential);
QList<BadgeSkill> skills(const QJsonObject& credential);
QList<Evidence> evidence(const QJsonObject& credential);
QList<Result> results(const QJsonObject& credential);
// The achievement's image: decoded when it is a data: URI (PNG, JPEG, GIF, SVG up to
// 2 MiB), else its URL.
Image image(const QJsonObject& credential);

// A data: URI's bytes and media type; empty bytes when it is not a well-formed data URI.
Image decodeDataUri(const QString& uri);

} // namespace CredentialFacts
} // namespace credfolio
