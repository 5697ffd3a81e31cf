#include "export/ProofSigner.h"

#include "encoding/Multibase.h"
#include "identity/LearnerKeys.h"
#include "jcs/StrictJsonParser.h"
#include "verify/RdfcSuite.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace credfolio {

Result<QByteArray> ProofSigner::signEddsaRdfc2022(const JcsValue& document, const Ed25519SigningKey& key, const Request& request)
{
    using R = Result<QByteArray>;
    if (document.type() != JcsValue::Type::Object)
        return R::failure(QCoreApplication::translate("ProofSigner", "only a JSON object can be signed"));
    for (const auto& m : document.members()) {
        if (m.first == QLatin1String("proof"))
            return R::failure(QCoreApplication::translate("ProofSigner", "the document already carries a proof"));
    }
    QJsonObject proof{{QStringLiteral("type"), QStringLiteral("DataIntegrityProof")},
        {QStringLiteral("cryptosuite"), QStringLiteral("eddsa-rdfc-2022")},
        {QStringLiteral("created"), request.created.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("verificationMethod"), LearnerKeys::verificationMethod(key.publicKey())},
        {QStringLiteral("proofPurpose"), request.proofPurpose}};
    if (!request.challenge.isEmpty())
        proof.insert(QStringLiteral("challenge"), request.challenge);
    if (!request.domain.isEmpty())
        proof.insert(QStringLiteral("domain"), request.domain);
    const auto proofOptions = StrictJsonParser::parse(QJsonDocument(proof).toJson(QJsonDocument::Compact));
    if (!proofOptions)
        return R::failure(proofOptions.error());
    const RdfcSuite::Prepared prepared = RdfcSuite::canonicalForms(document, proofOptions.value(), RdfcSuite::jsonLdOptions());
    if (!prepared.error.isEmpty())
        return R::failure(QCoreApplication::translate("ProofSigner", "the document cannot be canonicalized for signing: %1")
                              .arg(prepared.error));
    const QByteArray hashData = RdfcSuite::hashData(prepared.forms, rdf::Canonicalizer::HashAlgorithm::Sha256);
    const auto signature = key.sign(hashData);
    if (!signature)
        return R::failure(signature.error());
    proof.insert(
        QStringLiteral("proofValue"), QString::fromLatin1(multibase::encode(multibase::Base::Base58Btc, signature.value())));
    return QJsonDocument(proof).toJson(QJsonDocument::Compact);
}

} // namespace credfolio
