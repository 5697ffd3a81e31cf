#include "badge/PngBadge.h"

#include "badge/PngInflate.h"

#include <optional>

namespace credfolio {
namespace {

bool isTextChunk(const QByteArray& type)
{
    return type == "iTXt" || type == "tEXt" || type == "zTXt";
}

QString where(const PngChunk& chunk)
{
    return QStringLiteral("the %1 chunk at byte %2").arg(QString::fromLatin1(chunk.type)).arg(chunk.offset);
}

Result<QByteArray> inflate(QByteArrayView compressed, const PngChunk& chunk)
{
    Result<QByteArray> text = PngInflate::zlibDecompress(compressed, badgelimits::maxDecompressedTextBytes);
    if (!text)
        return Result<QByteArray>::failure(QStringLiteral("the badge in %1 cannot be read: %2").arg(where(chunk), text.error()));
    return text;
}

// iTXt: keyword NUL, compression flag, compression method, language tag NUL,
// translated keyword NUL, text (PNG specification, section 11.3.4.5).
Result<QByteArray> decodeInternational(const PngChunk& chunk, qsizetype keywordEnd)
{
    using R = Result<QByteArray>;
    const QByteArrayView data = chunk.data;
    qsizetype pos = keywordEnd + 1;
    if (data.size() - pos < 2)
        return R::failure(QStringLiteral("%1 is cut short").arg(where(chunk)));
    const quint8 flag = quint8(data[pos]);
    const quint8 method = quint8(data[pos + 1]);
    pos += 2;
    if (flag > 1 || method != 0)
        return R::failure(
            QStringLiteral("%1 uses an unknown compression (flag %2, method %3)").arg(where(chunk)).arg(flag).arg(method));
    for (int field = 0; field < 2; ++field) { // language tag, translated keyword
        const qsizetype nul = data.indexOf('\0', pos);
        if (nul < 0)
            return R::failure(QStringLiteral("%1 is cut short").arg(where(chunk)));
        pos = nul + 1;
    }
    const QByteArrayView text = data.sliced(pos);
    if (flag == 1)
        return inflate(text, chunk);
    return text.toByteArray();
}

Result<QByteArray> decodeText(const PngChunk& chunk, qsizetype keywordEnd)
{
    using R = Result<QByteArray>;
    if (chunk.type == "iTXt")
        return decodeInternational(chunk, keywordEnd);
    QByteArray latin1;
    if (chunk.type == "tEXt") {
        latin1 = chunk.data.sliced(keywordEnd + 1).toByteArray();
    } else { // zTXt: keyword NUL, method, compressed text
        if (chunk.data.size() - keywordEnd < 2 || chunk.data[keywordEnd + 1] != '\0')
            return R::failure(QStringLiteral("%1 uses an unknown compression").arg(where(chunk)));
        R inflated = inflate(chunk.data.sliced(keywordEnd + 2), chunk);
        if (!inflated)
            return inflated;
        latin1 = std::move(inflated).value();
    }
    // tEXt and zTXt hold Latin-1; the rest of Credfolio reads UTF-8.
    return QString::fromLatin1(latin1).toUtf8();
}

} // namespace

bool PngBadge::isBadgeKeyword(QByteArrayView keyword)
{
    return keyword == QByteArrayView("openbadges") || keyword == QByteArrayView("openbadgecredential");
}

QByteArray PngBadge::textKeyword(const PngChunk& chunk)
{
    if (!isTextChunk(chunk.type))
        return {};
    const qsizetype nul = chunk.data.indexOf('\0');
    return nul < 0 ? QByteArray() : chunk.data.first(nul).toByteArray();
}

Result<PngBadgeText> PngBadge::find(QByteArrayView file)
{
    using R = Result<PngBadgeText>;
    const Result<std::vector<PngChunk>> chunks = PngChunks::parse(file);
    if (!chunks)
        return R::failure(chunks.error());

    std::optional<PngBadgeText> found;
    for (const PngChunk& chunk : *chunks) {
        const QByteArray keyword = textKeyword(chunk);
        if (!isBadgeKeyword(keyword))
            continue;
        Result<QByteArray> text = decodeText(chunk, keyword.size());
        if (!text)
            return R::failure(text.error());
        PngBadgeText badge{QString::fromLatin1(keyword), chunk.type, std::move(text).value()};
        if (found) {
            if (found->keyword == badge.keyword && found->text == badge.text)
                continue; // the same badge twice says nothing new
            return R::failure(QStringLiteral(
                "the PNG holds two different badges (%1 \"%2\" and %3 \"%4\"); Credfolio cannot tell which one is meant")
                                  .arg(QString::fromLatin1(found->chunkType), found->keyword,
                                      QString::fromLatin1(badge.chunkType), badge.keyword));
        }
        found = std::move(badge);
    }
    if (!found)
        return R::failure(
            QStringLiteral("not a badge: the PNG image has no Open Badges chunk (openbadges or openbadgecredential)"));
    return *found;
}

} // namespace credfolio
