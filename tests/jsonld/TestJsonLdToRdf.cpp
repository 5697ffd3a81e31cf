// Runs the W3C JSON-LD 1.1 toRdf suite (tests/data/json-ld-toRdf/) against jsonld::toRdf.
// Selected: every test for JSON-LD 1.1 processing (tests limited to json-ld-1.0, or run in
// processing mode json-ld-1.0, are left out; none needs a remote document beyond the suite's
// own files, which the loader serves from the folder). Positive tests compare datasets up to
// blank node relabelling (both sides canonicalized with RDFC-1.0); negative tests must fail.
// Every failing test is listed; the test fails below the 90% floor.

#include "jsonld/JsonLd.h"
#include "rdf/Canonicalizer.h"
#include "rdf/NQuads.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

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

// Language tags compare case-insensitively (RDF 1.1 Concepts 3.3); xsd:string is implicit.
rdf::Dataset normalized(rdf::Dataset dataset)
{
    for (rdf::Quad& q : dataset) {
        q.object.language = q.object.language.toLower();
        if (q.object.datatype == QLatin1String("http://www.w3.org/2001/XMLSchema#string"))
            q.object.datatype.clear();
    }
    return dataset;
}

Result<QByteArray> canonical(const rdf::Dataset& dataset)
{
    auto out = rdf::Canonicalizer::canonicalize(normalized(dataset));
    if (!out)
        return Result<QByteArray>::failure(out.error());
    return out->nquads;
}

} // namespace

class TestJsonLdToRdf : public QObject {
    Q_OBJECT

private slots:
    void w3cSuite();
};

void TestJsonLdToRdf::w3cSuite()
{
    auto manifest = readJson(suiteDir + QLatin1String("toRdf-manifest.jsonld"));
    QVERIFY2(manifest.ok(), qPrintable(manifest.error()));
    const QString baseIri = manifest->toObject().value(QLatin1String("baseIri")).toString();
    QCOMPARE(baseIri, QStringLiteral("https://w3c.github.io/json-ld-api/tests/"));

    // The suite's own files, and nothing else.
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
        const QStringList types = [&] {
            QStringList list;
            const QJsonArray t = test.value(QLatin1String("@type")).toArray();
            for (const QJsonValue& v : t)
                list.append(v.toString());
            return list;
        }();

        jsonld::Options options;
        options.base =
            option.contains(QLatin1String("base")) ? option.value(QLatin1String("base")).toString() : baseIri + inputName;
        options.loader = loader;
        options.produceGeneralizedRdf = option.value(QLatin1String("produceGeneralizedRdf")).toBool();
        options.rdfDirection = option.value(QLatin1String("rdfDirection")).toString();
        if (option.contains(QLatin1String("expandContext"))) {
            auto context = readJson(suiteDir + option.value(QLatin1String("expandContext")).toString());
            QVERIFY2(context.ok(), qPrintable(context.error()));
            options.expandContext = context.value();
        }

        auto input = readJson(suiteDir + inputName);
        QString failure;
        if (!input) {
            failure = QStringLiteral("unreadable input: ") + input.error();
        } else if (types.contains(QLatin1String("jld:NegativeEvaluationTest"))) {
            auto result = jsonld::toRdf(input.value(), options);
            if (result)
                failure = QStringLiteral("succeeded, expected error \"%1\"")
                              .arg(test.value(QLatin1String("expectErrorCode")).toString());
            else if (!result.error().contains(test.value(QLatin1String("expectErrorCode")).toString()))
                otherCodes.append(id + QLatin1String(" (") + result.error() + QLatin1Char(')'));
        } else {
            auto result = jsonld::toRdf(input.value(), options);
            if (!result) {
                failure = result.error();
            } else if (types.contains(QLatin1String("jld:PositiveEvaluationTest"))) {
                QFile expectFile(suiteDir + test.value(QLatin1String("expect")).toString());
                QVERIFY(expectFile.open(QIODevice::ReadOnly));
                auto expected = rdf::nquads::parse(QString::fromUtf8(expectFile.readAll()));
                QVERIFY2(expected.ok(), qPrintable(id + QLatin1String(": ") + expected.error()));
                auto want = canonical(expected.value());
                auto got = canonical(result.value());
                if (!want || !got)
                    failure = QStringLiteral("canonicalization failed: ") + want.error() + got.error();
                else if (want.value() != got.value())
                    failure = QStringLiteral("datasets differ\n--- expected\n%1--- produced\n%2")
                                  .arg(QString::fromUtf8(want.value()), QString::fromUtf8(got.value()));
            }
        }
        if (failure.isEmpty()) {
            ++passed;
        } else {
            failures.append(id);
            qInfo().noquote() << "FAIL" << id << test.value(QLatin1String("name")).toString() << "--" << failure;
        }
    }
    qInfo().noquote() << QStringLiteral("toRdf suite: %1/%2 selected tests passed (%3 not for JSON-LD 1.1)")
                             .arg(passed)
                             .arg(selected)
                             .arg(tests.size() - selected);
    if (!failures.isEmpty())
        qInfo().noquote() << "failing:" << failures.join(QLatin1Char(' '));
    for (const QString& other : std::as_const(otherCodes))
        qInfo().noquote() << "error code differs (still a pass):" << other;
    QVERIFY(selected > 400);
    QVERIFY2(passed * 100 >= selected * 90, "below the 90% floor of issue 4");
}

QTEST_GUILESS_MAIN(TestJsonLdToRdf)
#include "TestJsonLdToRdf.moc"
