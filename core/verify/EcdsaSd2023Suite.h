#pragma once

#include "verify/DataIntegritySuite.h"

#include <QList>
#include <QMap>

namespace credfolio {

// W3C vc-di-ecdsa "ecdsa-sd-2023", derived (selectively disclosed) proofs. The issuer's P-256
// key signs SHA-256(canonical proof configuration) || ephemeral public key ||
// SHA-256(mandatory statements); every other disclosed statement carries its own signature by
// the ephemeral key. Blank nodes are relabelled with the HMAC labels the proof carries, so the
// holder cannot correlate them. A base proof (meant for the holder) is refused.
class EcdsaSd2023Suite : public DataIntegritySuite {
public:
    QString name() const override { return QStringLiteral("ecdsa-sd-2023"); }
    bool handles(const QJsonObject& proof) const override;

    // The parts of a derived proofValue ('u' + base64url of 0xd9 0x5d 0x01 + CBOR).
    struct DerivedProof {
        QByteArray baseSignature;
        QByteArray publicKey; // multicodec P-256 public key, compressed
        QList<QByteArray> signatures;
        QMap<QString, QString> labelMap; // canonical label (c14nN) -> disclosed label (u…)
        QList<qint64> mandatoryIndexes;
    };
    static Result<DerivedProof> parseDerivedProof(const QString& proofValue);

protected:
    Result<QByteArray> decodeProofValue(const QString& proofValue) const override;
    bool acceptsKey(PublicKey::Type type) const override { return type == PublicKey::Type::EcP256; }
    QString keyRequirement() const override;
    SignedData signedData(const SecuredDocument& secured, const PublicKey& key) const override;
};

} // namespace credfolio
