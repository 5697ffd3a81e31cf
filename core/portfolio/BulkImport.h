#pragma once

#include "portfolio/BadgeImporter.h"

#include <QSqlDatabase>
#include <QStringList>

#include <atomic>
#include <functional>
#include <vector>

namespace credfolio {

// Imports many files: verification runs on worker threads (one per core), the calling
// thread stores each verified file in its own transaction as it arrives. Cancel stops
// between files: every badge is then either fully stored or absent.
class BulkImport {
public:
    // Called on the calling thread after each file, with how many are done of how many.
    using ProgressFn = std::function<void(const ImportOutcome& outcome, int done, int total)>;

    struct Options {
        BadgeImporter::Options import;
        // Worker threads verifying files; 0 = one per core.
        int threads = 0;
    };

    // files: already expanded (expandImportPaths). db: a connection of the calling thread.
    // Returns one outcome per file handled, in the order of `files`; when cancelled, the
    // files not reached are missing from the list.
    static std::vector<ImportOutcome> run(QSqlDatabase db, const QStringList& files, const Options& options,
        const std::atomic_bool* cancel = nullptr, const ProgressFn& progress = {});
};

} // namespace credfolio
