#pragma once

#include "export/PdfExportOptions.h"

#include <QDialog>
#include <QList>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QTimer;
class QVBoxLayout;

namespace credfolio {

class Database;
class MessageWidget;
class PdfExportJob;
class PortfolioLayout;

// File > Export > PDF Portfolio: what goes in (all badges, a collection, the badges selected
// in the Portfolio view), layout, paper, PDF/A and contact details; a live preview of the real
// pages; Save As writes the file off the UI thread with a progress bar and Cancel.
class PdfExportDialog : public QDialog {
    Q_OBJECT

public:
    PdfExportDialog(Database& db, QList<qint64> selectedBadges, QWidget* parent = nullptr);
    ~PdfExportDialog() override;

    PdfExportOptions options() const;
    int previewPageCount() const { return m_pageCount; }
    // Writes to path without asking (Save As calls it after its file dialog; tests call it).
    void exportTo(const QString& path);
    bool isExporting() const;
    // Blocks until a running export ended and its result is shown (tests).
    void waitForExport();

    // The controls, for tests.
    QComboBox* scopeBox() const { return m_scope; }
    QComboBox* layoutBox() const { return m_layout; }
    QComboBox* paperBox() const { return m_paper; }
    QCheckBox* pdfABox() const { return m_pdfA; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* pageCountLabel() const { return m_pages; }
    MessageWidget* messageWidget() const { return m_message; }
    QWidget* previewPages() const { return m_previewPages; }

signals:
    void exported(const QString& path);

private:
    void buildUi();
    void loadDefaults();
    void saveDefaults() const;
    void schedulePreview();
    void updatePreview();
    void chooseFileAndExport();
    void exportFinished(bool ok, const QString& error, const QString& path, int pages);
    void setBusy(bool busy);

    Database& m_db;
    QList<qint64> m_selected;
    QComboBox* m_scope = nullptr;
    QComboBox* m_layout = nullptr;
    QComboBox* m_paper = nullptr;
    QCheckBox* m_pdfA = nullptr;
    QCheckBox* m_headline = nullptr;
    QCheckBox* m_emails = nullptr;
    QCheckBox* m_urls = nullptr;
    QLabel* m_pages = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_previewPages = nullptr;
    QVBoxLayout* m_previewLayout = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressLabel = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_close = nullptr;
    MessageWidget* m_message = nullptr;
    QTimer* m_previewTimer = nullptr;
    std::unique_ptr<PdfExportJob> m_job;
    int m_pageCount = 0;
};

} // namespace credfolio
