#pragma once

// Internal to core/verify: from credential text or JSON to a report, choosing the format by
// content. Used for the badge itself and for credentials verified on its behalf (status
// lists, a CLR's achievements).

#include "verify/VerificationReport.h"
#include "verify/VerifyContext.h"

#include <QByteArray>
#include <QJsonObject>

namespace credfolio {

struct VerifiedCredential {
    VerificationReport report;
    QJsonObject credential; // the credential as it claims to be (VC, OB 2.0 assertion)
};

// JSON text or a compact JWS, told apart by content. parsed, when given, is text as
// StrictJsonParser has already parsed it (with limits::maxJsonDepth).
VerifiedCredential verifyText(const QByteArray& text, const VerifyContext& ctx, const JcsValue* parsed = nullptr);
// A JSON credential: OB 2.0 assertion (hosted, or the signed kind without its signature)
// or a W3C VC with embedded proofs. rawJson is the text it was read from, when there was
// one, so that signed numbers are canonicalized exactly as written.
// strictJson, when given, is rawJson as StrictJsonParser has already parsed it.
VerifiedCredential verifyJsonObject(
    const QJsonObject& object, const VerifyContext& ctx, const QByteArray& rawJson = {}, const JcsValue* strictJson = nullptr);
// A compact JWS: VC-JWT, or an OB 2.0 signed assertion.
VerifiedCredential verifyCompactJwsText(const QByteArray& token, const VerifyContext& ctx);
// A hosted OB 2.0 assertion named only by its URL (a badge baked with a URL).
VerifiedCredential verifyHostedUrl(const QString& url, const VerifyContext& ctx);

bool isOb2Assertion(const QJsonObject& object);

} // namespace credfolio
