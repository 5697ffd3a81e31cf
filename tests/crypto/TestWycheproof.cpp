// Wycheproof (C2SP/wycheproof, Apache-2.0) signature vectors run through core/crypto and
// core/jose. Copies of the files live in tests/data/wycheproof/ (see SOURCE.md there).
// Every vector is a row named after its tcId and the key encoding used; docs/crypto.md
// explains how "acceptable" vectors and the JWS cases we refuse by policy are treated.

#include "crypto/Crypto.h"
#include "crypto/PublicKey.h"
#include "crypto/SignatureVerifier.h"
#include "encoding/Hex.h"
#include "jose/JwsVerifier.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>

using namespace credfolio;

namespace {

QJsonObject loadVectors(const QString& name)
{
    QFile file(QStringLiteral(CREDFOLIO_TEST_DATA "/wycheproof/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray fromHex(const QJsonValue& value)
{
    return hex::decode(value.toString().toLatin1()).value();
}

// Valid JWS vectors this verifier refuses on purpose (docs/crypto.md, "JWS vectors").
const QList<int> kRefusedValidJwsIds = {
    1, 348, 352, 357, 358, 359, 372, 373, 376, 377, // HS256: HMAC is never accepted
    347, 351,                                       // ES512 / P-521: curve not supported
    346, 350,                                       // key declares "alg": "PS256", token says PS384
};

} // namespace

class TestWycheproof : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void vectorFiles_data();
    void vectorFiles();

    void ed25519_data();
    void ed25519();
    void ecdsaP256P1363_data();
    void ecdsaP256P1363();
    void ecdsaP256Der_data();
    void ecdsaP256Der();
    void rsaPkcs1Sha256_data();
    void rsaPkcs1Sha256();
    void rsaPss2048Sha256_data();
    void rsaPss2048Sha256();
    void jws_data();
    void jws();
    void jwsRefusedValidCases();
    void cleanupTestCase();

private:
    void addRows(const QString& file, const QStringList& encodings);
    void runRow(SignatureAlgorithm alg, bool der);

    // Per file: [passed rows, total rows]; printed at the end for docs/crypto.md.
    QMap<QString, QPair<int, int>> m_tally;
    QString m_currentFile;
    QList<int> m_refusedValidJws;
};

void TestWycheproof::initTestCase()
{
    const Status selfTest = Crypto::selfTest();
    QVERIFY2(selfTest.ok(), qPrintable(selfTest.error()));
}

void TestWycheproof::vectorFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("expectedTests");
    // The counts SOURCE.md gives: a changed file must be noticed, not silently run.
    QTest::newRow("ed25519") << QStringLiteral("ed25519_test.json") << 151;
    QTest::newRow("ecdsa p1363") << QStringLiteral("ecdsa_secp256r1_sha256_p1363_test.json") << 262;
    QTest::newRow("ecdsa der") << QStringLiteral("ecdsa_secp256r1_sha256_test.json") << 484;
    QTest::newRow("rsa pkcs1") << QStringLiteral("rsa_signature_2048_sha256_test.json") << 259;
    QTest::newRow("rsa pss") << QStringLiteral("rsa_pss_2048_sha256_mgf1_32_test.json") << 108;
    QTest::newRow("jws") << QStringLiteral("json_web_signature_test.json") << 401;
}

void TestWycheproof::vectorFiles()
{
    QFETCH(QString, file);
    QFETCH(int, expectedTests);
    const QJsonObject root = loadVectors(file);
    QVERIFY2(!root.isEmpty(), qPrintable(file));
    int count = 0;
    const QJsonArray groups = root.value(QLatin1String("testGroups")).toArray();
    for (const QJsonValue& group : groups)
        count += group.toObject().value(QLatin1String("tests")).toArray().size();
    QCOMPARE(root.value(QLatin1String("numberOfTests")).toInt(), expectedTests);
    QCOMPARE(count, expectedTests);
}

// One row per vector and key encoding. Encodings: "jwk", "der", "pem", "raw".
void TestWycheproof::addRows(const QString& file, const QStringList& encodings)
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QByteArray>("keyData");
    QTest::addColumn<QByteArray>("keyData2");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("signature");
    QTest::addColumn<QString>("expected");

    m_currentFile = file;
    const QJsonObject root = loadVectors(file);
    const QJsonArray groups = root.value(QLatin1String("testGroups")).toArray();
    for (const QJsonValue& groupValue : groups) {
        const QJsonObject group = groupValue.toObject();
        const QJsonObject raw = group.value(QLatin1String("publicKey")).toObject();
        QJsonObject jwk = group.value(QLatin1String("publicKeyJwk")).toObject();
        if (jwk.isEmpty())
            jwk = group.value(QLatin1String("keyJwk")).toObject();
        const QJsonArray tests = group.value(QLatin1String("tests")).toArray();
        for (const QString& encoding : encodings) {
            QByteArray keyData;
            QByteArray keyData2;
            if (encoding == QLatin1String("jwk")) {
                if (jwk.isEmpty())
                    continue;
                keyData = QJsonDocument(jwk).toJson(QJsonDocument::Compact);
            } else if (encoding == QLatin1String("der")) {
                keyData = fromHex(group.value(QLatin1String("publicKeyDer")));
            } else if (encoding == QLatin1String("pem")) {
                keyData = group.value(QLatin1String("publicKeyPem")).toString().toLatin1();
            } else if (raw.contains(QLatin1String("pk"))) {
                keyData = fromHex(raw.value(QLatin1String("pk")));
            } else if (raw.contains(QLatin1String("uncompressed"))) {
                keyData = fromHex(raw.value(QLatin1String("uncompressed")));
            } else {
                keyData = fromHex(raw.value(QLatin1String("modulus")));
                keyData2 = fromHex(raw.value(QLatin1String("publicExponent")));
            }
            for (const QJsonValue& testValue : tests) {
                const QJsonObject test = testValue.toObject();
                const QByteArray name = "tcId " + QByteArray::number(test.value(QLatin1String("tcId")).toInt()) + ' '
                    + encoding.toLatin1();
                QTest::newRow(name.constData()) << encoding << keyData << keyData2
                                                << fromHex(test.value(QLatin1String("msg")))
                                                << fromHex(test.value(QLatin1String("sig")))
                                                << test.value(QLatin1String("result")).toString();
                m_tally[file].second += 1;
            }
        }
    }
}

static Result<PublicKey> buildKey(const QString& encoding, const QByteArray& keyData, const QByteArray& keyData2,
                                  SignatureAlgorithm alg)
{
    if (encoding == QLatin1String("jwk"))
        return PublicKey::fromJwk(QJsonDocument::fromJson(keyData).object());
    if (encoding == QLatin1String("der"))
        return PublicKey::fromSpkiDer(keyData);
    if (encoding == QLatin1String("pem"))
        return PublicKey::fromPem(keyData);
    if (alg == SignatureAlgorithm::EdDSA)
        return PublicKey::fromEd25519(keyData);
    if (alg == SignatureAlgorithm::ES256) {
        if (keyData.size() != 65 || keyData[0] != 0x04)
            return Result<PublicKey>::failure(QStringLiteral("not an uncompressed point"));
        return PublicKey::fromEcCoordinates(PublicKey::Type::EcP256, keyData.mid(1, 32), keyData.mid(33, 32));
    }
    return PublicKey::fromRsa(keyData, keyData2);
}

void TestWycheproof::runRow(SignatureAlgorithm alg, bool der)
{
    QFETCH(QString, encoding);
    QFETCH(QByteArray, keyData);
    QFETCH(QByteArray, keyData2);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, signature);
    QFETCH(QString, expected);

    const auto key = buildKey(encoding, keyData, keyData2, alg);
    // Every key in these files is a well-formed key of a supported size.
    QVERIFY2(key.ok(), qPrintable(key.error()));
    const VerifyResult result = der ? verifyEcdsaDerSignature(alg, key.value(), message, signature)
                                    : verifySignature(alg, key.value(), message, signature);
    QVERIFY2(!result.isError(), qPrintable(result.message()));
    if (expected == QLatin1String("valid")) {
        QVERIFY2(result.isValid(), qPrintable(result.message()));
    } else {
        // "invalid" must fail; "acceptable" is rejected too: this verifier is strict (docs/crypto.md).
        QVERIFY(expected == QLatin1String("invalid") || expected == QLatin1String("acceptable"));
        QVERIFY(result.isInvalid());
    }
    m_tally[m_currentFile].first += 1;
}

void TestWycheproof::ed25519_data()
{
    addRows(QStringLiteral("ed25519_test.json"), {QStringLiteral("jwk"), QStringLiteral("der"), QStringLiteral("pem"), QStringLiteral("raw")});
}

void TestWycheproof::ed25519()
{
    runRow(SignatureAlgorithm::EdDSA, false);
}

void TestWycheproof::ecdsaP256P1363_data()
{
    addRows(QStringLiteral("ecdsa_secp256r1_sha256_p1363_test.json"),
            {QStringLiteral("jwk"), QStringLiteral("der"), QStringLiteral("pem"), QStringLiteral("raw")});
}

void TestWycheproof::ecdsaP256P1363()
{
    runRow(SignatureAlgorithm::ES256, false);
}

void TestWycheproof::ecdsaP256Der_data()
{
    addRows(QStringLiteral("ecdsa_secp256r1_sha256_test.json"), {QStringLiteral("der"), QStringLiteral("pem"), QStringLiteral("raw")});
}

void TestWycheproof::ecdsaP256Der()
{
    runRow(SignatureAlgorithm::ES256, true);
}

void TestWycheproof::rsaPkcs1Sha256_data()
{
    addRows(QStringLiteral("rsa_signature_2048_sha256_test.json"),
            {QStringLiteral("jwk"), QStringLiteral("der"), QStringLiteral("pem"), QStringLiteral("raw")});
}

void TestWycheproof::rsaPkcs1Sha256()
{
    runRow(SignatureAlgorithm::RS256, false);
}

void TestWycheproof::rsaPss2048Sha256_data()
{
    addRows(QStringLiteral("rsa_pss_2048_sha256_mgf1_32_test.json"),
            {QStringLiteral("jwk"), QStringLiteral("der"), QStringLiteral("pem"), QStringLiteral("raw")});
}

void TestWycheproof::rsaPss2048Sha256()
{
    runRow(SignatureAlgorithm::PS256, false);
}

void TestWycheproof::jws_data()
{
    QTest::addColumn<int>("tcId");
    QTest::addColumn<QJsonObject>("jwk");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("expected");

    m_currentFile = QStringLiteral("json_web_signature_test.json");
    const QJsonObject root = loadVectors(m_currentFile);
    const QJsonArray groups = root.value(QLatin1String("testGroups")).toArray();
    for (const QJsonValue& groupValue : groups) {
        const QJsonObject group = groupValue.toObject();
        // HMAC groups only have the secret; PublicKey::fromJwk refuses it, as it should.
        const QJsonObject jwk = group.contains(QLatin1String("public")) ? group.value(QLatin1String("public")).toObject()
                                                                        : group.value(QLatin1String("private")).toObject();
        const QJsonArray tests = group.value(QLatin1String("tests")).toArray();
        for (const QJsonValue& testValue : tests) {
            const QJsonObject test = testValue.toObject();
            const QJsonValue jws = test.value(QLatin1String("jws"));
            // JSON-serialized JWS objects are passed as their text: compact parsing must refuse them.
            const QByteArray token = jws.isString() ? jws.toString().toUtf8()
                                                    : QJsonDocument(jws.toObject()).toJson(QJsonDocument::Compact);
            const int id = test.value(QLatin1String("tcId")).toInt();
            QTest::newRow(QByteArray("tcId " + QByteArray::number(id)).constData())
                << id << jwk << token << test.value(QLatin1String("result")).toString();
            m_tally[m_currentFile].second += 1;
        }
    }
}

void TestWycheproof::jws()
{
    QFETCH(int, tcId);
    QFETCH(QJsonObject, jwk);
    QFETCH(QByteArray, token);
    QFETCH(QString, expected);

    const auto key = PublicKey::fromJwk(jwk);
    const JwsVerification result = verifyCompactJws(token, key.ok() ? key.value() : PublicKey());
    if (expected == QLatin1String("valid")) {
        if (kRefusedValidJwsIds.contains(tcId)) {
            QVERIFY(!result.isValid());
            m_refusedValidJws.append(tcId);
        } else {
            QVERIFY2(key.ok(), qPrintable(key.error()));
            QVERIFY2(result.isValid(), qPrintable(result.message));
        }
    } else {
        QCOMPARE(expected, QStringLiteral("invalid"));
        QVERIFY(!result.isValid());
    }
    m_tally[m_currentFile].first += 1;
}

void TestWycheproof::jwsRefusedValidCases()
{
    // Exactly the documented list was refused, no more (a new refusal would show up here).
    QList<int> refused = m_refusedValidJws;
    std::sort(refused.begin(), refused.end());
    QList<int> documented = kRefusedValidJwsIds;
    std::sort(documented.begin(), documented.end());
    QCOMPARE(refused, documented);
    QCOMPARE(refused.size(), 14);
}

void TestWycheproof::cleanupTestCase()
{
    for (auto it = m_tally.cbegin(); it != m_tally.cend(); ++it)
        qInfo("%s: %d/%d rows passed", qPrintable(it.key()), it.value().first, it.value().second);
}

QTEST_GUILESS_MAIN(TestWycheproof)
#include "TestWycheproof.moc"
