#pragma once

// Internal to core/verify: checks every credential format shares. Each adds one or more
// checks to the report; ids are documented in docs/verification.md.

#include "verify/VerificationReport.h"
#include "verify/VerifyContext.h"

#include <QJsonObject>
#include <QString>

namespace credfolio::checks {

// "validity.period": notBefore <= evaluation time < notAfter, with the names of the fields
// they came from for the message. Empty texts are absent fields; unreadable dates fail.
void validityPeriod(const VerifyContext& ctx, const QString& notBefore, const QString& notBeforeName, const QString& notAfter,
    const QString& notAfterName, VerificationReport& report);

// "credential.type": the W3C VC data model shape (context, type, issuer, subject, dates).
void vcShape(const QJsonObject& credential, VerificationReport& report);

// "validity.period" for a W3C VC (validFrom/validUntil or issuanceDate/expirationDate).
void vcValidity(const VerifyContext& ctx, const QJsonObject& credential, VerificationReport& report);

// "status": every credentialStatus entry (BitstringStatusListEntry, StatusList2021Entry,
// 1EdTechRevocationList). A status list credential must itself verify.
void vcStatus(const VerifyContext& ctx, const QJsonObject& credential, VerificationReport& report);

// "recipient": hashed or plain identities (OB 2.0 recipient, OB 3.0 identifier) against the
// identities the caller expects. identity objects carry identity/identityHash, hashed, salt.
void recipient(const VerifyContext& ctx, const QJsonArray& identityObjects, VerificationReport& report);

// "credentials.embedded": verifies each credential a CLR (or any credential) carries in
// credentialSubject.verifiableCredential and adds its report to report.embedded.
void embeddedCredentials(const VerifyContext& ctx, const QJsonObject& credential, VerificationReport& report);

// The checks above that apply to every W3C VC after its proof: shape, validity, status,
// recipient, embedded credentials, schema.
// sourceBytes: the size of the JSON text the credential was read from, when known.
void vcCommon(const VerifyContext& ctx, const QJsonObject& credential, VerificationReport& report, qsizetype sourceBytes = -1,
    const JcsValue* strictJson = nullptr);

} // namespace credfolio::checks
