#pragma once

#include <QByteArray>
#include <QString>

namespace credfolio {

// Synchronous access to the operating system's keychain through QtKeychain (Secret Service
// on Linux, Keychain on macOS, Credential Manager on Windows). QtKeychain jobs are
// asynchronous; each call here runs one job in a local event loop, bounded by a timeout so a
// keychain that never answers cannot block the app. Needs a QCoreApplication and must be used
// from its thread. User input is held back while a job runs.
class Keychain {
public:
    enum class Outcome {
        Ok,
        NotFound, // the keychain answered: no such entry
        Denied, // the keychain answered but refused (locked, access denied)
        Unavailable, // no keychain service answered, or it did not answer in time
        Failed, // the keychain answered with another error
    };

    struct Reply {
        Outcome outcome = Outcome::Failed;
        QByteArray data; // read() only
        QString detail; // QtKeychain's own message, for logs and details
        bool ok() const { return outcome == Outcome::Ok; }
    };

    explicit Keychain(QString service, int timeoutMs = 30000);

    QString service() const { return m_service; }
    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

    Reply read(const QString& key) const;
    Reply write(const QString& key, const QByteArray& data) const;
    Reply remove(const QString& key) const;

    // True while an earlier job of this process is still waiting for the keychain. QtKeychain
    // runs its jobs one after another, so nothing else can reach the keychain until it ends.
    static bool stalled();

private:
    QString m_service;
    int m_timeoutMs;
};

} // namespace credfolio
