// Every window and dialog walked with QAccessible as a screen reader sees it: each visible,
// enabled interactive control has a name. The main window is walked in each view with an
// item selected, so the detail panes and their buttons are there; the dialogs with content.
// And the keyboard: Tab moves through the main controls without getting stuck, Ctrl+1/2/3
// reach the views, and the menu items that need a shortcut have one.

#include "AccessibilityWalk.h"

#include "MainWindow.h"
#include "catalog/CatalogStore.h"
#include "catalog/CatalogView.h"
#include "export/FilesExportDialog.h"
#include "export/PdfExportDialog.h"
#include "export/PresentationExportDialog.h"
#include "identity/PassphraseDialog.h"
#include "portfolio/BadgeStore.h"
#include "portfolio/LearnerProfile.h"
#include "portfolio/PortfolioDialogs.h"
#include "portfolio/PortfolioView.h"
#include "portfolio/SampleBadges.h"
#include "progress/ProgressStore.h"
#include "progress/ProgressView.h"
#include "session/Session.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "storage/Database.h"
#include "widgets/MessageWidget.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace credfolio;
using namespace credfolio::test;

class TestAccessibility : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void mainWindowViewsHaveNamedControls_data();
    void mainWindowViewsHaveNamedControls();
    void messageBarWithDetailsHasNamedControls();
    void dialogsHaveNamedControls();
    void walkerFindsAnUnnamedControl();
    void tabMovesThroughMainControls();
    void viewShortcutsReachEachView();
    void menuItemsListTheirShortcuts();
    void settingsDialogStoresChoices();
    void settingsDialogTabOrderFollowsThePage();
    void onlineChecksStayInSyncEverywhere();

private:
    std::unique_ptr<MainWindow> showWindow();
    static void expectNamed(QWidget* root, const char* what);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("CredfolioTest"));
    QApplication::setApplicationName(QStringLiteral("credfolio-test-accessibility"));
    QAccessible::setActive(true);
}

void TestAccessibility::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Session::openPortfolio(m_dir->filePath(QStringLiteral("portfolio.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_db = std::move(opened).value();
    // Sample badges in the wallet and a plan under way, so every list and pane has content.
    const auto samples = SampleBadges::install(m_db->connection());
    QVERIFY2(samples.ok(), qPrintable(samples.error()));
    QVERIFY(samples.value() > 0);
    const auto credentials = CatalogStore(m_db->connection()).microcredentials();
    QVERIFY(!credentials.empty());
    ProgressStore progress(m_db->connection());
    QVERIFY(progress.addToPlan(credentials.front().id).ok());
}

void TestAccessibility::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestAccessibility::showWindow()
{
    auto window = std::make_unique<MainWindow>(*m_db);
    window->portfolioView()->setShowSummary(false);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("window did not become active");
    return window;
}

void TestAccessibility::expectNamed(QWidget* root, const char* what)
{
    const int controls = interactiveControls(root);
    QVERIFY2(controls > 0, what);
    const QStringList unnamed = unnamedControls(root);
    QVERIFY2(unnamed.isEmpty(),
        qPrintable(QStringLiteral("%1: %2 of %3 controls have no accessible name:\n  ")
                       .arg(QLatin1String(what))
                       .arg(unnamed.size())
                       .arg(controls)
            + unnamed.join(QStringLiteral("\n  "))));
}

void TestAccessibility::mainWindowViewsHaveNamedControls_data()
{
    QTest::addColumn<int>("view");
    QTest::newRow("catalog") << int(MainWindow::View::Catalog);
    QTest::newRow("progress") << int(MainWindow::View::Progress);
    QTest::newRow("portfolio") << int(MainWindow::View::Portfolio);
}

void TestAccessibility::mainWindowViewsHaveNamedControls()
{
    QFETCH(int, view);
    auto window = showWindow();
    window->setCurrentView(MainWindow::View(view));
    // Select the first item so the detail pane shows its buttons and editors.
    switch (MainWindow::View(view)) {
    case MainWindow::View::Catalog: {
        QTableView* table = window->catalogView()->tableView();
        QVERIFY(table->model()->rowCount() > 0);
        table->setCurrentIndex(table->model()->index(0, 0));
        break;
    }
    case MainWindow::View::Progress: {
        QTableView* table = window->progressView()->tableView();
        QVERIFY(table->model()->rowCount() > 0);
        table->setCurrentIndex(table->model()->index(0, 0));
        QVERIFY(!window->progressView()->cards().isEmpty());
        break;
    }
    case MainWindow::View::Portfolio: {
        QListView* grid = window->portfolioView()->grid();
        QVERIFY(grid->model()->rowCount() > 0);
        grid->setCurrentIndex(grid->model()->index(0, 0));
        QVERIFY(window->portfolioView()->selectedBadge() > 0);
        break;
    }
    }
    QApplication::processEvents();
    expectNamed(window.get(), QTest::currentDataTag());
}

void TestAccessibility::messageBarWithDetailsHasNamedControls()
{
    auto window = showWindow();
    window->importCatalogFile(QStringLiteral(CREDFOLIO_TEST_DATA "/catalog/bad-many-problems.json"));
    QVERIFY(window->messageWidget()->isVisible());
    expectNamed(window->messageWidget(), "message bar");
    expectNamed(window.get(), "main window with a message");
}

void TestAccessibility::dialogsHaveNamedControls()
{
    {
        SettingsDialog dialog;
        dialog.show();
        expectNamed(&dialog, "SettingsDialog");
    }
    {
        std::vector<ImportOutcome> outcomes(3);
        outcomes[0].file = QStringLiteral("/tmp/good.png");
        outcomes[0].result = ImportOutcome::Result::Imported;
        outcomes[0].verdict = QStringLiteral("valid");
        outcomes[0].name = QStringLiteral("A good badge");
        outcomes[1].file = QStringLiteral("/tmp/bad.png");
        outcomes[1].result = ImportOutcome::Result::Refused;
        outcomes[1].verdict = QStringLiteral("invalid");
        outcomes[1].message = QStringLiteral("The signature does not match.");
        outcomes[2].file = QStringLiteral("/tmp/notes.txt");
        outcomes[2].message = QStringLiteral("Not a badge.");
        ImportSummaryDialog dialog(outcomes, false);
        dialog.show();
        expectNamed(&dialog, "ImportSummaryDialog");
    }
    {
        SelfReportedDialog dialog;
        dialog.show();
        expectNamed(&dialog, "SelfReportedDialog");
    }
    {
        LearnerProfile profile;
        profile.name = QStringLiteral("Ada Learner");
        profile.emails = QStringList{QStringLiteral("ada@example.org")};
        ProfileDialog dialog(profile);
        dialog.setSigningKey(QString(), [] { return QString(); });
        dialog.show();
        expectNamed(&dialog, "ProfileDialog");
    }
    {
        // The export dialogs, with the sample badges picked so every choice is enabled.
        QList<qint64> picked;
        for (const BadgeRecord& record : BadgeStore(m_db->connection()).list())
            picked.append(record.id);
        QVERIFY(!picked.isEmpty());
        {
            PdfExportDialog dialog(*m_db, picked);
            dialog.show();
            expectNamed(&dialog, "PdfExportDialog");
        }
        {
            PresentationExportDialog dialog(*m_db, picked);
            dialog.show();
            expectNamed(&dialog, "PresentationExportDialog");
        }
        {
            FilesExportDialog dialog(*m_db, picked);
            dialog.show();
            expectNamed(&dialog, "FilesExportDialog");
        }
    }
    for (const auto mode : {PassphraseDialog::Mode::Create, PassphraseDialog::Mode::Unlock}) {
        PassphraseDialog dialog(mode);
        dialog.show();
        expectNamed(&dialog, mode == PassphraseDialog::Mode::Create ? "PassphraseDialog (create)" : "PassphraseDialog (unlock)");
    }
}

void TestAccessibility::walkerFindsAnUnnamedControl()
{
    // The walker itself: a bare check box and an unlabelled list are reported, a named one is not.
    QWidget window;
    auto* named = new QCheckBox(QStringLiteral("Named"), &window);
    named->move(0, 0);
    auto* bare = new QCheckBox(&window);
    bare->setObjectName(QStringLiteral("bareBox"));
    bare->move(0, 30);
    auto* list = new QListView(&window);
    list->setObjectName(QStringLiteral("bareList"));
    list->move(0, 60);
    auto* combo = new QComboBox(&window);
    combo->setObjectName(QStringLiteral("bareCombo"));
    combo->addItem(QStringLiteral("All things"));
    combo->move(0, 200);
    auto* hidden = new QCheckBox(&window);
    hidden->hide();
    window.show();
    const QStringList unnamed = unnamedControls(&window);
    QCOMPARE(unnamed.size(), 3);
    QVERIFY2(unnamed.at(0).contains(QStringLiteral("bareBox")) || unnamed.at(1).contains(QStringLiteral("bareBox")),
        qPrintable(unnamed.join(QLatin1Char('\n'))));
    QVERIFY(unnamed.join(QLatin1Char('\n')).contains(QStringLiteral("bareList")));
    QVERIFY(unnamed.join(QLatin1Char('\n')).contains(QStringLiteral("bareCombo")));
    combo->setAccessibleName(QStringLiteral("Kind"));
    list->setAccessibleName(QStringLiteral("Things"));
    bare->setAccessibleName(QStringLiteral("Option"));
    QVERIFY(unnamedControls(&window).isEmpty());
}

void TestAccessibility::tabMovesThroughMainControls()
{
    auto window = showWindow();
    for (const auto view : {MainWindow::View::Catalog, MainWindow::View::Progress, MainWindow::View::Portfolio}) {
        window->setCurrentView(view);
        QApplication::processEvents();
        QWidget* first = QApplication::focusWidget();
        if (!first) {
            window->centralWidget()->setFocus();
            first = QApplication::focusWidget();
        }
        QVERIFY(first);
        // Tab until focus comes back where it started: it must visit several distinct
        // controls, all inside the window, and return (no trap).
        QList<QWidget*> visited{first};
        bool cycled = false;
        for (int i = 0; i < 200; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget* now = QApplication::focusWidget();
            QVERIFY(now);
            QCOMPARE(now->window(), window.get());
            if (now == first) {
                cycled = true;
                break;
            }
            if (!visited.contains(now))
                visited.append(now);
        }
        QVERIFY2(cycled, qPrintable(QStringLiteral("focus did not come back after %1 controls").arg(visited.size())));
        QVERIFY2(visited.size() >= 4, qPrintable(QStringLiteral("only %1 controls take focus").arg(visited.size())));
        // The view's own list is among them, reachable from the keyboard.
        QWidget* list = view == MainWindow::View::Catalog ? static_cast<QWidget*>(window->catalogView()->tableView())
            : view == MainWindow::View::Progress          ? static_cast<QWidget*>(window->progressView()->tableView())
                                                          : static_cast<QWidget*>(window->portfolioView()->grid());
        QVERIFY2(visited.contains(list), qPrintable(list->objectName()));
    }
}

void TestAccessibility::viewShortcutsReachEachView()
{
    auto window = showWindow();
    const QList<std::pair<Qt::Key, MainWindow::View>> keys{{Qt::Key_3, MainWindow::View::Portfolio},
        {Qt::Key_2, MainWindow::View::Progress}, {Qt::Key_1, MainWindow::View::Catalog}};
    for (const auto& [key, view] : keys) {
        QTest::keyClick(window.get(), key, Qt::ControlModifier);
        QCOMPARE(window->currentView(), view);
    }
    // From a focused text field too.
    window->catalogView()->focusSearch();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window->currentView(), MainWindow::View::Portfolio);
}

void TestAccessibility::menuItemsListTheirShortcuts()
{
    auto window = showWindow();
    const QStringList needShortcut{QStringLiteral("actionImportBadges"), QStringLiteral("actionImportCatalog"),
        QStringLiteral("actionPasteBadge"), QStringLiteral("actionUndoDelete"), QStringLiteral("actionViewCatalog"),
        QStringLiteral("actionViewProgress"), QStringLiteral("actionViewPortfolio"), QStringLiteral("actionFind"),
        QStringLiteral("actionPreferences")};
    for (const QString& name : needShortcut) {
        auto* action = window->findChild<QAction*>(name);
        QVERIFY2(action, qPrintable(name));
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(name));
    }
    QVERIFY(window->findChild<QAction*>(QStringLiteral("actionPreferences"))
                ->shortcuts()
                .contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    // Every menu title and item has a mnemonic or is a separator, so Alt opens and walks them.
    for (QAction* menuAction : window->menuBar()->actions()) {
        QVERIFY2(menuAction->text().contains(QLatin1Char('&')), qPrintable(menuAction->text()));
        for (QAction* item : menuAction->menu()->actions()) {
            if (!item->isSeparator())
                QVERIFY2(item->text().contains(QLatin1Char('&')), qPrintable(item->text()));
        }
    }
}

void TestAccessibility::settingsDialogStoresChoices()
{
    SettingsDialog dialog;
    dialog.show();
    QCOMPARE(dialog.languageBox()->currentData().toString(), QString());
    QCOMPARE(dialog.languageBox()->count(), 5);
    QCOMPARE(dialog.languageBox()->itemText(dialog.languageBox()->findData(QStringLiteral("de"))), QStringLiteral("Deutsch"));
    QCOMPARE(dialog.languageBox()->itemText(dialog.languageBox()->findData(QStringLiteral("fr"))), QStringLiteral("Français"));
    QCOMPARE(dialog.languageBox()->itemText(dialog.languageBox()->findData(QStringLiteral("es"))), QStringLiteral("Español"));

    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("fr")));
    dialog.layoutBox()->setCurrentIndex(dialog.layoutBox()->findData(QStringLiteral("detailed")));
    dialog.paperBox()->setCurrentIndex(dialog.paperBox()->findData(QStringLiteral("letter")));
    dialog.pdfaBox()->setChecked(true);
    dialog.portfolioPathEdit()->setText(m_dir->filePath(QStringLiteral("elsewhere.sqlite")));
    // Nothing is written before OK or Apply.
    QCOMPARE(QSettings().value(AppSettings::LanguageKey).toString(), QString());
    QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Apply), Qt::LeftButton);
    const QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("General/language")).toString(), QStringLiteral("fr"));
    QCOMPARE(settings.value(QStringLiteral("Export/layout")).toString(), QStringLiteral("detailed"));
    QCOMPARE(settings.value(QStringLiteral("Export/paper")).toString(), QStringLiteral("letter"));
    QCOMPARE(settings.value(QStringLiteral("Export/pdfa")).toBool(), true);
    QCOMPARE(
        settings.value(QStringLiteral("General/portfolioPath")).toString(), m_dir->filePath(QStringLiteral("elsewhere.sqlite")));
    if (qEnvironmentVariableIsEmpty("CREDFOLIO_DB")) {
        QCOMPARE(AppSettings::effectivePortfolioPath(), m_dir->filePath(QStringLiteral("elsewhere.sqlite")));
        // The note names the place the next start opens, and the one this window has open.
        dialog.setCurrentPortfolio(m_db->path());
        const QString note = dialog.findChild<QLabel*>(QStringLiteral("effectivePortfolioPath"))->text();
        QVERIFY2(note.contains(QStringLiteral("elsewhere.sqlite")) && note.contains(m_db->path()), qPrintable(note));
    }

    // Cancel after a change keeps what was applied; the Default button returns to the default place.
    SettingsDialog again;
    QCOMPARE(again.languageBox()->currentData().toString(), QStringLiteral("fr"));
    QCOMPARE(again.paperBox()->currentData().toString(), QStringLiteral("letter"));
    again.findChild<QPushButton*>(QStringLiteral("portfolioResetButton"))->click();
    again.languageBox()->setCurrentIndex(0);
    again.reject();
    QCOMPARE(QSettings().value(QStringLiteral("General/language")).toString(), QStringLiteral("fr"));
    again.apply();
    QCOMPARE(QSettings().value(QStringLiteral("General/language")).toString(), QString());
    QCOMPARE(QSettings().value(QStringLiteral("General/portfolioPath")).toString(), QString());
    if (qEnvironmentVariableIsEmpty("CREDFOLIO_DB"))
        QCOMPARE(AppSettings::effectivePortfolioPath(), Database::defaultPath());
}

void TestAccessibility::settingsDialogTabOrderFollowsThePage()
{
    SettingsDialog dialog;
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    dialog.languageBox()->setFocus();
    const QList<QWidget*> expected{dialog.onlineChecksBox(), dialog.layoutBox(), dialog.paperBox(), dialog.pdfaBox(),
        dialog.portfolioPathEdit(), dialog.findChild<QPushButton*>(QStringLiteral("portfolioBrowseButton")),
        dialog.findChild<QPushButton*>(QStringLiteral("portfolioResetButton"))};
    for (QWidget* next : expected) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), next);
    }
    // Then the dialog's buttons, and round to the top.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(dialog.buttons()->isAncestorOf(QApplication::focusWidget()));
    for (int i = 0; i < 5 && QApplication::focusWidget() != dialog.languageBox(); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog.languageBox());
    // Escape cancels.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestAccessibility::onlineChecksStayInSyncEverywhere()
{
    auto window = showWindow();
    auto* action = window->findChild<QAction*>(QStringLiteral("actionOnlineChecks"));
    QVERIFY(action);
    QVERIFY(!action->isChecked());
    {
        SettingsDialog dialog(window.get());
        QVERIFY(!dialog.onlineChecksBox()->isChecked());
        dialog.onlineChecksBox()->setChecked(true);
        dialog.apply();
    }
    QVERIFY(action->isChecked());
    QVERIFY(window->portfolioView()->onlineChecks());
    QCOMPARE(QSettings().value(QStringLiteral("Portfolio/onlineChecks")).toBool(), true);
    action->trigger(); // off from the menu
    QVERIFY(!window->portfolioView()->onlineChecks());
    SettingsDialog dialog(window.get());
    QVERIFY(!dialog.onlineChecksBox()->isChecked());
}

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
