// Compact JWS parsing, the algorithm policy and verification, with tokens signed by Node's
// crypto (tests/data/gen/crypto/make-jws-fixtures.mjs) and RFC 8037 Appendix A.4.

#include "crypto/PublicKey.h"
#include "jose/CompactJws.h"
#include "jose/JwsAlgorithmPolicy.h"
#include "jose/JwsVerifier.h"

#include <QFile>
#include "JwsFixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QTest>

using namespace credfolio;

namespace {

QJsonObject fixtures()
{
    return test::jwsFixtures();
}

PublicKey fixtureKey(const QString& name)
{
    return PublicKey::fromJwk(test::jwsFixtureKey(name).value(QLatin1String("jwk")).toObject()).value();
}

PublicKey fixturePemKey(const QString& name)
{
    return PublicKey::fromPem(test::jwsFixtureKey(name).value(QLatin1String("pem")).toString().toLatin1()).value();
}

QString outcomeName(JwsVerification::Outcome outcome)
{
    switch (outcome) {
    case JwsVerification::Outcome::Valid:
        return QStringLiteral("Valid");
    case JwsVerification::Outcome::Malformed:
        return QStringLiteral("Malformed");
    case JwsVerification::Outcome::Refused:
        return QStringLiteral("Refused");
    case JwsVerification::Outcome::BadSignature:
        return QStringLiteral("BadSignature");
    case JwsVerification::Outcome::KeyError:
        return QStringLiteral("KeyError");
    }
    return {};
}

// RFC 8037 Appendix A.4.
const QByteArray kRfc8037Jws = "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc."
                               "hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg";

PublicKey rfc8037Key()
{
    return PublicKey::fromJwk({{QStringLiteral("kty"), QStringLiteral("OKP")},
                               {QStringLiteral("crv"), QStringLiteral("Ed25519")},
                               {QStringLiteral("x"), QStringLiteral("11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo")}})
        .value();
}

} // namespace

class TestJose : public QObject
{
    Q_OBJECT

private slots:
    void rfc8037();
    void fixtures_data();
    void fixtures();
    void hs256KeyConfusion();
    void parseRejects_data();
    void parseRejects();
    void policy_data();
    void policy();
    void restrictedPolicy();
    void declaredKeyAlgorithm();
    void nullKey();
};

void TestJose::rfc8037()
{
    const JwsVerification result = verifyCompactJws(kRfc8037Jws, rfc8037Key());
    QVERIFY2(result.isValid(), qPrintable(result.message));
    QVERIFY(result.jws.has_value());
    QCOMPARE(result.jws->payload(), QByteArray("Example of Ed25519 signing"));
    QCOMPARE(result.jws->headerBytes(), QByteArray(R"({"alg":"EdDSA"})"));
    QCOMPARE(result.jws->algorithm(), QStringLiteral("EdDSA"));
    QCOMPARE(result.jws->signature().size(), 64);
    QCOMPARE(result.jws->signingInput(), kRfc8037Jws.left(kRfc8037Jws.lastIndexOf('.')));

    QByteArray tampered = kRfc8037Jws;
    tampered[25] = 'Y'; // payload byte
    QCOMPARE(verifyCompactJws(tampered, rfc8037Key()).outcome, JwsVerification::Outcome::BadSignature);
}

void TestJose::fixtures_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("keyName");
    QTest::addColumn<QString>("expected");
    const QJsonArray tokens = ::fixtures().value(QLatin1String("tokens")).toArray();
    QCOMPARE(tokens.size(), 22);
    for (const QJsonValue& value : tokens) {
        const QJsonObject t = value.toObject();
        QTest::newRow(qPrintable(t.value(QLatin1String("id")).toString()))
            << t.value(QLatin1String("token")).toString().toLatin1() << t.value(QLatin1String("key")).toString()
            << t.value(QLatin1String("expected")).toString();
    }
}

void TestJose::fixtures()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, keyName);
    QFETCH(QString, expected);
    // The same answer whether the key came as a JWK or as PEM.
    for (const PublicKey& key : {fixtureKey(keyName), fixturePemKey(keyName)}) {
        QVERIFY(!key.isNull());
        const JwsVerification result = verifyCompactJws(token, key);
        QVERIFY2(outcomeName(result.outcome) == expected,
                 qPrintable(outcomeName(result.outcome) + QStringLiteral(": ") + result.message));
    }
}

void TestJose::hs256KeyConfusion()
{
    const QByteArray token = ::fixtures().value(QLatin1String("hs256WithPublicKeyAsSecret")).toString().toLatin1();
    const JwsVerification result = verifyCompactJws(token, fixtureKey(QStringLiteral("rsa2048")));
    QCOMPARE(result.outcome, JwsVerification::Outcome::Malformed);
    QVERIFY2(result.message.contains(QLatin1String("HMAC")), qPrintable(result.message));
}

void TestJose::parseRejects_data()
{
    QTest::addColumn<QByteArray>("token");
    const QByteArray h = "eyJhbGciOiJFZERTQSJ9";
    const QByteArray p = "RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc";
    const QByteArray s = kRfc8037Jws.mid(kRfc8037Jws.lastIndexOf('.') + 1);
    QTest::newRow("two parts") << QByteArray(h + '.' + p);
    QTest::newRow("four parts") << QByteArray(h + '.' + p + '.' + s + '.');
    QTest::newRow("empty header") << QByteArray('.' + p + '.' + s);
    QTest::newRow("padded header") << QByteArray(h + "=." + p + '.' + s);
    QTest::newRow("padded signature") << QByteArray(h + '.' + p + '.' + s + "==");
    QTest::newRow("space in payload") << QByteArray(h + '.' + p.left(4) + ' ' + p.mid(4) + '.' + s);
    QTest::newRow("trailing newline") << QByteArray(kRfc8037Jws + '\n');
    QTest::newRow("standard base64 char") << QByteArray(h + '.' + p + '.' + QByteArray(s).replace('_', '/'));
    QTest::newRow("header not json") << QByteArray("bm90IGpzb24." + p + '.' + s);
    QTest::newRow("header is string") << QByteArray("IkVkRFNBIg." + p + '.' + s); // "EdDSA"
    QTest::newRow("header no alg") << QByteArray("eyJraWQiOiIxIn0." + p + '.' + s); // {"kid":"1"}
    QTest::newRow("alg none") << QByteArray("eyJhbGciOiJub25lIn0." + p + '.');
    QTest::newRow("alg None mixed case") << QByteArray("eyJhbGciOiJOb25lIn0." + p + '.');
    QTest::newRow("alg HS256") << QByteArray("eyJhbGciOiJIUzI1NiJ9." + p + '.' + s);
    QTest::newRow("alg HS512") << QByteArray("eyJhbGciOiJIUzUxMiJ9." + p + '.' + s);
    QTest::newRow("json serialization") << QByteArray(R"({"payload":")" + p + R"(","signatures":[]})");
    QTest::newRow("empty") << QByteArray();
}

void TestJose::parseRejects()
{
    QFETCH(QByteArray, token);
    QVERIFY(!CompactJws::parse(token).ok());
    QCOMPARE(verifyCompactJws(token, rfc8037Key()).outcome, JwsVerification::Outcome::Malformed);
}

void TestJose::policy_data()
{
    QTest::addColumn<QString>("keyName");
    QTest::addColumn<QString>("alg");
    QTest::addColumn<bool>("allowed");
    const QStringList algs = {QStringLiteral("EdDSA"), QStringLiteral("ES256"), QStringLiteral("ES384"),
                              QStringLiteral("RS256"), QStringLiteral("RS384"), QStringLiteral("RS512"),
                              QStringLiteral("PS256"), QStringLiteral("PS384"), QStringLiteral("PS512"),
                              QStringLiteral("ES512"), QStringLiteral("HS256"), QStringLiteral("none"),
                              QStringLiteral("Ed25519"), QStringLiteral("es256"), QString()};
    const QMap<QString, QStringList> allowedFor = {
        {QStringLiteral("ed25519"), {QStringLiteral("EdDSA")}},
        {QStringLiteral("p256"), {QStringLiteral("ES256")}},
        {QStringLiteral("p384"), {QStringLiteral("ES384")}},
        {QStringLiteral("rsa2048"),
         {QStringLiteral("RS256"), QStringLiteral("RS384"), QStringLiteral("RS512"), QStringLiteral("PS256"),
          QStringLiteral("PS384"), QStringLiteral("PS512")}},
    };
    for (auto it = allowedFor.cbegin(); it != allowedFor.cend(); ++it) {
        for (const QString& alg : algs)
            QTest::newRow(qPrintable(it.key() + QLatin1Char(' ') + alg)) << it.key() << alg << it.value().contains(alg);
    }
}

void TestJose::policy()
{
    QFETCH(QString, keyName);
    QFETCH(QString, alg);
    QFETCH(bool, allowed);
    const auto result = JwsAlgorithmPolicy::standard().algorithmFor(alg, fixtureKey(keyName));
    QCOMPARE(result.ok(), allowed);
    if (allowed)
        QCOMPARE(algorithmName(result.value()), alg);
}

void TestJose::restrictedPolicy()
{
    const JwsAlgorithmPolicy edOnly({SignatureAlgorithm::EdDSA});
    QVERIFY(verifyCompactJws(kRfc8037Jws, rfc8037Key(), edOnly).isValid());
    const QJsonArray tokens = ::fixtures().value(QLatin1String("tokens")).toArray();
    for (const QJsonValue& value : tokens) {
        const QJsonObject t = value.toObject();
        if (t.value(QLatin1String("id")).toString() != QLatin1String("rs256-valid"))
            continue;
        const QByteArray token = t.value(QLatin1String("token")).toString().toLatin1();
        QVERIFY(verifyCompactJws(token, fixtureKey(QStringLiteral("rsa2048"))).isValid());
        QCOMPARE(verifyCompactJws(token, fixtureKey(QStringLiteral("rsa2048")), edOnly).outcome,
                 JwsVerification::Outcome::Refused);
        return;
    }
    QFAIL("rs256-valid fixture missing");
}

void TestJose::declaredKeyAlgorithm()
{
    // A JWK that declares "alg" may only be used with that algorithm (RFC 7517 section 4.4).
    QJsonObject jwk = fixtureKey(QStringLiteral("rsa2048")).toJwk();
    jwk.insert(QStringLiteral("alg"), QStringLiteral("PS256"));
    const auto key = PublicKey::fromJwk(jwk);
    QVERIFY(key.ok());
    QCOMPARE(key->declaredAlgorithm(), QStringLiteral("PS256"));
    QVERIFY(JwsAlgorithmPolicy::standard().algorithmFor(QStringLiteral("PS256"), key.value()).ok());
    QVERIFY(!JwsAlgorithmPolicy::standard().algorithmFor(QStringLiteral("RS256"), key.value()).ok());
}

void TestJose::nullKey()
{
    const JwsVerification result = verifyCompactJws(kRfc8037Jws, PublicKey());
    QCOMPARE(result.outcome, JwsVerification::Outcome::KeyError);
    QVERIFY(result.jws.has_value());
}

QTEST_GUILESS_MAIN(TestJose)
#include "TestJose.moc"
