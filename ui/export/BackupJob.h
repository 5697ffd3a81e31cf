#pragma once

#include "storage/Backup.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <optional>

class QThread;

namespace credfolio {

// Runs Backup::create on a thread of its own (the backup opens its own connection), and
// reports progress and the end on the UI thread.
class BackupJob : public QObject {
    Q_OBJECT

public:
    BackupJob(QString portfolioPath, QString outPath, QObject* parent = nullptr);
    ~BackupJob() override;

    void start();
    const QString& outPath() const { return m_outPath; }
    void cancel() { m_cancel = true; }
    bool isRunning() const;
    // Blocks until the backup ended (tests, shutdown).
    void wait();
    // Set once finished() was emitted.
    const std::optional<Result<Backup::Summary>>& result() const { return m_result; }

signals:
    void progress(int done, int total);
    void finished();

private:
    QString m_portfolioPath;
    QString m_outPath;
    QThread* m_thread = nullptr;
    std::atomic_bool m_cancel{false};
    std::optional<Result<Backup::Summary>> m_result;
};

} // namespace credfolio
