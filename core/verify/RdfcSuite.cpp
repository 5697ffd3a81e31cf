#include "verify/RdfcSuite.h"

#include "crypto/Hash.h"
#include "jsonld/BundledContexts.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace credfolio {

using namespace verifyutil;

namespace {

// The strictly parsed JSON as Qt JSON, for the JSON-LD processor. Numbers are doubles in both.
QJsonValue toQJson(const JcsValue& value)
{
    switch (value.type()) {
    case JcsValue::Type::Null:
        return QJsonValue(QJsonValue::Null);
    case JcsValue::Type::Bool:
        return QJsonValue(value.toBool());
    case JcsValue::Type::Number:
        return QJsonValue(value.toNumber());
    case JcsValue::Type::String:
        return QJsonValue(value.toString());
    case JcsValue::Type::Array: {
        QJsonArray array;
        for (const JcsValue& item : value.items())
            array.append(toQJson(item));
        return array;
    }
    case JcsValue::Type::Object: {
        QJsonObject object;
        for (const auto& m : value.members())
            object.insert(m.first, toQJson(m.second));
        return object;
    }
    }
    return {};
}

// Terms a document's contexts do not define are dropped by JSON-LD, so the signature would not
// cover them although they are in the JSON. Expanding under a marker vocabulary (applied before
// the document's contexts, so any @vocab of theirs wins) maps exactly those terms to marker IRIs
// and changes nothing else; jsonld.js refuses the same documents in its "safe mode".
const QString kUndefinedTermVocab = QStringLiteral("urn:credfolio:undefined-term:");

struct CanonicalRdf {
    rdf::Canonicalizer::Output output;
    QString error;
    bool couldNotRun = false;
};

// JSON-LD to RDF, then RDFC-1.0 (its own hash is always SHA-256: the suites' hash choice
// applies to the signed hashes only).
CanonicalRdf canonicalRdf(const QJsonObject& document, jsonld::Options options)
{
    CanonicalRdf result;
    options.expandContext = QJsonObject{{QStringLiteral("@vocab"), kUndefinedTermVocab}};
    const auto dataset = jsonld::toRdf(document, options);
    if (!dataset) {
        result.error = dataset.error();
        result.couldNotRun = true;
        return result;
    }
    QStringList undefined;
    for (const rdf::Quad& quad : dataset.value()) {
        for (const rdf::Term* t : {&quad.subject, &quad.predicate, &quad.object, &quad.graph}) {
            for (const QString* iri : {&t->value, &t->datatype}) {
                if (t->kind != rdf::Term::Kind::Blank && iri->startsWith(kUndefinedTermVocab)) {
                    const QString term = iri->mid(kUndefinedTermVocab.size());
                    if (!undefined.contains(term))
                        undefined.append(term);
                }
            }
        }
    }
    if (!undefined.isEmpty()) {
        result.error = QCoreApplication::translate(
            "verify", "it uses terms its JSON-LD contexts do not define (%1), which the signature cannot cover")
                           .arg(undefined.mid(0, 5).join(QLatin1String(", ")));
        return result;
    }
    const auto canonical = rdf::Canonicalizer::canonicalize(dataset.value());
    if (!canonical) {
        result.error = canonical.error();
        result.couldNotRun = true;
        return result;
    }
    result.output = canonical.value();
    return result;
}

} // namespace

QString RdfcSuite::name() const
{
    switch (m_kind) {
    case Kind::EddsaRdfc2022:
        return QStringLiteral("eddsa-rdfc-2022");
    case Kind::Ed25519Signature2020:
        return QStringLiteral("Ed25519Signature2020");
    case Kind::EcdsaRdfc2019:
        break;
    }
    return QStringLiteral("ecdsa-rdfc-2019");
}

bool RdfcSuite::handles(const QJsonObject& proof) const
{
    const QString type = proof.value(QLatin1String("type")).toString();
    const QString cryptosuite = proof.value(QLatin1String("cryptosuite")).toString();
    switch (m_kind) {
    case Kind::EddsaRdfc2022:
        return type == QLatin1String("DataIntegrityProof")
            && (cryptosuite == QLatin1String("eddsa-rdfc-2022") || cryptosuite == QLatin1String("eddsa-2022"));
    case Kind::Ed25519Signature2020:
        return type == QLatin1String("Ed25519Signature2020");
    case Kind::EcdsaRdfc2019:
        break;
    }
    return type == QLatin1String("DataIntegrityProof") && cryptosuite == QLatin1String("ecdsa-rdfc-2019");
}

bool RdfcSuite::acceptsKey(PublicKey::Type type) const
{
    if (m_kind == Kind::EcdsaRdfc2019)
        return type == PublicKey::Type::EcP256 || type == PublicKey::Type::EcP384;
    return type == PublicKey::Type::Ed25519;
}

QString RdfcSuite::keyRequirement() const
{
    return m_kind == Kind::EcdsaRdfc2019 ? QCoreApplication::translate("verify", "a P-256 or P-384 key")
                                         : QCoreApplication::translate("verify", "an Ed25519 key");
}

jsonld::Options RdfcSuite::jsonLdOptions()
{
    // Only the contexts bundled in resources/contexts/; any other context fails the
    // transformation, so the proof is reported as not checked.
    return jsonld::offlineOptions();
}

RdfcSuite::Prepared RdfcSuite::canonicalForms(
    const JcsValue& document, const JcsValue& proof, const jsonld::Options& options, const std::vector<JcsValue>& previousProofs)
{
    Prepared prepared;
    const auto unsecured = unsecure(document, proof, previousProofs);
    if (!unsecured) {
        prepared.error = unsecured.error();
        return prepared;
    }
    const QJsonObject unsecuredDocument = toQJson(unsecured->document).toObject();
    // vc-di-eddsa 3.2.5 / jsonld-signatures: the proof configuration takes the document's @context.
    QJsonObject proofConfiguration = toQJson(unsecured->proofOptions).toObject();
    proofConfiguration.insert(QStringLiteral("@context"), unsecuredDocument.value(QLatin1String("@context")));
    for (const QJsonObject* part : {static_cast<const QJsonObject*>(&proofConfiguration), &unsecuredDocument}) {
        CanonicalRdf canonical = canonicalRdf(*part, options);
        if (!canonical.error.isEmpty()) {
            prepared.error = canonical.error;
            prepared.couldNotRun = canonical.couldNotRun;
            return prepared;
        }
        if (part == &proofConfiguration) {
            prepared.forms.proofConfiguration = canonical.output.nquads;
        } else {
            prepared.forms.document = canonical.output.nquads;
            prepared.document = std::move(canonical.output.dataset);
        }
    }
    return prepared;
}

rdf::Canonicalizer::HashAlgorithm RdfcSuite::hashFor(PublicKey::Type type)
{
    return type == PublicKey::Type::EcP384 ? rdf::Canonicalizer::HashAlgorithm::Sha384
                                           : rdf::Canonicalizer::HashAlgorithm::Sha256;
}

QByteArray RdfcSuite::hashData(const CanonicalForms& forms, rdf::Canonicalizer::HashAlgorithm hash)
{
    if (hash == rdf::Canonicalizer::HashAlgorithm::Sha384)
        return hash::sha384(forms.proofConfiguration) + hash::sha384(forms.document);
    return hash::sha256(forms.proofConfiguration) + hash::sha256(forms.document);
}

DataIntegritySuite::SignedData RdfcSuite::signedData(const SecuredDocument& secured, const PublicKey& key) const
{
    const Prepared prepared = canonicalForms(secured.document, secured.proof, jsonLdOptions(), secured.previousProofs);
    if (!prepared.error.isEmpty())
        return {{}, prepared.error, prepared.couldNotRun};
    return {hashData(prepared.forms, hashFor(key.type())), {}, false};
}

} // namespace credfolio
