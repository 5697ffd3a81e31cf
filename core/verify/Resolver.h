#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrl>

namespace credfolio {

// Every document the verifier needs (issuer profile, key, DID document, hosted assertion,
// status list) comes through a Resolver, so nothing is fetched behind the caller's back.
// Implementations: OfflineResolver (a map of URL to file or bytes), NetworkResolver
// (core/net: HTTPS only, timeouts, size limits, cache) and ChainedResolver (local copies
// first, then the network).
class Resolver {
public:
    // Largest document any resolver hands back.
    static constexpr qsizetype maxDocumentBytes = 4 * 1024 * 1024;

    virtual ~Resolver() = default;
    // The document at url (its #fragment is ignored). An error means "could not be had":
    // the verifier then reports the check as not run, never as passed.
    virtual Result<QByteArray> fetch(const QUrl& url) = 0;

    // The URL without its fragment, as resolvers match it.
    static QString documentUrl(const QUrl& url);
};

class OfflineResolver : public Resolver {
public:
    // Serves url (fragment ignored) from the file at path, read when it is fetched.
    void addFile(const QString& url, const QString& path);
    // Serves url from bytes held in memory.
    void addDocument(const QString& url, const QByteArray& bytes);
    bool isEmpty() const { return m_files.isEmpty() && m_documents.isEmpty(); }
    // Whether a local copy was given for url (fragment ignored), readable or not.
    bool contains(const QUrl& url) const;

    Result<QByteArray> fetch(const QUrl& url) override;

private:
    QHash<QString, QString> m_files;
    QHash<QString, QByteArray> m_documents;
};

} // namespace credfolio
