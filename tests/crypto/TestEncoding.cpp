// Strict text encodings: base64url, base64, base58btc, multibase, multicodec varints, hex.
// Base58 vectors are from Bitcoin Core's src/test/data/base58_encode_decode.json (MIT).

#include "encoding/Base58.h"
#include "encoding/Base64.h"
#include "encoding/Hex.h"
#include "encoding/Multibase.h"
#include "encoding/Multicodec.h"

#include <QTest>

using namespace credfolio;

class TestEncoding : public QObject
{
    Q_OBJECT

private slots:
    void base64urlRoundTrip();
    void base64urlKnown_data();
    void base64urlKnown();
    void base64urlRejects_data();
    void base64urlRejects();
    void base64Known_data();
    void base64Known();
    void base64Rejects_data();
    void base64Rejects();
    void base58Known_data();
    void base58Known();
    void base58Rejects_data();
    void base58Rejects();
    void base58RoundTrip();
    void multibase_data();
    void multibase();
    void multibaseRejects_data();
    void multibaseRejects();
    void multicodec_data();
    void multicodec();
    void multicodecRejects_data();
    void multicodecRejects();
    void hex();
};

void TestEncoding::base64urlRoundTrip()
{
    QByteArray data;
    for (int i = 0; i < 300; ++i) {
        const QByteArray encoded = base64url::encode(data);
        QVERIFY(!encoded.contains('='));
        QVERIFY(!encoded.contains('+'));
        QVERIFY(!encoded.contains('/'));
        QCOMPARE(encoded, data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        const auto decoded = base64url::decode(encoded);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
        QCOMPARE(decoded.value(), data);
        data.append(static_cast<char>((i * 37 + 11) & 0xff));
    }
}

void TestEncoding::base64urlKnown_data()
{
    // RFC 4648 section 10 test vectors, unpadded.
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray("") << QByteArray("");
    QTest::newRow("f") << QByteArray("Zg") << QByteArray("f");
    QTest::newRow("fo") << QByteArray("Zm8") << QByteArray("fo");
    QTest::newRow("foo") << QByteArray("Zm9v") << QByteArray("foo");
    QTest::newRow("foob") << QByteArray("Zm9vYg") << QByteArray("foob");
    QTest::newRow("fooba") << QByteArray("Zm9vYmE") << QByteArray("fooba");
    QTest::newRow("foobar") << QByteArray("Zm9vYmFy") << QByteArray("foobar");
    QTest::newRow("url alphabet") << QByteArray("-_8") << QByteArray("\xfb\xff");
}

void TestEncoding::base64urlKnown()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, bytes);
    QCOMPARE(base64url::encode(bytes), text);
    QCOMPARE(base64url::decode(text).value(), bytes);
}

void TestEncoding::base64urlRejects_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("padding") << QByteArray("Zg==");
    QTest::newRow("single padding") << QByteArray("Zm8=");
    QTest::newRow("padding on full block") << QByteArray("Zm9v=");
    QTest::newRow("standard alphabet plus") << QByteArray("+_8");
    QTest::newRow("standard alphabet slash") << QByteArray("-/8");
    QTest::newRow("space") << QByteArray("Zm9 v");
    QTest::newRow("newline") << QByteArray("Zm9v\n");
    QTest::newRow("length 1 mod 4") << QByteArray("Zm9vY");
    QTest::newRow("single char") << QByteArray("Z");
    QTest::newRow("non-canonical 2 chars") << QByteArray("Zh");
    QTest::newRow("non-canonical 3 chars") << QByteArray("Zm9");
    QTest::newRow("question mark") << QByteArray("Zm9v?");
    QTest::newRow("nul byte") << QByteArray("Zm\0v", 4);
    QTest::newRow("non-ascii") << QByteArray("Zm9\xc3\xa9");
}

void TestEncoding::base64urlRejects()
{
    QFETCH(QByteArray, text);
    QVERIFY(!base64url::decode(text).ok());
}

void TestEncoding::base64Known_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray("") << QByteArray("");
    QTest::newRow("f") << QByteArray("Zg==") << QByteArray("f");
    QTest::newRow("fo") << QByteArray("Zm8=") << QByteArray("fo");
    QTest::newRow("foo") << QByteArray("Zm9v") << QByteArray("foo");
    QTest::newRow("foobar") << QByteArray("Zm9vYmFy") << QByteArray("foobar");
    QTest::newRow("std alphabet") << QByteArray("+/8=") << QByteArray("\xfb\xff");
}

void TestEncoding::base64Known()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, bytes);
    QCOMPARE(base64::encode(bytes), text);
    QCOMPARE(base64::decode(text).value(), bytes);
}

void TestEncoding::base64Rejects_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("missing padding") << QByteArray("Zg");
    QTest::newRow("short padding") << QByteArray("Zg=");
    QTest::newRow("extra padding") << QByteArray("Zm9v====");
    QTest::newRow("three pads") << QByteArray("Z===");
    QTest::newRow("padding in middle") << QByteArray("Zg==Zg==");
    QTest::newRow("non-canonical bits 1") << QByteArray("Zh==");
    QTest::newRow("non-canonical bits 2") << QByteArray("Zm9=");
    QTest::newRow("url alphabet") << QByteArray("-_8=");
    QTest::newRow("whitespace") << QByteArray("Zm9v\nYmFy");
    QTest::newRow("only padding") << QByteArray("====");
}

void TestEncoding::base64Rejects()
{
    QFETCH(QByteArray, text);
    QVERIFY(!base64::decode(text).ok());
}

void TestEncoding::base58Known_data()
{
    QTest::addColumn<QByteArray>("hexBytes");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray("") << QByteArray("");
    QTest::newRow("61") << QByteArray("61") << QByteArray("2g");
    QTest::newRow("626262") << QByteArray("626262") << QByteArray("a3gV");
    QTest::newRow("636363") << QByteArray("636363") << QByteArray("aPEr");
    QTest::newRow("simply a long string") << QByteArray("73696d706c792061206c6f6e6720737472696e67")
                                          << QByteArray("2cFupjhnEsSn59qHXstmK2ffpLv2");
    QTest::newRow("address") << QByteArray("00eb15231dfceb60925886b67d065299925915aeb172c06647")
                             << QByteArray("1NS17iag9jJgTHD1VXjvLCEnZuQ3rJDE9L");
    QTest::newRow("516b6fcd0f") << QByteArray("516b6fcd0f") << QByteArray("ABnLTmg");
    QTest::newRow("bf4f89001e670274dd") << QByteArray("bf4f89001e670274dd") << QByteArray("3SEo3LWLoPntC");
    QTest::newRow("572e4794") << QByteArray("572e4794") << QByteArray("3EFU7m");
    QTest::newRow("ecac89cad93923c02321") << QByteArray("ecac89cad93923c02321") << QByteArray("EJDM8drfXA6uyA");
    QTest::newRow("10c8511e") << QByteArray("10c8511e") << QByteArray("Rt5zm");
    QTest::newRow("ten zeros") << QByteArray("00000000000000000000") << QByteArray("1111111111");
}

void TestEncoding::base58Known()
{
    QFETCH(QByteArray, hexBytes);
    QFETCH(QByteArray, text);
    const QByteArray bytes = hex::decode(hexBytes).value();
    QCOMPARE(base58btc::encode(bytes), text);
    const auto decoded = base58btc::decode(text);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
    QCOMPARE(decoded.value(), bytes);
}

void TestEncoding::base58Rejects_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("zero") << QByteArray("0");
    QTest::newRow("capital O") << QByteArray("2gO");
    QTest::newRow("capital I") << QByteArray("I2g");
    QTest::newRow("lower l") << QByteArray("2lg");
    QTest::newRow("plus") << QByteArray("2g+");
    QTest::newRow("space") << QByteArray(" 2g");
    QTest::newRow("trailing newline") << QByteArray("2g\n");
    QTest::newRow("too long") << QByteArray(20000, '2');
}

void TestEncoding::base58Rejects()
{
    QFETCH(QByteArray, text);
    QVERIFY(!base58btc::decode(text).ok());
}

void TestEncoding::base58RoundTrip()
{
    QByteArray data;
    for (int i = 0; i < 80; ++i) {
        const auto decoded = base58btc::decode(base58btc::encode(data));
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value(), data);
        data.append(static_cast<char>(i % 3 == 0 ? 0 : (i * 53) & 0xff));
    }
}

void TestEncoding::multibase_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("z base58btc") << QByteArray("z2g") << QByteArray("a");
    QTest::newRow("u base64url") << QByteArray("uZm9v") << QByteArray("foo");
    QTest::newRow("z empty") << QByteArray("z") << QByteArray();
}

void TestEncoding::multibase()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, bytes);
    QCOMPARE(multibase::decode(text).value(), bytes);
    const auto base = text.startsWith('z') ? multibase::Base::Base58Btc : multibase::Base::Base64Url;
    QCOMPARE(multibase::encode(base, bytes), text);
}

void TestEncoding::multibaseRejects_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("f hex") << QByteArray("f666f6f");
    QTest::newRow("m base64") << QByteArray("mZm9v");
    QTest::newRow("U base64url padded") << QByteArray("UZm9v");
    QTest::newRow("b base32") << QByteArray("bmzxw6");
    QTest::newRow("Z upper") << QByteArray("Z2g");
    QTest::newRow("u with padding") << QByteArray("uZg==");
    QTest::newRow("z with zero digit") << QByteArray("z0");
}

void TestEncoding::multibaseRejects()
{
    QFETCH(QByteArray, text);
    QVERIFY(!multibase::decode(text).ok());
}

void TestEncoding::multicodec_data()
{
    QTest::addColumn<quint64>("code");
    QTest::addColumn<QByteArray>("varintHex");
    QTest::newRow("ed25519-pub") << quint64(0xed) << QByteArray("ed01");
    QTest::newRow("p256-pub") << quint64(0x1200) << QByteArray("8024");
    QTest::newRow("p384-pub") << quint64(0x1201) << QByteArray("8124");
    QTest::newRow("ed25519-priv") << quint64(0x1300) << QByteArray("8026");
    QTest::newRow("one byte") << quint64(0x12) << QByteArray("12");
}

void TestEncoding::multicodec()
{
    QFETCH(quint64, code);
    QFETCH(QByteArray, varintHex);
    const QByteArray varint = hex::decode(varintHex).value();
    QCOMPARE(multicodec::encodeVarint(code), varint);
    const auto split = multicodec::split(QByteArray(varint + QByteArray("key")));
    QVERIFY2(split.ok(), qPrintable(split.error()));
    QCOMPARE(split->code, code);
    QCOMPARE(split->payload, QByteArray("key"));
}

void TestEncoding::multicodecRejects_data()
{
    QTest::addColumn<QByteArray>("bytesHex");
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("truncated") << QByteArray("ed");
    QTest::newRow("non-minimal") << QByteArray("ed8100");
    QTest::newRow("non-minimal zero") << QByteArray("8000");
    QTest::newRow("too long") << QByteArray("ffffffffffffffffff01");
}

void TestEncoding::multicodecRejects()
{
    QFETCH(QByteArray, bytesHex);
    QVERIFY(!multicodec::split(hex::decode(bytesHex).value()).ok());
}

void TestEncoding::hex()
{
    QCOMPARE(hex::encode(QByteArray("\x00\xff\x10", 3)), QByteArray("00ff10"));
    QCOMPARE(hex::decode("00FFaB").value(), QByteArray("\x00\xff\xab", 3));
    QVERIFY(!hex::decode("abc").ok());
    QVERIFY(!hex::decode("zz").ok());
    QVERIFY(!hex::decode("0x00").ok());
    QVERIFY(!hex::decode("00 11").ok());
}

QTEST_GUILESS_MAIN(TestEncoding)
#include "TestEncoding.moc"
