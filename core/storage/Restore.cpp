#include "storage/Restore.h"

#include "common/Logging.h"
#include "storage/Database.h"
#include "storage/SqliteFile.h"
#include "storage/StagingFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace credfolio {

namespace {

// Copies the backup's pages into the staging file with the online backup API rather than
// byte for byte: a backup that is itself a live WAL-mode portfolio (someone picked a
// portfolio.sqlite) comes with the changes still in its -wal.
Status copyDatabase(const QString& from, const QString& to)
{
    SqliteFile source;
    if (Status status = source.open(from, true); !status)
        return status;
    SqliteFile target;
    if (Status status = target.open(to, false); !status)
        return status;
    sqlite3_backup* backup = sqlite3_backup_init(target.handle(), "main", source.handle(), "main");
    if (!backup)
        return Status::failure(Database::describeError(target.lastError()));
    const int rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return Status::failure(
            QCoreApplication::translate("Restore", "Cannot copy %1: %2")
                .arg(QDir::toNativeSeparators(from), Database::describeError(QString::fromUtf8(sqlite3_errstr(rc)))));
    return {};
}

// Takes the old portfolio for ourselves and leaves nothing of its write-ahead log beside
// it. In WAL mode every open connection keeps a shared lock on the file, so the exclusive
// lock fails while another window or command has the portfolio open: restoring under it
// would leave that program writing a log that belongs to the old file next to the new one.
// Under the lock the log's pages are moved into the old file and the -wal and -shm removed,
// so they cannot be replayed into the restored file. The returned connection holds the lock
// until the rename is done; null when there was no old file.
Result<std::unique_ptr<SqliteFile>> takeOldPortfolio(const QString& path)
{
    using R = Result<std::unique_ptr<SqliteFile>>;
    if (!QFileInfo::exists(path))
        return std::unique_ptr<SqliteFile>();
    auto db = std::make_unique<SqliteFile>();
    if (!db->open(path, false))
        return R::failure(
            QCoreApplication::translate("Restore", "Cannot open the current portfolio %1 to replace it. Nothing was changed.")
                .arg(QDir::toNativeSeparators(path)));
    db->setBusyTimeout(500);
    db->exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"));
    const auto probe = db->queryInt(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    const bool busy = !probe
        && (probe.error().contains(QLatin1String("busy"), Qt::CaseInsensitive)
            || probe.error().contains(QLatin1String("locked"), Qt::CaseInsensitive));
    if (busy)
        return R::failure(QCoreApplication::translate("Restore",
            "The portfolio is open in another Credfolio window or command. "
            "Close it and try again. Nothing was changed."));
    if (probe) {
        // Exclusive mode needs a write to take the lock for good; the checkpoint is one.
        db->queryInt(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        if (QFileInfo(path + QStringLiteral("-wal")).size() > 0)
            return R::failure(QCoreApplication::translate("Restore",
                "The portfolio's recent changes could not be settled, so it was not replaced. "
                "Close other Credfolio windows and try again. Nothing was changed."));
    }
    // A damaged old file (confirmed for replacement) has no log worth keeping.
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    return db;
}

} // namespace

Result<PortfolioFileInfo> Restore::inspectBackup(const QString& backupPath)
{
    return PortfolioFile::inspect(backupPath, true);
}

bool Restore::needsConfirmation(const QString& portfolioPath)
{
    const QFileInfo info(portfolioPath);
    if (!info.exists() || info.size() == 0)
        return false;
    const auto current = PortfolioFile::inspect(portfolioPath, false);
    return !current || current->holdsLearnerData();
}

Result<Restore::Summary> Restore::run(const QString& backupPath, const QString& portfolioPath, const Options& options)
{
    using R = Result<Summary>;
    if (QFileInfo(backupPath).canonicalFilePath() == QFileInfo(portfolioPath).canonicalFilePath()
        && QFileInfo::exists(portfolioPath))
        return R::failure(QCoreApplication::translate("Restore", "The backup and the portfolio are the same file."));
    // Checked on the backup itself first, so a bad file is refused before anything is written.
    const auto backup = inspectBackup(backupPath);
    if (!backup)
        return R::failure(
            backup.error() + QLatin1Char(' ') + QCoreApplication::translate("Restore", "Your portfolio was not changed."));

    Summary summary;
    summary.fromVersion = backup->schemaVersion;
    summary.replaced = QFileInfo::exists(portfolioPath);
    if (!options.replaceExisting && needsConfirmation(portfolioPath))
        return R::failure(QCoreApplication::translate("Restore",
            "The portfolio at %1 holds your badges and plans; restoring would replace them. "
            "Confirm to replace it. Nothing was changed.")
                              .arg(QDir::toNativeSeparators(portfolioPath)));

    auto staging = StagingFile::create(portfolioPath);
    if (!staging)
        return R::failure(staging.error());
    if (Status status = copyDatabase(backupPath, staging->path()); !status)
        return R::failure(status.error());
    // The copy is what goes in place: check it again (the backup may have changed since).
    const auto copied = PortfolioFile::inspect(staging->path(), true);
    if (!copied)
        return R::failure(
            copied.error() + QLatin1Char(' ') + QCoreApplication::translate("Restore", "Your portfolio was not changed."));

    {
        // Opening migrates an older format up to this version's.
        auto migrated = Database::open(staging->path());
        if (!migrated)
            return R::failure(QCoreApplication::translate(
                "Restore", "The backup could not be brought up to this version's format: %1 Your portfolio was not changed.")
                                  .arg(migrated.error()));
        summary.toVersion = migrated.value()->schemaVersion();
    }
    {
        SqliteFile db;
        if (Status status = db.open(staging->path(), false); !status)
            return R::failure(status.error());
        if (Status status = db.exec(QStringLiteral("PRAGMA journal_mode = DELETE")); !status)
            return R::failure(status.error());
    }
    const auto restored = PortfolioFile::inspect(staging->path(), false);
    if (!restored)
        return R::failure(restored.error());
    summary.restored = restored.value();

    const auto old = takeOldPortfolio(portfolioPath);
    if (!old)
        return R::failure(old.error());
    if (Status status = staging.value().commit(); !status)
        return R::failure(
            status.error() + QLatin1Char(' ') + QCoreApplication::translate("Restore", "Your portfolio was not changed."));
    qCInfo(lcStorage) << "restored" << backupPath << "into" << portfolioPath << "format" << summary.fromVersion << "->"
                      << summary.toVersion;
    return summary;
}

} // namespace credfolio
