#pragma once

#include "common/Result.h"
#include "export/PdfExportOptions.h"
#include "portfolio/BadgeRecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <vector>

namespace credfolio {

class BadgeStore;

// One credential as the PDF portfolio shows it, read from the store once so the layout
// never touches the database (it may paint the same pages many times for a preview).
struct ExportCredential {
    BadgeRecord record;
    QString achievementName;
    QString issuer;
    QString description;
    QString criteria;
    QString criteriaUrl;
    QByteArray image; // the baked PNG or SVG file, or the achievement's image
    QString imageType; // "image/png", "image/svg+xml", ...
    QString verifyUrl; // empty when the credential has no verification URL of its own
    QString verdict; // the stored report's status: "valid", "invalid", "indeterminate", ...
    QDateTime checkedAt;
    QStringList passedChecks; // the messages of the checks that passed
    QStringList skills;
    QByteArray original; // the bytes the learner imported, attached to the PDF
    QString attachmentName; // unique within the document, with the right extension
    QString attachmentType; // MIME type of original
};

// Everything the PDF shows, in order.
struct PortfolioContent {
    QString name;
    QString headline;
    QStringList emails;
    QStringList urls;
    QDate date;
    QLocale locale;
    bool pdfA = false;
    std::vector<ExportCredential> credentials;
    // Each skill with the (zero-based) indexes of the credentials that evidence it, sorted
    // by label.
    QList<QPair<QString, QList<int>>> skills;
};

// The URL a reader can open or scan to check the credential where its issuer keeps it:
// the https id of an Open Badges 2.0 hosted assertion (format "ob2-hosted"), or the https
// id of a Verifiable Credential. Signed OB 2.0 assertions, urn:, did: and http: ids have
// none (an id that is not an https URL is not a place to look).
QString verificationUrl(const QString& format, const QString& credentialId);

// The file name an original is attached under: the badge's file name when it has one,
// else a name made from the achievement, with the extension its container calls for.
QString attachmentFileName(const BadgeRecord& record);

// Reads the profile and the selected badges. Fails on an unknown selection or when
// cancelled; progress is (badges read, badges).
Result<PortfolioContent> loadPortfolioContent(const QSqlDatabase& db, const PdfExportOptions& options,
    const ExportProgress& progress = {}, const CancelFlag* cancel = nullptr);

} // namespace credfolio
