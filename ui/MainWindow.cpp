#include "MainWindow.h"

#include "catalog/CatalogFileImport.h"
#include "catalog/CatalogStore.h"
#include "catalog/CatalogView.h"
#include "progress/ProgressView.h"
#include "storage/Database.h"
#include "util/Format.h"
#include "widgets/MessageWidget.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUrl>
#include <QVBoxLayout>

namespace credfolio {

namespace {

const QString GeometryKey = QStringLiteral("MainWindow/geometry");
const QString StateKey = QStringLiteral("MainWindow/state");
const QString LastViewKey = QStringLiteral("MainWindow/lastView");
const QString CatalogSplitterKey = QStringLiteral("Catalog/splitter");
const QString ProgressSplitterKey = QStringLiteral("Progress/splitter");
const QString ImportDirKey = QStringLiteral("Catalog/lastImportDir");

} // namespace

MainWindow::MainWindow(Database& db, QWidget* parent)
    : QMainWindow(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Credfolio"));
    setAcceptDrops(true);

    m_nav = new QListWidget(this);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setAccessibleName(tr("Sections"));
    m_nav->setToolTip(tr("Switch between finding courses and following your progress"));
    m_nav->addItem(tr("Catalog"));
    m_nav->addItem(tr("Progress"));
    m_nav->item(0)->setToolTip(tr("Find courses (Ctrl+1)"));
    m_nav->item(1)->setToolTip(tr("Your microcredentials and progress (Ctrl+2)"));
    m_nav->setFixedWidth(150);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setStyleSheet(QStringLiteral("QListWidget#navigation { background: palette(window); font-size: 11pt; }"
                                        " QListWidget#navigation::item { padding: 10px 14px; border-radius: 4px; margin: 2px 6px; }"
                                        " QListWidget#navigation::item:selected { background: palette(highlight);"
                                        " color: palette(highlighted-text); }"));

    m_catalog = new CatalogView(m_db, this);
    m_progress = new ProgressView(m_db, this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_catalog);
    m_stack->addWidget(m_progress);

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
    QAction* import = file->addAction(tr("&Import Catalog…"), this, &MainWindow::chooseCatalogFiles);
    import->setObjectName(QStringLiteral("actionImportCatalog"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setStatusTip(tr("Add the courses and microcredentials of a catalog file (JSON or CSV)"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_viewActions = new QActionGroup(this);
    const QList<std::pair<QString, int>> views{{tr("&Catalog"), Qt::Key_1}, {tr("&Progress"), Qt::Key_2}};
    for (int i = 0; i < views.size(); ++i) {
        QAction* action = view->addAction(views.at(i).first);
        action->setObjectName(i == 0 ? QStringLiteral("actionViewCatalog") : QStringLiteral("actionViewProgress"));
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

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Credfolio"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);
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

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && !catalogFilesIn(event->mimeData()->urls()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void MainWindow::dragMoveEvent(QDragMoveEvent* event)
{
    if (event->mimeData()->hasUrls() && !catalogFilesIn(event->mimeData()->urls()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList files = event->mimeData()->hasUrls() ? catalogFilesIn(event->mimeData()->urls()) : QStringList();
    if (files.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    importCatalogFiles(files);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if ((type == QEvent::DragEnter || type == QEvent::DragMove || type == QEvent::Drop) && watched != this && watched->isWidgetType()
        && static_cast<QWidget*>(watched)->window() == this) {
        auto* drop = static_cast<QDropEvent*>(event);
        if (drop->mimeData()->hasUrls() && !catalogFilesIn(drop->mimeData()->urls()).isEmpty()) {
            if (type == QEvent::Drop)
                dropEvent(drop);
            else
                drop->acceptProposedAction();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
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
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import Catalog"), settings.value(ImportDirKey).toString(),
                                                            tr("Catalog files (*.json *.csv);;All files (*)"));
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

void MainWindow::refreshAll()
{
    m_catalog->refresh();
    m_progress->refresh();
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
    settings.setValue(LastViewKey, m_stack->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace credfolio
