#include "encoding/Base58.h"

#include <array>
#include <vector>

namespace credfolio {
namespace {

constexpr char kAlphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

constexpr std::array<qint8, 256> makeTable()
{
    std::array<qint8, 256> table{};
    for (auto& v : table)
        v = -1;
    for (int i = 0; i < 58; ++i)
        table[static_cast<unsigned char>(kAlphabet[i])] = static_cast<qint8>(i);
    return table;
}

constexpr auto kTable = makeTable();

} // namespace

QByteArray base58btc::encode(QByteArrayView data)
{
    qsizetype zeros = 0;
    while (zeros < data.size() && data[zeros] == 0)
        ++zeros;
    // Little-endian base-58 digits of the big-endian number that follows the zeros.
    std::vector<quint8> digits;
    digits.reserve(static_cast<size_t>(data.size()) * 138 / 100 + 1);
    for (qsizetype i = zeros; i < data.size(); ++i) {
        quint32 carry = static_cast<unsigned char>(data[i]);
        for (auto& d : digits) {
            carry += quint32(d) << 8;
            d = static_cast<quint8>(carry % 58);
            carry /= 58;
        }
        while (carry > 0) {
            digits.push_back(static_cast<quint8>(carry % 58));
            carry /= 58;
        }
    }
    QByteArray out(zeros, '1');
    for (auto it = digits.rbegin(); it != digits.rend(); ++it)
        out.append(kAlphabet[*it]);
    return out;
}

Result<QByteArray> base58btc::decode(QByteArrayView text)
{
    if (text.size() > maxDecodedBytes * 2)
        return Result<QByteArray>::failure(QStringLiteral("base58 text is too long"));
    qsizetype ones = 0;
    while (ones < text.size() && text[ones] == '1')
        ++ones;
    // The number is built in 32-bit limbs (little-endian), five digits at a time: 58^5 < 2^32.
    std::vector<quint32> limbs;
    limbs.reserve(static_cast<size_t>(text.size()) / 5 + 1);
    for (qsizetype i = ones; i < text.size();) {
        quint32 chunk = 0;
        quint32 scale = 1;
        for (int k = 0; k < 5 && i < text.size(); ++k, ++i) {
            const qint8 v = kTable[static_cast<unsigned char>(text[i])];
            if (v < 0)
                return Result<QByteArray>::failure(
                    QStringLiteral("base58 text contains a character outside its alphabet at position %1").arg(i));
            chunk = chunk * 58 + quint32(v);
            scale *= 58;
        }
        quint64 carry = chunk;
        for (auto& limb : limbs) {
            const quint64 t = quint64(limb) * scale + carry;
            limb = static_cast<quint32>(t);
            carry = t >> 32;
        }
        if (carry > 0)
            limbs.push_back(static_cast<quint32>(carry));
    }
    // Big-endian, without leading zero bytes; each leading '1' stands for one zero byte.
    QByteArray number;
    number.reserve(static_cast<qsizetype>(limbs.size()) * 4);
    for (auto it = limbs.rbegin(); it != limbs.rend(); ++it) {
        for (int shift = 24; shift >= 0; shift -= 8) {
            const char byte = static_cast<char>((*it >> shift) & 0xff);
            if (number.isEmpty() && byte == 0)
                continue;
            number.append(byte);
        }
    }
    QByteArray out(ones, '\0');
    out.append(number);
    if (out.size() > maxDecodedBytes)
        return Result<QByteArray>::failure(QStringLiteral("base58 text is too long"));
    return out;
}

} // namespace credfolio
