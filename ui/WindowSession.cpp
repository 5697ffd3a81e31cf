#include "WindowSession.h"

#include "MainWindow.h"
#include "export/PortfolioFileActions.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "storage/Restore.h"
#include "widgets/MessageWidget.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QTimer>

namespace credfolio {

WindowSession::WindowSession() = default;

WindowSession::~WindowSession()
{
    m_window.reset();
    m_db.reset();
}

Status WindowSession::open(const QString& commandLinePath)
{
    m_path = Database::resolvePath(commandLinePath);
    return reopen();
}

Status WindowSession::reopen()
{
    auto database = Session::openPortfolio(m_path);
    if (!database)
        return Status::failure(database.error());
    m_db = std::move(database).value();
    m_window = std::make_unique<MainWindow>(*m_db);
    // Queued: the window that asks must not be deleted inside its own call.
    connect(
        m_window->fileActions(), &PortfolioFileActions::restoreRequested, this,
        [this](const QString& backupPath) { restore(backupPath); }, Qt::QueuedConnection);
    m_window->show();
    return {};
}

bool WindowSession::restore(const QString& backupPath)
{
    // Closing the only window must not end the app here.
    const bool quitOnClose = QApplication::quitOnLastWindowClosed();
    QApplication::setQuitOnLastWindowClosed(false);
    m_window->close();
    m_window.reset();
    m_db.reset();

    QApplication::setOverrideCursor(Qt::WaitCursor);
    Restore::Options options;
    options.replaceExisting = true;
    const auto restored = Restore::run(backupPath, m_path, options);
    QApplication::restoreOverrideCursor();

    const Status reopened = reopen();
    QApplication::setQuitOnLastWindowClosed(quitOnClose);
    if (!reopened) {
        QMessageBox::critical(nullptr, tr("Credfolio cannot open your portfolio"), reopened.error());
        QTimer::singleShot(0, qApp, &QApplication::quit);
        return false;
    }
    if (!restored) {
        m_window->messageWidget()->showMessage(
            tr("The backup was not restored: %1").arg(restored.error()), MessageWidget::Type::Error);
        return false;
    }
    QString text = tr("Restored your portfolio from %1: %n badge(s).", nullptr, restored->restored.badges)
                       .arg(QDir::toNativeSeparators(backupPath));
    if (restored->fromVersion != restored->toVersion)
        text += QLatin1Char(' ') + tr("The backup was updated to this version's format.");
    m_window->messageWidget()->showMessage(text, MessageWidget::Type::Positive);
    return true;
}

} // namespace credfolio
