#include "verify/EcdsaSd2023Suite.h"

#include "crypto/Hash.h"
#include "crypto/SignatureVerifier.h"
#include "encoding/Base58.h"
#include "encoding/Multibase.h"
#include "rdf/NQuads.h"
#include "verify/RdfcSuite.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace credfolio {

using namespace verifyutil;

namespace {

// Some implementations write byte strings as tag 64 (a Uint8Array) around a byte string.
std::optional<QByteArray> bytesOf(const QCborValue& value)
{
    if (value.isByteArray())
        return value.toByteArray();
    if (value.isTag() && value.tag() == QCborTag(64) && value.taggedValue().isByteArray())
        return value.taggedValue().toByteArray();
    return std::nullopt;
}

} // namespace

bool EcdsaSd2023Suite::handles(const QJsonObject& proof) const
{
    return proof.value(QLatin1String("type")).toString() == QLatin1String("DataIntegrityProof")
        && proof.value(QLatin1String("cryptosuite")).toString() == QLatin1String("ecdsa-sd-2023");
}

QString EcdsaSd2023Suite::keyRequirement() const
{
    return QCoreApplication::translate("verify", "a P-256 key");
}

Result<EcdsaSd2023Suite::DerivedProof> EcdsaSd2023Suite::parseDerivedProof(const QString& proofValue)
{
    using R = Result<DerivedProof>;
    const auto bytes = multibase::decode(proofValue.toUtf8());
    if (!proofValue.startsWith(QLatin1Char('u')) || !bytes)
        return R::failure(QCoreApplication::translate("verify", "it must be base64url (multibase 'u')"));
    if (bytes->startsWith(QByteArrayView("\xd9\x5d\x00", 3)))
        return R::failure(QCoreApplication::translate(
            "verify", "it is a base proof, which only the holder uses; a verifier needs a derived proof"));
    if (!bytes->startsWith(QByteArrayView("\xd9\x5d\x01", 3)))
        return R::failure(QCoreApplication::translate("verify", "it is not an ecdsa-sd-2023 derived proof"));
    QCborParserError error;
    const QCborValue cbor = QCborValue::fromCbor(bytes->mid(3), &error);
    if (error.error != QCborError::NoError || !cbor.isArray() || cbor.toArray().size() != 5)
        return R::failure(QCoreApplication::translate("verify", "its CBOR content is malformed"));
    const QCborArray parts = cbor.toArray();
    DerivedProof proof;
    const auto baseSignature = bytesOf(parts.at(0));
    const auto publicKey = bytesOf(parts.at(1));
    if (!baseSignature || !publicKey || !parts.at(2).isArray() || !parts.at(3).isMap() || !parts.at(4).isArray())
        return R::failure(QCoreApplication::translate("verify", "its CBOR content is malformed"));
    proof.baseSignature = *baseSignature;
    proof.publicKey = *publicKey;
    for (const QCborValue& s : parts.at(2).toArray()) {
        const auto signature = bytesOf(s);
        if (!signature)
            return R::failure(QCoreApplication::translate("verify", "its CBOR content is malformed"));
        proof.signatures.append(*signature);
    }
    const QCborMap labels = parts.at(3).toMap();
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        const auto label = bytesOf(it.value());
        if (!it.key().isInteger() || it.key().toInteger() < 0 || !label)
            return R::failure(QCoreApplication::translate("verify", "its blank node label map is malformed"));
        proof.labelMap.insert(QStringLiteral("c14n%1").arg(it.key().toInteger()),
            QLatin1Char('u') + QString::fromLatin1(multibase::encode(multibase::Base::Base64Url, *label).mid(1)));
    }
    for (const QCborValue& i : parts.at(4).toArray()) {
        if (!i.isInteger() || i.toInteger() < 0)
            return R::failure(QCoreApplication::translate("verify", "its mandatory statement list is malformed"));
        proof.mandatoryIndexes.append(i.toInteger());
    }
    return proof;
}

Result<QByteArray> EcdsaSd2023Suite::decodeProofValue(const QString& proofValue) const
{
    const auto derived = parseDerivedProof(proofValue);
    if (!derived)
        return Result<QByteArray>::failure(derived.error());
    return derived->baseSignature;
}

// vc-di-ecdsa 3.6 (verify derived proof): relabel the canonical statements with the proof's
// labels, split mandatory from disclosed ones, check each disclosed statement's signature by
// the ephemeral key, and return what the issuer's base signature covers.
DataIntegritySuite::SignedData EcdsaSd2023Suite::signedData(const SecuredDocument& secured, const PublicKey&) const
{
    const auto derived = parseDerivedProof(secured.proofJson.value(QLatin1String("proofValue")).toString());
    if (!derived)
        return {{}, derived.error(), false};
    // The reference implementation keeps @direction as i18n datatypes (rdf-direction) here.
    jsonld::Options options = RdfcSuite::jsonLdOptions();
    options.rdfDirection = QStringLiteral("i18n-datatype");
    const RdfcSuite::Prepared prepared =
        RdfcSuite::canonicalForms(secured.document, secured.proof, options, secured.previousProofs);
    if (!prepared.error.isEmpty())
        return {{}, prepared.error, prepared.couldNotRun};

    std::vector<QByteArray> statements;
    statements.reserve(prepared.document.size());
    for (rdf::Quad quad : prepared.document) {
        for (rdf::Term* t : {&quad.subject, &quad.object, &quad.graph}) {
            if (!t->isBlank())
                continue;
            const auto label = derived->labelMap.constFind(t->value);
            if (label == derived->labelMap.cend())
                return {
                    {}, QCoreApplication::translate("verify", "the proof gives no label for blank node %1").arg(t->value), false};
            t->value = label.value();
        }
        statements.push_back(rdf::nquads::line(quad).toUtf8());
    }
    std::sort(statements.begin(), statements.end());

    QByteArray mandatory;
    std::vector<QByteArray> disclosed;
    const QSet<qint64> mandatoryIndexes(derived->mandatoryIndexes.cbegin(), derived->mandatoryIndexes.cend());
    for (size_t i = 0; i < statements.size(); ++i) {
        if (mandatoryIndexes.contains(qint64(i)))
            mandatory += statements[i];
        else
            disclosed.push_back(statements[i]);
    }
    for (const qint64 index : derived->mandatoryIndexes) {
        if (index >= qint64(statements.size()))
            return {{},
                QCoreApplication::translate("verify", "the proof names a mandatory statement the credential does not have"),
                false};
    }
    if (qsizetype(disclosed.size()) != derived->signatures.size())
        return {{},
            QCoreApplication::translate("verify", "the credential discloses %1 statements but the proof signs %2")
                .arg(disclosed.size())
                .arg(derived->signatures.size()),
            false};
    const auto ephemeral = PublicKey::fromMultikey(QByteArray('z' + base58btc::encode(derived->publicKey)));
    if (!ephemeral || ephemeral->type() != PublicKey::Type::EcP256)
        return {{}, QCoreApplication::translate("verify", "the proof's per-statement key is not a P-256 key"), false};
    for (size_t i = 0; i < disclosed.size(); ++i) {
        if (!verifySignature(SignatureAlgorithm::ES256, ephemeral.value(), disclosed[i], derived->signatures[qsizetype(i)])
                 .isValid())
            return {{},
                QCoreApplication::translate(
                    "verify", "the signature of a disclosed statement does not match: the credential was changed"),
                false};
    }
    return {hash::sha256(prepared.forms.proofConfiguration) + derived->publicKey + hash::sha256(mandatory), {}, false};
}

} // namespace credfolio
