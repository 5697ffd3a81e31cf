// The shortcuts verification takes for speed must decide exactly as what they replace:
// the hand-written matchers of the schema patterns against std::regex (ECMAScript, as
// valijson uses it), StrictJsonParser::check against StrictJsonParser::parse, the
// credential date reader against the regular expression it replaced, and RFC 8785
// string output for text outside ASCII.

#include "badge/CredentialSummary.h"
#include "encoding/Base58.h"
#include "encoding/Base64.h"
#include "jcs/Jcs.h"
#include "jcs/StrictJsonParser.h"
#include "verify/SchemaCheck.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <regex>

using namespace credfolio;

namespace {

// Strings near the patterns' languages: mutated examples that match, and random strings
// over the characters the patterns care about. Seeded, so every run checks the same cases.
std::vector<std::string> candidates()
{
    const std::vector<std::string> seeds{
        "2024-01-01T00:00:00Z",
        "2024-02-29t23:59:60.123+05:30",
        "1999-12-31T12:00:00-00:00",
        "2024-13-01T00:00:00Z",
        "2024-01-01",
        "0000-10-31",
        "23:59:59.5Z",
        "00:00:00+23:59",
        "en",
        "en-US",
        "zh-Hant-TW",
        "es-419",
        "abcd-Latn-123",
        "eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJ4In0.c2ln",
        "a..b",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        "https://purl.imsglobal.org/spec/ob/v3p0/context.json",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1-3.0.2.json",
        "ext:MyType",
        "",
    };
    const std::string alphabet = "0123456789-:.TtZz+ aAeEnNuUsS_x/\n\xc3\xa9";
    QRandomGenerator random(20260601);
    std::vector<std::string> out = seeds;
    for (const std::string& seed : seeds) {
        for (int round = 0; round < 300; ++round) {
            std::string s = seed;
            const int edits = 1 + int(random.bounded(3));
            for (int e = 0; e < edits; ++e) {
                const char c = alphabet[random.bounded(int(alphabet.size()))];
                const size_t at = s.empty() ? 0 : random.bounded(int(s.size()) + 1);
                switch (random.bounded(3)) {
                case 0:
                    s.insert(s.begin() + qsizetype(at), c);
                    break;
                case 1:
                    if (at < s.size())
                        s[at] = c;
                    break;
                default:
                    if (at < s.size())
                        s.erase(at, 1);
                }
            }
            out.push_back(s);
        }
    }
    for (int i = 0; i < 2000; ++i) {
        std::string s;
        const int length = int(random.bounded(24));
        for (int k = 0; k < length; ++k)
            s.push_back(alphabet[random.bounded(int(alphabet.size()))]);
        out.push_back(s);
    }
    return out;
}

// The date reader as it was before, with a regular expression, as the reference.
QDateTime referenceDateTime(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})?$)"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    int msec = 0;
    if (!m.captured(7).isEmpty())
        msec = int(m.captured(7).mid(1).left(3).leftJustified(3, QLatin1Char('0')).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), msec);
    if (!date.isValid() || !time.isValid())
        return {};
    const QString zone = m.captured(8);
    int offsetSeconds = 0;
    if (zone.size() == 6) {
        const int hours = zone.mid(1, 2).toInt();
        const int minutes = zone.mid(4, 2).toInt();
        if (hours > 23 || minutes > 59)
            return {};
        offsetSeconds = (hours * 60 + minutes) * 60 * (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
    }
    return QDateTime(date, time, Qt::OffsetFromUTC, offsetSeconds).toUTC();
}

// Every Open Badges 3.0 credential among the fixtures, and variants of each with one member
// removed or given a value of another type.
QList<QJsonObject> schemaVariants()
{
    QList<QJsonObject> credentials;
    const QDir badges(QStringLiteral(CREDFOLIO_TEST_DATA "/verify/badges"));
    for (const QFileInfo& info : badges.entryInfoList({QStringLiteral("*.json"), QStringLiteral("*.jwt")}, QDir::Files)) {
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QByteArray bytes = file.readAll().trimmed();
        if (info.suffix() == QLatin1String("jwt")) {
            const QList<QByteArray> parts = bytes.split('.');
            if (parts.size() != 3)
                continue;
            bytes = QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding);
        }
        QJsonObject object = QJsonDocument::fromJson(bytes).object();
        if (object.value(QLatin1String("vc")).isObject())
            object = object.value(QLatin1String("vc")).toObject();
        if (!object.isEmpty())
            credentials.append(object);
    }
    const QList<QJsonValue> replacements{QJsonValue(42), QJsonValue(2.5), QJsonValue(3e9), QJsonValue(true),
        QJsonValue(QJsonValue::Null), QJsonValue(QStringLiteral("text")), QJsonArray{1, QStringLiteral("a")},
        QJsonObject{{QStringLiteral("id"), 7}}};
    QList<QJsonObject> variants;
    for (const QJsonObject& credential : std::as_const(credentials)) {
        variants.append(credential);
        for (const QString& key : credential.keys()) {
            QJsonObject removed = credential;
            removed.remove(key);
            variants.append(removed);
            for (const QJsonValue& replacement : replacements) {
                QJsonObject changed = credential;
                changed.insert(key, replacement);
                variants.append(changed);
            }
        }
        QJsonObject subject = credential.value(QLatin1String("credentialSubject")).toObject();
        for (const QString& key : subject.keys()) {
            for (const QJsonValue& replacement : replacements) {
                QJsonObject changedSubject = subject;
                changedSubject.insert(key, replacement);
                QJsonObject changed = credential;
                changed.insert(QStringLiteral("credentialSubject"), changedSubject);
                variants.append(changed);
            }
        }
    }
    return variants;
}

} // namespace

class TestVerifyFastPaths : public QObject {
    Q_OBJECT

private slots:
    void schemaPatternsMatchAsTheirRegex_data();
    void schemaPatternsMatchAsTheirRegex();
    void strictCheckDecidesAsParse_data();
    void strictCheckDecidesAsParse();
    void credentialDatesReadAsBefore();
    void jcsWritesNonAsciiStrings();
    void schemaAdapterDecidesAsValijsonQtAdapter();
    void schemaInstanceFromStrictParseIsIdentical();
    void encodingsDecodeWhatTheyEncode();
};

void TestVerifyFastPaths::schemaPatternsMatchAsTheirRegex_data()
{
    QTest::addColumn<QString>("pattern");
    const QStringList patterns = checks::handMatchedSchemaPatterns();
    // Its own three date patterns and the four of the bundled schemas that it knows.
    QCOMPARE(patterns.size(), 6);
    for (const QString& pattern : patterns)
        QTest::newRow(qPrintable(pattern.left(40))) << pattern;
}

void TestVerifyFastPaths::schemaPatternsMatchAsTheirRegex()
{
    QFETCH(QString, pattern);
    const std::regex regex(pattern.toStdString());
    int matches = 0;
    for (const std::string& text : candidates()) {
        const bool expected = std::regex_search(text, regex);
        matches += expected;
        if (checks::handMatchesSchemaPattern(pattern, text) != expected)
            QFAIL(qPrintable(QStringLiteral("\"%1\": the regex says %2").arg(QString::fromStdString(text)).arg(expected)));
    }
    QVERIFY2(matches > 0, "no candidate matches: the comparison proves nothing");
}

void TestVerifyFastPaths::strictCheckDecidesAsParse_data()
{
    QTest::addColumn<QByteArray>("json");
    QByteArray large = "{";
    for (int i = 0; i < 40; ++i)
        large += "\"k" + QByteArray::number(i) + "\":" + QByteArray::number(i) + ",";
    QTest::newRow("object") << QByteArray(R"({"a":1,"b":[true,false,null],"c":{"d":"e"}})");
    QTest::newRow("array") << QByteArray("[1, 2.5e3, -0]");
    QTest::newRow("string") << QByteArray(R"("text")");
    QTest::newRow("number") << QByteArray("  42  ");
    QTest::newRow("duplicate") << QByteArray(R"({"a":1,"a":2})");
    QTest::newRow("duplicate by escape") << QByteArray(R"({"a":1,"\u0061":2})");
    QTest::newRow("duplicate both escaped") << QByteArray(R"({"\u00e9":1,"\u00E9":2})");
    QTest::newRow("duplicate escaped and UTF-8") << QByteArray("{\"\\u00e9\":1,\"\xc3\xa9\":2}");
    QTest::newRow("escapes differ") << QByteArray(R"({"\n":1,"\t":2})");
    QTest::newRow("large, no duplicate") << QByteArray(large + "\"end\":0}");
    QTest::newRow("large, duplicate") << QByteArray(large + "\"k3\":0}");
    QTest::newRow("large, escaped duplicate") << QByteArray(large + "\"\\u006b7\":0}");
    QTest::newRow("invalid UTF-8") << QByteArray("{\"a\":\"\xc3\x28\"}");
    QTest::newRow("overlong UTF-8") << QByteArray("[\"\xc0\xaf\"]");
    QTest::newRow("lone surrogate") << QByteArray(R"(["\ud800"])");
    QTest::newRow("surrogate pair") << QByteArray(R"(["\ud83d\ude00"])");
    QTest::newRow("control character") << QByteArray("[\"a\x01\"]");
    QTest::newRow("number out of range") << QByteArray("[1e400]");
    QTest::newRow("trailing data") << QByteArray("{} {}");
    QTest::newRow("byte-order mark") << QByteArray("\xef\xbb\xbf{}");
    QTest::newRow("too deep") << QByteArray(70, '[') + QByteArray(70, ']');
    QTest::newRow("truncated") << QByteArray(R"({"a":[1,2)");
    QTest::newRow("empty") << QByteArray();
}

void TestVerifyFastPaths::strictCheckDecidesAsParse()
{
    QFETCH(QByteArray, json);
    const auto parsed = StrictJsonParser::parse(json);
    const auto checked = StrictJsonParser::check(json);
    QCOMPARE(checked.ok(), parsed.ok());
    if (parsed.ok())
        QCOMPARE(int(checked.value()), int(parsed->type()));
    else
        QCOMPARE(checked.error(), parsed.error());
}

void TestVerifyFastPaths::credentialDatesReadAsBefore()
{
    QStringList texts{QStringLiteral("2024-01-01T00:00:00Z"), QStringLiteral("2024-01-01T00:00:00"),
        QStringLiteral("2024-01-01T00:00:00Z\n"), QStringLiteral("2024-01-01T00:00:00Z\n\n"),
        QStringLiteral("2024-02-30T00:00:00Z"), QStringLiteral("2024-01-01T24:00:00Z"), QStringLiteral("2024-01-01T23:59:60Z"),
        QStringLiteral("2024-01-01T10:00:00.5+02:00"), QStringLiteral("2024-01-01T10:00:00.123456-11:30"),
        QStringLiteral("2024-01-01T10:00:00+24:00"), QStringLiteral("2024-01-01T10:00:00+02:60"),
        QStringLiteral("2024-01-01t10:00:00z"), QStringLiteral("2024-01-01 10:00:00Z"), QStringLiteral("2024-1-01T10:00:00Z"),
        QString()};
    for (const std::string& text : candidates())
        texts.append(QString::fromStdString(text));
    for (const QString& text : texts) {
        const QDateTime expected = referenceDateTime(text);
        const QDateTime actual = parseCredentialDateTime(text);
        QVERIFY2(actual.isValid() == expected.isValid() && (!expected.isValid() || actual == expected),
            qPrintable(QStringLiteral("\"%1\": %2 instead of %3")
                           .arg(text, actual.toString(Qt::ISODateWithMs), expected.toString(Qt::ISODateWithMs))));
    }
}

void TestVerifyFastPaths::jcsWritesNonAsciiStrings()
{
    // RFC 8785 3.2.2.2: UTF-8, only '"', '\\' and control characters escaped.
    const auto out =
        jcs::canonicalize(QByteArrayView("{\"b\":\"caf\\u00e9 \\ud83d\\ude00\\u001f\\\"\\\\/\x7f\",\"a\":\"\xe2\x82\xac\"}"));
    QVERIFY2(out.ok(), qPrintable(out.error()));
    QCOMPARE(out.value(), QByteArray("{\"a\":\"\xe2\x82\xac\",\"b\":\"caf\xc3\xa9 \xf0\x9f\x98\x80\\u001f\\\"\\\\/\x7f\"}"));
}

// Every Open Badges 3.0 credential among the fixtures, and variants of each with one member
// removed or given a value of another type, validated through valijson's Qt adapter and
// through the adapter the schema check uses: same verdict, same problems.
void TestVerifyFastPaths::schemaAdapterDecidesAsValijsonQtAdapter()
{
    const QList<QJsonObject> variants = schemaVariants();
    int compared = 0;
    int failing = 0;
    for (const QJsonObject& variant : std::as_const(variants)) {
        const auto reference = checks::schemaProblemsForTest(variant, true);
        const auto ours = checks::schemaProblemsForTest(variant, false);
        QCOMPARE(ours.ok(), reference.ok());
        if (!reference.ok()) {
            QCOMPARE(ours.error(), reference.error());
            continue;
        }
        ++compared;
        failing += !reference->isEmpty();
        QCOMPARE(ours.value(), reference.value());
    }
    // The comparison covers conforming and non-conforming credentials alike.
    QVERIFY2(compared > 500, qPrintable(QString::number(compared)));
    QVERIFY(failing > 100);
    QVERIFY(compared - failing > 20);
}

// The schema check builds its instance from the strictly parsed text when it has it: the
// node must be the one it builds from Qt's reading of the same text, field for field
// (member order, numbers as integers or not, long strings cut), or it must decline.
void TestVerifyFastPaths::schemaInstanceFromStrictParseIsIdentical()
{
    int compared = 0;
    for (const QJsonObject& variant : schemaVariants()) {
        const auto same = checks::schemaInstanceFromTextIsIdenticalForTest(QJsonDocument(variant).toJson());
        if (!same.ok() && same.error() != QLatin1String("declined"))
            continue; // a variant without a type of the bundled schemas
        QVERIFY2(same.ok(), qPrintable(same.ok() ? QString() : same.error()));
        QVERIFY(same.value());
        ++compared;
    }
    QVERIFY2(compared > 500, qPrintable(QString::number(compared)));

    // Numbers as Qt's parser types them (qint64 when whole and written without fraction or
    // exponent, else double), long and non-ASCII strings, nested arrays, written by hand.
    const QByteArray base =
        R"({"@context":["https://www.w3.org/ns/credentials/v2"],"type":["VerifiableCredential","OpenBadgeCredential"],"issuer":{"id":"https://example.org/i","type":["Profile"]},"validFrom":"2024-01-01T00:00:00Z","credentialSubject":{"type":["AchievementSubject"],"achievement":{"id":"https://example.org/a","type":["Achievement"],"name":"A","criteria":{"narrative":"n"},"description":"d"},"x":X}})";
    const QByteArray longString = '"' + QByteArray(5000, 'a') + "\\u00e9" + QByteArray(10, 'b') + '"';
    const QList<QByteArray> values{"0", "1", "-1", "1.0", "1.5", "1e2", "1E+2", "2147483647", "2147483648", "-2147483648",
        "-2147483649", "9007199254740993", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
        "123456789012345678901234567890", "0.1", "5e-324", "1.7976931348623157e308", "-0.5", "[1, [2.5, [\"x\"]], {}]",
        "{\"b\": 1, \"a\": 2, \"B\": [], \"_\": null, \"a b\": true}", "\"caf\\u00e9 \\ud83d\\ude00\"", R"("\u0000\t\\\"")",
        longString, "[" + longString + "]"};
    for (const QByteArray& value : values) {
        QByteArray text = base;
        text.replace("X", value);
        const auto same = checks::schemaInstanceFromTextIsIdenticalForTest(text);
        QVERIFY2(same.ok(), text.constData());
        QVERIFY2(same.value(), text.constData());
    }
    // Declined: negative zero (Qt reads "-0" as the integer 0) and member names outside ASCII.
    for (const QByteArray& value : {QByteArray("-0"), QByteArray("-0.0"), QByteArray("{\"\\u00e9\": 1}")}) {
        QByteArray text = base;
        text.replace("X", value);
        const auto same = checks::schemaInstanceFromTextIsIdenticalForTest(text);
        QVERIFY2(!same.ok() && same.error() == QLatin1String("declined"), text.constData());
    }
}

// The block-wise base64url and base58btc decoders against Qt's base64 and our (unchanged)
// base58 encoder, on random data with and without leading zero bytes.
void TestVerifyFastPaths::encodingsDecodeWhatTheyEncode()
{
    QRandomGenerator random(20260602);
    for (int round = 0; round < 2000; ++round) {
        QByteArray data(int(random.bounded(70)), Qt::Uninitialized);
        for (char& c : data)
            c = char(random.bounded(256));
        if (round % 3 == 0 && !data.isEmpty())
            data[0] = 0;
        if (round % 5 == 0 && data.size() > 1)
            data[1] = 0;
        const QByteArray url = data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const auto decodedUrl = base64url::decode(url);
        QVERIFY2(decodedUrl.ok() && decodedUrl.value() == data, url.constData());
        const auto decodedStd = base64::decode(data.toBase64());
        QVERIFY2(decodedStd.ok() && decodedStd.value() == data, data.toBase64().constData());
        const QByteArray b58 = base58btc::encode(data);
        const auto decoded58 = base58btc::decode(b58);
        QVERIFY2(decoded58.ok() && decoded58.value() == data, b58.constData());
    }
    // Refusals keep their positions and reasons.
    QCOMPARE(base64url::decode("abc*efgh").error(),
        QStringLiteral("base64url text contains a character outside its alphabet at position 3"));
    QCOMPARE(base64url::decode("abcdef*").error(),
        QStringLiteral("base64url text contains a character outside its alphabet at position 6"));
    QCOMPARE(base64url::decode("ab").error(), QStringLiteral("base64url text has non-zero trailing bits (not canonical)"));
    QCOMPARE(base64url::decode("abd").error(), QStringLiteral("base64url text has non-zero trailing bits (not canonical)"));
    QVERIFY(base64url::decode("aQ").ok());
    QCOMPARE(base64url::decode("abcde").error(), QStringLiteral("base64url text has an impossible length"));
    QCOMPARE(base58btc::decode("1112l").error(),
        QStringLiteral("base58 text contains a character outside its alphabet at position 4"));
    QCOMPARE(base58btc::decode("111").value(), QByteArray(3, '\0'));
}

QTEST_GUILESS_MAIN(TestVerifyFastPaths)
#include "TestVerifyFastPaths.moc"
