#include "net/DocumentCache.h"

#include <QList>

#include <algorithm>

namespace credfolio {

std::optional<QByteArray> DocumentCache::find(const QString& key, qint64 nowMs)
{
    const auto it = m_entries.find(key);
    if (it == m_entries.end())
        return std::nullopt;
    if (it->expiresAtMs <= nowMs) {
        m_entries.erase(it);
        return std::nullopt;
    }
    return it->bytes;
}

void DocumentCache::insert(const QString& key, const QByteArray& bytes, qint64 expiresAtMs, qint64 nowMs)
{
    if (m_maxEntries <= 0 || expiresAtMs <= nowMs)
        return;
    if (!m_entries.contains(key) && m_entries.size() >= m_maxEntries) {
        m_entries.removeIf([nowMs](const QHash<QString, Entry>::iterator& it) { return it->expiresAtMs <= nowMs; });
        while (m_entries.size() >= m_maxEntries) {
            const auto soonest = std::min_element(
                m_entries.begin(), m_entries.end(), [](const Entry& a, const Entry& b) { return a.expiresAtMs < b.expiresAtMs; });
            m_entries.erase(soonest);
        }
    }
    m_entries.insert(key, Entry{bytes, expiresAtMs});
}

int DocumentCache::lifetimeSeconds(const QByteArray& cacheControl, int defaultSeconds, int maxSeconds)
{
    const int ceiling = std::max(0, maxSeconds);
    qint64 seconds = defaultSeconds;
    for (const QByteArray& raw : cacheControl.split(',')) {
        const QByteArray directive = raw.trimmed().toLower();
        if (directive == "no-store" || directive == "no-cache")
            return 0;
        if (directive.startsWith("max-age=")) {
            QByteArray value = directive.mid(int(qstrlen("max-age="))).trimmed();
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
                value = value.mid(1, value.size() - 2);
            bool ok = false;
            // Digits only (RFC 9111 delta-seconds); anything else is as if max-age were absent.
            const bool digits =
                !value.isEmpty() && std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
            const qint64 parsed = digits ? value.left(12).toLongLong(&ok) : 0;
            if (ok)
                seconds = parsed;
        }
    }
    return int(std::clamp<qint64>(seconds, 0, ceiling));
}

} // namespace credfolio
