#pragma once

#include "common/Result.h"
#include "crypto/Ed25519SigningKey.h"
#include "jcs/JcsValue.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace credfolio {

// The signing side of the eddsa-rdfc-2022 cryptosuite (W3C vc-di-eddsa 3.2, "Add Proof"):
// canonicalize the proof configuration and the unsecured document with RDFC-1.0 (the same
// transformation RdfcSuite verifies with, with only the bundled JSON-LD contexts), hash
// both with SHA-256 and sign the concatenation with the Ed25519 key.
class ProofSigner {
public:
    struct Request {
        QString proofPurpose; // "authentication" for a presentation, "assertionMethod" for a credential
        QDateTime created;
        QString challenge; // optional
        QString domain; // optional
    };

    // The proof object (JSON text of a DataIntegrityProof, proofValue included) for document,
    // which must not carry a proof yet. Fails with the JSON-LD error (naming a context that is
    // not bundled, or terms no context defines) rather than signing what no one could verify.
    static Result<QByteArray> signEddsaRdfc2022(const JcsValue& document, const Ed25519SigningKey& key, const Request& request);
};

} // namespace credfolio
