#include "verify/KeyResolver.h"

#include "did/DidResolver.h"
#include "verify/VerificationReport.h"

#include <QCoreApplication>
#include <QUrl>

namespace credfolio {

using namespace verifyutil;

namespace {

ResolvedKey unavailable(const QString& message)
{
    ResolvedKey r;
    r.outcome = ResolvedKey::Outcome::Unavailable;
    r.message = message;
    return r;
}

ResolvedKey refused(const QString& message)
{
    ResolvedKey r;
    r.outcome = ResolvedKey::Outcome::Refused;
    r.message = message;
    return r;
}

ResolvedKey found(VerificationMethod method, QString documentId)
{
    ResolvedKey r;
    r.outcome = ResolvedKey::Outcome::Found;
    r.method = std::move(method);
    r.documentId = std::move(documentId);
    return r;
}

} // namespace

ResolvedKey KeyResolver::resolve(const QString& reference) const
{
    if (reference.isEmpty())
        return refused(QCoreApplication::translate("verify", "no key is named"));
    if (DidResolver::isDid(reference))
        return resolveDid(reference);
    const QUrl url(reference, QUrl::StrictMode);
    if (url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")))
        return resolveHttps(reference);
    return refused(
        QCoreApplication::translate("verify", "the key reference %1 is neither a DID nor a web address").arg(reference));
}

ResolvedKey KeyResolver::resolveDid(const QString& reference) const
{
    const QString did = DidResolver::didOf(reference);
    auto doc = DidResolver(m_ctx.resolver).resolve(did);
    if (!doc) {
        // A did:key or did:jwk that cannot be read is broken, not missing.
        if (did.startsWith(QLatin1String("did:key:")) || did.startsWith(QLatin1String("did:jwk:")))
            return refused(doc.error());
        return unavailable(doc.error());
    }
    QString methodId = reference;
    if (methodId == did) {
        // A bare DID names its only assertion key, if it has exactly one.
        if (doc->assertionMethod.size() != 1)
            return refused(QCoreApplication::translate("verify", "%1 does not say which of its keys signed").arg(did));
        methodId = doc->assertionMethod.first();
    }
    const VerificationMethod* method = doc->method(methodId);
    if (!method)
        return refused(QCoreApplication::translate("verify", "%1 has no key %2").arg(did, methodId));
    if (!doc->allowsAssertion(method->id))
        return refused(QCoreApplication::translate(
            "verify", "the key %1 is not allowed to issue credentials (it is not an assertion method)")
                           .arg(method->id));
    VerificationMethod m = *method;
    if (m.controller.isEmpty())
        m.controller = did;
    return found(m, did);
}

ResolvedKey KeyResolver::resolveHttps(const QString& reference) const
{
    const QUrl url(reference, QUrl::StrictMode);
    const QString documentUrl = url.adjusted(QUrl::RemoveFragment).toString(QUrl::FullyEncoded);
    auto doc = fetchObject(m_ctx, reference);
    if (!doc)
        return unavailable(doc.error());
    const QJsonObject& json = doc.value();

    // A JWKS: the key whose kid is the fragment (or the whole reference); a lone key otherwise.
    if (json.value(QLatin1String("keys")).isArray()) {
        const QJsonArray keys = json.value(QLatin1String("keys")).toArray();
        QJsonObject chosen;
        for (const QJsonValue& k : keys) {
            const QString kid = k.toObject().value(QLatin1String("kid")).toString();
            if (!kid.isEmpty() && (kid == url.fragment() || kid == reference))
                chosen = k.toObject();
        }
        if (chosen.isEmpty() && !url.hasFragment() && keys.size() == 1)
            chosen = keys.first().toObject();
        if (chosen.isEmpty())
            return refused(
                QCoreApplication::translate("verify", "the key set at %1 has no key %2").arg(documentUrl, url.fragment()));
        if (chosen.contains(QLatin1String("d")))
            return refused(
                QCoreApplication::translate("verify", "the published key includes its private part, so it cannot be trusted"));
        auto key = PublicKey::fromJwk(chosen);
        if (!key)
            return refused(
                QCoreApplication::translate("verify", "the key in %1 is not usable: %2").arg(documentUrl, key.error()));
        return found({reference, QStringLiteral("JsonWebKey"), QString(), key.value()}, documentUrl);
    }
    // A bare JWK.
    if (json.contains(QLatin1String("kty"))) {
        if (json.contains(QLatin1String("d")))
            return refused(
                QCoreApplication::translate("verify", "the published key includes its private part, so it cannot be trusted"));
        auto key = PublicKey::fromJwk(json);
        if (!key)
            return refused(
                QCoreApplication::translate("verify", "the key at %1 is not usable: %2").arg(documentUrl, key.error()));
        return found({reference, QStringLiteral("JsonWebKey"), QString(), key.value()}, documentUrl);
    }
    // A single key document (Multikey, CryptographicKey): it must be the key named.
    if (json.contains(QLatin1String("publicKeyMultibase")) || json.contains(QLatin1String("publicKeyJwk"))
        || json.contains(QLatin1String("publicKeyPem"))) {
        const QString id = json.value(QLatin1String("id")).toString();
        if (id != reference && id != documentUrl)
            return refused(QCoreApplication::translate("verify", "the key document at %1 describes %2, not %3")
                               .arg(documentUrl, id, reference));
        auto key = keyFromMethod(json);
        if (!key)
            return refused(
                QCoreApplication::translate("verify", "the key at %1 is not usable: %2").arg(documentUrl, key.error()));
        QString controller = json.value(QLatin1String("controller")).toString();
        if (controller.isEmpty())
            controller = json.value(QLatin1String("owner")).toString();
        return found({reference, json.value(QLatin1String("type")).toString(), controller, key.value()}, documentUrl);
    }
    // A controller document listing its keys.
    auto controllerDoc = DidDocument::fromJson(json);
    if (!controllerDoc)
        return refused(controllerDoc.error());
    const VerificationMethod* method = controllerDoc->method(reference);
    if (!method)
        return refused(QCoreApplication::translate("verify", "%1 lists no key %2").arg(documentUrl, reference));
    VerificationMethod m = *method;
    if (m.controller.isEmpty())
        m.controller = controllerDoc->id;
    return found(m, controllerDoc->id);
}

void checkKeyBelongsToIssuer(
    const VerifyContext& ctx, const VerificationMethod& method, const QString& issuerId, VerificationReport& report)
{
    const QString id = QStringLiteral("key.issuer");
    if (issuerId.isEmpty()) {
        report.fail(id,
            QCoreApplication::translate(
                "verify", "The credential does not name its issuer, so the key cannot be tied to anyone."));
        return;
    }
    if (!method.controller.isEmpty() && method.controller == issuerId) {
        report.pass(id, QCoreApplication::translate("verify", "The signing key is controlled by the issuer (%1).").arg(issuerId));
        return;
    }
    if (DidResolver::isDid(method.id) && DidResolver::didOf(method.id) == issuerId) {
        report.pass(id, QCoreApplication::translate("verify", "The signing key belongs to the issuer's DID (%1).").arg(issuerId));
        return;
    }
    // Otherwise the issuer must list the key itself.
    Result<DidDocument> profile = Result<DidDocument>::failure(QString());
    if (DidResolver::isDid(issuerId)) {
        profile = DidResolver(ctx.resolver).resolve(DidResolver::didOf(issuerId));
    } else {
        auto json = fetchObject(ctx, issuerId);
        if (!json) {
            report.skip(id,
                QCoreApplication::translate("verify",
                    "Could not check that the signing key belongs to the issuer: the issuer's profile is not "
                    "available (%1).")
                    .arg(json.error()));
            return;
        }
        profile = DidDocument::fromJson(json.value());
        if (profile && profile->id != issuerId) {
            report.fail(id,
                QCoreApplication::translate("verify", "The issuer profile fetched for %1 describes %2 instead.")
                    .arg(issuerId, profile->id));
            return;
        }
    }
    if (!profile) {
        report.skip(id,
            QCoreApplication::translate("verify", "Could not check that the signing key belongs to the issuer: %1")
                .arg(profile.error()));
        return;
    }
    // Only keys the issuer lets assert credentials count; a profile without assertionMethod
    // (an Open Badges style profile) vouches for every key it lists.
    const bool restricted = !profile->assertionMethod.isEmpty();
    if (profile->assertionMethod.contains(method.id)) {
        report.pass(id, QCoreApplication::translate("verify", "The issuer's profile lists the signing key."));
        return;
    }
    for (const VerificationMethod& listed : profile->methods) {
        if (restricted && !profile->assertionMethod.contains(listed.id))
            continue;
        if (listed.id == method.id || listed.key.sameKeyAs(method.key)) {
            report.pass(id, QCoreApplication::translate("verify", "The issuer's profile lists the signing key."));
            return;
        }
    }
    report.fail(id,
        QCoreApplication::translate("verify", "The key that signed this credential is not one the issuer (%1) lists as its own.")
            .arg(issuerId));
}

} // namespace credfolio
