#pragma once

#include "verify/Resolver.h"

namespace credfolio {

// Local copies first, then another resolver (the network): a URL given locally (the CLI's
// --resolve) is always served from its local copy, even when reading it fails, so a local
// copy the user named is never silently replaced by whatever the network answers.
class ChainedResolver : public Resolver {
public:
    ChainedResolver(OfflineResolver* local, Resolver* fallback) : m_local(local), m_fallback(fallback) { }

    Result<QByteArray> fetch(const QUrl& url) override;

private:
    OfflineResolver* m_local;
    Resolver* m_fallback;
};

} // namespace credfolio
