// Runs the W3C JSON-LD 1.1 expand suite (tests/data/json-ld-toRdf/expand-manifest.jsonld)
// against jsonld::expand: the same selection as the toRdf runner (JSON-LD 1.1 processing
// only), expanded output compared as JSON with arrays unordered except @list values (the
// suite's rule) and language tags case-insensitive. Every failing test is listed; the test
// fails below 90%.

#include "jsonld/JsonLd.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <vector>

using namespace credfolio;

namespace {

const QString suiteDir = QStringLiteral(CREDFOLIO_TEST_DATA "/json-ld-toRdf/");

Result<QJsonValue> readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QJsonValue>::failure(QStringLiteral("cannot open ") + path);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return Result<QJsonValue>::failure(error.errorString());
    if (doc.isArray())
        return QJsonValue(doc.array());
    return QJsonValue(doc.object());
}

bool sameLd(const QJsonValue& a, const QJsonValue& b, bool ordered, bool language = false);

bool sameArrays(const QJsonArray& a, const QJsonArray& b, bool ordered)
{
    if (a.size() != b.size())
        return false;
    if (ordered) {
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!sameLd(a.at(i), b.at(i), false))
                return false;
        }
        return true;
    }
    std::vector<bool> used(b.size(), false);
    for (const QJsonValue& item : a) {
        bool found = false;
        for (qsizetype j = 0; j < b.size() && !found; ++j) {
            if (!used[j] && sameLd(item, b.at(j), false)) {
                used[j] = true;
                found = true;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

bool sameLd(const QJsonValue& a, const QJsonValue& b, bool ordered, bool language)
{
    if (a.isArray() && b.isArray())
        return sameArrays(a.toArray(), b.toArray(), ordered);
    if (a.isObject() && b.isObject()) {
        const QJsonObject oa = a.toObject();
        const QJsonObject ob = b.toObject();
        if (oa.keys() != ob.keys())
            return false;
        for (auto it = oa.constBegin(); it != oa.constEnd(); ++it) {
            const bool isValue = oa.contains(QLatin1String("@value"));
            // The contents of a JSON literal are data, compared exactly.
            if (isValue && it.key() == QLatin1String("@value") && oa.value(QLatin1String("@type")) == QLatin1String("@json")) {
                if (it.value() != ob.value(it.key()))
                    return false;
                continue;
            }
            if (!sameLd(
                    it.value(), ob.value(it.key()), it.key() == QLatin1String("@list"), it.key() == QLatin1String("@language")))
                return false;
        }
        return true;
    }
    if (language && a.isString() && b.isString())
        return a.toString().compare(b.toString(), Qt::CaseInsensitive) == 0;
    return a == b;
}

} // namespace

class TestJsonLdExpand : public QObject {
    Q_OBJECT

private slots:
    void w3cSuite();
};

void TestJsonLdExpand::w3cSuite()
{
    auto manifest = readJson(suiteDir + QLatin1String("expand-manifest.jsonld"));
    QVERIFY2(manifest.ok(), qPrintable(manifest.error()));
    const QString baseIri = manifest->toObject().value(QLatin1String("baseIri")).toString();
    QCOMPARE(baseIri, QStringLiteral("https://w3c.github.io/json-ld-api/tests/"));

    jsonld::DocumentLoader loader = [&](const QString& url) -> Result<QJsonValue> {
        if (!url.startsWith(baseIri))
            return Result<QJsonValue>::failure(QStringLiteral("not a suite document: ") + url);
        return readJson(suiteDir + url.mid(baseIri.size()));
    };

    int selected = 0;
    int passed = 0;
    QStringList failures;
    QStringList otherCodes; // negative tests that failed, but not with the expected error code
    const QJsonArray tests = manifest->toObject().value(QLatin1String("sequence")).toArray();
    for (const QJsonValue& entry : tests) {
        const QJsonObject test = entry.toObject();
        const QJsonObject option = test.value(QLatin1String("option")).toObject();
        if (option.value(QLatin1String("specVersion")) == QLatin1String("json-ld-1.0")
            || option.value(QLatin1String("processingMode")) == QLatin1String("json-ld-1.0"))
            continue;
        ++selected;
        const QString id = test.value(QLatin1String("@id")).toString();
        const QString inputName = test.value(QLatin1String("input")).toString();
        const bool negative =
            test.value(QLatin1String("@type")).toArray().contains(QJsonValue(QStringLiteral("jld:NegativeEvaluationTest")));

        jsonld::Options options;
        options.base =
            option.contains(QLatin1String("base")) ? option.value(QLatin1String("base")).toString() : baseIri + inputName;
        options.loader = loader;
        if (option.contains(QLatin1String("expandContext"))) {
            auto context = readJson(suiteDir + option.value(QLatin1String("expandContext")).toString());
            QVERIFY2(context.ok(), qPrintable(context.error()));
            options.expandContext = context.value();
        }

        auto input = readJson(suiteDir + inputName);
        QString failure;
        if (!input) {
            failure = QStringLiteral("unreadable input: ") + input.error();
        } else {
            auto result = jsonld::expand(input.value(), options);
            if (negative) {
                if (result)
                    failure = QStringLiteral("succeeded, expected error \"%1\"")
                                  .arg(test.value(QLatin1String("expectErrorCode")).toString());
                else if (!result.error().contains(test.value(QLatin1String("expectErrorCode")).toString()))
                    otherCodes.append(id + QLatin1String(" (") + result.error() + QLatin1Char(')'));
            } else if (!result) {
                failure = result.error();
            } else {
                auto expected = readJson(suiteDir + test.value(QLatin1String("expect")).toString());
                QVERIFY2(expected.ok(), qPrintable(expected.error()));
                if (!sameLd(result.value(), expected.value(), false))
                    failure = QStringLiteral("output differs\n--- expected\n%1\n--- produced\n%2")
                                  .arg(QString::fromUtf8(QJsonDocument(expected->toArray()).toJson()),
                                      QString::fromUtf8(QJsonDocument(result->toArray()).toJson()));
            }
        }
        if (failure.isEmpty()) {
            ++passed;
        } else {
            failures.append(id);
            qInfo().noquote() << "FAIL" << id << test.value(QLatin1String("name")).toString() << "--" << failure;
        }
    }
    qInfo().noquote() << QStringLiteral("expand suite: %1/%2 selected tests passed (%3 not for JSON-LD 1.1)")
                             .arg(passed)
                             .arg(selected)
                             .arg(tests.size() - selected);
    if (!failures.isEmpty())
        qInfo().noquote() << "failing:" << failures.join(QLatin1Char(' '));
    for (const QString& other : std::as_const(otherCodes))
        qInfo().noquote() << "error code differs (still a pass):" << other;
    QVERIFY(selected > 350);
    QVERIFY2(passed * 100 >= selected * 90, "below 90%");
}

QTEST_GUILESS_MAIN(TestJsonLdExpand)
#include "TestJsonLdExpand.moc"
