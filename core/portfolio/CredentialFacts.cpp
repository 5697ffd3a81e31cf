#include "portfolio/CredentialFacts.h"

#include "verify/VerifyContext.h"

#include <QJsonArray>
#include <QUrl>

namespace credfolio::CredentialFacts {

namespace {

using verifyutil::asArray;

constexpr qsizetype maxImageBytes = 2 * 1024 * 1024;

QJsonObject subject(const QJsonObject& credential)
{
    const QJsonValue value = credential.value(QLatin1String("credentialSubject"));
    return value.isArray() ? value.toArray().first().toObject() : value.toObject();
}

bool isOb2(const QJsonObject& credential)
{
    return credential.contains(QLatin1String("badge")) || credential.contains(QLatin1String("recipient"));
}

QString idOrString(const QJsonValue& value)
{
    return value.isString() ? value.toString() : value.toObject().value(QLatin1String("id")).toString();
}

QString textOf(const QJsonValue& value)
{
    // OB 3.0 allows language maps in some profiles; take the first string.
    if (value.isString())
        return value.toString();
    const QJsonObject map = value.toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (it->isString())
            return it->toString();
    }
    return {};
}

} // namespace

QJsonObject achievement(const QJsonObject& credential)
{
    if (isOb2(credential))
        return credential.value(QLatin1String("badge")).toObject();
    return subject(credential).value(QLatin1String("achievement")).toObject();
}

QString achievementId(const QJsonObject& credential)
{
    if (isOb2(credential))
        return idOrString(credential.value(QLatin1String("badge")));
    return achievement(credential).value(QLatin1String("id")).toString();
}

QString description(const QJsonObject& credential)
{
    QString text = textOf(achievement(credential).value(QLatin1String("description")));
    if (text.isEmpty())
        text = textOf(credential.value(QLatin1String("description")));
    return text;
}

QString criteria(const QJsonObject& credential)
{
    const QJsonValue value = achievement(credential).value(QLatin1String("criteria"));
    const QString narrative = textOf(value.toObject().value(QLatin1String("narrative")));
    return narrative.isEmpty() ? criteriaUrl(credential) : narrative;
}

QString criteriaUrl(const QJsonObject& credential)
{
    return idOrString(achievement(credential).value(QLatin1String("criteria")));
}

QList<BadgeSkill> skills(const QJsonObject& credential)
{
    QList<BadgeSkill> list;
    const QJsonObject a = achievement(credential);
    for (const QJsonValue& v : asArray(a.value(QLatin1String("alignment")))) {
        const QJsonObject alignment = v.toObject();
        BadgeSkill skill;
        skill.label = alignment.value(QLatin1String("targetName")).toString().trimmed();
        skill.uri = alignment.value(QLatin1String("targetUrl")).toString();
        const QString type = alignment.value(QLatin1String("targetType")).toString();
        skill.kind = type.contains(QLatin1String("Competency"), Qt::CaseInsensitive)
                || type.contains(QLatin1String("Skill"), Qt::CaseInsensitive) || type == QLatin1String("CFItem")
            ? BadgeSkill::Kind::Skill
            : BadgeSkill::Kind::Alignment;
        if (!skill.label.isEmpty())
            list.append(skill);
    }
    const QJsonValue tags = a.contains(QLatin1String("tag")) ? a.value(QLatin1String("tag")) : a.value(QLatin1String("tags"));
    for (const QJsonValue& v : asArray(tags)) {
        const QString label = v.toString().trimmed();
        if (!label.isEmpty())
            list.append(BadgeSkill{label, {}, BadgeSkill::Kind::Tag});
    }
    // The same label twice (an alignment also given as a tag) is listed once, the richer kind first.
    QList<BadgeSkill> unique;
    for (const BadgeSkill& s : list) {
        const bool seen = std::any_of(unique.begin(), unique.end(),
            [&](const BadgeSkill& u) { return u.label.compare(s.label, Qt::CaseInsensitive) == 0; });
        if (!seen)
            unique.append(s);
    }
    return unique;
}

QList<Evidence> evidence(const QJsonObject& credential)
{
    QList<Evidence> list;
    for (const QJsonValue& v : asArray(credential.value(QLatin1String("evidence")))) {
        Evidence e;
        if (v.isString()) {
            e.url = v.toString();
        } else {
            const QJsonObject o = v.toObject();
            e.url = o.value(QLatin1String("id")).toString();
            e.name = textOf(o.value(QLatin1String("name")));
            e.description = textOf(o.value(QLatin1String("narrative")));
            if (e.description.isEmpty())
                e.description = textOf(o.value(QLatin1String("description")));
        }
        if (!e.url.isEmpty() || !e.name.isEmpty() || !e.description.isEmpty())
            list.append(e);
    }
    return list;
}

QList<Result> results(const QJsonObject& credential)
{
    QList<Result> list;
    const QJsonObject a = achievement(credential);
    const QJsonArray descriptions = a.value(QLatin1String("resultDescription")).toArray();
    for (const QJsonValue& v : asArray(subject(credential).value(QLatin1String("result")))) {
        const QJsonObject o = v.toObject();
        Result r;
        r.value = o.value(QLatin1String("value")).toString();
        if (r.value.isEmpty())
            r.value = o.value(QLatin1String("status")).toString();
        const QString ref = o.value(QLatin1String("resultDescription")).toString();
        for (const QJsonValue& d : descriptions) {
            if (d.toObject().value(QLatin1String("id")).toString() == ref)
                r.description = d.toObject().value(QLatin1String("name")).toString();
        }
        if (r.description.isEmpty())
            r.description = ref;
        if (!r.value.isEmpty() || !r.description.isEmpty())
            list.append(r);
    }
    return list;
}

Image decodeDataUri(const QString& uri)
{
    Image image;
    if (!uri.startsWith(QLatin1String("data:"), Qt::CaseInsensitive))
        return image;
    const qsizetype comma = uri.indexOf(QLatin1Char(','));
    if (comma < 0)
        return image;
    const QString header = uri.mid(5, comma - 5);
    const QStringList parts = header.split(QLatin1Char(';'));
    const QString mediaType = parts.value(0).trimmed().toLower();
    static const QStringList allowed = {QStringLiteral("image/png"), QStringLiteral("image/jpeg"), QStringLiteral("image/gif"),
        QStringLiteral("image/svg+xml"), QStringLiteral("image/webp")};
    if (!allowed.contains(mediaType))
        return image;
    const QByteArray payload = uri.mid(comma + 1).toLatin1();
    if (payload.size() > maxImageBytes * 4 / 3 + 4)
        return image;
    QByteArray bytes;
    if (parts.contains(QLatin1String("base64"), Qt::CaseInsensitive)) {
        const auto decoded = QByteArray::fromBase64Encoding(payload, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return image;
        bytes = *decoded;
    } else {
        bytes = QByteArray::fromPercentEncoding(payload);
    }
    if (bytes.isEmpty() || bytes.size() > maxImageBytes)
        return image;
    image.bytes = bytes;
    image.mediaType = mediaType;
    return image;
}

Image image(const QJsonObject& credential)
{
    QString ref = idOrString(achievement(credential).value(QLatin1String("image")));
    if (ref.isEmpty())
        ref = idOrString(credential.value(QLatin1String("image")));
    if (ref.isEmpty())
        return {};
    Image decoded = decodeDataUri(ref);
    if (decoded.bytes.isEmpty() && !ref.startsWith(QLatin1String("data:"), Qt::CaseInsensitive))
        decoded.url = ref;
    return decoded;
}

} // namespace credfolio::CredentialFacts
