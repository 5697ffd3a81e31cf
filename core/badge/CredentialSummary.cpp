#include "badge/CredentialSummary.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace credfolio {

namespace {

QString idOf(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    return value.toObject().value(QLatin1String("id")).toString();
}

QString firstType(const QJsonValue& type, const QStringList& preferred)
{
    QStringList types;
    if (type.isString())
        types.append(type.toString());
    for (const QJsonValue& t : type.toArray())
        types.append(t.toString());
    for (const QString& p : preferred) {
        if (types.contains(p))
            return p;
    }
    return types.isEmpty() ? QString() : types.last();
}

QString isoText(const QDateTime& dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

QDateTime parseCredentialDateTime(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})?$)"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    int msec = 0;
    if (!m.captured(7).isEmpty())
        msec = int(m.captured(7).mid(1).left(3).leftJustified(3, QLatin1Char('0')).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), msec);
    if (!date.isValid() || !time.isValid())
        return {};
    const QString zone = m.captured(8);
    int offsetSeconds = 0;
    if (zone.size() == 6) {
        const int hours = zone.mid(1, 2).toInt();
        const int minutes = zone.mid(4, 2).toInt();
        if (hours > 23 || minutes > 59)
            return {};
        offsetSeconds = (hours * 60 + minutes) * 60 * (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
    }
    return QDateTime(date, time, Qt::OffsetFromUTC, offsetSeconds).toUTC();
}

QJsonObject CredentialSummary::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("type"), kind},
        {QStringLiteral("name"), achievementName},
        {QStringLiteral("issuer"), QJsonObject{{QStringLiteral("id"), issuerId}, {QStringLiteral("name"), issuerName}}},
        {QStringLiteral("recipient"), recipient},
        {QStringLiteral("issued"), isoText(issued)},
        {QStringLiteral("expires"), isoText(expires)},
        {QStringLiteral("image"), image},
    };
}

CredentialSummary CredentialSummary::fromVc(const QJsonObject& credential)
{
    CredentialSummary s;
    s.id = credential.value(QLatin1String("id")).toString();
    s.kind = firstType(credential.value(QLatin1String("type")),
        {QStringLiteral("OpenBadgeCredential"), QStringLiteral("AchievementCredential"), QStringLiteral("EndorsementCredential"),
            QStringLiteral("ClrCredential"), QStringLiteral("BitstringStatusListCredential"),
            QStringLiteral("StatusList2021Credential")});
    const QJsonValue issuer = credential.value(QLatin1String("issuer"));
    s.issuerId = idOf(issuer);
    s.issuerName = issuer.toObject().value(QLatin1String("name")).toString();

    QJsonValue subjectValue = credential.value(QLatin1String("credentialSubject"));
    if (subjectValue.isArray())
        subjectValue = subjectValue.toArray().first();
    const QJsonObject subject = subjectValue.toObject();
    const QJsonObject achievement = subject.value(QLatin1String("achievement")).toObject();
    s.achievementName = achievement.value(QLatin1String("name")).toString();
    if (s.achievementName.isEmpty())
        s.achievementName = credential.value(QLatin1String("name")).toString();
    s.recipient = subject.value(QLatin1String("id")).toString();
    if (s.recipient.isEmpty()) {
        const QJsonArray identifiers = subject.value(QLatin1String("identifier")).toArray();
        if (!identifiers.isEmpty())
            s.recipient = identifiers.first().toObject().value(QLatin1String("identityHash")).toString();
    }
    QString issued = credential.value(QLatin1String("validFrom")).toString();
    if (issued.isEmpty())
        issued = credential.value(QLatin1String("issuanceDate")).toString();
    s.issued = parseCredentialDateTime(issued);
    QString expires = credential.value(QLatin1String("validUntil")).toString();
    if (expires.isEmpty())
        expires = credential.value(QLatin1String("expirationDate")).toString();
    s.expires = parseCredentialDateTime(expires);
    s.image = idOf(achievement.value(QLatin1String("image")));
    if (s.image.isEmpty())
        s.image = idOf(credential.value(QLatin1String("image")));
    s.document = credential;
    return s;
}

CredentialSummary CredentialSummary::fromOb2(const QJsonObject& assertion, const QJsonObject& badge, const QJsonObject& issuer)
{
    CredentialSummary s;
    s.id = assertion.value(QLatin1String("id")).toString();
    s.kind = QStringLiteral("Assertion");
    s.achievementName = badge.value(QLatin1String("name")).toString();
    s.issuerId = issuer.value(QLatin1String("id")).toString();
    if (s.issuerId.isEmpty())
        s.issuerId = idOf(badge.value(QLatin1String("issuer")));
    s.issuerName = issuer.value(QLatin1String("name")).toString();
    s.recipient = assertion.value(QLatin1String("recipient")).toObject().value(QLatin1String("identity")).toString();
    s.issued = parseCredentialDateTime(assertion.value(QLatin1String("issuedOn")).toString());
    s.expires = parseCredentialDateTime(assertion.value(QLatin1String("expires")).toString());
    s.image = idOf(assertion.value(QLatin1String("image")));
    if (s.image.isEmpty())
        s.image = idOf(badge.value(QLatin1String("image")));
    s.document = assertion;
    if (!badge.isEmpty()) {
        QJsonObject embeddedBadge = badge;
        if (!issuer.isEmpty())
            embeddedBadge.insert(QLatin1String("issuer"), issuer);
        s.document.insert(QLatin1String("badge"), embeddedBadge);
    }
    return s;
}

} // namespace credfolio
