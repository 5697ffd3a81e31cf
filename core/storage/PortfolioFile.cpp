#include "storage/PortfolioFile.h"

#include "storage/Migrations.h"
#include "storage/SqliteFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace credfolio {

namespace {

// PRAGMA application_id of a Credfolio portfolio ("CRFD"), as Database.cpp writes it.
constexpr qint64 credfolioApplicationId = 0x43524644;

int countOf(SqliteFile& db, const QString& table, const QString& where = {})
{
    if (!db.hasTable(table))
        return 0;
    const auto count = db.queryInt(QStringLiteral("SELECT count(*) FROM ") + table + where);
    return count ? int(count.value()) : 0;
}

} // namespace

bool PortfolioFile::looksLikeSqlite(const QString& path)
{
    QFile file(path);
    static const QByteArray magic("SQLite format 3\0", 16);
    return file.open(QIODevice::ReadOnly) && file.read(16) == magic;
}

Result<PortfolioFileInfo> PortfolioFile::inspect(const QString& path, bool checkIntegrity)
{
    using R = Result<PortfolioFileInfo>;
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.exists())
        return R::failure(QCoreApplication::translate("PortfolioFile", "%1 does not exist.").arg(shown));
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(QCoreApplication::translate("PortfolioFile", "Cannot read %1: %2").arg(shown, file.errorString()));
    file.close();
    if (!looksLikeSqlite(path))
        return R::failure(QCoreApplication::translate(
            "PortfolioFile", "%1 is not a Credfolio portfolio or backup (it is not an SQLite database).")
                              .arg(shown));

    SqliteFile db;
    if (Status status = db.open(path, true); !status)
        return R::failure(status.error());
    const auto appId = db.queryInt(QStringLiteral("PRAGMA application_id"));
    if (!appId)
        return R::failure(
            QCoreApplication::translate("PortfolioFile", "%1 is damaged and cannot be read (%2).").arg(shown, appId.error()));
    if (checkIntegrity) {
        // quick_check skips index-content checks; a backup is small enough for the full one.
        const auto verdict = db.queryText(QStringLiteral("PRAGMA integrity_check(1)"));
        if (!verdict || verdict.value() != QLatin1String("ok"))
            return R::failure(
                QCoreApplication::translate("PortfolioFile", "%1 is damaged (the SQLite integrity check failed: %2).")
                    .arg(shown, verdict ? verdict.value() : verdict.error()));
    }
    const auto version = db.queryInt(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return R::failure(
            QCoreApplication::translate("PortfolioFile", "%1 is damaged and cannot be read (%2).").arg(shown, version.error()));
    if (appId.value() != credfolioApplicationId || version.value() <= 0 || !db.hasTable(QStringLiteral("meta")))
        return R::failure(
            QCoreApplication::translate("PortfolioFile", "%1 is an SQLite database but not a Credfolio portfolio or backup.")
                .arg(shown));
    const int latest = Migrations::latestVersion();
    if (version.value() > latest)
        return R::failure(QCoreApplication::translate("PortfolioFile",
            "%1 was written by a newer version of Credfolio (format %2; this version reads up to %3). "
            "Update Credfolio to use it.")
                              .arg(shown)
                              .arg(version.value())
                              .arg(latest));

    PortfolioFileInfo info;
    info.schemaVersion = int(version.value());
    info.badges = countOf(db, QStringLiteral("badges"));
    info.collections = countOf(db, QStringLiteral("collections"));
    info.plannedCredentials = countOf(db, QStringLiteral("plan"));
    info.courseProgress = countOf(db, QStringLiteral("course_progress"));
    info.profile = countOf(db, QStringLiteral("learner_identities")) > 0
        || countOf(db, QStringLiteral("learner_profile"), QStringLiteral(" WHERE name <> '' OR headline <> ''")) > 0;
    return info;
}

} // namespace credfolio
