#include "jsonld/ContextCache.h"

#include <QMutexLocker>

namespace credfolio::jsonld {

ContextPtr ContextCache::find(const QString& key) const
{
    QMutexLocker lock(&m_mutex);
    return m_contexts.value(key);
}

ContextPtr ContextCache::insert(const QString& key, ContextPtr context)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_contexts.constFind(key);
    if (it != m_contexts.constEnd())
        return it.value();
    // Weight approximates memory: a term definition, or 64 characters of key.
    const qsizetype weight = context->terms.size() + key.size() / 64 + 1;
    if (weight > maxWeight)
        return context;
    if (m_contexts.size() >= maxEntries || m_weight + weight > maxWeight) {
        m_contexts.clear();
        m_weight = 0;
    }
    m_contexts.insert(key, context);
    m_weight += weight;
    return context;
}

std::optional<QJsonValue> ContextCache::findDocument(const QString& url) const
{
    QMutexLocker lock(&m_mutex);
    auto it = m_documents.constFind(url);
    if (it == m_documents.constEnd())
        return std::nullopt;
    return it.value();
}

void ContextCache::insertDocument(const QString& url, const QJsonValue& document)
{
    QMutexLocker lock(&m_mutex);
    if (m_documents.size() >= maxEntries)
        m_documents.clear();
    m_documents.insert(url, document);
}

ContextCache& ContextCache::bundled()
{
    static ContextCache cache;
    return cache;
}

} // namespace credfolio::jsonld
