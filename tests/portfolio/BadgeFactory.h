#pragma once

// Makes many distinct, validly signed Open Badges 3.0 credentials for import tests and the
// import benchmark: VC-JWT (EdDSA) and eddsa-jcs-2022 Data Integrity, as JSON, JWT text,
// baked PNG and baked SVG, issued by a did:key the factory holds. (The verification
// fixtures made by an outside signer live in tests/data/verify/; these only need to be many.)

#include "badge/Baking.h"
#include "crypto/Ed25519SigningKey.h"
#include "crypto/Hash.h"
#include "encoding/Base64.h"
#include "encoding/Multibase.h"
#include "jcs/StrictJsonParser.h"
#include "verify/EddsaJcs2022Suite.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace credfolio::test {

class BadgeFactory {
public:
    enum class Kind { JwtText, JwtPng, DiJson, DiSvg };

    BadgeFactory()
        : m_key(Ed25519SigningKey::fromSeed(hash::sha256("credfolio test badge factory")).value()),
          m_did(QStringLiteral("did:key:") + QString::fromLatin1(m_key.publicKey().toMultikey()))
    {
        QImage image(64, 64, QImage::Format_RGB32);
        image.fill(QColor(30, 120, 200));
        QBuffer buffer(&m_png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
    }

    // Badge number n of the given kind; its credential id is unique to (n, kind).
    QByteArray make(int n, Kind kind) const
    {
        QJsonObject vc = credential(n, kind);
        switch (kind) {
        case Kind::JwtText:
            return jwt(vc);
        case Kind::JwtPng:
            return Baking::bakePng(m_png, jwt(vc), Baking::Spec::OpenBadges3).value();
        case Kind::DiJson:
            return dataIntegrity(vc);
        case Kind::DiSvg:
            return Baking::bakeSvg(QByteArrayLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect "
                                                     "width=\"10\" height=\"10\"/></svg>"),
                dataIntegrity(vc), Baking::Spec::OpenBadges3)
                .value();
        }
        return {};
    }
    static Kind kindFor(int n) { return Kind(n % 4); }
    static QString suffixFor(Kind kind)
    {
        switch (kind) {
        case Kind::JwtText:
            return QStringLiteral("jwt");
        case Kind::JwtPng:
            return QStringLiteral("png");
        case Kind::DiJson:
            return QStringLiteral("json");
        case Kind::DiSvg:
            return QStringLiteral("svg");
        }
        return {};
    }

private:
    QJsonObject credential(int n, Kind kind) const
    {
        return QJsonObject{
            {QStringLiteral("@context"),
                QJsonArray{QStringLiteral("https://www.w3.org/ns/credentials/v2"),
                    QStringLiteral("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json")}},
            {QStringLiteral("id"),
                QStringLiteral("urn:uuid:00000000-0000-4000-8000-%1").arg(n * 4 + int(kind), 12, 10, QLatin1Char('0'))},
            {QStringLiteral("type"), QJsonArray{QStringLiteral("VerifiableCredential"), QStringLiteral("OpenBadgeCredential")}},
            {QStringLiteral("issuer"),
                QJsonObject{{QStringLiteral("id"), m_did}, {QStringLiteral("type"), QJsonArray{QStringLiteral("Profile")}},
                    {QStringLiteral("name"), QStringLiteral("Factory Institute %1").arg(n % 7)}}},
            {QStringLiteral("validFrom"), QStringLiteral("2024-0%1-15T12:00:00Z").arg(1 + n % 9)},
            {QStringLiteral("name"), QStringLiteral("Badge %1").arg(n)},
            {QStringLiteral("credentialSubject"),
                QJsonObject{{QStringLiteral("id"), QStringLiteral("did:example:learner")},
                    {QStringLiteral("type"), QJsonArray{QStringLiteral("AchievementSubject")}},
                    {QStringLiteral("achievement"),
                        QJsonObject{{QStringLiteral("id"), QStringLiteral("https://factory.example/achievements/%1").arg(n % 50)},
                            {QStringLiteral("type"), QJsonArray{QStringLiteral("Achievement")}},
                            {QStringLiteral("name"), QStringLiteral("Skill %1 achievement").arg(n % 50)},
                            {QStringLiteral("description"), QStringLiteral("Factory badge number %1.").arg(n)},
                            {QStringLiteral("criteria"),
                                QJsonObject{{QStringLiteral("narrative"), QStringLiteral("Complete task %1.").arg(n)}}},
                            {QStringLiteral("alignment"),
                                QJsonArray{QJsonObject{{QStringLiteral("type"), QJsonArray{QStringLiteral("Alignment")}},
                                    {QStringLiteral("targetName"), QStringLiteral("Skill %1").arg(n % 20)},
                                    {QStringLiteral("targetUrl"),
                                        QStringLiteral("https://factory.example/skills/%1").arg(n % 20)}}}}}}}},
        };
    }

    QByteArray jwt(const QJsonObject& vc) const
    {
        const QString kid = QString(m_did + QLatin1Char('#') + m_did.mid(8));
        const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("EdDSA")}, {QStringLiteral("kid"), kid}};
        const QByteArray input = base64url::encode(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
            + base64url::encode(QJsonDocument(vc).toJson(QJsonDocument::Compact));
        return input + '.' + base64url::encode(m_key.sign(input).value());
    }

    QByteArray dataIntegrity(QJsonObject vc) const
    {
        QJsonObject proof{{QStringLiteral("type"), QStringLiteral("DataIntegrityProof")},
            {QStringLiteral("cryptosuite"), QStringLiteral("eddsa-jcs-2022")},
            {QStringLiteral("created"), QStringLiteral("2024-01-01T00:00:00Z")},
            {QStringLiteral("verificationMethod"), QString(m_did + QLatin1Char('#') + m_did.mid(8))},
            {QStringLiteral("proofPurpose"), QStringLiteral("assertionMethod")}};
        const auto document = StrictJsonParser::parse(QJsonDocument(vc).toJson(QJsonDocument::Compact)).value();
        const auto proofValue = StrictJsonParser::parse(QJsonDocument(proof).toJson(QJsonDocument::Compact)).value();
        const QByteArray data = EddsaJcs2022Suite::hashData(document, proofValue).value();
        proof.insert(QStringLiteral("proofValue"),
            QString::fromLatin1(multibase::encode(multibase::Base::Base58Btc, m_key.sign(data).value())));
        vc.insert(QStringLiteral("proof"), proof);
        return QJsonDocument(vc).toJson(QJsonDocument::Indented);
    }

    Ed25519SigningKey m_key;
    QString m_did;
    QByteArray m_png;
};

} // namespace credfolio::test
