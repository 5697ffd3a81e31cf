#include "verify/CredentialDispatch.h"

#include "encoding/Base64.h"
#include "jcs/JcsValue.h"
#include "jcs/StrictJsonParser.h"
#include "jose/CompactJws.h"
#include "verify/CredentialChecks.h"
#include "verify/DataIntegrity.h"
#include "verify/Ob2Verifier.h"
#include "verify/PresentationVerifier.h"
#include "verify/VcJwtVerifier.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace credfolio {

using namespace verifyutil;

bool isOb2Assertion(const QJsonObject& object)
{
    for (const QJsonValue& c : asArray(object.value(QLatin1String("@context")))) {
        if (c.toString().startsWith(QLatin1String("https://w3id.org/openbadges/v2")))
            return true;
    }
    return typesOf(object).contains(QLatin1String("Assertion"));
}

VerifiedCredential verifyText(const QByteArray& text, const VerifyContext& ctx, const JcsValue* parsed)
{
    const QByteArray trimmed = text.trimmed();
    if (trimmed.startsWith('{')) {
        JcsValue strict;
        // A value parsed from text is the value of trimmed when nothing was trimmed.
        auto object = parseObject(trimmed, &strict, trimmed.size() == text.size() ? parsed : nullptr);
        if (!object) {
            VerifiedCredential v;
            v.report.error = object.error();
            return v;
        }
        return verifyJsonObject(object.value(), ctx, trimmed, &strict);
    }
    return verifyCompactJwsText(trimmed, ctx);
}

VerifiedCredential verifyJsonObject(
    const QJsonObject& object, const VerifyContext& ctx, const QByteArray& rawJson, const JcsValue* strictJson)
{
    VerifiedCredential v;
    v.credential = object;
    if (isOb2Assertion(object)) {
        v.report = Ob2Verifier(ctx).verifyAssertionJson(object);
        return v;
    }
    if (PresentationVerifier::isPresentation(object)) {
        // Only as the document given: never inside a credential, a status list or another presentation.
        const auto strict = strictJson ? Result<JcsValue>(*strictJson) : StrictJsonParser::parse(rawJson);
        if (ctx.depth > 0 || rawJson.isEmpty() || !strict)
            v.report.error =
                QCoreApplication::translate("verify", "a verifiable presentation can only be verified as a file of its own");
        else
            v.report = PresentationVerifier(ctx).verify(object, strict.value());
        return v;
    }
    if (!typesOf(object).contains(QLatin1String("VerifiableCredential")) && !object.contains(QLatin1String("credentialSubject"))
        && !object.contains(QLatin1String("proof"))) {
        v.report.error = QCoreApplication::translate(
            "verify", "the JSON is not a badge: it is neither an Open Badges assertion nor a verifiable credential");
        return v;
    }
    const QByteArray raw = rawJson.isEmpty() ? QJsonDocument(object).toJson(QJsonDocument::Compact) : rawJson;
    v.report.credential = CredentialSummary::fromVc(object);
    if (object.contains(QLatin1String("proof"))) {
        v.report.format = QStringLiteral("vc-data-integrity");
        DataIntegrity(ctx).verifyProofs(raw, object, v.report, rawJson.isEmpty() ? nullptr : strictJson);
    } else {
        v.report.format = QStringLiteral("vc");
        v.report.fail(QStringLiteral("proof"),
            QCoreApplication::translate(
                "verify", "The credential carries no signature or proof, so anyone could have written it."));
    }
    checks::vcCommon(ctx, object, v.report, raw.size(), rawJson.isEmpty() ? nullptr : strictJson);
    return v;
}

VerifiedCredential verifyCompactJwsText(const QByteArray& token, const VerifyContext& ctx)
{
    VerifiedCredential v;
    // Decide the format from the payload before trusting anything in it.
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3) {
        v.report.error = QCoreApplication::translate("verify", "the text is neither a JSON credential nor a compact JWS");
        return v;
    }
    const auto payloadBytes = base64url::decode(parts.at(1));
    auto payload = payloadBytes ? parseObject(payloadBytes.value()) : Result<QJsonObject>::failure(payloadBytes.error());
    if (payload && isOb2Assertion(payload.value())) {
        v.credential = payload.value();
        v.report = Ob2Verifier(ctx).verifySigned(token, payload.value());
        return v;
    }
    VcJwtVerifier jwt(ctx);
    v.report = jwt.verify(token, payload ? &payload.value() : nullptr);
    v.credential = jwt.credential();
    return v;
}

VerifiedCredential verifyHostedUrl(const QString& url, const VerifyContext& ctx)
{
    VerifiedCredential v;
    v.report = Ob2Verifier(ctx).verifyHostedUrl(url);
    return v;
}

} // namespace credfolio
