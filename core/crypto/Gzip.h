#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace credfolio::gzip {

// Inflates one gzip member (RFC 1952), as status lists (W3C Bitstring Status List,
// StatusList2021) carry it. Refuses output larger than maxOutput, trailing garbage and a
// bad CRC or length. Qt's qUncompress reads only zlib streams, hence Botan's zlib here.
Result<QByteArray> decompress(QByteArrayView data, qsizetype maxOutput);

} // namespace credfolio::gzip
