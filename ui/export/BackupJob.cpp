#include "export/BackupJob.h"

#include <QThread>

#include <memory>

namespace credfolio {

BackupJob::BackupJob(QString portfolioPath, QString outPath, QObject* parent)
    : QObject(parent), m_portfolioPath(std::move(portfolioPath)), m_outPath(std::move(outPath))
{
}

BackupJob::~BackupJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

bool BackupJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void BackupJob::wait()
{
    if (m_thread)
        m_thread->wait();
}

void BackupJob::start()
{
    // Shared: the thread writes it, the UI thread reads it after finished.
    auto result = std::make_shared<std::optional<Result<Backup::Summary>>>();
    m_thread = QThread::create([this, result] {
        Backup::Options options;
        options.cancel = &m_cancel;
        options.progress = [this](int done, int total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
        };
        result->emplace(Backup::create(m_portfolioPath, m_outPath, options));
    });
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, [this, result] {
        m_result = std::move(*result);
        emit finished();
    });
    m_thread->start();
}

} // namespace credfolio
