#include "export/PdfPortfolioWriter.h"

#include "export/PdfFinisher.h"
#include "export/PortfolioContent.h"
#include "export/PortfolioLayout.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace credfolio {

namespace {

Result<QByteArray> cancelled()
{
    return Result<QByteArray>::failure(QCoreApplication::translate("PdfPortfolioWriter", "The export was cancelled."));
}

bool canDraw()
{
    return qobject_cast<QGuiApplication*>(QCoreApplication::instance()) != nullptr;
}

} // namespace

QString PdfPortfolioWriter::documentTitle(const PortfolioContent& content)
{
    return content.name.isEmpty()
        ? QCoreApplication::translate("PdfPortfolioWriter", "Credential portfolio")
        : QCoreApplication::translate("PdfPortfolioWriter", "Credential portfolio of %1").arg(content.name);
}

QString PdfPortfolioWriter::documentSubject(const PortfolioContent& content)
{
    return QCoreApplication::translate("PdfPortfolioWriter",
        "%n digital credential(s) (Open Badges) with their verification status", nullptr, int(content.credentials.size()));
}

Result<QByteArray> PdfPortfolioWriter::paint(
    const PortfolioLayout& layout, bool pdfA, const ExportProgress& progress, const CancelFlag* cancel)
{
    if (!canDraw())
        return Result<QByteArray>::failure(QCoreApplication::translate(
            "PdfPortfolioWriter", "Drawing a PDF needs the application's graphics libraries (QGuiApplication)."));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(pdfA ? QPagedPaintDevice::PdfVersion_A1b : QPagedPaintDevice::PdfVersion_1_6);
        writer.setResolution(PortfolioLayout::unitsPerInch);
        writer.setPageSize(layout.pageSize());
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(documentTitle(layout.content()));
        writer.setCreator(QStringLiteral("Credfolio " CREDFOLIO_VERSION));
        QPainter painter;
        if (!painter.begin(&writer))
            return Result<QByteArray>::failure(
                QCoreApplication::translate("PdfPortfolioWriter", "The PDF could not be started."));
        const int pages = layout.pageCount();
        for (int page = 0; page < pages; ++page) {
            if (cancel && cancel->load()) {
                painter.end();
                return cancelled();
            }
            if (page > 0)
                writer.newPage();
            layout.paintPage(painter, page);
            if (progress)
                progress(page + 1, pages, QCoreApplication::translate("PdfPortfolioWriter", "Drawing pages"));
        }
        painter.end();
    }
    return bytes;
}

Result<PdfExportResult> PdfPortfolioWriter::write(const QSqlDatabase& db, const QString& path, const PdfExportOptions& options,
    const ExportProgress& progress, const CancelFlag* cancel)
{
    auto content = loadPortfolioContent(db, options, progress, cancel);
    if (!content)
        return Result<PdfExportResult>::failure(content.error());
    if (!canDraw())
        return Result<PdfExportResult>::failure(QCoreApplication::translate(
            "PdfPortfolioWriter", "Drawing a PDF needs the application's graphics libraries (QGuiApplication)."));
    const PortfolioLayout layout(
        std::make_shared<const PortfolioContent>(std::move(content).value()), options.layout, pageSizeId(options));
    return write(layout, path, options, progress, cancel);
}

Result<PdfExportResult> PdfPortfolioWriter::write(const PortfolioLayout& layout, const QString& path,
    const PdfExportOptions& options, const ExportProgress& progress, const CancelFlag* cancel)
{
    using R = Result<PdfExportResult>;
    const PortfolioContent& content = layout.content();
    auto painted = paint(layout, options.pdfA, progress, cancel);
    if (!painted)
        return R::failure(painted.error());

    QList<PdfFinisher::Attachment> attachments;
    if (!options.pdfA) {
        for (const ExportCredential& credential : content.credentials) {
            if (credential.attachmentName.isEmpty())
                continue;
            attachments.append({credential.attachmentName, credential.attachmentType,
                QCoreApplication::translate("PdfPortfolioWriter", "Original credential: %1, issued by %2")
                    .arg(credential.achievementName, credential.issuer),
                credential.original, credential.record.importedAt});
        }
    }
    if (cancel && cancel->load())
        return R::failure(QCoreApplication::translate("PdfPortfolioWriter", "The export was cancelled."));
    if (progress)
        progress(0, 1, QCoreApplication::translate("PdfPortfolioWriter", "Attaching the original files"));
    PdfFinisher::Metadata metadata;
    metadata.title = documentTitle(content);
    metadata.author = content.name;
    metadata.subject = documentSubject(content);
    metadata.creator = QStringLiteral("Credfolio " CREDFOLIO_VERSION);
    metadata.producer = QStringLiteral("Credfolio " CREDFOLIO_VERSION " (Qt " QT_VERSION_STR ", qpdf)");
    metadata.created = QDateTime::currentDateTimeUtc();
    auto finished = PdfFinisher::finish(painted.value(), metadata, attachments, options.pdfA);
    if (!finished)
        return R::failure(finished.error());

    // Atomic: the file appears complete or not at all.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return R::failure(QCoreApplication::translate("PdfPortfolioWriter", "Cannot write %1: %2")
                              .arg(QDir::toNativeSeparators(path), file.errorString()));
    file.write(finished.value());
    if (cancel && cancel->load()) {
        file.cancelWriting();
        return R::failure(QCoreApplication::translate("PdfPortfolioWriter", "The export was cancelled."));
    }
    if (!file.commit())
        return R::failure(QCoreApplication::translate("PdfPortfolioWriter", "Cannot write %1: %2")
                              .arg(QDir::toNativeSeparators(path), file.errorString()));
    if (progress)
        progress(1, 1, QCoreApplication::translate("PdfPortfolioWriter", "Done"));

    PdfExportResult result;
    result.path = QFileInfo(path).absoluteFilePath();
    result.pages = layout.pageCount();
    result.badges = int(content.credentials.size());
    result.attachments = int(attachments.size());
    result.bytes = finished.value().size();
    return result;
}

} // namespace credfolio
