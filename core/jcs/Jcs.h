#pragma once

#include "common/Result.h"
#include "jcs/JcsValue.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>

// JSON Canonicalization Scheme, RFC 8785: members sorted by their UTF-16 code units,
// no whitespace, strings escaped minimally, numbers in ECMAScript form, UTF-8 output.
namespace credfolio::jcs {

// Parses with StrictJsonParser (duplicates, lone surrogates, over-deep input refused) and
// serializes canonically. This is the form to use for signed data: it keeps every number
// exactly as a double and sees every duplicate.
Result<QByteArray> canonicalize(QByteArrayView json);
Result<QByteArray> canonicalize(const JcsValue& value);
// Convenience for documents the caller already holds as Qt JSON. Qt has dropped duplicate
// members and may have rounded numbers by then, so prefer the byte form for input that
// came from outside.
Result<QByteArray> canonicalize(const QJsonValue& value);

} // namespace credfolio::jcs
