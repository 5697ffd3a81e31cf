#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace credfolio {

// What a person wants to know about a badge at a glance, taken from the credential
// without judging it (the verifier decides whether to trust it).
struct CredentialSummary {
    QString id;
    QString kind; // "OpenBadgeCredential", "EndorsementCredential", "ClrCredential", "Assertion", ...
    QString achievementName; // OB 3.0 achievement name, OB 2.0 BadgeClass name, CLR name
    QString issuerName;
    QString issuerId;
    QString recipient; // subject id, or the (possibly hashed) recipient identity
    QDateTime issued;
    QDateTime expires;
    QString image;
    // The credential as the verifier read it: the VC object (the payload of a VC-JWT), or the
    // OB 2.0 assertion with its BadgeClass and issuer Profile put in place when they were
    // resolved. Kept out of toJson(); the portfolio stores it to show everything it says.
    QJsonObject document;

    QJsonObject toJson() const;

    // From an OB 3.0 / W3C VC credential (OpenBadgeCredential, EndorsementCredential, ClrCredential, ...).
    static CredentialSummary fromVc(const QJsonObject& credential);
    // From an OB 2.0 assertion; badge and issuer are the resolved BadgeClass and Profile when known.
    static CredentialSummary fromOb2(const QJsonObject& assertion, const QJsonObject& badge, const QJsonObject& issuer);
};

// Strict RFC 3339 / XML Schema dateTime as used by VC and OB ("2024-01-01T00:00:00Z",
// offsets allowed, fractional seconds allowed). A date without a zone is read as UTC.
// Returns an invalid QDateTime for anything else.
QDateTime parseCredentialDateTime(const QString& text);

} // namespace credfolio
