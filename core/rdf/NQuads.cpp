#include "rdf/NQuads.h"

#include <QCoreApplication>

namespace credfolio::rdf::nquads {

namespace {

const QString xsdString = QStringLiteral("http://www.w3.org/2001/XMLSchema#string");
const QString rdfLangString = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#langString");

bool isHex(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
        || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u <= '9')
        return u - '0';
    return (u | 0x20) - 'a' + 10;
}

// Reads one line of N-Quads. Positions are UTF-16 indexes into the line.
class LineParser {
public:
    LineParser(QStringView text, int lineNumber) : m_text(text), m_line(lineNumber) { }

    // Returns false with error() set, or true with quad filled; empty is true for a blank or
    // comment-only line.
    bool parse(Quad& quad, bool& empty)
    {
        skipSpace();
        empty = atEnd() || peek() == QLatin1Char('#');
        if (empty)
            return true;
        if (!readSubject(quad.subject) || !readPredicate(quad.predicate) || !readObject(quad.object))
            return false;
        skipSpace();
        if (!atEnd() && peek() != QLatin1Char('.')) {
            if (!readGraph(quad.graph))
                return false;
            skipSpace();
        }
        if (atEnd() || peek() != QLatin1Char('.'))
            return fail(QCoreApplication::translate("NQuads", "expected \".\" at the end of the statement"));
        ++m_pos;
        skipSpace();
        if (!atEnd() && peek() != QLatin1Char('#'))
            return fail(QCoreApplication::translate("NQuads", "unexpected text after the end of the statement"));
        return true;
    }

    const QString& error() const { return m_error; }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return m_text[m_pos]; }
    void skipSpace()
    {
        while (!atEnd() && (peek() == QLatin1Char(' ') || peek() == QLatin1Char('\t')))
            ++m_pos;
    }
    bool fail(const QString& message)
    {
        m_error = QCoreApplication::translate("NQuads", "line %1, column %2: %3").arg(m_line).arg(m_pos + 1).arg(message);
        return false;
    }

    bool readSubject(Term& t)
    {
        skipSpace();
        if (atEnd())
            return fail(QCoreApplication::translate("NQuads", "expected a subject"));
        if (peek() == QLatin1Char('<'))
            return readIri(t);
        if (peek() == QLatin1Char('_'))
            return readBlank(t);
        return fail(QCoreApplication::translate("NQuads", "the subject must be an IRI or a blank node"));
    }
    bool readPredicate(Term& t)
    {
        skipSpace();
        if (atEnd() || peek() != QLatin1Char('<'))
            return fail(QCoreApplication::translate("NQuads", "the predicate must be an IRI"));
        return readIri(t);
    }
    bool readObject(Term& t)
    {
        skipSpace();
        if (atEnd())
            return fail(QCoreApplication::translate("NQuads", "expected an object"));
        if (peek() == QLatin1Char('"'))
            return readLiteral(t);
        return readSubject(t);
    }
    bool readGraph(Term& t)
    {
        if (peek() == QLatin1Char('<'))
            return readIri(t);
        if (peek() == QLatin1Char('_'))
            return readBlank(t);
        return fail(QCoreApplication::translate("NQuads", "the graph label must be an IRI or a blank node"));
    }

    // Appends the code point of a \u or \U escape (m_pos at the backslash).
    bool readUchar(QString& out)
    {
        const QChar kind = m_text[m_pos + 1];
        const int digits = kind == QLatin1Char('u') ? 4 : 8;
        if (m_pos + 2 + digits > m_text.size())
            return fail(QCoreApplication::translate("NQuads", "incomplete \\%1 escape").arg(kind));
        char32_t code = 0;
        for (int i = 0; i < digits; ++i) {
            const QChar c = m_text[m_pos + 2 + i];
            if (!isHex(c))
                return fail(QCoreApplication::translate("NQuads", "invalid hex digit in \\%1 escape").arg(kind));
            code = code * 16 + char32_t(hexValue(c));
        }
        if (code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return fail(QCoreApplication::translate("NQuads", "the escape does not name a Unicode character"));
        out += QString::fromUcs4(&code, 1);
        m_pos += 2 + digits;
        return true;
    }

    bool readIri(Term& t)
    {
        ++m_pos; // '<'
        QString value;
        while (true) {
            if (atEnd())
                return fail(QCoreApplication::translate("NQuads", "unterminated IRI"));
            const QChar c = peek();
            if (c == QLatin1Char('>'))
                break;
            if (c == QLatin1Char('\\')) {
                if (m_pos + 1 >= m_text.size()
                    || (m_text[m_pos + 1] != QLatin1Char('u') && m_text[m_pos + 1] != QLatin1Char('U')))
                    return fail(QCoreApplication::translate("NQuads", "only \\u and \\U escapes are allowed in an IRI"));
                if (!readUchar(value))
                    return false;
                continue;
            }
            if (c.unicode() <= 0x20 || QStringView(u"<\"{}|^`").contains(c))
                return fail(QCoreApplication::translate("NQuads", "character not allowed in an IRI"));
            value += c;
            ++m_pos;
        }
        ++m_pos; // '>'
        if (!value.contains(QLatin1Char(':')))
            return fail(
                QCoreApplication::translate("NQuads", "the IRI <%1> is relative; N-Quads needs absolute IRIs").arg(value));
        t = Term::iri(value);
        return true;
    }

    bool readBlank(Term& t)
    {
        if (m_pos + 1 >= m_text.size() || m_text[m_pos + 1] != QLatin1Char(':'))
            return fail(QCoreApplication::translate("NQuads", "a blank node label starts with \"_:\""));
        m_pos += 2;
        const qsizetype start = m_pos;
        while (!atEnd()) {
            const QChar c = peek();
            const bool ok = c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('.')
                || c == QChar(0xB7) || c.unicode() >= 0x80;
            if (!ok || c.isSpace())
                break;
            ++m_pos;
        }
        // A label never ends with '.'; the statement's final dot may follow it directly.
        while (m_pos > start && m_text[m_pos - 1] == QLatin1Char('.'))
            --m_pos;
        if (m_pos == start)
            return fail(QCoreApplication::translate("NQuads", "empty blank node label"));
        const QChar first = m_text[start];
        if (first == QLatin1Char('-') || first == QLatin1Char('.') || first == QChar(0xB7))
            return fail(QCoreApplication::translate("NQuads", "a blank node label cannot start with \"%1\"").arg(first));
        t = Term::blank(m_text.sliced(start, m_pos - start).toString());
        return true;
    }

    bool readLiteral(Term& t)
    {
        ++m_pos; // '"'
        QString value;
        while (true) {
            if (atEnd())
                return fail(QCoreApplication::translate("NQuads", "unterminated string literal"));
            const QChar c = peek();
            if (c == QLatin1Char('"'))
                break;
            if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                return fail(QCoreApplication::translate("NQuads", "line break inside a string literal"));
            if (c != QLatin1Char('\\')) {
                value += c;
                ++m_pos;
                continue;
            }
            if (m_pos + 1 >= m_text.size())
                return fail(QCoreApplication::translate("NQuads", "incomplete escape"));
            const QChar e = m_text[m_pos + 1];
            if (e == QLatin1Char('u') || e == QLatin1Char('U')) {
                if (!readUchar(value))
                    return false;
                continue;
            }
            switch (e.unicode()) {
            case 't':
                value += QLatin1Char('\t');
                break;
            case 'b':
                value += QLatin1Char('\b');
                break;
            case 'n':
                value += QLatin1Char('\n');
                break;
            case 'r':
                value += QLatin1Char('\r');
                break;
            case 'f':
                value += QLatin1Char('\f');
                break;
            case '"':
                value += QLatin1Char('"');
                break;
            case '\'':
                value += QLatin1Char('\'');
                break;
            case '\\':
                value += QLatin1Char('\\');
                break;
            default:
                return fail(QCoreApplication::translate("NQuads", "unknown escape \\%1").arg(e));
            }
            m_pos += 2;
        }
        ++m_pos; // closing '"'
        if (!atEnd() && peek() == QLatin1Char('@')) {
            ++m_pos;
            const qsizetype start = m_pos;
            bool subtag = false;
            while (!atEnd()) {
                const QChar c = peek();
                const bool letter =
                    (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
                const bool digit = c >= QLatin1Char('0') && c <= QLatin1Char('9');
                if (c == QLatin1Char('-') && m_pos > start && m_text[m_pos - 1] != QLatin1Char('-'))
                    subtag = true;
                else if (!(letter || (digit && subtag)))
                    break;
                ++m_pos;
            }
            if (m_pos == start || m_text[m_pos - 1] == QLatin1Char('-'))
                return fail(QCoreApplication::translate("NQuads", "malformed language tag"));
            t = Term::literal(value, QString(), m_text.sliced(start, m_pos - start).toString());
            return true;
        }
        if (m_pos + 1 < m_text.size() && peek() == QLatin1Char('^') && m_text[m_pos + 1] == QLatin1Char('^')) {
            m_pos += 2;
            if (atEnd() || peek() != QLatin1Char('<'))
                return fail(QCoreApplication::translate("NQuads", "a datatype must be an IRI"));
            Term datatype;
            if (!readIri(datatype))
                return false;
            t = Term::literal(value, datatype.value == xsdString ? QString() : datatype.value);
            return true;
        }
        t = Term::literal(value);
        return true;
    }

    QStringView m_text;
    int m_line;
    qsizetype m_pos = 0;
    QString m_error;
};

void appendLiteralText(QString& out, const QString& text)
{
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\b':
            out += QLatin1String("\\b");
            break;
        case '\f':
            out += QLatin1String("\\f");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7F)
                out += QLatin1String("\\u") + QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0'));
            else
                out += c;
        }
    }
}

} // namespace

Result<Dataset> parse(QStringView text)
{
    Dataset dataset;
    int lineNumber = 0;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = start;
        while (end < text.size() && text[end] != QLatin1Char('\n') && text[end] != QLatin1Char('\r'))
            ++end;
        ++lineNumber;
        const QStringView lineText = text.sliced(start, end - start);
        if (end == text.size() && lineText.isEmpty())
            break;
        Quad quad;
        bool empty = false;
        LineParser parser(lineText, lineNumber);
        if (!parser.parse(quad, empty))
            return Result<Dataset>::failure(parser.error());
        if (!empty)
            dataset.push_back(std::move(quad));
        // "\r\n" counts as one line break.
        if (end + 1 < text.size() && text[end] == QLatin1Char('\r') && text[end + 1] == QLatin1Char('\n'))
            ++end;
        start = end + 1;
    }
    return dataset;
}

QString term(const Term& t)
{
    switch (t.kind) {
    case Term::Kind::Iri:
        return QLatin1Char('<') + t.value + QLatin1Char('>');
    case Term::Kind::Blank:
        return QLatin1String("_:") + t.value;
    case Term::Kind::Literal:
        break;
    }
    QString out;
    out.reserve(t.value.size() + 2);
    out += QLatin1Char('"');
    appendLiteralText(out, t.value);
    out += QLatin1Char('"');
    if (!t.language.isEmpty())
        out += QLatin1Char('@') + t.language;
    else if (!t.datatype.isEmpty() && t.datatype != xsdString && t.datatype != rdfLangString)
        out += QLatin1String("^^<") + t.datatype + QLatin1Char('>');
    return out;
}

QString line(const Quad& quad)
{
    QString out = term(quad.subject) + QLatin1Char(' ') + term(quad.predicate) + QLatin1Char(' ') + term(quad.object);
    if (!quad.inDefaultGraph())
        out += QLatin1Char(' ') + term(quad.graph);
    out += QLatin1String(" .\n");
    return out;
}

QString serialize(const Dataset& dataset)
{
    QString out;
    for (const Quad& quad : dataset)
        out += line(quad);
    return out;
}

} // namespace credfolio::rdf::nquads
