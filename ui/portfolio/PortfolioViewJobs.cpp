// PortfolioView: the work that runs off the UI thread (bulk imports, re-verification,
// fetching achievement images) and what happens when it ends.

#include "portfolio/PortfolioView.h"

#include "identity/PassphraseDialog.h"
#include "net/NetworkResolver.h"
#include "portfolio/BadgeCardDelegate.h"
#include "portfolio/BadgeDetailPane.h"
#include "portfolio/BadgeImportJob.h"
#include "portfolio/BadgeListModel.h"
#include "portfolio/LearnerProfile.h"
#include "portfolio/PortfolioDialogs.h"
#include "portfolio/SampleBadges.h"
#include "portfolio/SigningIdentity.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QThread>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace credfolio {

void PortfolioView::fetchMissingImages()
{
    if (!onlineChecks() || (m_imageThread && m_imageThread->isRunning()))
        return;
    const QStringList urls = BadgeStore(m_db.connection()).uncachedImageUrls();
    if (urls.isEmpty())
        return;
    if (m_imageThread) {
        m_imageThread->wait();
        delete m_imageThread;
    }
    m_imageThread = QThread::create([this, urls] {
        NetworkResolverOptions options;
        options.maxBytes = 2 * 1024 * 1024;
        options.extraContentTypes = {"image/png", "image/jpeg", "image/gif", "image/webp", "image/svg+xml"};
        NetworkResolver images(options);
        for (const QString& url : urls) {
            if (m_stopImages.load())
                return;
            const Result<QByteArray> bytes = images.fetch(QUrl(url));
            if (!bytes)
                continue; // the placeholder stays; the next refresh tries again
            QMetaObject::invokeMethod(
                this,
                [this, url, data = bytes.value()] {
                    if (BadgeStore(m_db.connection()).cacheImage(url, data))
                        m_model->refreshImages();
                },
                Qt::QueuedConnection);
        }
    });
    m_imageThread->start();
}

bool PortfolioView::isImporting() const
{
    return m_job && m_job->isRunning();
}

void PortfolioView::cancelImport()
{
    if (m_job) {
        m_job->cancel();
        m_cancel->setEnabled(false);
        m_progressLabel->setText(tr("Cancelling…"));
    }
}

void PortfolioView::waitForImport()
{
    if (!m_job)
        return;
    m_job->wait();
    // Deliver the queued signals now, so the view is up to date when this returns.
    QCoreApplication::sendPostedEvents(this);
    if (m_job)
        QCoreApplication::sendPostedEvents(m_job.get());
}

void PortfolioView::importPaths(const QStringList& paths, bool keepInvalid)
{
    if (paths.isEmpty())
        return;
    if (isImporting()) {
        emit message(tr("An import is already running; wait for it to finish or cancel it."), true, {});
        return;
    }
    BadgeImporter::Options options;
    options.verify = verifyOptions();
    options.keepInvalid = keepInvalid;
    m_lastKeepInvalid = keepInvalid;
    m_job = std::make_unique<BadgeImportJob>(m_db.path(), paths, options);
    connect(m_job.get(), &BadgeImportJob::started, this, [this](int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(0);
        m_progressLabel->setText(tr("Importing %n badge file(s)…", nullptr, total));
    });
    connect(m_job.get(), &BadgeImportJob::progressed, this, [this](int done, int total, const QString& file) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progress->setToolTip(QFileInfo(file).fileName());
    });
    connect(m_job.get(), &BadgeImportJob::finished, this, &PortfolioView::onImportFinished);
    m_progress->setRange(0, 0);
    m_progressLabel->setText(tr("Looking for badge files…"));
    m_cancel->setEnabled(true);
    m_importBar->show();
    m_job->start();
}

void PortfolioView::onImportFinished()
{
    if (!m_job)
        return;
    m_importBar->hide();
    m_lastOutcomes = m_job->outcomes();
    const bool cancelled = m_job->wasCancelled();
    // This runs inside the job's own signal: let the event loop delete it.
    m_job.release()->deleteLater();
    refresh();
    qint64 firstImported = 0;
    bool anyProblem = false;
    for (const ImportOutcome& o : m_lastOutcomes) {
        if (o.result == ImportOutcome::Result::Imported && !firstImported)
            firstImported = o.id;
        anyProblem = anyProblem || o.result == ImportOutcome::Result::Refused || o.result == ImportOutcome::Result::Error;
    }
    if (firstImported)
        selectBadge(firstImported);
    emit portfolioChanged();
    emit importFinished();
    const QString summary = ImportSummaryDialog::summaryText(m_lastOutcomes, cancelled);
    if (m_showSummary && (m_lastOutcomes.size() > 1 || anyProblem || cancelled)) {
        ImportSummaryDialog dialog(m_lastOutcomes, cancelled, this);
        dialog.exec();
        if (!dialog.keepAnyway().isEmpty())
            importPaths(dialog.keepAnyway(), true);
    } else {
        emit message(summary, anyProblem, {});
    }
}

void PortfolioView::reverify(qint64 id)
{
    reverifyBadges({id});
}

void PortfolioView::reverifyAll()
{
    QList<qint64> ids;
    for (const BadgeRecord& r : BadgeStore(m_db.connection()).list())
        ids.append(r.id);
    reverifyBadges(ids);
}

bool PortfolioView::isReverifying() const
{
    return m_reverifyThread && m_reverifyThread->isRunning();
}

void PortfolioView::waitForReverify()
{
    if (!m_reverifyThread)
        return;
    m_reverifyThread->wait();
    QCoreApplication::sendPostedEvents(this);
}

void PortfolioView::reverifyBadges(const QList<qint64>& ids)
{
    if (ids.isEmpty() || isReverifying())
        return;
    if (m_reverifyThread) {
        m_reverifyThread->wait();
        delete m_reverifyThread;
    }
    // Off the UI thread with its own connection: with online checks on, a slow server
    // must not freeze the window.
    const VerifyOptions options = verifyOptions();
    const QString path = m_db.path();
    m_details->reverifyButton()->setEnabled(false);
    m_reverifyThread = QThread::create([this, ids, options, path] {
        QList<QPair<qint64, BadgeState>> before;
        QList<Result<BadgeRecord>> results;
        if (auto db = Database::open(path)) {
            BadgeImporter importer(db.value()->connection());
            const BadgeStore store(db.value()->connection());
            for (qint64 id : ids) {
                if (const auto r = store.record(id))
                    before.append({id, r->state});
                results.append(importer.reverify(id, options));
            }
        } else {
            results.append(Result<BadgeRecord>::failure(db.error()));
        }
        QMetaObject::invokeMethod(
            this, [this, ids, before, results] { onReverified(ids, before, results); }, Qt::QueuedConnection);
    });
    m_reverifyThread->start();
}

void PortfolioView::onReverified(
    const QList<qint64>& ids, const QList<QPair<qint64, BadgeState>>& before, const QList<Result<BadgeRecord>>& results)
{
    m_details->reverifyButton()->setEnabled(true);
    refresh();
    emit portfolioChanged();
    if (ids.size() == 1) {
        selectBadge(ids.first());
        const Result<BadgeRecord>& r = results.value(0, Result<BadgeRecord>::failure(QString()));
        if (!r)
            emit message(tr("The badge could not be verified again: %1").arg(r.error()), true, {});
        else
            emit message(tr("\"%1\" checked again: %2.").arg(r->name, badgeStateLabel(r->state)),
                r->verdict == QLatin1String("invalid"), {});
        return;
    }
    int changed = 0;
    for (const Result<BadgeRecord>& r : results) {
        if (!r)
            continue;
        for (const auto& [id, state] : before) {
            if (id == r->id && state != r->state)
                ++changed;
        }
    }
    emit message(tr("Every badge was checked again; %n changed status.", nullptr, changed), false, {});
}

} // namespace credfolio
