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
    const auto* in = reinterpret_cast<const unsigned char*>(text.data());
    const qsizetype n = text.size();
    const auto badCharacter = [&](qsizetype from) {
        qsizetype at = from;
        while (table[in[at]] >= 0)
            ++at;
        return Result<QByteArray>::failure(
            QStringLiteral("%1 text contains a character outside its alphabet at position %2").arg(QLatin1String(what)).arg(at));
    };
    // Four characters make three bytes; written in place, as appending byte by byte costs
    // more than the decoding itself.
    QByteArray out(n * 6 / 8, Qt::Uninitialized);
    auto* dst = reinterpret_cast<unsigned char*>(out.data());
    const qsizetype whole = n / 4 * 4;
    for (qsizetype i = 0; i < whole; i += 4) {
        const int a = table[in[i]];
        const int b = table[in[i + 1]];
        const int c = table[in[i + 2]];
        const int d = table[in[i + 3]];
        if ((a | b | c | d) < 0)
            return badCharacter(i);
        const quint32 v = (quint32(a) << 18) | (quint32(b) << 12) | (quint32(c) << 6) | quint32(d);
        *dst++ = static_cast<unsigned char>(v >> 16);
        *dst++ = static_cast<unsigned char>(v >> 8);
        *dst++ = static_cast<unsigned char>(v);
    }
    const qsizetype rest = n - whole; // 0, 2 or 3
    if (rest > 0) {
        const int a = table[in[whole]];
        const int b = table[in[whole + 1]];
        const int c = rest == 3 ? table[in[whole + 2]] : 0;
        if ((a | b | c) < 0)
            return badCharacter(whole);
        const quint32 v = (quint32(a) << 18) | (quint32(b) << 12) | (quint32(c) << 6);
        *dst++ = static_cast<unsigned char>(v >> 16);
        if (rest == 3)
            *dst++ = static_cast<unsigned char>(v >> 8);
        // Leftover bits must be zero, or two different texts would decode to the same bytes.
        if ((rest == 2 && (b & 0x0f) != 0) || (rest == 3 && (c & 0x03) != 0))
            return Result<QByteArray>::failure(
                QStringLiteral("%1 text has non-zero trailing bits (not canonical)").arg(QLatin1String(what)));
    }
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
