#include "storage/SqliteStatement.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace credfolio {

namespace {

sqlite3* handleOf(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

} // namespace

SqliteStatement::SqliteStatement(const QSqlDatabase& db, const char* sql) : m_db(handleOf(db))
{
    if (!m_db) {
        m_error = QCoreApplication::translate("Database", "Database error: the connection is not an open SQLite database.");
        return;
    }
    if (sqlite3_prepare_v2(m_db, sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
        m_error = Database::describeError(QString::fromUtf8(sqlite3_errmsg(m_db)));
        m_stmt = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::bind(int index, const QString& text)
{
    if (index <= 0)
        return;
    if (m_texts.size() < size_t(index))
        m_texts.resize(size_t(index));
    QByteArray& utf8 = m_texts[size_t(index - 1)];
    utf8 = text.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

void SqliteStatement::bindOptional(int index, const QString& text)
{
    if (text.isEmpty())
        bindNull(index);
    else
        bind(index, text);
}

Status SqliteStatement::run()
{
    if (!m_stmt)
        return Status::failure(m_error);
    const int rc = sqlite3_step(m_stmt);
    Status status;
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        status = Status::failure(Database::describeError(QString::fromUtf8(sqlite3_errmsg(m_db))));
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return status;
}

bool SqliteStatement::next()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = Database::describeError(QString::fromUtf8(sqlite3_errmsg(m_db)));
    return false;
}

qint64 SqliteStatement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double SqliteStatement::columnDouble(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString SqliteStatement::columnText(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 SqliteStatement::lastInsertRowid() const
{
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace credfolio
