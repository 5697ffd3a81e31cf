// The JSON-LD processor on credential-shaped input with the bundled offline loader: every
// bundled URL loads, anything else fails naming the URL, the Open Badges / CLR / VC-DI
// vectors canonicalize to their upstream N-Quads, and hostile contexts stop with an error.

#include "jsonld/BundledContexts.h"
#include "jsonld/JsonLd.h"
#include "rdf/Canonicalizer.h"
#include "rdf/NQuads.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <thread>

using namespace credfolio;

namespace {

const QString dataDir = QStringLiteral(CREDFOLIO_TEST_DATA "/jsonld/");

QByteArray readFile(const QString& name)
{
    QFile file(dataDir + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QJsonObject readObject(const QString& name)
{
    return QJsonDocument::fromJson(readFile(name)).object();
}

Result<QByteArray> canonicalNQuads(const QJsonObject& document)
{
    auto dataset = jsonld::toRdf(document, jsonld::offlineOptions());
    if (!dataset)
        return Result<QByteArray>::failure(dataset.error());
    auto canonical = rdf::Canonicalizer::canonicalize(dataset.value());
    if (!canonical)
        return Result<QByteArray>::failure(canonical.error());
    return canonical->nquads;
}

// Proof options are canonicalized with the secured document's @context (Data Integrity).
QJsonObject withContext(QJsonObject proofOptions, const QJsonObject& document)
{
    proofOptions.insert(QStringLiteral("@context"), document.value(QLatin1String("@context")));
    return proofOptions;
}

QJsonObject ob3Credential()
{
    return readObject(QStringLiteral("ob3-credential.json"));
}

bool hasQuad(const rdf::Dataset& dataset, const QString& subject, const QString& predicate, const QString& object)
{
    for (const rdf::Quad& q : dataset) {
        if (q.subject.value == subject && q.predicate.value == predicate && q.object.value == object)
            return true;
    }
    return false;
}

} // namespace

class TestJsonLd : public QObject {
    Q_OBJECT

private slots:
    void everyBundledUrlLoads();
    void publishedNamesAreBundled_data();
    void publishedNamesAreBundled();
    void unknownContextFailsNamingIt();
    void credentialToRdf();
    void credentialWithUnknownContext();
    void canonicalVectors_data();
    void canonicalVectors();
    void proofOptionVectors_data();
    void proofOptionVectors();
    void recursiveContextsFail();
    void deepNestingFails();
    void typedNumbers();
    void parallelConversionsAgree();
};

void TestJsonLd::everyBundledUrlLoads()
{
    const QStringList urls = jsonld::bundledContextUrls();
    QVERIFY(urls.size() >= 25);
    const jsonld::DocumentLoader loader = jsonld::bundledLoader();
    for (const QString& url : urls) {
        auto document = loader(url);
        QVERIFY2(document.ok(), qPrintable(url + QLatin1String(": ") + document.error()));
        QVERIFY2(document->toObject().contains(QLatin1String("@context")), qPrintable(url));
        // Each context is processable on its own.
        QJsonObject probe{{QStringLiteral("@context"), url}, {QStringLiteral("@id"), QStringLiteral("urn:x:1")}};
        auto expanded = jsonld::expand(probe, jsonld::offlineOptions());
        QVERIFY2(expanded.ok(), qPrintable(url + QLatin1String(": ") + expanded.error()));
    }
}

void TestJsonLd::publishedNamesAreBundled_data()
{
    QTest::addColumn<QString>("url");
    const char* urls[] = {
        "https://www.w3.org/2018/credentials/v1",
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context.json",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json",
        "https://purl.imsglobal.org/spec/clr/v2p0/context.json",
        "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json",
        "https://w3id.org/security/data-integrity/v1",
        "https://w3id.org/security/data-integrity/v2",
        "https://w3id.org/security/multikey/v1",
        "https://w3id.org/security/suites/ed25519-2020/v1",
        "https://w3id.org/security/suites/jws-2020/v1",
        "https://w3id.org/security/v1",
        "https://w3id.org/security/v2",
        "https://w3id.org/vc/status-list/2021/v1",
        "https://www.w3.org/ns/credentials/status/v1",
        "https://www.w3.org/ns/did/v1",
    };
    for (const char* url : urls)
        QTest::newRow(url) << QString::fromLatin1(url);
}

void TestJsonLd::publishedNamesAreBundled()
{
    QFETCH(QString, url);
    auto document = jsonld::bundledLoader()(url);
    QVERIFY2(document.ok(), qPrintable(document.error()));
    const QJsonValue context = document->toObject().value(QLatin1String("@context"));
    QVERIFY(context.isObject() || context.isArray()); // security/v2 builds on security/v1
}

void TestJsonLd::unknownContextFailsNamingIt()
{
    const QString url = QStringLiteral("https://example.org/contexts/unknown.jsonld");
    auto document = jsonld::bundledLoader()(url);
    QVERIFY(!document.ok());
    QVERIFY2(document.error().contains(url), qPrintable(document.error()));
    // Near misses are not served either: exact URLs only.
    QVERIFY(!jsonld::bundledLoader()(QStringLiteral("http://www.w3.org/ns/credentials/v2")).ok());
    QVERIFY(!jsonld::bundledLoader()(QStringLiteral("https://www.w3.org/ns/credentials/v2/")).ok());
}

void TestJsonLd::credentialToRdf()
{
    auto dataset = jsonld::toRdf(ob3Credential(), jsonld::offlineOptions());
    QVERIFY2(dataset.ok(), qPrintable(dataset.error()));
    const QString id = QStringLiteral("urn:uuid:a63a60be-f4af-491c-87fc-2c8fd3007a58");
    const QString rdfType = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    QVERIFY(hasQuad(*dataset, id, rdfType, QStringLiteral("https://www.w3.org/2018/credentials#VerifiableCredential")));
    QVERIFY(
        hasQuad(*dataset, id, rdfType, QStringLiteral("https://purl.imsglobal.org/spec/vc/ob/vocab.html#OpenBadgeCredential")));
    QVERIFY(hasQuad(*dataset, id, QStringLiteral("https://www.w3.org/2018/credentials#issuer"),
        QStringLiteral("https://example.edu/issuers/565049")));
    QVERIFY(hasQuad(*dataset, QStringLiteral("https://example.edu/achievements/1"), QStringLiteral("https://schema.org/name"),
        QStringLiteral("Quantum knitting")));
    // validFrom is an xsd:dateTime literal.
    bool typedDate = false;
    for (const rdf::Quad& q : *dataset) {
        if (q.predicate.value == QLatin1String("https://www.w3.org/2018/credentials#validFrom"))
            typedDate = q.object.datatype == QLatin1String("http://www.w3.org/2001/XMLSchema#dateTime");
    }
    QVERIFY(typedDate);
}

void TestJsonLd::credentialWithUnknownContext()
{
    QJsonObject credential = ob3Credential();
    QJsonArray contexts = credential.value(QLatin1String("@context")).toArray();
    contexts.append(QStringLiteral("https://example.org/my-own-context.json"));
    credential.insert(QStringLiteral("@context"), contexts);
    jsonld::Failure failure;
    auto dataset = jsonld::toRdf(credential, jsonld::offlineOptions(), &failure);
    QVERIFY(!dataset.ok());
    QCOMPARE(failure.code, QStringLiteral("loading remote context failed"));
    QCOMPARE(failure.context, QStringLiteral("https://example.org/my-own-context.json"));
    QVERIFY2(dataset.error().contains(QLatin1String("https://example.org/my-own-context.json")), qPrintable(dataset.error()));
}

void TestJsonLd::canonicalVectors_data()
{
    QTest::addColumn<QJsonObject>("document");
    QTest::addColumn<QByteArray>("expected");
    const QJsonObject ob3 = readObject(QStringLiteral("ob3-ldp-vector.json"));
    const QJsonObject clr2 = readObject(QStringLiteral("clr2-ldp-vector.json"));
    QTest::newRow("ob3-spec unsignedDocument") << ob3.value(QLatin1String("unsignedDocument")).toObject()
                                               << ob3.value(QLatin1String("canonicalDocument")).toString().toUtf8();
    QTest::newRow("clr2-spec unsignedDocument") << clr2.value(QLatin1String("unsignedDocument")).toObject()
                                                << clr2.value(QLatin1String("canonicalDocument")).toString().toUtf8();
    QTest::newRow("vc-di-eddsa unsigned.json")
        << readObject(QStringLiteral("vc-di-eddsa-unsigned.json")) << readFile(QStringLiteral("vc-di-eddsa-canonDocDataInt.txt"));
}

void TestJsonLd::canonicalVectors()
{
    QFETCH(QJsonObject, document);
    QFETCH(QByteArray, expected);
    QVERIFY(!document.isEmpty());
    QVERIFY(!expected.isEmpty());
    auto nquads = canonicalNQuads(document);
    QVERIFY2(nquads.ok(), qPrintable(nquads.error()));
    QCOMPARE(nquads.value(), expected);
}

void TestJsonLd::proofOptionVectors_data()
{
    QTest::addColumn<QJsonObject>("options");
    QTest::addColumn<QByteArray>("expected");
    const QJsonObject ob3 = readObject(QStringLiteral("ob3-ldp-vector.json"));
    QTest::newRow("ob3-spec proofOptions") << withContext(
        ob3.value(QLatin1String("proofOptions")).toObject(), ob3.value(QLatin1String("unsignedDocument")).toObject())
                                           << ob3.value(QLatin1String("canonicalProofOptions")).toString().toUtf8();
    const QJsonObject clr2 = readObject(QStringLiteral("clr2-ldp-vector.json"));
    QTest::newRow("clr2-spec proofOptions") << withContext(
        clr2.value(QLatin1String("proofOptions")).toObject(), clr2.value(QLatin1String("unsignedDocument")).toObject())
                                            << clr2.value(QLatin1String("canonicalProofOptions")).toString().toUtf8();
    QTest::newRow("vc-di-eddsa eddsa-rdfc-2022 proofConfig") << readObject(QStringLiteral("vc-di-eddsa-proofConfigDataInt.json"))
                                                             << readFile(QStringLiteral("vc-di-eddsa-proofCanonDataInt.txt"));
    QTest::newRow("vc-di-eddsa Ed25519Signature2020 proofConfig") << readObject(
        QStringLiteral("vc-di-eddsa-proofConfigEdSig.json")) << readFile(QStringLiteral("vc-di-eddsa-proofCanonEdSig.txt"));
}

void TestJsonLd::proofOptionVectors()
{
    QFETCH(QJsonObject, options);
    QFETCH(QByteArray, expected);
    QVERIFY(!expected.isEmpty());
    auto nquads = canonicalNQuads(options);
    QVERIFY2(nquads.ok(), qPrintable(nquads.error()));
    // Some upstream files end without the final newline.
    QCOMPARE(nquads.value().trimmed(), expected.trimmed());
}

void TestJsonLd::recursiveContextsFail()
{
    jsonld::Options options;
    options.loader = [](const QString& url) -> Result<QJsonValue> {
        if (url == QLatin1String("https://a.example/ctx"))
            return QJsonValue(QJsonObject{{QStringLiteral("@context"), QStringLiteral("https://b.example/ctx")}});
        if (url == QLatin1String("https://b.example/ctx"))
            return QJsonValue(QJsonObject{{QStringLiteral("@context"), QStringLiteral("https://a.example/ctx")}});
        if (url == QLatin1String("https://c.example/ctx"))
            return QJsonValue(QJsonObject{
                {QStringLiteral("@context"), QJsonObject{{QStringLiteral("@import"), QStringLiteral("https://c.example/ctx")}}}});
        return Result<QJsonValue>::failure(url);
    };
    jsonld::Failure failure;
    auto cyclic =
        jsonld::toRdf(QJsonObject{{QStringLiteral("@context"), QStringLiteral("https://a.example/ctx")}}, options, &failure);
    QVERIFY(!cyclic.ok());
    QCOMPARE(failure.code, QStringLiteral("recursive context inclusion"));
    QVERIFY(failure.context.isEmpty());
    QVERIFY2(cyclic.error().contains(QLatin1String("recursive context inclusion")), qPrintable(cyclic.error()));
    auto imports = jsonld::toRdf(QJsonObject{{QStringLiteral("@context"), QStringLiteral("https://c.example/ctx")}}, options);
    QVERIFY(!imports.ok());

    // A chain of distinct contexts longer than the limit is refused too.
    options.loader = [](const QString& url) -> Result<QJsonValue> {
        const int n = url.section(QLatin1Char('/'), -1).toInt();
        return QJsonValue(QJsonObject{{QStringLiteral("@context"), QStringLiteral("https://d.example/%1").arg(n + 1)}});
    };
    auto chain = jsonld::toRdf(QJsonObject{{QStringLiteral("@context"), QStringLiteral("https://d.example/0")}}, options);
    QVERIFY(!chain.ok());
    QVERIFY2(chain.error().contains(QLatin1String("context overflow")), qPrintable(chain.error()));
}

void TestJsonLd::deepNestingFails()
{
    QJsonObject node{{QStringLiteral("http://example.org/p"), QStringLiteral("leaf")}};
    for (int i = 0; i < 300; ++i)
        node = QJsonObject{{QStringLiteral("http://example.org/p"), node}};
    auto result = jsonld::toRdf(node, jsonld::Options());
    QVERIFY(!result.ok());
}

void TestJsonLd::typedNumbers()
{
    const QJsonObject doc = readObject(QStringLiteral("literals.json"));
    auto dataset = jsonld::toRdf(doc, jsonld::Options());
    QVERIFY2(dataset.ok(), qPrintable(dataset.error()));
    auto nquads = rdf::Canonicalizer::canonicalize(dataset.value());
    QVERIFY(nquads.ok());
    const QByteArray text = nquads->nquads;
    QVERIFY2(text.contains("\"1.1E0\"^^<http://www.w3.org/2001/XMLSchema#double>"), text.constData());
    QVERIFY(text.contains("\"42\"^^<http://www.w3.org/2001/XMLSchema#integer>"));
    QVERIFY(text.contains("\"true\"^^<http://www.w3.org/2001/XMLSchema#boolean>"));
    QVERIFY(text.contains("\"5.0E0\"^^<http://www.w3.org/2001/XMLSchema#double>"));
    QVERIFY(text.contains("\"{\\\"a\\\":[true,null],\\\"b\\\":1}\"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON>"));
}

void TestJsonLd::parallelConversionsAgree()
{
    // Worker threads share the bundled documents and the processed-context cache.
    const QJsonObject document =
        readObject(QStringLiteral("ob3-ldp-vector.json")).value(QLatin1String("unsignedDocument")).toObject();
    auto reference = canonicalNQuads(document);
    QVERIFY(reference.ok());
    std::vector<int> mismatches(4, 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 25; ++i) {
                auto nquads = canonicalNQuads(document);
                if (!nquads.ok() || nquads.value() != reference.value())
                    ++mismatches[t];
            }
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    for (int m : mismatches)
        QCOMPARE(m, 0);
}

QTEST_GUILESS_MAIN(TestJsonLd)
#include "TestJsonLd.moc"
