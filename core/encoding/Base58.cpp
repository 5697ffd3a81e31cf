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
    std::vector<quint8> bytes; // little-endian
    bytes.reserve(static_cast<size_t>(text.size()));
    for (qsizetype i = ones; i < text.size(); ++i) {
        const qint8 v = kTable[static_cast<unsigned char>(text[i])];
        if (v < 0)
            return Result<QByteArray>::failure(
                QStringLiteral("base58 text contains a character outside its alphabet at position %1").arg(i));
        quint32 carry = quint32(v);
        for (auto& b : bytes) {
            carry += quint32(b) * 58;
            b = static_cast<quint8>(carry & 0xff);
            carry >>= 8;
        }
        while (carry > 0) {
            bytes.push_back(static_cast<quint8>(carry & 0xff));
            carry >>= 8;
        }
    }
    QByteArray out(ones, '\0');
    for (auto it = bytes.rbegin(); it != bytes.rend(); ++it)
        out.append(static_cast<char>(*it));
    if (out.size() > maxDecodedBytes)
        return Result<QByteArray>::failure(QStringLiteral("base58 text is too long"));
    return out;
}

} // namespace credfolio
