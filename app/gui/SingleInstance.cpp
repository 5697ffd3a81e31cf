#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace credfolio {

namespace {

Q_LOGGING_CATEGORY(lcInstance, "credfolio.instance", QtWarningMsg)

// The message: a tag with the protocol version, then the paths. The window answers one byte.
const QByteArray Tag = QByteArrayLiteral("credfolio-open/1");
const char Ack = '1';
// Paths of a few thousand files fit easily; anything larger is not a Credfolio client.
const qint64 MaxMessage = 4 * 1024 * 1024;

QString currentUser()
{
#ifdef Q_OS_UNIX
    return QString::number(::getuid());
#else
    return qEnvironmentVariable("USERNAME");
#endif
}

} // namespace

SingleInstance::SingleInstance(QObject* parent) : QObject(parent), m_server(new QLocalServer(this))
{
    // No socket options: with them Qt binds in a temporary folder and renames the socket into
    // place, replacing a live window's socket instead of failing with AddressInUseError.
    // Only this user reaches the socket anyway: the runtime folder is private (0700).
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readFrom(socket); });
            if (socket->bytesAvailable() > 0)
                readFrom(socket);
        }
    });
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString& portfolioPath)
{
    // The same portfolio reached through another relative path or a symlinked folder is the
    // same portfolio. The file itself may not exist yet (first start), its folder usually does.
    const QFileInfo info(portfolioPath);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    const QString path = folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
    const QByteArray key = currentUser().toUtf8() + '\0' + QDir::cleanPath(path).toUtf8();
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
    const QString name = QStringLiteral(CREDFOLIO_APP_ID "-") + hash;
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    // Qt gives no runtime folder only when it cannot make a private one; the socket then goes
    // to the shared temporary folder (the name still carries the user's hash).
    return runtime.isEmpty() ? name : QDir(runtime).filePath(name);
}

bool SingleInstance::sendToRunning(const QString& name, const QStringList& paths, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QByteArray message;
    QDataStream out(&message, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << Tag << paths;
    socket.write(message);
    if (!socket.waitForBytesWritten(timeoutMs)) {
        qCWarning(lcInstance) << "The running window did not take the files:" << socket.errorString();
        return false;
    }
    while (socket.bytesAvailable() < 1) {
        if (!socket.waitForReadyRead(timeoutMs)) {
            qCWarning(lcInstance) << "The running window did not confirm the files:" << socket.errorString();
            return false;
        }
    }
    char answer = 0;
    return socket.getChar(&answer) && answer == Ack;
}

SingleInstance::Listen SingleInstance::listen(const QString& name)
{
    if (m_server->listen(name))
        return Listen::Listening;
    if (m_server->serverError() != QAbstractSocket::AddressInUseError)
        return Listen::Failed;
    QLocalSocket probe;
    probe.connectToServer(name);
    if (probe.waitForConnected(1000)) {
        probe.abort();
        return Listen::AnotherRunning;
    }
    // Nobody answers: the socket of a window that crashed.
    qCInfo(lcInstance) << "Removing the stale socket" << name;
    QLocalServer::removeServer(name);
    return m_server->listen(name) ? Listen::Listening : Listen::Failed;
}

QString SingleInstance::errorString() const
{
    return m_server->errorString();
}

void SingleInstance::readFrom(QLocalSocket* socket)
{
    if (socket->bytesAvailable() > MaxMessage) {
        socket->abort();
        return;
    }
    QDataStream in(socket);
    in.setVersion(QDataStream::Qt_6_4);
    in.startTransaction();
    QByteArray tag;
    QStringList paths;
    in >> tag >> paths;
    if (!in.commitTransaction())
        return; // the rest is still on its way
    if (tag != Tag) {
        qCWarning(lcInstance) << "Ignoring a message that is not from Credfolio";
        socket->abort();
        return;
    }
    socket->putChar(Ack);
    socket->flush();
    emit filesReceived(paths);
}

} // namespace credfolio
