#include "badge/PngChunks.h"

#include <QtEndian>

#include <array>

namespace credfolio {
namespace {

constexpr std::array<quint32, 256> makeCrcTable()
{
    std::array<quint32, 256> table{};
    for (quint32 n = 0; n < 256; ++n) {
        quint32 c = n;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
    return table;
}

constexpr std::array<quint32, 256> crcTable = makeCrcTable();

quint32 readBigEndian32(QByteArrayView bytes, qsizetype at)
{
    return qFromBigEndian<quint32>(bytes.data() + at);
}

bool isChunkTypeByte(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

QString at(qsizetype offset)
{
    return QStringLiteral(" (at byte %1)").arg(offset);
}

} // namespace

bool PngChunks::hasSignature(QByteArrayView file)
{
    return file.startsWith(signature);
}

quint32 PngChunks::crc32(QByteArrayView data, quint32 previous)
{
    quint32 c = previous ^ 0xFFFFFFFFu;
    for (const char byte : data)
        c = crcTable[(c ^ quint8(byte)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

QByteArray PngChunks::encode(QByteArrayView type, QByteArrayView data)
{
    QByteArray out(12 + data.size(), Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(data.size()), out.data());
    std::copy(type.begin(), type.end(), out.begin() + 4);
    std::copy(data.begin(), data.end(), out.begin() + 8);
    const quint32 crc = crc32(QByteArrayView(out).sliced(4, 4 + data.size()));
    qToBigEndian<quint32>(crc, out.data() + 8 + data.size());
    return out;
}

Result<std::vector<PngChunk>> PngChunks::parse(QByteArrayView file)
{
    using R = Result<std::vector<PngChunk>>;
    if (!hasSignature(file))
        return R::failure(QStringLiteral("the file does not start with the PNG signature"));

    std::vector<PngChunk> chunks;
    qsizetype pos = signature.size();
    bool sawIend = false;
    while (pos < file.size()) {
        if (sawIend)
            return R::failure(QStringLiteral("the PNG has data after its IEND chunk") + at(pos));
        if (file.size() - pos < 12)
            return R::failure(QStringLiteral("the PNG is truncated: a chunk header is cut off") + at(pos));
        const quint32 length = readBigEndian32(file, pos);
        // The specification caps chunk lengths at 2^31 - 1.
        if (length > 0x7FFFFFFFu || qsizetype(length) > file.size() - pos - 12)
            return R::failure(
                QStringLiteral("the PNG is truncated: a chunk claims %1 bytes that the file does not hold").arg(length)
                + at(pos));
        const QByteArrayView type = file.sliced(pos + 4, 4);
        for (const char c : type) {
            if (!isChunkTypeByte(c))
                return R::failure(QStringLiteral("the PNG has a chunk with an invalid type") + at(pos + 4));
        }
        const QByteArrayView typeAndData = file.sliced(pos + 4, 4 + qsizetype(length));
        const quint32 storedCrc = readBigEndian32(file, pos + 8 + qsizetype(length));
        if (crc32(typeAndData) != storedCrc)
            return R::failure(QStringLiteral("the PNG is damaged: the CRC of its %1 chunk does not match")
                                  .arg(QString::fromLatin1(type.data(), 4))
                + at(pos));
        if (chunks.empty() && type != QByteArrayView("IHDR"))
            return R::failure(QStringLiteral("the PNG does not start with an IHDR chunk") + at(pos));
        if (!chunks.empty() && type == QByteArrayView("IHDR"))
            return R::failure(QStringLiteral("the PNG has a second IHDR chunk") + at(pos));
        chunks.push_back(PngChunk{type.toByteArray(), pos, file.sliced(pos + 8, qsizetype(length))});
        sawIend = type == QByteArrayView("IEND");
        pos += 12 + qsizetype(length);
    }
    if (!sawIend)
        return R::failure(QStringLiteral("the PNG is truncated: it has no IEND chunk") + at(pos));
    return chunks;
}

} // namespace credfolio
