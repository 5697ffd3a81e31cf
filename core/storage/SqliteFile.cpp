#include "storage/SqliteFile.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <sqlite3.h>

namespace credfolio {

SqliteFile::~SqliteFile()
{
    close();
}

Status SqliteFile::open(const QString& path, bool readOnly)
{
    close();
    m_path = path;
    const int flags = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString reason = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        close();
        return Status::failure(QCoreApplication::translate("Database", "Cannot open %1: %2")
                                   .arg(QDir::toNativeSeparators(path), Database::describeError(reason)));
    }
    sqlite3_busy_timeout(m_db, 5000);
    sqlite3_extended_result_codes(m_db, 1);
    return {};
}

void SqliteFile::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void SqliteFile::setBusyTimeout(int ms)
{
    if (m_db)
        sqlite3_busy_timeout(m_db, ms);
}

QString SqliteFile::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
}

Status SqliteFile::exec(const QString& sql)
{
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = message ? QString::fromUtf8(message) : lastError();
        sqlite3_free(message);
        return Status::failure(Database::describeError(text));
    }
    return {};
}

namespace {

// Runs sql and hands the first row's first column to read; false with *error set otherwise.
template <typename Read> bool firstValue(sqlite3* db, const QString& sql, QString* error, Read read)
{
    sqlite3_stmt* stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK) {
        *error = Database::describeError(QString::fromUtf8(sqlite3_errmsg(db)));
        return false;
    }
    const int rc = sqlite3_step(stmt);
    bool ok = false;
    if (rc == SQLITE_ROW) {
        read(stmt);
        ok = true;
    } else if (rc == SQLITE_DONE) {
        *error = QCoreApplication::translate("Database", "No result.");
    } else {
        *error = Database::describeError(QString::fromUtf8(sqlite3_errmsg(db)));
    }
    sqlite3_finalize(stmt);
    return ok;
}

} // namespace

Result<qint64> SqliteFile::queryInt(const QString& sql)
{
    QString error;
    qint64 value = 0;
    if (!firstValue(m_db, sql, &error, [&](sqlite3_stmt* stmt) { value = sqlite3_column_int64(stmt, 0); }))
        return Result<qint64>::failure(error);
    return value;
}

Result<QString> SqliteFile::queryText(const QString& sql)
{
    QString error;
    QString value;
    if (!firstValue(m_db, sql, &error, [&](sqlite3_stmt* stmt) {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
            value = text ? QString::fromUtf8(text) : QString();
        }))
        return Result<QString>::failure(error);
    return value;
}

bool SqliteFile::hasTable(const QString& name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    const auto count =
        queryInt(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '%1'").arg(escaped));
    return count && count.value() > 0;
}

} // namespace credfolio
