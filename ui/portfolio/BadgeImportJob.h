#pragma once

#include "portfolio/BadgeImporter.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>
#include <vector>

class QThread;

namespace credfolio {

// Runs one bulk badge import off the UI thread: a worker thread opens its own connection
// to the portfolio and runs BulkImport (which verifies on one thread per core). Progress
// comes back as queued signals; cancel() stops between files, so every badge is either
// fully stored or absent.
class BadgeImportJob : public QObject {
    Q_OBJECT

public:
    // Verification options are copied; a resolver in them must outlive the job.
    BadgeImportJob(QString databasePath, QStringList paths, BadgeImporter::Options options, QObject* parent = nullptr);
    ~BadgeImportJob() override;

    void start();
    void cancel();
    bool isRunning() const;
    bool wasCancelled() const { return m_cancel.load(); }
    // Valid after finished().
    const std::vector<ImportOutcome>& outcomes() const { return m_outcomes; }
    int total() const { return m_total; }

    // Blocks until the job ended (tests and shutdown).
    void wait();

signals:
    // The files to import are known (folders walked).
    void started(int total);
    void progressed(int done, int total, const QString& lastFile);
    void finished();

private:
    void run();

    QString m_databasePath;
    QStringList m_paths;
    BadgeImporter::Options m_options;
    std::atomic_bool m_cancel{false};
    std::vector<ImportOutcome> m_outcomes;
    int m_total = 0;
    QThread* m_thread = nullptr;
    QString m_openError;
};

} // namespace credfolio
