#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace credfolio {

// One window per user and portfolio. The first start listens on a local socket; a later
// `credfolio FILE...` on the same portfolio hands its files to that window over the socket
// and exits, so opening a badge from the file manager lands in the window already open.
// A second portfolio (--db) gets its own socket and its own window.
class SingleInstance : public QObject {
    Q_OBJECT

public:
    enum class Listen { Listening, AnotherRunning, Failed };

    explicit SingleInstance(QObject* parent = nullptr);
    ~SingleInstance() override;

    // Where this user's window on this portfolio listens: in the user's runtime folder
    // (XDG_RUNTIME_DIR, or Qt's /tmp/runtime-USER; private to the user), named from the application id and a hash of
    // the user and the portfolio's absolute path.
    static QString serverName(const QString& portfolioPath);

    // Hands the paths (absolute file paths or links) to the window listening on name and
    // waits until it confirms. False when no window answers: none runs, or only the socket
    // of one that crashed is left.
    static bool sendToRunning(const QString& name, const QStringList& paths, int timeoutMs = 5000);

    // Listens on name. A socket nobody answers on is left from a crash: it is removed and
    // listening tried again. AnotherRunning when a live window answers there.
    Listen listen(const QString& name);
    QString errorString() const;

signals:
    // What a later start sent; empty when it only asked for the window to come forward.
    void filesReceived(const QStringList& paths);

private:
    void readFrom(QLocalSocket* socket);

    QLocalServer* m_server = nullptr;
};

} // namespace credfolio
