#include "WindowSession.h"

#include "MainWindow.h"
#include "export/PortfolioFileActions.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "storage/Restore.h"
#include "widgets/MessageWidget.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QMessageBox>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <optional>

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

    // Checking and migrating a large backup takes a while: off the UI thread, with a busy
    // indicator, so the app keeps painting. The window is closed, so nothing else can start.
    Restore::Options options;
    options.replaceExisting = true;
    std::optional<Result<Restore::Summary>> restored;
    QProgressDialog busy(tr("Restoring your portfolio…"), QString(), 0, 0);
    busy.setObjectName(QStringLiteral("restoreProgress"));
    busy.setAccessibleName(tr("Restore progress"));
    busy.setWindowTitle(tr("Restore Portfolio"));
    busy.setMinimumDuration(300);
    QEventLoop loop;
    std::unique_ptr<QThread> worker(QThread::create([&] { restored.emplace(Restore::run(backupPath, m_path, options)); }));
    connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    busy.close();

    const Status reopened = reopen();
    QApplication::setQuitOnLastWindowClosed(quitOnClose);
    if (!reopened) {
        QMessageBox::critical(nullptr, tr("Credfolio cannot open your portfolio"), reopened.error());
        QTimer::singleShot(0, qApp, &QApplication::quit);
        return false;
    }
    if (!restored || !restored->ok()) {
        m_window->messageWidget()->showMessage(
            tr("The backup was not restored: %1").arg(restored ? restored->error() : tr("it did not finish.")),
            MessageWidget::Type::Error);
        return false;
    }
    QString text = tr("Restored your portfolio from %1: %n badge(s).", nullptr, restored->value().restored.badges)
                       .arg(QDir::toNativeSeparators(backupPath));
    if (restored->value().fromVersion != restored->value().toVersion)
        text += QLatin1Char(' ') + tr("The backup was updated to this version's format.");
    m_window->messageWidget()->showMessage(text, MessageWidget::Type::Positive);
    return true;
}

} // namespace credfolio
