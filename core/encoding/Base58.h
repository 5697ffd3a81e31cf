#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>

// Bitcoin's base58 alphabet (multibase 'z', did:key, Multikey).
namespace credfolio::base58btc {

// Base58 conversion is quadratic, so inputs are capped well above any key or signature size.
inline constexpr qsizetype maxDecodedBytes = 4096;

QByteArray encode(QByteArrayView data);
// Each leading '1' is one zero byte; any character outside the alphabet is an error.
Result<QByteArray> decode(QByteArrayView text);

} // namespace credfolio::base58btc
