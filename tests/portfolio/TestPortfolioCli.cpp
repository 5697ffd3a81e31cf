// credfolio-cli import and badges list|show|reverify|export|delete, profile, collection and
// samples, through the real binary: the exact contract of docs/cli.md (names, flags, JSON
// fields, exit codes).

#include "PortfolioFixtures.h"

#include "crypto/Hash.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace credfolio;
using namespace credfolio::test;

class TestPortfolioCli : public QObject {
    Q_OBJECT

private slots:
    void init();
    void importValidThenDuplicate();
    void importInvalidRefusedThenKept();
    void importNotABadgeIsError();
    void importFolderRecursively();
    void badgesListShowExport();
    void reverifyReportsVerdicts();
    void profileCollectionsSamplesAndDelete();
    void keyFallsBackToPassphraseFile();

private:
    struct Run {
        int code = -1;
        QByteArray out;
        QByteArray err;
        QList<QJsonObject> lines() const
        {
            QList<QJsonObject> list;
            for (const QByteArray& line : out.split('\n')) {
                if (!line.trimmed().isEmpty())
                    list.append(QJsonDocument::fromJson(line).object());
            }
            return list;
        }
    };
    Run cli(QStringList args, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
    {
        args << QStringLiteral("--db") << m_path;
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CREDFOLIO_CLI_BINARY), args);
        process.waitForFinished(120000);
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }
    // The verification options of the fixtures, as command-line arguments.
    QStringList verifyArgs() const
    {
        QStringList args{QStringLiteral("--at"), QStringLiteral("2025-06-01T00:00:00Z")};
        QFile file(QStringLiteral(CREDFOLIO_TEST_DATA "/verify/fixtures.json"));
        file.open(QIODevice::ReadOnly);
        const QJsonObject resolve = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("resolve")).toObject();
        for (auto it = resolve.begin(); it != resolve.end(); ++it)
            args << QStringLiteral("--resolve")
                 << it.key() + QLatin1Char('=') + QStringLiteral(CREDFOLIO_TEST_DATA "/verify/") + it.value().toString();
        return args;
    }
    QString fixture(const QString& name) const { return m_fixtures.named(name).path; }

    QTemporaryDir m_dir;
    QString m_path;
    int m_serial = 0;
    BadgeFixtures m_fixtures;
};

void TestPortfolioCli::init()
{
    m_path = m_dir.filePath(QStringLiteral("cli-%1.sqlite").arg(++m_serial));
}

void TestPortfolioCli::importValidThenDuplicate()
{
    const QString file = fixture(QStringLiteral("jwt-eddsa-valid"));
    Run r = cli(QStringList{QStringLiteral("import"), QStringLiteral("--json")} + verifyArgs() + QStringList{file});
    QCOMPARE(r.code, 0);
    QList<QJsonObject> lines = r.lines();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines[0].value(QLatin1String("file")).toString(), file);
    QCOMPARE(lines[0].value(QLatin1String("result")).toString(), QStringLiteral("imported"));
    QCOMPARE(lines[0].value(QLatin1String("status")).toString(), QStringLiteral("valid"));
    const qint64 id = lines[0].value(QLatin1String("id")).toInteger();
    QVERIFY(id > 0);
    r = cli(QStringList{QStringLiteral("import"), QStringLiteral("--json")} + verifyArgs() + QStringList{file});
    QCOMPARE(r.code, 0);
    lines = r.lines();
    QCOMPARE(lines[0].value(QLatin1String("result")).toString(), QStringLiteral("duplicate"));
    QCOMPARE(lines[0].value(QLatin1String("id")).toInteger(), id);
}

void TestPortfolioCli::importInvalidRefusedThenKept()
{
    const QString file = fixture(QStringLiteral("jwt-eddsa-tampered"));
    Run r = cli(QStringList{QStringLiteral("import"), QStringLiteral("--json")} + verifyArgs() + QStringList{file});
    QCOMPARE(r.code, 1);
    QJsonObject line = r.lines().value(0);
    QCOMPARE(line.value(QLatin1String("result")).toString(), QStringLiteral("refused"));
    QCOMPARE(line.value(QLatin1String("status")).toString(), QStringLiteral("invalid"));
    QVERIFY(line.value(QLatin1String("id")).isNull());
    r = cli({QStringLiteral("badges"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);
    r = cli(QStringList{QStringLiteral("import"), QStringLiteral("--keep-invalid"), QStringLiteral("--json")} + verifyArgs()
        + QStringList{file});
    QCOMPARE(r.code, 0);
    line = r.lines().value(0);
    QCOMPARE(line.value(QLatin1String("result")).toString(), QStringLiteral("imported"));
    QCOMPARE(line.value(QLatin1String("status")).toString(), QStringLiteral("invalid"));
    r = cli({QStringLiteral("badges"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(r.out).array().at(0).toObject().value(QLatin1String("status")).toString(),
        QStringLiteral("invalid"));
}

void TestPortfolioCli::importNotABadgeIsError()
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("notes [1] — ü.txt"));
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("just some notes, not a badge\n");
    f.close();
    const Run r = cli({QStringLiteral("import"), QStringLiteral("--json"), text, fixture(QStringLiteral("di-truncated"))});
    QCOMPARE(r.code, 2);
    const QList<QJsonObject> lines = r.lines();
    QCOMPARE(lines.size(), 2);
    for (const QJsonObject& line : lines) {
        QCOMPARE(line.value(QLatin1String("result")).toString(), QStringLiteral("error"));
        QCOMPARE(line.value(QLatin1String("status")).toString(), QStringLiteral("error"));
        QVERIFY(!line.value(QLatin1String("message")).toString().isEmpty());
    }
    QVERIFY(r.err.contains("credfolio-cli:"));
}

void TestPortfolioCli::importFolderRecursively()
{
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(QStringLiteral("a/b")));
    QFile::copy(fixture(QStringLiteral("jwt-eddsa-valid")), dir.filePath(QStringLiteral("one.jwt")));
    QFile::copy(fixture(QStringLiteral("baked-svg-di-valid")), dir.filePath(QStringLiteral("a/two.svg")));
    QFile::copy(fixture(QStringLiteral("jwt-eddsa-tampered")), dir.filePath(QStringLiteral("a/b/three.jwt")));
    QFile::copy(fixture(QStringLiteral("baked-svg-di-valid")), dir.filePath(QStringLiteral(".hidden.svg")));
    const Run r = cli(QStringList{QStringLiteral("import"), QStringLiteral("--json")} + verifyArgs() + QStringList{dir.path()});
    QCOMPARE(r.code, 1); // one refused
    const QList<QJsonObject> lines = r.lines();
    QCOMPARE(lines.size(), 3); // the hidden file is skipped
    QStringList results;
    for (const QJsonObject& l : lines)
        results.append(l.value(QLatin1String("result")).toString());
    QCOMPARE(results.count(QStringLiteral("refused")), 1);
    QVERIFY(results.count(QStringLiteral("imported")) >= 1);
}

void TestPortfolioCli::badgesListShowExport()
{
    const QString file = fixture(QStringLiteral("baked-png-jwt-eddsa-valid"));
    QCOMPARE(cli(QStringList{QStringLiteral("import")} + verifyArgs() + QStringList{file}).code, 0);
    Run r = cli({QStringLiteral("badges"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonArray list = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(list.size(), 1);
    const QJsonObject badge = list.at(0).toObject();
    for (const char* field : {"id", "name", "issuer", "issued", "status", "sha256"})
        QVERIFY2(badge.contains(QLatin1String(field)), field);
    QCOMPARE(badge.value(QLatin1String("status")).toString(), QStringLiteral("valid"));
    QFile original(file);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray bytes = original.readAll();
    QCOMPARE(badge.value(QLatin1String("sha256")).toString(), QString::fromLatin1(hash::sha256(bytes).toHex()));
    const QString id = QString::number(badge.value(QLatin1String("id")).toInteger());

    r = cli({QStringLiteral("badges"), QStringLiteral("show"), id, QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject shown = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(shown.value(QLatin1String("report")).toObject().value(QLatin1String("status")).toString(), QStringLiteral("valid"));
    QVERIFY(!shown.value(QLatin1String("report")).toObject().value(QLatin1String("checks")).toArray().isEmpty());
    r = cli({QStringLiteral("badges"), QStringLiteral("show"), id});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("Verified"));

    const QString out = m_dir.filePath(QStringLiteral("exported [copy].png"));
    QCOMPARE(cli({QStringLiteral("badges"), QStringLiteral("export"), id, out}).code, 0);
    QFile exported(out);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QCOMPARE(exported.readAll(), bytes);
    // By SHA-256 prefix too; unknown ids are errors.
    QCOMPARE(
        cli({QStringLiteral("badges"), QStringLiteral("show"), badge.value(QLatin1String("sha256")).toString().left(12)}).code,
        0);
    const Run missing = cli({QStringLiteral("badges"), QStringLiteral("show"), QStringLiteral("999")});
    QCOMPARE(missing.code, 2);
    QVERIFY(missing.err.contains("no badge"));
}

void TestPortfolioCli::reverifyReportsVerdicts()
{
    QCOMPARE(
        cli(QStringList{QStringLiteral("import")} + verifyArgs() + QStringList{fixture(QStringLiteral("jwt-eddsa-valid"))}).code,
        0);
    // Before the badge was issued it is not yet valid: invalid, exit 1.
    Run r = cli({QStringLiteral("badges"), QStringLiteral("reverify"), QStringLiteral("--json"), QStringLiteral("--at"),
        QStringLiteral("2000-01-01T00:00:00Z")});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.lines().value(0).value(QLatin1String("status")).toString(), QStringLiteral("invalid"));
    r = cli(QStringList{QStringLiteral("badges"), QStringLiteral("reverify"), QStringLiteral("--json")} + verifyArgs());
    QCOMPARE(r.code, 0);
    QCOMPARE(r.lines().value(0).value(QLatin1String("status")).toString(), QStringLiteral("valid"));
}

void TestPortfolioCli::profileCollectionsSamplesAndDelete()
{
    Run r = cli({QStringLiteral("profile"), QStringLiteral("--name"), QStringLiteral("Ana Ñúñez"), QStringLiteral("--email"),
        QStringLiteral("learner@example.org"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("name")).toString(), QStringLiteral("Ana Ñúñez"));
    QCOMPARE(cli({QStringLiteral("profile"), QStringLiteral("--email"), QStringLiteral("nope")}).code, 2);

    // The hosted OB 2.0 badge is issued to learner@example.org: the recipient check passes.
    QCOMPARE(
        cli(QStringList{QStringLiteral("import")} + verifyArgs() + QStringList{fixture(QStringLiteral("ob2-hosted-valid"))}).code,
        0);
    r = cli({QStringLiteral("badges"), QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")});
    bool recipientPassed = false;
    for (const QJsonValue& c : QJsonDocument::fromJson(r.out)
                                   .object()
                                   .value(QLatin1String("report"))
                                   .toObject()
                                   .value(QLatin1String("checks"))
                                   .toArray())
        recipientPassed = recipientPassed
            || (c.toObject().value(QLatin1String("id")).toString() == QLatin1String("recipient")
                && c.toObject().value(QLatin1String("status")).toString() == QLatin1String("pass"));
    QVERIFY(recipientPassed);

    QCOMPARE(cli({QStringLiteral("samples"), QStringLiteral("add")}).code, 0);
    r = cli({QStringLiteral("badges"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 4);
    QCOMPARE(cli({QStringLiteral("collection"), QStringLiteral("create"), QStringLiteral("Job at Contoso")}).code, 0);
    QCOMPARE(
        cli({QStringLiteral("collection"), QStringLiteral("add"), QStringLiteral("Job at Contoso"), QStringLiteral("1")}).code,
        0);
    r = cli({QStringLiteral("badges"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--collection"),
        QStringLiteral("Job at Contoso")});
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);
    QCOMPARE(cli({QStringLiteral("samples"), QStringLiteral("remove")}).code, 0);
    QCOMPARE(cli({QStringLiteral("badges"), QStringLiteral("delete"), QStringLiteral("1")}).code, 0);
    r = cli({QStringLiteral("badges"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);
    r = cli({QStringLiteral("collection"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(r.out).array().at(0).toObject().value(QLatin1String("badges")).toInt(), 0);
}

void TestPortfolioCli::keyFallsBackToPassphraseFile()
{
    // No keychain answers (the session bus points nowhere): create needs a passphrase file,
    // then the key lives in a sealed file and the portfolio records only its public did:key.
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(
        QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + home.filePath(QStringLiteral("no-bus")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    Run r = cli({QStringLiteral("key"), QStringLiteral("--json")}, env);
    QCOMPARE(r.code, 0);
    QVERIFY(QJsonDocument::fromJson(r.out).object().value(QLatin1String("did")).isNull());
    r = cli({QStringLiteral("key"), QStringLiteral("create")}, env);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("--passphrase-file"), r.err.constData());
    const QString passFile = home.filePath(QStringLiteral("pass.txt"));
    QFile pass(passFile);
    QVERIFY(pass.open(QIODevice::WriteOnly));
    pass.write("correct horse battery staple\n");
    pass.close();
    r = cli({QStringLiteral("key"), QStringLiteral("create"), QStringLiteral("--passphrase-file"), passFile,
                QStringLiteral("--json")},
        env);
    QCOMPARE(r.code, 0);
    const QJsonObject made = QJsonDocument::fromJson(r.out).object();
    QVERIFY(made.value(QLatin1String("did")).toString().startsWith(QStringLiteral("did:key:z6Mk")));
    QCOMPARE(made.value(QLatin1String("store")).toString(), QStringLiteral("passphrase-file"));
    QVERIFY(made.value(QLatin1String("created")).toBool());
    // Again: the same key is loaded, not a second one made.
    r = cli({QStringLiteral("key"), QStringLiteral("create"), QStringLiteral("--passphrase-file"), passFile,
                QStringLiteral("--json")},
        env);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("did")), made.value(QLatin1String("did")));
    QVERIFY(!QJsonDocument::fromJson(r.out).object().value(QLatin1String("created")).toBool());
    // A wrong passphrase is refused with a clear message.
    QVERIFY(pass.open(QIODevice::WriteOnly));
    pass.write("wrong passphrase here\n");
    pass.close();
    r = cli({QStringLiteral("key"), QStringLiteral("create"), QStringLiteral("--passphrase-file"), passFile}, env);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("passphrase is wrong"), r.err.constData());
    // The private key is nowhere in the portfolio database.
    QFile db(m_path);
    QVERIFY(db.open(QIODevice::ReadOnly));
    QVERIFY(!db.readAll().contains("d\":"));
}

QTEST_GUILESS_MAIN(TestPortfolioCli)
#include "TestPortfolioCli.moc"
