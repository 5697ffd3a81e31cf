#include "portfolio/BadgeRecord.h"

#include <QCoreApplication>

namespace credfolio {

QString badgeStateName(BadgeState state)
{
    switch (state) {
    case BadgeState::Verified:
        return QStringLiteral("verified");
    case BadgeState::NotVerified:
        return QStringLiteral("not-verified");
    case BadgeState::Invalid:
        return QStringLiteral("invalid");
    case BadgeState::Expired:
        return QStringLiteral("expired");
    case BadgeState::Revoked:
        return QStringLiteral("revoked");
    case BadgeState::SelfReported:
        return QStringLiteral("self-reported");
    }
    return {};
}

BadgeState badgeStateFromName(const QString& name)
{
    for (BadgeState s : {BadgeState::Verified, BadgeState::NotVerified, BadgeState::Invalid, BadgeState::Expired,
             BadgeState::Revoked, BadgeState::SelfReported}) {
        if (badgeStateName(s) == name)
            return s;
    }
    return BadgeState::NotVerified;
}

QString badgeStateLabel(BadgeState state)
{
    switch (state) {
    case BadgeState::Verified:
        return QCoreApplication::translate("BadgeState", "Verified");
    case BadgeState::NotVerified:
        return QCoreApplication::translate("BadgeState", "Not verified");
    case BadgeState::Invalid:
        return QCoreApplication::translate("BadgeState", "Invalid");
    case BadgeState::Expired:
        return QCoreApplication::translate("BadgeState", "Expired");
    case BadgeState::Revoked:
        return QCoreApplication::translate("BadgeState", "Revoked");
    case BadgeState::SelfReported:
        return QCoreApplication::translate("BadgeState", "Self-reported");
    }
    return {};
}

BadgeState badgeStateOf(const VerificationReport& report, const QDateTime& at)
{
    switch (report.verdict()) {
    case Verdict::Valid:
        return BadgeState::Verified;
    case Verdict::Indeterminate:
        return BadgeState::NotVerified;
    case Verdict::Invalid:
        break;
    }
    const auto failed = [&](const QString& id) {
        const VerificationCheck* check = report.find(id);
        return check && check->status == CheckStatus::Fail;
    };
    if (failed(QStringLiteral("status")))
        return BadgeState::Revoked;
    if (failed(QStringLiteral("validity.period")) && report.credential.expires.isValid() && report.credential.expires <= at)
        return BadgeState::Expired;
    return BadgeState::Invalid;
}

QString BadgeSkill::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Alignment:
        return QStringLiteral("alignment");
    case Kind::Skill:
        return QStringLiteral("skill");
    case Kind::Tag:
        return QStringLiteral("tag");
    }
    return {};
}

BadgeSkill::Kind BadgeSkill::kindFromName(const QString& name)
{
    if (name == QLatin1String("skill"))
        return Kind::Skill;
    if (name == QLatin1String("tag"))
        return Kind::Tag;
    return Kind::Alignment;
}

} // namespace credfolio
