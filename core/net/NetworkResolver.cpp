#include "net/NetworkResolver.h"

#include "net/DocumentCache.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

#include <chrono>

namespace credfolio {

namespace {

// Quiet by default, like the categories in common/Logging.cpp.
Q_LOGGING_CATEGORY(lcNet, "credfolio.net", QtWarningMsg)

// JSON, JSON-LD (and their +json kinds: did+json, vc+ld+json, jwk-set+json…), JWTs and plain
// text. A server that answers with HTML or an image has not served the document asked for.
bool acceptedContentType(const QByteArray& header, const QList<QByteArray>& extra)
{
    const QByteArray type = header.split(';').first().trimmed().toLower();
    if (type.isEmpty() || extra.contains(type))
        return true;
    static const QList<QByteArray> exact{
        "application/json", "application/ld+json", "application/jwt", "application/vc", "application/vp", "text/plain"};
    return exact.contains(type) || type.endsWith("+json") || type.endsWith("+jwt");
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// The outcome of one request (one hop of a redirect chain).
struct Hop {
    QByteArray body;
    QUrl redirectTo;
    QString error;
    QByteArray cacheControl;
};

} // namespace

struct NetworkResolver::Private {
    QSslConfiguration ssl;
    QMutex mutex; // guards cache
    DocumentCache cache;

    explicit Private(int maxEntries) : cache(maxEntries) { }
};

NetworkResolver::NetworkResolver(NetworkResolverOptions options)
    : m_options(std::move(options)), d(std::make_unique<Private>(m_options.maxCacheEntries))
{
    d->ssl = QSslConfiguration::defaultConfiguration();
    d->ssl.setProtocol(QSsl::SecureProtocols);
    d->ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    // Adding CAs turns off Qt's on-demand loading of the system's, so those are loaded here.
    if (!m_options.extraCaCertificatesPem.isEmpty())
        d->ssl.setCaCertificates(
            QSslConfiguration::systemCaCertificates() + QSslCertificate::fromData(m_options.extraCaCertificatesPem, QSsl::Pem));
}

NetworkResolver::~NetworkResolver() = default;

int NetworkResolver::cachedCount() const
{
    const QMutexLocker lock(&d->mutex);
    return d->cache.size();
}

void NetworkResolver::clearCache()
{
    const QMutexLocker lock(&d->mutex);
    d->cache.clear();
}

namespace {

qint64 steadyNowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

QString sizeLimitText(qsizetype bytes)
{
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0)
        return QCoreApplication::translate("verify", "%1 MiB").arg(bytes / (1024 * 1024));
    if (bytes >= 1024 && bytes % 1024 == 0)
        return QCoreApplication::translate("verify", "%1 KiB").arg(bytes / 1024);
    return QCoreApplication::translate("verify", "%1 bytes").arg(bytes);
}

// One GET in the calling thread, waiting in a local event loop until it finishes, the
// deadline passes or the body outgrows maxBytes.
Hop getOnce(QNetworkAccessManager& manager, const QUrl& url, const QSslConfiguration& ssl, const NetworkResolverOptions& options,
    const QDeadlineTimer& deadline, const QString& shown)
{
    Hop hop;
    QNetworkRequest request(url);
    request.setSslConfiguration(ssl);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Credfolio/" CREDFOLIO_VERSION));
    request.setRawHeader("Accept",
        "application/ld+json, application/json;q=0.9, application/jwt;q=0.8, application/vc+jwt;q=0.8, "
        "text/plain;q=0.5");

    std::unique_ptr<QNetworkReply> reply(manager.get(request));
    // Bounded buffering: the transfer pauses while this thread has not read what came in.
    reply->setReadBufferSize(256 * 1024);
    QEventLoop loop;
    QByteArray body;
    bool tooLarge = false;
    bool timedOut = false;

    QObject::connect(reply.get(), &QNetworkReply::metaDataChanged, &loop, [&]() {
        bool known = false;
        const qint64 declared = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (known && declared > options.maxBytes && !isRedirect(status) && !tooLarge) {
            tooLarge = true;
            reply->abort();
        }
    });
    const auto readAvailable = [&]() {
        while (!tooLarge && reply->bytesAvailable() > 0) {
            body += reply->read(options.maxBytes + 1 - body.size());
            if (body.size() > options.maxBytes) {
                tooLarge = true;
                reply->abort();
            }
        }
    };
    QObject::connect(reply.get(), &QNetworkReply::readyRead, &loop, readAvailable);
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&]() {
        timedOut = true;
        reply->abort();
    });
    timer.start(std::chrono::milliseconds(std::max<qint64>(0, deadline.remainingTime())));
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    timer.stop();
    if (!timedOut)
        readAvailable(); // whatever arrived with the end of the transfer

    if (timedOut) {
        hop.error = QCoreApplication::translate("verify", "%1 did not answer within %2 s (timed out)")
                        .arg(shown, QString::number(options.timeoutMs / 1000.0));
        return hop;
    }
    if (tooLarge) {
        hop.error = QCoreApplication::translate("verify", "%1 is larger than %2 (too large); it was not downloaded")
                        .arg(shown, sizeLimitText(options.maxBytes));
        return hop;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        const QString why = reply->errorString();
        hop.error = reply->error() == QNetworkReply::SslHandshakeFailedError
            ? QCoreApplication::translate("verify", "could not reach %1 securely: %2").arg(shown, why)
            : QCoreApplication::translate("verify", "could not reach %1: %2").arg(shown, why);
        return hop;
    }
    if (isRedirect(status)) {
        const QByteArray location = reply->rawHeader("Location");
        if (location.isEmpty()) {
            hop.error = QCoreApplication::translate("verify", "%1 answered HTTP %2 (a redirect) without saying where to")
                            .arg(shown)
                            .arg(status);
            return hop;
        }
        hop.redirectTo = url.resolved(QUrl::fromEncoded(location.trimmed()));
        return hop;
    }
    if (status != 200) {
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        hop.error = reason.isEmpty()
            ? QCoreApplication::translate("verify", "%1 answered HTTP %2").arg(shown).arg(status)
            : QCoreApplication::translate("verify", "%1 answered HTTP %2 (%3)").arg(shown).arg(status).arg(reason);
        return hop;
    }
    if (reply->error() != QNetworkReply::NoError) {
        // The status was fine but the transfer broke off (connection reset mid-body).
        hop.error = QCoreApplication::translate("verify", "could not reach %1: %2").arg(shown, reply->errorString());
        return hop;
    }
    const QByteArray contentType = reply->rawHeader("Content-Type");
    if (!acceptedContentType(contentType, options.extraContentTypes)) {
        hop.error = QCoreApplication::translate("verify", "%1 was served as %2, not as a JSON, JSON-LD, JWT or text document")
                        .arg(shown, QString::fromLatin1(contentType.split(';').first().trimmed()));
        return hop;
    }
    hop.body = body;
    hop.cacheControl = reply->rawHeader("Cache-Control");
    return hop;
}

} // namespace

Result<QByteArray> NetworkResolver::fetch(const QUrl& requested)
{
    using R = Result<QByteArray>;
    const QString key = documentUrl(requested);
    const QUrl url = requested.adjusted(QUrl::RemoveFragment);
    if (!url.isValid() || url.host().isEmpty())
        return R::failure(
            QCoreApplication::translate("verify", "\"%1\" is not a web address that can be fetched").arg(requested.toString()));
    if (url.scheme() != QLatin1String("https"))
        return R::failure(
            QCoreApplication::translate("verify", "%1 is not an https:// address; online checks fetch documents only over HTTPS")
                .arg(key));
    // Credentials in a URL come from the badge, not from the user: never sent anywhere.
    if (!url.userInfo().isEmpty())
        return R::failure(QCoreApplication::translate("verify", "%1 carries a user name or password; it is not fetched")
                              .arg(url.toString(QUrl::RemoveUserInfo)));
    const auto clock = [this]() { return m_options.clockMs ? m_options.clockMs() : steadyNowMs(); };
    {
        const QMutexLocker lock(&d->mutex);
        if (auto cached = d->cache.find(key, clock())) {
            qCDebug(lcNet) << "cache hit" << key;
            return std::move(*cached);
        }
    }
    if (!QCoreApplication::instance())
        return R::failure(
            QCoreApplication::translate("verify", "%1 cannot be fetched: online checks need a running application").arg(key));
    if (!QSslSocket::supportsSsl())
        return R::failure(
            QCoreApplication::translate("verify", "%1 cannot be fetched: this installation has no TLS support").arg(key));

    const QDeadlineTimer deadline(std::chrono::milliseconds(std::max(0, m_options.timeoutMs)));
    QNetworkAccessManager manager;
    manager.setStrictTransportSecurityEnabled(false);
    QUrl current = url;
    for (int redirects = 0;; ++redirects) {
        qCDebug(lcNet) << "GET" << current;
        Hop hop = getOnce(manager, current, d->ssl, m_options, deadline, key);
        if (!hop.error.isEmpty()) {
            qCInfo(lcNet) << "fetch failed:" << hop.error;
            return R::failure(hop.error);
        }
        if (hop.redirectTo.isEmpty()) {
            const int seconds =
                DocumentCache::lifetimeSeconds(hop.cacheControl, m_options.defaultCacheSeconds, m_options.maxCacheSeconds);
            if (seconds > 0) {
                const QMutexLocker lock(&d->mutex);
                const qint64 now = clock();
                d->cache.insert(key, hop.body, now + qint64(seconds) * 1000, now);
            }
            return std::move(hop.body);
        }
        if (hop.redirectTo.scheme() != QLatin1String("https"))
            return R::failure(QCoreApplication::translate(
                "verify", "%1 redirected to %2, which is not an https:// address; it was not followed")
                                  .arg(key, hop.redirectTo.toString(QUrl::RemoveUserInfo)));
        if (!hop.redirectTo.userInfo().isEmpty() || hop.redirectTo.host().isEmpty())
            return R::failure(QCoreApplication::translate("verify",
                "%1 redirected to an address with a user name or password, or without a host; it was "
                "not followed")
                                  .arg(key));
        if (redirects >= m_options.maxRedirects)
            return R::failure(
                QCoreApplication::translate("verify", "%1 redirected more than %2 times; it was not followed further")
                    .arg(key)
                    .arg(m_options.maxRedirects));
        current = hop.redirectTo;
    }
}

} // namespace credfolio
