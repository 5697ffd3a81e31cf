#include "MainWindow.h"

#include "catalog/CatalogFileImport.h"
#include "catalog/CatalogStore.h"
#include "catalog/CatalogView.h"
#include "export/PdfExportDialog.h"
#include "export/PortfolioFileActions.h"
#include "export/PresentationExportDialog.h"
#include "portfolio/PortfolioView.h"
#include "progress/ProgressView.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "storage/Database.h"
#include "util/Format.h"
#include "widgets/MessageWidget.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUrl>
#include <QVBoxLayout>
#include <QWindow>

namespace credfolio {

namespace {

const QString GeometryKey = QStringLiteral("MainWindow/geometry");
const QString StateKey = QStringLiteral("MainWindow/state");
const QString LastViewKey = QStringLiteral("MainWindow/lastView");
const QString CatalogSplitterKey = QStringLiteral("Catalog/splitter");
const QString ProgressSplitterKey = QStringLiteral("Progress/splitter");
const QString PortfolioSplitterKey = QStringLiteral("Portfolio/splitter");
const QString BadgeImportDirKey = QStringLiteral("Portfolio/lastImportDir");
const QString ImportDirKey = QStringLiteral("Catalog/lastImportDir");

} // namespace

MainWindow::MainWindow(Database& db, QWidget* parent) : QMainWindow(parent), m_db(db)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Credfolio"));
    setAcceptDrops(true);
    setMinimumSize(800, 600);

    m_nav = new QListWidget(this);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setAccessibleName(tr("Sections"));
    m_nav->setToolTip(tr("Switch between finding courses, following your progress and your badges"));
    m_nav->addItem(tr("Catalog"));
    m_nav->addItem(tr("Progress"));
    m_nav->addItem(tr("Portfolio"));
    m_nav->item(0)->setToolTip(tr("Find courses (Ctrl+1)"));
    m_nav->item(1)->setToolTip(tr("Your microcredentials and progress (Ctrl+2)"));
    m_nav->item(2)->setToolTip(tr("Your badges (Ctrl+3)"));
    m_nav->setFixedWidth(150);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setStyleSheet(
        QStringLiteral("QListWidget#navigation { background: palette(window); font-size: 11pt; }"
                       " QListWidget#navigation::item { padding: 10px 14px; border-radius: 4px; margin: 2px 6px; }"
                       " QListWidget#navigation::item:selected { background: palette(highlight);"
                       " color: palette(highlighted-text); }"));

    m_catalog = new CatalogView(m_db, this);
    m_progress = new ProgressView(m_db, this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_catalog);
    m_stack->addWidget(m_progress);
    m_portfolio = new PortfolioView(m_db, this);
    m_stack->addWidget(m_portfolio);

    m_message = new MessageWidget(this);

    auto* central = new QWidget(this);
    auto* right = new QVBoxLayout;
    right->setContentsMargins(0, 6, 6, 0);
    right->addWidget(m_message);
    right->addWidget(m_stack, 1);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    layout->addLayout(right, 1);
    setCentralWidget(central);

    // Says where a drop will land while something is dragged over the window.
    m_dropOverlay = new QLabel(central);
    m_dropOverlay->setObjectName(QStringLiteral("dropOverlay"));
    m_dropOverlay->setAlignment(Qt::AlignCenter);
    m_dropOverlay->setWordWrap(true);
    m_dropOverlay->setAttribute(Qt::WA_TransparentForMouseEvents);
    // The palette's selection colours, so the overlay reads in light, dark and high-contrast themes.
    m_dropOverlay->setStyleSheet(
        QStringLiteral("QLabel#dropOverlay { background: palette(highlight); color: palette(highlighted-text);"
                       " font-size: 16pt; font-weight: bold; border: 3px dashed palette(highlighted-text);"
                       " border-radius: 12px; padding: 40px; }"));
    m_dropOverlay->hide();

    m_courseCount = new QLabel(this);
    m_courseCount->setObjectName(QStringLiteral("courseCountStatus"));
    statusBar()->addPermanentWidget(m_courseCount);

    createMenus();

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_stack->setCurrentIndex(row);
        m_viewActions->actions().at(row)->setChecked(true);
        QSettings().setValue(LastViewKey, row);
    });
    connect(m_catalog, &CatalogView::progressChanged, m_progress, &ProgressView::refresh);
    connect(m_catalog, &CatalogView::errorOccurred, this,
        [this](const QString& text) { m_message->showMessage(text, MessageWidget::Type::Error); });
    connect(m_progress, &ProgressView::planChanged, m_catalog, &CatalogView::reloadDetails);
    connect(m_progress, &ProgressView::errorOccurred, this,
        [this](const QString& text) { m_message->showMessage(text, MessageWidget::Type::Error); });
    connect(m_portfolio, &PortfolioView::portfolioChanged, m_progress, &ProgressView::refresh);
    connect(m_portfolio, &PortfolioView::message, this, [this](const QString& text, bool error, const QString& details) {
        m_message->showMessage(text, error ? MessageWidget::Type::Error : MessageWidget::Type::Positive, details);
    });
    connect(m_portfolio, &PortfolioView::undoAvailabilityChanged, this, [this](bool on) { m_undoDelete->setEnabled(on); });
    connect(m_progress, &ProgressView::courseActivated, this, [this](const QString& courseId) {
        setCurrentView(View::Catalog);
        m_catalog->showCourse(courseId);
    });

    // Drops on any child (the search box, a table) count as drops on the window.
    qApp->installEventFilter(this);
    restoreSettings();
    updateStatusBar();
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* importBadges = file->addAction(tr("Import &Badges…"), this, &MainWindow::chooseBadgeFiles);
    importBadges->setObjectName(QStringLiteral("actionImportBadges"));
    importBadges->setShortcut(QKeySequence::Open);
    importBadges->setStatusTip(tr("Verify badge files (PNG, SVG, JSON, JWT) and keep them in your portfolio"));
    QAction* importFolder = file->addAction(tr("Import Badge &Folder…"), this, &MainWindow::chooseBadgeFolder);
    importFolder->setObjectName(QStringLiteral("actionImportBadgeFolder"));
    importFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    importFolder->setStatusTip(tr("Import every badge in a folder and its subfolders"));
    QAction* import = file->addAction(tr("&Import Catalog…"), this, &MainWindow::chooseCatalogFiles);
    import->setObjectName(QStringLiteral("actionImportCatalog"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setStatusTip(tr("Add the courses and microcredentials of a catalog file (JSON or CSV)"));
    file->addSeparator();
    QAction* profile = file->addAction(tr("Your &Profile…"), this, [this] { m_portfolio->editProfile(); });
    profile->setObjectName(QStringLiteral("actionProfile"));
    profile->setStatusTip(tr("Your name and the email addresses and URLs you receive badges under"));
    file->addSeparator();
    QMenu* exportMenu = file->addMenu(tr("&Export"));
    exportMenu->setObjectName(QStringLiteral("menuExport"));
    QAction* exportPdf = exportMenu->addAction(tr("&PDF Portfolio…"), this, [this] {
        PdfExportDialog dialog(m_db, m_portfolio->selectedBadges(), this);
        dialog.exec();
    });
    exportPdf->setObjectName(QStringLiteral("actionExportPdf"));
    exportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportPdf->setStatusTip(tr("A PDF of your badges to hand an employer, with their verification status and files"));
    QAction* exportPresentation = exportMenu->addAction(tr("Signed &Presentation…"), this, &MainWindow::exportPresentation);
    exportPresentation->setObjectName(QStringLiteral("actionExportPresentation"));
    exportPresentation->setStatusTip(tr("A Verifiable Presentation of your badges, signed with your key, that an employer can verify"));
    m_fileActions = new PortfolioFileActions(m_db, this);
    m_fileActions->addTo(file, exportMenu);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* paste = edit->addAction(tr("&Paste Badge"), this, &MainWindow::pasteBadge);
    paste->setObjectName(QStringLiteral("actionPasteBadge"));
    paste->setShortcut(QKeySequence::Paste);
    paste->setStatusTip(tr("Import a badge copied as text (a JWT or JSON)"));
    m_undoDelete = edit->addAction(tr("&Undo Delete"), this, [this] { m_portfolio->undoDelete(); });
    m_undoDelete->setObjectName(QStringLiteral("actionUndoDelete"));
    m_undoDelete->setShortcut(QKeySequence::Undo);
    m_undoDelete->setEnabled(false);
    edit->addSeparator();
    QAction* preferences = edit->addAction(tr("Pre&ferences…"), this, &MainWindow::showSettings);
    preferences->setObjectName(QStringLiteral("actionPreferences"));
    // The platform's key where it has one (none on GNOME), and Ctrl+, everywhere.
    QList<QKeySequence> preferenceKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!preferenceKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
        preferenceKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setShortcuts(preferenceKeys);
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setStatusTip(tr("Language, online checks, export defaults and where your portfolio lives"));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_viewActions = new QActionGroup(this);
    const QList<std::pair<QString, int>> views{
        {tr("&Catalog"), Qt::Key_1}, {tr("&Progress"), Qt::Key_2}, {tr("P&ortfolio"), Qt::Key_3}};
    const QStringList viewNames{
        QStringLiteral("actionViewCatalog"), QStringLiteral("actionViewProgress"), QStringLiteral("actionViewPortfolio")};
    for (int i = 0; i < views.size(); ++i) {
        QAction* action = view->addAction(views.at(i).first);
        action->setObjectName(viewNames.at(i));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | views.at(i).second));
        m_viewActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, i] { setCurrentView(View(i)); });
    }
    view->addSeparator();
    QAction* find = view->addAction(tr("&Find Courses"), this, [this] {
        setCurrentView(View::Catalog);
        m_catalog->focusSearch();
    });
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence(QKeySequence::Find));
    find->setStatusTip(tr("Go to the search box"));

    QMenu* portfolio = menuBar()->addMenu(tr("&Portfolio"));
    QAction* findBadges = portfolio->addAction(tr("&Find Badges"), this, [this] {
        setCurrentView(View::Portfolio);
        m_portfolio->focusSearch();
    });
    findBadges->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    portfolio
        ->addAction(tr("Add &Self-Reported Credential…"), this,
            [this] {
                setCurrentView(View::Portfolio);
                m_portfolio->addSelfReported();
            })
        ->setObjectName(QStringLiteral("actionAddSelfReported"));
    portfolio->actions().constLast()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    portfolio->addAction(tr("&New Collection…"), this, [this] { m_portfolio->newCollection(); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    portfolio->addSeparator();
    QAction* online = portfolio->addAction(tr("Allow &Online Checks"));
    online->setObjectName(QStringLiteral("actionOnlineChecks"));
    online->setCheckable(true);
    online->setChecked(m_portfolio->onlineChecks());
    online->setStatusTip(tr("Fetch hosted badges, issuer keys and revocation lists over HTTPS when verifying"));
    connect(online, &QAction::toggled, this, &AppSettings::setOnlineChecks);
    connect(AppSettings::instance(), &AppSettings::onlineChecksChanged, online, &QAction::setChecked);
    QAction* reverifyAll = portfolio->addAction(tr("&Re-verify All Badges"), this, [this] { m_portfolio->reverifyAll(); });
    reverifyAll->setShortcut(QKeySequence(Qt::Key_F5));
    portfolio->addSeparator();
    portfolio->addAction(tr("Add Sample &Badges"), this, [this] {
        setCurrentView(View::Portfolio);
        m_portfolio->installSamples();
    });
    portfolio->addAction(tr("Re&move Sample Badges"), this, [this] { m_portfolio->removeSamples(); });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Credfolio"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);
}

void MainWindow::exportPresentation()
{
    PresentationExportDialog dialog(m_db, m_portfolio->selectedBadges(), this);
    dialog.exec();
}

MainWindow::View MainWindow::currentView() const
{
    return View(m_stack->currentIndex());
}

void MainWindow::setCurrentView(View view)
{
    m_nav->setCurrentRow(int(view));
}

QStringList MainWindow::catalogFilesIn(const QList<QUrl>& urls)
{
    QStringList files;
    for (const QUrl& url : urls) {
        const QString path = url.toLocalFile();
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (!url.isLocalFile() || (suffix != QLatin1String("json") && suffix != QLatin1String("csv")))
            return {};
        files.append(path);
    }
    return files;
}

bool MainWindow::isCatalogFile(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return true;
    if (suffix != QLatin1String("json"))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    // Catalogs name their format or carry courses; badges never do.
    const QByteArray head = file.read(64 * 1024);
    return head.contains("\"credfolio-catalog\"") || (head.contains("\"courses\"") && !head.contains("\"@context\""));
}

MainWindow::DropPlan MainWindow::planDrop(const QList<QUrl>& urls)
{
    static const QStringList badgeSuffixes{QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("json"),
        QStringLiteral("jws"), QStringLiteral("jwt"), QStringLiteral("txt"), QStringLiteral("jsonld")};
    DropPlan plan;
    for (const QUrl& url : urls) {
        if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) {
            plan.links.append(url.toString());
            continue;
        }
        if (!url.isLocalFile())
            return {};
        const QString path = url.toLocalFile();
        const QFileInfo info(path);
        if (info.isDir()) {
            plan.badgePaths.append(path);
        } else if (isCatalogFile(path)) {
            plan.catalogFiles.append(path);
        } else if (badgeSuffixes.contains(info.suffix().toLower())) {
            plan.badgePaths.append(path);
        } else {
            // One file that cannot be imported refuses the whole drop, so nothing half-happens.
            return {};
        }
    }
    return plan;
}

void MainWindow::showDropOverlay(const DropPlan& plan)
{
    QStringList parts;
    int folders = 0;
    for (const QString& p : plan.badgePaths)
        folders += QFileInfo(p).isDir() ? 1 : 0;
    const int files = int(plan.badgePaths.size()) - folders;
    if (files > 0)
        parts.append(tr("%n badge file(s)", nullptr, files));
    if (folders > 0)
        parts.append(tr("%n folder(s) of badges", nullptr, folders));
    if (!plan.links.isEmpty())
        parts.append(tr("%n badge link(s)", nullptr, int(plan.links.size())));
    QString text;
    if (!parts.isEmpty())
        text = tr("Drop to import %1 into your portfolio").arg(parts.join(tr(" and ")));
    if (!plan.catalogFiles.isEmpty()) {
        const QString catalog =
            tr("Drop to add %n catalog file(s) to the course catalog", nullptr, int(plan.catalogFiles.size()));
        text = text.isEmpty() ? catalog : text + QLatin1Char('\n') + catalog;
    }
    m_dropOverlay->setText(text);
    m_dropOverlay->setAccessibleName(text);
    m_dropOverlay->setGeometry(centralWidget()->rect().adjusted(24, 24, -24, -24));
    m_dropOverlay->raise();
    m_dropOverlay->show();
}

void MainWindow::hideDropOverlay()
{
    m_dropOverlay->hide();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const DropPlan plan = event->mimeData()->hasUrls() ? planDrop(event->mimeData()->urls()) : DropPlan{};
    if (plan.acceptable()) {
        event->acceptProposedAction();
        showDropOverlay(plan);
    } else {
        event->ignore();
    }
}

void MainWindow::dragMoveEvent(QDragMoveEvent* event)
{
    if (m_dropOverlay->isVisible())
        event->acceptProposedAction();
    else
        event->ignore();
}

void MainWindow::dragLeaveEvent(QDragLeaveEvent* event)
{
    hideDropOverlay();
    QMainWindow::dragLeaveEvent(event);
}

void MainWindow::dropEvent(QDropEvent* event)
{
    hideDropOverlay();
    const DropPlan plan = event->mimeData()->hasUrls() ? planDrop(event->mimeData()->urls()) : DropPlan{};
    if (!plan.acceptable()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    if (!plan.catalogFiles.isEmpty())
        importCatalogFiles(plan.catalogFiles);
    // Links are fetched only when online checks are allowed; otherwise the summary says so.
    if (!plan.badgePaths.isEmpty() || !plan.links.isEmpty())
        importBadges(plan.badgePaths + plan.links);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if ((type == QEvent::DragEnter || type == QEvent::DragMove || type == QEvent::Drop || type == QEvent::DragLeave)
        && watched != this && watched->isWidgetType() && static_cast<QWidget*>(watched)->window() == this) {
        if (type == QEvent::DragLeave) {
            // Entering the next child shows the overlay again.
            hideDropOverlay();
            return false;
        }
        auto* drop = static_cast<QDropEvent*>(event);
        if (type == QEvent::Drop) {
            dropEvent(drop);
            return true;
        }
        if (type == QEvent::DragEnter)
            dragEnterEvent(static_cast<QDragEnterEvent*>(event));
        else
            dragMoveEvent(static_cast<QDragMoveEvent*>(event));
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::importBadges(const QStringList& paths)
{
    setCurrentView(View::Portfolio);
    m_portfolio->importPaths(paths);
}

void MainWindow::pasteBadge()
{
    const QString text = QApplication::clipboard()->text().trimmed();
    if (text.isEmpty()) {
        m_message->showMessage(tr("The clipboard holds no text to import as a badge."), MessageWidget::Type::Error);
        return;
    }
    setCurrentView(View::Portfolio);
    m_portfolio->importBytes(text.toUtf8(), tr("Pasted badge"));
}

void MainWindow::openFiles(const QStringList& paths)
{
    DropPlan all;
    QStringList refused;
    for (const QString& path : paths) {
        const bool link = path.startsWith(QLatin1String("https://")) || path.startsWith(QLatin1String("http://"));
        // One at a time: unlike a drop, one file of another kind does not hold back the rest.
        const DropPlan plan = planDrop({link ? QUrl(path) : QUrl::fromLocalFile(path)});
        if (!plan.acceptable())
            refused.append(QFileInfo(path).fileName());
        all.catalogFiles += plan.catalogFiles;
        all.badgePaths += plan.badgePaths;
        all.links += plan.links;
    }
    if (!all.catalogFiles.isEmpty())
        importCatalogFiles(all.catalogFiles);
    if (!all.badgePaths.isEmpty() || !all.links.isEmpty())
        importBadges(all.badgePaths + all.links);
    if (!refused.isEmpty())
        m_message->showMessage(tr("Credfolio opens badges and course catalogs only, so it did not open %1.")
                                   .arg(QLocale().createSeparatedList(refused)),
            MessageWidget::Type::Error);
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
    if (QWindow* window = windowHandle())
        window->requestActivate();
}

void MainWindow::chooseBadgeFiles()
{
    QSettings settings;
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import Badges"),
        settings.value(BadgeImportDirKey).toString(), tr("Badge files (*.png *.svg *.json *.jws *.jwt *.txt);;All files (*)"));
    if (files.isEmpty())
        return;
    settings.setValue(BadgeImportDirKey, QFileInfo(files.constFirst()).absolutePath());
    importBadges(files);
}

void MainWindow::chooseBadgeFolder()
{
    QSettings settings;
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Import Badge Folder"), settings.value(BadgeImportDirKey).toString());
    if (folder.isEmpty())
        return;
    settings.setValue(BadgeImportDirKey, folder);
    importBadges({folder});
}

void MainWindow::importCatalogFile(const QString& path)
{
    importCatalogFiles({path});
}

void MainWindow::importCatalogFiles(const QStringList& paths)
{
    CatalogFileImport import(m_db);
    import.run(paths);
    if (import.anyImported())
        refreshAll();
    if (!import.anyFailed()) {
        m_message->showMessage(import.message(), MessageWidget::Type::Positive);
        return;
    }
    m_message->showMessage(import.message(), MessageWidget::Type::Error, import.details());
    m_message->setDetailsVisible(true);
}

void MainWindow::chooseCatalogFiles()
{
    QSettings settings;
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Catalog"), settings.value(ImportDirKey).toString(), tr("Catalog files (*.json *.csv);;All files (*)"));
    if (files.isEmpty())
        return;
    settings.setValue(ImportDirKey, QFileInfo(files.constFirst()).absolutePath());
    importCatalogFiles(files);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Credfolio"),
        tr("<h3>Credfolio %1</h3><p>Plan microcredentials, follow your progress and keep verified digital badges.</p>"
           "<p>Your portfolio: <tt>%2</tt></p>")
            .arg(QApplication::applicationVersion(), m_db.path().toHtmlEscaped()));
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    dialog.setCurrentPortfolio(m_db.path());
    dialog.exec();
}

void MainWindow::refreshAll()
{
    m_catalog->refresh();
    m_progress->refresh();
    m_portfolio->refresh();
    updateStatusBar();
}

void MainWindow::updateStatusBar()
{
    const CatalogStore store(m_db.connection());
    m_courseCount->setText(tr("%1 in the catalog").arg(Format::courseCount(store.courseCount())));
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(StateKey).toByteArray());
    m_catalog->splitter()->restoreState(settings.value(CatalogSplitterKey).toByteArray());
    m_progress->splitter()->restoreState(settings.value(ProgressSplitterKey).toByteArray());
    m_portfolio->splitter()->restoreState(settings.value(PortfolioSplitterKey).toByteArray());
    const int view = settings.value(LastViewKey, 0).toInt();
    m_nav->setCurrentRow(view >= 0 && view < m_stack->count() ? view : 0);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(CatalogSplitterKey, m_catalog->splitter()->saveState());
    settings.setValue(ProgressSplitterKey, m_progress->splitter()->saveState());
    settings.setValue(PortfolioSplitterKey, m_portfolio->splitter()->saveState());
    settings.setValue(LastViewKey, m_stack->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_portfolio->isImporting()) {
        // Badges already stored stay; the rest is not half-written.
        m_portfolio->cancelImport();
        m_portfolio->waitForImport();
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace credfolio
