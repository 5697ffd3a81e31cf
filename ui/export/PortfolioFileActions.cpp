#include "export/PortfolioFileActions.h"

#include "MainWindow.h"
#include "export/BackupJob.h"
#include "export/FilesExportDialog.h"
#include "portfolio/BadgeListModel.h"
#include "portfolio/PortfolioView.h"
#include "storage/Database.h"
#include "storage/Restore.h"
#include "widgets/MessageWidget.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>

namespace credfolio {

namespace {
const QString BackupDirKey = QStringLiteral("Portfolio/lastBackupDir");

QString badgesText(int n)
{
    return PortfolioFileActions::tr("%n badge(s)", nullptr, n);
}
} // namespace

PortfolioFileActions::PortfolioFileActions(Database& db, MainWindow* window) : QObject(window), m_db(db), m_window(window) { }

PortfolioFileActions::~PortfolioFileActions()
{
    delete m_backup; // waits for a running backup
}

void PortfolioFileActions::addTo(QMenu* fileMenu, QMenu* exportMenu)
{
    QAction* files = exportMenu->addAction(tr("Badge &Files…"), this, &PortfolioFileActions::exportFiles);
    files->setObjectName(QStringLiteral("actionExportFiles"));
    files->setStatusTip(tr("Write the original badge files and a manifest.json into a folder"));
    QAction* backup = fileMenu->addAction(tr("&Back Up Portfolio…"), this, &PortfolioFileActions::backUp);
    backup->setObjectName(QStringLiteral("actionBackUp"));
    backup->setStatusTip(tr("Save your whole portfolio in one file"));
    QAction* restore = fileMenu->addAction(tr("&Restore Portfolio…"), this, &PortfolioFileActions::chooseRestore);
    restore->setObjectName(QStringLiteral("actionRestore"));
    restore->setStatusTip(tr("Replace your portfolio with a backup"));
}

void PortfolioFileActions::exportFiles()
{
    QList<qint64> selected;
    PortfolioView* view = m_window->portfolioView();
    for (const QModelIndex& index : view->grid()->selectionModel()->selectedIndexes()) {
        if (const BadgeRecord* r = view->model()->recordAt(index.row()))
            selected.append(r->id);
    }
    FilesExportDialog dialog(m_db, selected, m_window);
    if (dialog.exec() == QDialog::Accepted)
        m_window->messageWidget()->showMessage(dialog.resultMessage(), MessageWidget::Type::Positive);
}

void PortfolioFileActions::backUp()
{
    QSettings settings;
    const QString name = tr("Credfolio backup %1.credfolio").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Back Up Portfolio"),
        QDir(settings.value(BackupDirKey, QDir::homePath()).toString()).filePath(name),
        tr("Credfolio backups (*.credfolio);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(BackupDirKey, QFileInfo(path).absolutePath());
    backUpTo(path);
}

void PortfolioFileActions::backUpTo(const QString& path)
{
    if (m_backup && m_backup->isRunning()) {
        m_window->messageWidget()->showMessage(tr("A backup is already running."), MessageWidget::Type::Error);
        return;
    }
    delete m_backup;
    m_backup = new BackupJob(m_db.path(), path);
    m_backupProgress = new QProgressDialog(tr("Backing up your portfolio…"), tr("Cancel"), 0, 0, m_window);
    m_backupProgress->setObjectName(QStringLiteral("backupProgress"));
    m_backupProgress->setAccessibleName(tr("Backup progress"));
    m_backupProgress->setWindowTitle(tr("Back Up Portfolio"));
    m_backupProgress->setWindowModality(Qt::WindowModal);
    // Small portfolios finish before the dialog would show.
    m_backupProgress->setMinimumDuration(500);
    m_backupProgress->setAutoClose(false);
    m_backupProgress->setAutoReset(false);
    if (auto* cancel = m_backupProgress->findChild<QPushButton*>())
        cancel->setAccessibleName(tr("Cancel the backup"));
    if (auto* bar = m_backupProgress->findChild<QProgressBar*>())
        bar->setAccessibleName(tr("Backup progress"));
    connect(m_backupProgress, &QProgressDialog::canceled, m_backup, &BackupJob::cancel);
    connect(m_backup, &BackupJob::progress, m_backupProgress, [this](int done, int total) {
        m_backupProgress->setMaximum(total);
        m_backupProgress->setValue(done);
    });
    connect(m_backup, &BackupJob::finished, this, &PortfolioFileActions::onBackupFinished);
    m_backup->start();
}

void PortfolioFileActions::onBackupFinished()
{
    if (m_backupProgress) {
        m_backupProgress->deleteLater();
        m_backupProgress = nullptr;
    }
    const auto& result = m_backup->result();
    if (!result || !result->ok()) {
        m_window->messageWidget()->showMessage(
            tr("The backup was not made: %1").arg(result ? result->error() : tr("it did not finish.")),
            MessageWidget::Type::Error);
        return;
    }
    m_window->messageWidget()->showMessage(
        tr("Backed up %1 to %2.").arg(badgesText(result->value().badges), QDir::toNativeSeparators(m_backup->outPath())),
        MessageWidget::Type::Positive);
}

void PortfolioFileActions::chooseRestore()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Restore Portfolio"),
        settings.value(BackupDirKey, QDir::homePath()).toString(), tr("Credfolio backups (*.credfolio);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(BackupDirKey, QFileInfo(path).absolutePath());
    restoreFrom(path);
}

void PortfolioFileActions::restoreFrom(const QString& backupPath, bool ask)
{
    // The backup is checked before anything is asked or closed: a bad file changes nothing.
    const auto backup = Restore::inspectBackup(backupPath);
    if (!backup) {
        m_window->messageWidget()->showMessage(
            tr("This backup cannot be restored: %1 Your portfolio was not changed.").arg(backup.error()),
            MessageWidget::Type::Error);
        return;
    }
    if (ask) {
        const auto current = PortfolioFile::inspect(m_db.path(), false);
        const QString replaced = current
            ? tr("Your current portfolio (%1, %n collection(s)) will be replaced by the backup "
                 "(%2). Anything added since the backup was made will be lost.",
                nullptr, current->collections)
                  .arg(badgesText(current->badges), badgesText(backup->badges))
            : tr("Your current portfolio will be replaced by the backup (%1).").arg(badgesText(backup->badges));
        QMessageBox box(QMessageBox::Warning, tr("Restore Portfolio"), tr("Replace your portfolio with this backup?"),
            QMessageBox::Cancel, m_window);
        box.setInformativeText(replaced + QStringLiteral("\n\n") + QDir::toNativeSeparators(backupPath));
        QPushButton* replace = box.addButton(tr("&Replace Portfolio"), QMessageBox::DestructiveRole);
        replace->setAccessibleName(tr("Replace your portfolio with the backup"));
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != replace)
            return;
    }
    emit restoreRequested(backupPath);
}

} // namespace credfolio
