#pragma once

#include "common/Result.h"

#include <QString>

namespace credfolio {

// A temporary file beside a destination, renamed over it once complete: removed (with
// SQLite's -journal, -wal and -shm beside it) unless committed.
class StagingFile {
public:
    // Makes an empty file with a unique name in destination's folder.
    static Result<StagingFile> create(const QString& destination);
    StagingFile(StagingFile&& other) noexcept;
    StagingFile& operator=(StagingFile&&) = delete;
    StagingFile(const StagingFile&) = delete;
    ~StagingFile();

    const QString& path() const { return m_path; }
    // Flushes the file to disk and renames it over the destination (atomic on one file system).
    Status commit();

    // Removes path and SQLite's side files of it (-journal, -wal, -shm).
    static void removeWithSideFiles(const QString& path);
    static Status syncToDisk(const QString& path);

private:
    StagingFile(QString path, QString destination);
    QString m_path;
    QString m_destination;
    bool m_done = false;
};

} // namespace credfolio
