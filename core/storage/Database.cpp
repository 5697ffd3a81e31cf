#include "storage/Database.h"

#include "common/Logging.h"
#include "storage/Migrations.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <atomic>

namespace credfolio {

namespace {

// PRAGMA application_id marks a file as a Credfolio portfolio ("CRFD").
constexpr int applicationId = 0x43524644;

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("credfolio-%1").arg(counter.fetch_add(1));
}

int pragmaInt(const QSqlDatabase& db, const QString& pragma, bool* ok)
{
    QSqlQuery query(db);
    *ok = query.exec(QStringLiteral("PRAGMA ") + pragma) && query.next();
    return *ok ? query.value(0).toInt() : 0;
}

Status checkHeader(const QString& path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(QCoreApplication::translate("Database", "Cannot read %1: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    static const QByteArray magic("SQLite format 3\0", 16);
    if (file.read(16) != magic)
        return Status::failure(QCoreApplication::translate("Database",
                                   "%1 is not a Credfolio portfolio (it is not an SQLite database). It was left untouched.")
                                   .arg(QDir::toNativeSeparators(path)));
    return {};
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/credfolio");
    return dir + QStringLiteral("/portfolio.sqlite");
}

QString Database::resolvePath(const QString& commandLinePath)
{
    if (!commandLinePath.isEmpty())
        return commandLinePath;
    const QString fromEnv = qEnvironmentVariable("CREDFOLIO_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return defaultPath();
}

QString Database::describeError(const QString& driverText)
{
    const QString lower = driverText.toLower();
    if (lower.contains(QLatin1String("database is locked")) || lower.contains(QLatin1String("database is busy")))
        return QCoreApplication::translate("Database",
            "The portfolio is busy: another Credfolio window or command is writing to it. Try again in a moment.");
    if (lower.contains(QLatin1String("readonly")) || lower.contains(QLatin1String("read-only")))
        return QCoreApplication::translate("Database", "The portfolio file is read-only, so nothing could be saved.");
    if (lower.contains(QLatin1String("disk is full")) || lower.contains(QLatin1String("database or disk is full")))
        return QCoreApplication::translate("Database", "The disk is full, so nothing could be saved.");
    if (lower.contains(QLatin1String("malformed")) || lower.contains(QLatin1String("not a database")))
        return QCoreApplication::translate("Database", "The portfolio file is damaged (%1).").arg(driverText.trimmed());
    return QCoreApplication::translate("Database", "Database error: %1").arg(driverText.trimmed());
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    bool ok = false;
    const int version = pragmaInt(connection(), QStringLiteral("user_version"), &ok);
    return ok ? version : -1;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const Options& options)
{
    using R = Result<std::unique_ptr<Database>>;
    if (path.isEmpty())
        return R::failure(QCoreApplication::translate("Database", "No portfolio file was given."));
    if (Status header = checkHeader(path); !header)
        return R::failure(header.error());

    const QFileInfo info(path);
    if (!info.exists() && !QDir().mkpath(info.absolutePath()))
        return R::failure(QCoreApplication::translate("Database", "Cannot create the folder %1.")
                              .arg(QDir::toNativeSeparators(info.absolutePath())));

    std::unique_ptr<Database> database(new Database(path, nextConnectionName()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
        if (!db.open())
            return R::failure(describeError(db.lastError().text()));
    }
    QSqlDatabase db = database->connection();

    // Read before writing anything: a file from a newer version, or another program's
    // database, must be left exactly as it was.
    bool ok = false;
    const int version = pragmaInt(db, QStringLiteral("user_version"), &ok);
    if (!ok)
        return R::failure(QCoreApplication::translate("Database",
                              "%1 could not be read as a Credfolio portfolio. It was left untouched.")
                              .arg(QDir::toNativeSeparators(path)));
    const int appId = pragmaInt(db, QStringLiteral("application_id"), &ok);
    int tables = 0;
    {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) && query.next())
            tables = query.value(0).toInt();
    }
    if (appId != applicationId && (appId != 0 || version != 0 || tables != 0))
        return R::failure(QCoreApplication::translate("Database",
                              "%1 is an SQLite database of another program, not a Credfolio portfolio. It was left untouched.")
                              .arg(QDir::toNativeSeparators(path)));
    const int latest = Migrations::latestVersion();
    if (version > latest)
        return R::failure(QCoreApplication::translate("Database",
                              "This portfolio was written by a newer version of Credfolio (format %1; this version reads up to %2). "
                              "Update Credfolio to open it. The file was left untouched.")
                              .arg(version)
                              .arg(latest));

    for (const QString& pragma : {QStringLiteral("PRAGMA foreign_keys = ON"),
                                  QStringLiteral("PRAGMA journal_mode = WAL"),
                                  QStringLiteral("PRAGMA synchronous = NORMAL"),
                                  // Large catalog imports touch many index pages; a cache of up to 256 MiB
                                  // (allocated only as used) keeps them in memory instead of spilling and
                                  // re-reading them.
                                  QStringLiteral("PRAGMA cache_size = -262144"),
                                  QStringLiteral("PRAGMA temp_store = MEMORY")}) {
        if (Status status = sql::run(db, pragma); !status)
            return R::failure(status.error());
    }

    const int target = options.targetVersion < 0 ? latest : std::min(options.targetVersion, latest);
    if (version < target) {
        if (version == 0) {
            if (Status status = sql::run(db, QStringLiteral("PRAGMA application_id = %1").arg(applicationId)); !status)
                return R::failure(status.error());
            database->m_createdNew = true;
        }
        qCInfo(lcStorage) << "migrating" << path << "from schema" << version << "to" << target;
        if (Status status = Migrations::migrate(db, target); !status)
            return R::failure(status.error());
    }
    return database;
}

} // namespace credfolio
