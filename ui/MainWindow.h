#pragma once

#include <QMainWindow>

class QAction;
class QMimeData;
class QActionGroup;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace credfolio {

class CatalogView;
class Database;
class MessageWidget;
class PortfolioFileActions;
class PortfolioView;
class ProgressView;

// The main window: a navigation list on the left, one view at a time on the right,
// an inline message bar above. Badge files and folders, and catalog files, dropped
// anywhere on it are imported; an overlay says where a drop will land while dragging.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The order of the navigation list.
    enum class View { Catalog, Progress, Portfolio };
    Q_ENUM(View)

    explicit MainWindow(Database& db, QWidget* parent = nullptr);
    ~MainWindow() override;

    void importCatalogFile(const QString& path);
    void importCatalogFiles(const QStringList& paths);

    View currentView() const;
    void setCurrentView(View view);

    CatalogView* catalogView() const { return m_catalog; }
    ProgressView* progressView() const { return m_progress; }
    PortfolioView* portfolioView() const { return m_portfolio; }
    QLabel* dropOverlay() const { return m_dropOverlay; }
    MessageWidget* messageWidget() const { return m_message; }
    PortfolioFileActions* fileActions() const { return m_fileActions; }

    // Local .json or .csv files among the URLs; empty when any URL is something else.
    static QStringList catalogFilesIn(const QList<QUrl>& urls);

    // What a drop of these URLs would do: catalogs go to the catalog, badge files and
    // folders to the portfolio. Files of other kinds (a PDF, a program) refuse the drop.
    struct DropPlan {
        QStringList catalogFiles;
        QStringList badgePaths; // files and folders
        QStringList links; // http(s) URLs of hosted badges
        bool acceptable() const { return !catalogFiles.isEmpty() || !badgePaths.isEmpty() || !links.isEmpty(); }
    };
    static DropPlan planDrop(const QList<QUrl>& urls);
    // A local JSON or CSV file that holds a course catalog rather than a badge.
    static bool isCatalogFile(const QString& path);

    // Imports badge files and folders (off the UI thread) into the portfolio.
    void importBadges(const QStringList& paths);
    // Imports a badge pasted from the clipboard (JWT or JSON text).
    void pasteBadge();

    // Opens what `credfolio FILE...` names (absolute paths or https links): badge files and
    // folders into the portfolio, catalogs into the catalog; other files are refused.
    void openFiles(const QStringList& paths);
    // Shows the window in front of the others (a later start handed it files).
    void bringToFront();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createMenus();
    void chooseCatalogFiles();
    void chooseBadgeFiles();
    void chooseBadgeFolder();
    void exportPresentation();
    void handleDrop(const QMimeData* mime);
    void showDropOverlay(const DropPlan& plan);
    void hideDropOverlay();
    void showAbout();
    void showSettings();
    void refreshAll();
    void updateStatusBar();
    void restoreSettings();
    void saveSettings() const;

    Database& m_db;
    QListWidget* m_nav = nullptr;
    QStackedWidget* m_stack = nullptr;
    MessageWidget* m_message = nullptr;
    CatalogView* m_catalog = nullptr;
    ProgressView* m_progress = nullptr;
    PortfolioView* m_portfolio = nullptr;
    QLabel* m_dropOverlay = nullptr;
    QAction* m_undoDelete = nullptr;
    QActionGroup* m_viewActions = nullptr;
    QLabel* m_courseCount = nullptr;
    PortfolioFileActions* m_fileActions = nullptr;
};

} // namespace credfolio
