#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace credfolio {

// Inflates the zlib streams inside compressed PNG text chunks (zTXt, compressed iTXt).
//
// Qt does not export zlib, and qUncompress() cannot bound its output: in Qt 6.4 it
// treats the 4-byte size prefix only as a first guess and doubles its buffer on every
// Z_BUF_ERROR, so a small decompression bomb still allocates gigabytes. This is a plain
// RFC 1950 / RFC 1951 decoder that stops as soon as the output would pass maxOutput,
// so memory stays bounded by the limit and never by what the file claims.
class PngInflate {
public:
    static Result<QByteArray> zlibDecompress(QByteArrayView stream, qsizetype maxOutput);
};

} // namespace credfolio
