#pragma once

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QProgressDialog;

namespace credfolio {

class BackupJob;
class Database;
class MainWindow;

// The File menu's export, backup and restore: File > Export > Badge Files…, File > Back Up
// Portfolio… (off the UI thread, with progress) and File > Restore Portfolio… (checks the
// backup, asks before replacing, then asks the window's owner to swap portfolios through
// restoreRequested, since the open connection must be closed first).
class PortfolioFileActions : public QObject {
    Q_OBJECT

public:
    PortfolioFileActions(Database& db, MainWindow* window);
    ~PortfolioFileActions() override;

    // Adds "Badge Files…" to the Export menu and backup and restore to the File menu.
    void addTo(QMenu* fileMenu, QMenu* exportMenu);

    void exportFiles();
    void backUp();
    // Backs up into path without asking (tests; backUp() asks for the path).
    void backUpTo(const QString& path);
    void chooseRestore();
    // Checks the backup and asks; emits restoreRequested when the learner confirms.
    void restoreFrom(const QString& backupPath, bool ask = true);
    BackupJob* backupJob() const { return m_backup; }

signals:
    void restoreRequested(const QString& backupPath);

private:
    void onBackupFinished();

    Database& m_db;
    MainWindow* m_window = nullptr;
    BackupJob* m_backup = nullptr;
    QProgressDialog* m_backupProgress = nullptr;
};

} // namespace credfolio
