#include "verify/DataIntegritySuite.h"

#include "badge/CredentialSummary.h"
#include "crypto/SignatureVerifier.h"
#include "encoding/Multibase.h"
#include "jcs/Jcs.h"
#include "verify/KeyResolver.h"

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

JcsValue withMember(const JcsValue& object, const QString& name, const JcsValue* value)
{
    std::vector<JcsValue::Member> members;
    members.reserve(object.members().size() + 1);
    for (const auto& m : object.members()) {
        if (m.first != name)
            members.push_back(m);
    }
    if (value)
        members.emplace_back(name, *value);
    return JcsValue::object(std::move(members));
}

bool sameJson(const JcsValue& a, const JcsValue& b)
{
    // Two strings (the usual @context entries) have the same canonical form exactly when
    // they are equal: RFC 8785 string escaping is one to one.
    if (a.type() == JcsValue::Type::String || b.type() == JcsValue::Type::String)
        return a.type() == b.type() && a.toString() == b.toString();
    const auto ca = jcs::canonicalize(a);
    const auto cb = jcs::canonicalize(b);
    return ca && cb && ca.value() == cb.value();
}

// Ed25519 and P-256 signatures are 64 bytes, P-384 (r||s) 96.
int signatureSize(const PublicKey& key)
{
    return key.type() == PublicKey::Type::EcP384 ? 96 : 64;
}

} // namespace

SignatureAlgorithm DataIntegritySuite::signatureAlgorithmFor(const PublicKey& key)
{
    switch (key.type()) {
    case PublicKey::Type::EcP256:
        return SignatureAlgorithm::ES256;
    case PublicKey::Type::EcP384:
        return SignatureAlgorithm::ES384;
    default:
        return SignatureAlgorithm::EdDSA;
    }
}

Result<DataIntegritySuite::Unsecured> DataIntegritySuite::unsecure(
    const JcsValue& document, const JcsValue& proof, const std::vector<JcsValue>& previousProofs)
{
    // vc-data-integrity 4.3: a chained proof was added to the document holding the proofs it
    // names, as an array.
    const JcsValue previous = JcsValue::array(previousProofs);
    JcsValue unsecured = withMember(document, QStringLiteral("proof"), previousProofs.empty() ? nullptr : &previous);
    const JcsValue proofOptions = withMember(proof, QStringLiteral("proofValue"), nullptr);
    // vc-di-eddsa 3.3.2 step 4: a proof @context must be the start of the document's, and the
    // document is then hashed with the proof's @context.
    if (const JcsValue* proofContext = member(proofOptions, QStringLiteral("@context"))) {
        const JcsValue* documentContext = member(document, QStringLiteral("@context"));
        if (!documentContext)
            return Result<Unsecured>::failure(
                QCoreApplication::translate("verify", "the proof has a @context but the document has none"));
        const auto asItems = [](const JcsValue& v) {
            return v.type() == JcsValue::Type::Array ? v.items() : std::vector<JcsValue>{v};
        };
        const std::vector<JcsValue> p = asItems(*proofContext);
        const std::vector<JcsValue> d = asItems(*documentContext);
        if (p.size() > d.size())
            return Result<Unsecured>::failure(
                QCoreApplication::translate("verify", "the proof's @context does not match the document's"));
        for (size_t i = 0; i < p.size(); ++i) {
            if (!sameJson(p[i], d[i]))
                return Result<Unsecured>::failure(
                    QCoreApplication::translate("verify", "the proof's @context does not match the document's"));
        }
        unsecured = withMember(unsecured, QStringLiteral("@context"), proofContext);
    }
    return Unsecured{std::move(unsecured), proofOptions};
}

Result<QByteArray> DataIntegritySuite::decodeProofValue(const QString& proofValue) const
{
    const auto signature = multibase::decode(proofValue.toUtf8());
    if (!proofValue.startsWith(QLatin1Char('z')) || !signature || signature->size() < 64 || signature->size() > 96)
        return Result<QByteArray>::failure(QCoreApplication::translate("verify", "it must be a base58btc signature"));
    return signature.value();
}

void DataIntegritySuite::verify(const VerifyContext& ctx, const SecuredDocument& secured, VerificationReport& report) const
{
    const QJsonObject& proof = secured.proofJson;
    const QString sigId = QStringLiteral("proof.signature");
    report.pass(
        QStringLiteral("proof.suite"), QCoreApplication::translate("verify", "The proof uses the %1 cryptosuite.").arg(name()));
    const QString purpose = proof.value(QLatin1String("proofPurpose")).toString();
    if (purpose != QLatin1String("assertionMethod")) {
        report.fail(QStringLiteral("proof.purpose"),
            QCoreApplication::translate("verify", "The proof's purpose is \"%1\", not issuing a credential (assertionMethod).")
                .arg(purpose));
        return;
    }
    report.pass(QStringLiteral("proof.purpose"),
        QCoreApplication::translate("verify", "The proof was made to issue a credential (assertionMethod)."));

    // Proof dates: created must be a date and not after the evaluation time; expires not passed.
    const QString created = proof.value(QLatin1String("created")).toString();
    const QString expires = proof.value(QLatin1String("expires")).toString();
    const QDateTime createdAt = parseCredentialDateTime(created);
    const QDateTime expiresAt = parseCredentialDateTime(expires);
    if ((!created.isEmpty() && !createdAt.isValid()) || (!expires.isEmpty() && !expiresAt.isValid()))
        report.fail(QStringLiteral("proof.dates"),
            QCoreApplication::translate("verify", "The proof's created or expires date is not a valid date and time."));
    else if (createdAt.isValid() && createdAt > ctx.at)
        report.fail(QStringLiteral("proof.dates"),
            QCoreApplication::translate("verify", "The proof claims to have been made on %1, after the time checked.")
                .arg(createdAt.toString(Qt::ISODate)));
    else if (expiresAt.isValid() && ctx.at >= expiresAt)
        report.fail(QStringLiteral("proof.dates"),
            QCoreApplication::translate("verify", "The proof expired on %1.").arg(expiresAt.toString(Qt::ISODate)));
    else
        report.pass(QStringLiteral("proof.dates"), QCoreApplication::translate("verify", "The proof's dates are in order."));

    const auto signature = decodeProofValue(proof.value(QLatin1String("proofValue")).toString());
    if (!signature) {
        report.fail(
            sigId, QCoreApplication::translate("verify", "The proof's signature value is malformed: %1.").arg(signature.error()));
        return;
    }
    const QString vm = proof.value(QLatin1String("verificationMethod")).toString();
    const ResolvedKey resolved = KeyResolver(ctx).resolve(vm);
    if (resolved.outcome == ResolvedKey::Outcome::Unavailable) {
        report.skip(QStringLiteral("key.resolve"),
            QCoreApplication::translate("verify", "The signing key %1 could not be fetched: %2").arg(vm, resolved.message));
        report.skip(sigId, QCoreApplication::translate("verify", "The signature could not be checked without the key."));
        return;
    }
    if (!resolved.found()) {
        report.fail(QStringLiteral("key.resolve"),
            QCoreApplication::translate("verify", "The signing key %1 cannot be used: %2").arg(vm, resolved.message));
        return;
    }
    report.pass(QStringLiteral("key.resolve"), QCoreApplication::translate("verify", "The signing key %1 was found.").arg(vm));
    const PublicKey& key = resolved.method.key;
    if (!acceptsKey(key.type())) {
        report.fail(sigId,
            QCoreApplication::translate("verify", "%1 needs %2, but %3 is a %4 key.")
                .arg(name(), keyRequirement(), vm, key.typeName()));
        return;
    }
    if (signature->size() != signatureSize(key)) {
        report.fail(sigId,
            QCoreApplication::translate("verify", "The proof's signature value has the wrong length for a %1 key.")
                .arg(key.typeName()));
        return;
    }
    const SignedData data = signedData(secured, key);
    if (data.couldNotRun) {
        report.skip(sigId,
            QCoreApplication::translate(
                "verify", "The signed content could not be prepared, so the signature was not checked: %1.")
                .arg(data.error));
        return;
    }
    if (!data.error.isEmpty()) {
        report.fail(sigId, QCoreApplication::translate("verify", "The proof does not fit the credential: %1.").arg(data.error));
        return;
    }
    const VerifyResult result = verifySignature(signatureAlgorithmFor(key), key, data.bytes, signature.value());
    if (result.isValid())
        report.pass(
            sigId, QCoreApplication::translate("verify", "The %1 signature matches the content and the key.").arg(name()));
    else if (result.isInvalid())
        report.fail(sigId,
            QCoreApplication::translate(
                "verify", "The signature does not match: the badge was changed or signed with another key."));
    else
        report.skip(sigId, QCoreApplication::translate("verify", "The signature could not be checked: %1").arg(result.message()));
    checkKeyBelongsToIssuer(ctx, resolved.method, idOf(secured.credential.value(QLatin1String("issuer"))), report);
}

} // namespace credfolio
