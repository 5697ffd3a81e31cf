#include "storage/Restore.h"

#include "common/Logging.h"
#include "storage/Database.h"
#include "storage/SqliteFile.h"
#include "storage/StagingFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace credfolio {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Restore", text);
}

Status copyFile(const QString& from, const QString& to)
{
    QFile in(from);
    QFile out(to);
    if (!in.open(QIODevice::ReadOnly))
        return Status::failure(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(from), in.errorString()));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Status::failure(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(to), out.errorString()));
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError)
            return Status::failure(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(from), in.errorString()));
        if (out.write(chunk) != chunk.size())
            return Status::failure(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(to), out.errorString()));
    }
    return {};
}

// Leaves nothing of the old portfolio's write-ahead log beside it: the log's pages are
// moved into the file, so the -wal and -shm can go and cannot be replayed into the restored
// file. Fails, changing nothing the learner can see, when another program is using it.
Status settleOldPortfolio(const QString& path)
{
    const QString wal = path + QStringLiteral("-wal");
    if (QFileInfo(wal).size() > 0) {
        SqliteFile db;
        if (db.open(path, false)) {
            db.queryInt(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            db.close();
        }
        if (QFileInfo(wal).size() > 0)
            return Status::failure(tr("The portfolio is in use by another Credfolio window or command. "
                                      "Close it and try again. Nothing was changed."));
    }
    QFile::remove(wal);
    QFile::remove(path + QStringLiteral("-shm"));
    return {};
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
        return R::failure(tr("The backup and the portfolio are the same file."));
    // Checked on the backup itself first, so a bad file is refused before anything is written.
    const auto backup = inspectBackup(backupPath);
    if (!backup)
        return R::failure(backup.error() + QLatin1Char(' ') + tr("Your portfolio was not changed."));

    Summary summary;
    summary.fromVersion = backup->schemaVersion;
    summary.replaced = QFileInfo::exists(portfolioPath);
    if (!options.replaceExisting && needsConfirmation(portfolioPath))
        return R::failure(tr("The portfolio at %1 holds your badges and plans; restoring would replace them. "
                             "Confirm to replace it. Nothing was changed.")
                              .arg(QDir::toNativeSeparators(portfolioPath)));

    auto staging = StagingFile::create(portfolioPath);
    if (!staging)
        return R::failure(staging.error());
    if (Status status = copyFile(backupPath, staging->path()); !status)
        return R::failure(status.error());
    // The copy is what goes in place: check it again (the backup may have changed since).
    const auto copied = PortfolioFile::inspect(staging->path(), true);
    if (!copied)
        return R::failure(copied.error() + QLatin1Char(' ') + tr("Your portfolio was not changed."));

    {
        // Opening migrates an older format up to this version's.
        auto migrated = Database::open(staging->path());
        if (!migrated)
            return R::failure(
                tr("The backup could not be brought up to this version's format: %1 Your portfolio was not changed.")
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

    if (Status status = settleOldPortfolio(portfolioPath); !status)
        return R::failure(status.error());
    if (Status status = staging.value().commit(); !status)
        return R::failure(status.error() + QLatin1Char(' ') + tr("Your portfolio was not changed."));
    qCInfo(lcStorage) << "restored" << backupPath << "into" << portfolioPath << "format" << summary.fromVersion << "->"
                      << summary.toVersion;
    return summary;
}

} // namespace credfolio
