#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace credfolio::hex {

// Lower-case hexadecimal.
QByteArray encode(QByteArrayView data);
// Accepts upper and lower case; rejects odd lengths, whitespace and other characters.
Result<QByteArray> decode(QByteArrayView text);

} // namespace credfolio::hex
