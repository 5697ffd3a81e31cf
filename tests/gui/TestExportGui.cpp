// File > Export > Badge Files…, Back Up Portfolio… and Restore Portfolio… driven through the
// real widgets: the export dialog refuses an occupied folder inline and exports a
// collection, the backup runs off the UI thread, and a restore swaps the window onto the
// restored portfolio (or, for a bad backup, changes nothing).

#include "../portfolio/BadgeFactory.h"

#include "MainWindow.h"
#include "WindowSession.h"
#include "export/BackupJob.h"
#include "export/FilesExportDialog.h"
#include "export/PortfolioFileActions.h"
#include "portfolio/BadgeImporter.h"
#include "portfolio/BadgeStore.h"
#include "portfolio/PortfolioView.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/Restore.h"
#include "widgets/MessageWidget.h"

#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace credfolio;
using namespace credfolio::test;

class TestExportGui : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void menuHoldsTheActions();
    void exportDialogRefusesOccupiedFolderThenExports();
    void backupRunsOffTheUiThread();
    void restoreSwapsTheWindow();
    void badBackupChangesNothing();

private:
    void addBadges(Database& db, int from, int to)
    {
        BadgeImporter importer(db.connection());
        for (int n = from; n < to; ++n) {
            const ImportOutcome o = importer.store(
                BadgeImporter::prepare(m_factory.make(n, BadgeFactory::kindFor(n)), QStringLiteral("badge-%1").arg(n), {}),
                false);
            QCOMPARE(o.result, ImportOutcome::Result::Imported);
        }
    }
    QString path(const QString& name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WindowSession> m_session;
    BadgeFactory m_factory;
};

void TestExportGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("CredfolioTest"));
    QApplication::setApplicationName(QStringLiteral("credfolio-test-export-gui"));
}

void TestExportGui::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_session = std::make_unique<WindowSession>();
    const Status opened = m_session->open(path(QStringLiteral("portfolio.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    addBadges(*m_session->database(), 0, 3);
    m_session->window()->portfolioView()->refresh();
}

void TestExportGui::cleanup()
{
    m_session.reset();
    m_dir.reset();
}

void TestExportGui::menuHoldsTheActions()
{
    MainWindow* window = m_session->window();
    QVERIFY(window->findChild<QMenu*>(QStringLiteral("menuExport")));
    for (const char* name : {"actionExportFiles", "actionBackUp", "actionRestore"}) {
        auto* action = window->findChild<QAction*>(QString::fromLatin1(name));
        QVERIFY2(action, name);
        QVERIFY(!action->text().isEmpty());
        QVERIFY(!action->statusTip().isEmpty());
    }
}

void TestExportGui::exportDialogRefusesOccupiedFolderThenExports()
{
    Database& db = *m_session->database();
    BadgeStore store(db.connection());
    const qint64 collection = store.createCollection(QStringLiteral("Acme")).value();
    QVERIFY(store.addToCollection(collection, {1, 2}));

    FilesExportDialog dialog(db, {3}, m_session->window());
    dialog.show();
    // Every control has an accessible name.
    for (QWidget* w : dialog.findChildren<QWidget*>()) {
        if ((qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractButton*>(w)) && w->isVisible())
            QVERIFY2(
                !w->accessibleName().isEmpty(), qPrintable(w->objectName() + QLatin1Char(' ') + w->metaObject()->className()));
    }
    QVERIFY(dialog.selectedButton()->isEnabled());
    QVERIFY(dialog.collectionButton()->isEnabled());

    const QString occupied = path(QStringLiteral("occupied"));
    QDir().mkpath(occupied);
    QFile(occupied + QStringLiteral("/cv.pdf")).open(QIODevice::WriteOnly);
    dialog.collectionButton()->setChecked(true);
    dialog.setFolder(occupied);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("exportButton")), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.errorLabel()->isVisible());
    QVERIFY2(dialog.errorLabel()->text().contains(QLatin1String("not empty")), qPrintable(dialog.errorLabel()->text()));
    QCOMPARE(QDir(occupied).entryList(QDir::Files), QStringList{QStringLiteral("cv.pdf")});

    const QString out = path(QStringLiteral("for Acme"));
    dialog.setFolder(out);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("exportButton")), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.resultMessage().contains(QLatin1String("2 badge file")));
    QCOMPARE(QDir(out).entryList(QDir::Files).size(), 3);
    QVERIFY(QFileInfo::exists(out + QStringLiteral("/manifest.json")));
}

void TestExportGui::backupRunsOffTheUiThread()
{
    PortfolioFileActions* actions = m_session->window()->fileActions();
    const QString out = path(QStringLiteral("gui.credfolio"));
    actions->backUpTo(out);
    QVERIFY(actions->backupJob());
    QTRY_VERIFY_WITH_TIMEOUT(actions->backupJob()->result().has_value(), 20000);
    QVERIFY2(actions->backupJob()->result()->ok(), qPrintable(actions->backupJob()->result()->error()));
    QCOMPARE(m_session->window()->messageWidget()->type(), MessageWidget::Type::Positive);
    QVERIFY(m_session->window()->messageWidget()->text().contains(QLatin1String("3 badge")));
    QCOMPARE(Restore::inspectBackup(out)->badges, 3);
}

void TestExportGui::restoreSwapsTheWindow()
{
    const QString backupFile = path(QStringLiteral("three.credfolio"));
    PortfolioFileActions* actions = m_session->window()->fileActions();
    actions->backUpTo(backupFile);
    QTRY_VERIFY_WITH_TIMEOUT(actions->backupJob()->result().has_value(), 20000);
    addBadges(*m_session->database(), 3, 5);
    QCOMPARE(BadgeStore(m_session->database()->connection()).count(), 5);

    const MainWindow* before = m_session->window();
    QSignalSpy requested(actions, &PortfolioFileActions::restoreRequested);
    actions->restoreFrom(backupFile, false);
    QCOMPARE(requested.size(), 1);
    // The swap is queued; the window that asked is replaced by a new one on the restored file.
    QTRY_VERIFY(m_session->window() != before);
    QCOMPARE(BadgeStore(m_session->database()->connection()).count(), 3);
    QVERIFY(m_session->window()->isVisible());
    QCOMPARE(m_session->window()->messageWidget()->type(), MessageWidget::Type::Positive);
    QVERIFY(m_session->window()->messageWidget()->text().contains(QLatin1String("3 badge")));
    QVERIFY(QApplication::quitOnLastWindowClosed());
}

void TestExportGui::badBackupChangesNothing()
{
    const QString bad = path(QStringLiteral("bad.credfolio"));
    {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
    }
    const MainWindow* before = m_session->window();
    QSignalSpy requested(before->fileActions(), &PortfolioFileActions::restoreRequested);
    m_session->window()->fileActions()->restoreFrom(bad, false);
    QCOMPARE(requested.size(), 0);
    QCOMPARE(m_session->window(), before);
    QCOMPARE(m_session->window()->messageWidget()->type(), MessageWidget::Type::Error);
    QVERIFY(m_session->window()->messageWidget()->text().contains(QLatin1String("not changed")));
    QCOMPARE(BadgeStore(m_session->database()->connection()).count(), 3);

    // A restore that fails late (the backup vanished after the check) reopens the old portfolio.
    const QString good = path(QStringLiteral("good.credfolio"));
    QVERIFY(Backup::create(m_session->database()->path(), good).ok());
    QFile::remove(good);
    QVERIFY(!m_session->restore(good));
    QCOMPARE(BadgeStore(m_session->database()->connection()).count(), 3);
    QCOMPARE(m_session->window()->messageWidget()->type(), MessageWidget::Type::Error);
}

QTEST_MAIN(TestExportGui)
#include "TestExportGui.moc"
