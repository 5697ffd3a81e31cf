// RFC 8785 JSON Canonicalization: the cyberphone/json-canonicalization test data
// (Apache-2.0, copied into tests/data/jcs/, see SOURCE.md there), RFC 8785 Appendix B
// numbers, ECMAScript number strings made by Node (tests/data/gen/crypto/make-es6-numbers.mjs),
// and inputs the strict parser must refuse.

#include "common/Limits.h"
#include "encoding/Hex.h"
#include "jcs/EcmaNumber.h"
#include "jcs/Jcs.h"
#include "jcs/StrictJsonParser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonDocument>
#include <QTest>

#include <bit>
#include <cmath>
#include <limits>

using namespace credfolio;

namespace {

const QString kJcsDir = QStringLiteral(CREDFOLIO_TEST_DATA "/jcs");

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

double fromBits(const QByteArray& hexText)
{
    return std::bit_cast<double>(hexText.toULongLong(nullptr, 16));
}

} // namespace

class TestJcs : public QObject
{
    Q_OBJECT

private slots:
    void vectors_data();
    void vectors();
    void qtJsonConvenience_data() { vectors_data(); }
    void qtJsonConvenience();
    void appendixB_data();
    void appendixB();
    void es6Numbers_data();
    void es6Numbers();
    void numberParsing_data();
    void numberParsing();
    void malformed_data();
    void malformed();
    void depthLimit();
};

void TestJcs::vectors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QByteArray>("outhex");
    const QStringList names = QDir(kJcsDir + QStringLiteral("/input")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QCOMPARE(names.size(), 6);
    for (const QString& name : names) {
        const QString base = name.chopped(5);
        QTest::newRow(qPrintable(base)) << readFile(kJcsDir + QStringLiteral("/input/") + name)
                                        << readFile(kJcsDir + QStringLiteral("/output/") + name)
                                        << readFile(kJcsDir + QStringLiteral("/outhex/") + base + QStringLiteral(".txt"));
    }
}

void TestJcs::vectors()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, output);
    QFETCH(QByteArray, outhex);
    QVERIFY(!input.isEmpty());
    QVERIFY(!output.isEmpty());
    const auto canonical = jcs::canonicalize(QByteArrayView(input));
    QVERIFY2(canonical.ok(), qPrintable(canonical.error()));
    QCOMPARE(canonical.value(), output);
    const auto fromHex = hex::decode(outhex.simplified().replace(' ', QByteArray()));
    QVERIFY2(fromHex.ok(), qPrintable(fromHex.error()));
    QCOMPARE(canonical.value(), fromHex.value());
    // Canonical output is a fixed point.
    QCOMPARE(jcs::canonicalize(QByteArrayView(output)).value(), output);
}

void TestJcs::qtJsonConvenience()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, output);
    const QJsonDocument doc = QJsonDocument::fromJson(input);
    const QJsonValue value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    const auto canonical = jcs::canonicalize(value);
    QVERIFY2(canonical.ok(), qPrintable(canonical.error()));
    QCOMPARE(canonical.value(), output);
}

void TestJcs::appendixB_data()
{
    // RFC 8785 Appendix B: IEEE 754 bit pattern -> ECMAScript string (empty: must fail).
    QTest::addColumn<QByteArray>("bits");
    QTest::addColumn<QByteArray>("expected");
    const std::pair<const char*, const char*> rows[] = {
        {"0000000000000000", "0"},
        {"8000000000000000", "0"},
        {"0000000000000001", "5e-324"},
        {"8000000000000001", "-5e-324"},
        {"7fefffffffffffff", "1.7976931348623157e+308"},
        {"ffefffffffffffff", "-1.7976931348623157e+308"},
        {"4340000000000000", "9007199254740992"},
        {"c340000000000000", "-9007199254740992"},
        {"4430000000000000", "295147905179352830000"},
        {"7fffffffffffffff", ""},
        {"7ff0000000000000", ""},
        {"44b52d02c7e14af5", "9.999999999999997e+22"},
        {"44b52d02c7e14af6", "1e+23"},
        {"44b52d02c7e14af7", "1.0000000000000001e+23"},
        {"444b1ae4d6e2ef4e", "999999999999999700000"},
        {"444b1ae4d6e2ef4f", "999999999999999900000"},
        {"444b1ae4d6e2ef50", "1e+21"},
        {"3eb0c6f7a0b5ed8c", "9.999999999999997e-7"},
        {"3eb0c6f7a0b5ed8d", "0.000001"},
        {"41b3de4355555553", "333333333.3333332"},
        {"41b3de4355555554", "333333333.33333325"},
        {"41b3de4355555555", "333333333.3333333"},
        {"41b3de4355555556", "333333333.3333334"},
        {"41b3de4355555557", "333333333.33333343"},
        {"becbf647612f3696", "-0.0000033333333333333333"},
        {"43143ff3c1cb0959", "1424953923781206.2"},
    };
    for (const auto& [bits, expected] : rows)
        QTest::newRow(bits) << QByteArray(bits) << QByteArray(expected);
}

void TestJcs::appendixB()
{
    QFETCH(QByteArray, bits);
    QFETCH(QByteArray, expected);
    const auto text = ecmaNumberToString(fromBits(bits));
    if (expected.isEmpty()) {
        QVERIFY(!text.ok());
        return;
    }
    QVERIFY2(text.ok(), qPrintable(text.error()));
    QCOMPARE(text.value(), expected);
}

void TestJcs::es6Numbers_data()
{
    QTest::addColumn<QByteArray>("bits");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray data = readFile(kJcsDir + QStringLiteral("/es6-numbers.txt"));
    const QList<QByteArray> lines = data.split('\n');
    int rows = 0;
    for (const QByteArray& line : lines) {
        if (line.isEmpty())
            continue;
        const qsizetype comma = line.indexOf(',');
        QTest::newRow(line.left(comma).constData()) << line.left(comma) << line.mid(comma + 1);
        ++rows;
    }
    QCOMPARE(rows, 5035);
}

void TestJcs::es6Numbers()
{
    QFETCH(QByteArray, bits);
    QFETCH(QByteArray, expected);
    const double value = fromBits(bits);
    const auto text = ecmaNumberToString(value);
    QVERIFY2(text.ok(), qPrintable(text.error()));
    QCOMPARE(text.value(), expected);
    // And through the parser: the string form parses back to the same double.
    const auto reparsed = jcs::canonicalize(QByteArrayView(expected));
    QVERIFY2(reparsed.ok(), qPrintable(reparsed.error()));
    QCOMPARE(reparsed.value(), expected);
}

void TestJcs::numberParsing_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("canonical");
    QTest::newRow("exponent") << QByteArray("[1E30,1e+30,1e-7]") << QByteArray("[1e+30,1e+30,1e-7]");
    QTest::newRow("trailing zeros") << QByteArray("[4.50,56.0,100]") << QByteArray("[4.5,56,100]");
    QTest::newRow("minus zero") << QByteArray("[-0,-0.0,0e5]") << QByteArray("[0,0,0]");
    QTest::newRow("long mantissa") << QByteArray("333333333.33333329") << QByteArray("333333333.3333333");
    QTest::newRow("beyond 2^53") << QByteArray("9007199254740993") << QByteArray("9007199254740992");
    QTest::newRow("underflow to zero") << QByteArray("[1e-400,-1e-400]") << QByteArray("[0,0]");
    QTest::newRow("smallest subnormal") << QByteArray("4.9406564584124654e-324") << QByteArray("5e-324");
    QTest::newRow("whitespace") << QByteArray(" \t\r\n{ \"a\" : [ 1 , 2 ] }\n") << QByteArray("{\"a\":[1,2]}");
    QTest::newRow("escapes") << QByteArray(R"(["\u0000\u001f\u007f\u2028\/\b\f\t"])")
                             << QByteArray("[\"\\u0000\\u001f\x7f\xe2\x80\xa8/\\b\\f\\t\"]");
}

void TestJcs::numberParsing()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, canonical);
    const auto result = jcs::canonicalize(QByteArrayView(json));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result.value(), canonical);
}

void TestJcs::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("duplicate key") << QByteArray(R"({"a":1,"a":2})");
    QTest::newRow("duplicate key nested") << QByteArray(R"({"x":[{"b":1,"c":2,"b":1}]})");
    QTest::newRow("duplicate key via escape") << QByteArray(R"({"a":1,"\u0061":2})");
    QTest::newRow("lone high surrogate") << QByteArray(R"(["\ud83d"])");
    QTest::newRow("lone high surrogate then text") << QByteArray(R"(["\ud83dx"])");
    QTest::newRow("high surrogate then high") << QByteArray(R"(["\ud83d\ud83d"])");
    QTest::newRow("lone low surrogate") << QByteArray(R"(["\ude02"])");
    QTest::newRow("reversed surrogates") << QByteArray(R"(["\ude02\ud83d"])");
    QTest::newRow("utf8 encoded surrogate") << QByteArray("[\"\xed\xa0\xbd\"]");
    QTest::newRow("utf8 overlong") << QByteArray("[\"\xc0\xaf\"]");
    QTest::newRow("utf8 above U+10FFFF") << QByteArray("[\"\xf4\x90\x80\x80\"]");
    QTest::newRow("utf8 truncated") << QByteArray("[\"\xe2\x82\"]");
    QTest::newRow("utf8 stray continuation") << QByteArray("[\"\x80\"]");
    QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf{}");
    QTest::newRow("control character") << QByteArray("[\"a\tb\"]");
    QTest::newRow("bad escape") << QByteArray(R"(["\x41"])");
    QTest::newRow("short unicode escape") << QByteArray(R"(["\u41"])");
    QTest::newRow("leading zero") << QByteArray("[01]");
    QTest::newRow("leading plus") << QByteArray("[+1]");
    QTest::newRow("bare fraction") << QByteArray("[.5]");
    QTest::newRow("trailing dot") << QByteArray("[1.]");
    QTest::newRow("empty exponent") << QByteArray("[1e]");
    QTest::newRow("overflow") << QByteArray("[1e400]");
    QTest::newRow("overflow long") << QByteArray("[1.7976931348623159e308]");
    QTest::newRow("NaN literal") << QByteArray("[NaN]");
    QTest::newRow("Infinity literal") << QByteArray("[Infinity]");
    QTest::newRow("trailing comma") << QByteArray("[1,]");
    QTest::newRow("trailing comma object") << QByteArray(R"({"a":1,})");
    QTest::newRow("single quotes") << QByteArray("['a']");
    QTest::newRow("comment") << QByteArray("[1/*x*/]");
    QTest::newRow("trailing data") << QByteArray("{} {}");
    QTest::newRow("unterminated") << QByteArray(R"({"a":1)");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("unquoted key") << QByteArray("{a:1}");
    QTest::newRow("TRUE") << QByteArray("[TRUE]");
}

void TestJcs::malformed()
{
    QFETCH(QByteArray, json);
    const auto result = jcs::canonicalize(QByteArrayView(json));
    QVERIFY(!result.ok());
    QVERIFY(!result.error().isEmpty());
}

void TestJcs::depthLimit()
{
    const int limit = limits::maxJsonDepth;
    QCOMPARE(limit, 64);
    const auto nestedArrays = [](int depth) { return QByteArray(QByteArray(depth, '[') + QByteArray(depth, ']')); };
    QVERIFY(jcs::canonicalize(QByteArrayView(nestedArrays(limit))).ok());
    QVERIFY(!jcs::canonicalize(QByteArrayView(nestedArrays(limit + 1))).ok());

    QByteArray objects;
    for (int i = 0; i < limit + 1; ++i)
        objects += "{\"a\":";
    objects += "1" + QByteArray(limit + 1, '}');
    QVERIFY(!jcs::canonicalize(QByteArrayView(objects)).ok());
    // Very deep input fails cleanly instead of exhausting the stack.
    QVERIFY(!jcs::canonicalize(QByteArrayView(nestedArrays(100000))).ok());
    // Qt-side input with NaN cannot be canonicalized either.
    QVERIFY(!jcs::canonicalize(QJsonValue(std::numeric_limits<double>::quiet_NaN())).ok());
}

QTEST_GUILESS_MAIN(TestJcs)
#include "TestJcs.moc"
