#include "verify/DataIntegrity.h"

#include "jcs/StrictJsonParser.h"
#include "verify/ProofSuite.h"

namespace credfolio {

using namespace verifyutil;

void DataIntegrity::verifyProofs(
    const QByteArray& rawJson, const QJsonObject& credential, VerificationReport& report, const JcsValue* parsed) const
{
    const auto document = parsed ? Result<JcsValue>(*parsed) : StrictJsonParser::parse(rawJson); // a shared copy
    if (!document || document->type() != JcsValue::Type::Object) {
        report.fail(QStringLiteral("proof.signature"),
            QCoreApplication::translate("verify", "The credential is not strict JSON, so its proof cannot be checked."));
        return;
    }
    std::vector<JcsValue> proofs;
    for (const auto& m : document->members()) {
        if (m.first == QLatin1String("proof"))
            proofs = m.second.type() == JcsValue::Type::Array ? m.second.items() : std::vector<JcsValue>{m.second};
    }
    const QJsonArray proofJson = asArray(credential.value(QLatin1String("proof")));
    if (proofs.empty() || qsizetype(proofs.size()) != proofJson.size()) {
        report.fail(QStringLiteral("proof.signature"), QCoreApplication::translate("verify", "The credential's proof is empty."));
        return;
    }
    for (size_t i = 0; i < proofs.size(); ++i) {
        const QJsonObject proof = proofJson.at(qsizetype(i)).toObject();
        if (proofs[i].type() != JcsValue::Type::Object) {
            report.fail(QStringLiteral("proof.signature"),
                QCoreApplication::translate("verify", "The credential's proof is not a JSON object."));
            continue;
        }
        const ProofSuite* suite = ProofSuiteRegistry::standard().suiteFor(proof);
        if (!suite) {
            QString name = proof.value(QLatin1String("cryptosuite")).toString();
            if (name.isEmpty())
                name = proof.value(QLatin1String("type")).toString();
            report.skip(QStringLiteral("proof.suite"),
                QCoreApplication::translate(
                    "verify", "The proof uses \"%1\", a kind of proof Credfolio does not know, so nothing is claimed about it.")
                    .arg(name));
            continue;
        }
        // A proof chain: the proof signed the document holding the earlier proofs it names.
        std::vector<JcsValue> previous;
        if (proof.contains(QLatin1String("previousProof"))) {
            QStringList wanted;
            for (const QJsonValue& id : asArray(proof.value(QLatin1String("previousProof"))))
                wanted.append(id.toString());
            for (size_t j = 0; j < proofs.size(); ++j) {
                const QString id = proofJson.at(qsizetype(j)).toObject().value(QLatin1String("id")).toString();
                if (j != i && !id.isEmpty() && wanted.contains(id))
                    previous.push_back(proofs[j]);
            }
            if (wanted.isEmpty() || wanted.contains(QString()) || previous.size() != size_t(wanted.size())) {
                report.fail(QStringLiteral("proof.signature"),
                    QCoreApplication::translate("verify",
                        "The proof follows an earlier proof (previousProof) that the credential does not carry exactly once."));
                continue;
            }
        }
        suite->verify(m_ctx, SecuredDocument{document.value(), proofs[i], proof, credential, std::move(previous)}, report);
    }
}

} // namespace credfolio
