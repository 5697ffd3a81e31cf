#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>

// Multibase strings as used by did:key and Multikey: only the two prefixes those specs
// use are accepted ('z' base58btc, 'u' base64url without padding).
namespace credfolio::multibase {

enum class Base { Base58Btc, Base64Url };

QByteArray encode(Base base, QByteArrayView data);
Result<QByteArray> decode(QByteArrayView text);

} // namespace credfolio::multibase
