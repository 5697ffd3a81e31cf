#include "export/PdfExportJob.h"

#include "storage/Database.h"

#include <QThread>

namespace credfolio {

PdfExportJob::PdfExportJob(QString databasePath, QString outputPath, PdfExportOptions options, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_outputPath(std::move(outputPath)), m_options(std::move(options))
{
    qRegisterMetaType<credfolio::PdfExportResult>("credfolio::PdfExportResult");
}

PdfExportJob::~PdfExportJob()
{
    cancel();
    wait();
}

void PdfExportJob::start()
{
    m_thread = QThread::create([this] {
        QString error;
        PdfExportResult result;
        {
            auto db = Database::open(m_databasePath);
            if (!db) {
                error = db.error();
            } else {
                const auto progress = [this](int done, int total, const QString& what) {
                    emit progressed(done, total, what); // queued: the receiver lives on the UI thread
                };
                const auto written =
                    PdfPortfolioWriter::write(db.value()->connection(), m_outputPath, m_options, progress, &m_cancel);
                if (written)
                    result = written.value();
                else
                    error = written.error();
            }
        }
        emit finished(error.isEmpty(), error, result);
    });
    m_thread->start();
}

void PdfExportJob::cancel()
{
    m_cancel.store(true);
}

bool PdfExportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void PdfExportJob::wait()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

} // namespace credfolio
