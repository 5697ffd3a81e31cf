#pragma once

#include "common/Limits.h"
#include "common/Result.h"
#include "jcs/JcsValue.h"

#include <QByteArrayView>

namespace credfolio {

// An RFC 8259 parser that refuses what a lenient parser would quietly resolve, because
// signed JSON must mean one thing: duplicate member names, invalid UTF-8, lone or
// mismatched surrogate escapes, numbers outside the double range, nesting deeper than
// maxDepth, a byte-order mark, and anything after the value (except whitespace).
class StrictJsonParser {
public:
    static Result<JcsValue> parse(QByteArrayView json, int maxDepth = limits::maxJsonDepth);
    // Accepts and refuses exactly what parse() does, with the same messages, without
    // building the value: for callers that read the JSON with another parser afterwards.
    // Gives the type of the top-level value.
    static Result<JcsValue::Type> check(QByteArrayView json, int maxDepth = limits::maxJsonDepth);
};

} // namespace credfolio
