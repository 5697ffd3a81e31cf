#include "storage/Backup.h"

#include "common/Logging.h"
#include "storage/Database.h"
#include "storage/PortfolioFile.h"
#include "storage/SqliteFile.h"
#include "storage/StagingFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <sqlite3.h>

namespace credfolio {

namespace {

// Copies every page of source into destination. The caller holds a read transaction on
// source, so each step reads the same snapshot: writers on other connections go on
// (the portfolio is in WAL mode) and the backup never has to restart because of them.
Status copyPages(SqliteFile& source, SqliteFile& destination, const Backup::Options& options)
{
    sqlite3_backup* backup = sqlite3_backup_init(destination.handle(), "main", source.handle(), "main");
    if (!backup)
        return Status::failure(Database::describeError(destination.lastError()));
    const int pagesPerStep = options.pagesPerStep > 0 ? options.pagesPerStep : -1;
    int rc = SQLITE_OK;
    int waited = 0;
    while (true) {
        rc = sqlite3_backup_step(backup, pagesPerStep);
        if (rc == SQLITE_DONE)
            break;
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            // Another connection holds a lock we need; wait a little, as a busy timeout would.
            if (waited >= 10000)
                break;
            sqlite3_sleep(50);
            waited += 50;
            continue;
        }
        if (rc != SQLITE_OK)
            break;
        waited = 0;
        const int total = sqlite3_backup_pagecount(backup);
        if (options.progress)
            options.progress(total - sqlite3_backup_remaining(backup), total);
        if (options.cancel && options.cancel->load()) {
            sqlite3_backup_finish(backup);
            return Status::failure(QCoreApplication::translate("Backup", "The backup was cancelled; nothing was written."));
        }
    }
    const int total = sqlite3_backup_pagecount(backup);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return Status::failure(Database::describeError(QString::fromUtf8(sqlite3_errstr(rc))));
    if (options.progress)
        options.progress(total, total);
    return {};
}

} // namespace

Result<Backup::Summary> Backup::create(const QString& portfolioPath, const QString& outPath, const Options& options)
{
    using R = Result<Summary>;
    const QFileInfo source(portfolioPath);
    const QFileInfo target(outPath);
    if (!source.exists())
        return R::failure(QCoreApplication::translate("Backup", "There is no portfolio at %1 to back up.")
                              .arg(QDir::toNativeSeparators(portfolioPath)));
    if (target.exists() && (target.isDir() || target.canonicalFilePath() == source.canonicalFilePath()))
        return R::failure(QCoreApplication::translate("Backup", "Choose another file for the backup: %1 is %2.")
                              .arg(QDir::toNativeSeparators(outPath),
                                  target.isDir() ? QCoreApplication::translate("Backup", "a folder")
                                                 : QCoreApplication::translate("Backup", "the portfolio itself")));
    // The live portfolio: checked only for what it is (integrity is checked on the copy).
    const auto info = PortfolioFile::inspect(portfolioPath, false);
    if (!info)
        return R::failure(info.error());

    auto staging = StagingFile::create(outPath);
    if (!staging)
        return R::failure(staging.error());

    SqliteFile from;
    if (Status status = from.open(portfolioPath, true); !status)
        return R::failure(status.error());
    // One read transaction across every step: a consistent snapshot.
    if (Status status = from.exec(QStringLiteral("BEGIN")); !status)
        return R::failure(status.error());
    const auto badges = from.hasTable(QStringLiteral("badges")) ? from.queryInt(QStringLiteral("SELECT count(*) FROM badges"))
                                                                : Result<qint64>(0);
    if (!badges)
        return R::failure(badges.error());

    SqliteFile to;
    if (Status status = to.open(staging->path(), false); !status)
        return R::failure(status.error());
    if (Status status = copyPages(from, to, options); !status)
        return R::failure(status.error());
    from.exec(QStringLiteral("COMMIT"));
    from.close();

    // A backup is one self-contained file: no -wal beside it.
    if (Status status = to.exec(QStringLiteral("PRAGMA journal_mode = DELETE")); !status)
        return R::failure(status.error());
    const auto verdict = to.queryText(QStringLiteral("PRAGMA integrity_check(1)"));
    if (!verdict || verdict.value() != QLatin1String("ok"))
        return R::failure(
            QCoreApplication::translate("Backup", "The backup failed its integrity check (%1); nothing was written.")
                .arg(verdict ? verdict.value() : verdict.error()));
    to.close();

    if (Status status = staging.value().commit(); !status)
        return R::failure(status.error());
    Summary summary;
    summary.bytes = QFileInfo(outPath).size();
    summary.schemaVersion = info->schemaVersion;
    summary.badges = int(badges.value());
    qCInfo(lcStorage) << "backed up" << portfolioPath << "to" << outPath << summary.bytes << "bytes";
    return summary;
}

} // namespace credfolio
