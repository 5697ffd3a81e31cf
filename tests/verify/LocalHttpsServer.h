#pragma once

// A small HTTPS/1.1 server for the network resolver tests. It runs in its own thread (so test
// code may block in fetch() or wait for worker threads), uses a certificate made for the
// test run, answers one request per connection and counts requests per path.
//
// Paths it knows besides the documents given with serve():
//   /missing        404
//   /hang           reads the request and never answers
//   /stream         200 with no Content-Length, streaming 64 KiB chunks up to streamBytes
//   /declared-huge  200 declaring a Content-Length of 100 MB, then sending nothing more
//   /page.html      200 text/html
//   /to-http        302 to http://localhost:<port>/doc.json
//   /to-https       301 to /doc.json (relative)
//   /loop           302 to /loop
//   /chain/N        302 to /chain/N-1, and /chain/0 to /doc.json

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QThread>

#include <atomic>

class QSslSocket;

class LocalHttpsServer : public QTcpServer {
    Q_OBJECT

public:
    struct Document {
        QByteArray body;
        QByteArray contentType = "application/json";
        QByteArray cacheControl; // empty: no Cache-Control header
    };

    LocalHttpsServer(const QSslCertificate& certificate, const QSslKey& key);
    ~LocalHttpsServer() override;

    // Starts the server thread and listens on localhost; false on failure.
    bool start();
    quint16 port() const { return m_port; }
    QString origin() const;

    void serve(const QString& path, const Document& document);
    int hits(const QString& path) const;
    // What /stream would send in all, and what it has sent so far (all /stream requests).
    qint64 streamBytes = 64LL * 1024 * 1024;
    std::atomic<qint64> streamed{0};

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void handle(QSslSocket* socket);
    void respond(QSslSocket* socket, const QString& path);
    void stream(QSslSocket* socket);

    QSslCertificate m_certificate;
    QSslKey m_key;
    QThread m_thread;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QHash<QString, Document> m_documents;
    QHash<QString, int> m_hits;
};
