#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <vector>

namespace credfolio {

// Limits for badge containers (the numbers in the badge verification issue). They live
// here rather than in common/Limits.h because only the container layer applies them.
namespace badgelimits {
// Largest badge file (any container) accepted.
inline constexpr qsizetype maxFileBytes = 16 * 1024 * 1024;
// Largest text a compressed PNG chunk may inflate to.
inline constexpr qsizetype maxDecompressedTextBytes = 4 * 1024 * 1024;
// Deepest JSON nesting accepted in a badge payload (objects and arrays both count).
inline constexpr int maxJsonDepth = 64;
} // namespace badgelimits

// One chunk of a PNG file, pointing into the caller's buffer.
struct PngChunk {
    QByteArray type; // four ASCII letters, e.g. "iTXt"
    qsizetype offset; // byte offset of the chunk's length field in the file
    QByteArrayView data;
};

// A strict reader of the PNG chunk layout (PNG specification, section 5): signature,
// then length, type, data and CRC-32 for each chunk; IHDR first, IEND last, nothing
// after IEND. It does not decode pixels.
class PngChunks {
public:
    static constexpr QByteArrayView signature{"\x89PNG\r\n\x1a\n", 8};

    static bool hasSignature(QByteArrayView file);
    // Every chunk, or an error naming the byte offset where the file goes wrong.
    static Result<std::vector<PngChunk>> parse(QByteArrayView file);
    // CRC-32 as PNG (and zlib) define it: polynomial 0xEDB88320, reflected, inverted.
    static quint32 crc32(QByteArrayView data, quint32 previous = 0);
    // A complete chunk (length, type, data, CRC) ready to write into a file.
    static QByteArray encode(QByteArrayView type, QByteArrayView data);
};

} // namespace credfolio
