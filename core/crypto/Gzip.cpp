#include "crypto/Gzip.h"

#include <botan/compression.h>

#include <QCoreApplication>

#include <memory>

namespace credfolio::gzip {

Result<QByteArray> decompress(QByteArrayView data, qsizetype maxOutput)
{
    // RFC 1952 magic and method (deflate).
    if (data.size() < 18 || quint8(data[0]) != 0x1f || quint8(data[1]) != 0x8b || quint8(data[2]) != 8)
        return Result<QByteArray>::failure(QCoreApplication::translate("crypto", "the data is not gzip-compressed"));
    try {
        std::unique_ptr<Botan::Decompression_Algorithm> inflater(Botan::make_decompressor("gzip"));
        if (!inflater)
            return Result<QByteArray>::failure(QCoreApplication::translate("crypto", "gzip is not available in this build"));
        inflater->start();
        QByteArray out;
        // Feed in slices so that a compression bomb is stopped early.
        constexpr qsizetype slice = 4096;
        for (qsizetype offset = 0; offset < data.size(); offset += slice) {
            const qsizetype n = std::min(slice, data.size() - offset);
            Botan::secure_vector<uint8_t> buffer(reinterpret_cast<const uint8_t*>(data.data()) + offset,
                reinterpret_cast<const uint8_t*>(data.data()) + offset + n);
            if (offset + n == data.size())
                inflater->finish(buffer);
            else
                inflater->update(buffer);
            out.append(reinterpret_cast<const char*>(buffer.data()), qsizetype(buffer.size()));
            if (out.size() > maxOutput)
                return Result<QByteArray>::failure(
                    QCoreApplication::translate("crypto", "the compressed data expands beyond %1 bytes").arg(maxOutput));
        }
        return out;
    } catch (const std::exception& e) {
        return Result<QByteArray>::failure(
            QCoreApplication::translate("crypto", "the gzip data is corrupt (%1)").arg(QString::fromUtf8(e.what())));
    }
}

} // namespace credfolio::gzip
