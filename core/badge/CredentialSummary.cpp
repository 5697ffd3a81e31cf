#include "badge/CredentialSummary.h"

#include <QJsonArray>

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
    // RFC 3339 as credentials write it:
    //   (\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})?
    // read by hand (a regular expression costs more than the rest of the date handling). As
    // a regular expression's '$' would, one final line feed is allowed after the time.
    QStringView s(text);
    if (s.endsWith(QLatin1Char('\n')))
        s.chop(1);
    qsizetype pos = 0;
    const auto digit = [&](qsizetype at) { return at < s.size() && s[at] >= QLatin1Char('0') && s[at] <= QLatin1Char('9'); };
    const auto number = [&](qsizetype count) {
        int value = 0;
        for (qsizetype i = 0; i < count; ++i) {
            if (!digit(pos))
                return -1;
            value = value * 10 + (s[pos++].unicode() - '0');
        }
        return value;
    };
    const auto take = [&](char16_t c) {
        if (pos >= s.size() || s[pos] != QChar(c))
            return false;
        ++pos;
        return true;
    };
    const int year = number(4);
    if (year < 0 || !take(u'-'))
        return {};
    const int month = number(2);
    if (month < 0 || !take(u'-'))
        return {};
    const int day = number(2);
    if (day < 0 || !(take(u'T') || take(u't')))
        return {};
    const int hour = number(2);
    if (hour < 0 || !take(u':'))
        return {};
    const int minute = number(2);
    if (minute < 0 || !take(u':'))
        return {};
    const int second = number(2);
    if (second < 0)
        return {};
    int msec = 0;
    if (take(u'.')) {
        if (!digit(pos))
            return {};
        int scale = 100;
        while (digit(pos)) {
            msec += (s[pos++].unicode() - '0') * scale;
            scale /= 10;
        }
    }
    int offsetSeconds = 0;
    if (take(u'Z') || take(u'z')) {
    } else if (pos < s.size() && (s[pos] == QLatin1Char('+') || s[pos] == QLatin1Char('-'))) {
        const bool negative = s[pos++] == QLatin1Char('-');
        const int hours = number(2);
        if (hours < 0 || !take(u':'))
            return {};
        const int minutes = number(2);
        if (minutes < 0)
            return {};
        if (hours > 23 || minutes > 59)
            return {};
        offsetSeconds = (hours * 60 + minutes) * 60 * (negative ? -1 : 1);
    }
    if (pos != s.size())
        return {};
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, msec);
    if (!date.isValid() || !time.isValid())
        return {};
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
