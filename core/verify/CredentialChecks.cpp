#include "verify/CredentialChecks.h"

#include "badge/CredentialSummary.h"
#include "verify/CredentialDispatch.h"
#include "verify/SchemaCheck.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace credfolio::checks {

using namespace verifyutil;

namespace {

const QString kV1 = QStringLiteral("https://www.w3.org/2018/credentials/v1");
const QString kV2 = QStringLiteral("https://www.w3.org/ns/credentials/v2");

QString shown(const QDateTime& dt)
{
    return dt.toUTC().toString(Qt::ISODate);
}

} // namespace

void validityPeriod(const VerifyContext& ctx, const QString& notBefore, const QString& notBeforeName, const QString& notAfter,
    const QString& notAfterName, VerificationReport& report)
{
    const QString id = QStringLiteral("validity.period");
    QDateTime from;
    QDateTime until;
    if (!notBefore.isEmpty()) {
        from = parseCredentialDateTime(notBefore);
        if (!from.isValid()) {
            report.fail(id,
                QCoreApplication::translate("verify", "The date \"%1\" in %2 is not a valid date and time.")
                    .arg(notBefore, notBeforeName));
            return;
        }
    }
    if (!notAfter.isEmpty()) {
        until = parseCredentialDateTime(notAfter);
        if (!until.isValid()) {
            report.fail(id,
                QCoreApplication::translate("verify", "The date \"%1\" in %2 is not a valid date and time.")
                    .arg(notAfter, notAfterName));
            return;
        }
    }
    if (from.isValid() && ctx.at < from) {
        report.fail(id,
            QCoreApplication::translate(
                "verify", "The credential is not valid yet: it becomes valid on %1 (%2), after the time checked, %3.")
                .arg(shown(from), notBeforeName, shown(ctx.at)));
        return;
    }
    if (until.isValid() && ctx.at >= until) {
        report.fail(
            id, QCoreApplication::translate("verify", "The credential expired on %1 (%2).").arg(shown(until), notAfterName));
        return;
    }
    if (until.isValid())
        report.pass(id,
            QCoreApplication::translate("verify", "The credential is within its validity period (until %1).").arg(shown(until)));
    else
        report.pass(
            id, QCoreApplication::translate("verify", "The credential has no expiry date and is valid from its issue date."));
}

void vcShape(const QJsonObject& credential, VerificationReport& report)
{
    const QString id = QStringLiteral("credential.type");
    const QJsonArray contexts = asArray(credential.value(QLatin1String("@context")));
    const QString first = contexts.isEmpty() ? QString() : contexts.first().toString();
    if (first != kV1 && first != kV2) {
        report.fail(id,
            QCoreApplication::translate("verify", "The credential does not start with the W3C Verifiable Credentials context."));
        return;
    }
    const QStringList types = typesOf(credential);
    if (!types.contains(QLatin1String("VerifiableCredential"))) {
        report.fail(id, QCoreApplication::translate("verify", "The credential's type does not include VerifiableCredential."));
        return;
    }
    if (idOf(credential.value(QLatin1String("issuer"))).isEmpty()) {
        report.fail(id, QCoreApplication::translate("verify", "The credential does not name its issuer."));
        return;
    }
    if (!credential.value(QLatin1String("credentialSubject")).isObject()
        && !credential.value(QLatin1String("credentialSubject")).isArray()) {
        report.fail(id, QCoreApplication::translate("verify", "The credential has no subject (credentialSubject)."));
        return;
    }
    if (first == kV1 && !credential.contains(QLatin1String("issuanceDate"))) {
        report.fail(id,
            QCoreApplication::translate("verify", "The credential has no issuance date, which version 1.1 credentials require."));
        return;
    }
    report.pass(id,
        QCoreApplication::translate("verify", "The credential has the shape of a W3C Verifiable Credential (%1).")
            .arg(types.join(QStringLiteral(", "))));
}

void vcValidity(const VerifyContext& ctx, const QJsonObject& credential, VerificationReport& report)
{
    const QString validFrom = credential.value(QLatin1String("validFrom")).toString();
    const QString validUntil = credential.value(QLatin1String("validUntil")).toString();
    const QString issuance = credential.value(QLatin1String("issuanceDate")).toString();
    const QString expiration = credential.value(QLatin1String("expirationDate")).toString();
    // VC 1.1 documents use issuanceDate/expirationDate, 2.0 documents validFrom/validUntil;
    // OB 3.0 has used both. When both are present, both must hold.
    if (!validFrom.isEmpty() || !validUntil.isEmpty()) {
        VerificationReport scratch;
        validityPeriod(ctx, validFrom, QStringLiteral("validFrom"), validUntil, QStringLiteral("validUntil"), scratch);
        if (scratch.hasFailure() || (issuance.isEmpty() && expiration.isEmpty())) {
            report.checks.append(scratch.checks);
            return;
        }
    }
    validityPeriod(ctx, issuance, QStringLiteral("issuanceDate"), expiration, QStringLiteral("expirationDate"), report);
}

void recipient(const VerifyContext& ctx, const QJsonArray& identityObjects, VerificationReport& report)
{
    const QString id = QStringLiteral("recipient");
    const QStringList& expected = ctx.options ? ctx.options->recipientIdentities : QStringList();
    if (expected.isEmpty() || ctx.depth > 0)
        return;
    const bool strict = ctx.options->recipientMismatchFails;
    if (identityObjects.isEmpty()) {
        if (strict)
            report.fail(id,
                QCoreApplication::translate(
                    "verify", "The credential names no recipient identity to compare with the one expected."));
        else
            report.skip(id,
                QCoreApplication::translate(
                    "verify", "The credential names no recipient identity (email or URL) to compare with yours."),
                false);
        return;
    }
    for (const QJsonValue& value : identityObjects) {
        const QJsonObject object = value.toObject();
        QString identity = object.value(QLatin1String("identity")).toString();
        if (identity.isEmpty())
            identity = object.value(QLatin1String("identityHash")).toString();
        const bool hashed = object.value(QLatin1String("hashed")).toBool();
        const QString salt = object.value(QLatin1String("salt")).toString();
        for (const QString& candidate : expected) {
            if (!hashed) {
                // Email addresses compare without case; URLs, DIDs and other identifiers exactly.
                const bool email = object.value(QLatin1String("type")).toString() == QLatin1String("email")
                    || object.value(QLatin1String("identityType")).toString() == QLatin1String("emailAddress");
                if (identity.compare(candidate, email ? Qt::CaseInsensitive : Qt::CaseSensitive) == 0) {
                    report.pass(id, QCoreApplication::translate("verify", "The badge was issued to %1.").arg(candidate));
                    return;
                }
                continue;
            }
            const qsizetype dollar = identity.indexOf(QLatin1Char('$'));
            const QString algorithm = identity.left(dollar).toLower();
            const QString digest = identity.mid(dollar + 1).toLower();
            QCryptographicHash::Algorithm alg;
            if (algorithm == QLatin1String("sha256"))
                alg = QCryptographicHash::Sha256;
            else if (algorithm == QLatin1String("md5"))
                alg = QCryptographicHash::Md5;
            else {
                report.fail(id,
                    QCoreApplication::translate(
                        "verify", "The recipient identity is hashed with %1, which is not a known method.")
                        .arg(algorithm));
                return;
            }
            const QByteArray computed = QCryptographicHash::hash((candidate + salt).toUtf8(), alg).toHex();
            if (QString::fromLatin1(computed) == digest) {
                report.pass(id, QCoreApplication::translate("verify", "The badge was issued to %1.").arg(candidate));
                return;
            }
        }
    }
    if (strict)
        report.fail(id,
            QCoreApplication::translate("verify", "The badge was not issued to %1.").arg(expected.join(QStringLiteral(", "))));
    else
        report.warn(id,
            QCoreApplication::translate(
                "verify", "This badge was issued to someone else: its recipient is none of your identities (%1).")
                .arg(expected.join(QStringLiteral(", "))));
}

void embeddedCredentials(const VerifyContext& ctx, const QJsonObject& credential, VerificationReport& report)
{
    QJsonArray carried;
    for (const QJsonValue& subject : asArray(credential.value(QLatin1String("credentialSubject")))) {
        for (const QJsonValue& inner : asArray(subject.toObject().value(QLatin1String("verifiableCredential"))))
            carried.append(inner);
    }
    if (carried.isEmpty())
        return;
    const QString id = QStringLiteral("credentials.embedded");
    if (ctx.depth >= VerifyContext::maxDepth) {
        report.skip(
            id, QCoreApplication::translate("verify", "The credentials carried inside this one are nested too deeply to check."));
        return;
    }
    int invalid = 0;
    int undecided = 0;
    for (const QJsonValue& inner : carried) {
        VerifiedCredential verified = inner.isString() ? verifyText(inner.toString().toUtf8(), ctx.nested())
                                                       : verifyJsonObject(inner.toObject(), ctx.nested());
        if (verified.report.isError()) {
            verified.report.fail(QStringLiteral("credential.readable"), verified.report.error);
            verified.report.error.clear();
        }
        const Verdict v = verified.report.verdict();
        invalid += v == Verdict::Invalid;
        undecided += v == Verdict::Indeterminate;
        report.embedded.append(verified.report);
    }
    if (invalid > 0)
        report.fail(id,
            QCoreApplication::translate(
                "verify", "%n of the credentials carried inside this one did not verify.", nullptr, invalid));
    else if (undecided > 0)
        report.skip(id,
            QCoreApplication::translate(
                "verify", "%n of the credentials carried inside this one could not be fully checked.", nullptr, undecided));
    else
        report.pass(id,
            QCoreApplication::translate(
                "verify", "All %n credentials carried inside this one verify.", nullptr, int(carried.size())));
}

void vcCommon(const VerifyContext& ctx, const QJsonObject& credential, VerificationReport& report, qsizetype sourceBytes,
    const JcsValue* strictJson)
{
    vcShape(credential, report);
    schemaConformance(credential, report, sourceBytes, strictJson);
    vcValidity(ctx, credential, report);
    vcStatus(ctx, credential, report);
    QJsonArray identities;
    for (const QJsonValue& subject : asArray(credential.value(QLatin1String("credentialSubject")))) {
        const QJsonObject s = subject.toObject();
        for (const QJsonValue& identifier : asArray(s.value(QLatin1String("identifier"))))
            identities.append(identifier);
        if (s.contains(QLatin1String("id")))
            identities.append(QJsonObject{{QStringLiteral("identity"), s.value(QLatin1String("id"))}});
    }
    recipient(ctx, identities, report);
    embeddedCredentials(ctx, credential, report);
}

} // namespace credfolio::checks
