#include "verify/EddsaJcs2022Suite.h"

#include "crypto/Hash.h"
#include "jcs/Jcs.h"

namespace credfolio {

using namespace verifyutil;

bool EddsaJcs2022Suite::handles(const QJsonObject& proof) const
{
    return proof.value(QLatin1String("type")).toString() == QLatin1String("DataIntegrityProof")
        && proof.value(QLatin1String("cryptosuite")).toString() == QLatin1String("eddsa-jcs-2022");
}

QString EddsaJcs2022Suite::keyRequirement() const
{
    return QCoreApplication::translate("verify", "an Ed25519 key");
}

Result<QByteArray> EddsaJcs2022Suite::hashData(
    const JcsValue& document, const JcsValue& proof, const std::vector<JcsValue>& previousProofs)
{
    const auto unsecured = unsecure(document, proof, previousProofs);
    if (!unsecured)
        return Result<QByteArray>::failure(unsecured.error());
    const auto canonicalDocument = jcs::canonicalize(unsecured->document);
    if (!canonicalDocument)
        return Result<QByteArray>::failure(canonicalDocument.error());
    const auto canonicalProof = jcs::canonicalize(unsecured->proofOptions);
    if (!canonicalProof)
        return Result<QByteArray>::failure(canonicalProof.error());
    return QByteArray(hash::sha256(canonicalProof.value()) + hash::sha256(canonicalDocument.value()));
}

DataIntegritySuite::SignedData EddsaJcs2022Suite::signedData(const SecuredDocument& secured, const PublicKey&) const
{
    const auto data = hashData(secured.document, secured.proof, secured.previousProofs);
    if (!data)
        return {{}, data.error(), false};
    return {data.value(), {}, false};
}

} // namespace credfolio
