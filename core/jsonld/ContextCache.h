#pragma once

#include "jsonld/Context.h"

#include <QHash>
#include <QJsonValue>
#include <QMutex>
#include <QString>

namespace credfolio::jsonld {

// Processed contexts, keyed by the context they were applied to (its id), the local context
// (its serialization) and the flags of the processing, so the 2,000-line credential
// contexts are processed once per process, not once per credential. Also remembers loaded
// remote documents. Thread-safe: verification runs on worker threads.
class ContextCache {
public:
    ContextPtr find(const QString& key) const;
    // Returns the context stored under key: the given one, or one that another thread
    // stored first (so every caller continues from the same context id).
    ContextPtr insert(const QString& key, ContextPtr context);

    std::optional<QJsonValue> findDocument(const QString& url) const;
    void insertDocument(const QString& url, const QJsonValue& document);

    // The cache used with bundledLoader() when Options names no cache.
    static ContextCache& bundled();

private:
    // Hostile input could otherwise grow the cache without bound: a full cache starts over.
    static constexpr qsizetype maxEntries = 4096;
    static constexpr qsizetype maxWeight = 500000; // about 100 MB of term definitions
    qsizetype m_weight = 0;
    mutable QMutex m_mutex;
    QHash<QString, ContextPtr> m_contexts;
    QHash<QString, QJsonValue> m_documents;
};

} // namespace credfolio::jsonld
