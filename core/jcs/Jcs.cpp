#include "jcs/Jcs.h"

#include "jcs/EcmaNumber.h"
#include "jcs/StrictJsonParser.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <string>

namespace credfolio {
namespace {

bool lessUtf16(const QString& a, const QString& b)
{
    // Code-unit order, independent of locale and of Unicode normalisation.
    return std::lexicographical_compare(a.utf16(), a.utf16() + a.size(), b.utf16(), b.utf16() + b.size());
}

// The output is written into a std::string (its appends are inline) and handed over as a
// QByteArray once at the end.
void appendEscaped(std::string& out, char ch)
{
    static constexpr char hexDigits[] = "0123456789abcdef";
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
    case '"':
        out.append("\\\"");
        break;
    case '\\':
        out.append("\\\\");
        break;
    case '\b':
        out.append("\\b");
        break;
    case '\f':
        out.append("\\f");
        break;
    case '\n':
        out.append("\\n");
        break;
    case '\r':
        out.append("\\r");
        break;
    case '\t':
        out.append("\\t");
        break;
    default:
        if (c < 0x20) {
            out.append("\\u00");
            out.push_back(hexDigits[c >> 4]);
            out.push_back(hexDigits[c & 15]);
        } else {
            out.push_back(ch);
        }
    }
}

void appendString(std::string& out, const QString& s)
{
    out.push_back('"');
    // Runs of printable ASCII other than '"' and '\\' are copied as they are; the rest is
    // converted to UTF-8 (runs of non-ASCII whole, so surrogate pairs stay together) and
    // escaped as RFC 8785 asks.
    const char16_t* p = reinterpret_cast<const char16_t*>(s.utf16());
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n) {
        qsizetype j = i;
        while (j < n && p[j] >= 0x20 && p[j] < 0x80 && p[j] != u'"' && p[j] != u'\\')
            ++j;
        if (j > i) {
            const size_t at = out.size();
            out.resize(at + size_t(j - i));
            char* d = out.data() + at;
            for (qsizetype k = i; k < j; ++k)
                *d++ = char(p[k]);
            i = j;
            continue;
        }
        if (p[i] < 0x80) {
            appendEscaped(out, char(p[i++]));
            continue;
        }
        while (j < n && p[j] >= 0x80)
            ++j;
        const QByteArray utf8 = QStringView(p + i, j - i).toUtf8();
        out.append(utf8.constData(), size_t(utf8.size()));
        i = j;
    }
    out.push_back('"');
}

bool serialize(std::string& out, const JcsValue& value, QString& error)
{
    switch (value.type()) {
    case JcsValue::Type::Null:
        out.append("null");
        return true;
    case JcsValue::Type::Bool:
        out.append(value.toBool() ? "true" : "false");
        return true;
    case JcsValue::Type::Number: {
        auto text = ecmaNumberToString(value.toNumber());
        if (!text) {
            error = text.error();
            return false;
        }
        out.append(text->constData(), size_t(text->size()));
        return true;
    }
    case JcsValue::Type::String:
        appendString(out, value.toString());
        return true;
    case JcsValue::Type::Array: {
        out.push_back('[');
        bool first = true;
        for (const JcsValue& item : value.items()) {
            if (!first)
                out.push_back(',');
            first = false;
            if (!serialize(out, item, error))
                return false;
        }
        out.push_back(']');
        return true;
    }
    case JcsValue::Type::Object: {
        // Sorted by UTF-16 code units; objects of a credential are small, so the order is
        // kept on the stack up to a point.
        const std::vector<JcsValue::Member>& members = value.members();
        constexpr size_t inlineCount = 16;
        std::array<const JcsValue::Member*, inlineCount> inlineSorted;
        std::vector<const JcsValue::Member*> heapSorted;
        const JcsValue::Member** sorted = inlineSorted.data();
        if (members.size() > inlineCount) {
            heapSorted.resize(members.size());
            sorted = heapSorted.data();
        }
        for (size_t i = 0; i < members.size(); ++i)
            sorted[i] = &members[i];
        std::sort(sorted, sorted + members.size(), [](const auto* a, const auto* b) { return lessUtf16(a->first, b->first); });
        out.push_back('{');
        for (size_t i = 0; i < members.size(); ++i) {
            if (i > 0) {
                if (sorted[i]->first == sorted[i - 1]->first) {
                    error = QStringLiteral("duplicate member name \"%1\"").arg(sorted[i]->first);
                    return false;
                }
                out.push_back(',');
            }
            appendString(out, sorted[i]->first);
            out.push_back(':');
            if (!serialize(out, sorted[i]->second, error))
                return false;
        }
        out.push_back('}');
        return true;
    }
    }
    return false;
}

JcsValue fromQt(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return JcsValue::boolean(value.toBool());
    case QJsonValue::Double:
        return JcsValue::number(value.toDouble());
    case QJsonValue::String:
        return JcsValue::string(value.toString());
    case QJsonValue::Array: {
        std::vector<JcsValue> items;
        const QJsonArray array = value.toArray();
        for (const QJsonValue& item : array)
            items.push_back(fromQt(item));
        return JcsValue::array(std::move(items));
    }
    case QJsonValue::Object: {
        std::vector<JcsValue::Member> members;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            members.emplace_back(it.key(), fromQt(it.value()));
        return JcsValue::object(std::move(members));
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return JcsValue::null();
}

} // namespace

Result<QByteArray> jcs::canonicalize(const JcsValue& value)
{
    std::string out;
    out.reserve(2048);
    QString error;
    if (!serialize(out, value, error))
        return Result<QByteArray>::failure(error);
    return QByteArray(out.data(), qsizetype(out.size()));
}

Result<QByteArray> jcs::canonicalize(QByteArrayView json)
{
    auto parsed = StrictJsonParser::parse(json);
    if (!parsed)
        return Result<QByteArray>::failure(parsed.error());
    return canonicalize(parsed.value());
}

Result<QByteArray> jcs::canonicalize(const QJsonValue& value)
{
    if (value.isUndefined())
        return Result<QByteArray>::failure(QStringLiteral("an undefined JSON value has no canonical form"));
    return canonicalize(fromQt(value));
}

} // namespace credfolio
