#include "verify/Ob2Verifier.h"

#include "crypto/PublicKey.h"
#include "did/DidDocument.h"
#include "jose/JwsVerifier.h"
#include "verify/CredentialChecks.h"

#include <QCoreApplication>
#include <QUrl>

namespace credfolio {

using namespace verifyutil;

namespace {

QString verificationType(const QJsonObject& assertion)
{
    const QJsonObject verification = assertion.value(QLatin1String("verification")).toObject();
    return verification.value(QLatin1String("type")).toString().toLower();
}

bool isSignedType(const QString& type)
{
    return type == QLatin1String("signed") || type == QLatin1String("signedbadge");
}

// A hosted copy that has been revoked differs from the baked one only by these members.
QJsonObject withoutRevocation(QJsonObject assertion)
{
    assertion.remove(QStringLiteral("revoked"));
    assertion.remove(QStringLiteral("revocationReason"));
    return assertion;
}

bool isHostedType(const QString& type)
{
    return type == QLatin1String("hosted") || type == QLatin1String("hostedbadge");
}

} // namespace

bool Ob2Verifier::loadBadgeAndIssuer(const QJsonObject& assertion, VerificationReport& report)
{
    const QString id = QStringLiteral("ob2.issuer");
    const QJsonValue badge = assertion.value(QLatin1String("badge"));
    if (badge.isObject()) {
        m_badge = badge.toObject();
    } else if (badge.isString()) {
        auto fetched = fetchObject(m_ctx, badge.toString());
        if (!fetched) {
            report.skip(
                id, QCoreApplication::translate("verify", "The badge description could not be fetched: %1").arg(fetched.error()));
            return false;
        }
        m_badge = fetched.value();
        if (m_badge.value(QLatin1String("id")).toString() != badge.toString()) {
            report.fail(id,
                QCoreApplication::translate("verify", "The badge description fetched from %1 describes a different badge.")
                    .arg(badge.toString()));
            return false;
        }
    } else {
        report.fail(id, QCoreApplication::translate("verify", "The assertion does not say which badge it awards."));
        return false;
    }
    const QJsonValue issuer = m_badge.value(QLatin1String("issuer"));
    if (issuer.isObject()) {
        m_issuer = issuer.toObject();
    } else if (issuer.isString()) {
        auto fetched = fetchObject(m_ctx, issuer.toString());
        if (!fetched) {
            report.skip(
                id, QCoreApplication::translate("verify", "The issuer's profile could not be fetched: %1").arg(fetched.error()));
            return false;
        }
        m_issuer = fetched.value();
        if (m_issuer.value(QLatin1String("id")).toString() != issuer.toString()) {
            report.fail(id,
                QCoreApplication::translate("verify", "The issuer profile fetched from %1 describes a different issuer.")
                    .arg(issuer.toString()));
            return false;
        }
    } else {
        report.fail(id, QCoreApplication::translate("verify", "The badge does not name its issuer."));
        return false;
    }
    report.pass(id,
        QCoreApplication::translate("verify", "The issuer is %1 (%2).")
            .arg(m_issuer.value(QLatin1String("name")).toString(), m_issuer.value(QLatin1String("id")).toString()));
    return true;
}

void Ob2Verifier::finish(const QJsonObject& assertion, VerificationReport& report)
{
    report.credential = CredentialSummary::fromOb2(assertion, m_badge, m_issuer);
    checks::validityPeriod(m_ctx, assertion.value(QLatin1String("issuedOn")).toString(), QStringLiteral("issuedOn"),
        assertion.value(QLatin1String("expires")).toString(), QStringLiteral("expires"), report);
    const QJsonObject recipient = assertion.value(QLatin1String("recipient")).toObject();
    checks::recipient(m_ctx, recipient.isEmpty() ? QJsonArray() : QJsonArray{recipient}, report);
}

VerificationReport Ob2Verifier::verifySigned(const QByteArray& token, const QJsonObject& assertion)
{
    VerificationReport report;
    report.format = QStringLiteral("ob2-signed");
    report.credential = CredentialSummary::fromOb2(assertion, {}, {});
    const QString sigId = QStringLiteral("jws.signature");
    auto jws = CompactJws::parse(token);
    if (!jws) {
        report.fail(sigId, QCoreApplication::translate("verify", "The signature is unacceptable: %1.").arg(jws.error()));
        return report;
    }
    if (!isSignedType(verificationType(assertion)))
        report.warn(QStringLiteral("ob2.verification"),
            QCoreApplication::translate("verify", "The signed assertion does not declare signed verification."));
    if (!loadBadgeAndIssuer(assertion, report)) {
        report.skip(
            sigId, QCoreApplication::translate("verify", "The signature could not be checked without the issuer's profile."));
        finish(assertion, report);
        return report;
    }
    const QString issuerId = m_issuer.value(QLatin1String("id")).toString();

    // Candidate keys: verification.creator, else every key the issuer lists.
    QStringList listed;
    QList<QJsonValue> issuerKeys;
    for (const QJsonValue& k : asArray(m_issuer.value(QLatin1String("publicKey")))) {
        listed.append(idOf(k));
        issuerKeys.append(k);
    }
    const QString creator = assertion.value(QLatin1String("verification")).toObject().value(QLatin1String("creator")).toString();
    QList<QJsonValue> candidates = creator.isEmpty() ? issuerKeys : QList<QJsonValue>{QJsonValue(creator)};
    if (candidates.isEmpty()) {
        report.fail(QStringLiteral("key.resolve"),
            QCoreApplication::translate(
                "verify", "Neither the assertion nor the issuer names a key to check the signature with."));
        return report;
    }
    bool unavailable = false;
    QString lastProblem;
    for (const QJsonValue& candidate : candidates) {
        QJsonObject keyDoc = candidate.toObject();
        const QString keyId = idOf(candidate);
        if (candidate.isString()) {
            auto fetched = fetchObject(m_ctx, keyId);
            if (!fetched) {
                unavailable = true;
                lastProblem = fetched.error();
                continue;
            }
            keyDoc = fetched.value();
        }
        auto key = keyFromMethod(keyDoc);
        if (!key) {
            lastProblem = key.error();
            continue;
        }
        const JwsVerification result = verifyCompactJws(jws.value(), key.value());
        if (result.outcome == JwsVerification::Outcome::BadSignature && creator.isEmpty()) {
            lastProblem = result.message;
            continue; // try the issuer's next key
        }
        report.pass(
            QStringLiteral("key.resolve"), QCoreApplication::translate("verify", "The signing key %1 was found.").arg(keyId));
        switch (result.outcome) {
        case JwsVerification::Outcome::Valid:
            report.pass(sigId,
                QCoreApplication::translate("verify", "The %1 signature matches the content and the key.").arg(jws->algorithm()));
            break;
        case JwsVerification::Outcome::Refused:
            report.fail(sigId,
                QCoreApplication::translate("verify", "The signature algorithm %1 may not be used with this key: %2.")
                    .arg(jws->algorithm(), result.message));
            break;
        case JwsVerification::Outcome::Malformed:
        case JwsVerification::Outcome::BadSignature:
            report.fail(sigId,
                QCoreApplication::translate(
                    "verify", "The signature does not match: the badge was changed or signed with another key (%1).")
                    .arg(result.message));
            break;
        case JwsVerification::Outcome::KeyError:
            report.skip(
                sigId, QCoreApplication::translate("verify", "The signature could not be checked: %1.").arg(result.message));
            break;
        }
        // OB 2.0: the key's owner is the issuer, and the issuer lists the key.
        const QString owner = keyDoc.value(QLatin1String("owner")).toString();
        if (keyDoc.value(QLatin1String("id")).toString() != keyId && candidate.isString())
            report.fail(QStringLiteral("key.issuer"),
                QCoreApplication::translate("verify", "The key document fetched from %1 describes another key.").arg(keyId));
        else if (owner != issuerId)
            report.fail(QStringLiteral("key.issuer"),
                QCoreApplication::translate("verify", "The signing key belongs to \"%1\", not to the issuer %2.")
                    .arg(owner, issuerId));
        else if (!listed.contains(keyId))
            report.fail(QStringLiteral("key.issuer"),
                QCoreApplication::translate("verify", "The issuer's profile does not list the signing key %1.").arg(keyId));
        else
            report.pass(QStringLiteral("key.issuer"),
                QCoreApplication::translate("verify", "The signing key is owned by the issuer and listed in its profile."));
        checkRevocationList(assertion, report);
        finish(assertion, report);
        return report;
    }
    if (unavailable)
        report.skip(QStringLiteral("key.resolve"),
            QCoreApplication::translate("verify", "The signing key could not be fetched: %1").arg(lastProblem));
    else
        report.fail(sigId,
            QCoreApplication::translate("verify", "None of the issuer's keys verifies the signature (%1).").arg(lastProblem));
    finish(assertion, report);
    return report;
}

void Ob2Verifier::checkRevocationList(const QJsonObject& assertion, VerificationReport& report)
{
    const QString id = QStringLiteral("status");
    const QString listUrl = idOf(m_issuer.value(QLatin1String("revocationList")));
    if (listUrl.isEmpty()) {
        report.pass(id,
            QCoreApplication::translate(
                "verify", "The issuer publishes no revocation list, so the badge cannot have been revoked through one."));
        return;
    }
    auto list = fetchObject(m_ctx, listUrl);
    if (!list) {
        report.skip(
            id, QCoreApplication::translate("verify", "Could not check whether the badge was revoked: %1").arg(list.error()));
        return;
    }
    const QString assertionId = assertion.value(QLatin1String("id")).toString();
    const QString uid = assertion.value(QLatin1String("uid")).toString();
    for (const QJsonValue& entry : asArray(list->value(QLatin1String("revokedAssertions")))) {
        const QString revoked = idOf(entry);
        const QString revokedUid = entry.toObject().value(QLatin1String("uid")).toString();
        if ((!revoked.isEmpty() && revoked == assertionId) || (!uid.isEmpty() && revokedUid == uid)) {
            const QString reason = entry.toObject().value(QLatin1String("revocationReason")).toString();
            report.fail(id,
                reason.isEmpty() ? QCoreApplication::translate("verify", "The issuer has revoked this badge.")
                                 : QCoreApplication::translate("verify", "The issuer has revoked this badge: %1").arg(reason));
            return;
        }
    }
    report.pass(id, QCoreApplication::translate("verify", "The badge is not on the issuer's revocation list."));
}

void Ob2Verifier::checkScope(const QString& assertionId, VerificationReport& report)
{
    const QString id = QStringLiteral("ob2.scope");
    const QJsonObject policy = m_issuer.value(QLatin1String("verification")).toObject();
    const QJsonArray startsWith = asArray(policy.value(QLatin1String("startsWith")));
    const QJsonArray allowedOrigins = asArray(policy.value(QLatin1String("allowedOrigins")));
    const QUrl url(assertionId, QUrl::StrictMode);
    bool inScope = false;
    if (!startsWith.isEmpty() || !allowedOrigins.isEmpty()) {
        for (const QJsonValue& prefix : startsWith)
            inScope = inScope || (!prefix.toString().isEmpty() && assertionId.startsWith(prefix.toString()));
        for (const QJsonValue& origin : allowedOrigins) {
            // allowedOrigins holds host names ("example.org", "badges.example.org:8443").
            const QString allowed = origin.toString();
            const QString host = url.port() > 0 ? url.host() + QLatin1Char(':') + QString::number(url.port()) : url.host();
            inScope = inScope || (!allowed.isEmpty() && allowed.compare(host, Qt::CaseInsensitive) == 0);
        }
    } else {
        const QString origin = originOf(m_issuer.value(QLatin1String("id")).toString());
        inScope = !origin.isEmpty() && originOf(assertionId) == origin;
    }
    if (inScope)
        report.pass(id,
            QCoreApplication::translate("verify", "The assertion is hosted where the issuer allows its badges to be hosted."));
    else
        report.fail(id,
            QCoreApplication::translate(
                "verify", "The assertion is hosted at %1, which the issuer does not allow for its badges.")
                .arg(assertionId));
}

VerificationReport Ob2Verifier::verifyAssertionJson(const QJsonObject& assertion)
{
    const QString type = verificationType(assertion);
    if (isSignedType(type)) {
        VerificationReport report;
        report.format = QStringLiteral("ob2-signed");
        report.credential = CredentialSummary::fromOb2(assertion, {}, {});
        report.skip(QStringLiteral("jws.signature"),
            QCoreApplication::translate(
                "verify", "The badge says it is signed, but the file holds the assertion without its signature."));
        if (loadBadgeAndIssuer(assertion, report))
            finish(assertion, report);
        return report;
    }
    return verifyHosted(assertion, false);
}

VerificationReport Ob2Verifier::verifyHostedUrl(const QString& url)
{
    auto fetched = fetchObject(m_ctx, url);
    if (!fetched) {
        VerificationReport report;
        report.format = QStringLiteral("ob2-hosted");
        report.credential.id = url;
        report.skip(QStringLiteral("ob2.hosted"),
            QCoreApplication::translate("verify", "The hosted assertion could not be fetched: %1").arg(fetched.error()));
        return report;
    }
    QJsonObject assertion = fetched.value();
    VerificationReport report = verifyHosted(assertion, true);
    if (assertion.value(QLatin1String("id")).toString() != url)
        report.fail(QStringLiteral("ob2.hosted"),
            QCoreApplication::translate("verify", "The assertion fetched from %1 has a different id.").arg(url));
    return report;
}

VerificationReport Ob2Verifier::verifyHosted(const QJsonObject& baked, bool bakedIsUrl)
{
    VerificationReport report;
    report.format = QStringLiteral("ob2-hosted");
    report.credential = CredentialSummary::fromOb2(baked, {}, {});
    const QString hostedId = QStringLiteral("ob2.hosted");
    const QString assertionId = baked.value(QLatin1String("id")).toString();
    const QString type = verificationType(baked);
    if (!isHostedType(type) && !type.isEmpty()) {
        report.fail(QStringLiteral("ob2.verification"),
            QCoreApplication::translate("verify", "The assertion's verification type \"%1\" is unknown.").arg(type));
        return report;
    }
    if (originOf(assertionId).isEmpty()) {
        report.fail(hostedId, QCoreApplication::translate("verify", "A hosted assertion must have a web address as its id."));
        return report;
    }
    QJsonObject hosted = baked;
    bool haveHosted = bakedIsUrl;
    if (!bakedIsUrl) {
        auto fetched = fetchObject(m_ctx, assertionId);
        if (!fetched) {
            report.skip(hostedId,
                QCoreApplication::translate("verify", "The hosted copy of the assertion could not be fetched: %1")
                    .arg(fetched.error()));
        } else if (withoutRevocation(fetched.value()) != withoutRevocation(baked)) {
            report.fail(hostedId,
                QCoreApplication::translate("verify", "The badge differs from the copy the issuer hosts at %1.")
                    .arg(assertionId));
            return report;
        } else {
            report.pass(hostedId, QCoreApplication::translate("verify", "The badge is the same as the copy the issuer hosts."));
            hosted = fetched.value();
            haveHosted = true;
        }
    } else {
        report.pass(hostedId, QCoreApplication::translate("verify", "The assertion was fetched from where the issuer hosts it."));
    }
    if (hosted.value(QLatin1String("revoked")).toBool()) {
        const QString reason = hosted.value(QLatin1String("revocationReason")).toString();
        report.fail(QStringLiteral("status"),
            reason.isEmpty() ? QCoreApplication::translate("verify", "The issuer has revoked this badge.")
                             : QCoreApplication::translate("verify", "The issuer has revoked this badge: %1").arg(reason));
    }
    if (loadBadgeAndIssuer(hosted, report)) {
        checkScope(assertionId, report);
        if (!haveHosted)
            report.skip(QStringLiteral("status"),
                QCoreApplication::translate("verify", "Could not check whether the badge was revoked without its hosted copy."));
        else if (!hosted.value(QLatin1String("revoked")).toBool())
            report.pass(
                QStringLiteral("status"), QCoreApplication::translate("verify", "The issuer has not revoked this badge."));
    } else {
        report.skip(QStringLiteral("ob2.scope"),
            QCoreApplication::translate(
                "verify", "Could not check where the assertion may be hosted without the issuer's profile."));
    }
    finish(hosted, report);
    return report;
}

} // namespace credfolio
