#pragma once

#include "export/ExportSelection.h"

#include <QDate>
#include <QLocale>
#include <QPageSize>
#include <QString>

#include <atomic>
#include <functional>

namespace credfolio {

// What a PDF portfolio holds and how it looks (docs/export.md).
struct PdfExportOptions {
    enum class Layout { Compact, Detailed };
    enum class Paper { FromLocale, A4, Letter };

    // Which contact details of the learner's profile the title block shows. The name is
    // always shown (it is the document's author).
    struct Contact {
        bool headline = true;
        bool emails = true;
        bool urls = true;
    };

    ExportSelection selection;
    Layout layout = Layout::Detailed;
    Paper paper = Paper::FromLocale;
    QLocale locale; // decides the paper when paper is FromLocale, and how dates are written
    bool pdfA = false; // PDF/A-1b: no attachments, and the document says so
    Contact contact;
    QDate date = QDate::currentDate(); // the date printed in the title block

    static QString layoutName(Layout layout); // "compact", "detailed"
    static bool layoutFromName(const QString& name, Layout* layout);
    static QString paperName(Paper paper); // "", "a4", "letter"
    static bool paperFromName(const QString& name, Paper* paper);
};

// Letter in the United States, Canada, Mexico, the Philippines and the other countries that
// use it (most of Central America, Chile, Colombia, Venezuela); A4 everywhere else.
QPageSize::PageSizeId paperForLocale(const QLocale& locale);
QPageSize::PageSizeId pageSizeId(const PdfExportOptions& options);

// Progress of a long export: done of total steps, with what is being done. Called on the
// exporting thread.
using ExportProgress = std::function<void(int done, int total, const QString& what)>;

// Set from any thread to stop an export; the writer then leaves no file behind.
using CancelFlag = std::atomic<bool>;

} // namespace credfolio
