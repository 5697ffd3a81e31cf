#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>

// Strict decoders: signed data must have exactly one textual form, so anything a lenient
// decoder would silently fix (padding where none belongs, stray characters, non-zero
// trailing bits) is an error here.
namespace credfolio::base64url {

// RFC 4648 section 5 alphabet, no padding.
QByteArray encode(QByteArrayView data);
// Rejects '=', characters outside the alphabet, a length of 1 mod 4 and non-zero unused bits.
Result<QByteArray> decode(QByteArrayView text);

} // namespace credfolio::base64url

namespace credfolio::base64 {

// RFC 4648 section 4 alphabet with '=' padding.
QByteArray encode(QByteArrayView data);
// Requires padding to a multiple of 4; rejects whitespace, foreign characters and non-zero unused bits.
Result<QByteArray> decode(QByteArrayView text);

} // namespace credfolio::base64
