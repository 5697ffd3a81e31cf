#include "encoding/Base64.h"

#include <array>

namespace credfolio {
namespace {

constexpr char kStdAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr char kUrlAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

constexpr std::array<qint8, 256> makeTable(const char* alphabet)
{
    std::array<qint8, 256> table{};
    for (auto& v : table)
        v = -1;
    for (int i = 0; i < 64; ++i)
        table[static_cast<unsigned char>(alphabet[i])] = static_cast<qint8>(i);
    return table;
}

constexpr auto kStdTable = makeTable(kStdAlphabet);
constexpr auto kUrlTable = makeTable(kUrlAlphabet);

QByteArray encodeWith(QByteArrayView data, const char* alphabet, bool pad)
{
    QByteArray out;
    out.reserve((data.size() + 2) / 3 * 4);
    const auto* p = reinterpret_cast<const unsigned char*>(data.data());
    qsizetype i = 0;
    for (; i + 3 <= data.size(); i += 3) {
        const quint32 v = (quint32(p[i]) << 16) | (quint32(p[i + 1]) << 8) | p[i + 2];
        out.append(alphabet[(v >> 18) & 63]);
        out.append(alphabet[(v >> 12) & 63]);
        out.append(alphabet[(v >> 6) & 63]);
        out.append(alphabet[v & 63]);
    }
    const qsizetype rest = data.size() - i;
    if (rest == 1) {
        const quint32 v = quint32(p[i]) << 16;
        out.append(alphabet[(v >> 18) & 63]);
        out.append(alphabet[(v >> 12) & 63]);
        if (pad)
            out.append("==", 2);
    } else if (rest == 2) {
        const quint32 v = (quint32(p[i]) << 16) | (quint32(p[i + 1]) << 8);
        out.append(alphabet[(v >> 18) & 63]);
        out.append(alphabet[(v >> 12) & 63]);
        out.append(alphabet[(v >> 6) & 63]);
        if (pad)
            out.append('=');
    }
    return out;
}

// Decodes unpadded text; the caller has already removed any padding it allows.
Result<QByteArray> decodeWith(QByteArrayView text, const std::array<qint8, 256>& table, const char* what)
{
    if (text.size() % 4 == 1)
        return Result<QByteArray>::failure(QStringLiteral("%1 text has an impossible length").arg(QLatin1String(what)));
    // Written in place: appending byte by byte costs more than the decoding itself.
    QByteArray out(text.size() * 6 / 8, Qt::Uninitialized);
    char* dst = out.data();
    quint32 acc = 0;
    int bits = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qint8 v = table[static_cast<unsigned char>(text[i])];
        if (v < 0)
            return Result<QByteArray>::failure(QStringLiteral("%1 text contains a character outside its alphabet at position %2")
                                                   .arg(QLatin1String(what))
                                                   .arg(i));
        acc = (acc << 6) | quint32(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            *dst++ = static_cast<char>((acc >> bits) & 0xff);
        }
    }
    // Leftover bits must be zero, or two different texts would decode to the same bytes.
    if (bits > 0 && (acc & ((1u << bits) - 1)) != 0)
        return Result<QByteArray>::failure(
            QStringLiteral("%1 text has non-zero trailing bits (not canonical)").arg(QLatin1String(what)));
    return out;
}

} // namespace

QByteArray base64url::encode(QByteArrayView data)
{
    return encodeWith(data, kUrlAlphabet, false);
}

Result<QByteArray> base64url::decode(QByteArrayView text)
{
    return decodeWith(text, kUrlTable, "base64url");
}

QByteArray base64::encode(QByteArrayView data)
{
    return encodeWith(data, kStdAlphabet, true);
}

Result<QByteArray> base64::decode(QByteArrayView text)
{
    if (text.size() % 4 != 0)
        return Result<QByteArray>::failure(QStringLiteral("base64 text is not padded to a multiple of 4 characters"));
    qsizetype end = text.size();
    int padding = 0;
    while (end > 0 && text[end - 1] == '=' && padding < 2) {
        --end;
        ++padding;
    }
    const QByteArrayView body = text.first(end);
    if (body.contains('='))
        return Result<QByteArray>::failure(QStringLiteral("base64 text has misplaced padding"));
    if (padding > 0 && body.size() % 4 == 0)
        return Result<QByteArray>::failure(QStringLiteral("base64 text has superfluous padding"));
    return decodeWith(body, kStdTable, "base64");
}

} // namespace credfolio
