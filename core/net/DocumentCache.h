#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace credfolio {

// The NetworkResolver's in-memory cache: URL -> document, each with an expiry time on a
// monotonic clock (milliseconds). Not thread-safe on its own; the resolver locks around it.
class DocumentCache {
public:
    explicit DocumentCache(int maxEntries) : m_maxEntries(maxEntries) { }

    // The document cached for key, unless it has expired (then it is dropped).
    std::optional<QByteArray> find(const QString& key, qint64 nowMs);
    // Keeps bytes until expiresAtMs. When full, expired entries go first, then the one that
    // would expire soonest.
    void insert(const QString& key, const QByteArray& bytes, qint64 expiresAtMs, qint64 nowMs);
    int size() const { return int(m_entries.size()); }
    void clear() { m_entries.clear(); }

    // How long a response may be kept, from its Cache-Control header: max-age clamped to
    // [0, maxSeconds]; no-store, no-cache or max-age=0 -> 0 (not kept); no max-age ->
    // defaultSeconds (clamped the same way).
    static int lifetimeSeconds(const QByteArray& cacheControl, int defaultSeconds, int maxSeconds);

private:
    struct Entry {
        QByteArray bytes;
        qint64 expiresAtMs = 0;
    };
    QHash<QString, Entry> m_entries;
    int m_maxEntries;
};

} // namespace credfolio
