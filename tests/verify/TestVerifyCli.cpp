#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `credfolio-cli verify` as other tools run it: the real binary, exit codes (0 all valid, 1 any
// invalid, 3 indeterminate and none invalid, 2 error with one line on stderr), one JSON object
// per file per line, --resolve paths relative to the working directory.
class TestVerifyCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void fixtures_data();
    void fixtures();
    void jsonShape();
    void humanOutput();
    void exitCodePrecedence_data();
    void exitCodePrecedence();
    void errors_data();
    void errors();
    void awkwardFileNames();
    void resolveMatchesWithoutFragment();
    void onlineUsesLocalCopiesFirst();
    void onlineUnreachable();
    void evaluationTime();

private:
    struct Run {
        int code = -1;
        QByteArray out;
        QByteArray err;
        QList<QJsonObject> lines() const
        {
            QList<QJsonObject> list;
            for (const QByteArray& line : out.split('\n')) {
                if (!line.isEmpty())
                    list.append(QJsonDocument::fromJson(line).object());
            }
            return list;
        }
    };
    Run cli(const QStringList& args, const QString& workingDirectory = QStringLiteral(CREDFOLIO_TEST_DATA "/verify"))
    {
        QProcess process;
        process.setWorkingDirectory(workingDirectory);
        process.start(QStringLiteral(CREDFOLIO_CLI_BINARY), QStringList{QStringLiteral("verify")} + args);
        process.waitForFinished(60000);
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }
    // --at and every --resolve of the fixture table (paths relative to tests/data/verify).
    QStringList common() const
    {
        QStringList args{QStringLiteral("--at"), m_at};
        for (auto it = m_resolve.begin(); it != m_resolve.end(); ++it)
            args << QStringLiteral("--resolve") << it.key() + QLatin1Char('=') + it.value().toString();
        return args;
    }

    QJsonArray m_fixtures;
    QJsonObject m_resolve;
    QString m_at;
};

void TestVerifyCli::initTestCase()
{
    QFile f(QStringLiteral(CREDFOLIO_TEST_DATA "/verify/fixtures.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject manifest = QJsonDocument::fromJson(f.readAll()).object();
    m_fixtures = manifest.value(QLatin1String("fixtures")).toArray();
    m_resolve = manifest.value(QLatin1String("resolve")).toObject();
    m_at = manifest.value(QLatin1String("at")).toString();
    QVERIFY(!m_fixtures.isEmpty());
}

void TestVerifyCli::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expect");
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("container");
    for (const QJsonValue& v : m_fixtures) {
        const QJsonObject f = v.toObject();
        const QString file = f.value(QLatin1String("file")).toString();
        QString container = f.value(QLatin1String("container")).toString();
        if (container.isEmpty())
            container = file.endsWith(QLatin1String(".json")) ? QStringLiteral("json") : QStringLiteral("jws");
        QTest::newRow(qPrintable(f.value(QLatin1String("name")).toString()))
            << file << f.value(QLatin1String("expect")).toString() << f.value(QLatin1String("check")).toString() << container;
    }
}

void TestVerifyCli::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, expect);
    QFETCH(QString, check);
    QFETCH(QString, container);
    const Run r = cli(QStringList{QStringLiteral("--json")} + common() + QStringList{file});
    const QList<QJsonObject> lines = r.lines();
    QCOMPARE(lines.size(), 1);
    const QJsonObject o = lines.first();
    QCOMPARE(o.value(QLatin1String("file")).toString(), file);
    QVERIFY2(o.value(QLatin1String("status")).toString() == expect, r.out.constData());
    const int code = expect == QLatin1String("valid") ? 0
        : expect == QLatin1String("invalid")          ? 1
        : expect == QLatin1String("error")            ? 2
                                                      : 3;
    QCOMPARE(r.code, code);
    if (code == 2) {
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.err.startsWith("credfolio-cli: "));
        QVERIFY(!o.value(QLatin1String("error")).toString().isEmpty());
    } else {
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QCOMPARE(o.value(QLatin1String("container")).toString(), container);
    }
    if (!check.isEmpty()) {
        bool found = false;
        for (const QJsonValue& c : o.value(QLatin1String("checks")).toArray())
            found = found
                || (c.toObject().value(QLatin1String("id")).toString() == check
                    && c.toObject().value(QLatin1String("status")).toString() != QLatin1String("pass"));
        QVERIFY2(found, r.out.constData());
    }
}

void TestVerifyCli::jsonShape()
{
    const Run r = cli(QStringList{QStringLiteral("--json")} + common()
        + QStringList{QStringLiteral("badges/jwt-eddsa-valid.jwt"), QStringLiteral("badges/ob2-signed-revoked.jws")});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.out.count('\n'), 2);
    for (const QJsonObject& o : r.lines()) {
        for (const char* key : {"file", "status", "format", "container", "checks", "credential"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QVERIFY(!o.value(QLatin1String("checks")).toArray().isEmpty());
        for (const QJsonValue& c : o.value(QLatin1String("checks")).toArray()) {
            const QJsonObject check = c.toObject();
            QVERIFY(!check.value(QLatin1String("id")).toString().isEmpty());
            QVERIFY(QStringList({QStringLiteral("pass"), QStringLiteral("fail"), QStringLiteral("warn"), QStringLiteral("skip")})
                        .contains(check.value(QLatin1String("status")).toString()));
            QVERIFY(!check.value(QLatin1String("message")).toString().isEmpty());
        }
    }
    const QJsonObject first = r.lines().at(0);
    QCOMPARE(first.value(QLatin1String("status")).toString(), QStringLiteral("valid"));
    QCOMPARE(first.value(QLatin1String("format")).toString(), QStringLiteral("vc-jwt"));
    QCOMPARE(first.value(QLatin1String("container")).toString(), QStringLiteral("jws"));
    const QJsonObject credential = first.value(QLatin1String("credential")).toObject();
    QCOMPARE(credential.value(QLatin1String("name")).toString(), QStringLiteral("Intro to Data Science"));
    QCOMPARE(credential.value(QLatin1String("issuer")).toObject().value(QLatin1String("id")).toString(),
        QStringLiteral("did:web:issuer.example"));
    QCOMPARE(credential.value(QLatin1String("issued")).toString(), QStringLiteral("2024-01-01T00:00:00Z"));
    QCOMPARE(r.lines().at(1).value(QLatin1String("format")).toString(), QStringLiteral("ob2-signed"));
    QCOMPARE(r.lines().at(1).value(QLatin1String("status")).toString(), QStringLiteral("invalid"));
}

void TestVerifyCli::humanOutput()
{
    const Run r = cli(common() + QStringList{QStringLiteral("badges/di-revoked-bitstring.json")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.contains("badges/di-revoked-bitstring.json: invalid"));
    QVERIFY(r.out.contains("[fail] status: The issuer has revoked this credential."));
}

void TestVerifyCli::exitCodePrecedence_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<int>("code");
    const QString valid = QStringLiteral("badges/di-valid.json");
    const QString invalid = QStringLiteral("badges/di-tampered.json");
    const QString undecided = QStringLiteral("badges/ob2-hosted-unavailable.json");
    const QString error = QStringLiteral("badges/di-truncated.json");
    QTest::newRow("all valid") << QStringList{valid, valid} << 0;
    QTest::newRow("valid and invalid") << QStringList{valid, invalid} << 1;
    QTest::newRow("valid and indeterminate") << QStringList{valid, undecided} << 3;
    QTest::newRow("invalid wins over indeterminate") << QStringList{undecided, invalid, valid} << 1;
    QTest::newRow("error wins") << QStringList{valid, invalid, error} << 2;
}

void TestVerifyCli::exitCodePrecedence()
{
    QFETCH(QStringList, files);
    QFETCH(int, code);
    const Run r = cli(QStringList{QStringLiteral("--json")} + common() + files);
    QCOMPARE(r.code, code);
    QCOMPARE(r.lines().size(), files.size());
}

void TestVerifyCli::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("jsonLine");
    QTest::newRow("no file") << QStringList{QStringLiteral("--json")} << false;
    QTest::newRow("missing file") << QStringList{QStringLiteral("--json"), QStringLiteral("no-such-badge.png")} << true;
    QTest::newRow("bad --at") << QStringList{QStringLiteral("--at"), QStringLiteral("yesterday"),
        QStringLiteral("badges/di-valid.json")}
                              << false;
    QTest::newRow("bad --resolve") << QStringList{QStringLiteral("--resolve"), QStringLiteral("https://x.example"),
        QStringLiteral("badges/di-valid.json")}
                                   << false;
    QTest::newRow("--resolve to a missing file") << QStringList{QStringLiteral("--resolve"),
        QStringLiteral("https://x.example=nothing.json"), QStringLiteral("badges/di-valid.json")}
                                                 << false;
    QTest::newRow("not a badge") << QStringList{QStringLiteral("--json"), QStringLiteral("fixtures.json")} << true;
    QTest::newRow("truncated JSON") << QStringList{QStringLiteral("--json"), QStringLiteral("badges/di-truncated.json")} << true;
}

void TestVerifyCli::errors()
{
    QFETCH(QStringList, args);
    QFETCH(bool, jsonLine);
    const Run r = cli(args);
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(r.err.startsWith("credfolio-cli: "));
    if (jsonLine) {
        QCOMPARE(r.lines().size(), 1);
        QCOMPARE(r.lines().first().value(QLatin1String("status")).toString(), QStringLiteral("error"));
        QVERIFY(!r.lines().first().value(QLatin1String("error")).toString().isEmpty());
    }
}

void TestVerifyCli::awkwardFileNames()
{
    QTemporaryDir dir;
    const QString name = dir.filePath(QStringLiteral("mein Abzeichen [1] ü.jwt"));
    QVERIFY(QFile::copy(QStringLiteral(CREDFOLIO_TEST_DATA "/verify/badges/jwt-did-key-valid.jwt"), name));
    const Run r = cli({QStringLiteral("--json"), QStringLiteral("--at"), m_at, name});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.lines().first().value(QLatin1String("file")).toString(), name);
}

void TestVerifyCli::resolveMatchesWithoutFragment()
{
    // The did:web document is named with a fragment; it is served for the URL without it.
    const QStringList args{QStringLiteral("--json"), QStringLiteral("--at"), m_at, QStringLiteral("--resolve"),
        QStringLiteral("https://issuer.example/.well-known/did.json#ignored=resolve/did-web-issuer.json"),
        QStringLiteral("badges/jwt-ps256-valid.jwt")};
    const Run r = cli(args);
    QCOMPARE(r.code, 0);
    // Without the document nothing can be said.
    const Run none = cli({QStringLiteral("--json"), QStringLiteral("--at"), m_at, QStringLiteral("badges/jwt-ps256-valid.jwt")});
    QCOMPARE(none.code, 3);
}

void TestVerifyCli::onlineUsesLocalCopiesFirst()
{
    // Every document is given with --resolve, so --online fetches nothing and changes nothing.
    for (const QString& file : {QStringLiteral("badges/di-valid.json"), QStringLiteral("badges/jwt-ps256-valid.jwt")}) {
        const Run r = cli(QStringList{QStringLiteral("--json"), QStringLiteral("--online")} + common() + QStringList{file});
        QCOMPARE(r.code, 0);
        for (const QJsonValue& c : r.lines().first().value(QLatin1String("checks")).toArray())
            QVERIFY(c.toObject().value(QLatin1String("id")).toString() != QLatin1String("online"));
    }
    QCOMPARE(cli(QStringList{QStringLiteral("--json"), QStringLiteral("--online")} + common()
                 + QStringList{QStringLiteral("badges/jwt-ps256-tampered.jwt")})
                 .code,
        1);
}

void TestVerifyCli::onlineUnreachable()
{
    // did:web:issuer.example, not given locally: fetched from https://issuer.example/…, which
    // cannot be reached (.example names never resolve), so the key check is not run and
    // nothing is claimed.
    const Run r = cli({QStringLiteral("--json"), QStringLiteral("--online"), QStringLiteral("--at"), m_at,
        QStringLiteral("badges/jwt-ps256-valid.jwt")});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.isEmpty(), r.err.constData()); // no log lines on stderr: it is for errors only
    bool found = false;
    for (const QJsonValue& v : r.lines().first().value(QLatin1String("checks")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString message = c.value(QLatin1String("message")).toString();
        if (c.value(QLatin1String("id")).toString() == QLatin1String("key.resolve")
            && c.value(QLatin1String("status")).toString() == QLatin1String("skip")
            && message.contains(QLatin1String("https://issuer.example/.well-known/did.json"))
            && (message.contains(QLatin1String("could not reach")) || message.contains(QLatin1String("timed out"))))
            found = true;
    }
    QVERIFY2(found, r.out.constData());
}

void TestVerifyCli::evaluationTime()
{
    const QString file = QStringLiteral("badges/di-expired.json");
    QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("--at"), QStringLiteral("2024-12-31T23:59:59Z"), file}).code, 0);
    QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("--at"), QStringLiteral("2025-01-01T00:00:00Z"), file}).code, 1);
    QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("--at"), QStringLiteral("2025-01-01T01:00:00+02:00"), file}).code, 0);
    // Default: now (after 2025-01-01).
    QCOMPARE(cli({QStringLiteral("--json"), file}).code, 1);
}

QTEST_GUILESS_MAIN(TestVerifyCli)
#include "TestVerifyCli.moc"
