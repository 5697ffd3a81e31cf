#pragma once

#include "common/Result.h"

#include <QString>

struct sqlite3;

namespace credfolio {

// A plain SQLite connection of our own on a database file, outside QtSql: for backup,
// restore and the checks before them, which may run on any thread and must not touch
// a file more than they say (read-only opens write nothing).
class SqliteFile {
public:
    SqliteFile() = default;
    ~SqliteFile();
    SqliteFile(const SqliteFile&) = delete;
    SqliteFile& operator=(const SqliteFile&) = delete;

    // readOnly: never creates the file, never writes to it.
    Status open(const QString& path, bool readOnly);
    void close();
    void setBusyTimeout(int ms);
    bool isOpen() const { return m_db != nullptr; }

    Status exec(const QString& sql);
    // The first column of the first row, or a failure (no row counts as a failure).
    Result<qint64> queryInt(const QString& sql);
    Result<QString> queryText(const QString& sql);
    bool hasTable(const QString& name);

    sqlite3* handle() const { return m_db; }
    QString lastError() const;

private:
    sqlite3* m_db = nullptr;
    QString m_path;
};

} // namespace credfolio
