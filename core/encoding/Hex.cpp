#include "encoding/Hex.h"

namespace credfolio {
namespace {

int nibble(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

QByteArray hex::encode(QByteArrayView data)
{
    static constexpr char digits[] = "0123456789abcdef";
    QByteArray out;
    out.reserve(data.size() * 2);
    for (const char c : data) {
        const auto b = static_cast<unsigned char>(c);
        out.append(digits[b >> 4]);
        out.append(digits[b & 15]);
    }
    return out;
}

Result<QByteArray> hex::decode(QByteArrayView text)
{
    if (text.size() % 2 != 0)
        return Result<QByteArray>::failure(QStringLiteral("hex text has an odd number of digits"));
    QByteArray out;
    out.reserve(text.size() / 2);
    for (qsizetype i = 0; i < text.size(); i += 2) {
        const int hi = nibble(text[i]);
        const int lo = nibble(text[i + 1]);
        if (hi < 0 || lo < 0)
            return Result<QByteArray>::failure(QStringLiteral("hex text contains a non-hex character at position %1").arg(i));
        out.append(static_cast<char>((hi << 4) | lo));
    }
    return out;
}

} // namespace credfolio
