#include "verify/VcJwtVerifier.h"

#include "badge/CredentialSummary.h"
#include "did/DidResolver.h"
#include "jose/JwsVerifier.h"
#include "verify/CredentialChecks.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace credfolio {

using namespace verifyutil;

namespace {

QDateTime fromNumericDate(const QJsonValue& value)
{
    if (!value.isDouble())
        return {};
    return QDateTime::fromSecsSinceEpoch(qint64(value.toDouble()), Qt::UTC);
}

} // namespace

VerificationReport VcJwtVerifier::verify(const QByteArray& token, const QJsonObject* parsedClaims)
{
    VerificationReport report;
    report.format = QStringLiteral("vc-jwt");
    auto parsed = CompactJws::parse(token);
    if (!parsed) {
        // "none", HMAC, unknown crit, broken encodings: refused before any key is looked at.
        report.fail(QStringLiteral("jws.signature"),
            QCoreApplication::translate("verify", "The signature is unacceptable: %1.").arg(parsed.error()));
        return report;
    }
    const CompactJws& jws = parsed.value();
    auto claims = parsedClaims ? Result<QJsonObject>(*parsedClaims) : parseObject(jws.payload());
    if (!claims) {
        report.fail(QStringLiteral("jws.payload"),
            QCoreApplication::translate("verify", "The signed content is not a JSON credential: %1").arg(claims.error()));
        return report;
    }
    const bool vc11 = claims->value(QLatin1String("vc")).isObject();
    m_credential = vc11 ? claims->value(QLatin1String("vc")).toObject() : claims.value();
    // In VC 1.1 JWTs the credential may leave issuer, id and dates to the claims.
    if (vc11) {
        if (!m_credential.contains(QLatin1String("issuer")) && claims->contains(QLatin1String("iss")))
            m_credential.insert(QStringLiteral("issuer"), claims->value(QLatin1String("iss")));
        if (!m_credential.contains(QLatin1String("id")) && claims->contains(QLatin1String("jti")))
            m_credential.insert(QStringLiteral("id"), claims->value(QLatin1String("jti")));
        const QDateTime nbf = fromNumericDate(claims->value(QLatin1String("nbf")));
        if (!m_credential.contains(QLatin1String("issuanceDate")) && !m_credential.contains(QLatin1String("validFrom"))
            && nbf.isValid())
            m_credential.insert(QStringLiteral("issuanceDate"), nbf.toString(Qt::ISODate));
    }
    report.credential = CredentialSummary::fromVc(m_credential);
    const QString issuerId = idOf(m_credential.value(QLatin1String("issuer")));

    VerificationMethod method;
    if (findKey(jws.header(), issuerId, method, report)) {
        const JwsVerification result = verifyCompactJws(jws, method.key);
        switch (result.outcome) {
        case JwsVerification::Outcome::Valid:
            report.pass(QStringLiteral("jws.signature"),
                QCoreApplication::translate("verify", "The %1 signature matches the content and the key.").arg(jws.algorithm()));
            break;
        case JwsVerification::Outcome::Refused:
            report.fail(QStringLiteral("jws.signature"),
                QCoreApplication::translate("verify", "The signature algorithm %1 may not be used with this key: %2.")
                    .arg(jws.algorithm(), result.message));
            break;
        case JwsVerification::Outcome::Malformed:
        case JwsVerification::Outcome::BadSignature:
            report.fail(QStringLiteral("jws.signature"),
                QCoreApplication::translate(
                    "verify", "The signature does not match: the badge was changed or signed with another key (%1).")
                    .arg(result.message));
            break;
        case JwsVerification::Outcome::KeyError:
            report.skip(QStringLiteral("jws.signature"),
                QCoreApplication::translate("verify", "The signature could not be checked: %1.").arg(result.message));
            break;
        }
        checkKeyBelongsToIssuer(m_ctx, method, issuerId, report);
    } else {
        report.skip(QStringLiteral("jws.signature"),
            QCoreApplication::translate("verify", "The signature could not be checked without the key."));
    }
    checkClaims(claims.value(), vc11, report);
    checks::vcCommon(m_ctx, m_credential, report, jws.payload().size());
    return report;
}

bool VcJwtVerifier::findKey(
    const QJsonObject& header, const QString& issuerId, VerificationMethod& method, VerificationReport& report)
{
    const QString id = QStringLiteral("key.resolve");
    if (header.contains(QLatin1String("jwk"))) {
        const QJsonObject jwk = header.value(QLatin1String("jwk")).toObject();
        if (jwk.contains(QLatin1String("d"))) {
            report.fail(id,
                QCoreApplication::translate(
                    "verify", "The key in the signature header includes its private part; such a badge cannot be trusted."));
            return false;
        }
        auto key = PublicKey::fromJwk(jwk);
        if (!key) {
            report.fail(
                id, QCoreApplication::translate("verify", "The key in the signature header is not usable: %1.").arg(key.error()));
            return false;
        }
        method.id = QStringLiteral("jwk:") + key->jwkThumbprint();
        method.key = key.value();
        // An embedded key proves nothing by itself; did:jwk issuers are that key.
        if (issuerId.startsWith(QLatin1String("did:jwk:"))) {
            auto doc = DidResolver(m_ctx.resolver).resolve(issuerId);
            if (doc && !doc->methods.isEmpty() && doc->methods.first().key.sameKeyAs(method.key))
                method.controller = issuerId;
        }
        report.pass(id, QCoreApplication::translate("verify", "The signing key is given in the signature header."));
        return true;
    }
    QString kid = header.value(QLatin1String("kid")).toString();
    if (kid.startsWith(QLatin1Char('#')))
        kid = issuerId + kid;
    if (kid.isEmpty()) {
        // Without kid or jwk, a DID issuer with a single key names it.
        if (issuerId.startsWith(QLatin1String("did:key:")) || issuerId.startsWith(QLatin1String("did:jwk:")))
            kid = issuerId;
        else {
            report.skip(id,
                QCoreApplication::translate("verify", "The signature does not say which key made it (no kid or jwk header)."));
            return false;
        }
    }
    const ResolvedKey resolved = KeyResolver(m_ctx).resolve(kid);
    switch (resolved.outcome) {
    case ResolvedKey::Outcome::Found:
        method = resolved.method;
        report.pass(id, QCoreApplication::translate("verify", "The signing key %1 was found.").arg(kid));
        return true;
    case ResolvedKey::Outcome::Unavailable:
        report.skip(
            id, QCoreApplication::translate("verify", "The signing key %1 could not be fetched: %2").arg(kid, resolved.message));
        return false;
    case ResolvedKey::Outcome::Refused:
        break;
    }
    report.fail(id, QCoreApplication::translate("verify", "The signing key %1 cannot be used: %2").arg(kid, resolved.message));
    return false;
}

void VcJwtVerifier::checkClaims(const QJsonObject& claims, bool vc11, VerificationReport& report)
{
    const QString id = QStringLiteral("jwt.claims");
    QStringList problems;
    auto compare = [&](const char* claim, const QString& credentialValue, const char* field) {
        const QJsonValue value = claims.value(QLatin1String(claim));
        if (value.isUndefined())
            return;
        if (!value.isString() || value.toString() != credentialValue)
            problems.append(QCoreApplication::translate("verify", "%1 \"%2\" differs from the credential's %3 \"%4\"")
                                .arg(QLatin1String(claim), value.toString(), QLatin1String(field), credentialValue));
    };
    compare("iss", idOf(m_credential.value(QLatin1String("issuer"))), "issuer");
    compare("jti", m_credential.value(QLatin1String("id")).toString(), "id");
    QJsonValue subject = m_credential.value(QLatin1String("credentialSubject"));
    if (subject.isArray())
        subject = subject.toArray().first();
    if (claims.contains(QLatin1String("sub")) && subject.toObject().contains(QLatin1String("id")))
        compare("sub", subject.toObject().value(QLatin1String("id")).toString(), "credentialSubject.id");
    auto compareDate = [&](const char* claim, const char* v2Field, const char* v1Field) {
        const QJsonValue value = claims.value(QLatin1String(claim));
        if (value.isUndefined())
            return;
        const QDateTime when = fromNumericDate(value);
        if (!when.isValid()) {
            problems.append(QCoreApplication::translate("verify", "%1 is not a number of seconds").arg(QLatin1String(claim)));
            return;
        }
        QString field = QLatin1String(v2Field);
        QString text = m_credential.value(field).toString();
        if (text.isEmpty()) {
            field = QLatin1String(v1Field);
            text = m_credential.value(field).toString();
        }
        if (text.isEmpty())
            return;
        const QDateTime stated = parseCredentialDateTime(text);
        if (!stated.isValid() || stated.toSecsSinceEpoch() != when.toSecsSinceEpoch())
            problems.append(QCoreApplication::translate("verify", "%1 (%2) differs from the credential's %3 (%4)")
                                .arg(QLatin1String(claim), when.toString(Qt::ISODate), field, text));
    };
    compareDate("nbf", "validFrom", "issuanceDate");
    compareDate("exp", "validUntil", "expirationDate");
    if (vc11 && !claims.contains(QLatin1String("iss")))
        problems.append(QCoreApplication::translate("verify", "the token has no iss claim naming the issuer"));
    if (!problems.isEmpty()) {
        report.fail(id,
            QCoreApplication::translate("verify", "The token's claims disagree with the credential: %1.")
                .arg(problems.join(QStringLiteral("; "))));
        return;
    }
    // The token's own time limits apply as well as the credential's.
    const QDateTime nbf = fromNumericDate(claims.value(QLatin1String("nbf")));
    const QDateTime exp = fromNumericDate(claims.value(QLatin1String("exp")));
    if (nbf.isValid() && m_ctx.at < nbf) {
        report.fail(
            id, QCoreApplication::translate("verify", "The token is not valid yet (nbf %1).").arg(nbf.toString(Qt::ISODate)));
        return;
    }
    if (exp.isValid() && m_ctx.at >= exp) {
        report.fail(id, QCoreApplication::translate("verify", "The token expired on %1 (exp).").arg(exp.toString(Qt::ISODate)));
        return;
    }
    report.pass(id, QCoreApplication::translate("verify", "The token's claims agree with the credential."));
}

} // namespace credfolio
