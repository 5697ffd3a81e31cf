#pragma once

#include <QMainWindow>

class QActionGroup;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace credfolio {

class CatalogView;
class Database;
class MessageWidget;
class ProgressView;

// The main window: a navigation list on the left, one view at a time on the right,
// an inline message bar above. Catalog files dropped anywhere on it are imported.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The order of the navigation list; Portfolio comes after Progress.
    enum class View { Catalog, Progress };
    Q_ENUM(View)

    explicit MainWindow(Database& db, QWidget* parent = nullptr);
    ~MainWindow() override;

    void importCatalogFile(const QString& path);
    void importCatalogFiles(const QStringList& paths);

    View currentView() const;
    void setCurrentView(View view);

    CatalogView* catalogView() const { return m_catalog; }
    ProgressView* progressView() const { return m_progress; }
    MessageWidget* messageWidget() const { return m_message; }

    // Local .json or .csv files among the URLs; empty when any URL is something else.
    static QStringList catalogFilesIn(const QList<QUrl>& urls);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createMenus();
    void chooseCatalogFiles();
    void showAbout();
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
    QActionGroup* m_viewActions = nullptr;
    QLabel* m_courseCount = nullptr;
};

} // namespace credfolio
