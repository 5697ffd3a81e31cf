#pragma once

#include "common/Result.h"

#include <QByteArray>

namespace credfolio {

// ECMAScript Number::toString(10) (ECMA-262 Number::toString, as RFC 8785 section 3.2.2.3
// requires): the shortest digits that round-trip, plain notation for exponents in
// [-6, 21), "e+N"/"e-N" otherwise, -0 as "0". NaN and infinities are errors.
Result<QByteArray> ecmaNumberToString(double value);

} // namespace credfolio
