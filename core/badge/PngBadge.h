#pragma once

#include "badge/PngChunks.h"
#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace credfolio {

// The badge text found in a baked PNG, not yet classified as JSON, JWS or URL.
struct PngBadgeText {
    QString keyword; // "openbadges" or "openbadgecredential"
    QByteArray chunkType; // "iTXt", "tEXt" or "zTXt"
    QByteArray text; // UTF-8 (tEXt/zTXt Latin-1 text is converted)
};

// Finds the Open Badges text chunk of a PNG: iTXt "openbadges" (2.0) or
// "openbadgecredential" (3.0), and the legacy tEXt/zTXt "openbadges", wherever they sit
// in the file (before or after IDAT). Only chunks with a badge keyword are decompressed.
class PngBadge {
public:
    static bool isBadgeKeyword(QByteArrayView keyword);
    // The keyword of a tEXt, zTXt or iTXt chunk (the bytes before the first NUL), or empty.
    static QByteArray textKeyword(const PngChunk& chunk);
    // Errors: a damaged PNG, a badge chunk that cannot be decoded, two different badge
    // chunks, or no badge chunk at all.
    static Result<PngBadgeText> find(QByteArrayView file);
};

} // namespace credfolio
