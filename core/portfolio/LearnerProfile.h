#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace credfolio {

// Who the learner is: shown on exports, and the identities badges are issued to (used for
// the Open Badges recipient check, so a badge issued to someone else is flagged).
struct LearnerProfile {
    QString name;
    QString headline;
    QStringList emails;
    QStringList urls;

    // Emails and URLs, for VerifyOptions::recipientIdentities.
    QStringList identities() const { return emails + urls; }

    static Result<LearnerProfile> load(const QSqlDatabase& db);
    // Replaces the stored profile in one transaction. Refuses an email without '@' or a URL
    // that is not absolute, naming it.
    Status save(const QSqlDatabase& db) const;
};

} // namespace credfolio
