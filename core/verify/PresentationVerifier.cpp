#include "verify/PresentationVerifier.h"

#include "badge/CredentialSummary.h"
#include "crypto/SignatureVerifier.h"
#include "did/DidResolver.h"
#include "encoding/Multibase.h"
#include "jcs/Jcs.h"
#include "verify/CredentialDispatch.h"
#include "verify/EddsaJcs2022Suite.h"
#include "verify/RdfcSuite.h"

#include <QCoreApplication>

namespace credfolio {

using namespace verifyutil;

namespace {

const JcsValue* member(const JcsValue& object, const QString& name)
{
    for (const auto& m : object.members()) {
        if (m.first == name)
            return &m.second;
    }
    return nullptr;
}

std::vector<JcsValue> itemsOf(const JcsValue* value)
{
    if (!value)
        return {};
    return value->type() == JcsValue::Type::Array ? value->items() : std::vector<JcsValue>{*value};
}

enum class Suite { Unknown, EddsaRdfc, EcdsaRdfc, EddsaJcs };

Suite suiteOf(const QJsonObject& proof)
{
    if (proof.value(QLatin1String("type")).toString() != QLatin1String("DataIntegrityProof"))
        return Suite::Unknown;
    const QString cryptosuite = proof.value(QLatin1String("cryptosuite")).toString();
    if (cryptosuite == QLatin1String("eddsa-rdfc-2022"))
        return Suite::EddsaRdfc;
    if (cryptosuite == QLatin1String("ecdsa-rdfc-2019"))
        return Suite::EcdsaRdfc;
    if (cryptosuite == QLatin1String("eddsa-jcs-2022"))
        return Suite::EddsaJcs;
    return Suite::Unknown;
}

// "data:application/vc+jwt,eyJ…" (RFC 2397): the media type and the decoded content.
bool readDataUrl(const QString& url, QString* mediaType, QByteArray* content)
{
    if (!url.startsWith(QLatin1String("data:")))
        return false;
    const qsizetype comma = url.indexOf(QLatin1Char(','));
    if (comma < 0)
        return false;
    QStringList header = url.mid(5, comma - 5).split(QLatin1Char(';'));
    const bool base64 = header.size() > 1 && header.last() == QLatin1String("base64");
    if (base64)
        header.removeLast();
    *mediaType = header.first().toLower();
    const QByteArray data = QByteArray::fromPercentEncoding(url.mid(comma + 1).toUtf8());
    if (!base64) {
        *content = data;
        return true;
    }
    const auto decoded = QByteArray::fromBase64Encoding(data, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    *content = decoded.decoded;
    return true;
}

// Only validity and status failed: the credential is authentic but expired or revoked.
bool onlyValidityOrStatusFailed(const VerificationReport& report)
{
    for (const VerificationCheck& check : report.checks) {
        if (check.status == CheckStatus::Fail && check.id != QLatin1String("validity.period")
            && check.id != QLatin1String("status"))
            return false;
    }
    return true;
}

} // namespace

bool PresentationVerifier::isPresentation(const QJsonObject& object)
{
    return typesOf(object).contains(QLatin1String("VerifiablePresentation"));
}

VerificationReport PresentationVerifier::verify(const QJsonObject& presentation, const JcsValue& strict) const
{
    VerificationReport report;
    report.format = QStringLiteral("vp-data-integrity");
    report.credential.kind = QStringLiteral("VerifiablePresentation");
    report.credential.id = presentation.value(QLatin1String("id")).toString();
    report.credential.recipient = idOf(presentation.value(QLatin1String("holder")));
    report.credential.document = presentation;

    const QJsonArray contexts = asArray(presentation.value(QLatin1String("@context")));
    const QString first = contexts.isEmpty() ? QString() : contexts.first().toString();
    if (first == QLatin1String("https://www.w3.org/ns/credentials/v2")
        || first == QLatin1String("https://www.w3.org/2018/credentials/v1"))
        report.pass(QStringLiteral("presentation.type"),
            QCoreApplication::translate("verify", "The document is a W3C verifiable presentation."));
    else
        report.fail(QStringLiteral("presentation.type"),
            QCoreApplication::translate(
                "verify", "The presentation's first @context is not the W3C credentials context, so verifiers cannot read it."));

    verifyProof(presentation, strict, report);
    verifyCredentials(presentation, strict, report);
    return report;
}

void PresentationVerifier::verifyProof(const QJsonObject& presentation, const JcsValue& strict, VerificationReport& report) const
{
    const QString sigId = QStringLiteral("proof.signature");
    const QString holderId = QStringLiteral("presentation.holder");
    const std::vector<JcsValue> proofs = itemsOf(member(strict, QStringLiteral("proof")));
    if (proofs.empty()) {
        report.fail(QStringLiteral("proof"),
            QCoreApplication::translate(
                "verify", "The presentation carries no proof, so anyone could have put these credentials together."));
        return;
    }
    if (proofs.size() != 1 || proofs.front().type() != JcsValue::Type::Object) {
        report.fail(sigId, QCoreApplication::translate("verify", "The presentation must carry exactly one proof object."));
        return;
    }
    const JcsValue& proofValue = proofs.front();
    const QJsonObject proof = asArray(presentation.value(QLatin1String("proof"))).first().toObject();
    const Suite suite = suiteOf(proof);
    if (suite == Suite::Unknown) {
        QString name = proof.value(QLatin1String("cryptosuite")).toString();
        if (name.isEmpty())
            name = proof.value(QLatin1String("type")).toString();
        report.skip(QStringLiteral("proof.suite"),
            QCoreApplication::translate(
                "verify", "The presentation's proof uses \"%1\", which Credfolio cannot check, so nothing is claimed about it.")
                .arg(name));
        return;
    }
    report.pass(QStringLiteral("proof.suite"),
        QCoreApplication::translate("verify", "The presentation's proof uses the %1 cryptosuite.")
            .arg(proof.value(QLatin1String("cryptosuite")).toString()));

    const QString purpose = proof.value(QLatin1String("proofPurpose")).toString();
    if (purpose != QLatin1String("authentication")) {
        report.fail(QStringLiteral("proof.purpose"),
            QCoreApplication::translate(
                "verify", "The presentation's proof purpose is \"%1\", not a holder presenting (authentication).")
                .arg(purpose));
        return;
    }
    report.pass(QStringLiteral("proof.purpose"),
        QCoreApplication::translate("verify", "The proof was made by the holder to present (authentication)."));

    const QString created = proof.value(QLatin1String("created")).toString();
    const QString expires = proof.value(QLatin1String("expires")).toString();
    const QDateTime createdAt = parseCredentialDateTime(created);
    const QDateTime expiresAt = parseCredentialDateTime(expires);
    if ((!created.isEmpty() && !createdAt.isValid()) || (!expires.isEmpty() && !expiresAt.isValid()))
        report.fail(QStringLiteral("proof.dates"),
            QCoreApplication::translate("verify", "The proof's created or expires date is not a valid date and time."));
    else if (createdAt.isValid() && createdAt > m_ctx.at)
        report.fail(QStringLiteral("proof.dates"),
            QCoreApplication::translate("verify", "The proof claims to have been made on %1, after the time checked.")
                .arg(createdAt.toString(Qt::ISODate)));
    else if (expiresAt.isValid() && m_ctx.at >= expiresAt)
        report.fail(QStringLiteral("proof.dates"),
            QCoreApplication::translate("verify", "The proof expired on %1.").arg(expiresAt.toString(Qt::ISODate)));
    else
        report.pass(QStringLiteral("proof.dates"), QCoreApplication::translate("verify", "The proof's dates are in order."));

    // Challenge and domain: the verifier's own values bind the presentation to this request.
    const QString expectedChallenge = m_ctx.options ? m_ctx.options->challenge : QString();
    const QString challenge = proof.value(QLatin1String("challenge")).toString();
    if (!expectedChallenge.isEmpty()) {
        if (challenge == expectedChallenge)
            report.pass(QStringLiteral("proof.challenge"),
                QCoreApplication::translate("verify", "The proof answers the challenge %1.").arg(expectedChallenge));
        else if (challenge.isEmpty())
            report.fail(QStringLiteral("proof.challenge"),
                QCoreApplication::translate("verify", "The proof answers no challenge, but %1 was expected.")
                    .arg(expectedChallenge));
        else
            report.fail(QStringLiteral("proof.challenge"),
                QCoreApplication::translate(
                    "verify", "The proof answers the challenge %1, not %2: it was made for another request.")
                    .arg(challenge, expectedChallenge));
    } else if (!challenge.isEmpty()) {
        report.skip(QStringLiteral("proof.challenge"),
            QCoreApplication::translate(
                "verify", "The proof answers the challenge %1; no expected challenge was given to compare it with.")
                .arg(challenge),
            false);
    }
    const QString expectedDomain = m_ctx.options ? m_ctx.options->domain : QString();
    QStringList domains;
    for (const QJsonValue& d : asArray(proof.value(QLatin1String("domain"))))
        domains.append(d.toString());
    if (!expectedDomain.isEmpty()) {
        if (domains.contains(expectedDomain))
            report.pass(QStringLiteral("proof.domain"),
                QCoreApplication::translate("verify", "The proof was made for the domain %1.").arg(expectedDomain));
        else
            report.fail(QStringLiteral("proof.domain"),
                QCoreApplication::translate("verify", "The proof was made for %1, not for the domain %2.")
                    .arg(domains.isEmpty() ? QCoreApplication::translate("verify", "no domain")
                                           : domains.join(QLatin1String(", ")),
                        expectedDomain));
    } else if (!domains.isEmpty()) {
        report.skip(QStringLiteral("proof.domain"),
            QCoreApplication::translate(
                "verify", "The proof was made for the domain %1; no expected domain was given to compare it with.")
                .arg(domains.join(QLatin1String(", "))),
            false);
    }

    // The key: a verification method of the holder's DID, allowed to authenticate as it.
    const QString vm = proof.value(QLatin1String("verificationMethod")).toString();
    const QString holder = idOf(presentation.value(QLatin1String("holder")));
    const QString vmDid = DidResolver::isDid(vm) ? DidResolver::didOf(vm) : QString();
    if (holder.isEmpty()) {
        report.fail(holderId,
            QCoreApplication::translate(
                "verify", "The presentation names no holder, so nothing ties it to the person presenting."));
        return;
    }
    if (vmDid.isEmpty() || vmDid != holder) {
        report.fail(holderId,
            QCoreApplication::translate("verify", "The presentation was signed with %1, which is not a key of its holder %2.")
                .arg(vm, holder));
        return;
    }
    report.pass(holderId, QCoreApplication::translate("verify", "The presentation was signed by its holder %1.").arg(holder));
    const auto document = DidResolver(m_ctx.resolver).resolve(vmDid);
    if (!document) {
        if (vmDid.startsWith(QLatin1String("did:key:")) || vmDid.startsWith(QLatin1String("did:jwk:"))) {
            report.fail(QStringLiteral("key.resolve"),
                QCoreApplication::translate("verify", "The holder's key %1 cannot be used: %2").arg(vm, document.error()));
        } else {
            report.skip(QStringLiteral("key.resolve"),
                QCoreApplication::translate("verify", "The holder's key %1 could not be fetched: %2").arg(vm, document.error()));
            report.skip(sigId, QCoreApplication::translate("verify", "The signature could not be checked without the key."));
        }
        return;
    }
    const VerificationMethod* method = document->method(vm);
    if (!method) {
        report.fail(QStringLiteral("key.resolve"), QCoreApplication::translate("verify", "%1 has no key %2.").arg(vmDid, vm));
        return;
    }
    if (!document->allowsAuthentication(method->id)) {
        report.fail(QStringLiteral("key.resolve"),
            QCoreApplication::translate(
                "verify", "The key %1 is not allowed to authenticate as %2 (it is not an authentication method).")
                .arg(vm, vmDid));
        return;
    }
    report.pass(QStringLiteral("key.resolve"), QCoreApplication::translate("verify", "The holder's key %1 was found.").arg(vm));
    const PublicKey& key = method->key;
    const bool ecdsa = suite == Suite::EcdsaRdfc;
    const bool keyFits = ecdsa ? (key.type() == PublicKey::Type::EcP256 || key.type() == PublicKey::Type::EcP384)
                               : key.type() == PublicKey::Type::Ed25519;
    if (!keyFits) {
        report.fail(sigId,
            QCoreApplication::translate("verify", "The presentation's cryptosuite cannot be used with the %1 key %2.")
                .arg(key.typeName(), vm));
        return;
    }
    const QString encoded = proof.value(QLatin1String("proofValue")).toString();
    const auto signature = multibase::decode(encoded.toUtf8());
    const int size = key.type() == PublicKey::Type::EcP384 ? 96 : 64;
    if (!encoded.startsWith(QLatin1Char('z')) || !signature || signature->size() != size) {
        report.fail(sigId, QCoreApplication::translate("verify", "The presentation's signature value is malformed."));
        return;
    }
    QByteArray signedBytes;
    if (suite == Suite::EddsaJcs) {
        const auto data = EddsaJcs2022Suite::hashData(strict, proofValue);
        if (!data) {
            report.fail(
                sigId, QCoreApplication::translate("verify", "The proof does not fit the presentation: %1.").arg(data.error()));
            return;
        }
        signedBytes = data.value();
    } else {
        const RdfcSuite::Prepared prepared = RdfcSuite::canonicalForms(strict, proofValue, RdfcSuite::jsonLdOptions());
        if (prepared.couldNotRun) {
            report.skip(sigId,
                QCoreApplication::translate(
                    "verify", "The presentation could not be prepared for checking, so its signature was not checked: %1.")
                    .arg(prepared.error));
            return;
        }
        if (!prepared.error.isEmpty()) {
            report.fail(
                sigId, QCoreApplication::translate("verify", "The proof does not fit the presentation: %1.").arg(prepared.error));
            return;
        }
        signedBytes = RdfcSuite::hashData(prepared.forms, RdfcSuite::hashFor(key.type()));
    }
    const VerifyResult result =
        verifySignature(DataIntegritySuite::signatureAlgorithmFor(key), key, signedBytes, signature.value());
    if (result.isValid())
        report.pass(sigId,
            QCoreApplication::translate("verify", "The holder's signature matches the presentation and everything in it."));
    else if (result.isInvalid())
        report.fail(sigId,
            QCoreApplication::translate(
                "verify", "The holder's signature does not match: the presentation was changed after it was signed."));
    else
        report.skip(sigId, QCoreApplication::translate("verify", "The signature could not be checked: %1").arg(result.message()));
}

void PresentationVerifier::verifyCredentials(
    const QJsonObject& presentation, const JcsValue& strict, VerificationReport& report) const
{
    const QString id = QStringLiteral("presentation.credentials");
    const std::vector<JcsValue> items = itemsOf(member(strict, QStringLiteral("verifiableCredential")));
    const QJsonArray carried = asArray(presentation.value(QLatin1String("verifiableCredential")));
    if (items.empty()) {
        report.pass(id, QCoreApplication::translate("verify", "The presentation carries no credentials."));
        return;
    }
    int forged = 0;
    int lapsed = 0;
    int undecided = 0;
    for (size_t i = 0; i < items.size(); ++i) {
        const JcsValue& item = items[i];
        const QJsonValue value = carried.at(qsizetype(i));
        VerifiedCredential verified;
        const QJsonObject object = value.toObject();
        if (value.isString()) {
            // VC 1.1 presentations may carry a VC-JWT as a plain string.
            verified = verifyCompactJwsText(value.toString().toUtf8().trimmed(), m_ctx);
            verified.report.container = QStringLiteral("jws");
        } else if (!value.isObject()) {
            verified.report.error =
                QCoreApplication::translate("verify", "an entry of verifiableCredential is neither a credential nor a JWT");
        } else if (isPresentation(object)) {
            verified.report.error = QCoreApplication::translate("verify", "a presentation cannot carry another presentation");
        } else if (typesOf(object).contains(QLatin1String("EnvelopedVerifiableCredential"))) {
            QString mediaType;
            QByteArray content;
            const QString url = object.value(QLatin1String("id")).toString();
            if (!readDataUrl(url, &mediaType, &content)) {
                verified.report.error = QCoreApplication::translate("verify", "the enveloped credential's id is not a data: URL");
            } else if (mediaType == QLatin1String("application/vc+jwt")
                || mediaType == QLatin1String("application/vc+ld+json+jwt") || mediaType == QLatin1String("application/jwt")) {
                verified = verifyCompactJwsText(content.trimmed(), m_ctx);
                verified.report.container = QStringLiteral("jws");
            } else {
                verified.report.skip(QStringLiteral("credential.readable"),
                    QCoreApplication::translate(
                        "verify", "The enveloped credential is of media type %1, which Credfolio cannot check.")
                        .arg(mediaType));
            }
        } else {
            const auto raw = jcs::canonicalize(item);
            if (!raw) {
                verified.report.error = raw.error();
            } else {
                verified = verifyJsonObject(object, m_ctx, raw.value(), &item);
                verified.report.container = QStringLiteral("json");
            }
        }
        if (verified.report.isError()) {
            verified.report.fail(QStringLiteral("credential.readable"), verified.report.error);
            verified.report.error.clear();
        }
        switch (verified.report.verdict()) {
        case Verdict::Invalid:
            (onlyValidityOrStatusFailed(verified.report) ? lapsed : forged) += 1;
            break;
        case Verdict::Indeterminate:
            ++undecided;
            break;
        case Verdict::Valid:
            break;
        }
        report.embedded.append(verified.report);
    }
    // Precedence as for every report: a credential that does not verify makes the
    // presentation invalid, whether forged or only expired or revoked (the message tells
    // which); one that could not be checked makes it indeterminate.
    if (forged > 0)
        report.fail(id,
            QCoreApplication::translate("verify",
                "%n of the credentials in the presentation did not verify: forged, changed or malformed.", nullptr, forged));
    else if (lapsed > 0)
        report.fail(id,
            QCoreApplication::translate(
                "verify", "%n of the credentials in the presentation is expired or revoked.", nullptr, lapsed));
    else if (undecided > 0)
        report.skip(id,
            QCoreApplication::translate(
                "verify", "%n of the credentials in the presentation could not be fully checked.", nullptr, undecided));
    else
        report.pass(id,
            QCoreApplication::translate("verify", "All %n credentials in the presentation verify.", nullptr, int(items.size())));
}

} // namespace credfolio
