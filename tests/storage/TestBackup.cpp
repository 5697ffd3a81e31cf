// Backup and restore (core/storage/Backup, Restore, PortfolioFile) and `credfolio-cli backup`
// and `restore`: a backup taken while another connection imports is one consistent
// snapshot; restore replaces a portfolio only when confirmed, refuses corrupt, foreign and
// newer files leaving the current portfolio byte-for-byte as it was, and migrates an
// older backup.

#include "../TestSupport.h"
#include "../portfolio/BadgeFactory.h"

#include "CliContext.h"
#include "crypto/Hash.h"
#include "portfolio/BadgeImporter.h"
#include "portfolio/BadgeStore.h"
#include "portfolio/LearnerProfile.h"
#include "storage/Backup.h"
#include "storage/Migrations.h"
#include "storage/Restore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace credfolio;
using namespace credfolio::test;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return hash::sha256(file.readAll()).toHex();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// id -> sha256 of every badge, checking on the way that each row is whole: its original
// bytes hash to its recorded sha256 and it has its search-index row.
QMap<qint64, QString> wholeBadges(const Database& db)
{
    QMap<qint64, QString> badges;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT id, sha256, original, (SELECT count(*) FROM badge_fts WHERE rowid = badges.id),"
                               " (SELECT count(*) FROM badge_skills WHERE badge_id = badges.id) FROM badges")))
        qFatal("cannot list badges: %s", qPrintable(q.lastError().text()));
    while (q.next()) {
        const QString sha = q.value(1).toString();
        if (QString::fromLatin1(hash::sha256(q.value(2).toByteArray()).toHex()) != sha || q.value(3).toInt() != 1
            || q.value(4).toInt() < 1)
            qFatal("badge %lld is not whole", q.value(0).toLongLong());
        badges.insert(q.value(0).toLongLong(), sha);
    }
    return badges;
}

} // namespace

class TestBackup : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roundTripIsIdentical();
    void backupDuringImportIsConsistent();
    void restoreReplacesOnlyWhenConfirmed();
    void badBackupsAreRefused_data();
    void badBackupsAreRefused();
    void olderBackupIsMigrated();
    void staleWriteAheadLogIsNotReplayed();
    void portfolioInUseIsNotReplaced();
    void livePortfolioFileRestoresWithItsLog();
    void backupRefusesBadTargets();
    void cliBackupAndRestore();

private:
    void addBadges(Database& db, int from, int to)
    {
        BadgeImporter importer(db.connection());
        for (int n = from; n < to; ++n) {
            const ImportOutcome o = importer.store(
                BadgeImporter::prepare(m_factory.make(n, BadgeFactory::kindFor(n)), QStringLiteral("badge-%1").arg(n), {}),
                false);
            if (o.result != ImportOutcome::Result::Imported)
                qFatal("factory badge %d not imported: %s", n, qPrintable(o.message));
        }
    }
    // A portfolio with badges, a collection and a profile: the learner's data.
    void fillPortfolio(Database& db, int badges = 6)
    {
        addBadges(db, 0, badges);
        BadgeStore store(db.connection());
        const qint64 collection = store.createCollection(QStringLiteral("Job at Acme")).value();
        QVERIFY(store.addToCollection(collection, badges > 1 ? QList<qint64>{1, 2} : QList<qint64>{1}));
        LearnerProfile profile;
        profile.name = QStringLiteral("Ada Lovelace");
        QVERIFY(profile.save(db.connection()));
    }
    QString path(const QString& name) const { return m_dir->filePath(name); }
    int cli(QStringList args, const QString& db, QString* out, QString* err)
    {
        args << QStringLiteral("--db") << db;
        QTextStream outStream(out);
        QTextStream errStream(err);
        return cli::run(args, outStream, errStream);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    BadgeFactory m_factory;
};

void TestBackup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = openFresh(*m_dir);
}

void TestBackup::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestBackup::roundTripIsIdentical()
{
    fillPortfolio(*m_db);
    const QByteArray before = fingerprint(*m_db);
    int lastDone = 0;
    int lastTotal = -1;
    Backup::Options options;
    options.pagesPerStep = 4;
    options.progress = [&](int done, int total) {
        QVERIFY(done >= lastDone);
        lastDone = done;
        lastTotal = total;
    };
    const auto made = Backup::create(m_db->path(), path(QStringLiteral("backup.credfolio")), options);
    QVERIFY2(made.ok(), qPrintable(made.error()));
    QCOMPARE(made->badges, 6);
    QCOMPARE(lastDone, lastTotal);
    QVERIFY(lastTotal > 4);
    // One self-contained file: no -wal beside it, no staging file left.
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("backup.credfolio-wal"))));
    for (const QString& name : QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden))
        QVERIFY2(!name.contains(QLatin1String(".partial-")), qPrintable(name));

    const QString restoredPath = path(QStringLiteral("elsewhere/restored.sqlite"));
    const auto restored = Restore::run(path(QStringLiteral("backup.credfolio")), restoredPath, {});
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    QCOMPARE(restored->restored.badges, 6);
    QVERIFY(!restored->replaced);
    auto db = Database::open(restoredPath);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QCOMPARE(fingerprint(*db.value()), before);
    QCOMPARE(wholeBadges(*db.value()), wholeBadges(*m_db));
}

void TestBackup::backupDuringImportIsConsistent()
{
    fillPortfolio(*m_db, 8);
    // Bulk in the file (a cached image) so the backup takes many steps.
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("INSERT INTO image_cache (url, media_type, bytes, fetched_at) VALUES (?, ?, ?, ?)"));
        q.addBindValue(QStringLiteral("https://example.org/big.png"));
        q.addBindValue(QStringLiteral("image/png"));
        QByteArray big(2 * 1024 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < big.size(); ++i)
            big[i] = char(QRandomGenerator::global()->generate());
        q.addBindValue(big);
        q.addBindValue(QStringLiteral("2026-01-01T00:00:00Z"));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    const QMap<qint64, QString> atStart = wholeBadges(*m_db);
    const QString portfolio = m_db->path();

    // The writer imports on its own connection once the backup has started, and the backup
    // goes on only after the writer has committed: the writes land mid-backup, every time.
    QSemaphore go;
    QSemaphore committed;
    std::atomic_bool stop{false};
    QString writerError;
    std::unique_ptr<QThread> writer(QThread::create([&] {
        go.acquire();
        auto db = Database::open(portfolio);
        if (!db) {
            writerError = db.error();
            committed.release(1000);
            return;
        }
        BadgeImporter importer(db.value()->connection());
        for (int n = 100; n < 140 && !stop.load(); ++n) {
            const ImportOutcome o = importer.store(
                BadgeImporter::prepare(m_factory.make(n, BadgeFactory::kindFor(n)), QStringLiteral("late-%1").arg(n), {}), false);
            if (o.result != ImportOutcome::Result::Imported)
                writerError = o.message;
            committed.release();
        }
    }));
    writer->start();
    Backup::Options options;
    options.pagesPerStep = 16;
    int steps = 0;
    options.progress = [&](int, int) {
        if (++steps == 1) {
            go.release();
            committed.acquire(5);
        }
    };
    const auto made = Backup::create(portfolio, path(QStringLiteral("during.credfolio")), options);
    stop = true;
    writer->wait();
    QVERIFY2(writerError.isEmpty(), qPrintable(writerError));
    QVERIFY2(made.ok(), qPrintable(made.error()));
    QVERIFY(steps > 10);

    const QMap<qint64, QString> atEnd = wholeBadges(*m_db);
    QVERIFY(atEnd.size() >= atStart.size() + 5);

    const QString restoredPath = path(QStringLiteral("restored.sqlite"));
    const auto restored = Restore::run(path(QStringLiteral("during.credfolio")), restoredPath, {});
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    auto db = Database::open(restoredPath);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    // Exactly the portfolio as it stood when the backup began: every row whole (wholeBadges
    // checks bytes against sha256, the search row and the skills), none of the later ones.
    const QMap<qint64, QString> inBackup = wholeBadges(*db.value());
    QCOMPARE(inBackup, atStart);
    for (auto it = inBackup.begin(); it != inBackup.end(); ++it)
        QCOMPARE(atEnd.value(it.key()), it.value());
    QSqlQuery check(db.value()->connection());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
}

void TestBackup::restoreReplacesOnlyWhenConfirmed()
{
    fillPortfolio(*m_db, 3);
    const QString backupFile = path(QStringLiteral("three.credfolio"));
    QVERIFY(Backup::create(m_db->path(), backupFile).ok());
    const QByteArray backupPrint = fingerprint(*m_db);

    // The current portfolio now differs from the backup.
    addBadges(*m_db, 3, 5);
    const QByteArray currentPrint = fingerprint(*m_db);
    const QString portfolio = m_db->path();
    m_db.reset();
    const QByteArray currentHash = fileHash(portfolio);
    QVERIFY(Restore::needsConfirmation(portfolio));

    const auto refused = Restore::run(backupFile, portfolio, {});
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("Confirm")), qPrintable(refused.error()));
    QCOMPARE(fileHash(portfolio), currentHash);
    QCOMPARE(fingerprint(*Database::open(portfolio).value()), currentPrint);

    Restore::Options confirmed;
    confirmed.replaceExisting = true;
    const auto replaced = Restore::run(backupFile, portfolio, confirmed);
    QVERIFY2(replaced.ok(), qPrintable(replaced.error()));
    QVERIFY(replaced->replaced);
    QCOMPARE(fingerprint(*Database::open(portfolio).value()), backupPrint);
    QVERIFY(!QFileInfo::exists(portfolio + QStringLiteral("-wal")) || QFileInfo(portfolio + QStringLiteral("-wal")).size() == 0);

    // A portfolio with only the built-in catalog holds nothing of the learner's: no confirmation.
    const QString fresh = path(QStringLiteral("fresh.sqlite"));
    Database::open(fresh).value().reset();
    QVERIFY(!Restore::needsConfirmation(fresh));
    QVERIFY(Restore::run(backupFile, fresh, {}).ok());
    QCOMPARE(fingerprint(*Database::open(fresh).value()), backupPrint);
}

void TestBackup::badBackupsAreRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("does not exist");
    QTest::newRow("empty") << QStringLiteral("empty") << QStringLiteral("not an SQLite database");
    QTest::newRow("random bytes") << QStringLiteral("random") << QStringLiteral("not an SQLite database");
    QTest::newRow("truncated") << QStringLiteral("truncated") << QStringLiteral("damaged");
    QTest::newRow("damaged pages") << QStringLiteral("scrambled") << QStringLiteral("damaged");
    QTest::newRow("other program's SQLite") << QStringLiteral("foreign") << QStringLiteral("not a Credfolio portfolio");
    QTest::newRow("newer version") << QStringLiteral("newer") << QStringLiteral("newer version of Credfolio");
}

void TestBackup::badBackupsAreRefused()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    fillPortfolio(*m_db, 4);
    const QString good = path(QStringLiteral("good.credfolio"));
    QVERIFY(Backup::create(m_db->path(), good).ok());
    const QByteArray goodBytes = readFile(good);
    const QString bad = path(QStringLiteral("bad.credfolio"));
    if (kind == QLatin1String("empty")) {
        writeFile(bad, {});
    } else if (kind == QLatin1String("random")) {
        QByteArray bytes(64 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < bytes.size(); ++i)
            bytes[i] = char(QRandomGenerator::global()->generate());
        writeFile(bad, bytes);
    } else if (kind == QLatin1String("truncated")) {
        writeFile(bad, goodBytes.left(goodBytes.size() / 2));
    } else if (kind == QLatin1String("scrambled")) {
        // Pages 2 onwards (b-tree pages) overwritten; the header page is left intact.
        QByteArray bytes = goodBytes;
        const int pageSize = (uchar(bytes[16]) << 8) | uchar(bytes[17]);
        for (qsizetype i = pageSize; i < bytes.size() && i < pageSize * 6; ++i)
            bytes[i] = char(0xA5);
        writeFile(bad, bytes);
    } else if (kind == QLatin1String("foreign")) {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        other.setDatabaseName(bad);
        QVERIFY(other.open());
        QVERIFY(QSqlQuery(other).exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")));
        QVERIFY(QSqlQuery(other).exec(QStringLiteral("INSERT INTO notes (text) VALUES ('hello')")));
        other.close();
        other = {};
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    } else if (kind == QLatin1String("newer")) {
        writeFile(bad, goodBytes);
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        other.setDatabaseName(bad);
        QVERIFY(other.open());
        QVERIFY(QSqlQuery(other).exec(QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1)));
        other.close();
        other = {};
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    }

    const QByteArray currentPrint = fingerprint(*m_db);
    const QString portfolio = m_db->path();
    m_db.reset();
    const QByteArray currentHash = fileHash(portfolio);
    const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);

    Restore::Options confirmed;
    confirmed.replaceExisting = true;
    const auto refused = Restore::run(bad, portfolio, confirmed);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(expected), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(QLatin1String("not changed")), qPrintable(refused.error()));
    QCOMPARE(fileHash(portfolio), currentHash);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden, QDir::Name), filesBefore);
    QCOMPARE(fingerprint(*Database::open(portfolio).value()), currentPrint);

    // The same through the command line, which says why on stderr and exits 2.
    if (kind != QLatin1String("missing")) {
        QString out;
        QString err;
        QCOMPARE(cli({QStringLiteral("restore"), bad, QStringLiteral("--yes")}, portfolio, &out, &err), int(cli::BadInput));
        QVERIFY2(err.contains(expected), qPrintable(err));
        QCOMPARE(fileHash(portfolio), currentHash);
    }
}

void TestBackup::olderBackupIsMigrated()
{
    // A portfolio of format 3 (before badges): a plan and a course's progress.
    m_db.reset();
    const QString old = path(QStringLiteral("old.sqlite"));
    {
        Database::Options options;
        options.targetVersion = 3;
        auto db = Database::open(old, options);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(db.value()->schemaVersion(), 3);
        QSqlQuery q(db.value()->connection());
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('marker', 'from format 3')")),
            qPrintable(q.lastError().text()));
    }
    const QString backupFile = path(QStringLiteral("old.credfolio"));
    const auto made = Backup::create(old, backupFile);
    QVERIFY2(made.ok(), qPrintable(made.error()));
    QCOMPARE(made->schemaVersion, 3);
    QCOMPARE(Restore::inspectBackup(backupFile)->schemaVersion, 3);

    const QString target = path(QStringLiteral("migrated.sqlite"));
    const auto restored = Restore::run(backupFile, target, {});
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    QCOMPARE(restored->fromVersion, 3);
    QCOMPARE(restored->toVersion, Migrations::latestVersion());
    QCOMPARE(restored->restored.schemaVersion, Migrations::latestVersion());
    auto db = Database::open(target);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QCOMPARE(db.value()->schemaVersion(), Migrations::latestVersion());
    QCOMPARE(count(*db.value(), QStringLiteral("badges")), 0);
    QSqlQuery q(db.value()->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'marker'")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("from format 3"));
    // The backup itself is left at its format.
    QCOMPARE(Restore::inspectBackup(backupFile)->schemaVersion, 3);
}

void TestBackup::staleWriteAheadLogIsNotReplayed()
{
    // A portfolio left by a crashed app: its newest badges only in the -wal beside it.
    fillPortfolio(*m_db, 2);
    const QString backupFile = path(QStringLiteral("two.credfolio"));
    QVERIFY(Backup::create(m_db->path(), backupFile).ok());
    const QByteArray backupPrint = fingerprint(*m_db);
    QSqlQuery(m_db->connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    QVERIFY(QSqlQuery(m_db->connection()).exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
    addBadges(*m_db, 2, 6);
    // Two copies of the crashed state (file and -wal): one to prove the log holds the new
    // badges, one to restore over.
    const QString witness = path(QStringLiteral("witness/portfolio.sqlite"));
    const QString crashed = path(QStringLiteral("crashed/portfolio.sqlite"));
    for (const QString& copy : {witness, crashed}) {
        QVERIFY(QDir().mkpath(QFileInfo(copy).absolutePath()));
        QVERIFY(QFile::copy(m_db->path(), copy));
        QVERIFY(QFile::copy(m_db->path() + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
    }
    QVERIFY(QFileInfo(crashed + QStringLiteral("-wal")).size() > 0);
    m_db.reset();
    QCOMPARE(count(*Database::open(witness).value(), QStringLiteral("badges")), 6);

    Restore::Options confirmed;
    confirmed.replaceExisting = true;
    const auto restored = Restore::run(backupFile, crashed, confirmed);
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    QVERIFY(!QFileInfo::exists(crashed + QStringLiteral("-wal")) || QFileInfo(crashed + QStringLiteral("-wal")).size() == 0);
    QCOMPARE(fingerprint(*Database::open(crashed).value()), backupPrint);
}

void TestBackup::portfolioInUseIsNotReplaced()
{
    fillPortfolio(*m_db, 2);
    const QString backupFile = path(QStringLiteral("two.credfolio"));
    QVERIFY(Backup::create(m_db->path(), backupFile).ok());
    addBadges(*m_db, 2, 4);
    const QByteArray currentPrint = fingerprint(*m_db);
    const QString portfolio = m_db->path();
    // m_db stands for another window still holding the portfolio open.
    Restore::Options confirmed;
    confirmed.replaceExisting = true;
    const auto refused = Restore::run(backupFile, portfolio, confirmed);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("open in another")), qPrintable(refused.error()));
    QCOMPARE(fingerprint(*m_db), currentPrint);
    QCOMPARE(count(*m_db, QStringLiteral("badges")), 4);
    for (const QString& name : QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden))
        QVERIFY2(!name.contains(QLatin1String(".partial-")), qPrintable(name));
    m_db.reset();
    QVERIFY(Restore::run(backupFile, portfolio, confirmed).ok());
    QCOMPARE(count(*Database::open(portfolio).value(), QStringLiteral("badges")), 2);
}

void TestBackup::livePortfolioFileRestoresWithItsLog()
{
    // Someone picks a live portfolio.sqlite as the "backup": its newest badges are still in
    // its -wal, and the restore carries them over.
    fillPortfolio(*m_db, 2);
    QSqlQuery(m_db->connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    QVERIFY(QSqlQuery(m_db->connection()).exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
    addBadges(*m_db, 2, 5);
    QVERIFY(QFileInfo(m_db->path() + QStringLiteral("-wal")).size() > 0);
    const QString target = path(QStringLiteral("copy/portfolio.sqlite"));
    const auto restored = Restore::run(m_db->path(), target, {});
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    QCOMPARE(restored->restored.badges, 5);
    QCOMPARE(wholeBadges(*Database::open(target).value()), wholeBadges(*m_db));
}

void TestBackup::backupRefusesBadTargets()
{
    fillPortfolio(*m_db, 1);
    const auto self = Backup::create(m_db->path(), m_db->path());
    QVERIFY(!self.ok());
    QVERIFY2(self.error().contains(QLatin1String("portfolio itself")), qPrintable(self.error()));
    QVERIFY(!Backup::create(m_db->path(), m_dir->path()).ok());
    QVERIFY(!Backup::create(path(QStringLiteral("nothing-here.sqlite")), path(QStringLiteral("b"))).ok());
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("b"))));
    // An existing backup file is replaced whole.
    const QString out = path(QStringLiteral("again.credfolio"));
    writeFile(out, "old contents");
    QVERIFY(Backup::create(m_db->path(), out).ok());
    QCOMPARE(Restore::inspectBackup(out)->badges, 1);
}

void TestBackup::cliBackupAndRestore()
{
    fillPortfolio(*m_db, 2);
    const QByteArray backupPrint = fingerprint(*m_db);
    const QString portfolio = m_db->path();
    const QString backupFile = path(QStringLiteral("cli.credfolio"));
    QString out;
    QString err;
    QCOMPARE(cli({QStringLiteral("backup"), backupFile, QStringLiteral("--json")}, portfolio, &out, &err), 0);
    const QJsonObject made = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(made.value(QLatin1String("badges")).toInt(), 2);
    QCOMPARE(made.value(QLatin1String("file")).toString(), QFileInfo(backupFile).absoluteFilePath());
    QCOMPARE(made.value(QLatin1String("schemaVersion")).toInt(), Migrations::latestVersion());

    addBadges(*m_db, 2, 3);
    m_db.reset();
    const QByteArray currentHash = fileHash(portfolio);
    out.clear();
    QCOMPARE(cli({QStringLiteral("restore"), backupFile}, portfolio, &out, &err), int(cli::BadInput));
    QVERIFY2(err.contains(QLatin1String("--yes")), qPrintable(err));
    QCOMPARE(fileHash(portfolio), currentHash);

    QCOMPARE(
        cli({QStringLiteral("restore"), backupFile, QStringLiteral("--yes"), QStringLiteral("--json")}, portfolio, &out, &err),
        0);
    const QJsonObject restored = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(restored.value(QLatin1String("badges")).toInt(), 2);
    QCOMPARE(restored.value(QLatin1String("replaced")).toBool(), true);
    QCOMPARE(restored.value(QLatin1String("toVersion")).toInt(), Migrations::latestVersion());
    QCOMPARE(fingerprint(*Database::open(portfolio).value()), backupPrint);

    // Into a portfolio that does not exist yet: no --yes needed.
    out.clear();
    const QString newPortfolio = path(QStringLiteral("new/portfolio.sqlite"));
    QCOMPARE(cli({QStringLiteral("restore"), backupFile}, newPortfolio, &out, &err), 0);
    QVERIFY(out.contains(QLatin1String("Restored 2 badge")));
    QCOMPARE(fingerprint(*Database::open(newPortfolio).value()), backupPrint);

    err.clear();
    QCOMPARE(
        cli({QStringLiteral("backup"), path(QStringLiteral("x.credfolio"))}, path(QStringLiteral("absent.sqlite")), &out, &err),
        int(cli::BadInput));
    QVERIFY(err.contains(QLatin1String("no portfolio")));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("absent.sqlite"))));
}

QTEST_GUILESS_MAIN(TestBackup)
#include "TestBackup.moc"
