#include "export/PdfExportDialog.h"

#include "export/PdfExportJob.h"
#include "export/PortfolioContent.h"
#include "export/PortfolioLayout.h"
#include "portfolio/BadgeStore.h"
#include "storage/Database.h"
#include "widgets/MessageWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace credfolio {

namespace {
// The preview shows this many pages at most; the page count is always the whole document's.
constexpr int maxPreviewPages = 12;
constexpr double previewDpi = 56;
enum Scope { AllBadges, SelectedBadges, CollectionScope };
} // namespace

PdfExportDialog::PdfExportDialog(Database& db, QList<qint64> selectedBadges, QWidget* parent)
    : QDialog(parent), m_db(db), m_selected(std::move(selectedBadges))
{
    setWindowTitle(tr("Export PDF Portfolio"));
    // Changes come in bursts (a combo box scrolled with the wheel): preview once they settle.
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &PdfExportDialog::updatePreview);
    buildUi();
    loadDefaults();
    m_previewTimer->stop();
    updatePreview();
}

PdfExportDialog::~PdfExportDialog()
{
    if (m_job) {
        m_job->cancel();
        m_job->wait();
    }
}

void PdfExportDialog::buildUi()
{
    m_scope = new QComboBox(this);
    m_scope->setAccessibleName(tr("Badges to export"));
    m_scope->addItem(tr("All badges"), QVariantList{AllBadges});
    if (!m_selected.isEmpty())
        m_scope->addItem(tr("Selected badges (%n)", nullptr, int(m_selected.size())), QVariantList{SelectedBadges});
    for (const Collection& c : BadgeStore(m_db.connection()).collections())
        m_scope->addItem(
            tr("Collection: %1 (%n badge(s))", nullptr, c.badgeCount).arg(c.name), QVariantList{CollectionScope, c.name});

    m_layout = new QComboBox(this);
    m_layout->setAccessibleName(tr("Layout"));
    m_layout->addItem(tr("Detailed: a page per credential"), PdfExportOptions::layoutName(PdfExportOptions::Layout::Detailed));
    m_layout->addItem(tr("Compact: a short summary"), PdfExportOptions::layoutName(PdfExportOptions::Layout::Compact));

    m_paper = new QComboBox(this);
    m_paper->setAccessibleName(tr("Paper size"));
    const QString localePaper = paperForLocale(QLocale()) == QPageSize::Letter ? tr("Letter") : tr("A4");
    m_paper->addItem(tr("From your region (%1)").arg(localePaper), QString());
    m_paper->addItem(tr("A4"), QStringLiteral("a4"));
    m_paper->addItem(tr("Letter"), QStringLiteral("letter"));

    m_pdfA = new QCheckBox(tr("PDF/A-1b for archiving (the original files are not attached)"), this);
    m_pdfA->setAccessibleName(tr("PDF/A-1b for archiving"));
    m_headline = new QCheckBox(tr("Headline"), this);
    m_headline->setAccessibleName(tr("Show your headline"));
    m_emails = new QCheckBox(tr("Email addresses"), this);
    m_emails->setAccessibleName(tr("Show your email addresses"));
    m_urls = new QCheckBox(tr("Web addresses"), this);
    m_urls->setAccessibleName(tr("Show your web addresses"));
    auto* contact = new QHBoxLayout;
    contact->addWidget(m_headline);
    contact->addWidget(m_emails);
    contact->addWidget(m_urls);
    contact->addStretch();

    auto* form = new QFormLayout;
    form->addRow(tr("&Badges:"), m_scope);
    form->addRow(tr("&Layout:"), m_layout);
    form->addRow(tr("&Paper:"), m_paper);
    form->addRow(QString(), m_pdfA);
    form->addRow(tr("Show:"), contact);

    m_pages = new QLabel(this);
    m_pages->setAccessibleName(tr("Page count"));
    m_previewPages = new QWidget;
    m_previewLayout = new QVBoxLayout(m_previewPages);
    m_previewLayout->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_previewLayout->setSpacing(12);
    m_scroll = new QScrollArea(this);
    m_scroll->setAccessibleName(tr("Preview of the pages"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setWidget(m_previewPages);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_scroll->setMinimumSize(560, 420);

    m_message = new MessageWidget(this);
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setVisible(false);
    m_progressLabel = new QLabel(this);
    m_progressLabel->setAccessibleName(tr("Export step"));
    m_progressLabel->setVisible(false);

    m_save = new QPushButton(tr("&Save As…"), this);
    m_save->setAccessibleName(tr("Save the PDF as"));
    m_save->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel Export"), this);
    m_cancel->setAccessibleName(tr("Cancel the export"));
    m_cancel->setVisible(false);
    m_close = new QPushButton(tr("Close"), this);
    m_close->setAccessibleName(tr("Close"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_progressLabel);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    buttons->addWidget(m_save);
    buttons->addWidget(m_close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(m_pages);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(buttons);

    for (QComboBox* box : {m_scope, m_layout, m_paper})
        connect(box, &QComboBox::currentIndexChanged, this, &PdfExportDialog::schedulePreview);
    for (QCheckBox* box : {m_pdfA, m_headline, m_emails, m_urls})
        connect(box, &QCheckBox::toggled, this, &PdfExportDialog::schedulePreview);
    connect(m_save, &QPushButton::clicked, this, &PdfExportDialog::chooseFileAndExport);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
        m_cancel->setEnabled(false);
        m_progressLabel->setText(tr("Cancelling…"));
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
}

void PdfExportDialog::loadDefaults()
{
    const QSettings settings;
    const int layout = m_layout->findData(settings.value(QStringLiteral("Export/layout"), QStringLiteral("detailed")).toString());
    m_layout->setCurrentIndex(std::max(layout, 0));
    const int paper = m_paper->findData(settings.value(QStringLiteral("Export/paper"), QString()).toString());
    m_paper->setCurrentIndex(std::max(paper, 0));
    m_pdfA->setChecked(settings.value(QStringLiteral("Export/pdfa"), false).toBool());
    m_headline->setChecked(true);
    m_emails->setChecked(true);
    m_urls->setChecked(true);
    if (!m_selected.isEmpty() && m_selected.size() > 1)
        m_scope->setCurrentIndex(1);
}

void PdfExportDialog::saveDefaults() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("Export/layout"), m_layout->currentData().toString());
    settings.setValue(QStringLiteral("Export/paper"), m_paper->currentData().toString());
    settings.setValue(QStringLiteral("Export/pdfa"), m_pdfA->isChecked());
}

PdfExportOptions PdfExportDialog::options() const
{
    PdfExportOptions o;
    const QVariantList scope = m_scope->currentData().toList();
    if (scope.value(0).toInt() == SelectedBadges)
        o.selection.badgeIds = m_selected;
    else if (scope.value(0).toInt() == CollectionScope)
        o.selection.collection = scope.value(1).toString();
    PdfExportOptions::layoutFromName(m_layout->currentData().toString(), &o.layout);
    PdfExportOptions::paperFromName(m_paper->currentData().toString(), &o.paper);
    o.locale = QLocale();
    o.pdfA = m_pdfA->isChecked();
    o.contact.headline = m_headline->isChecked();
    o.contact.emails = m_emails->isChecked();
    o.contact.urls = m_urls->isChecked();
    return o;
}

void PdfExportDialog::schedulePreview()
{
    m_previewTimer->start();
}

void PdfExportDialog::updatePreview()
{
    while (QLayoutItem* item = m_previewLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const PdfExportOptions o = options();
    auto content = loadPortfolioContent(m_db.connection(), o);
    if (!content) {
        m_pageCount = 0;
        m_pages->setText(tr("Nothing to preview."));
        m_save->setEnabled(false);
        m_message->showMessage(content.error(), MessageWidget::Type::Error);
        return;
    }
    if (m_message->type() == MessageWidget::Type::Error)
        m_message->hideMessage();
    m_save->setEnabled(!isExporting());
    const PortfolioLayout layout(std::make_shared<const PortfolioContent>(std::move(content).value()), o.layout, pageSizeId(o));
    m_pageCount = layout.pageCount();
    const int shown = std::min(m_pageCount, maxPreviewPages);
    m_pages->setText(shown < m_pageCount ? tr("%n page(s); the preview shows the first %1.", nullptr, m_pageCount).arg(shown)
                                         : tr("%n page(s)", nullptr, m_pageCount));
    const double ratio = devicePixelRatioF();
    for (int page = 0; page < shown; ++page) {
        QImage image = layout.renderPage(page, previewDpi * ratio);
        image.setDevicePixelRatio(ratio);
        auto* label = new QLabel;
        label->setPixmap(QPixmap::fromImage(image));
        label->setAccessibleName(tr("Page %1 of %2").arg(page + 1).arg(m_pageCount));
        label->setFrameShape(QFrame::Box);
        m_previewLayout->addWidget(label);
    }
}

void PdfExportDialog::chooseFileAndExport()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save PDF Portfolio"), QDir(folder).filePath(tr("Credential portfolio.pdf")), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    exportTo(path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".pdf"));
}

void PdfExportDialog::exportTo(const QString& path)
{
    if (isExporting())
        return;
    saveDefaults();
    m_message->hideMessage();
    m_job = std::make_unique<PdfExportJob>(m_db.path(), path, options());
    connect(m_job.get(), &PdfExportJob::progressed, this, [this](int done, int total, const QString& what) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
        m_progressLabel->setText(what);
    });
    connect(
        m_job.get(), &PdfExportJob::finished, this, [this, path](bool ok, const QString& error, const PdfExportResult& result) {
            exportFinished(ok, error, path, result.pages);
        });
    setBusy(true);
    m_job->start();
}

void PdfExportDialog::exportFinished(bool ok, const QString& error, const QString& path, int pages)
{
    if (m_job)
        m_job->wait();
    setBusy(false);
    if (ok) {
        m_message->showMessage(
            tr("Saved %1 (%n page(s)).", nullptr, pages).arg(QDir::toNativeSeparators(path)), MessageWidget::Type::Positive);
        emit exported(path);
    } else {
        m_message->showMessage(error, MessageWidget::Type::Error);
    }
}

bool PdfExportDialog::isExporting() const
{
    return m_job && m_job->isRunning();
}

void PdfExportDialog::waitForExport()
{
    if (!m_job)
        return;
    m_job->wait();
    QCoreApplication::sendPostedEvents(m_job.get());
    QCoreApplication::sendPostedEvents(this);
}

void PdfExportDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_progressLabel->setVisible(busy);
    m_cancel->setVisible(busy);
    m_cancel->setEnabled(busy);
    m_save->setEnabled(!busy && m_pageCount > 0);
    for (QWidget* w : std::initializer_list<QWidget*>{m_scope, m_layout, m_paper, m_pdfA, m_headline, m_emails, m_urls})
        w->setEnabled(!busy);
    if (busy) {
        m_progress->setRange(0, 0);
        m_progressLabel->setText(tr("Starting…"));
    }
}

} // namespace credfolio
