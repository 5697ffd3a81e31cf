#include "verify/ProofSuite.h"

#include "verify/EcdsaSd2023Suite.h"
#include "verify/EddsaJcs2022Suite.h"
#include "verify/RdfcSuite.h"
#include "verify/UnsupportedProofSuite.h"

namespace credfolio {

const ProofSuiteRegistry& ProofSuiteRegistry::standard()
{
    static const ProofSuiteRegistry registry = [] {
        ProofSuiteRegistry r;
        r.add(std::make_unique<EddsaJcs2022Suite>());
        r.add(std::make_unique<RdfcSuite>(RdfcSuite::Kind::EddsaRdfc2022));
        r.add(std::make_unique<RdfcSuite>(RdfcSuite::Kind::Ed25519Signature2020));
        r.add(std::make_unique<RdfcSuite>(RdfcSuite::Kind::EcdsaRdfc2019));
        r.add(std::make_unique<EcdsaSd2023Suite>());
        // Known suites Credfolio cannot check yet: reported as not checked, never as valid.
        for (const char* suite : {"ecdsa-jcs-2019", "bbs-2023"})
            r.add(std::make_unique<UnsupportedProofSuite>(QStringLiteral("DataIntegrityProof"), QLatin1String(suite)));
        for (const char* type :
            {"Ed25519Signature2018", "JsonWebSignature2020", "EcdsaSecp256k1Signature2019", "RsaSignature2018"})
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
