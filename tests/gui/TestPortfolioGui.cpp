// The Portfolio area of the main window, driven through its real widgets: dropping files
// and folders (QDropEvent with file URLs) for every verification fixture, the drop overlay,
// Cancel in the middle of a bulk import, the wallet's cards, details and checklist, sample
// badges, delete and undo, and pasting a badge.

#include "MainWindow.h"
#include "portfolio/BadgeDetailPane.h"
#include "portfolio/BadgeListModel.h"
#include "portfolio/BadgeStore.h"
#include "portfolio/PortfolioView.h"
#include "session/Session.h"
#include "storage/Database.h"

#include "../portfolio/BadgeFactory.h"
#include "../portfolio/PortfolioFixtures.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace credfolio;
using namespace credfolio::test;

class TestPortfolioGui : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emptyStateInvitesSamples();
    void dropEveryFixtureFileImportsByVerdict();
    void dropFolderImportsRecursivelyAndOverlaySaysWhere();
    void dragOfUnimportableFileIsRefused();
    void cancelInTheMiddleLeavesConsistentPortfolio();
    void detailsShowChecklistAndDeleteUndo();
    void pasteBadgeFromClipboard();
    void droppedLinkNeedsOnlineChecks();
    void reverifyRunsOffTheUiThread();

private:
    std::unique_ptr<MainWindow> showWindow();
    void drop(MainWindow& window, const QList<QUrl>& urls);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    BadgeFixtures m_fixtures;
};

void TestPortfolioGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("CredfolioTest"));
    QApplication::setApplicationName(QStringLiteral("credfolio-test-portfolio-gui"));
}

void TestPortfolioGui::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    auto opened = Session::openPortfolio(m_dir->filePath(QStringLiteral("portfolio.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_db = std::move(opened).value();
}

void TestPortfolioGui::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestPortfolioGui::showWindow()
{
    auto window = std::make_unique<MainWindow>(*m_db);
    PortfolioView* view = window->portfolioView();
    view->setShowSummary(false);
    view->setVerifyOptionsProvider([this] { return m_fixtures.options(); });
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    return window;
}

void TestPortfolioGui::drop(MainWindow& window, const QList<QUrl>& urls)
{
    QMimeData mime;
    mime.setUrls(urls);
    // Dropped on a child deep inside the window, as a learner would.
    QWidget* target =
        window.portfolioView()->isVisible() ? static_cast<QWidget*>(window.portfolioView()) : window.centralWidget();
    const QPoint pos = target->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropEvent(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &dropEvent);
    QVERIFY(dropEvent.isAccepted());
    QVERIFY(!window.dropOverlay()->isVisible());
    window.portfolioView()->waitForImport();
}

void TestPortfolioGui::emptyStateInvitesSamples()
{
    auto window = showWindow();
    window->setCurrentView(MainWindow::View::Portfolio);
    PortfolioView* view = window->portfolioView();
    QVERIFY(view->emptyState()->isVisible());
    QVERIFY(!view->samplesBanner()->isVisible());
    QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("installSamplesButton")), Qt::LeftButton);
    QCOMPARE(view->model()->rowCount(), 3);
    QVERIFY(!view->emptyState()->isVisible());
    QVERIFY(view->samplesBanner()->isVisible());
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int row = 0; row < 3; ++row) {
        const QModelIndex index = view->model()->index(row);
        QCOMPARE(BadgeState(index.data(BadgeListModel::StateRole).toInt()), BadgeState::Verified);
        QVERIFY(index.data(BadgeListModel::SampleRole).toBool());
        QVERIFY(!index.data(BadgeListModel::ImageRole).value<QPixmap>().isNull());
        QVERIFY(index.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("sample")));
    }
    // A sample's details say it is one.
    QVERIFY(view->detailPane()->overview()->toPlainText().contains(QStringLiteral("sample badge")));
    QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("removeSamplesButton")), Qt::LeftButton);
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY(view->emptyState()->isVisible());
}

void TestPortfolioGui::dropEveryFixtureFileImportsByVerdict()
{
    auto window = showWindow();
    QList<QUrl> urls;
    for (const BadgeFixture& f : m_fixtures.all())
        urls.append(QUrl::fromLocalFile(f.path));
    drop(*window, urls);
    QCOMPARE(window->currentView(), MainWindow::View::Portfolio);
    PortfolioView* view = window->portfolioView();
    const auto& outcomes = view->lastOutcomes();
    QCOMPARE(outcomes.size(), m_fixtures.all().size());
    int imported = 0;
    for (size_t i = 0; i < outcomes.size(); ++i) {
        const BadgeFixture& f = m_fixtures.all()[i];
        const ImportOutcome& o = outcomes[i];
        QCOMPARE(o.file, f.path);
        const QByteArray what = (f.name + QLatin1Char(' ') + ImportOutcome::resultName(o.result)).toUtf8();
        if (f.expect == QLatin1String("error"))
            QVERIFY2(o.result == ImportOutcome::Result::Error, what);
        else if (f.expect == QLatin1String("invalid"))
            QVERIFY2(o.result == ImportOutcome::Result::Refused, what);
        else
            QVERIFY2((o.result == ImportOutcome::Result::Imported || o.result == ImportOutcome::Result::Duplicate)
                    && o.verdict == f.expect,
                what);
        imported += o.result == ImportOutcome::Result::Imported;
    }
    QCOMPARE(view->model()->rowCount(), imported);
    QCOMPARE(BadgeStore(m_db->connection()).count(), imported);
    // The first imported badge is shown with its checklist.
    QVERIFY(view->selectedBadge() > 0);
    QVERIFY(view->detailPane()->checkList()->count() > 3);
    // Dropping the same files again adds nothing.
    drop(*window, urls);
    QCOMPARE(BadgeStore(m_db->connection()).count(), imported);
}

void TestPortfolioGui::dropFolderImportsRecursivelyAndOverlaySaysWhere()
{
    QTemporaryDir folder;
    QDir().mkpath(folder.filePath(QStringLiteral("Zertifikate [2025]/ünter")));
    QFile::copy(m_fixtures.named(QStringLiteral("jwt-eddsa-valid")).path, folder.filePath(QStringLiteral("a.jwt")));
    QFile::copy(
        m_fixtures.named(QStringLiteral("baked-svg-di-valid")).path, folder.filePath(QStringLiteral("Zertifikate [2025]/b.svg")));
    QFile::copy(m_fixtures.named(QStringLiteral("ob2-hosted-valid")).path,
        folder.filePath(QStringLiteral("Zertifikate [2025]/ünter/c.json")));
    auto window = showWindow();

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(folder.path())});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window->centralWidget(), &enter);
    QVERIFY(enter.isAccepted());
    QVERIFY(window->dropOverlay()->isVisible());
    QVERIFY2(window->dropOverlay()->text().contains(QStringLiteral("folder")), qPrintable(window->dropOverlay()->text()));
    QVERIFY(window->dropOverlay()->text().contains(QStringLiteral("portfolio")));
    QDragLeaveEvent leave;
    QApplication::sendEvent(window.get(), &leave);
    QVERIFY(!window->dropOverlay()->isVisible());

    drop(*window, {QUrl::fromLocalFile(folder.path())});
    const auto& outcomes = window->portfolioView()->lastOutcomes();
    QCOMPARE(outcomes.size(), size_t(3));
    int imported = 0;
    for (const ImportOutcome& o : outcomes) {
        // Two of the fixtures carry the same credential in other containers: stored once.
        QVERIFY(o.result == ImportOutcome::Result::Imported || o.result == ImportOutcome::Result::Duplicate);
        QVERIFY(o.file.startsWith(folder.path()));
        imported += o.result == ImportOutcome::Result::Imported;
    }
    QVERIFY(imported >= 2);
    QCOMPARE(BadgeStore(m_db->connection()).count(), imported);
}

void TestPortfolioGui::dragOfUnimportableFileIsRefused()
{
    QTemporaryDir folder;
    const QString pdf = folder.filePath(QStringLiteral("certificate.pdf"));
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("%PDF-1.4");
    f.close();
    auto window = showWindow();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(pdf), QUrl::fromLocalFile(m_fixtures.named(QStringLiteral("jwt-eddsa-valid")).path)});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QApplication::sendEvent(window.get(), &enter);
    QVERIFY(!enter.isAccepted());
    QVERIFY(!window->dropOverlay()->isVisible());
    // A catalog file among badges goes to the catalog, and the overlay says so.
    const auto plan = MainWindow::planDrop({QUrl::fromLocalFile(QStringLiteral(CREDFOLIO_TEST_DATA "/catalog/good-small.json")),
        QUrl::fromLocalFile(m_fixtures.named(QStringLiteral("di-did-web-valid")).path)});
    QCOMPARE(plan.catalogFiles.size(), 1);
    QCOMPARE(plan.badgePaths.size(), 1);
}

void TestPortfolioGui::cancelInTheMiddleLeavesConsistentPortfolio()
{
    QTemporaryDir folder;
    const BadgeFactory factory;
    for (int n = 0; n < 3000; ++n) {
        QFile out(folder.filePath(QStringLiteral("badge-%1.%2").arg(n).arg(BadgeFactory::suffixFor(BadgeFactory::kindFor(n)))));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(factory.make(n, BadgeFactory::kindFor(n)));
    }
    auto window = showWindow();
    PortfolioView* view = window->portfolioView();
    window->importBadges({folder.path()});
    QVERIFY(view->isImporting());
    QVERIFY(view->progressBar()->isVisible());
    QVERIFY(view->cancelButton()->isVisible());
    // Let some badges in, then press Cancel.
    QTRY_VERIFY_WITH_TIMEOUT(view->progressBar()->value() >= 20, 60000);
    QTest::mouseClick(view->cancelButton(), Qt::LeftButton);
    view->waitForImport();
    QVERIFY(!view->isImporting());
    QVERIFY(!view->progressBar()->isVisible());
    const auto& outcomes = view->lastOutcomes();
    QVERIFY(outcomes.size() >= 20);
    QVERIFY2(outcomes.size() < 3000, "the import ended before Cancel took effect");
    int imported = 0;
    for (const ImportOutcome& o : outcomes)
        imported += o.result == ImportOutcome::Result::Imported;
    QCOMPARE(BadgeStore(m_db->connection()).count(), imported);
    QCOMPARE(view->model()->rowCount(), imported);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM badge_fts")) && q.next());
    QCOMPARE(q.value(0).toInt(), imported);
}

void TestPortfolioGui::detailsShowChecklistAndDeleteUndo()
{
    auto window = showWindow();
    drop(*window, {QUrl::fromLocalFile(m_fixtures.named(QStringLiteral("baked-png-jwt-eddsa-valid")).path)});
    PortfolioView* view = window->portfolioView();
    QCOMPARE(view->model()->rowCount(), 1);
    const qint64 id = view->selectedBadge();
    QVERIFY(id > 0);
    const BadgeDetail detail = BadgeStore(m_db->connection()).detail(id).value();
    BadgeDetailPane* pane = view->detailPane();
    QCOMPARE(pane->checkList()->count(), detail.report.value(QLatin1String("checks")).toArray().size());
    for (int i = 0; i < pane->checkList()->count(); ++i)
        QCOMPARE(pane->checkList()->item(i)->data(Qt::UserRole).toString(), QStringLiteral("pass"));
    QVERIFY(pane->statusLabel()->text().contains(QStringLiteral("Verified")));
    QVERIFY(pane->rawJson()->toPlainText().contains(QStringLiteral("credentialSubject")));
    QVERIFY(pane->overview()->toPlainText().contains(detail.record.issuerName));

    QAction* undo = window->findChild<QAction*>(QStringLiteral("actionUndoDelete"));
    QVERIFY(!undo->isEnabled());
    view->deleteBadge(id, false);
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->selectedBadge(), id);
    QCOMPARE(BadgeStore(m_db->connection()).original(id), detail.original);
}

void TestPortfolioGui::pasteBadgeFromClipboard()
{
    auto window = showWindow();
    QFile f(m_fixtures.named(QStringLiteral("jwt-eddsa-valid")).path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QApplication::clipboard()->setText(QString::fromUtf8(f.readAll()));
    window->findChild<QAction*>(QStringLiteral("actionPasteBadge"))->trigger();
    QCOMPARE(window->currentView(), MainWindow::View::Portfolio);
    QCOMPARE(BadgeStore(m_db->connection()).count(), 1);
    QCOMPARE(window->portfolioView()->lastOutcomes().front().result, ImportOutcome::Result::Imported);
    // Pasting something else is refused with a message, nothing stored.
    QApplication::clipboard()->setText(QStringLiteral("hello"));
    window->pasteBadge();
    QCOMPARE(BadgeStore(m_db->connection()).count(), 1);
    QCOMPARE(window->portfolioView()->lastOutcomes().front().result, ImportOutcome::Result::Error);
}

void TestPortfolioGui::droppedLinkNeedsOnlineChecks()
{
    auto window = showWindow();
    QVERIFY(!window->portfolioView()->onlineChecks());
    const auto plan = MainWindow::planDrop({QUrl(QStringLiteral("https://badges.example/assertions/1"))});
    QCOMPARE(plan.links.size(), 1);
    drop(*window, {QUrl(QStringLiteral("https://badges.example/assertions/1"))});
    const auto& outcomes = window->portfolioView()->lastOutcomes();
    QCOMPARE(outcomes.size(), size_t(1));
    QCOMPARE(outcomes.front().result, ImportOutcome::Result::Error);
    QVERIFY2(outcomes.front().message.contains(QStringLiteral("online checks")), qPrintable(outcomes.front().message));
    QCOMPARE(BadgeStore(m_db->connection()).count(), 0);
}

void TestPortfolioGui::reverifyRunsOffTheUiThread()
{
    auto window = showWindow();
    drop(*window, {QUrl::fromLocalFile(m_fixtures.named(QStringLiteral("jwt-eddsa-valid")).path)});
    PortfolioView* view = window->portfolioView();
    const qint64 id = view->selectedBadge();
    QVERIFY(id > 0);
    // Judged before the badge was issued: the re-verification finds it not yet valid.
    view->setVerifyOptionsProvider([this] {
        VerifyOptions o = m_fixtures.options();
        o.at = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
        return o;
    });
    QTest::mouseClick(view->detailPane()->reverifyButton(), Qt::LeftButton);
    view->waitForReverify();
    QVERIFY(!view->isReverifying());
    QVERIFY(view->detailPane()->reverifyButton()->isEnabled());
    QCOMPARE(BadgeStore(m_db->connection()).record(id)->verdict, QStringLiteral("invalid"));
    QCOMPARE(view->selectedBadge(), id);
    QVERIFY(view->detailPane()->statusLabel()->text().contains(QStringLiteral("Invalid")));
    // And back, for every badge.
    view->setVerifyOptionsProvider([this] { return m_fixtures.options(); });
    view->reverifyAll();
    view->waitForReverify();
    QCOMPARE(BadgeStore(m_db->connection()).record(id)->verdict, QStringLiteral("valid"));
}

QTEST_MAIN(TestPortfolioGui)
#include "TestPortfolioGui.moc"
