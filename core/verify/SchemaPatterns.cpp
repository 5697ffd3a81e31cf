#include "verify/SchemaPatterns.h"

namespace credfolio::schemapatterns {

// valijson compiles a std::regex for every "format": "date-time" (and date, time) check it
// makes, which cost more than the rest of a verification; so the schema's date formats
// become the equivalent RFC 3339 patterns.
const QHash<QString, QString>& datePatterns()
{
    static const QHash<QString, QString> patterns{
        {QStringLiteral("date-time"),
            QStringLiteral("^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])[Tt]([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)"
                           "(\\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$")},
        {QStringLiteral("date"), QStringLiteral("^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")},
        {QStringLiteral("time"),
            QStringLiteral(
                "^([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$")},
    };
    return patterns;
}

namespace {

// Even cached, std::regex_search takes microseconds per string. The patterns the bundled
// schemas use (and the date patterns above) are matched by hand instead, each exactly as
// its ECMAScript regex matches (anchored at both ends, '$' only at the very end). A pattern
// not in this table is left to valijson's std::regex.
struct Cursor {
    std::string_view text;
    size_t pos = 0;

    bool atEnd() const { return pos >= text.size(); }
    char peek() const { return atEnd() ? '\0' : text[pos]; }
    bool take(char c)
    {
        if (peek() != c || atEnd())
            return false;
        ++pos;
        return true;
    }
    bool takeIf(bool (*accept)(char))
    {
        if (atEnd() || !accept(text[pos]))
            return false;
        ++pos;
        return true;
    }
    bool takeText(std::string_view literal)
    {
        if (text.substr(pos, literal.size()) != literal)
            return false;
        pos += literal.size();
        return true;
    }
    // Two characters forming a number in [low, high], both digits.
    bool twoDigits(int low, int high)
    {
        if (text.size() - pos < 2 || !isDigit(text[pos]) || !isDigit(text[pos + 1]))
            return false;
        const int value = (text[pos] - '0') * 10 + (text[pos + 1] - '0');
        if (value < low || value > high)
            return false;
        pos += 2;
        return true;
    }
    static bool isDigit(char c) { return c >= '0' && c <= '9'; }
};

bool isLower(char c)
{
    return c >= 'a' && c <= 'z';
}

bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}

bool isJwsChar(char c)
{
    return isLower(c) || isUpper(c) || Cursor::isDigit(c) || c == '_' || c == '-';
}

// [0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])
bool fullDate(Cursor& c)
{
    for (int i = 0; i < 4; ++i) {
        if (!c.takeIf(Cursor::isDigit))
            return false;
    }
    return c.take('-') && c.twoDigits(1, 12) && c.take('-') && c.twoDigits(1, 31);
}

// ([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])
bool fullTime(Cursor& c)
{
    if (!c.twoDigits(0, 23) || !c.take(':') || !c.twoDigits(0, 59) || !c.take(':') || !c.twoDigits(0, 60))
        return false;
    if (c.take('.')) {
        if (!c.takeIf(Cursor::isDigit))
            return false;
        while (c.takeIf(Cursor::isDigit)) { }
    }
    if (c.take('Z') || c.take('z'))
        return true;
    if (!c.take('+') && !c.take('-'))
        return false;
    return c.twoDigits(0, 23) && c.take(':') && c.twoDigits(0, 59);
}

bool matchDateTime(std::string_view text)
{
    Cursor c{text};
    return fullDate(c) && (c.take('T') || c.take('t')) && fullTime(c) && c.atEnd();
}

bool matchDate(std::string_view text)
{
    Cursor c{text};
    return fullDate(c) && c.atEnd();
}

bool matchTime(std::string_view text)
{
    Cursor c{text};
    return fullTime(c) && c.atEnd();
}

// ^[a-z]{2,4}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$
bool matchLanguage(std::string_view text)
{
    Cursor c{text};
    int letters = 0;
    while (letters < 4 && c.takeIf(isLower))
        ++letters;
    if (letters < 2)
        return false;
    const auto script = [&] {
        Cursor t = c;
        if (!t.take('-') || !t.takeIf(isUpper) || !t.takeIf(isLower) || !t.takeIf(isLower) || !t.takeIf(isLower))
            return false;
        c = t;
        return true;
    };
    const auto region = [&] {
        Cursor t = c;
        if (!t.take('-'))
            return false;
        if (t.takeIf(isUpper)) {
            if (!t.takeIf(isUpper))
                return false;
        } else if (!(t.takeIf(Cursor::isDigit) && t.takeIf(Cursor::isDigit) && t.takeIf(Cursor::isDigit))) {
            return false;
        }
        c = t;
        return true;
    };
    // The optional groups cannot overlap ("-Xxxx" is four letters, a region two or three), so
    // taking each greedily decides the match.
    script();
    region();
    return c.atEnd();
}

// ^[a-zA-Z0-9_-]+\.[a-zA-Z0-9_-]*\.[a-zA-Z0-9_-]+$
bool matchCompactJws(std::string_view text)
{
    Cursor c{text};
    if (!c.takeIf(isJwsChar))
        return false;
    while (c.takeIf(isJwsChar)) { }
    if (!c.take('.'))
        return false;
    while (c.takeIf(isJwsChar)) { }
    if (!c.take('.') || !c.takeIf(isJwsChar))
        return false;
    while (c.takeIf(isJwsChar)) { }
    return c.atEnd();
}

// ^https:\/\/purl\.imsglobal\.org\/spec\/ob\/v3p0\/context(-3\.\d\.\d)*\.json$
bool matchObContext(std::string_view text)
{
    Cursor c{text};
    if (!c.takeText("https://purl.imsglobal.org/spec/ob/v3p0/context"))
        return false;
    for (;;) {
        Cursor t = c;
        if (!(t.takeText("-3.") && t.takeIf(Cursor::isDigit) && t.take('.') && t.takeIf(Cursor::isDigit)))
            break;
        c = t;
    }
    return c.takeText(".json") && c.atEnd();
}

} // namespace

const QHash<QString, PatternMatcher>& knownPatterns()
{
    static const QHash<QString, PatternMatcher> matchers{
        {datePatterns().value(QStringLiteral("date-time")), matchDateTime},
        {datePatterns().value(QStringLiteral("date")), matchDate},
        {datePatterns().value(QStringLiteral("time")), matchTime},
        {QStringLiteral("^[a-z]{2,4}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$"), matchLanguage},
        {QStringLiteral("^[a-zA-Z0-9_-]+\\.[a-zA-Z0-9_-]*\\.[a-zA-Z0-9_-]+$"), matchCompactJws},
        {QStringLiteral("^https:\\/\\/purl\\.imsglobal\\.org\\/spec\\/ob\\/v3p0\\/context(-3\\.\\d\\.\\d)*\\.json$"),
            matchObContext},
    };
    return matchers;
}

} // namespace credfolio::schemapatterns
