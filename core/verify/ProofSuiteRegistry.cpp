#include "verify/ProofSuite.h"

#include "verify/EddsaJcs2022Suite.h"
#include "verify/UnsupportedProofSuite.h"

namespace credfolio {

const ProofSuiteRegistry& ProofSuiteRegistry::standard()
{
    static const ProofSuiteRegistry registry = [] {
        ProofSuiteRegistry r;
        r.add(std::make_unique<EddsaJcs2022Suite>());
        // Known suites waiting for the RDF canonicalization issue.
        for (const char* suite : {"eddsa-rdfc-2022", "ecdsa-rdfc-2019", "ecdsa-jcs-2019", "ecdsa-sd-2023", "bbs-2023"})
            r.add(std::make_unique<UnsupportedProofSuite>(QStringLiteral("DataIntegrityProof"), QLatin1String(suite)));
        for (const char* type : {"Ed25519Signature2020", "Ed25519Signature2018", "JsonWebSignature2020",
                 "EcdsaSecp256k1Signature2019", "RsaSignature2018"})
            r.add(std::make_unique<UnsupportedProofSuite>(QLatin1String(type), QString()));
        return r;
    }();
    return registry;
}

void ProofSuiteRegistry::add(std::unique_ptr<ProofSuite> suite)
{
    m_suites.append(std::shared_ptr<ProofSuite>(std::move(suite)));
}

const ProofSuite* ProofSuiteRegistry::suiteFor(const QJsonObject& proof) const
{
    for (const auto& suite : m_suites) {
        if (suite->handles(proof))
            return suite.get();
    }
    return nullptr;
}

} // namespace credfolio
