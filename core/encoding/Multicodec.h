#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace credfolio::multicodec {

// The public-key codes Credfolio understands (multicodec table).
enum class Codec : quint32 {
    Ed25519Pub = 0xed,
    P256Pub = 0x1200,
    P384Pub = 0x1201,
};

// Unsigned LEB128 varint, as multicodec prefixes are written.
QByteArray encodeVarint(quint64 value);

struct Prefixed
{
    quint64 code = 0;
    QByteArray payload;
};

// Splits a varint prefix from the bytes after it; rejects over-long (non-minimal) varints.
Result<Prefixed> split(QByteArrayView bytes);

QByteArray prefix(Codec codec, QByteArrayView payload);

} // namespace credfolio::multicodec
