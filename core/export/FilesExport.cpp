#include "export/FilesExport.h"

#include "crypto/Hash.h"
#include "encoding/Hex.h"
#include "export/ExportFileName.h"
#include "portfolio/BadgeStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

namespace credfolio {

namespace {

QJsonValue iso(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

Status writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || file.write(bytes) != bytes.size() || !file.flush())
        return Status::failure(QCoreApplication::translate("FilesExport", "Cannot write %1: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

} // namespace

Status FilesExport::checkTarget(const QString& outDir)
{
    const QFileInfo info(outDir);
    if (outDir.isEmpty())
        return Status::failure(QCoreApplication::translate("FilesExport", "No folder was given for the export."));
    if (!info.exists())
        return {};
    if (!info.isDir())
        return Status::failure(
            QCoreApplication::translate("FilesExport", "%1 is a file, not a folder. Choose a new or empty folder for the export.")
                .arg(QDir::toNativeSeparators(outDir)));
    if (!QDir(outDir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return Status::failure(QCoreApplication::translate(
            "FilesExport", "The folder %1 is not empty. Choose a new or empty folder, so no file is overwritten.")
                                   .arg(QDir::toNativeSeparators(outDir)));
    return {};
}

Result<FilesExport::Summary> FilesExport::write(
    const BadgeStore& store, const std::vector<BadgeRecord>& badges, const QString& outDir, const Options& options)
{
    using R = Result<Summary>;
    if (Status status = checkTarget(outDir); !status)
        return R::failure(status.error());
    const QFileInfo target(outDir);
    const QString parent = target.absolutePath();
    if (!QDir().mkpath(parent))
        return R::failure(
            QCoreApplication::translate("FilesExport", "Cannot create the folder %1.").arg(QDir::toNativeSeparators(parent)));
    QTemporaryDir staging(parent + QStringLiteral("/.") + target.fileName() + QStringLiteral(".partial-XXXXXX"));
    if (!staging.isValid())
        return R::failure(QCoreApplication::translate("FilesExport", "Cannot write in %1: %2")
                              .arg(QDir::toNativeSeparators(parent), staging.errorString()));

    // QTemporaryDir is private to the owner; the export is an ordinary folder.
    QFile::setPermissions(staging.path(),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
            | QFile::ExeOther);

    Summary summary;
    QSet<QString> taken{QString::fromLatin1(manifestName)};
    QJsonArray entries;
    const int total = int(badges.size());
    for (int i = 0; i < total; ++i) {
        if (options.cancel && options.cancel->load())
            return R::failure(QCoreApplication::translate("FilesExport", "The export was cancelled; nothing was written."));
        const BadgeRecord& r = badges[size_t(i)];
        QJsonObject entry{
            {QStringLiteral("badgeId"), r.id},
            {QStringLiteral("credentialId"), textOrNull(r.credentialId)},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("issuer"), r.issuerName},
            {QStringLiteral("issuerId"), textOrNull(r.issuerId)},
            {QStringLiteral("status"), badgeStateName(r.state)},
            {QStringLiteral("verdict"), r.verdict},
            {QStringLiteral("verifiedAt"), iso(r.verifiedAt)},
            {QStringLiteral("issued"), iso(r.issued)},
            {QStringLiteral("expires"), iso(r.expires)},
        };
        const QByteArray original = r.isSelfReported() ? QByteArray() : store.original(r.id);
        if (original.isEmpty()) {
            // Nothing verifiable to hand over: listed so the manifest accounts for it.
            entry.insert(QStringLiteral("file"), QJsonValue());
            entry.insert(QStringLiteral("mediaType"), QJsonValue());
            entry.insert(QStringLiteral("sha256"), QJsonValue());
            entry.insert(QStringLiteral("size"), QJsonValue());
            entry.insert(QStringLiteral("sourceUrl"), textOrNull(r.sourceUrl));
            ++summary.listedWithoutFile;
        } else {
            const QString sha256 = QString::fromLatin1(hex::encode(hash::sha256(original)));
            if (!r.sha256.isEmpty() && sha256 != r.sha256.toLower())
                return R::failure(QCoreApplication::translate("FilesExport",
                    "The stored file of \"%1\" (#%2) does not match its recorded SHA-256: the portfolio "
                    "is damaged. Nothing was exported.")
                                      .arg(r.name)
                                      .arg(r.id));
            const QString fileName = ExportFileName::unique(ExportFileName::safeName(r), &taken);
            if (Status status = writeFile(QDir(staging.path()).filePath(fileName), original); !status)
                return R::failure(status.error());
            entry.insert(QStringLiteral("file"), fileName);
            entry.insert(QStringLiteral("mediaType"), textOrNull(r.mediaType));
            entry.insert(QStringLiteral("sha256"), sha256);
            entry.insert(QStringLiteral("size"), original.size());
            ++summary.files;
        }
        entries.append(entry);
        if (options.progress)
            options.progress(i + 1, total);
    }

    const QDateTime exportedAt = options.exportedAt.isValid() ? options.exportedAt : QDateTime::currentDateTimeUtc();
    const QJsonObject manifest{
        {QStringLiteral("generator"), QStringLiteral("Credfolio")},
        {QStringLiteral("version"), QStringLiteral(CREDFOLIO_VERSION)},
        {QStringLiteral("exportedAt"), iso(exportedAt)},
        {QStringLiteral("badges"), entries},
    };
    if (Status status = writeFile(QDir(staging.path()).filePath(QString::fromLatin1(manifestName)),
            QJsonDocument(manifest).toJson(QJsonDocument::Indented));
        !status)
        return R::failure(status.error());

    // An empty outDir is replaced; a folder made meanwhile by someone else is not.
    if (target.exists() && !QDir().rmdir(outDir))
        return R::failure(QCoreApplication::translate("FilesExport", "The folder %1 is no longer empty. Nothing was exported.")
                              .arg(QDir::toNativeSeparators(outDir)));
    if (!QDir().rename(staging.path(), target.absoluteFilePath())) {
        if (target.exists())
            QDir().mkdir(outDir);
        return R::failure(
            QCoreApplication::translate("FilesExport", "Cannot create the folder %1.").arg(QDir::toNativeSeparators(outDir)));
    }
    staging.setAutoRemove(false);
    summary.directory = target.absoluteFilePath();
    return summary;
}

} // namespace credfolio
