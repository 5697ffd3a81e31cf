#include "jsonld/Iri.h"

#include <QStringList>

namespace credfolio::jsonld::iri {

namespace {

struct Parts {
    QString scheme;
    QString authority;
    QString path;
    QString query;
    QString fragment;
    bool hasScheme = false;
    bool hasAuthority = false;
    bool hasQuery = false;
    bool hasFragment = false;
};

bool isSchemeChar(QChar c, bool first)
{
    const ushort u = c.unicode();
    const bool alpha = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
    if (first)
        return alpha;
    return alpha || (u >= '0' && u <= '9') || u == '+' || u == '-' || u == '.';
}

// The scheme's length, or -1 when value does not start with "scheme:".
qsizetype schemeLength(const QString& value)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char(':'))
            return i > 0 ? i : -1;
        if (!isSchemeChar(c, i == 0))
            return -1;
    }
    return -1;
}

// RFC 3986 appendix B, without a regular expression.
Parts split(const QString& ref)
{
    Parts p;
    qsizetype pos = 0;
    const qsizetype schemeLen = schemeLength(ref);
    if (schemeLen > 0) {
        p.hasScheme = true;
        p.scheme = ref.left(schemeLen);
        pos = schemeLen + 1;
    }
    if (ref.mid(pos, 2) == QLatin1String("//")) {
        p.hasAuthority = true;
        qsizetype end = pos + 2;
        while (end < ref.size() && ref.at(end) != QLatin1Char('/') && ref.at(end) != QLatin1Char('?')
            && ref.at(end) != QLatin1Char('#'))
            ++end;
        p.authority = ref.mid(pos + 2, end - pos - 2);
        pos = end;
    }
    qsizetype end = pos;
    while (end < ref.size() && ref.at(end) != QLatin1Char('?') && ref.at(end) != QLatin1Char('#'))
        ++end;
    p.path = ref.mid(pos, end - pos);
    pos = end;
    if (pos < ref.size() && ref.at(pos) == QLatin1Char('?')) {
        end = pos + 1;
        while (end < ref.size() && ref.at(end) != QLatin1Char('#'))
            ++end;
        p.hasQuery = true;
        p.query = ref.mid(pos + 1, end - pos - 1);
        pos = end;
    }
    if (pos < ref.size() && ref.at(pos) == QLatin1Char('#')) {
        p.hasFragment = true;
        p.fragment = ref.mid(pos + 1);
    }
    return p;
}

// RFC 3986 section 5.2.4.
QString removeDotSegments(const QString& path)
{
    QString input = path;
    QString out;
    while (!input.isEmpty()) {
        if (input.startsWith(QLatin1String("../"))) {
            input.remove(0, 3);
        } else if (input.startsWith(QLatin1String("./"))) {
            input.remove(0, 2);
        } else if (input.startsWith(QLatin1String("/./"))) {
            input.remove(0, 2);
        } else if (input == QLatin1String("/.")) {
            input = QStringLiteral("/");
        } else if (input.startsWith(QLatin1String("/../"))) {
            input.remove(0, 3);
            const qsizetype slash = out.lastIndexOf(QLatin1Char('/'));
            out.truncate(slash < 0 ? 0 : slash);
        } else if (input == QLatin1String("/..")) {
            input = QStringLiteral("/");
            const qsizetype slash = out.lastIndexOf(QLatin1Char('/'));
            out.truncate(slash < 0 ? 0 : slash);
        } else if (input == QLatin1String(".") || input == QLatin1String("..")) {
            input.clear();
        } else {
            qsizetype next = input.indexOf(QLatin1Char('/'), input.startsWith(QLatin1Char('/')) ? 1 : 0);
            if (next < 0)
                next = input.size();
            out += input.left(next);
            input.remove(0, next);
        }
    }
    return out;
}

QString merge(const Parts& base, const QString& refPath)
{
    if (base.hasAuthority && base.path.isEmpty())
        return QLatin1Char('/') + refPath;
    const qsizetype slash = base.path.lastIndexOf(QLatin1Char('/'));
    if (slash < 0)
        return refPath;
    return base.path.left(slash + 1) + refPath;
}

QString recompose(const Parts& t)
{
    QString out;
    if (t.hasScheme)
        out += t.scheme + QLatin1Char(':');
    if (t.hasAuthority)
        out += QLatin1String("//") + t.authority;
    out += t.path;
    if (t.hasQuery)
        out += QLatin1Char('?') + t.query;
    if (t.hasFragment)
        out += QLatin1Char('#') + t.fragment;
    return out;
}

} // namespace

QString resolve(const QString& reference, const QString& base)
{
    if (base.isEmpty())
        return reference;
    const Parts r = split(reference);
    if (r.hasScheme) {
        Parts t = r;
        t.path = removeDotSegments(r.path);
        return recompose(t);
    }
    const Parts b = split(base);
    Parts t;
    if (r.hasAuthority) {
        t.hasAuthority = true;
        t.authority = r.authority;
        t.path = removeDotSegments(r.path);
        t.hasQuery = r.hasQuery;
        t.query = r.query;
    } else {
        if (r.path.isEmpty()) {
            t.path = b.path;
            if (r.hasQuery) {
                t.hasQuery = true;
                t.query = r.query;
            } else {
                t.hasQuery = b.hasQuery;
                t.query = b.query;
            }
        } else {
            if (r.path.startsWith(QLatin1Char('/')))
                t.path = removeDotSegments(r.path);
            else
                t.path = removeDotSegments(merge(b, r.path));
            t.hasQuery = r.hasQuery;
            t.query = r.query;
        }
        t.hasAuthority = b.hasAuthority;
        t.authority = b.authority;
    }
    t.hasScheme = b.hasScheme;
    t.scheme = b.scheme;
    t.hasFragment = r.hasFragment;
    t.fragment = r.fragment;
    return recompose(t);
}

bool isAbsolute(const QString& value)
{
    return schemeLength(value) > 0;
}

bool isWellFormed(const QString& value)
{
    if (!isAbsolute(value) || value.count(QLatin1Char('#')) > 1)
        return false;
    for (const QChar c : value) {
        const ushort u = c.unicode();
        if (u <= 0x20 || u == '<' || u == '>' || u == '"' || u == '{' || u == '}' || u == '|' || u == '\\' || u == '^'
            || u == '`')
            return false;
    }
    return true;
}

bool hasKeywordForm(const QString& value)
{
    if (value.size() < 2 || value.at(0) != QLatin1Char('@'))
        return false;
    for (qsizetype i = 1; i < value.size(); ++i) {
        const ushort u = value.at(i).unicode();
        if (!((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z')))
            return false;
    }
    return true;
}

bool isWellFormedLanguageTag(const QString& value)
{
    const QStringList subtags = value.split(QLatin1Char('-'));
    for (qsizetype i = 0; i < subtags.size(); ++i) {
        const QString& s = subtags.at(i);
        if (s.isEmpty() || s.size() > 8)
            return false;
        for (const QChar c : s) {
            const ushort u = c.unicode();
            const bool alpha = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
            const bool digit = u >= '0' && u <= '9';
            if (!(alpha || (i > 0 && digit)))
                return false;
        }
    }
    return true;
}

} // namespace credfolio::jsonld::iri
