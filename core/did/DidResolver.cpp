#include "did/DidResolver.h"

#include "encoding/Base64.h"
#include "verify/Resolver.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QMutex>
#include <QRegularExpression>

namespace credfolio {

namespace {

// A document read from its exact bytes: the same issuer's DID document comes back badge
// after badge, and reading it (JSON, then every key in it) costs more than the rest of a
// verification. The same bytes always make the same document, so nothing about trust
// depends on the cache; the document's id is still compared with the DID by the caller.
// An empty error means the bytes are not a JSON object.
Result<DidDocument> documentFromBytes(const QByteArray& bytes)
{
    // Bounds the memory the cache holds (at most 256 entries of this size).
    constexpr qsizetype maxCachedBytes = 64 * 1024;
    static QMutex mutex;
    // Never destroyed: the documents hold Botan keys, and Botan's statics may go first at exit.
    static auto& cache = *new QHash<QByteArray, Result<DidDocument>>;
    {
        QMutexLocker lock(&mutex);
        const auto it = cache.constFind(bytes);
        if (it != cache.constEnd())
            return *it;
    }
    QJsonParseError error{};
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !json.isObject())
        return Result<DidDocument>::failure(QString());
    auto doc = DidDocument::fromJson(json.object());
    if (bytes.size() > maxCachedBytes)
        return doc;
    QMutexLocker lock(&mutex);
    if (cache.size() >= 256)
        cache.clear();
    cache.insert(bytes, doc);
    return doc;
}

} // namespace

bool DidResolver::isDid(const QString& text)
{
    return text.startsWith(QLatin1String("did:"));
}

QString DidResolver::didOf(const QString& didUrl)
{
    qsizetype end = didUrl.size();
    for (const QChar c : {QLatin1Char('#'), QLatin1Char('?'), QLatin1Char('/')}) {
        const qsizetype at = didUrl.indexOf(c);
        if (at >= 0 && at < end)
            end = at;
    }
    return didUrl.left(end);
}

Result<QUrl> DidResolver::didWebDocumentUrl(const QString& did)
{
    // The same issuers come back badge after badge; the mapping is pure, so it is kept
    // (bounded, thread-safe) rather than redone with a regular expression and QUrl.
    static QMutex mutex;
    static auto& cache = *new QHash<QString, Result<QUrl>>;
    {
        QMutexLocker lock(&mutex);
        const auto it = cache.constFind(did);
        if (it != cache.constEnd())
            return *it;
    }
    Result<QUrl> url = webDocumentUrl(did);
    if (did.size() > 1024)
        return url;
    QMutexLocker lock(&mutex);
    if (cache.size() >= 256)
        cache.clear();
    cache.insert(did, url);
    return url;
}

Result<QUrl> DidResolver::webDocumentUrl(const QString& did)
{
    static const QRegularExpression segment(QStringLiteral("^[A-Za-z0-9._~%!$&'()*+,;=@-]+$"));
    const QStringList parts = did.mid(int(qstrlen("did:web:"))).split(QLatin1Char(':'));
    for (const QString& part : parts) {
        if (!segment.match(part).hasMatch() || part == QLatin1String(".") || part == QLatin1String(".."))
            return Result<QUrl>::failure(
                QCoreApplication::translate("verify", "the did:web identifier %1 is malformed").arg(did));
    }
    QString host = QUrl::fromPercentEncoding(parts.first().toUtf8());
    QString path;
    if (parts.size() == 1)
        path = QStringLiteral("/.well-known/did.json");
    else
        path = QLatin1Char('/') + parts.mid(1).join(QLatin1Char('/')) + QStringLiteral("/did.json");
    const QUrl url(QStringLiteral("https://") + host + path, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return Result<QUrl>::failure(
            QCoreApplication::translate("verify", "the did:web identifier %1 does not name a web address").arg(did));
    return url;
}

Result<DidDocument> DidResolver::resolve(const QString& did) const
{
    if (did.startsWith(QLatin1String("did:key:")))
        return resolveKey(did);
    if (did.startsWith(QLatin1String("did:jwk:")))
        return resolveJwk(did);
    if (did.startsWith(QLatin1String("did:web:")))
        return resolveWeb(did);
    return Result<DidDocument>::failure(QCoreApplication::translate("verify", "the DID method of %1 is not supported").arg(did));
}

Result<DidDocument> DidResolver::resolveKey(const QString& did)
{
    // A did:key names its document completely; reading it (base58, and for P-256 the point
    // decompression) is kept per identifier, as documentFromBytes keeps did:web documents.
    static QMutex mutex;
    static auto& cache = *new QHash<QString, Result<DidDocument>>; // never destroyed, as above
    {
        QMutexLocker lock(&mutex);
        const auto it = cache.constFind(did);
        if (it != cache.constEnd())
            return *it;
    }
    Result<DidDocument> doc = readDidKey(did);
    if (did.size() > 1024)
        return doc;
    QMutexLocker lock(&mutex);
    if (cache.size() >= 256)
        cache.clear();
    cache.insert(did, doc);
    return doc;
}

Result<DidDocument> DidResolver::readDidKey(const QString& did)
{
    const QString multibase = did.mid(int(qstrlen("did:key:")));
    auto key = PublicKey::fromMultikey(multibase.toUtf8());
    if (!key)
        return Result<DidDocument>::failure(
            QCoreApplication::translate("verify", "the did:key identifier holds no usable key: %1").arg(key.error()));
    DidDocument doc;
    doc.id = did;
    VerificationMethod method{did + QLatin1Char('#') + multibase, QStringLiteral("Multikey"), did, key.value()};
    doc.methods.append(method);
    doc.assertionMethod.append(method.id);
    doc.authentication.append(method.id);
    return doc;
}

Result<DidDocument> DidResolver::resolveJwk(const QString& did)
{
    const auto decoded = base64url::decode(did.mid(int(qstrlen("did:jwk:"))).toUtf8());
    if (!decoded)
        return Result<DidDocument>::failure(
            QCoreApplication::translate("verify", "the did:jwk identifier is not valid base64url"));
    QJsonParseError error{};
    const QJsonDocument json = QJsonDocument::fromJson(decoded.value(), &error);
    if (error.error != QJsonParseError::NoError || !json.isObject())
        return Result<DidDocument>::failure(
            QCoreApplication::translate("verify", "the did:jwk identifier does not hold a JSON key"));
    if (json.object().contains(QLatin1String("d")))
        return Result<DidDocument>::failure(
            QCoreApplication::translate("verify", "the did:jwk key includes its private part, so it cannot be trusted"));
    auto key = PublicKey::fromJwk(json.object());
    if (!key)
        return Result<DidDocument>::failure(
            QCoreApplication::translate("verify", "the did:jwk key is not usable: %1").arg(key.error()));
    DidDocument doc;
    doc.id = did;
    VerificationMethod method{did + QStringLiteral("#0"), QStringLiteral("JsonWebKey"), did, key.value()};
    doc.methods.append(method);
    doc.assertionMethod.append(method.id);
    doc.authentication.append(method.id);
    return doc;
}

Result<DidDocument> DidResolver::resolveWeb(const QString& did) const
{
    const auto url = didWebDocumentUrl(did);
    if (!url)
        return Result<DidDocument>::failure(url.error());
    if (!m_resolver)
        return Result<DidDocument>::failure(
            QCoreApplication::translate("verify", "the DID document of %1 cannot be fetched here").arg(did));
    const auto bytes = m_resolver->fetch(url.value());
    if (!bytes)
        return Result<DidDocument>::failure(bytes.error());
    auto doc = documentFromBytes(bytes.value());
    if (!doc)
        return Result<DidDocument>::failure(doc.error().isEmpty()
                ? QCoreApplication::translate("verify", "the DID document of %1 is not a JSON object").arg(did)
                : doc.error());
    if (doc->id != did)
        return Result<DidDocument>::failure(
            QCoreApplication::translate("verify", "the DID document fetched for %1 describes %2 instead").arg(did, doc->id));
    return doc;
}

} // namespace credfolio
