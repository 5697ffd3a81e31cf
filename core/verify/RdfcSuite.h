#pragma once

#include "jsonld/JsonLd.h"
#include "rdf/Canonicalizer.h"
#include "verify/DataIntegritySuite.h"

#include <QByteArrayView>

namespace credfolio {

// The Data Integrity suites whose transformation is JSON-LD to RDF, then RDFC-1.0:
// - "eddsa-rdfc-2022" (W3C vc-di-eddsa; also its earlier name "eddsa-2022"), Ed25519;
// - "Ed25519Signature2020" (the linked-data signature suite before Data Integrity), Ed25519;
// - "ecdsa-rdfc-2019" (W3C vc-di-ecdsa), P-256 with SHA-256 or P-384 with SHA-384.
// All sign hash(canonical proof configuration) || hash(canonical document), where the proof
// configuration is the proof without proofValue, with the document's @context.
class RdfcSuite : public DataIntegritySuite {
public:
    enum class Kind { EddsaRdfc2022, Ed25519Signature2020, EcdsaRdfc2019 };

    explicit RdfcSuite(Kind kind) : m_kind(kind) { }

    QString name() const override;
    bool handles(const QJsonObject& proof) const override;

    // Canonical N-Quads of the proof configuration and of the unsecured document.
    struct CanonicalForms {
        QByteArray proofConfiguration;
        QByteArray document;
    };
    // failure: JSON-LD processing or canonicalization failed (couldNotRun set), or the proof's
    // @context does not fit the document or a term is not defined by the contexts (couldNotRun
    // clear: the proof does not hold for this JSON).
    struct Prepared {
        CanonicalForms forms;
        rdf::Dataset document; // the unsecured document's quads with canonical labels, in forms.document's order
        QString error;
        bool couldNotRun = false;
    };
    static Prepared canonicalForms(const JcsValue& document, const JcsValue& proof, const jsonld::Options& options,
        const std::vector<JcsValue>& previousProofs = {});

    // The hash a key type calls for: SHA-384 for P-384, SHA-256 otherwise.
    static rdf::Canonicalizer::HashAlgorithm hashFor(PublicKey::Type type);
    // hash(proofConfiguration) || hash(document): the bytes the signature covers.
    static QByteArray hashData(const CanonicalForms& forms, rdf::Canonicalizer::HashAlgorithm hash);

    // The JSON-LD options proofs are expanded with: only contexts available offline.
    static jsonld::Options jsonLdOptions();

protected:
    bool acceptsKey(PublicKey::Type type) const override;
    QString keyRequirement() const override;
    SignedData signedData(const SecuredDocument& secured, const PublicKey& key) const override;

private:
    Kind m_kind;
};

} // namespace credfolio
