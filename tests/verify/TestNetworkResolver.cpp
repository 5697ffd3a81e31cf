#include "LocalHttpsServer.h"

#include "crypto/Crypto.h"
#include "net/DocumentCache.h"
#include "net/NetworkResolver.h"
#include "verify/ChainedResolver.h"
#include "verify/Verifier.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

using namespace credfolio;

namespace {

// Test code only: sends every https://HOST/PATH to the local server as /HOST/PATH, so the
// verifier's documents (issuer.example, attacker.example, …) come over real HTTPS from it.
class RewritingResolver : public Resolver {
public:
    RewritingResolver(Resolver* network, QString origin) : m_network(network), m_origin(std::move(origin)) { }
    Result<QByteArray> fetch(const QUrl& url) override
    {
        if (url.scheme() != QLatin1String("https"))
            return m_network->fetch(url);
        return m_network->fetch(QUrl(m_origin + QLatin1Char('/') + url.host() + url.path(QUrl::FullyEncoded)));
    }

private:
    Resolver* m_network;
    QString m_origin;
};

} // namespace

// The HTTPS resolver for online checks against a local HTTPS server with a certificate made
// for this run by openssl, trusted through the test-only extraCaCertificatesPem option.
class TestNetworkResolver : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cacheLifetime_data();
    void cacheLifetime();
    void cacheEviction();
    void fetchesDocument();
    void ignoresFragment();
    void refusesPlainHttp_data();
    void refusesPlainHttp();
    void notFound();
    void untrustedCertificate();
    void unreachable();
    void tooLargeStreamed();
    void tooLargeDeclared();
    void timesOut();
    void wrongContentType();
    void followsHttpsRedirect();
    void refusesRedirectToHttp();
    void limitsRedirects();
    void cachesByMaxAge();
    void noStoreIsNotCached();
    void concurrentFetches();
    void chainedPrefersLocalCopies();
    void verifierOnline();
    void verifierOnlineUnavailable();

private:
    NetworkResolverOptions trusting() const
    {
        NetworkResolverOptions o;
        o.extraCaCertificatesPem = m_certificatePem;
        return o;
    }
    QUrl url(const QString& path) const { return QUrl(m_server->origin() + path); }
    static QString data(const QString& relative) { return QStringLiteral(CREDFOLIO_TEST_DATA "/verify/") + relative; }

    QTemporaryDir m_dir;
    QByteArray m_certificatePem;
    std::unique_ptr<LocalHttpsServer> m_server;
    QJsonObject m_manifest;
};

void TestNetworkResolver::initTestCase()
{
    QVERIFY(Crypto::selfTest());
    QVERIFY(m_dir.isValid());
    // A self-signed certificate for localhost, made fresh so no private key is committed.
    // openssl is a test dependency (scripts/deps.sh); without it this fails, never skips.
    QProcess openssl;
    openssl.setWorkingDirectory(m_dir.path());
    openssl.start(QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
            QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
            QStringLiteral("-keyout"), QStringLiteral("key.pem"), QStringLiteral("-out"), QStringLiteral("cert.pem"),
            QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
            QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")});
    QVERIFY2(openssl.waitForFinished(60000), "openssl is needed to make the test certificate");
    QVERIFY2(openssl.exitStatus() == QProcess::NormalExit && openssl.exitCode() == 0, openssl.readAllStandardError().constData());
    QFile cert(m_dir.filePath(QStringLiteral("cert.pem")));
    QFile key(m_dir.filePath(QStringLiteral("key.pem")));
    QVERIFY(cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
    m_certificatePem = cert.readAll();
    const QSslCertificate certificate(m_certificatePem, QSsl::Pem);
    const QSslKey privateKey(key.readAll(), QSsl::Ec, QSsl::Pem);
    QVERIFY(!certificate.isNull());
    QVERIFY(!privateKey.isNull());

    m_server = std::make_unique<LocalHttpsServer>(certificate, privateKey);
    QVERIFY(m_server->start());
    m_server->serve(QStringLiteral("/doc.json"), {R"({"id":"doc"})", "application/json", "no-store"});
    m_server->serve(QStringLiteral("/cached.json"), {R"({"id":"cached"})", "application/ld+json", "public, max-age=60"});
    m_server->serve(QStringLiteral("/nostore.json"), {R"({"id":"nostore"})", "application/json", "no-store"});
    m_server->serve(QStringLiteral("/token.jwt"), {"eyJhbGciOiJFZERTQSJ9.e30.c2ln", "application/vc+jwt", {}});

    // The verifier fixtures' documents, served under /HOST/PATH for RewritingResolver.
    QFile manifest(data(QStringLiteral("fixtures.json")));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    m_manifest = QJsonDocument::fromJson(manifest.readAll()).object();
    const QJsonObject resolve = m_manifest.value(QLatin1String("resolve")).toObject();
    QVERIFY(resolve.size() > 10);
    for (auto it = resolve.begin(); it != resolve.end(); ++it) {
        QFile file(data(it.value().toString()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QUrl original(it.key());
        const QByteArray type = it.value().toString().endsWith(QLatin1String(".jwt")) ? "application/jwt" : "application/json";
        m_server->serve(QLatin1Char('/') + original.host() + original.path(), {file.readAll(), type, "no-store"});
    }
}

void TestNetworkResolver::cacheLifetime_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("seconds");
    QTest::newRow("absent") << QByteArray() << 300;
    QTest::newRow("max-age") << QByteArray("public, max-age=60") << 60;
    QTest::newRow("quoted") << QByteArray("max-age=\"120\"") << 120;
    QTest::newRow("above ceiling") << QByteArray("max-age=86400") << 3600;
    QTest::newRow("huge") << QByteArray("max-age=99999999999999999999") << 3600;
    QTest::newRow("zero") << QByteArray("max-age=0") << 0;
    QTest::newRow("no-store") << QByteArray("max-age=60, no-store") << 0;
    QTest::newRow("no-cache") << QByteArray("No-Cache") << 0;
    QTest::newRow("negative ignored") << QByteArray("max-age=-5") << 300;
    QTest::newRow("garbage ignored") << QByteArray("max-age=abc") << 300;
}

void TestNetworkResolver::cacheLifetime()
{
    QFETCH(QByteArray, header);
    QFETCH(int, seconds);
    QCOMPARE(DocumentCache::lifetimeSeconds(header, 300, 3600), seconds);
}

void TestNetworkResolver::cacheEviction()
{
    DocumentCache cache(2);
    cache.insert(QStringLiteral("a"), "A", 5000, 0);
    cache.insert(QStringLiteral("b"), "B", 1000, 0);
    cache.insert(QStringLiteral("c"), "C", 9000, 0); // full: "b" expires soonest and goes
    QCOMPARE(cache.size(), 2);
    QVERIFY(!cache.find(QStringLiteral("b"), 0));
    QCOMPARE(cache.find(QStringLiteral("a"), 0).value(), QByteArray("A"));
    QCOMPARE(cache.find(QStringLiteral("c"), 4999).value(), QByteArray("C"));
    QVERIFY(!cache.find(QStringLiteral("a"), 5000)); // expired at 5000, and dropped
    QCOMPARE(cache.size(), 1);
    cache.insert(QStringLiteral("d"), "D", 10, 10); // already expired: not kept
    QCOMPARE(cache.size(), 1);
    DocumentCache none(0);
    none.insert(QStringLiteral("a"), "A", 5000, 0);
    QCOMPARE(none.size(), 0);
}

void TestNetworkResolver::fetchesDocument()
{
    NetworkResolver resolver(trusting());
    const auto json = resolver.fetch(url(QStringLiteral("/doc.json")));
    QVERIFY2(json.ok(), qPrintable(json.error()));
    QCOMPARE(json.value(), QByteArray(R"({"id":"doc"})"));
    const auto jwt = resolver.fetch(url(QStringLiteral("/token.jwt")));
    QVERIFY2(jwt.ok(), qPrintable(jwt.error()));
    QCOMPARE(jwt.value(), QByteArray("eyJhbGciOiJFZERTQSJ9.e30.c2ln"));
}

void TestNetworkResolver::ignoresFragment()
{
    NetworkResolver resolver(trusting());
    const int before = m_server->hits(QStringLiteral("/doc.json"));
    const auto r = resolver.fetch(url(QStringLiteral("/doc.json#key-1")));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(m_server->hits(QStringLiteral("/doc.json")), before + 1);
}

void TestNetworkResolver::refusesPlainHttp_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("reason");
    const QString notHttps = QStringLiteral("not an https:// address");
    QTest::newRow("http") << QStringLiteral("http://localhost/doc.json") << notHttps;
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << QStringLiteral("not a web address");
    QTest::newRow("ftp") << QStringLiteral("ftp://localhost/doc.json") << notHttps;
    QTest::newRow("user info") << QStringLiteral("https://user:secret@localhost/doc.json")
                               << QStringLiteral("user name or password");
    QTest::newRow("no host") << QStringLiteral("https:///doc.json") << QStringLiteral("not a web address");
}

void TestNetworkResolver::refusesPlainHttp()
{
    QFETCH(QString, address);
    QFETCH(QString, reason);
    NetworkResolver resolver(trusting());
    const auto r = resolver.fetch(QUrl(address));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(reason), qPrintable(r.error()));
    QVERIFY(!r.error().contains(QLatin1String("secret")));
}

void TestNetworkResolver::notFound()
{
    NetworkResolver resolver(trusting());
    const auto r = resolver.fetch(url(QStringLiteral("/missing")));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QLatin1String("HTTP 404")), qPrintable(r.error()));
    QVERIFY(r.error().contains(url(QStringLiteral("/missing")).toString()));
}

void TestNetworkResolver::untrustedCertificate()
{
    // Without the test CA the self-signed server is not trusted: the system's CAs only.
    NetworkResolver resolver;
    const int before = m_server->hits(QStringLiteral("/doc.json"));
    const auto r = resolver.fetch(url(QStringLiteral("/doc.json")));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QLatin1String("could not reach")), qPrintable(r.error()));
    QVERIFY2(r.error().contains(QLatin1String("securely")), qPrintable(r.error()));
    QCOMPARE(m_server->hits(QStringLiteral("/doc.json")), before); // no request was sent
}

void TestNetworkResolver::unreachable()
{
    // A port nobody listens on (the server's port is taken, so bind another and close it).
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    NetworkResolver resolver(trusting());
    const auto r = resolver.fetch(QUrl(QStringLiteral("https://localhost:%1/doc.json").arg(port)));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().startsWith(QLatin1String("could not reach https://localhost:")), qPrintable(r.error()));
}

void TestNetworkResolver::tooLargeStreamed()
{
    NetworkResolver resolver(trusting());
    QVERIFY(m_server->streamBytes > Resolver::maxDocumentBytes);
    const qint64 before = m_server->streamed;
    const auto r = resolver.fetch(url(QStringLiteral("/stream")));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QLatin1String("too large")), qPrintable(r.error()));
    QVERIFY2(r.error().contains(QLatin1String("4 MiB")), qPrintable(r.error()));
    // The transfer was cut off: the server could not send its 64 MiB (what it did send is the
    // 4 MiB read plus what socket buffers held when the client hung up).
    QVERIFY(m_server->streamed - before < m_server->streamBytes);

    // A smaller limit, and a stream that fits within the default one.
    NetworkResolverOptions small = trusting();
    small.maxBytes = 100 * 1024;
    QVERIFY(!NetworkResolver(small).fetch(url(QStringLiteral("/stream"))).ok());
}

void TestNetworkResolver::tooLargeDeclared()
{
    // The server declares 100 MB and then stalls: refused on the header, long before any timeout.
    NetworkResolverOptions options = trusting();
    options.timeoutMs = 60'000;
    NetworkResolver resolver(options);
    const auto r = resolver.fetch(url(QStringLiteral("/declared-huge")));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QLatin1String("too large")), qPrintable(r.error()));
}

void TestNetworkResolver::timesOut()
{
    NetworkResolverOptions options = trusting();
    options.timeoutMs = 1500;
    NetworkResolver resolver(options);
    const auto r = resolver.fetch(url(QStringLiteral("/hang")));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QLatin1String("timed out")), qPrintable(r.error()));
    QVERIFY2(r.error().contains(QLatin1String("within 1.5 s")), qPrintable(r.error()));
}

void TestNetworkResolver::wrongContentType()
{
    NetworkResolver resolver(trusting());
    const auto r = resolver.fetch(url(QStringLiteral("/page.html")));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QLatin1String("text/html")), qPrintable(r.error()));
}

void TestNetworkResolver::followsHttpsRedirect()
{
    NetworkResolver resolver(trusting());
    const auto r = resolver.fetch(url(QStringLiteral("/to-https")));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r.value(), QByteArray(R"({"id":"doc"})"));
    const auto chain = resolver.fetch(url(QStringLiteral("/chain/4"))); // five redirects: allowed
    QVERIFY2(chain.ok(), qPrintable(chain.error()));
}

void TestNetworkResolver::refusesRedirectToHttp()
{
    NetworkResolver resolver(trusting());
    const int before = m_server->hits(QStringLiteral("/doc.json"));
    const auto r = resolver.fetch(url(QStringLiteral("/to-http")));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QLatin1String("not an https:// address")), qPrintable(r.error()));
    QCOMPARE(m_server->hits(QStringLiteral("/doc.json")), before);
}

void TestNetworkResolver::limitsRedirects()
{
    NetworkResolver resolver(trusting());
    const auto loop = resolver.fetch(url(QStringLiteral("/loop")));
    QVERIFY(!loop.ok());
    QVERIFY2(loop.error().contains(QLatin1String("more than 5 times")), qPrintable(loop.error()));
    const auto chain = resolver.fetch(url(QStringLiteral("/chain/5"))); // six redirects
    QVERIFY(!chain.ok());
    QVERIFY2(chain.error().contains(QLatin1String("more than 5 times")), qPrintable(chain.error()));
}

void TestNetworkResolver::cachesByMaxAge()
{
    std::atomic<qint64> now{1'000'000};
    NetworkResolverOptions options = trusting();
    options.clockMs = [&now]() { return now.load(); };
    NetworkResolver resolver(options);
    const QString path = QStringLiteral("/cached.json");
    const int before = m_server->hits(path);
    QVERIFY(resolver.fetch(url(path)).ok());
    QCOMPARE(m_server->hits(path), before + 1);
    const auto again = resolver.fetch(url(path + QStringLiteral("#frag")));
    QVERIFY(again.ok());
    QCOMPARE(again.value(), QByteArray(R"({"id":"cached"})"));
    QCOMPARE(m_server->hits(path), before + 1); // served from the cache
    QCOMPARE(resolver.cachedCount(), 1);
    now += 59'999;
    QVERIFY(resolver.fetch(url(path)).ok());
    QCOMPARE(m_server->hits(path), before + 1);
    now += 1; // max-age=60 has passed
    QVERIFY(resolver.fetch(url(path)).ok());
    QCOMPARE(m_server->hits(path), before + 2);
    // Failures are never cached.
    const int missing = m_server->hits(QStringLiteral("/missing"));
    QVERIFY(!resolver.fetch(url(QStringLiteral("/missing"))).ok());
    QVERIFY(!resolver.fetch(url(QStringLiteral("/missing"))).ok());
    QCOMPARE(m_server->hits(QStringLiteral("/missing")), missing + 2);
    resolver.clearCache();
    QCOMPARE(resolver.cachedCount(), 0);
}

void TestNetworkResolver::noStoreIsNotCached()
{
    NetworkResolver resolver(trusting());
    const QString path = QStringLiteral("/nostore.json");
    const int before = m_server->hits(path);
    QVERIFY(resolver.fetch(url(path)).ok());
    QVERIFY(resolver.fetch(url(path)).ok());
    QCOMPARE(m_server->hits(path), before + 2);
    QCOMPARE(resolver.cachedCount(), 0);
}

void TestNetworkResolver::concurrentFetches()
{
    NetworkResolver resolver(trusting());
    constexpr int threads = 6;
    constexpr int rounds = 3;
    const int before = m_server->hits(QStringLiteral("/doc.json"));
    std::atomic<int> good{0};
    std::atomic<int> cachedGood{0};
    QStringList errors;
    QMutex errorsMutex;
    std::vector<std::unique_ptr<QThread>> workers;
    std::vector<std::thread> plainThreads; // fetch() works in threads Qt did not start, too
    const auto work = [&]() {
        for (int i = 0; i < rounds; ++i) {
            const auto r = resolver.fetch(url(QStringLiteral("/doc.json")));
            const auto c = resolver.fetch(url(QStringLiteral("/cached.json")));
            if (r.ok() && r.value() == R"({"id":"doc"})")
                ++good;
            if (c.ok() && c.value() == R"({"id":"cached"})")
                ++cachedGood;
            const QMutexLocker lock(&errorsMutex);
            if (!r.ok())
                errors << r.error();
            if (!c.ok())
                errors << c.error();
        }
    };
    for (int t = 0; t < threads; ++t) {
        if (t % 2 == 0) {
            workers.emplace_back(QThread::create(work));
            workers.back()->start();
        } else {
            plainThreads.emplace_back(work);
        }
    }
    for (auto& t : plainThreads)
        t.join();
    for (auto& w : workers)
        QVERIFY(w->wait(120'000));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(good.load(), threads * rounds);
    QCOMPARE(cachedGood.load(), threads * rounds);
    QCOMPARE(m_server->hits(QStringLiteral("/doc.json")), before + threads * rounds); // no-store: every one fetched
}

void TestNetworkResolver::chainedPrefersLocalCopies()
{
    NetworkResolver network(trusting());
    OfflineResolver local;
    local.addDocument(url(QStringLiteral("/doc.json")).toString(), R"({"id":"local"})");
    local.addFile(url(QStringLiteral("/nostore.json")).toString(), m_dir.filePath(QStringLiteral("does-not-exist.json")));
    ChainedResolver chained(&local, &network);
    const int docHits = m_server->hits(QStringLiteral("/doc.json"));
    const int nostoreHits = m_server->hits(QStringLiteral("/nostore.json"));
    const auto r = chained.fetch(url(QStringLiteral("/doc.json#key")));
    QVERIFY(r.ok());
    QCOMPARE(r.value(), QByteArray(R"({"id":"local"})"));
    // A local copy that cannot be read is an error, not a reason to go online.
    const auto unreadable = chained.fetch(url(QStringLiteral("/nostore.json")));
    QVERIFY(!unreadable.ok());
    QVERIFY2(unreadable.error().contains(QLatin1String("local copy")), qPrintable(unreadable.error()));
    QCOMPARE(m_server->hits(QStringLiteral("/doc.json")), docHits);
    QCOMPARE(m_server->hits(QStringLiteral("/nostore.json")), nostoreHits);
    // Anything else goes to the network.
    const auto remote = chained.fetch(url(QStringLiteral("/cached.json")));
    QVERIFY2(remote.ok(), qPrintable(remote.error()));
    // No fallback: nothing to fetch with.
    ChainedResolver offlineOnly(&local, nullptr);
    QVERIFY(!offlineOnly.fetch(url(QStringLiteral("/cached.json"))).ok());
}

void TestNetworkResolver::verifierOnline()
{
    // Every verifier fixture, its documents fetched over HTTPS from the local server instead of
    // read from files: the verdicts must be the ones the offline run gives.
    NetworkResolver network(trusting());
    RewritingResolver rewriting(&network, m_server->origin());
    OfflineResolver local; // nothing given locally
    ChainedResolver chained(&local, &rewriting);
    VerifyOptions options;
    options.resolver = &chained;
    options.online = true;
    options.at = QDateTime::fromString(m_manifest.value(QLatin1String("at")).toString(), Qt::ISODate);
    QVERIFY(options.at.isValid());
    int checked = 0;
    for (const QJsonValue& v : m_manifest.value(QLatin1String("fixtures")).toArray()) {
        const QJsonObject fixture = v.toObject();
        const QString expect = fixture.value(QLatin1String("expect")).toString();
        QFile file(data(fixture.value(QLatin1String("file")).toString()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const VerificationReport report = Verifier::verifyFile(file.readAll(), options);
        const QString got = report.isError() ? QStringLiteral("error") : verdictName(report.verdict());
        QString why;
        for (const VerificationCheck& c : report.checks)
            why += c.id + QLatin1Char(' ') + checkStatusName(c.status) + QLatin1Char(' ') + c.message + QLatin1Char('\n');
        QVERIFY2(got == expect,
            qPrintable(
                fixture.value(QLatin1String("name")).toString() + QStringLiteral(": got ") + got + QLatin1Char('\n') + why));
        ++checked;
    }
    QVERIFY(checked >= 90);
    QVERIFY(m_server->hits(QStringLiteral("/issuer.example/.well-known/did.json")) > 0);
}

void TestNetworkResolver::verifierOnlineUnavailable()
{
    // The did:web document cannot be had online (404): nothing is claimed, never valid.
    NetworkResolver network(trusting());
    RewritingResolver rewriting(&network, m_server->origin() + QStringLiteral("/nowhere"));
    VerifyOptions options;
    options.resolver = &rewriting;
    options.online = true;
    options.at = QDateTime::fromString(m_manifest.value(QLatin1String("at")).toString(), Qt::ISODate);
    QFile valid(data(QStringLiteral("badges/jwt-ps256-valid.jwt")));
    QVERIFY(valid.open(QIODevice::ReadOnly));
    const VerificationReport report = Verifier::verifyFile(valid.readAll(), options);
    QCOMPARE(report.verdict(), Verdict::Indeterminate);
    const VerificationCheck* key = report.find(QStringLiteral("key.resolve"));
    QVERIFY(key);
    QCOMPARE(key->status, CheckStatus::Skip);
    QVERIFY2(key->message.contains(QLatin1String("HTTP 404")), qPrintable(key->message));
    // A forgery stays invalid whatever the network does.
    QFile tampered(data(QStringLiteral("badges/di-tampered.json"))); // did:key: nothing to fetch
    QVERIFY(tampered.open(QIODevice::ReadOnly));
    QCOMPARE(Verifier::verifyFile(tampered.readAll(), options).verdict(), Verdict::Invalid);
}

QTEST_GUILESS_MAIN(TestNetworkResolver)
#include "TestNetworkResolver.moc"
