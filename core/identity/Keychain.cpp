#include "identity/Keychain.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace credfolio {
namespace {

// Set while a job that timed out is still pending (jobs run on the application's thread).
bool g_stalled = false;

Keychain::Outcome outcomeOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return Keychain::Outcome::Ok;
    case QKeychain::EntryNotFound:
        return Keychain::Outcome::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Keychain::Outcome::Denied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    // With libsecret, a missing session bus or Secret Service is reported as OtherError.
    case QKeychain::OtherError:
        return Keychain::Outcome::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return Keychain::Outcome::Failed;
}

Keychain::Reply unavailable(QString detail)
{
    Keychain::Reply reply;
    reply.outcome = Keychain::Outcome::Unavailable;
    reply.detail = std::move(detail);
    return reply;
}

// Runs one job to its end or to the timeout. The job deletes itself when it finishes; one
// that times out is left running (its keychain callback still refers to it) and clears the
// stalled flag when it is finally destroyed.
Keychain::Reply run(QKeychain::Job* job, int timeoutMs, bool wantData)
{
    if (!QCoreApplication::instance()) {
        delete job;
        return unavailable(QCoreApplication::translate("Keychain", "The keychain can only be used by a running application."));
    }
    if (g_stalled) {
        delete job;
        return unavailable(
            QCoreApplication::translate("Keychain", "An earlier request to the keychain is still waiting for an answer."));
    }

    Keychain::Reply reply;
    bool finished = false;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job* done) {
        finished = true;
        reply.outcome = outcomeOf(done->error());
        reply.detail = done->errorString();
        if (wantData && done->error() == QKeychain::NoError)
            reply.data = static_cast<QKeychain::ReadPasswordJob*>(done)->binaryData();
        loop.quit();
    });
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);

    job->setAutoDelete(true);
    job->start();
    timer.start(timeoutMs);
    loop.exec(QEventLoop::ExcludeUserInputEvents);

    if (!finished) {
        g_stalled = true;
        QObject::connect(job, &QObject::destroyed, [] { g_stalled = false; });
        // A count starting with "(" hides the whole call from lupdate, hence the variable.
        const int seconds = (timeoutMs + 999) / 1000;
        return unavailable(
            QCoreApplication::translate("Keychain", "The keychain did not answer within %n second(s).", nullptr, seconds));
    }
    return reply;
}

} // namespace

Keychain::Keychain(QString service, int timeoutMs) : m_service(std::move(service)), m_timeoutMs(timeoutMs) { }

Keychain::Reply Keychain::read(const QString& key) const
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    return run(job, m_timeoutMs, true);
}

Keychain::Reply Keychain::write(const QString& key, const QByteArray& data) const
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setBinaryData(data);
    return run(job, m_timeoutMs, false);
}

Keychain::Reply Keychain::remove(const QString& key) const
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    return run(job, m_timeoutMs, false);
}

bool Keychain::stalled()
{
    return g_stalled;
}

} // namespace credfolio
