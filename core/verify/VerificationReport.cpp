#include "verify/VerificationReport.h"

#include <QJsonArray>

namespace credfolio {

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return QStringLiteral("valid");
    case Verdict::Invalid:
        return QStringLiteral("invalid");
    case Verdict::Indeterminate:
        break;
    }
    return QStringLiteral("indeterminate");
}

QString checkStatusName(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return QStringLiteral("pass");
    case CheckStatus::Fail:
        return QStringLiteral("fail");
    case CheckStatus::Warn:
        return QStringLiteral("warn");
    case CheckStatus::Skip:
        break;
    }
    return QStringLiteral("skip");
}

Verdict verdictOf(const QList<VerificationCheck>& checks)
{
    bool undecided = false;
    bool anyPass = false;
    for (const VerificationCheck& check : checks) {
        if (check.status == CheckStatus::Fail)
            return Verdict::Invalid;
        if (check.status == CheckStatus::Skip && check.required)
            undecided = true;
        if (check.status == CheckStatus::Pass)
            anyPass = true;
    }
    // A report without a single passed check claims nothing.
    return undecided || !anyPass ? Verdict::Indeterminate : Verdict::Valid;
}

Verdict VerificationReport::verdict() const
{
    return verdictOf(checks);
}

void VerificationReport::pass(const QString& id, const QString& message)
{
    checks.append({id, CheckStatus::Pass, message, true});
}

void VerificationReport::fail(const QString& id, const QString& message)
{
    checks.append({id, CheckStatus::Fail, message, true});
}

void VerificationReport::warn(const QString& id, const QString& message)
{
    checks.append({id, CheckStatus::Warn, message, false});
}

void VerificationReport::skip(const QString& id, const QString& message, bool required)
{
    checks.append({id, CheckStatus::Skip, message, required});
}

bool VerificationReport::hasFailure() const
{
    for (const VerificationCheck& check : checks) {
        if (check.status == CheckStatus::Fail)
            return true;
    }
    return false;
}

const VerificationCheck* VerificationReport::find(const QString& id) const
{
    for (const VerificationCheck& check : checks) {
        if (check.id == id)
            return &check;
    }
    return nullptr;
}

QJsonObject VerificationReport::toJson() const
{
    if (isError())
        return QJsonObject{{QStringLiteral("status"), QStringLiteral("error")}, {QStringLiteral("format"), format},
            {QStringLiteral("container"), container}, {QStringLiteral("error"), error}, {QStringLiteral("checks"), QJsonArray()},
            {QStringLiteral("credential"), QJsonObject()}};
    QJsonArray checkArray;
    for (const VerificationCheck& check : checks)
        checkArray.append(QJsonObject{{QStringLiteral("id"), check.id}, {QStringLiteral("status"), checkStatusName(check.status)},
            {QStringLiteral("message"), check.message}});
    QJsonObject json{{QStringLiteral("status"), verdictName(verdict())}, {QStringLiteral("format"), format},
        {QStringLiteral("container"), container}, {QStringLiteral("checks"), checkArray},
        {QStringLiteral("credential"), credential.toJson()}};
    if (!embedded.isEmpty()) {
        QJsonArray inner;
        for (const VerificationReport& report : embedded)
            inner.append(report.toJson());
        json.insert(QStringLiteral("embedded"), inner);
    }
    return json;
}

} // namespace credfolio
