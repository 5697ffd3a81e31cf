#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QByteArray>
#include <QString>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace credfolio {

// A prepared statement on the SQLite handle beneath a QSqlDatabase connection, for the
// few hot paths (bulk catalog import, full-text scans) where QtSql's per-value overhead
// dominates: binding there costs more than SQLite's own work. Same connection, same
// transaction; everything else keeps using QSqlQuery.
class SqliteStatement
{
public:
    SqliteStatement(const QSqlDatabase& db, const char* sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    const QString& error() const { return m_error; }

    // Parameters are numbered from 1, as in SQLite.
    void bind(int index, const QString& text);
    void bind(int index, double value);
    void bind(int index, qint64 value);
    void bindNull(int index);
    // Text when non-empty, NULL otherwise.
    void bindOptional(int index, const QString& text);

    // Runs a statement that returns no rows, then resets it for the next use.
    Status run();
    // Steps a query: true while there is a row.
    bool next();
    qint64 columnInt64(int column) const;
    double columnDouble(int column) const;
    QString columnText(int column) const;
    void reset();

    qint64 lastInsertRowid() const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_error;
    // UTF-8 copies of bound text, kept alive until the next bind of the same parameter so
    // SQLite can use them without copying (Qt's encoder is faster than SQLite's UTF-16 path).
    std::vector<QByteArray> m_texts;
};

} // namespace credfolio
