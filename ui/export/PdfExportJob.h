#pragma once

#include "export/PdfPortfolioWriter.h"

#include <QObject>
#include <QString>

#include <atomic>

class QThread;

namespace credfolio {

// Writes one PDF portfolio off the UI thread: the worker opens its own connection to the
// portfolio (a Database belongs to the thread that opened it), reports progress through
// queued signals, and stops at cancel(), leaving no file behind.
class PdfExportJob : public QObject {
    Q_OBJECT

public:
    PdfExportJob(QString databasePath, QString outputPath, PdfExportOptions options, QObject* parent = nullptr);
    ~PdfExportJob() override;

    void start();
    void cancel();
    bool isRunning() const;
    void wait();

signals:
    void progressed(int done, int total, const QString& what);
    // ok false: error holds why (or that it was cancelled).
    void finished(bool ok, const QString& error, const credfolio::PdfExportResult& result);

private:
    QString m_databasePath;
    QString m_outputPath;
    PdfExportOptions m_options;
    CancelFlag m_cancel{false};
    QThread* m_thread = nullptr;
};

} // namespace credfolio
