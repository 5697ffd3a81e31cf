#pragma once

#include "common/Result.h"
#include "export/PdfExportOptions.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace credfolio {

class PortfolioLayout;
struct PortfolioContent;

// What a PDF export wrote.
struct PdfExportResult {
    QString path;
    int pages = 0;
    int badges = 0;
    int attachments = 0;
    qint64 bytes = 0;
};

// Writes the PDF portfolio (docs/export.md): reads the selected badges, lays them out,
// paints every page onto a QPdfWriter, then attaches the original credential files and sets
// the document information (PdfFinisher). The file is written atomically: a failed or
// cancelled export leaves nothing at path. Needs a QGuiApplication (fonts).
class PdfPortfolioWriter {
public:
    static Result<PdfExportResult> write(const QSqlDatabase& db, const QString& path, const PdfExportOptions& options,
        const ExportProgress& progress = {}, const CancelFlag* cancel = nullptr);
    // The same from content already read (the GUI's preview holds it).
    static Result<PdfExportResult> write(const PortfolioLayout& layout, const QString& path, const PdfExportOptions& options,
        const ExportProgress& progress = {}, const CancelFlag* cancel = nullptr);

    // Only the pages as QPdfWriter paints them, without the finishing step (the benchmark's
    // baseline, and the first half of write()).
    static Result<QByteArray> paint(
        const PortfolioLayout& layout, bool pdfA, const ExportProgress& progress = {}, const CancelFlag* cancel = nullptr);

    // The /Info Title and Subject of a portfolio for this learner.
    static QString documentTitle(const PortfolioContent& content);
    static QString documentSubject(const PortfolioContent& content);
};

} // namespace credfolio
