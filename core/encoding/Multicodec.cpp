#include "encoding/Multicodec.h"

namespace credfolio {

QByteArray multicodec::encodeVarint(quint64 value)
{
    QByteArray out;
    do {
        quint8 byte = value & 0x7f;
        value >>= 7;
        if (value != 0)
            byte |= 0x80;
        out.append(static_cast<char>(byte));
    } while (value != 0);
    return out;
}

Result<multicodec::Prefixed> multicodec::split(QByteArrayView bytes)
{
    quint64 value = 0;
    // Multiformats cap varints at 9 bytes (63 bits).
    for (qsizetype i = 0; i < bytes.size() && i < 9; ++i) {
        const auto byte = static_cast<quint8>(bytes[i]);
        value |= quint64(byte & 0x7f) << (7 * i);
        if ((byte & 0x80) == 0) {
            if (byte == 0 && i > 0)
                return Result<Prefixed>::failure(QStringLiteral("multicodec varint is not minimally encoded"));
            return Prefixed{value, bytes.sliced(i + 1).toByteArray()};
        }
    }
    return Result<Prefixed>::failure(QStringLiteral("multicodec varint is truncated or too long"));
}

QByteArray multicodec::prefix(Codec codec, QByteArrayView payload)
{
    QByteArray out = encodeVarint(static_cast<quint32>(codec));
    out.append(payload.data(), payload.size());
    return out;
}

} // namespace credfolio
