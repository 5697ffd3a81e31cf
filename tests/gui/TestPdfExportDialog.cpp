// File > Export > PDF Portfolio: the dialog's preview of the real pages, its choices and
// their saved defaults, an export off the UI thread with progress, errors shown inline,
// and accessible names on every control.

#include "../export/PdfTestPortfolio.h"

#include "MainWindow.h"
#include "export/PdfExportDialog.h"
#include "export/PdfExportJob.h"
#include "widgets/MessageWidget.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace credfolio;
using namespace credfolio::test;

class TestPdfExportDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void previewShowsTheRealPages();
    void choicesChangeThePreview();
    void exportWritesTheFileOffTheUiThread();
    void errorsAreShownInline();
    void cancelledJobLeavesNoFile();
    void everyControlHasAnAccessibleName();
    void reachedFromTheFileMenu();

private:
    QTemporaryDir m_dir;
    PdfTestPortfolio m_portfolio;
};

void TestPdfExportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("CredfolioTest"));
    QApplication::setApplicationName(QStringLiteral("credfolio-test-pdf-export-dialog"));
    QSettings().clear();
    m_portfolio.build(m_dir);
}

void TestPdfExportDialog::previewShowsTheRealPages()
{
    PdfExportDialog dialog(*m_portfolio.db, {});
    // Detailed by default: the cover page and one page per badge, each shown as an image.
    QCOMPARE(dialog.previewPageCount(), 6);
    QCOMPARE(dialog.pageCountLabel()->text(), QStringLiteral("6 page(s)"));
    const QList<QLabel*> pages = dialog.previewPages()->findChildren<QLabel*>();
    QCOMPARE(pages.size(), 6);
    const QPixmap first = pages.first()->pixmap();
    QVERIFY(!first.isNull());
    // A4 proportions.
    QVERIFY(qAbs(double(first.height()) / first.width() - 842.0 / 595.0) < 0.02);
}

void TestPdfExportDialog::choicesChangeThePreview()
{
    PdfExportDialog dialog(*m_portfolio.db, {m_portfolio.ids.at(0), m_portfolio.ids.at(1)});
    // Two badges picked in the Portfolio view: the dialog offers (and starts with) them.
    QCOMPARE(dialog.options().selection.badgeIds, QList<qint64>({m_portfolio.ids.at(0), m_portfolio.ids.at(1)}));
    QTRY_COMPARE(dialog.previewPageCount(), 3);
    dialog.layoutBox()->setCurrentIndex(dialog.layoutBox()->findData(QStringLiteral("compact")));
    QTRY_COMPARE(dialog.previewPageCount(), 1);
    const int collection = dialog.scopeBox()->findText(QStringLiteral("Collection: Job at Contoso"), Qt::MatchStartsWith);
    QVERIFY(collection > 0);
    dialog.scopeBox()->setCurrentIndex(collection);
    QTRY_COMPARE(dialog.options().selection.collection, QStringLiteral("Job at Contoso"));
    dialog.paperBox()->setCurrentIndex(dialog.paperBox()->findData(QStringLiteral("letter")));
    QCOMPARE(pageSizeId(dialog.options()), QPageSize::Letter);
    const auto firstPageRatio = [&dialog] {
        const QList<QLabel*> pages = dialog.previewPages()->findChildren<QLabel*>();
        const QPixmap page = pages.isEmpty() ? QPixmap() : pages.first()->pixmap();
        return page.isNull() ? 0.0 : double(page.height()) / page.width();
    };
    QTRY_VERIFY(qAbs(firstPageRatio() - 792.0 / 612.0) < 0.02);
}

void TestPdfExportDialog::exportWritesTheFileOffTheUiThread()
{
    QSettings().clear();
    PdfExportDialog dialog(*m_portfolio.db, {});
    dialog.layoutBox()->setCurrentIndex(dialog.layoutBox()->findData(QStringLiteral("compact")));
    dialog.paperBox()->setCurrentIndex(dialog.paperBox()->findData(QStringLiteral("a4")));
    dialog.pdfABox()->setChecked(true);
    QSignalSpy exported(&dialog, &PdfExportDialog::exported);
    const QString path = m_dir.filePath(QStringLiteral("from-dialog.pdf"));
    dialog.exportTo(path);
    QVERIFY(dialog.progressBar()->isVisibleTo(&dialog) || !dialog.isExporting());
    QVERIFY(!dialog.saveButton()->isEnabled() || !dialog.isExporting());
    dialog.waitForExport();
    QTRY_COMPARE(exported.size(), 1);
    QCOMPARE(exported.first().first().toString(), path);
    QVERIFY(QFile::exists(path));
    QCOMPARE(dialog.messageWidget()->type(), MessageWidget::Type::Positive);
    QVERIFY(!dialog.progressBar()->isVisibleTo(&dialog));
    QVERIFY(dialog.saveButton()->isEnabled());
    QCOMPARE(pdfInfo(path).value(QStringLiteral("Pages")), QStringLiteral("1"));
    QVERIFY(pdfText(path).contains(QStringLiteral("PDF/A-1b edition")));
    // The choices are the defaults next time.
    const QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("Export/layout")).toString(), QStringLiteral("compact"));
    QCOMPARE(settings.value(QStringLiteral("Export/paper")).toString(), QStringLiteral("a4"));
    QCOMPARE(settings.value(QStringLiteral("Export/pdfa")).toBool(), true);
    PdfExportDialog again(*m_portfolio.db, {});
    QCOMPARE(again.options().layout, PdfExportOptions::Layout::Compact);
    QCOMPARE(again.options().paper, PdfExportOptions::Paper::A4);
    QVERIFY(again.options().pdfA);
    QSettings().clear();
}

void TestPdfExportDialog::errorsAreShownInline()
{
    PdfExportDialog dialog(*m_portfolio.db, {});
    QSignalSpy exported(&dialog, &PdfExportDialog::exported);
    dialog.exportTo(m_dir.filePath(QStringLiteral("no/such/folder/out.pdf")));
    dialog.waitForExport();
    QTRY_COMPARE(dialog.messageWidget()->type(), MessageWidget::Type::Error);
    QVERIFY(dialog.messageWidget()->isVisibleTo(&dialog));
    QCOMPARE(exported.size(), 0);
    QVERIFY(dialog.saveButton()->isEnabled());
}

void TestPdfExportDialog::cancelledJobLeavesNoFile()
{
    // The job the dialog runs: cancelled (here before its thread looks at the flag, so the
    // test does not race the export), it reports so and writes nothing.
    const QString path = m_dir.filePath(QStringLiteral("cancelled-job.pdf"));
    PdfExportJob job(m_portfolio.db->path(), path, PdfExportOptions{});
    QSignalSpy finished(&job, &PdfExportJob::finished);
    job.cancel();
    job.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(finished.first().at(1).toString(), QStringLiteral("The export was cancelled."));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("cancelled-job*")}).size(), 0);
}

void TestPdfExportDialog::everyControlHasAnAccessibleName()
{
    PdfExportDialog dialog(*m_portfolio.db, {m_portfolio.ids.at(0)});
    for (QWidget* w : dialog.findChildren<QWidget*>()) {
        if (qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractButton*>(w) || qobject_cast<QProgressBar*>(w))
            QVERIFY2(!w->accessibleName().isEmpty() || w->objectName().startsWith(QLatin1String("qt_")),
                qPrintable(QStringLiteral("%1 %2").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())));
    }
}

void TestPdfExportDialog::reachedFromTheFileMenu()
{
    MainWindow window(*m_portfolio.db);
    auto* action = window.findChild<QAction*>(QStringLiteral("actionExportPdf"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    bool shown = false;
    QTimer::singleShot(0, &window, [&] {
        auto* dialog = qobject_cast<PdfExportDialog*>(QApplication::activeModalWidget());
        shown = dialog != nullptr;
        if (dialog)
            dialog->reject();
    });
    action->trigger();
    QVERIFY(shown);
}

QTEST_MAIN(TestPdfExportDialog)
#include "TestPdfExportDialog.moc"
