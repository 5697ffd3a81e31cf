#pragma once

#include "common/Result.h"

#include <QString>

#include <atomic>
#include <functional>

namespace credfolio {

// One-file backup of a portfolio with the SQLite online backup API. It reads the portfolio
// through a connection of its own, so it runs on any thread while the app works and while
// an import writes: the copy is the portfolio as it stood when the backup began.
class Backup {
public:
    struct Options {
        // Pages copied per step; between steps progress is reported and cancel checked.
        int pagesPerStep = 256;
        // Pages copied so far, of how many. Called on the calling thread.
        std::function<void(int done, int total)> progress;
        const std::atomic_bool* cancel = nullptr;
    };

    struct Summary {
        qint64 bytes = 0;
        int schemaVersion = 0;
        int badges = 0;
    };

    // Writes the portfolio at portfolioPath into outPath: built in a temporary file beside
    // outPath, checked (PRAGMA integrity_check), then renamed over outPath, so outPath is
    // either the complete backup or as it was. outPath must not be the portfolio itself.
    static Result<Summary> create(const QString& portfolioPath, const QString& outPath, const Options& options);
    static Result<Summary> create(const QString& portfolioPath, const QString& outPath)
    {
        return create(portfolioPath, outPath, Options{});
    }
};

} // namespace credfolio
