#include "badge/PngInflate.h"

#include <array>

namespace credfolio {
namespace {

constexpr int maxCodeBits = 15;

// Reads bits least-significant first, as RFC 1951 section 3.1.1 packs them.
class BitReader {
public:
    explicit BitReader(QByteArrayView data) : m_data(data) { }

    bool bits(int count, quint32& out)
    {
        while (m_bitCount < count) {
            if (m_pos >= m_data.size())
                return false;
            m_bitBuffer |= quint32(quint8(m_data[m_pos++])) << m_bitCount;
            m_bitCount += 8;
        }
        out = m_bitBuffer & ((1u << count) - 1);
        m_bitBuffer = count == 32 ? 0 : m_bitBuffer >> count;
        m_bitCount -= count;
        return true;
    }
    void alignToByte()
    {
        m_bitBuffer = 0;
        m_bitCount = 0;
    }
    qsizetype position() const { return m_pos; }
    void skip(qsizetype bytes) { m_pos += bytes; }
    QByteArrayView data() const { return m_data; }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
    quint32 m_bitBuffer = 0;
    int m_bitCount = 0;
};

// A canonical Huffman code (RFC 1951 section 3.2.2) kept as counts per length plus the
// symbols sorted by code; decoding walks the lengths one bit at a time.
class Huffman {
public:
    // False when the lengths over-subscribe the code space.
    bool build(const quint8* lengths, int symbolCount)
    {
        m_counts.fill(0);
        for (int s = 0; s < symbolCount; ++s)
            ++m_counts[lengths[s]];
        m_counts[0] = 0;
        int left = 1;
        for (int len = 1; len <= maxCodeBits; ++len) {
            left = left * 2 - m_counts[len];
            if (left < 0)
                return false;
        }
        std::array<int, maxCodeBits + 2> offsets{};
        for (int len = 1; len <= maxCodeBits; ++len)
            offsets[len + 1] = offsets[len] + m_counts[len];
        m_symbols.fill(0);
        for (int s = 0; s < symbolCount; ++s) {
            if (lengths[s] != 0)
                m_symbols[offsets[lengths[s]]++] = quint16(s);
        }
        return true;
    }

    // The next symbol; -1 for a code not in the table, -2 at the end of the input.
    int decode(BitReader& in) const
    {
        int code = 0;
        int first = 0;
        int index = 0;
        for (int len = 1; len <= maxCodeBits; ++len) {
            quint32 bit;
            if (!in.bits(1, bit))
                return -2;
            code |= int(bit);
            const int count = m_counts[len];
            if (code - first < count)
                return m_symbols[index + code - first];
            index += count;
            first = (first + count) << 1;
            code <<= 1;
        }
        return -1;
    }

private:
    std::array<int, maxCodeBits + 1> m_counts{};
    std::array<quint16, 288> m_symbols{};
};

constexpr std::array<quint16, 29> lengthBase{
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
constexpr std::array<quint8, 29> lengthExtra{
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
constexpr std::array<quint16, 30> distanceBase{1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769,
    1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
constexpr std::array<quint8, 30> distanceExtra{
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};
constexpr std::array<quint8, 19> codeLengthOrder{16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};

class Inflater {
public:
    Inflater(QByteArrayView deflate, qsizetype maxOutput) : m_in(deflate), m_maxOutput(maxOutput) { }

    Result<QByteArray> run()
    {
        quint32 last = 0;
        do {
            quint32 type = 0;
            if (!m_in.bits(1, last) || !m_in.bits(2, type))
                return truncated();
            bool ok = false;
            switch (type) {
            case 0:
                ok = stored();
                break;
            case 1:
                ok = fixed();
                break;
            case 2:
                ok = dynamic();
                break;
            default:
                m_error = QStringLiteral("the compressed text uses an invalid block type");
            }
            if (!ok)
                return Result<QByteArray>::failure(m_error);
        } while (!last);
        return m_out;
    }
    qsizetype consumed() const { return m_in.position(); }

private:
    Result<QByteArray> truncated() { return Result<QByteArray>::failure(QStringLiteral("the compressed text is truncated")); }
    bool fail(const QString& message)
    {
        m_error = message;
        return false;
    }
    bool failTruncated() { return fail(QStringLiteral("the compressed text is truncated")); }
    bool room(qsizetype more)
    {
        if (m_out.size() + more > m_maxOutput)
            return fail(QStringLiteral("the compressed text expands to more than %1 MiB").arg(m_maxOutput / (1024 * 1024)));
        return true;
    }

    bool stored()
    {
        m_in.alignToByte();
        const QByteArrayView data = m_in.data();
        const qsizetype pos = m_in.position();
        if (data.size() - pos < 4)
            return failTruncated();
        const quint16 len = quint16(quint8(data[pos]) | (quint8(data[pos + 1]) << 8));
        const quint16 nlen = quint16(quint8(data[pos + 2]) | (quint8(data[pos + 3]) << 8));
        if (quint16(~nlen) != len)
            return fail(QStringLiteral("the compressed text has a damaged stored block"));
        if (data.size() - pos - 4 < len)
            return failTruncated();
        if (!room(len))
            return false;
        m_out.append(data.sliced(pos + 4, len));
        m_in.skip(4 + len);
        return true;
    }

    bool fixed()
    {
        std::array<quint8, 288> lit{};
        for (int s = 0; s < 288; ++s)
            lit[s] = s < 144 ? 8 : s < 256 ? 9 : s < 280 ? 7 : 8;
        std::array<quint8, 30> dist;
        dist.fill(5);
        Huffman litCode, distCode;
        litCode.build(lit.data(), 288);
        distCode.build(dist.data(), 30);
        return codes(litCode, distCode);
    }

    bool dynamic()
    {
        quint32 hlit, hdist, hclen;
        if (!m_in.bits(5, hlit) || !m_in.bits(5, hdist) || !m_in.bits(4, hclen))
            return failTruncated();
        const int litCount = int(hlit) + 257;
        const int distCount = int(hdist) + 1;
        if (litCount > 286 || distCount > 30)
            return fail(QStringLiteral("the compressed text has an invalid code table"));
        std::array<quint8, 19> clLengths{};
        for (quint32 i = 0; i < hclen + 4; ++i) {
            quint32 v;
            if (!m_in.bits(3, v))
                return failTruncated();
            clLengths[codeLengthOrder[i]] = quint8(v);
        }
        Huffman clCode;
        if (!clCode.build(clLengths.data(), 19))
            return fail(QStringLiteral("the compressed text has an invalid code table"));

        std::array<quint8, 286 + 30> lengths{};
        int n = 0;
        while (n < litCount + distCount) {
            const int sym = clCode.decode(m_in);
            if (sym == -2)
                return failTruncated();
            if (sym < 0)
                return fail(QStringLiteral("the compressed text has an invalid code table"));
            if (sym < 16) {
                lengths[n++] = quint8(sym);
                continue;
            }
            quint8 value = 0;
            quint32 repeat = 0;
            bool ok = true;
            if (sym == 16) {
                if (n == 0)
                    return fail(QStringLiteral("the compressed text has an invalid code table"));
                value = lengths[n - 1];
                ok = m_in.bits(2, repeat);
                repeat += 3;
            } else if (sym == 17) {
                ok = m_in.bits(3, repeat);
                repeat += 3;
            } else {
                ok = m_in.bits(7, repeat);
                repeat += 11;
            }
            if (!ok)
                return failTruncated();
            if (n + int(repeat) > litCount + distCount)
                return fail(QStringLiteral("the compressed text has an invalid code table"));
            for (quint32 i = 0; i < repeat; ++i)
                lengths[n++] = value;
        }
        if (lengths[256] == 0)
            return fail(QStringLiteral("the compressed text has no end-of-block code"));
        Huffman litCode, distCode;
        if (!litCode.build(lengths.data(), litCount) || !distCode.build(lengths.data() + litCount, distCount))
            return fail(QStringLiteral("the compressed text has an invalid code table"));
        return codes(litCode, distCode);
    }

    bool codes(const Huffman& litCode, const Huffman& distCode)
    {
        for (;;) {
            const int sym = litCode.decode(m_in);
            if (sym == -2)
                return failTruncated();
            if (sym < 0)
                return fail(QStringLiteral("the compressed text uses an invalid literal code"));
            if (sym < 256) {
                if (!room(1))
                    return false;
                m_out.append(char(sym));
                continue;
            }
            if (sym == 256)
                return true;
            const int li = sym - 257;
            if (li >= int(lengthBase.size()))
                return fail(QStringLiteral("the compressed text uses an invalid length code"));
            quint32 extra;
            if (!m_in.bits(lengthExtra[li], extra))
                return failTruncated();
            const qsizetype length = lengthBase[li] + extra;
            const int di = distCode.decode(m_in);
            if (di == -2)
                return failTruncated();
            if (di < 0 || di >= int(distanceBase.size()))
                return fail(QStringLiteral("the compressed text uses an invalid distance code"));
            if (!m_in.bits(distanceExtra[di], extra))
                return failTruncated();
            const qsizetype distance = distanceBase[di] + extra;
            if (distance > m_out.size())
                return fail(QStringLiteral("the compressed text refers back before its start"));
            if (!room(length))
                return false;
            // Byte by byte: the source may overlap what is being written (RFC 1951 3.2.3).
            qsizetype from = m_out.size() - distance;
            for (qsizetype i = 0; i < length; ++i)
                m_out.append(m_out.at(from + i));
        }
    }

    BitReader m_in;
    qsizetype m_maxOutput;
    QByteArray m_out;
    QString m_error;
};

quint32 adler32(QByteArrayView data)
{
    quint32 a = 1, b = 0;
    for (const char c : data) {
        a = (a + quint8(c)) % 65521u;
        b = (b + a) % 65521u;
    }
    return (b << 16) | a;
}

} // namespace

Result<QByteArray> PngInflate::zlibDecompress(QByteArrayView stream, qsizetype maxOutput)
{
    using R = Result<QByteArray>;
    if (stream.size() < 2 + 4)
        return R::failure(QStringLiteral("the compressed text is truncated"));
    const quint8 cmf = quint8(stream[0]);
    const quint8 flg = quint8(stream[1]);
    if ((cmf & 0x0F) != 8 || (cmf >> 4) > 7 || ((cmf << 8) | flg) % 31 != 0)
        return R::failure(QStringLiteral("the compressed text is not a zlib stream"));
    if (flg & 0x20)
        return R::failure(QStringLiteral("the compressed text needs a preset dictionary, which PNG does not allow"));

    Inflater inflater(stream.sliced(2), maxOutput);
    R out = inflater.run();
    if (!out)
        return out;
    const qsizetype end = 2 + inflater.consumed();
    if (stream.size() - end < 4)
        return R::failure(QStringLiteral("the compressed text is truncated (its checksum is missing)"));
    const quint32 stored = (quint32(quint8(stream[end])) << 24) | (quint32(quint8(stream[end + 1])) << 16)
        | (quint32(quint8(stream[end + 2])) << 8) | quint32(quint8(stream[end + 3]));
    if (stored != adler32(out.value()))
        return R::failure(QStringLiteral("the compressed text is damaged (its checksum does not match)"));
    return out;
}

} // namespace credfolio
