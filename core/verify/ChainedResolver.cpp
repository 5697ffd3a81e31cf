#include "verify/ChainedResolver.h"

#include <QCoreApplication>

namespace credfolio {

Result<QByteArray> ChainedResolver::fetch(const QUrl& url)
{
    if (m_local && m_local->contains(url))
        return m_local->fetch(url);
    if (m_fallback)
        return m_fallback->fetch(url);
    return Result<QByteArray>::failure(
        QCoreApplication::translate("verify", "%1 is not available (no local copy and no network)").arg(documentUrl(url)));
}

} // namespace credfolio
