#pragma once

#include "badge/CredentialSummary.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace credfolio {

enum class Verdict { Valid, Invalid, Indeterminate };
enum class CheckStatus { Pass, Fail, Warn, Skip };

QString verdictName(Verdict verdict); // "valid", "invalid", "indeterminate"
QString checkStatusName(CheckStatus status); // "pass", "fail", "warn", "skip"

// One step of a verification, with a message a learner understands.
struct VerificationCheck {
    QString id; // stable identifier, documented in docs/verification.md
    CheckStatus status = CheckStatus::Skip;
    QString message;
    // A skipped required check means the verifier could not decide (indeterminate); a skipped
    // optional one (no recipient identity was given, say) changes nothing.
    bool required = true;
};

// The outcome of verifying one badge: the checks that ran, what the credential says, and
// the credentials it carries (a CLR's achievements). The verdict is derived from the
// checks in one place, verdictOf().
class VerificationReport {
public:
    QString format; // "vc-jwt", "vc-data-integrity", "vc", "ob2-signed", "ob2-hosted"
    QString container; // "png", "svg", "json", "jws"
    CredentialSummary credential;
    QList<VerificationCheck> checks;
    QList<VerificationReport> embedded;
    // Set when the input is not a badge at all (unreadable, malformed container, not JSON
    // or JWS): there is no verdict then, and the CLI reports "error".
    QString error;

    bool isError() const { return !error.isEmpty(); }
    Verdict verdict() const;

    void pass(const QString& id, const QString& message);
    void fail(const QString& id, const QString& message);
    void warn(const QString& id, const QString& message);
    // A check that could not run. Required by default: the verdict becomes indeterminate.
    void skip(const QString& id, const QString& message, bool required = true);
    void add(VerificationCheck check) { checks.append(std::move(check)); }

    bool hasFailure() const;
    const VerificationCheck* find(const QString& id) const;

    // {"status", "format", "container", "checks": [...], "credential": {...}, "embedded": [...]}
    // or {"status": "error", "error": "..."} for errors.
    QJsonObject toJson() const;
};

// Verdict precedence, the one place it is decided: any failed check makes the badge
// invalid (even when another check could not run); otherwise any required check that did
// not run makes it indeterminate; warnings never change the verdict.
Verdict verdictOf(const QList<VerificationCheck>& checks);

} // namespace credfolio
