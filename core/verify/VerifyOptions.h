#pragma once

#include <QDateTime>
#include <QStringList>

#include <functional>

namespace credfolio {

class Resolver;

// What the caller decides for one verification run. Everything the verifier may fetch
// comes through the resolver; without one, every check that needs a document is reported
// as not run (indeterminate), never as passed.
struct VerifyOptions {
    Resolver* resolver = nullptr;
    // The moment validity periods and status are judged at. Invalid: ask the clock.
    QDateTime at;
    // The clock used when `at` is not set (injectable for tests); defaults to the system's UTC time.
    std::function<QDateTime()> clock;
    // Email addresses, URLs or other identities the recipient is expected to be; when given,
    // hashed recipient identities (sha256$…, md5$…) are checked against them.
    QStringList recipientIdentities;
    // What a recipient that is not one of recipientIdentities makes of the badge: a failed
    // check (the CLI's --recipient) or, as the portfolio does with the learner's profile, a
    // warning that flags the badge without calling it forged.
    bool recipientMismatchFails = true;
    // The caller allowed online checks. Informational: what can be fetched is decided by the
    // resolver alone (a ChainedResolver over a NetworkResolver when online, see core/net).
    bool online = false;
    // For a Verifiable Presentation: the challenge and domain the verifier (the employer) gave
    // the holder. When set, the presentation's proof must carry exactly these; when empty, the
    // proof's own values are reported but not judged.
    QString challenge;
    QString domain;

    QDateTime evaluationTime() const
    {
        if (at.isValid())
            return at.toUTC();
        return clock ? clock().toUTC() : QDateTime::currentDateTimeUtc();
    }
};

} // namespace credfolio
