#pragma once

#include "verify/Resolver.h"

#include <QByteArray>
#include <QList>

#include <functional>
#include <memory>

namespace credfolio {

// What a NetworkResolver allows. The defaults are what the CLI and the GUI use.
struct NetworkResolverOptions {
    // Connecting, TLS, redirects and the transfer together must finish within this time.
    int timeoutMs = 10'000;
    // Documents larger than this are refused; the transfer stops as soon as it is exceeded.
    qsizetype maxBytes = Resolver::maxDocumentBytes;
    // Redirects are followed only to https:// addresses, and at most this many times.
    int maxRedirects = 5;
    // Cache: at most this many documents, each kept for the response's Cache-Control max-age
    // clamped to [0, maxCacheSeconds]; a response without max-age is kept defaultCacheSeconds.
    int maxCacheEntries = 256;
    int defaultCacheSeconds = 300;
    int maxCacheSeconds = 3600;
    // Media types accepted besides documents (the wallet adds image types to fetch
    // achievement images); compared without parameters, lower case.
    QList<QByteArray> extraContentTypes;
    // Tests only: PEM certificates trusted in addition to the system's CAs (a local test
    // server's self-signed certificate). Production leaves this empty.
    QByteArray extraCaCertificatesPem;
    // Tests only: a monotonic clock in milliseconds for cache expiry (default: steady clock).
    std::function<qint64()> clockMs;
};

// Fetches documents over HTTPS for online checks: http:// and other schemes are refused,
// redirects go only to https://, a total timeout and a size limit apply, only JSON, JSON-LD,
// JWT and plain-text responses are accepted, and successful responses are cached in memory.
//
// fetch() is synchronous and may be called from several threads at once: each call runs its
// own QNetworkAccessManager and QEventLoop in the calling thread (which needs a
// QCoreApplication to exist, as every Qt program has), and the cache is shared under a lock.
class NetworkResolver : public Resolver {
public:
    explicit NetworkResolver(NetworkResolverOptions options = {});
    ~NetworkResolver() override;
    NetworkResolver(const NetworkResolver&) = delete;
    NetworkResolver& operator=(const NetworkResolver&) = delete;

    Result<QByteArray> fetch(const QUrl& url) override;

    const NetworkResolverOptions& options() const { return m_options; }
    // Documents currently cached (expired ones are dropped when next looked up).
    int cachedCount() const;
    void clearCache();

private:
    struct Private;
    NetworkResolverOptions m_options;
    std::unique_ptr<Private> d; // the TLS configuration and the cache, behind Qt Network types
};

} // namespace credfolio
