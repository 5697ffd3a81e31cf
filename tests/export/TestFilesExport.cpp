// The plain-files export (core/export/FilesExport, ExportFileName) and
// `credfolio-cli export files`: the manifest's fields and SHA-256 match the written files,
// unsafe stored names become safe unique ones, and an occupied folder is refused untouched.

#include "../TestSupport.h"
#include "../portfolio/BadgeFactory.h"

#include "CliContext.h"
#include "crypto/Hash.h"
#include "encoding/Hex.h"
#include "export/ExportFileName.h"
#include "export/ExportSelection.h"
#include "export/FilesExport.h"
#include "portfolio/BadgeImporter.h"
#include "portfolio/BadgeStore.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace credfolio;
using namespace credfolio::test;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every file under dir, relative, sorted.
QStringList filesUnder(const QString& dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(dir).relativeFilePath(it.next()));
    files.sort();
    return files;
}

BadgeRecord recordNamed(const QString& fileName, const QString& container, qint64 id = 7)
{
    BadgeRecord r;
    r.id = id;
    r.fileName = fileName;
    r.container = container;
    r.name = QStringLiteral("Badge");
    return r;
}

} // namespace

class TestFilesExport : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void safeNames_data();
    void safeNames();
    void uniqueNamesIgnoreCase();
    void manifestMatchesWrittenFiles();
    void selfReportedListedWithoutFile();
    void occupiedFolderRefusedAndUntouched();
    void emptyFolderIsFilled();
    void cliExportsSelection();
    void cliRefusesBadTargetsAndSelections();

private:
    // Imports badge n of the factory under the given file name; returns its id.
    qint64 addBadge(int n, const QString& fileName)
    {
        BadgeImporter importer(m_db->connection());
        const PreparedBadge prepared = BadgeImporter::prepare(m_factory.make(n, BadgeFactory::kindFor(n)), fileName, {});
        const ImportOutcome outcome = importer.store(prepared, false);
        if (outcome.result != ImportOutcome::Result::Imported)
            qFatal("factory badge %d not imported: %s", n, qPrintable(outcome.message));
        return outcome.id;
    }
    int cli(QStringList args, QString* out, QString* err)
    {
        args << QStringLiteral("--db") << m_db->path();
        QTextStream outStream(out);
        QTextStream errStream(err);
        return cli::run(args, outStream, errStream);
    }
    QJsonObject manifestIn(const QString& dir) const
    {
        return QJsonDocument::fromJson(readAll(QDir(dir).filePath(QStringLiteral("manifest.json")))).object();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    BadgeFactory m_factory;
};

void TestFilesExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = openFresh(*m_dir);
}

void TestFilesExport::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestFilesExport::safeNames_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("container");
    QTest::addColumn<QString>("expected");
    QTest::newRow("kept") << QStringLiteral("my badge.png") << QStringLiteral("png") << QStringLiteral("my badge.png");
    QTest::newRow("non-ascii kept") << QStringLiteral("Zertifikat Müller 証明.svg") << QStringLiteral("svg")
                                    << QStringLiteral("Zertifikat Müller 証明.svg");
    QTest::newRow("traversal slash") << QStringLiteral("../../etc/passwd") << QStringLiteral("json")
                                     << QStringLiteral("passwd.json");
    QTest::newRow("traversal backslash") << QStringLiteral("..\\..\\evil.json") << QStringLiteral("json")
                                         << QStringLiteral("evil.json");
    QTest::newRow("only dots") << QStringLiteral("..") << QStringLiteral("png") << QStringLiteral("Badge.png");
    QTest::newRow("reserved characters") << QStringLiteral("a:b*c?\"d<e>|f.json") << QStringLiteral("json")
                                         << QStringLiteral("a_b_c__d_e__f.json");
    QTest::newRow("control characters") << QStringLiteral("line\nbreak\ttab\x7f.png") << QStringLiteral("png")
                                        << QStringLiteral("line_break_tab_.png");
    QTest::newRow("right-to-left override") << QStringLiteral("evil\u202Egnp.exe") << QStringLiteral("png")
                                            << QStringLiteral("evil_gnp.png");
    QTest::newRow("hidden") << QStringLiteral(".bashrc") << QStringLiteral("jws") << QStringLiteral("bashrc.jwt");
    QTest::newRow("trailing dots and spaces")
        << QStringLiteral("name. . ") << QStringLiteral("png") << QStringLiteral("name.png");
    QTest::newRow("wrong extension replaced")
        << QStringLiteral("badge.txt") << QStringLiteral("jws") << QStringLiteral("badge.jwt");
    QTest::newRow("extension added") << QStringLiteral("Pasted badge") << QStringLiteral("jws")
                                     << QStringLiteral("Pasted badge.jwt");
    QTest::newRow("png named json") << QStringLiteral("badge.json") << QStringLiteral("png") << QStringLiteral("badge.png");
    QTest::newRow("windows device") << QStringLiteral("CON.png") << QStringLiteral("png") << QStringLiteral("_CON.png");
    QTest::newRow("windows device numbered") << QStringLiteral("lpt1") << QStringLiteral("svg") << QStringLiteral("_lpt1.svg");
    QTest::newRow("empty uses badge name") << QString() << QStringLiteral("json") << QStringLiteral("Badge.json");
}

void TestFilesExport::safeNames()
{
    QFETCH(QString, stored);
    QFETCH(QString, container);
    QFETCH(QString, expected);
    QCOMPARE(ExportFileName::safeName(recordNamed(stored, container)), expected);
}

void TestFilesExport::uniqueNamesIgnoreCase()
{
    QSet<QString> taken{QStringLiteral("manifest.json")};
    QCOMPARE(ExportFileName::unique(QStringLiteral("Manifest.json"), &taken), QStringLiteral("Manifest (2).json"));
    QCOMPARE(ExportFileName::unique(QStringLiteral("a.png"), &taken), QStringLiteral("a.png"));
    QCOMPARE(ExportFileName::unique(QStringLiteral("A.png"), &taken), QStringLiteral("A (2).png"));
    QCOMPARE(ExportFileName::unique(QStringLiteral("a.png"), &taken), QStringLiteral("a (3).png"));

    // Long names are cut to 200 bytes of UTF-8 without splitting a character.
    BadgeRecord r = recordNamed(QString(150, QChar(0x00FC)) + QStringLiteral(".png"), QStringLiteral("png"));
    const QString name = ExportFileName::safeName(r);
    QVERIFY(name.toUtf8().size() <= 200);
    QVERIFY(name.endsWith(QLatin1String(".png")));
    QCOMPARE(QString::fromUtf8(name.toUtf8()), name);
    QSet<QString> more;
    ExportFileName::unique(name, &more);
    const QString second = ExportFileName::unique(name, &more);
    QVERIFY(second.toUtf8().size() <= 200);
    QVERIFY(second.endsWith(QLatin1String(" (2).png")));
}

void TestFilesExport::manifestMatchesWrittenFiles()
{
    addBadge(0, QStringLiteral("../../outside.jwt"));
    addBadge(1, QStringLiteral("Zertifikat Müller.png"));
    addBadge(2, QStringLiteral("same.json"));
    addBadge(3, QStringLiteral("same.json")); // an SVG stored under a JSON name
    addBadge(6, QStringLiteral("same.json"));
    addBadge(5, QStringLiteral("manifest.json")); // a PNG: becomes manifest.png
    addBadge(10, QStringLiteral("manifest.json")); // a JSON badge: must not overwrite the manifest

    const BadgeStore store(m_db->connection());
    const auto badges = resolveSelection(store, {});
    QVERIFY2(badges.ok(), qPrintable(badges.error()));
    QCOMPARE(int(badges->size()), 7);
    const QString out = m_dir->filePath(QStringLiteral("export/for employer"));
    FilesExport::Options options;
    options.exportedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);
    int lastProgress = 0;
    options.progress = [&](int done, int total) {
        QCOMPARE(total, 7);
        lastProgress = done;
    };
    const auto written = FilesExport::write(store, badges.value(), out, options);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QCOMPARE(written->files, 7);
    QCOMPARE(lastProgress, 7);

    const QJsonObject manifest = manifestIn(out);
    QCOMPARE(manifest.value(QLatin1String("generator")).toString(), QStringLiteral("Credfolio"));
    QCOMPARE(manifest.value(QLatin1String("version")).toString(), QStringLiteral(CREDFOLIO_VERSION));
    QCOMPARE(manifest.value(QLatin1String("exportedAt")).toString(), QStringLiteral("2026-03-01T09:30:00Z"));
    const QJsonArray entries = manifest.value(QLatin1String("badges")).toArray();
    QCOMPARE(entries.size(), 7);

    QStringList listed{QStringLiteral("manifest.json")};
    for (int i = 0; i < entries.size(); ++i) {
        const QJsonObject e = entries.at(i).toObject();
        const BadgeRecord& r = badges->at(size_t(i));
        QCOMPARE(e.value(QLatin1String("badgeId")).toInteger(), r.id);
        QCOMPARE(e.value(QLatin1String("credentialId")).toString(), r.credentialId);
        QVERIFY(!r.credentialId.isEmpty());
        QCOMPARE(e.value(QLatin1String("name")).toString(), r.name);
        QCOMPARE(e.value(QLatin1String("issuer")).toString(), r.issuerName);
        QCOMPARE(e.value(QLatin1String("status")).toString(), QStringLiteral("verified"));
        QCOMPARE(e.value(QLatin1String("verdict")).toString(), QStringLiteral("valid"));
        QCOMPARE(QDateTime::fromString(e.value(QLatin1String("verifiedAt")).toString(), Qt::ISODate), r.verifiedAt.toUTC());
        QCOMPARE(e.value(QLatin1String("mediaType")).toString(), r.mediaType);
        QVERIFY(!r.mediaType.isEmpty());
        const QString file = e.value(QLatin1String("file")).toString();
        QVERIFY(!file.contains(QLatin1Char('/')) && !file.contains(QLatin1Char('\\')) && !file.startsWith(QLatin1Char('.')));
        QVERIFY2(file.endsWith(QLatin1Char('.') + ExportFileName::extensionFor(r.container)), qPrintable(file));
        const QByteArray bytes = readAll(QDir(out).filePath(file));
        QCOMPARE(bytes, store.original(r.id));
        QCOMPARE(e.value(QLatin1String("sha256")).toString(), QString::fromLatin1(hex::encode(hash::sha256(bytes))));
        QCOMPARE(e.value(QLatin1String("sha256")).toString(), r.sha256);
        QCOMPARE(e.value(QLatin1String("size")).toInteger(), bytes.size());
        listed.append(file);
    }
    listed.sort();
    // Exactly the listed files, nothing outside the folder, nothing left beside it.
    QCOMPARE(filesUnder(out), listed);
    QVERIFY(listed.contains(QStringLiteral("outside.jwt")));
    QVERIFY(listed.contains(QStringLiteral("Zertifikat Müller.png")));
    QVERIFY(listed.contains(QStringLiteral("manifest.png")));
    QVERIFY(listed.contains(QStringLiteral("manifest (2).json")));
    QCOMPARE(QDir(m_dir->filePath(QStringLiteral("export"))).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
        QStringList{QStringLiteral("for employer")});
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("outside.jwt"))));
}

void TestFilesExport::selfReportedListedWithoutFile()
{
    addBadge(0, QStringLiteral("one.jwt"));
    BadgeImporter importer(m_db->connection());
    SelfReportedEntry entry;
    entry.name = QStringLiteral("Project Management Essentials");
    entry.issuerName = QStringLiteral("Some Course Platform");
    entry.url = QStringLiteral("https://courses.example/certificates/123");
    const auto id = importer.addSelfReported(entry);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    const BadgeStore store(m_db->connection());
    const QString out = m_dir->filePath(QStringLiteral("out"));
    const auto written = FilesExport::write(store, resolveSelection(store, {}).value(), out);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QCOMPARE(written->files, 1);
    QCOMPARE(written->listedWithoutFile, 1);
    const QJsonArray entries = manifestIn(out).value(QLatin1String("badges")).toArray();
    QCOMPARE(entries.size(), 2);
    bool seen = false;
    for (const QJsonValue& v : entries) {
        const QJsonObject e = v.toObject();
        if (e.value(QLatin1String("badgeId")).toInteger() != id.value())
            continue;
        seen = true;
        QVERIFY(e.value(QLatin1String("file")).isNull());
        QVERIFY(e.value(QLatin1String("sha256")).isNull());
        QCOMPARE(e.value(QLatin1String("status")).toString(), QStringLiteral("self-reported"));
        QCOMPARE(e.value(QLatin1String("sourceUrl")).toString(), entry.url);
    }
    QVERIFY(seen);
    QCOMPARE(filesUnder(out).size(), 2);
}

void TestFilesExport::occupiedFolderRefusedAndUntouched()
{
    addBadge(0, QStringLiteral("one.jwt"));
    const BadgeStore store(m_db->connection());
    const auto badges = resolveSelection(store, {}).value();
    const QString out = m_dir->filePath(QStringLiteral("occupied"));
    QVERIFY(QDir().mkpath(out + QStringLiteral("/sub")));
    {
        QFile keep(out + QStringLiteral("/manifest.json"));
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.write("mine");
    }
    const auto refused = FilesExport::write(store, badges, out);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("not empty")), qPrintable(refused.error()));
    QCOMPARE(filesUnder(out), QStringList{QStringLiteral("manifest.json")});
    QCOMPARE(readAll(out + QStringLiteral("/manifest.json")), QByteArray("mine"));
    // A hidden file alone counts too.
    const QString hidden = m_dir->filePath(QStringLiteral("hidden"));
    QVERIFY(QDir().mkpath(hidden));
    QFile(hidden + QStringLiteral("/.keep")).open(QIODevice::WriteOnly);
    QVERIFY(!FilesExport::write(store, badges, hidden).ok());
    // A file where the folder should go.
    const QString file = m_dir->filePath(QStringLiteral("afile"));
    QFile(file).open(QIODevice::WriteOnly);
    QVERIFY(!FilesExport::write(store, badges, file).ok());
    QCOMPARE(QFileInfo(file).size(), 0);
    // No staging folder is left behind.
    const QStringList left = QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QString& name : left)
        QVERIFY2(!name.contains(QLatin1String(".partial-")), qPrintable(name));
}

void TestFilesExport::emptyFolderIsFilled()
{
    addBadge(0, QStringLiteral("one.jwt"));
    const BadgeStore store(m_db->connection());
    const QString out = m_dir->filePath(QStringLiteral("empty"));
    QVERIFY(QDir().mkpath(out));
    const auto written = FilesExport::write(store, resolveSelection(store, {}).value(), out);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QCOMPARE(filesUnder(out), (QStringList{QStringLiteral("manifest.json"), QStringLiteral("one.jwt")}));
}

void TestFilesExport::cliExportsSelection()
{
    const qint64 a = addBadge(0, QStringLiteral("a.jwt"));
    const qint64 b = addBadge(1, QStringLiteral("b.png"));
    addBadge(2, QStringLiteral("c.json"));
    BadgeStore store(m_db->connection());
    const qint64 job = store.createCollection(QStringLiteral("Job at Acme")).value();
    QVERIFY(store.addToCollection(job, {a, b}));

    QString out;
    QString err;
    const QString byCollection = m_dir->filePath(QStringLiteral("acme"));
    QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("files"), byCollection, QStringLiteral("--collection"),
                     QStringLiteral("Job at Acme"), QStringLiteral("--json")},
                 &out, &err),
        0);
    const QJsonObject result = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(result.value(QLatin1String("files")).toInt(), 2);
    QCOMPARE(result.value(QLatin1String("directory")).toString(), QFileInfo(byCollection).absoluteFilePath());
    QCOMPARE(filesUnder(byCollection),
        (QStringList{QStringLiteral("a.jwt"), QStringLiteral("b.png"), QStringLiteral("manifest.json")}));

    out.clear();
    const QString picked = m_dir->filePath(QStringLiteral("picked"));
    QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("files"), picked, QStringLiteral("--badge"), QString::number(b)}, &out,
                 &err),
        0);
    QVERIFY(out.contains(QLatin1String("1 badge file")));
    const QJsonArray entries = manifestIn(picked).value(QLatin1String("badges")).toArray();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).toObject().value(QLatin1String("badgeId")).toInteger(), b);

    const QString all = m_dir->filePath(QStringLiteral("all"));
    QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("files"), all}, &out, &err), 0);
    QCOMPARE(filesUnder(all).size(), 4);
}

void TestFilesExport::cliRefusesBadTargetsAndSelections()
{
    addBadge(0, QStringLiteral("a.jwt"));
    QString out;
    QString err;
    const QString occupied = m_dir->filePath(QStringLiteral("occupied"));
    QVERIFY(QDir().mkpath(occupied));
    QFile(occupied + QStringLiteral("/x")).open(QIODevice::WriteOnly);
    QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("files"), occupied}, &out, &err), int(cli::BadInput));
    QVERIFY2(err.contains(QLatin1String("not empty")), qPrintable(err));
    QCOMPARE(filesUnder(occupied), QStringList{QStringLiteral("x")});

    err.clear();
    const QString fresh = m_dir->filePath(QStringLiteral("fresh"));
    QCOMPARE(
        cli({QStringLiteral("export"), QStringLiteral("files"), fresh, QStringLiteral("--collection"), QStringLiteral("Nope")},
            &out, &err),
        int(cli::BadInput));
    QVERIFY2(err.contains(QLatin1String("Nope")), qPrintable(err));
    QVERIFY(!QFileInfo::exists(fresh));
    QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("files"), fresh, QStringLiteral("--badge"), QStringLiteral("999")},
                 &out, &err),
        int(cli::BadInput));
    QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("files")}, &out, &err), int(cli::BadInput));
    QVERIFY(!QFileInfo::exists(fresh));
}

QTEST_GUILESS_MAIN(TestFilesExport)
#include "TestFilesExport.moc"
