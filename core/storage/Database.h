#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace credfolio {

// One open portfolio database: a named QSqlDatabase connection owned by this object.
// Qt's rule applies: a Database is used only from the thread that opened it; another
// thread opens its own Database on the same path.
class Database
{
public:
    struct Options
    {
        // How long a writer waits for another process's write to finish before
        // giving up with a clear message.
        int busyTimeoutMs = 2000;
        // Migrate up to this version (tests build older schemas); -1 = latest.
        int targetVersion = -1;
    };

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating if needed) and migrates the database at path. Refuses, untouched,
    // a file that is not a Credfolio database or was written by a newer version.
    static Result<std::unique_ptr<Database>> open(const QString& path, const Options& options);
    static Result<std::unique_ptr<Database>> open(const QString& path) { return open(path, Options{}); }

    // Where the learner's portfolio lives unless --db or CREDFOLIO_DB say otherwise.
    static QString defaultPath();
    // --db PATH wins, then the CREDFOLIO_DB environment variable, then defaultPath().
    static QString resolvePath(const QString& commandLinePath);

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    // True when this open created the schema from nothing (a brand-new portfolio).
    bool isNew() const { return m_createdNew; }

    // Turns a driver error into words a learner understands (busy, read-only, full disk).
    static QString describeError(const QString& driverText);

private:
    Database(QString path, QString connectionName);

    QString m_path;
    QString m_connectionName;
    bool m_createdNew = false;
};

} // namespace credfolio
