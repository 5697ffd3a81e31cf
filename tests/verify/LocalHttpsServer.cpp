#include "LocalHttpsServer.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QSslConfiguration>
#include <QSslSocket>

namespace {

QByteArray statusLine(int status)
{
    switch (status) {
    case 200:
        return "HTTP/1.1 200 OK\r\n";
    case 301:
        return "HTTP/1.1 301 Moved Permanently\r\n";
    case 302:
        return "HTTP/1.1 302 Found\r\n";
    default:
        return "HTTP/1.1 404 Not Found\r\n";
    }
}

QByteArray response(int status, const QByteArray& extraHeaders, const QByteArray& body)
{
    return statusLine(status) + extraHeaders + "Content-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace

LocalHttpsServer::LocalHttpsServer(const QSslCertificate& certificate, const QSslKey& key)
    : m_certificate(certificate), m_key(key)
{
}

LocalHttpsServer::~LocalHttpsServer()
{
    if (m_thread.isRunning()) {
        QThread* home = QCoreApplication::instance()->thread();
        QMetaObject::invokeMethod(
            this,
            [this, home]() {
                close();
                qDeleteAll(findChildren<QSslSocket*>());
                moveToThread(home);
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
}

bool LocalHttpsServer::start()
{
    moveToThread(&m_thread);
    m_thread.start();
    bool ok = false;
    QMetaObject::invokeMethod(
        this,
        [this, &ok]() {
            ok = listen(QHostAddress::LocalHost, 0);
            m_port = serverPort();
        },
        Qt::BlockingQueuedConnection);
    return ok;
}

QString LocalHttpsServer::origin() const
{
    return QStringLiteral("https://localhost:%1").arg(m_port);
}

void LocalHttpsServer::serve(const QString& path, const Document& document)
{
    const QMutexLocker lock(&m_mutex);
    m_documents.insert(path, document);
}

int LocalHttpsServer::hits(const QString& path) const
{
    const QMutexLocker lock(&m_mutex);
    return m_hits.value(path);
}

void LocalHttpsServer::incomingConnection(qintptr descriptor)
{
    auto* socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    socket->setLocalCertificate(m_certificate);
    socket->setPrivateKey(m_key);
    socket->setPeerVerifyMode(QSslSocket::VerifyNone);
    connect(socket, &QSslSocket::readyRead, this, [this, socket]() { handle(socket); });
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QSslSocket::errorOccurred, socket, [socket]() { socket->abort(); });
    socket->startServerEncryption();
}

void LocalHttpsServer::handle(QSslSocket* socket)
{
    QByteArray request = socket->property("request").toByteArray() + socket->readAll();
    socket->setProperty("request", request);
    if (!request.contains("\r\n\r\n") || socket->property("answered").toBool())
        return;
    socket->setProperty("answered", true);
    const QList<QByteArray> words = request.left(request.indexOf("\r\n")).split(' ');
    const QString path = words.size() >= 2 ? QString::fromLatin1(words.at(1)) : QString();
    {
        const QMutexLocker lock(&m_mutex);
        ++m_hits[path];
    }
    respond(socket, path);
}

void LocalHttpsServer::respond(QSslSocket* socket, const QString& path)
{
    const QByteArray self = origin().toLatin1();
    if (path == QLatin1String("/hang"))
        return;
    if (path == QLatin1String("/stream")) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n");
        socket->setProperty("remaining", streamBytes);
        connect(socket, &QSslSocket::encryptedBytesWritten, this, [this, socket]() { stream(socket); });
        stream(socket);
        return;
    }
    if (path == QLatin1String("/declared-huge")) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000000\r\n\r\n{");
        return;
    }
    if (path == QLatin1String("/page.html")) {
        socket->write(response(200, "Content-Type: text/html; charset=utf-8\r\n", "<html></html>"));
    } else if (path == QLatin1String("/to-http")) {
        socket->write(response(302, "Location: http://localhost:" + QByteArray::number(m_port) + "/doc.json\r\n", {}));
    } else if (path == QLatin1String("/to-https")) {
        socket->write(response(301, "Location: /doc.json\r\n", {}));
    } else if (path == QLatin1String("/loop")) {
        socket->write(response(302, "Location: " + self + "/loop\r\n", {}));
    } else if (path.startsWith(QLatin1String("/chain/"))) {
        const int n = path.mid(7).toInt();
        const QByteArray next = n <= 0 ? QByteArray("/doc.json") : QByteArray("/chain/" + QByteArray::number(n - 1));
        socket->write(response(302, "Location: " + next + "\r\n", {}));
    } else {
        Document document;
        bool found = false;
        {
            const QMutexLocker lock(&m_mutex);
            found = m_documents.contains(path);
            document = m_documents.value(path);
        }
        if (!found) {
            socket->write(response(404, "Content-Type: text/plain\r\n", "not found"));
        } else {
            QByteArray headers = "Content-Type: " + document.contentType + "\r\n";
            if (!document.cacheControl.isEmpty())
                headers += "Cache-Control: " + document.cacheControl + "\r\n";
            socket->write(response(200, headers, document.body));
        }
    }
    socket->disconnectFromHost();
}

void LocalHttpsServer::stream(QSslSocket* socket)
{
    qint64 remaining = socket->property("remaining").toLongLong();
    // Keep a little queued so the client always has more to read, until the end or it hangs up.
    while (remaining > 0 && socket->encryptedBytesToWrite() + socket->bytesToWrite() < 256 * 1024
        && socket->state() == QAbstractSocket::ConnectedState) {
        const qint64 chunk = std::min<qint64>(remaining, 64 * 1024);
        socket->write(QByteArray(int(chunk), ' '));
        remaining -= chunk;
        streamed += chunk;
    }
    socket->setProperty("remaining", remaining);
    if (remaining == 0)
        socket->disconnectFromHost();
}
