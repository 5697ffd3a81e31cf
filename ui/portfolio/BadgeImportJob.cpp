#include "portfolio/BadgeImportJob.h"

#include "portfolio/BulkImport.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QThread>

namespace credfolio {

BadgeImportJob::BadgeImportJob(QString databasePath, QStringList paths, BadgeImporter::Options options, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_paths(std::move(paths)), m_options(std::move(options))
{
}

BadgeImportJob::~BadgeImportJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void BadgeImportJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("badge-import"));
    connect(m_thread, &QThread::finished, this, &BadgeImportJob::finished);
    m_thread->start();
}

void BadgeImportJob::cancel()
{
    m_cancel.store(true);
}

bool BadgeImportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void BadgeImportJob::wait()
{
    if (m_thread)
        m_thread->wait();
}

void BadgeImportJob::run()
{
    // Everything here runs on the worker thread; signals reach the UI queued.
    const QStringList files = expandImportPaths(m_paths);
    m_total = int(files.size());
    emit started(m_total);
    auto opened = Database::open(m_databasePath);
    if (!opened) {
        for (const QString& file : files) {
            ImportOutcome o;
            o.file = file;
            o.result = ImportOutcome::Result::Error;
            o.message = opened.error();
            m_outcomes.push_back(o);
        }
        return;
    }
    std::unique_ptr<Database> db = std::move(opened).value();
    BulkImport::Options options;
    options.import = m_options;
    // Progress at most every 40 ms: the UI thread only paints a bar.
    QElapsedTimer sinceSignal;
    sinceSignal.start();
    m_outcomes =
        BulkImport::run(db->connection(), files, options, &m_cancel, [&](const ImportOutcome& outcome, int done, int total) {
            if (done == total || sinceSignal.elapsed() >= 40) {
                emit progressed(done, total, outcome.file);
                sinceSignal.restart();
            }
        });
}

} // namespace credfolio
