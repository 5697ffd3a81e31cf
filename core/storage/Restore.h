#pragma once

#include "common/Result.h"
#include "storage/PortfolioFile.h"

#include <QString>

namespace credfolio {

// Puts a backup in place of the portfolio, atomically: the backup is copied into a
// temporary file beside the portfolio, checked and migrated there, and only then renamed
// over the portfolio. On any failure the portfolio is exactly as it was.
//
// No connection to the portfolio may be open in this process while it runs (close the
// Database first, reopen it after); another process that keeps it open would go on
// reading the old file.
class Restore {
public:
    struct Options {
        // Replace a portfolio that holds the learner's data (badges, collections, plan,
        // progress, profile). Without it such a portfolio is refused.
        bool replaceExisting = false;
    };

    struct Summary {
        int fromVersion = 0; // the backup's format
        int toVersion = 0; // after migration
        PortfolioFileInfo restored;
        bool replaced = false; // a portfolio file was there before
    };

    // What the backup holds, after the same checks a restore makes (readable, intact, a
    // Credfolio portfolio, not newer). Reads only.
    static Result<PortfolioFileInfo> inspectBackup(const QString& backupPath);
    // True when the portfolio at path holds the learner's data, or cannot be read (so it is
    // not silently replaced); false when there is no file or only the built-in catalog.
    static bool needsConfirmation(const QString& portfolioPath);

    static Result<Summary> run(const QString& backupPath, const QString& portfolioPath, const Options& options);
};

} // namespace credfolio
