#pragma once

#include "jcs/JcsValue.h"
#include "verify/VerificationReport.h"
#include "verify/VerifyContext.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace credfolio {

// What a proof suite gets: the secured document (strictly parsed, numbers as written), the
// proof it is asked to check, and the credential as Qt JSON for reading fields.
struct SecuredDocument {
    JcsValue document; // the whole secured document, proof included
    JcsValue proof; // the one proof being checked
    QJsonObject proofJson;
    QJsonObject credential;
    // For a proof in a chain: the earlier proofs its previousProof names, in document order.
    // The chained proof signed the document carrying exactly these as its "proof".
    std::vector<JcsValue> previousProofs;
};

// One kind of embedded proof (W3C Data Integrity cryptosuite or legacy linked-data
// signature). Suites are registered in ProofSuiteRegistry; the verifier asks it which suite
// handles a proof and never special-cases one.
class ProofSuite {
public:
    virtual ~ProofSuite() = default;
    // "eddsa-jcs-2022", ...
    virtual QString name() const = 0;
    virtual bool handles(const QJsonObject& proof) const = 0;
    // Adds the suite's checks ("proof.*", "key.*") to the report.
    virtual void verify(const VerifyContext& ctx, const SecuredDocument& secured, VerificationReport& report) const = 0;
};

class ProofSuiteRegistry {
public:
    // The suites this build knows: eddsa-jcs-2022, the RDF-canonicalized eddsa-rdfc-2022 (and
    // eddsa-2022), Ed25519Signature2020 and ecdsa-rdfc-2019, and suites that are recognized but
    // not supported yet (reported as not checked, never as valid).
    static const ProofSuiteRegistry& standard();

    void add(std::unique_ptr<ProofSuite> suite);
    // The suite for this proof, or null when no suite recognizes it.
    const ProofSuite* suiteFor(const QJsonObject& proof) const;

private:
    QList<std::shared_ptr<ProofSuite>> m_suites;
};

} // namespace credfolio
