#include "badge/BadgeContainer.h"
#include "crypto/Crypto.h"
#include "crypto/Gzip.h"
#include "did/DidResolver.h"
#include "encoding/Hex.h"
#include "jcs/StrictJsonParser.h"
#include "verify/EddsaJcs2022Suite.h"
#include "verify/Resolver.h"
#include "verify/SchemaCheck.h"
#include "verify/Verifier.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace credfolio;

// The verifier against badges signed outside Credfolio (tests/data/gen/verify/make-fixtures.mjs,
// table in tests/data/verify/fixtures.json) and the W3C eddsa-jcs-2022 vector.
class TestVerifier : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void fixtures_data();
    void fixtures();
    void fixturesThroughContainer_data() { fixtures_data(); }
    void fixturesThroughContainer();
    void w3cVectorHashData();
    void w3cVector_data();
    void w3cVector();
    void verdictPrecedence_data();
    void verdictPrecedence();
    void didWebUrls_data();
    void didWebUrls();
    void didKeyMethods();
    void resolverIgnoresFragment();
    void injectedClock();
    void recipientIdentities_data();
    void recipientIdentities();
    void onlineFlagAloneFetchesNothing();
    void nothingFetchedWithoutResolver();
    void clrReportsEmbeddedCredentials();
    void clrSchema();
    void summaries();
    void reportJson();
    void specExamples();
    void gzipInflater();
    void schemaDateFormats_data();
    void schemaDateFormats();

private:
    static QString data(const QString& relative) { return QStringLiteral(CREDFOLIO_TEST_DATA "/verify/") + relative; }
    static QByteArray read(const QString& relative)
    {
        QFile f(data(relative));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(relative));
        return f.readAll();
    }
    static ExtractedCredential extracted(const QByteArray& bytes)
    {
        ExtractedCredential e;
        const bool json = bytes.trimmed().startsWith('{');
        e.container = json ? ExtractedCredential::Container::Json : ExtractedCredential::Container::Jws;
        e.payload = json ? ExtractedCredential::Payload::Json : ExtractedCredential::Payload::CompactJws;
        e.bytes = bytes;
        return e;
    }
    VerifyOptions options()
    {
        VerifyOptions o;
        o.resolver = &m_resolver;
        o.at = m_at;
        return o;
    }
    VerificationReport verifyFixture(const QString& file, VerifyOptions o)
    {
        return Verifier::verifyExtracted(extracted(read(file)), o);
    }
    static QString describe(const VerificationReport& r)
    {
        QStringList lines{r.error};
        for (const VerificationCheck& c : r.checks)
            lines << c.id + QLatin1Char(' ') + checkStatusName(c.status) + QLatin1Char(' ') + c.message;
        return lines.join(QLatin1Char('\n'));
    }

    QJsonObject m_manifest;
    OfflineResolver m_resolver;
    QDateTime m_at;
};

void TestVerifier::initTestCase()
{
    QVERIFY(Crypto::selfTest());
    m_manifest = QJsonDocument::fromJson(read(QStringLiteral("fixtures.json"))).object();
    QVERIFY(!m_manifest.isEmpty());
    m_at = QDateTime::fromString(m_manifest.value(QLatin1String("at")).toString(), Qt::ISODate);
    QVERIFY(m_at.isValid());
    const QJsonObject resolve = m_manifest.value(QLatin1String("resolve")).toObject();
    for (auto it = resolve.begin(); it != resolve.end(); ++it)
        m_resolver.addFile(it.key(), data(it.value().toString()));
    QVERIFY(m_manifest.value(QLatin1String("fixtures")).toArray().size() >= 90);
}

void TestVerifier::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expect");
    QTest::addColumn<QString>("check");
    for (const QJsonValue& v : m_manifest.value(QLatin1String("fixtures")).toArray()) {
        const QJsonObject f = v.toObject();
        QTest::newRow(qPrintable(f.value(QLatin1String("name")).toString()))
            << f.value(QLatin1String("file")).toString() << f.value(QLatin1String("expect")).toString()
            << f.value(QLatin1String("check")).toString();
    }
}

void TestVerifier::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, expect);
    QFETCH(QString, check);
    // Baked images go through the container layer; text files are handed over as extracted.
    const bool baked = file.endsWith(QLatin1String(".png")) || file.endsWith(QLatin1String(".svg"));
    const VerificationReport report = baked ? Verifier::verifyFile(read(file), options()) : verifyFixture(file, options());
    if (baked && !report.isError())
        QCOMPARE(report.container, file.right(3));
    if (expect == QLatin1String("error")) {
        QVERIFY2(report.isError(), qPrintable(describe(report)));
        return;
    }
    QVERIFY2(!report.isError(), qPrintable(report.error));
    QVERIFY2(verdictName(report.verdict()) == expect, qPrintable(describe(report)));
    if (!check.isEmpty()) {
        const VerificationCheck* c = report.find(check);
        QVERIFY2(c, qPrintable(describe(report)));
        // The named check is the reason: failed for invalid, not run for indeterminate.
        bool found = false;
        for (const VerificationCheck& each : report.checks)
            found = found
                || (each.id == check
                    && each.status == (expect == QLatin1String("invalid") ? CheckStatus::Fail : CheckStatus::Skip));
        QVERIFY2(found, qPrintable(describe(report)));
    }
    if (expect == QLatin1String("valid")) {
        for (const VerificationCheck& c : report.checks)
            QVERIFY2(c.status == CheckStatus::Pass || !c.required, qPrintable(describe(report)));
    }
}

void TestVerifier::fixturesThroughContainer()
{
    // The same files through the one call later issues use (container detected by content).
    QFETCH(QString, file);
    QFETCH(QString, expect);
    const VerificationReport report = Verifier::verifyFile(read(file), options());
    if (expect == QLatin1String("error")) {
        QVERIFY(report.isError());
        return;
    }
    // The container layer may refuse malformed JWS text itself (an error rather than invalid);
    // it must never turn a forgery into anything but a refusal.
    if (report.isError()) {
        QVERIFY2(expect == QLatin1String("invalid"), qPrintable(report.error));
        return;
    }
    QVERIFY2(verdictName(report.verdict()) == expect, qPrintable(describe(report)));
}

void TestVerifier::w3cVectorHashData()
{
    const auto document = StrictJsonParser::parse(read(QStringLiteral("w3c-vc-di-eddsa/signedJCS.json")));
    QVERIFY(document);
    JcsValue proof;
    for (const auto& m : document->members()) {
        if (m.first == QLatin1String("proof"))
            proof = m.second;
    }
    const auto hashData = EddsaJcs2022Suite::hashData(document.value(), proof);
    QVERIFY2(hashData, qPrintable(hashData.error()));
    QCOMPARE(hex::encode(hashData.value()), read(QStringLiteral("w3c-vc-di-eddsa/combinedHashJCS.txt")).trimmed());
}

void TestVerifier::w3cVector_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("withProfile");
    QTest::addColumn<QString>("expect");
    QTest::addColumn<QString>("check");
    QTest::newRow("vc-di-eddsa eddsa-jcs-2022 signedJCS") << QString() << true << QStringLiteral("valid") << QString();
    QTest::newRow("vc-di-eddsa signedJCS, issuer profile unavailable")
        << QString() << false << QStringLiteral("indeterminate") << QStringLiteral("key.issuer");
    QTest::newRow("vc-di-eddsa signedJCS, name changed")
        << QStringLiteral("name") << true << QStringLiteral("invalid") << QStringLiteral("proof.signature");
    QTest::newRow("vc-di-eddsa signedJCS, proof created changed")
        << QStringLiteral("created") << true << QStringLiteral("invalid") << QStringLiteral("proof.signature");
    QTest::newRow("vc-di-eddsa signedJCS, proof @context not the document's")
        << QStringLiteral("context") << true << QStringLiteral("invalid") << QStringLiteral("proof.signature");
}

void TestVerifier::w3cVector()
{
    QFETCH(QString, change);
    QFETCH(bool, withProfile);
    QFETCH(QString, expect);
    QFETCH(QString, check);
    QByteArray bytes = read(QStringLiteral("w3c-vc-di-eddsa/signedJCS.json"));
    if (change == QLatin1String("name"))
        bytes.replace("Alumni Credential", "Alumni Credentia1");
    else if (change == QLatin1String("created"))
        bytes.replace("2023-02-24T23:36:38Z", "2023-02-24T23:36:39Z");
    else if (change == QLatin1String("context")) {
        // Only the proof's copy: the document's first context stays.
        const qsizetype proofAt = bytes.indexOf("\"proof\"");
        const qsizetype at = bytes.indexOf("https://www.w3.org/ns/credentials/examples/v2", proofAt);
        bytes.replace(at, qsizetype(qstrlen("https://www.w3.org/ns/credentials/examples/v2")), "https://example.org/ctx");
    }
    OfflineResolver resolver;
    if (withProfile)
        resolver.addFile(
            QStringLiteral("https://vc.example/issuers/5678"), data(QStringLiteral("resolve/w3c-vector-issuer.json")));
    VerifyOptions o;
    o.resolver = &resolver;
    o.at = m_at;
    const VerificationReport report = Verifier::verifyExtracted(extracted(bytes), o);
    QVERIFY2(verdictName(report.verdict()) == expect, qPrintable(describe(report)));
    if (!check.isEmpty())
        QVERIFY2(report.find(check) && report.find(check)->status != CheckStatus::Pass, qPrintable(describe(report)));
    QCOMPARE(report.format, QStringLiteral("vc-data-integrity"));
}

void TestVerifier::verdictPrecedence_data()
{
    QTest::addColumn<QString>("statuses"); // p pass, f fail, w warn, s required skip, o optional skip
    QTest::addColumn<QString>("expect");
    QTest::newRow("all pass") << QStringLiteral("ppp") << QStringLiteral("valid");
    QTest::newRow("fail wins over skip") << QStringLiteral("psf") << QStringLiteral("invalid");
    QTest::newRow("fail wins, fail first") << QStringLiteral("fsp") << QStringLiteral("invalid");
    QTest::newRow("required skip") << QStringLiteral("pps") << QStringLiteral("indeterminate");
    QTest::newRow("optional skip") << QStringLiteral("ppo") << QStringLiteral("valid");
    QTest::newRow("warnings never change valid") << QStringLiteral("pwwp") << QStringLiteral("valid");
    QTest::newRow("warnings never change invalid") << QStringLiteral("pwf") << QStringLiteral("invalid");
    QTest::newRow("warnings never change indeterminate") << QStringLiteral("pws") << QStringLiteral("indeterminate");
    QTest::newRow("no checks claims nothing") << QString() << QStringLiteral("indeterminate");
    QTest::newRow("only warnings claim nothing") << QStringLiteral("ww") << QStringLiteral("indeterminate");
}

void TestVerifier::verdictPrecedence()
{
    QFETCH(QString, statuses);
    QFETCH(QString, expect);
    VerificationReport r;
    int n = 0;
    for (const QChar c : statuses) {
        const QString id = QStringLiteral("c%1").arg(++n);
        switch (c.toLatin1()) {
        case 'p':
            r.pass(id, {});
            break;
        case 'f':
            r.fail(id, {});
            break;
        case 'w':
            r.warn(id, {});
            break;
        case 's':
            r.skip(id, {});
            break;
        default:
            r.skip(id, {}, false);
        }
    }
    QCOMPARE(verdictName(r.verdict()), expect);
    QCOMPARE(verdictName(verdictOf(r.checks)), expect);
}

void TestVerifier::didWebUrls_data()
{
    QTest::addColumn<QString>("did");
    QTest::addColumn<QString>("url");
    QTest::newRow("domain") << QStringLiteral("did:web:w3c-ccg.github.io")
                            << QStringLiteral("https://w3c-ccg.github.io/.well-known/did.json");
    QTest::newRow("path") << QStringLiteral("did:web:w3c-ccg.github.io:user:alice")
                          << QStringLiteral("https://w3c-ccg.github.io/user/alice/did.json");
    QTest::newRow("port") << QStringLiteral("did:web:example.com%3A3000:user:alice")
                          << QStringLiteral("https://example.com:3000/user/alice/did.json");
    QTest::newRow("dot-dot refused") << QStringLiteral("did:web:example.com:..:x") << QString();
    QTest::newRow("slash refused") << QStringLiteral("did:web:example.com/evil") << QString();
    QTest::newRow("empty refused") << QStringLiteral("did:web:") << QString();
}

void TestVerifier::didWebUrls()
{
    QFETCH(QString, did);
    QFETCH(QString, url);
    const auto result = DidResolver::didWebDocumentUrl(did);
    if (url.isEmpty()) {
        QVERIFY(!result);
        return;
    }
    QVERIFY2(result, qPrintable(result.error()));
    QCOMPARE(result->toString(), url);
}

void TestVerifier::didKeyMethods()
{
    // did:key spec examples: Ed25519 and P-256.
    const DidResolver resolver(nullptr);
    const QString ed = QStringLiteral("did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2");
    auto doc = resolver.resolve(ed);
    QVERIFY2(doc, qPrintable(doc.error()));
    QCOMPARE(doc->methods.size(), 1);
    QCOMPARE(doc->methods.first().id, ed + QStringLiteral("#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"));
    QCOMPARE(doc->methods.first().controller, ed);
    QVERIFY(doc->methods.first().key.type() == PublicKey::Type::Ed25519);
    QVERIFY(doc->allowsAssertion(doc->methods.first().id));
    auto p256 = resolver.resolve(QStringLiteral("did:key:zDnaerDaTF5BXEavCrfRZEk316dpbLsfPDZ3WJ5hRTPFU2169"));
    QVERIFY2(p256, qPrintable(p256.error()));
    QVERIFY(p256->methods.first().key.type() == PublicKey::Type::EcP256);
    QVERIFY(!resolver.resolve(QStringLiteral("did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ"))); // one character short
    QVERIFY(!resolver.resolve(QStringLiteral("did:key:notmultibase")));
    QVERIFY(!resolver.resolve(QStringLiteral("did:example:123")));
    // did:web needs a resolver; without one it cannot be had.
    QVERIFY(!resolver.resolve(QStringLiteral("did:web:issuer.example")));
    QCOMPARE(DidResolver::didOf(QStringLiteral("did:web:x.example:a#key-1")), QStringLiteral("did:web:x.example:a"));
}

void TestVerifier::resolverIgnoresFragment()
{
    OfflineResolver r;
    r.addDocument(QStringLiteral("https://x.example/issuer"), "{}");
    QVERIFY(r.fetch(QUrl(QStringLiteral("https://x.example/issuer#key-1"))));
    QVERIFY(r.fetch(QUrl(QStringLiteral("https://x.example/issuer"))));
    QVERIFY(!r.fetch(QUrl(QStringLiteral("https://x.example/issuer/"))));
    QVERIFY(!r.fetch(QUrl(QStringLiteral("https://x.example/other"))));
    r.addFile(QStringLiteral("https://x.example/missing"), data(QStringLiteral("no-such-file.json")));
    const auto missing = r.fetch(QUrl(QStringLiteral("https://x.example/missing")));
    QVERIFY(!missing);
    QVERIFY(missing.error().contains(QLatin1String("cannot read")));
}

void TestVerifier::injectedClock()
{
    // di-expired expires 2025-01-01: valid before, invalid after, by whatever clock is injected.
    VerifyOptions o;
    o.resolver = &m_resolver;
    o.clock = [] { return QDateTime(QDate(2024, 6, 1), QTime(0, 0), Qt::UTC); };
    QCOMPARE(verifyFixture(QStringLiteral("badges/di-expired.json"), o).verdict(), Verdict::Valid);
    o.clock = [] { return QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC); };
    QCOMPARE(verifyFixture(QStringLiteral("badges/di-expired.json"), o).verdict(), Verdict::Invalid);
    // An explicit time wins over the clock.
    o.at = QDateTime(QDate(2024, 12, 31), QTime(23, 59, 59), Qt::UTC);
    QCOMPARE(verifyFixture(QStringLiteral("badges/di-expired.json"), o).verdict(), Verdict::Valid);
}

void TestVerifier::recipientIdentities_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("identities");
    QTest::addColumn<QString>("expect");
    QTest::newRow("ob2 signed, sha256$ with salt, right email")
        << QStringLiteral("badges/ob2-signed-valid.jws") << QStringList{QStringLiteral("learner@example.org")}
        << QStringLiteral("valid");
    QTest::newRow("ob2 signed, one of several")
        << QStringLiteral("badges/ob2-signed-valid.jws")
        << QStringList{QStringLiteral("someone@example.org"), QStringLiteral("learner@example.org")} << QStringLiteral("valid");
    QTest::newRow("ob2 signed, other email") << QStringLiteral("badges/ob2-signed-valid.jws")
                                             << QStringList{QStringLiteral("someone@example.org")} << QStringLiteral("invalid");
    QTest::newRow("ob2 hosted, right email") << QStringLiteral("badges/ob2-hosted-valid.json")
                                             << QStringList{QStringLiteral("learner@example.org")} << QStringLiteral("valid");
    QTest::newRow("ob3 subject id") << QStringLiteral("badges/di-valid.json")
                                    << QStringList{QStringLiteral("did:example:learner-42")} << QStringLiteral("valid");
    QTest::newRow("ob3 other subject") << QStringLiteral("badges/di-valid.json")
                                       << QStringList{QStringLiteral("did:example:other")} << QStringLiteral("invalid");
    QTest::newRow("none given: not checked")
        << QStringLiteral("badges/ob2-signed-valid.jws") << QStringList() << QStringLiteral("valid");
}

void TestVerifier::recipientIdentities()
{
    QFETCH(QString, file);
    QFETCH(QStringList, identities);
    QFETCH(QString, expect);
    VerifyOptions o = options();
    o.recipientIdentities = identities;
    const VerificationReport report = verifyFixture(file, o);
    QVERIFY2(verdictName(report.verdict()) == expect, qPrintable(describe(report)));
    if (!identities.isEmpty())
        QVERIFY(report.find(QStringLiteral("recipient")));
}

void TestVerifier::onlineFlagAloneFetchesNothing()
{
    // `online` records the caller's permission; what can be fetched is the resolver's business
    // (a NetworkResolver, tested in TestNetworkResolver). With the offline resolver the verdicts
    // are those of an offline run.
    VerifyOptions o = options();
    o.online = true;
    const VerificationReport report = verifyFixture(QStringLiteral("badges/jwt-eddsa-valid.jwt"), o);
    QCOMPARE(report.verdict(), Verdict::Valid);
    QVERIFY(!report.find(QStringLiteral("online")));
    QCOMPARE(verifyFixture(QStringLiteral("badges/jwt-eddsa-tampered.jwt"), o).verdict(), Verdict::Invalid);
}

void TestVerifier::nothingFetchedWithoutResolver()
{
    VerifyOptions o;
    o.at = m_at;
    // did:web, hosted assertions, status lists: not available, so nothing is claimed.
    for (const char* file : {"badges/jwt-eddsa-valid.jwt", "badges/ob2-hosted-valid.json", "badges/ob2-signed-valid.jws",
             "badges/di-not-revoked-bitstring.json", "badges/di-https-multikey-valid.json"}) {
        const VerificationReport report = verifyFixture(QLatin1String(file), o);
        QVERIFY2(
            report.verdict() == Verdict::Indeterminate, qPrintable(QLatin1String(file) + QLatin1Char('\n') + describe(report)));
    }
    // did:key needs nothing fetched.
    QCOMPARE(verifyFixture(QStringLiteral("badges/di-valid.json"), o).verdict(), Verdict::Valid);
    // Forgeries are still caught offline.
    QCOMPARE(verifyFixture(QStringLiteral("badges/di-tampered.json"), o).verdict(), Verdict::Invalid);
}

void TestVerifier::clrReportsEmbeddedCredentials()
{
    const VerificationReport ok = verifyFixture(QStringLiteral("badges/clr-valid.json"), options());
    QCOMPARE(ok.verdict(), Verdict::Valid);
    QCOMPARE(ok.embedded.size(), 2);
    for (const VerificationReport& inner : ok.embedded)
        QCOMPARE(inner.verdict(), Verdict::Valid);
    QCOMPARE(ok.credential.kind, QStringLiteral("ClrCredential"));
    const VerificationReport bad = verifyFixture(QStringLiteral("badges/clr-embedded-tampered.json"), options());
    QCOMPARE(bad.verdict(), Verdict::Invalid);
    QCOMPARE(bad.embedded.size(), 2);
    QCOMPARE(bad.embedded.at(0).verdict(), Verdict::Valid);
    QCOMPARE(bad.embedded.at(1).verdict(), Verdict::Invalid);
    // The CLR's own proof still verifies: the failure is about what it carries.
    QCOMPARE(bad.find(QStringLiteral("proof.signature"))->status, CheckStatus::Pass);
}

void TestVerifier::clrSchema()
{
    // The bundled 1EdTech CLR 2.0 schema: our CLRs (JSON and VC-JWT credentials inside) and
    // 1EdTech's own example follow it; one without the required name does not, and says so.
    for (const QString& file : {QStringLiteral("badges/clr-valid.json"), QStringLiteral("badges/clr-with-vc-jwt-valid.json"),
             QStringLiteral("ob3-spec/clr2-signed-credential.json")}) {
        const VerificationReport report = verifyFixture(file, options());
        const VerificationCheck* schema = report.find(QStringLiteral("schema"));
        QVERIFY2(schema && schema->status == CheckStatus::Pass, qPrintable(file + QLatin1Char('\n') + describe(report)));
        QVERIFY(schema->message.contains(QLatin1String("CLR 2.0")));
    }
    const VerificationReport missing = verifyFixture(QStringLiteral("badges/clr-schema-missing-name.json"), options());
    QCOMPARE(missing.verdict(), Verdict::Invalid);
    const VerificationCheck* schema = missing.find(QStringLiteral("schema"));
    QVERIFY(schema);
    QCOMPARE(schema->status, CheckStatus::Fail);
    QVERIFY2(schema->message.contains(QLatin1String("name")), qPrintable(schema->message));
    QVERIFY2(schema->message.contains(QLatin1String("CLR 2.0")), qPrintable(schema->message));
    // Everything else about it is sound: the signature verifies.
    QCOMPARE(missing.find(QStringLiteral("proof.signature"))->status, CheckStatus::Pass);
    QCOMPARE(missing.embedded.size(), 2);

    // A VC-JWT inside a CLR is checked as the credential it carries: one whose credential
    // lacks its subject fails the CLR schema (its own report says more).
    QJsonObject clr = QJsonDocument::fromJson(read(QStringLiteral("badges/clr-with-vc-jwt-valid.json"))).object();
    QJsonObject subject = clr.value(QLatin1String("credentialSubject")).toObject();
    QJsonArray carried = subject.value(QLatin1String("verifiableCredential")).toArray();
    QVERIFY(carried.at(1).isString());
    carried[1] = QString(QStringLiteral("eyJhbGciOiJFZERTQSJ9.")
        + QString::fromLatin1(QByteArray(R"({"vc":{"type":["VerifiableCredential"]}})")
                                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
        + QStringLiteral(".c2ln"));
    subject.insert(QStringLiteral("verifiableCredential"), carried);
    clr.insert(QStringLiteral("credentialSubject"), subject);
    VerificationReport direct;
    checks::schemaConformance(clr, direct);
    QVERIFY(direct.find(QStringLiteral("schema")));
    QCOMPARE(direct.find(QStringLiteral("schema"))->status, CheckStatus::Fail);
}

void TestVerifier::summaries()
{
    const VerificationReport ob3 = verifyFixture(QStringLiteral("badges/jwt-es256-valid.jwt"), options());
    QCOMPARE(ob3.format, QStringLiteral("vc-jwt"));
    QCOMPARE(ob3.credential.achievementName, QStringLiteral("Intro to Data Science"));
    QCOMPARE(ob3.credential.issuerId, QStringLiteral("did:web:issuer.example"));
    QCOMPARE(ob3.credential.issuerName, QStringLiteral("Example Institute"));
    QCOMPARE(ob3.credential.recipient, QStringLiteral("did:example:learner-42"));
    QCOMPARE(ob3.credential.issued, QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(ob3.credential.image, QStringLiteral("https://issuer.example/achievements/data-science-101.png"));
    QCOMPARE(ob3.credential.kind, QStringLiteral("OpenBadgeCredential"));

    const VerificationReport ob2 = verifyFixture(QStringLiteral("badges/ob2-signed-valid.jws"), options());
    QCOMPARE(ob2.format, QStringLiteral("ob2-signed"));
    QCOMPARE(ob2.credential.achievementName, QStringLiteral("Intro to Data Science"));
    QCOMPARE(ob2.credential.issuerId, QStringLiteral("https://issuer.example/ob2/issuer.json"));
    QCOMPARE(ob2.credential.issuerName, QStringLiteral("Example Institute"));
    QVERIFY(ob2.credential.recipient.startsWith(QLatin1String("sha256$")));
    QCOMPARE(ob2.credential.image, QStringLiteral("https://issuer.example/ob2/badge.png"));

    const VerificationReport expired = verifyFixture(QStringLiteral("badges/ob2-signed-expired.jws"), options());
    QCOMPARE(expired.credential.expires, QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(verifyFixture(QStringLiteral("badges/ob2-hosted-valid.json"), options()).format, QStringLiteral("ob2-hosted"));
}

void TestVerifier::reportJson()
{
    const QJsonObject json = verifyFixture(QStringLiteral("badges/di-valid.json"), options()).toJson();
    QCOMPARE(json.value(QLatin1String("status")).toString(), QStringLiteral("valid"));
    QCOMPARE(json.value(QLatin1String("format")).toString(), QStringLiteral("vc-data-integrity"));
    QCOMPARE(json.value(QLatin1String("container")).toString(), QStringLiteral("json"));
    for (const QJsonValue& c : json.value(QLatin1String("checks")).toArray()) {
        const QJsonObject check = c.toObject();
        QCOMPARE(check.keys(), (QStringList{QStringLiteral("id"), QStringLiteral("message"), QStringLiteral("status")}));
        QVERIFY(!check.value(QLatin1String("message")).toString().isEmpty());
    }
    const QJsonObject credential = json.value(QLatin1String("credential")).toObject();
    for (const char* key : {"id", "type", "name", "issuer", "recipient", "issued", "expires", "image"})
        QVERIFY2(credential.contains(QLatin1String(key)), key);
    VerificationReport error;
    error.error = QStringLiteral("not a badge");
    QCOMPARE(error.toJson().value(QLatin1String("status")).toString(), QStringLiteral("error"));
    QCOMPARE(error.toJson().value(QLatin1String("error")).toString(), QStringLiteral("not a badge"));
}

void TestVerifier::specExamples()
{
    // 1EdTech's own examples: eddsa-rdfc-2022 is checked, but their key document at example.edu
    // is not served here, so nothing is claimed (test_rdf_suites serves it and gets valid).
    const VerificationReport ob3 = verifyFixture(QStringLiteral("ob3-spec/ob3-signed-credential.json"), options());
    QVERIFY2(ob3.verdict() == Verdict::Indeterminate, qPrintable(describe(ob3)));
    QCOMPARE(ob3.find(QStringLiteral("proof.suite"))->status, CheckStatus::Pass);
    QCOMPARE(ob3.find(QStringLiteral("proof.signature"))->status, CheckStatus::Skip);
    QVERIFY2(ob3.find(QStringLiteral("schema")) && ob3.find(QStringLiteral("schema"))->status == CheckStatus::Pass,
        qPrintable(describe(ob3)));
    const VerificationReport clr = verifyFixture(QStringLiteral("ob3-spec/clr2-signed-credential.json"), options());
    QVERIFY2(clr.verdict() == Verdict::Indeterminate, qPrintable(describe(clr)));
    QCOMPARE(clr.find(QStringLiteral("proof.signature"))->status, CheckStatus::Skip);
    QVERIFY(!clr.embedded.isEmpty());
}

void TestVerifier::gzipInflater()
{
    const QJsonObject v = QJsonDocument::fromJson(read(QStringLiteral("gzip-vectors.json"))).object();
    auto bytes = [&v](const char* key) {
        const QJsonValue value = v.value(QLatin1String(key));
        return QByteArray::fromHex(
            (value.isObject() ? value.toObject().value(QLatin1String("hex")) : value).toString().toLatin1());
    };
    const auto hello = gzip::decompress(bytes("hello"), 1024);
    QVERIFY2(hello, qPrintable(hello.error()));
    QCOMPARE(hello.value(), v.value(QLatin1String("hello")).toObject().value(QLatin1String("text")).toString().toUtf8());
    QVERIFY(!gzip::decompress(bytes("hello"), 5)); // over the caller's limit
    const auto bomb = gzip::decompress(bytes("bomb"), 4 * 1024 * 1024);
    QVERIFY(!bomb);
    QVERIFY(bomb.error().contains(QLatin1String("expands")));
    QVERIFY(!gzip::decompress(bytes("truncated"), 1024));
    QVERIFY(!gzip::decompress(bytes("badCrc"), 1024));
    QVERIFY(!gzip::decompress(bytes("zlibNotGzip"), 1024));
    QVERIFY(!gzip::decompress(QByteArray(), 1024));
}

void TestVerifier::schemaDateFormats_data()
{
    QTest::addColumn<QString>("awarded");
    QTest::addColumn<bool>("conforms");
    QTest::newRow("RFC 3339 with Z") << QStringLiteral("2024-01-05T10:00:00Z") << true;
    QTest::newRow("offset and fraction") << QStringLiteral("2024-01-05T10:00:00.250+02:00") << true;
    QTest::newRow("single-digit month") << QStringLiteral("2024-1-05T10:00:00Z") << false;
    QTest::newRow("month 13") << QStringLiteral("2024-13-05T10:00:00Z") << false;
    QTest::newRow("no time zone") << QStringLiteral("2024-01-05T10:00:00") << false;
    QTest::newRow("date only") << QStringLiteral("2024-01-05") << false;
}

// The schema's "format": "date-time" is checked through an equivalent pattern (compiled once);
// it must accept and refuse exactly what RFC 3339 date-times do.
void TestVerifier::schemaDateFormats()
{
    QFETCH(QString, awarded);
    QFETCH(bool, conforms);
    QJsonObject credential = QJsonDocument::fromJson(read(QStringLiteral("badges/di-valid.json"))).object();
    QJsonObject subject = credential.value(QLatin1String("credentialSubject")).toObject();
    subject.insert(QStringLiteral("activityStartDate"), awarded);
    credential.insert(QStringLiteral("credentialSubject"), subject);
    const VerificationReport report =
        Verifier::verifyExtracted(extracted(QJsonDocument(credential).toJson(QJsonDocument::Compact)), options());
    const auto schema = std::find_if(
        report.checks.begin(), report.checks.end(), [](const VerificationCheck& c) { return c.id == QLatin1String("schema"); });
    QVERIFY2(schema != report.checks.end(), qPrintable(describe(report)));
    QCOMPARE(schema->status == CheckStatus::Pass, conforms);
    if (!conforms)
        QVERIFY2(schema->message.contains(QStringLiteral("activityStartDate")), qPrintable(schema->message));
}

QTEST_GUILESS_MAIN(TestVerifier)
#include "TestVerifier.moc"
