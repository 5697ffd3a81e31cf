#include "jcs/EcmaNumber.h"

#include <charconv>
#include <cmath>
#include <cstdlib>

namespace credfolio {

Result<QByteArray> ecmaNumberToString(double value)
{
    if (!std::isfinite(value))
        return Result<QByteArray>::failure(QStringLiteral("NaN and Infinity cannot be represented in JSON"));
    if (value == 0)
        return QByteArray("0");
    QByteArray out;
    if (value < 0) {
        out.append('-');
        value = -value;
    }
    // The C++17 shortest round-trip form in scientific notation, "d.ddde+XX": its digits
    // are exactly the k digits ECMAScript asks for (shortest, nearest on ties).
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    const QByteArrayView text(buffer, result.ptr - buffer);
    const qsizetype ePos = text.indexOf('e');
    QByteArray digits;
    for (qsizetype i = 0; i < ePos; ++i) {
        if (text[i] != '.')
            digits.append(text[i]);
    }
    const int exponent = std::atoi(text.sliced(ePos + 1).toByteArray().constData());
    const int k = static_cast<int>(digits.size());
    const int n = exponent + 1; // value = 0.digits * 10^n

    if (k <= n && n <= 21) {
        out.append(digits);
        out.append(QByteArray(n - k, '0'));
    } else if (0 < n && n <= 21) {
        out.append(digits.first(n));
        out.append('.');
        out.append(digits.sliced(n));
    } else if (-6 < n && n <= 0) {
        out.append("0.");
        out.append(QByteArray(-n, '0'));
        out.append(digits);
    } else {
        out.append(digits[0]);
        if (k > 1) {
            out.append('.');
            out.append(digits.sliced(1));
        }
        out.append('e');
        out.append(n - 1 >= 0 ? '+' : '-');
        out.append(QByteArray::number(std::abs(n - 1)));
    }
    return out;
}

} // namespace credfolio
