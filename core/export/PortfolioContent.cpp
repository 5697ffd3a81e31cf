#include "export/PortfolioContent.h"

#include "portfolio/BadgeStore.h"
#include "portfolio/CredentialFacts.h"
#include "portfolio/LearnerProfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace credfolio {

namespace {

QString extensionFor(const QString& container)
{
    if (container == QLatin1String("png"))
        return QStringLiteral("png");
    if (container == QLatin1String("svg"))
        return QStringLiteral("svg");
    if (container == QLatin1String("jws"))
        return QStringLiteral("jwt");
    return QStringLiteral("json");
}

QString mimeFor(const QString& container)
{
    if (container == QLatin1String("png"))
        return QStringLiteral("image/png");
    if (container == QLatin1String("svg"))
        return QStringLiteral("image/svg+xml");
    if (container == QLatin1String("jws"))
        return QStringLiteral("application/jwt");
    return QStringLiteral("application/json");
}

// Makes name unique among taken: "badge.png", "badge-2.png", ...
QString uniqueName(const QString& name, QSet<QString>* taken)
{
    const QFileInfo info(name);
    const QString base = info.completeBaseName();
    const QString suffix = info.suffix();
    QString candidate = name;
    for (int n = 2; taken->contains(candidate.toLower()); ++n)
        candidate = QStringLiteral("%1-%2.%3").arg(base).arg(n).arg(suffix);
    taken->insert(candidate.toLower());
    return candidate;
}

ExportCredential credentialFrom(const BadgeStore& store, const BadgeDetail& detail)
{
    ExportCredential c;
    c.record = detail.record;
    const QJsonObject& credential = detail.credential;
    const QJsonObject achievement = CredentialFacts::achievement(credential);
    c.achievementName = achievement.value(QLatin1String("name")).toString();
    if (c.achievementName.isEmpty())
        c.achievementName = detail.record.name;
    c.issuer = detail.record.issuerName;
    c.description = CredentialFacts::description(credential);
    if (c.description.isEmpty())
        c.description = detail.record.description;
    c.criteriaUrl = CredentialFacts::criteriaUrl(credential);
    c.criteria = CredentialFacts::criteria(credential);
    if (c.criteria == c.criteriaUrl)
        c.criteria.clear();
    c.image = store.image(detail.record.id, &c.imageType);

    const QString format = detail.report.value(QLatin1String("format")).toString();
    QString id = detail.record.credentialId;
    if (id.isEmpty())
        id = credential.value(QLatin1String("id")).toString();
    c.verifyUrl = verificationUrl(format.isEmpty() ? detail.record.format : format, id);

    c.verdict = detail.report.value(QLatin1String("status")).toString();
    if (c.verdict.isEmpty())
        c.verdict = detail.record.verdict;
    c.checkedAt = detail.record.verifiedAt;
    for (const QJsonValue& value : detail.report.value(QLatin1String("checks")).toArray()) {
        const QJsonObject check = value.toObject();
        if (check.value(QLatin1String("status")).toString() == QLatin1String("pass")) {
            const QString message = check.value(QLatin1String("message")).toString();
            c.passedChecks.append(message.isEmpty() ? check.value(QLatin1String("id")).toString() : message);
        }
    }
    for (const BadgeSkill& skill : detail.skills) {
        const QString label = skill.label.simplified();
        if (!label.isEmpty() && !c.skills.contains(label, Qt::CaseInsensitive))
            c.skills.append(label);
    }
    c.original = detail.original;
    c.attachmentType = mimeFor(detail.record.container);
    return c;
}

} // namespace

QString verificationUrl(const QString& format, const QString& credentialId)
{
    const QUrl url(credentialId, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
        return {};
    if (format == QLatin1String("ob2-hosted") || format.startsWith(QLatin1String("vc")))
        return url.toString(QUrl::FullyEncoded);
    return {};
}

QString attachmentFileName(const BadgeRecord& record)
{
    const QString extension = extensionFor(record.container);
    QString base = QFileInfo(record.fileName).completeBaseName();
    if (base.isEmpty())
        base = record.name;
    // Keep names portable: no path separators or control characters, not too long.
    base.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]+")), QStringLiteral("-"));
    base = base.simplified().left(80);
    if (base.isEmpty() || base.startsWith(QLatin1Char('.')))
        base = QStringLiteral("badge-%1").arg(record.id);
    return base + QLatin1Char('.') + extension;
}

Result<PortfolioContent> loadPortfolioContent(
    const QSqlDatabase& db, const PdfExportOptions& options, const ExportProgress& progress, const CancelFlag* cancel)
{
    using R = Result<PortfolioContent>;
    const BadgeStore store(db);
    auto badges = resolveSelection(store, options.selection);
    if (!badges)
        return R::failure(badges.error());
    auto profile = LearnerProfile::load(db);
    if (!profile)
        return R::failure(profile.error());

    PortfolioContent content;
    content.name = profile->name.trimmed();
    if (options.contact.headline)
        content.headline = profile->headline.trimmed();
    if (options.contact.emails)
        content.emails = profile->emails;
    if (options.contact.urls)
        content.urls = profile->urls;
    content.date = options.date;
    content.locale = options.locale;
    content.pdfA = options.pdfA;

    QSet<QString> names;
    QMap<QString, QPair<QString, QList<int>>> skills; // folded label -> (label, credentials)
    const int total = int(badges->size());
    for (int i = 0; i < total; ++i) {
        if (cancel && cancel->load())
            return R::failure(QCoreApplication::translate("PortfolioContent", "The export was cancelled."));
        const auto detail = store.detail(badges->at(std::size_t(i)).id);
        if (!detail)
            return R::failure(
                QCoreApplication::translate("PortfolioContent", "The badge %1 could not be read from the portfolio.")
                    .arg(badges->at(std::size_t(i)).id));
        ExportCredential credential = credentialFrom(store, *detail);
        if (!credential.original.isEmpty() && !options.pdfA)
            credential.attachmentName = uniqueName(attachmentFileName(credential.record), &names);
        if (options.pdfA)
            credential.original.clear();
        for (const QString& skill : credential.skills) {
            auto& entry = skills[skill.toCaseFolded()];
            if (entry.first.isEmpty())
                entry.first = skill;
            entry.second.append(i);
        }
        content.credentials.push_back(std::move(credential));
        if (progress)
            progress(i + 1, total, QCoreApplication::translate("PortfolioContent", "Reading badges"));
    }
    for (auto it = skills.cbegin(); it != skills.cend(); ++it)
        content.skills.append(it.value());
    return content;
}

} // namespace credfolio
