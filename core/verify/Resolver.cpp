#include "verify/Resolver.h"

#include <QCoreApplication>
#include <QFile>

namespace credfolio {

QString Resolver::documentUrl(const QUrl& url)
{
    return url.adjusted(QUrl::RemoveFragment).toString(QUrl::FullyEncoded);
}

void OfflineResolver::addFile(const QString& url, const QString& path)
{
    m_files.insert(documentUrl(QUrl(url)), path);
}

void OfflineResolver::addDocument(const QString& url, const QByteArray& bytes)
{
    m_documents.insert(documentUrl(QUrl(url)), bytes);
}

bool OfflineResolver::contains(const QUrl& url) const
{
    const QString key = documentUrl(url);
    return m_documents.contains(key) || m_files.contains(key);
}

Result<QByteArray> OfflineResolver::fetch(const QUrl& url)
{
    const QString key = documentUrl(url);
    if (const auto it = m_documents.constFind(key); it != m_documents.constEnd())
        return it.value();
    const auto it = m_files.constFind(key);
    if (it == m_files.constEnd())
        return Result<QByteArray>::failure(
            QCoreApplication::translate("verify", "%1 is not available offline (no local copy was given for it)").arg(key));
    QFile file(it.value());
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(QCoreApplication::translate("verify", "cannot read the local copy of %1 (%2): %3")
                                               .arg(key, it.value(), file.errorString()));
    if (file.size() > maxDocumentBytes)
        return Result<QByteArray>::failure(
            QCoreApplication::translate("verify", "the local copy of %1 is larger than 4 MiB").arg(key));
    return file.readAll();
}

} // namespace credfolio
