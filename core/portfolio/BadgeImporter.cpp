#include "portfolio/BadgeImporter.h"

#include "badge/BadgeContainer.h"
#include "badge/PngChunks.h"
#include "crypto/Hash.h"
#include "portfolio/CredentialFacts.h"
#include "verify/Verifier.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace credfolio {

namespace {

QString mediaTypeOf(const QString& container)
{
    if (container == QLatin1String("png"))
        return QStringLiteral("image/png");
    if (container == QLatin1String("svg"))
        return QStringLiteral("image/svg+xml");
    if (container == QLatin1String("jws"))
        return QStringLiteral("application/jwt");
    return QStringLiteral("application/json");
}

} // namespace

QString ImportOutcome::resultName(Result result)
{
    switch (result) {
    case Result::Imported:
        return QStringLiteral("imported");
    case Result::Duplicate:
        return QStringLiteral("duplicate");
    case Result::Refused:
        return QStringLiteral("refused");
    case Result::Error:
        return QStringLiteral("error");
    }
    return {};
}

Result<QByteArray> BadgeImporter::readFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Result<QByteArray>::failure(QCoreApplication::translate("BadgeImporter", "The file does not exist."));
    if (info.isDir())
        return Result<QByteArray>::failure(QCoreApplication::translate("BadgeImporter", "This is a folder, not a file."));
    if (info.size() > badgelimits::maxFileBytes)
        return Result<QByteArray>::failure(
            QCoreApplication::translate("BadgeImporter", "The file is %1 MiB; badge files over %2 MiB are refused.")
                .arg(info.size() / (1024 * 1024))
                .arg(badgelimits::maxFileBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(
            QCoreApplication::translate("BadgeImporter", "The file cannot be read: %1").arg(file.errorString()));
    // Read what the file holds (one byte more tells a file that grew past the limit);
    // asking QFile for the whole limit would allocate 16 MiB for every small badge.
    return file.read(std::min<qint64>(info.size(), badgelimits::maxFileBytes) + 1);
}

PreparedBadge BadgeImporter::prepareFile(const QString& path, const VerifyOptions& options)
{
    const Result<QByteArray> bytes = readFile(path);
    if (!bytes) {
        PreparedBadge p;
        p.file = path;
        p.error = bytes.error();
        return p;
    }
    return prepare(bytes.value(), path, options);
}

PreparedBadge BadgeImporter::prepare(const QByteArray& bytes, const QString& name, const VerifyOptions& options)
{
    PreparedBadge p;
    p.file = name;
    p.original = bytes;
    p.sha256 = QString::fromLatin1(hash::sha256(bytes).toHex());
    p.report = Verifier::verifyFile(bytes, options);
    p.verifiedAt = QDateTime::currentDateTimeUtc();
    if (p.report.isError())
        p.error = p.report.error;
    else if (p.report.credential.kind == QLatin1String("VerifiablePresentation"))
        // A presentation is a signed bundle for a verifier, not a badge of its own; its
        // credentials come into the portfolio from their own files.
        p.error = QCoreApplication::translate("BadgeImporter",
            "This is a signed presentation (credentials bundled for an employer), not a badge: "
            "import the badges it carries from their own files.");
    return p;
}

NewBadge BadgeImporter::newBadgeFrom(const PreparedBadge& prepared)
{
    const VerificationReport& report = prepared.report;
    const CredentialSummary& summary = report.credential;
    const QJsonObject& credential = summary.document;
    NewBadge badge;
    BadgeRecord& r = badge.record;
    r.credentialId = summary.id;
    r.sha256 = prepared.sha256;
    r.fileName = QFileInfo(prepared.file).fileName();
    r.container = report.container;
    r.mediaType = mediaTypeOf(report.container);
    r.format = report.format;
    r.kind = summary.kind;
    r.name = summary.achievementName;
    if (r.name.isEmpty())
        r.name = QFileInfo(prepared.file).completeBaseName();
    r.description = CredentialFacts::description(credential);
    r.issuerName = summary.issuerName;
    r.issuerId = summary.issuerId;
    r.recipient = summary.recipient;
    r.achievementId = CredentialFacts::achievementId(credential);
    r.issued = summary.issued;
    r.expires = summary.expires;
    r.verdict = verdictName(report.verdict());
    r.state = badgeStateOf(report, prepared.verifiedAt);
    r.verifiedAt = prepared.verifiedAt;
    r.keptInvalid = report.verdict() == Verdict::Invalid;
    badge.original = prepared.original;
    badge.credential = credential;
    badge.report = report.toJson();
    badge.skills = CredentialFacts::skills(credential);
    return badge;
}

BadgeImporter::BadgeImporter(QSqlDatabase db) : m_store(std::move(db)) { }

ImportOutcome BadgeImporter::store(const PreparedBadge& prepared, bool keepInvalid)
{
    ImportOutcome outcome;
    outcome.file = prepared.file;
    if (prepared.knownId > 0) {
        // The same bytes are already stored: nothing to verify or write.
        outcome.result = ImportOutcome::Result::Duplicate;
        outcome.id = prepared.knownId;
        if (const std::optional<BadgeRecord> existing = m_store.record(prepared.knownId)) {
            outcome.verdict = existing->verdict;
            outcome.state = existing->state;
            outcome.name = existing->name;
        }
        outcome.message = QCoreApplication::translate("BadgeImporter", "Already in the portfolio.");
        return outcome;
    }
    if (prepared.isError()) {
        outcome.result = ImportOutcome::Result::Error;
        outcome.message = prepared.error;
        return outcome;
    }
    const Verdict verdict = prepared.report.verdict();
    outcome.verdict = verdictName(verdict);
    outcome.state = badgeStateOf(prepared.report, prepared.verifiedAt);
    outcome.name = prepared.report.credential.achievementName;
    if (verdict == Verdict::Invalid && !keepInvalid) {
        outcome.result = ImportOutcome::Result::Refused;
        QStringList reasons;
        for (const VerificationCheck& check : prepared.report.checks) {
            if (check.status == CheckStatus::Fail)
                reasons.append(check.message);
        }
        outcome.message = QCoreApplication::translate("BadgeImporter", "Not stored because it failed verification: %1")
                              .arg(reasons.join(QLatin1Char(' ')));
        // Already stored (kept earlier)? Still report the id the learner has.
        outcome.id = m_store.findBySha256(prepared.sha256);
        return outcome;
    }
    bool duplicate = false;
    const Result<qint64> id = m_store.insert(newBadgeFrom(prepared), &duplicate);
    if (!id) {
        outcome.result = ImportOutcome::Result::Error;
        outcome.message = id.error();
        return outcome;
    }
    outcome.id = id.value();
    outcome.result = duplicate ? ImportOutcome::Result::Duplicate : ImportOutcome::Result::Imported;
    if (duplicate)
        outcome.message = QCoreApplication::translate("BadgeImporter", "Already in the portfolio.");
    return outcome;
}

Result<BadgeRecord> BadgeImporter::reverify(qint64 id, const VerifyOptions& options)
{
    const std::optional<BadgeRecord> record = m_store.record(id);
    if (!record)
        return Result<BadgeRecord>::failure(
            QCoreApplication::translate("BadgeImporter", "There is no badge %1 in the portfolio.").arg(id));
    if (record->isSelfReported())
        return record.value();
    const VerificationReport report = Verifier::verifyFile(m_store.original(id), options);
    if (report.isError())
        return Result<BadgeRecord>::failure(report.error);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const BadgeState state = badgeStateOf(report, options.at.isValid() ? options.evaluationTime() : now);
    if (Status s = m_store.updateReport(id, report.toJson(), verdictName(report.verdict()), state, now); !s)
        return Result<BadgeRecord>::failure(s.error());
    return m_store.record(id).value();
}

Result<qint64> BadgeImporter::addSelfReported(const SelfReportedEntry& entry)
{
    if (entry.name.trimmed().isEmpty())
        return Result<qint64>::failure(QCoreApplication::translate("BadgeImporter", "A self-reported credential needs a name."));
    if (!entry.url.isEmpty()) {
        const QUrl url(entry.url, QUrl::StrictMode);
        if (!url.isValid() || url.isRelative())
            return Result<qint64>::failure(QCoreApplication::translate(
                "BadgeImporter", "\"%1\" is not a full link (like https://example.org/certificate/123).")
                                               .arg(entry.url));
    }
    for (const BadgeAttachment& a : entry.attachments) {
        if (a.bytes.size() > badgelimits::maxFileBytes)
            return Result<qint64>::failure(
                QCoreApplication::translate("BadgeImporter", "The attachment %1 is larger than %2 MiB.")
                    .arg(a.fileName)
                    .arg(badgelimits::maxFileBytes / (1024 * 1024)));
    }
    QJsonObject document{
        {QStringLiteral("type"), QStringLiteral("SelfReportedCredential")},
        {QStringLiteral("name"), entry.name.trimmed()},
        {QStringLiteral("issuer"), QJsonObject{{QStringLiteral("name"), entry.issuerName.trimmed()}}},
        {QStringLiteral("description"), entry.description.trimmed()},
        {QStringLiteral("recordedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
    };
    if (!entry.url.isEmpty())
        document.insert(QStringLiteral("url"), entry.url);
    if (entry.issued.isValid())
        document.insert(QStringLiteral("issued"), entry.issued.toString(Qt::ISODate));
    QJsonArray files;
    for (const BadgeAttachment& a : entry.attachments)
        files.append(QJsonObject{{QStringLiteral("name"), a.fileName},
            {QStringLiteral("sha256"), QString::fromLatin1(hash::sha256(a.bytes).toHex())}});
    if (!files.isEmpty())
        document.insert(QStringLiteral("attachments"), files);

    NewBadge badge;
    badge.original = QJsonDocument(document).toJson(QJsonDocument::Indented);
    badge.credential = document;
    BadgeRecord& r = badge.record;
    r.sha256 = QString::fromLatin1(hash::sha256(badge.original).toHex());
    r.fileName = entry.name.trimmed() + QStringLiteral(".json");
    r.mediaType = QStringLiteral("application/json");
    r.format = QStringLiteral("self-reported");
    r.kind = QStringLiteral("SelfReportedCredential");
    r.name = entry.name.trimmed();
    r.description = entry.description.trimmed();
    r.issuerName = entry.issuerName.trimmed();
    r.issued = entry.issued.isValid() ? QDateTime(entry.issued, QTime(0, 0), Qt::UTC) : QDateTime();
    r.verdict = QStringLiteral("self-reported");
    r.state = BadgeState::SelfReported;
    r.verifiedAt = QDateTime::currentDateTimeUtc();
    r.sourceUrl = entry.url;
    badge.report = QJsonObject{
        {QStringLiteral("status"), QStringLiteral("self-reported")},
        {QStringLiteral("format"), QStringLiteral("self-reported")},
        {QStringLiteral("checks"),
            QJsonArray{QJsonObject{
                {QStringLiteral("id"), QStringLiteral("self-reported")},
                {QStringLiteral("status"), QStringLiteral("warn")},
                {QStringLiteral("message"),
                    QCoreApplication::translate(
                        "BadgeImporter", "You entered this credential yourself; it carries no data anyone can verify.")},
            }}},
    };
    badge.attachments = entry.attachments;
    bool duplicate = false;
    const Result<qint64> id = m_store.insert(badge, &duplicate);
    if (id && duplicate)
        return Result<qint64>::failure(
            QCoreApplication::translate("BadgeImporter", "This credential is already in the portfolio."));
    return id;
}

ImportOutcome BadgeImporter::importFile(const QString& path, const Options& options)
{
    return store(prepareFile(path, options.verify), options.keepInvalid);
}

QStringList expandImportPaths(const QStringList& paths)
{
    QStringList files;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.isDir() || path.contains(QLatin1String("://"))) {
            files.append(path);
            continue;
        }
        QStringList found;
        QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            const QString relative = QDir(path).relativeFilePath(file);
            // Hidden files and folders (".git", ".DS_Store") are not badges.
            if (relative.startsWith(QLatin1Char('.')) || relative.contains(QLatin1String("/.")))
                continue;
            found.append(file);
        }
        found.sort();
        files += found;
    }
    return files;
}

} // namespace credfolio
