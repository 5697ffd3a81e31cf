#include "jcs/StrictJsonParser.h"

#include <QSet>

#include <array>
#include <charconv>
#include <cmath>

namespace credfolio {
namespace {

class Parser {
public:
    // build: false only checks the text (StrictJsonParser::check), keeping nothing but what
    // duplicate detection needs; the grammar and the messages are the same.
    Parser(QByteArrayView text, int maxDepth, bool build = true) : m_text(text), m_maxDepth(maxDepth), m_build(build) { }

    Result<JcsValue> run()
    {
        skipWhitespace();
        JcsValue value;
        if (!parseValue(value, 0))
            return Result<JcsValue>::failure(m_error);
        skipWhitespace();
        if (m_pos != m_text.size())
            return Result<JcsValue>::failure(errorAt(QStringLiteral("unexpected data after the JSON value")));
        return value;
    }

private:
    QString errorAt(const QString& what) const { return QStringLiteral("%1 at byte %2").arg(what).arg(m_pos); }
    bool fail(const QString& what)
    {
        if (m_error.isEmpty())
            m_error = errorAt(what);
        return false;
    }
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }

    void skipWhitespace()
    {
        while (!atEnd()) {
            const char c = m_text[m_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                break;
            ++m_pos;
        }
    }

    bool literal(const char* word, qsizetype length)
    {
        if (m_text.size() - m_pos < length || m_text.sliced(m_pos, length) != QByteArrayView(word, length))
            return fail(QStringLiteral("invalid literal"));
        m_pos += length;
        return true;
    }

    bool parseValue(JcsValue& out, int depth)
    {
        switch (peek()) {
        case '{':
            return parseObject(out, depth + 1);
        case '[':
            return parseArray(out, depth + 1);
        case '"': {
            if (!m_build) {
                // Checked, not kept: only a name's text is ever needed.
                m_scratch.truncate(0);
                m_discard = true;
                const bool ok = parseString(m_scratch);
                m_discard = false;
                return ok;
            }
            QString s;
            if (!parseString(s))
                return false;
            out = JcsValue::string(std::move(s));
            return true;
        }
        case 't':
            out = JcsValue::boolean(true);
            return literal("true", 4);
        case 'f':
            out = JcsValue::boolean(false);
            return literal("false", 5);
        case 'n':
            out = JcsValue::null();
            return literal("null", 4);
        default:
            return parseNumber(out);
        }
    }

    bool parseObject(JcsValue& out, int depth)
    {
        if (depth > m_maxDepth)
            return fail(QStringLiteral("JSON nested deeper than %1 levels").arg(m_maxDepth));
        ++m_pos; // '{'
        std::vector<JcsValue::Member> members;
        if (m_build)
            members.reserve(8); // most objects of a credential are this small: one allocation
        // Small objects (nearly all) are searched in place; a set is built for large ones.
        constexpr size_t linearLimit = 16;
        QSet<QString> names;
        std::vector<RawName> keys; // only checking
        skipWhitespace();
        if (peek() == '}') {
            ++m_pos;
            out = JcsValue::object({});
            return true;
        }
        for (;;) {
            skipWhitespace();
            if (peek() != '"')
                return fail(QStringLiteral("expected a member name"));
            if (!m_build) {
                if (!checkMemberName(names, keys))
                    return false;
                skipWhitespace();
                if (peek() != ':')
                    return fail(QStringLiteral("expected ':'"));
                ++m_pos;
                skipWhitespace();
                JcsValue value;
                if (!parseValue(value, depth))
                    return false;
                skipWhitespace();
                if (peek() == ',') {
                    ++m_pos;
                    continue;
                }
                if (peek() == '}') {
                    ++m_pos;
                    return true;
                }
                return fail(QStringLiteral("expected ',' or '}'"));
            }
            QString name;
            if (!parseString(name))
                return false;
            bool duplicate = false;
            if (members.size() < linearLimit) {
                for (const auto& m : members)
                    duplicate = duplicate || m.first == name;
            } else {
                if (names.isEmpty()) {
                    for (const auto& m : members)
                        names.insert(m.first);
                }
                duplicate = names.contains(name);
                names.insert(name);
            }
            if (duplicate)
                return fail(QStringLiteral("duplicate member name \"%1\"").arg(name));
            skipWhitespace();
            if (peek() != ':')
                return fail(QStringLiteral("expected ':'"));
            ++m_pos;
            skipWhitespace();
            JcsValue value;
            if (!parseValue(value, depth))
                return false;
            members.emplace_back(std::move(name), std::move(value));
            skipWhitespace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == '}') {
                ++m_pos;
                out = JcsValue::object(std::move(members));
                return true;
            }
            return fail(QStringLiteral("expected ',' or '}'"));
        }
    }

    bool parseArray(JcsValue& out, int depth)
    {
        if (depth > m_maxDepth)
            return fail(QStringLiteral("JSON nested deeper than %1 levels").arg(m_maxDepth));
        ++m_pos; // '['
        std::vector<JcsValue> items;
        if (m_build)
            items.reserve(4);
        skipWhitespace();
        if (peek() == ']') {
            ++m_pos;
            out = JcsValue::array({});
            return true;
        }
        for (;;) {
            skipWhitespace();
            JcsValue value;
            if (!parseValue(value, depth))
                return false;
            if (m_build)
                items.push_back(std::move(value));
            skipWhitespace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == ']') {
                ++m_pos;
                out = JcsValue::array(std::move(items));
                return true;
            }
            return fail(QStringLiteral("expected ',' or ']'"));
        }
    }

    bool parseHex4(char16_t& out)
    {
        if (m_text.size() - m_pos < 4)
            return fail(QStringLiteral("truncated \\u escape"));
        unsigned value = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = m_text[m_pos + i];
            value <<= 4;
            if (c >= '0' && c <= '9')
                value |= unsigned(c - '0');
            else if (c >= 'a' && c <= 'f')
                value |= unsigned(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                value |= unsigned(c - 'A' + 10);
            else
                return fail(QStringLiteral("invalid \\u escape"));
        }
        m_pos += 4;
        out = static_cast<char16_t>(value);
        return true;
    }

    // One UTF-8 sequence starting at m_pos, validated (no overlong forms, no surrogates,
    // nothing above U+10FFFF).
    bool parseUtf8(QString& out)
    {
        const auto byte = [&](qsizetype i) { return static_cast<quint8>(m_text[i]); };
        const quint8 lead = byte(m_pos);
        int length;
        char32_t cp;
        char32_t minimum;
        if (lead < 0x80) {
            out.append(QChar(lead));
            ++m_pos;
            return true;
        } else if ((lead & 0xe0) == 0xc0) {
            length = 2;
            cp = lead & 0x1f;
            minimum = 0x80;
        } else if ((lead & 0xf0) == 0xe0) {
            length = 3;
            cp = lead & 0x0f;
            minimum = 0x800;
        } else if ((lead & 0xf8) == 0xf0) {
            length = 4;
            cp = lead & 0x07;
            minimum = 0x10000;
        } else {
            return fail(QStringLiteral("invalid UTF-8"));
        }
        if (m_text.size() - m_pos < length)
            return fail(QStringLiteral("truncated UTF-8"));
        for (int i = 1; i < length; ++i) {
            const quint8 b = byte(m_pos + i);
            if ((b & 0xc0) != 0x80)
                return fail(QStringLiteral("invalid UTF-8"));
            cp = (cp << 6) | (b & 0x3f);
        }
        if (cp < minimum || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return fail(QStringLiteral("invalid UTF-8"));
        if (QChar::requiresSurrogates(cp)) {
            out.append(QChar(QChar::highSurrogate(cp)));
            out.append(QChar(QChar::lowSurrogate(cp)));
        } else {
            out.append(QChar(char16_t(cp)));
        }
        m_pos += length;
        return true;
    }

    // A member name seen while only checking: its text as written, and decoded when it had
    // escapes (names without escapes are equal exactly when their validated UTF-8 bytes are).
    struct RawName {
        QByteArrayView raw;
        bool escaped = false;
        QString decoded;
        QString text() const { return escaped ? decoded : QString::fromUtf8(raw); }
    };

    bool checkMemberName(QSet<QString>& names, std::vector<RawName>& keys)
    {
        constexpr size_t linearLimit = 16;
        const qsizetype start = m_pos + 1; // after the quote
        m_sawEscape = false;
        m_scratch.truncate(0);
        if (!parseString(m_scratch))
            return false;
        RawName name{m_text.sliced(start, m_pos - 1 - start), m_sawEscape, {}};
        if (name.escaped)
            name.decoded = m_scratch;
        bool duplicate = false;
        if (keys.size() < linearLimit) {
            for (const RawName& k : keys) {
                if (!k.escaped && !name.escaped)
                    duplicate = duplicate || k.raw == name.raw;
                else
                    duplicate = duplicate || k.text() == name.text();
            }
        } else {
            if (names.isEmpty()) {
                for (const RawName& k : keys)
                    names.insert(k.text());
            }
            duplicate = names.contains(name.text());
            names.insert(name.text());
        }
        if (duplicate)
            return fail(QStringLiteral("duplicate member name \"%1\"").arg(name.text()));
        keys.push_back(std::move(name));
        return true;
    }

    bool parseString(QString& out)
    {
        ++m_pos; // '"'
        for (;;) {
            // A run of plain printable ASCII is copied at once.
            static constexpr auto plain = [] {
                std::array<bool, 256> table{};
                for (int c = 0x20; c < 0x80; ++c)
                    table[size_t(c)] = c != '"' && c != '\\';
                return table;
            }();
            const qsizetype run = m_pos;
            const char* text = m_text.data();
            const qsizetype size = m_text.size();
            while (m_pos < size && plain[static_cast<quint8>(text[m_pos])])
                ++m_pos;
            if (m_pos > run && !m_discard)
                out.append(QLatin1String(m_text.data() + run, m_pos - run));
            if (atEnd())
                return fail(QStringLiteral("unterminated string"));
            const auto c = static_cast<quint8>(m_text[m_pos]);
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (c < 0x20)
                return fail(QStringLiteral("unescaped control character in a string"));
            if (c != '\\') {
                if (!parseUtf8(out))
                    return false;
                continue;
            }
            m_sawEscape = true;
            ++m_pos;
            if (atEnd())
                return fail(QStringLiteral("unterminated escape"));
            const char e = m_text[m_pos++];
            switch (e) {
            case '"':
                out.append(QLatin1Char('"'));
                break;
            case '\\':
                out.append(QLatin1Char('\\'));
                break;
            case '/':
                out.append(QLatin1Char('/'));
                break;
            case 'b':
                out.append(QLatin1Char('\b'));
                break;
            case 'f':
                out.append(QLatin1Char('\f'));
                break;
            case 'n':
                out.append(QLatin1Char('\n'));
                break;
            case 'r':
                out.append(QLatin1Char('\r'));
                break;
            case 't':
                out.append(QLatin1Char('\t'));
                break;
            case 'u': {
                char16_t unit;
                if (!parseHex4(unit))
                    return false;
                if (QChar::isLowSurrogate(unit))
                    return fail(QStringLiteral("lone low surrogate in a string"));
                if (QChar::isHighSurrogate(unit)) {
                    char16_t low;
                    if (m_text.size() - m_pos < 6 || m_text[m_pos] != '\\' || m_text[m_pos + 1] != 'u')
                        return fail(QStringLiteral("lone high surrogate in a string"));
                    m_pos += 2;
                    if (!parseHex4(low))
                        return false;
                    if (!QChar::isLowSurrogate(low))
                        return fail(QStringLiteral("lone high surrogate in a string"));
                    out.append(QChar(unit));
                    out.append(QChar(low));
                } else {
                    out.append(QChar(unit));
                }
                break;
            }
            default:
                return fail(QStringLiteral("invalid escape in a string"));
            }
        }
    }

    bool parseNumber(JcsValue& out)
    {
        const qsizetype start = m_pos;
        const auto digits = [&]() {
            qsizetype n = 0;
            while (!atEnd() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9') {
                ++m_pos;
                ++n;
            }
            return n;
        };
        if (peek() == '-')
            ++m_pos;
        if (peek() == '0') {
            ++m_pos;
        } else if (peek() >= '1' && peek() <= '9') {
            digits();
        } else {
            return fail(QStringLiteral("invalid value"));
        }
        if (peek() == '.') {
            ++m_pos;
            if (digits() == 0)
                return fail(QStringLiteral("invalid number"));
        }
        bool negativeExponent = false;
        if (peek() == 'e' || peek() == 'E') {
            ++m_pos;
            if (peek() == '+' || peek() == '-') {
                negativeExponent = peek() == '-';
                ++m_pos;
            }
            if (digits() == 0)
                return fail(QStringLiteral("invalid number"));
        }
        const char* first = m_text.data() + start;
        const char* last = m_text.data() + m_pos;
        // from_chars does not take a leading '-' for granted as part of the grammar we checked.
        double value = 0;
        const auto [ptr, ec] = std::from_chars(first, last, value);
        if (ec == std::errc::result_out_of_range && negativeExponent) {
            value = (*first == '-') ? -0.0 : 0.0; // underflow: ECMAScript rounds to zero
        } else if (ec != std::errc() || ptr != last || !std::isfinite(value)) {
            return fail(QStringLiteral("number out of range"));
        }
        out = JcsValue::number(value);
        return true;
    }

    QByteArrayView m_text;
    int m_maxDepth;
    bool m_build = true;
    bool m_sawEscape = false;
    bool m_discard = false; // a checked value string: its plain runs are not copied
    QString m_scratch; // strings while only checking
    qsizetype m_pos = 0;
    QString m_error;
};

} // namespace

Result<JcsValue> StrictJsonParser::parse(QByteArrayView json, int maxDepth)
{
    return Parser(json, maxDepth).run();
}

Result<JcsValue::Type> StrictJsonParser::check(QByteArrayView json, int maxDepth)
{
    auto checked = Parser(json, maxDepth, false).run();
    if (!checked)
        return Result<JcsValue::Type>::failure(checked.error());
    // Valid JSON: its first non-blank character says what the value is.
    for (const char c : json) {
        switch (c) {
        case ' ':
        case '\t':
        case '\n':
        case '\r':
            continue;
        case '{':
            return JcsValue::Type::Object;
        case '[':
            return JcsValue::Type::Array;
        case '"':
            return JcsValue::Type::String;
        case 't':
        case 'f':
            return JcsValue::Type::Bool;
        case 'n':
            return JcsValue::Type::Null;
        default:
            return JcsValue::Type::Number;
        }
    }
    return JcsValue::Type::Null;
}

} // namespace credfolio
