#pragma once

// Internal to core/crypto: gives the verifier the parsed Botan key without putting Botan
// headers into any public header.

#include "crypto/PublicKey.h"

#include <memory>

namespace Botan {
class Public_Key;
}

namespace credfolio {

class PublicKeyPrivate
{
public:
    PublicKey::Type type = PublicKey::Type::Ed25519;
    QByteArray x;
    QByteArray y;
    int rsaBits = 0;
    QString declaredAlgorithm;
    QString keyId;
    std::shared_ptr<const Botan::Public_Key> botanKey;
};

const PublicKeyPrivate* publicKeyPrivate(const PublicKey& key);

} // namespace credfolio
