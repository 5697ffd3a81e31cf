// PNG chunks: BadgeContainer::extract on PNG-shaped input, the zlib inflater, and the
// baking round trip.
//
// The first input byte picks a mode. Most random mutations break a CRC, which stops the
// parser at the chunk layer; so in "repair" modes the harness rewrites every CRC it can
// find before parsing, letting mutations reach the text-chunk and inflate code.

#include "FuzzSupport.h"

#include "badge/BadgeContainer.h"
#include "badge/Baking.h"
#include "badge/PngChunks.h"
#include "badge/PngInflate.h"

#include <QtEndian>

using namespace credfolio;

namespace {

void repairCrcs(QByteArray& png)
{
    qsizetype pos = PngChunks::signature.size();
    while (png.size() - pos >= 12) {
        const quint32 length = qFromBigEndian<quint32>(png.constData() + pos);
        if (length > quint32(png.size() - pos - 12))
            return;
        const quint32 crc = PngChunks::crc32(QByteArrayView(png).sliced(pos + 4, 4 + qsizetype(length)));
        qToBigEndian<quint32>(crc, png.data() + pos + 8 + qsizetype(length));
        pos += 12 + qsizetype(length);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::quietQt();
    if (size < 1)
        return 0;
    const int mode = data[0] % 4;
    const QByteArrayView rest(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));

    if (mode == 3) { // the inflater alone, with a small limit so the limit path is hit often
        const Result<QByteArray> out = PngInflate::zlibDecompress(rest, 64 * 1024);
        FUZZ_CHECK(!out.ok() || out->size() <= 64 * 1024);
        return 0;
    }

    QByteArray png = rest.toByteArray();
    if (!PngChunks::hasSignature(png))
        png.prepend(PngChunks::signature.toByteArray());
    if (mode >= 1)
        repairCrcs(png);

    const Result<ExtractedCredential> extracted = BadgeContainer::extract(png);
    if (extracted.ok()) {
        FUZZ_CHECK(extracted->container == ExtractedCredential::Container::Png);
        FUZZ_CHECK(!extracted->bytes.isEmpty());
    }

    if (mode == 2) { // whatever PNG the parser accepts, baking into it must round-trip
        static const QByteArray credential = QByteArrayLiteral("{\"type\":\"Assertion\",\"id\":\"urn:uuid:fuzz\"}");
        const Result<QByteArray> baked = Baking::bakePng(png, credential, Baking::Spec::OpenBadges2, Baking::Compression::Zlib);
        if (baked.ok() && baked->size() <= 16 * 1024 * 1024) {
            const Result<ExtractedCredential> again = BadgeContainer::extract(*baked);
            FUZZ_CHECK(again.ok());
            FUZZ_CHECK(again->bytes == credential);
        }
    }
    return 0;
}
