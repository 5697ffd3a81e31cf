// PublicKey factories, signature verification edge cases, the learner's Ed25519 key and the
// start-up self-test. Keys made by Node come from tests/data/gen/crypto/jws-fixtures.json;
// RFC 8037/8032 and W3C vc-di-eddsa values are quoted where used.

#include "crypto/Crypto.h"
#include "crypto/Ed25519SigningKey.h"
#include "crypto/Hash.h"
#include "crypto/PublicKey.h"
#include "crypto/SignatureVerifier.h"
#include "encoding/Base64.h"
#include "encoding/Hex.h"

#include <QFile>
#include "JwsFixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace credfolio;

namespace {

QJsonObject fixtureKey(const char* name)
{
    return test::jwsFixtureKey(QLatin1String(name));
}

// RFC 8037 Appendix A.2 public key.
QJsonObject rfc8037Jwk()
{
    return {{QStringLiteral("kty"), QStringLiteral("OKP")},
            {QStringLiteral("crv"), QStringLiteral("Ed25519")},
            {QStringLiteral("x"), QStringLiteral("11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo")}};
}

} // namespace

class TestKeys : public QObject
{
    Q_OBJECT

private slots:
    void selfTest();
    void jwkAccepted_data();
    void jwkAccepted();
    void jwkRefused_data();
    void jwkRefused();
    void pemMatchesJwk_data();
    void pemMatchesJwk();
    void pemRefused_data();
    void pemRefused();
    void rfc8037Thumbprint();
    void multikey();
    void multikeyRoundTrip_data();
    void multikeyRoundTrip();
    void multikeyRefused_data();
    void multikeyRefused();
    void keyAlgorithmMismatch();
    void signatureSizes();
    void ecdsaDer_data();
    void ecdsaDer();
    void signingKey();
    void hashes();
};

void TestKeys::selfTest()
{
    const Status status = Crypto::selfTest();
    QVERIFY2(status.ok(), qPrintable(status.error()));
}

void TestKeys::jwkAccepted_data()
{
    QTest::addColumn<QJsonObject>("jwk");
    QTest::addColumn<int>("type");
    QTest::newRow("rfc8037 Ed25519") << rfc8037Jwk() << int(PublicKey::Type::Ed25519);
    QTest::newRow("node Ed25519") << fixtureKey("ed25519").value(QLatin1String("jwk")).toObject() << int(PublicKey::Type::Ed25519);
    QTest::newRow("node P-256") << fixtureKey("p256").value(QLatin1String("jwk")).toObject() << int(PublicKey::Type::EcP256);
    QTest::newRow("node P-384") << fixtureKey("p384").value(QLatin1String("jwk")).toObject() << int(PublicKey::Type::EcP384);
    QTest::newRow("node RSA-2048") << fixtureKey("rsa2048").value(QLatin1String("jwk")).toObject() << int(PublicKey::Type::Rsa);
    QJsonObject withUse = rfc8037Jwk();
    withUse.insert(QStringLiteral("use"), QStringLiteral("sig"));
    withUse.insert(QStringLiteral("key_ops"), QJsonArray{QStringLiteral("verify")});
    QTest::newRow("use sig, key_ops verify") << withUse << int(PublicKey::Type::Ed25519);
}

void TestKeys::jwkAccepted()
{
    QFETCH(QJsonObject, jwk);
    QFETCH(int, type);
    const auto key = PublicKey::fromJwk(jwk);
    QVERIFY2(key.ok(), qPrintable(key.error()));
    QCOMPARE(int(key->type()), type);
    // toJwk keeps the required members exactly.
    for (const QString& member : key->toJwk().keys())
        QCOMPARE(key->toJwk().value(member), jwk.value(member));
    const auto again = PublicKey::fromJwk(key->toJwk());
    QVERIFY(again.ok());
    QVERIFY(again->sameKeyAs(key.value()));
    QCOMPARE(again->jwkThumbprint(), key->jwkThumbprint());
    // SPKI export round-trips too.
    const auto viaDer = PublicKey::fromSpkiDer(key->toSpkiDer());
    QVERIFY2(viaDer.ok(), qPrintable(viaDer.error()));
    QVERIFY(viaDer->sameKeyAs(key.value()));
}

void TestKeys::jwkRefused_data()
{
    QTest::addColumn<QJsonObject>("jwk");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("Ed25519 private d") << fixtureKey("ed25519").value(QLatin1String("privateJwk")).toObject()
                                       << QStringLiteral("private");
    QTest::newRow("P-256 private d") << fixtureKey("p256").value(QLatin1String("privateJwk")).toObject()
                                     << QStringLiteral("private");
    QJsonObject rsaPrivate = fixtureKey("rsa2048").value(QLatin1String("privateJwk")).toObject();
    QTest::newRow("RSA private") << rsaPrivate << QStringLiteral("private");
    QJsonObject rsaOnlyPrimes = fixtureKey("rsa2048").value(QLatin1String("jwk")).toObject();
    rsaOnlyPrimes.insert(QStringLiteral("p"), rsaPrivate.value(QLatin1String("p")));
    QTest::newRow("RSA with p only") << rsaOnlyPrimes << QStringLiteral("private");
    QTest::newRow("oct secret") << QJsonObject{{QStringLiteral("kty"), QStringLiteral("oct")},
                                               {QStringLiteral("k"), QStringLiteral("AAAA")}}
                                << QStringLiteral("private");
    QTest::newRow("RSA-1024") << fixtureKey("rsa1024").value(QLatin1String("jwk")).toObject() << QStringLiteral("too small");
    QTest::newRow("secp256k1") << fixtureKey("secp256k1").value(QLatin1String("jwk")).toObject()
                               << QStringLiteral("unsupported EC curve");
    QJsonObject p521 = fixtureKey("p256").value(QLatin1String("jwk")).toObject();
    p521.insert(QStringLiteral("crv"), QStringLiteral("P-521"));
    QTest::newRow("P-521") << p521 << QStringLiteral("unsupported EC curve");
    QJsonObject x25519 = rfc8037Jwk();
    x25519.insert(QStringLiteral("crv"), QStringLiteral("X25519"));
    QTest::newRow("X25519") << x25519 << QStringLiteral("unsupported OKP curve");
    QJsonObject crvSwap = fixtureKey("p256").value(QLatin1String("jwk")).toObject();
    crvSwap.insert(QStringLiteral("crv"), QStringLiteral("P-384"));
    QTest::newRow("P-256 point labelled P-384") << crvSwap << QStringLiteral("48 bytes");

    QJsonObject offCurve = fixtureKey("p256").value(QLatin1String("jwk")).toObject();
    QByteArray y = base64url::decode(offCurve.value(QLatin1String("y")).toString().toLatin1()).value();
    y[31] = static_cast<char>(y[31] ^ 1);
    offCurve.insert(QStringLiteral("y"), QString::fromLatin1(base64url::encode(y)));
    QTest::newRow("P-256 point off the curve") << offCurve << QStringLiteral("invalid EC public key");
    QJsonObject shortX = fixtureKey("p256").value(QLatin1String("jwk")).toObject();
    shortX.insert(QStringLiteral("x"), QString::fromLatin1(base64url::encode(QByteArray(31, '\1'))));
    QTest::newRow("P-256 short x") << shortX << QStringLiteral("32 bytes");
    QJsonObject shortEd = rfc8037Jwk();
    shortEd.insert(QStringLiteral("x"), QStringLiteral("11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHUR"));
    QTest::newRow("Ed25519 31 bytes") << shortEd << QStringLiteral("x");
    QJsonObject padded = rfc8037Jwk();
    padded.insert(QStringLiteral("x"), QStringLiteral("11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo="));
    QTest::newRow("padded base64url") << padded << QStringLiteral("alphabet");
    QJsonObject useEnc = rfc8037Jwk();
    useEnc.insert(QStringLiteral("use"), QStringLiteral("enc"));
    QTest::newRow("use enc") << useEnc << QStringLiteral("use");
    QJsonObject opsEncrypt = rfc8037Jwk();
    opsEncrypt.insert(QStringLiteral("key_ops"), QJsonArray{QStringLiteral("encrypt")});
    QTest::newRow("key_ops without verify") << opsEncrypt << QStringLiteral("key_ops");
    QTest::newRow("missing kty") << QJsonObject{{QStringLiteral("x"), QStringLiteral("AAAA")}} << QStringLiteral("key type");
    QJsonObject xNumber = rfc8037Jwk();
    xNumber.insert(QStringLiteral("x"), 5);
    QTest::newRow("x not a string") << xNumber << QStringLiteral("not a string");
    QJsonObject rsaEven = fixtureKey("rsa2048").value(QLatin1String("jwk")).toObject();
    rsaEven.insert(QStringLiteral("e"), QStringLiteral("AQAA"));
    QTest::newRow("RSA even exponent") << rsaEven << QStringLiteral("exponent");
}

void TestKeys::jwkRefused()
{
    QFETCH(QJsonObject, jwk);
    QFETCH(QString, messagePart);
    QVERIFY(!jwk.isEmpty());
    const auto key = PublicKey::fromJwk(jwk);
    QVERIFY(!key.ok());
    QVERIFY2(key.error().contains(messagePart), qPrintable(key.error()));
}

void TestKeys::pemMatchesJwk_data()
{
    QTest::addColumn<QString>("name");
    for (const char* name : {"ed25519", "p256", "p384", "rsa2048"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestKeys::pemMatchesJwk()
{
    QFETCH(QString, name);
    const QJsonObject entry = fixtureKey(name.toLatin1().constData());
    const auto fromPem = PublicKey::fromPem(entry.value(QLatin1String("pem")).toString().toLatin1());
    QVERIFY2(fromPem.ok(), qPrintable(fromPem.error()));
    const auto fromJwk = PublicKey::fromJwk(entry.value(QLatin1String("jwk")).toObject());
    QVERIFY2(fromJwk.ok(), qPrintable(fromJwk.error()));
    QVERIFY(fromPem->sameKeyAs(fromJwk.value()));
    QCOMPARE(fromPem->jwkThumbprint(), fromJwk->jwkThumbprint());
}

void TestKeys::pemRefused_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("RSA-1024") << fixtureKey("rsa1024").value(QLatin1String("pem")).toString().toLatin1()
                              << QStringLiteral("too small");
    QTest::newRow("secp256k1") << fixtureKey("secp256k1").value(QLatin1String("pem")).toString().toLatin1()
                               << QStringLiteral("curve");
    QTest::newRow("garbage") << QByteArray("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n")
                             << QStringLiteral("invalid");
    QTest::newRow("private key label")
        << QByteArray("-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIJ1hsZ3v/VpguoRK9JLsLMREScVpezJpGXA7rAMcrn9g\n-----END PRIVATE KEY-----\n")
        << QStringLiteral("PEM");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("PEM");
}

void TestKeys::pemRefused()
{
    QFETCH(QByteArray, pem);
    QFETCH(QString, messagePart);
    const auto key = PublicKey::fromPem(pem);
    QVERIFY(!key.ok());
    QVERIFY2(key.error().contains(messagePart), qPrintable(key.error()));
}

void TestKeys::rfc8037Thumbprint()
{
    // RFC 8037 Appendix A.3.
    const auto key = PublicKey::fromJwk(rfc8037Jwk());
    QVERIFY(key.ok());
    QCOMPARE(key->jwkThumbprint(), QStringLiteral("kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"));
    // DER with a trailing byte is refused.
    QVERIFY(!PublicKey::fromSpkiDer(QByteArray(key->toSpkiDer() + QByteArray(1, 0))).ok());
}

void TestKeys::multikey()
{
    // W3C vc-di-eddsa TestVectors/keyPair.json (W3C Software and Document License).
    const QByteArray multibaseKey = "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2";
    const auto key = PublicKey::fromMultikey(multibaseKey);
    QVERIFY2(key.ok(), qPrintable(key.error()));
    QCOMPARE(key->type(), PublicKey::Type::Ed25519);
    QCOMPARE(hex::encode(key->x()), QByteArray("b00d8d938e7f773d51565aad36a623f5344f7f5d1960f9cf3e8e12620ea2810f"));
    QCOMPARE(key->toMultikey(), multibaseKey);
}

void TestKeys::multikeyRoundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("prefix");
    QTest::newRow("ed25519") << QStringLiteral("ed25519") << QByteArray("z6Mk");
    QTest::newRow("p256") << QStringLiteral("p256") << QByteArray("zDn");
    QTest::newRow("p384") << QStringLiteral("p384") << QByteArray("z82");
}

void TestKeys::multikeyRoundTrip()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, prefix);
    const auto key = PublicKey::fromJwk(fixtureKey(name.toLatin1().constData()).value(QLatin1String("jwk")).toObject());
    QVERIFY(key.ok());
    const QByteArray multibaseKey = key->toMultikey();
    QVERIFY2(multibaseKey.startsWith(prefix), multibaseKey.constData());
    const auto back = PublicKey::fromMultikey(multibaseKey);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QVERIFY(back->sameKeyAs(key.value()));
}

void TestKeys::multikeyRefused_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("base64url multibase") << QByteArray("u7QGwDY2Tjn93PVFWWq02piP1NE9_XRlg-c8-jhJiDqKBDw");
    QTest::newRow("Ed25519 private key codec") << QByteArray("z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq");
    QTest::newRow("truncated") << QByteArray("z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ");
    QTest::newRow("bad character") << QByteArray("z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ0");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("no prefix") << QByteArray("6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2");
}

void TestKeys::multikeyRefused()
{
    QFETCH(QByteArray, text);
    QVERIFY(!PublicKey::fromMultikey(text).ok());
}

void TestKeys::keyAlgorithmMismatch()
{
    const auto ed = PublicKey::fromJwk(rfc8037Jwk()).value();
    const auto p256 = PublicKey::fromJwk(fixtureKey("p256").value(QLatin1String("jwk")).toObject()).value();
    const auto rsa = PublicKey::fromJwk(fixtureKey("rsa2048").value(QLatin1String("jwk")).toObject()).value();
    const QByteArray sig(64, '\0');
    QVERIFY(verifySignature(SignatureAlgorithm::ES256, ed, "m", sig).isError());
    QVERIFY(verifySignature(SignatureAlgorithm::RS256, ed, "m", sig).isError());
    QVERIFY(verifySignature(SignatureAlgorithm::EdDSA, p256, "m", sig).isError());
    QVERIFY(verifySignature(SignatureAlgorithm::ES384, p256, "m", QByteArray(96, '\1')).isError());
    QVERIFY(verifySignature(SignatureAlgorithm::PS256, p256, "m", sig).isError());
    QVERIFY(verifySignature(SignatureAlgorithm::ES256, rsa, "m", sig).isError());
    QVERIFY(verifySignature(SignatureAlgorithm::EdDSA, PublicKey(), "m", sig).isError());
    QVERIFY(verifyEcdsaDerSignature(SignatureAlgorithm::EdDSA, ed, "m", sig).isError());
    QVERIFY(algorithmFitsKey(SignatureAlgorithm::PS512, rsa));
    QVERIFY(!algorithmFitsKey(SignatureAlgorithm::ES256, PublicKey()));
}

void TestKeys::signatureSizes()
{
    // RFC 8032 section 7.1 test 1.
    const auto key = PublicKey::fromEd25519(hex::decode("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a").value());
    QVERIFY(key.ok());
    const QByteArray sig = hex::decode("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bac"
                                       "c61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b")
                               .value();
    QVERIFY(verifySignature(SignatureAlgorithm::EdDSA, key.value(), QByteArrayView(), sig).isValid());
    QVERIFY(verifySignature(SignatureAlgorithm::EdDSA, key.value(), QByteArrayView(), sig.left(63)).isInvalid());
    QVERIFY(verifySignature(SignatureAlgorithm::EdDSA, key.value(), QByteArrayView(), QByteArray(sig + QByteArray(1, 0))).isInvalid());
    QVERIFY(verifySignature(SignatureAlgorithm::EdDSA, key.value(), QByteArrayView(), QByteArray()).isInvalid());
    QVERIFY(verifySignature(SignatureAlgorithm::EdDSA, key.value(), QByteArrayView("x"), sig).isInvalid());
}

void TestKeys::ecdsaDer_data()
{
    QTest::addColumn<QByteArray>("derHex");
    QTest::addColumn<QByteArray>("p1363Hex"); // empty: must be refused
    const QByteArray one = QByteArray(62, '0') + "01";
    QTest::newRow("r=1 s=1") << QByteArray("3006020101020101") << one + one;
    QTest::newRow("s=0x80 with required zero") << QByteArray("3007020101020200" "80") << one + QByteArray(62, '0') + "80";
    QTest::newRow("full-size r") << QByteArray("302602210080") + QByteArray(62, '0') + "020101"
                                 << QByteArray("80") + QByteArray(62, '0') + one;
    QTest::newRow("superfluous leading zero") << QByteArray("3007020101020200" "01") << QByteArray();
    QTest::newRow("negative s") << QByteArray("3006020101020181") << QByteArray();
    QTest::newRow("empty integer") << QByteArray("30050201010200") << QByteArray();
    QTest::newRow("sequence too long") << QByteArray("3007020101020101") << QByteArray();
    QTest::newRow("trailing byte") << QByteArray("300602010102010100") << QByteArray();
    QTest::newRow("long-form short length") << QByteArray("308106020101020101") << QByteArray();
    QTest::newRow("indefinite length") << QByteArray("3080020101020101" "0000") << QByteArray();
    QTest::newRow("three integers") << QByteArray("3009020101020101020101") << QByteArray();
    QTest::newRow("wrong tag") << QByteArray("3106020101020101") << QByteArray();
    QTest::newRow("octet string") << QByteArray("3006040101020101") << QByteArray();
    QTest::newRow("empty sequence") << QByteArray("3000") << QByteArray();
    QTest::newRow("r longer than 32 bytes") << QByteArray("3027022201") + QByteArray(66, '0') + "020101" << QByteArray();
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void TestKeys::ecdsaDer()
{
    QFETCH(QByteArray, derHex);
    QFETCH(QByteArray, p1363Hex);
    const auto raw = ecdsaDerToP1363(hex::decode(derHex).value(), 32);
    if (p1363Hex.isEmpty()) {
        QVERIFY(!raw.ok());
    } else {
        QVERIFY2(raw.ok(), qPrintable(raw.error()));
        QCOMPARE(hex::encode(raw.value()), p1363Hex);
    }
}

void TestKeys::signingKey()
{
    // RFC 8032 section 7.1 test 2: one-byte message 0x72.
    const auto key = Ed25519SigningKey::fromSeed(hex::decode("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb").value());
    QVERIFY2(key.ok(), qPrintable(key.error()));
    QCOMPARE(hex::encode(key->publicKey().x()), QByteArray("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c"));
    const auto sig = key->sign(QByteArray("\x72"));
    QVERIFY(sig.ok());
    QCOMPARE(hex::encode(sig.value()),
             QByteArray("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"));

    const auto generated = Ed25519SigningKey::generate();
    QVERIFY2(generated.ok(), qPrintable(generated.error()));
    QCOMPARE(generated->seed().size(), 32);
    const auto other = Ed25519SigningKey::generate();
    QVERIFY(other.ok());
    QVERIFY(generated->seed() != other->seed());
    const QByteArray message = "presentation";
    const auto signature = generated->sign(message);
    QVERIFY(signature.ok());
    QVERIFY(verifySignature(SignatureAlgorithm::EdDSA, generated->publicKey(), message, signature.value()).isValid());
    QVERIFY(verifySignature(SignatureAlgorithm::EdDSA, other->publicKey(), message, signature.value()).isInvalid());
    const auto restored = Ed25519SigningKey::fromSeed(generated->seed());
    QVERIFY(restored.ok());
    QVERIFY(restored->publicKey().sameKeyAs(generated->publicKey()));

    QVERIFY(!Ed25519SigningKey::fromSeed(QByteArray(31, '\1')).ok());
    QVERIFY(!Ed25519SigningKey::fromSeed(QByteArray(64, '\1')).ok());
}

void TestKeys::hashes()
{
    // FIPS 180-2 "abc" examples.
    QCOMPARE(hex::encode(hash::sha256("abc")), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(hex::encode(hash::sha384("abc")),
             QByteArray("cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7"));
    QCOMPARE(hex::encode(hash::sha512("abc")),
             QByteArray("ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd"
                        "454d4423643ce80e2a9ac94fa54ca49f"));
}

QTEST_GUILESS_MAIN(TestKeys)
#include "TestKeys.moc"
