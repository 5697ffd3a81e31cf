#pragma once

#include "common/Result.h"
#include "portfolio/BadgeRecord.h"

#include <QDateTime>
#include <QString>

#include <atomic>
#include <functional>
#include <vector>

namespace credfolio {

class BadgeStore;

// The plain-files export: the chosen badges' original files, unchanged, in a new folder
// with a manifest.json that lists each one (file name, credential id, badge, issuer,
// status, verdict, when it was verified, media type, SHA-256). Self-reported entries have
// no file; they are listed with "file": null so the manifest still accounts for them.
class FilesExport {
public:
    static constexpr const char* manifestName = "manifest.json";

    struct Options {
        // When the export is stamped (tests pin it); invalid = now.
        QDateTime exportedAt;
        // Badges written so far, of how many.
        std::function<void(int done, int total)> progress;
        const std::atomic_bool* cancel = nullptr;
    };

    struct Summary {
        QString directory;
        int files = 0; // badge files written
        int listedWithoutFile = 0; // self-reported entries
    };

    // Writes badges into outDir, which must not exist or be an empty folder. The folder is
    // built beside outDir under a temporary name and renamed into place when complete, so
    // outDir is either the whole export or absent (an empty outDir stays empty on failure).
    static Result<Summary> write(
        const BadgeStore& store, const std::vector<BadgeRecord>& badges, const QString& outDir, const Options& options);
    static Result<Summary> write(const BadgeStore& store, const std::vector<BadgeRecord>& badges, const QString& outDir)
    {
        return write(store, badges, outDir, Options{});
    }

    // outDir can take an export: absent, or an empty folder. Otherwise says why not.
    static Status checkTarget(const QString& outDir);
};

} // namespace credfolio
