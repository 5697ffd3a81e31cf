#pragma once

#include "crypto/PublicKey.h"
#include "crypto/SignatureAlgorithm.h"
#include "verify/ProofSuite.h"

namespace credfolio {

// The steps every W3C Data Integrity cryptosuite (and the older Ed25519Signature2020)
// shares when verifying: proof purpose, proof dates, the multibase proof value, the key from
// verificationMethod, the signature and the key's tie to the issuer. A suite adds only how
// the signed bytes are made from the document and which keys it takes.
class DataIntegritySuite : public ProofSuite {
public:
    void verify(const VerifyContext& ctx, const SecuredDocument& secured, VerificationReport& report) const final;

    // The inputs of the suites' transformation (vc-di-eddsa / vc-di-ecdsa "Verify Proof"):
    // the document without "proof" (or, for a chained proof, with the previous proofs it names as
    // "proof") and the proof without "proofValue". A proof @context must be the start of the
    // document's, and then stands for the document's @context.
    struct Unsecured {
        JcsValue document;
        JcsValue proofOptions;
    };
    // The algorithm a Data Integrity key signs with: ES256 for P-256, ES384 for P-384 (ECDSA r||s
    // with the curve's hash), Ed25519 otherwise.
    static SignatureAlgorithm signatureAlgorithmFor(const PublicKey& key);

    static Result<Unsecured> unsecure(
        const JcsValue& document, const JcsValue& proof, const std::vector<JcsValue>& previousProofs = {});

protected:
    // The bytes the signature covers, or why they cannot be made. couldNotRun marks a missing
    // resource (a JSON-LD context not available offline): the proof is then not checked rather
    // than wrong.
    struct SignedData {
        QByteArray bytes;
        QString error;
        bool couldNotRun = false;
    };

    // The signature the verification method's key must have made, from proofValue (default:
    // 'z' base58btc of 64 to 96 bytes), or why proofValue is malformed.
    virtual Result<QByteArray> decodeProofValue(const QString& proofValue) const;
    virtual bool acceptsKey(PublicKey::Type type) const = 0;
    // "an Ed25519 key", "a P-256 or P-384 key": for messages.
    virtual QString keyRequirement() const = 0;
    virtual SignedData signedData(const SecuredDocument& secured, const PublicKey& key) const = 0;
};

} // namespace credfolio
