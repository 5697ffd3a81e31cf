#pragma once

#include "common/Result.h"

#include <QString>

namespace credfolio {

// What a portfolio file holds, read through a connection of its own (the file may be a
// backup, a restore's staging copy, or the live portfolio of a running app).
struct PortfolioFileInfo {
    int schemaVersion = 0;
    int badges = 0;
    int collections = 0;
    int plannedCredentials = 0;
    int courseProgress = 0;
    bool profile = false; // a name, headline or identity is set

    // The learner's own data: what a restore would lose. The built-in catalog does not count.
    bool holdsLearnerData() const
    {
        return badges > 0 || collections > 0 || plannedCredentials > 0 || courseProgress > 0 || profile;
    }
};

namespace PortfolioFile {

// Checks that path is a Credfolio portfolio this version can open: an SQLite file, intact
// (PRAGMA integrity_check when checkIntegrity), marked as a Credfolio portfolio (its
// application id and meta table), and not written by a newer version. Opens read-only:
// the file is never changed. The messages say what is wrong in plain words.
Result<PortfolioFileInfo> inspect(const QString& path, bool checkIntegrity);

// True when path starts with the SQLite file header.
bool looksLikeSqlite(const QString& path);

} // namespace PortfolioFile

} // namespace credfolio
