#include "verify/EddsaJcs2022Suite.h"

#include "badge/CredentialSummary.h"
#include "crypto/Hash.h"
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

JcsValue without(const JcsValue& object, const QString& name)
{
    std::vector<JcsValue::Member> members;
    for (const auto& m : object.members()) {
        if (m.first != name)
            members.push_back(m);
    }
    return JcsValue::object(std::move(members));
}

JcsValue withMember(const JcsValue& object, const QString& name, const JcsValue& value)
{
    std::vector<JcsValue::Member> members;
    for (const auto& m : object.members()) {
        if (m.first != name)
            members.push_back(m);
    }
    members.emplace_back(name, value);
    return JcsValue::object(std::move(members));
}

bool sameJson(const JcsValue& a, const JcsValue& b)
{
    const auto ca = jcs::canonicalize(a);
    const auto cb = jcs::canonicalize(b);
    return ca && cb && ca.value() == cb.value();
}

} // namespace

bool EddsaJcs2022Suite::handles(const QJsonObject& proof) const
{
    return proof.value(QLatin1String("type")).toString() == QLatin1String("DataIntegrityProof")
        && proof.value(QLatin1String("cryptosuite")).toString() == QLatin1String("eddsa-jcs-2022");
}

Result<QByteArray> EddsaJcs2022Suite::hashData(const JcsValue& document, const JcsValue& proof)
{
    JcsValue unsecured = without(document, QStringLiteral("proof"));
    const JcsValue proofOptions = without(proof, QStringLiteral("proofValue"));
    // vc-di-eddsa 3.3.2 step 4: a proof @context must be the start of the document's, and the
    // document is then hashed with the proof's @context.
    if (const JcsValue* proofContext = member(proofOptions, QStringLiteral("@context"))) {
        const JcsValue* documentContext = member(document, QStringLiteral("@context"));
        if (!documentContext)
            return Result<QByteArray>::failure(tr("the proof has a @context but the document has none"));
        const auto asItems = [](const JcsValue& v) {
            return v.type() == JcsValue::Type::Array ? v.items() : std::vector<JcsValue>{v};
        };
        const std::vector<JcsValue> p = asItems(*proofContext);
        const std::vector<JcsValue> d = asItems(*documentContext);
        if (p.size() > d.size())
            return Result<QByteArray>::failure(tr("the proof's @context does not match the document's"));
        for (size_t i = 0; i < p.size(); ++i) {
            if (!sameJson(p[i], d[i]))
                return Result<QByteArray>::failure(tr("the proof's @context does not match the document's"));
        }
        unsecured = withMember(unsecured, QStringLiteral("@context"), *proofContext);
    }
    const auto canonicalDocument = jcs::canonicalize(unsecured);
    if (!canonicalDocument)
        return Result<QByteArray>::failure(canonicalDocument.error());
    const auto canonicalProof = jcs::canonicalize(proofOptions);
    if (!canonicalProof)
        return Result<QByteArray>::failure(canonicalProof.error());
    return QByteArray(hash::sha256(canonicalProof.value()) + hash::sha256(canonicalDocument.value()));
}

void EddsaJcs2022Suite::verify(const VerifyContext& ctx, const SecuredDocument& secured, VerificationReport& report) const
{
    const QJsonObject& proof = secured.proofJson;
    const QString sigId = QStringLiteral("proof.signature");
    report.pass(QStringLiteral("proof.suite"), tr("The proof uses the eddsa-jcs-2022 cryptosuite."));
    const QString purpose = proof.value(QLatin1String("proofPurpose")).toString();
    if (purpose != QLatin1String("assertionMethod")) {
        report.fail(QStringLiteral("proof.purpose"),
            tr("The proof's purpose is \"%1\", not issuing a credential (assertionMethod).").arg(purpose));
        return;
    }
    report.pass(QStringLiteral("proof.purpose"), tr("The proof was made to issue a credential (assertionMethod)."));

    // Proof dates: created must be a date and not after the evaluation time; expires not passed.
    const QString created = proof.value(QLatin1String("created")).toString();
    const QString expires = proof.value(QLatin1String("expires")).toString();
    const QDateTime createdAt = parseCredentialDateTime(created);
    const QDateTime expiresAt = parseCredentialDateTime(expires);
    if ((!created.isEmpty() && !createdAt.isValid()) || (!expires.isEmpty() && !expiresAt.isValid()))
        report.fail(QStringLiteral("proof.dates"), tr("The proof's created or expires date is not a valid date and time."));
    else if (createdAt.isValid() && createdAt > ctx.at)
        report.fail(QStringLiteral("proof.dates"),
            tr("The proof claims to have been made on %1, after the time checked.").arg(createdAt.toString(Qt::ISODate)));
    else if (expiresAt.isValid() && ctx.at >= expiresAt)
        report.fail(QStringLiteral("proof.dates"), tr("The proof expired on %1.").arg(expiresAt.toString(Qt::ISODate)));
    else
        report.pass(QStringLiteral("proof.dates"), tr("The proof's dates are in order."));

    const auto signature = multibase::decode(proof.value(QLatin1String("proofValue")).toString().toUtf8());
    if (!proof.value(QLatin1String("proofValue")).toString().startsWith(QLatin1Char('z')) || !signature
        || signature->size() != 64) {
        report.fail(sigId, tr("The proof's signature value is malformed (it must be a base58btc Ed25519 signature)."));
        return;
    }
    const QString vm = proof.value(QLatin1String("verificationMethod")).toString();
    const ResolvedKey resolved = KeyResolver(ctx).resolve(vm);
    if (resolved.outcome == ResolvedKey::Outcome::Unavailable) {
        report.skip(QStringLiteral("key.resolve"), tr("The signing key %1 could not be fetched: %2").arg(vm, resolved.message));
        report.skip(sigId, tr("The signature could not be checked without the key."));
        return;
    }
    if (!resolved.found()) {
        report.fail(QStringLiteral("key.resolve"), tr("The signing key %1 cannot be used: %2").arg(vm, resolved.message));
        return;
    }
    report.pass(QStringLiteral("key.resolve"), tr("The signing key %1 was found.").arg(vm));
    if (resolved.method.key.type() != PublicKey::Type::Ed25519) {
        report.fail(
            sigId, tr("eddsa-jcs-2022 needs an Ed25519 key, but %1 is a %2 key.").arg(vm, resolved.method.key.typeName()));
        return;
    }
    const auto data = hashData(secured.document, secured.proof);
    if (!data) {
        report.fail(sigId, tr("The signed content could not be prepared: %1.").arg(data.error()));
        return;
    }
    const VerifyResult result = verifySignature(SignatureAlgorithm::EdDSA, resolved.method.key, data.value(), signature.value());
    if (result.isValid())
        report.pass(sigId, tr("The eddsa-jcs-2022 signature matches the content and the key."));
    else if (result.isInvalid())
        report.fail(sigId, tr("The signature does not match: the badge was changed or signed with another key."));
    else
        report.skip(sigId, tr("The signature could not be checked: %1").arg(result.message()));
    checkKeyBelongsToIssuer(ctx, resolved.method, idOf(secured.credential.value(QLatin1String("issuer"))), report);
}

} // namespace credfolio
