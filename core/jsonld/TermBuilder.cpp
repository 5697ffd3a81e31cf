#include "jsonld/TermBuilder.h"

#include "jsonld/Iri.h"

#include <QJsonArray>

// Create Term Definition (JSON-LD 1.1 API section 4.2) and the IRI Expansion it needs while
// the local context is still being defined (4.3 with local context and "defined").
namespace credfolio::jsonld {

namespace {

QString str(const char* s)
{
    return QString::fromLatin1(s);
}

bool isGenDelim(QChar c)
{
    switch (c.unicode()) {
    case ':':
    case '/':
    case '?':
    case '#':
    case '[':
    case ']':
    case '@':
        return true;
    default:
        return false;
    }
}

unsigned containerFlag(const QString& s)
{
    if (s == QLatin1String("@graph"))
        return ContainerGraph;
    if (s == QLatin1String("@id"))
        return ContainerId;
    if (s == QLatin1String("@index"))
        return ContainerIndex;
    if (s == QLatin1String("@language"))
        return ContainerLanguage;
    if (s == QLatin1String("@list"))
        return ContainerList;
    if (s == QLatin1String("@set"))
        return ContainerSet;
    if (s == QLatin1String("@type"))
        return ContainerType;
    return ContainerNone;
}

// The container combinations JSON-LD 1.1 allows (Create Term Definition step 21.1).
bool validContainer(unsigned c)
{
    const unsigned single[] = {
        ContainerGraph, ContainerId, ContainerIndex, ContainerLanguage, ContainerList, ContainerSet, ContainerType};
    for (unsigned s : single) {
        if (c == s)
            return true;
    }
    if (c & ContainerList)
        return false;
    if ((c & ContainerSet) && !(c & ContainerGraph)) {
        const unsigned rest = c & ~ContainerSet;
        return rest == ContainerIndex || rest == ContainerId || rest == ContainerType || rest == ContainerLanguage;
    }
    if (c & ContainerGraph) {
        const unsigned rest = c & ~(ContainerGraph | ContainerSet);
        return rest == ContainerNone || rest == ContainerId || rest == ContainerIndex;
    }
    return false;
}

} // namespace

QString TermBuilder::expandIri(const QString& value, bool documentRelative, bool vocab)
{
    if (value.isNull() || isKeyword(value))
        return value;
    if (iri::hasKeywordForm(value))
        return {};
    if (local.contains(value) && !defined.value(value, false))
        create(value);
    if (const TermDefinition* def = active.term(value)) {
        if (isKeyword(def->iri))
            return def->iri;
        if (vocab)
            return def->nullMapping ? QString() : def->iri;
    }
    const qsizetype colon = value.indexOf(QLatin1Char(':'));
    if (colon > 0) {
        const QString prefix = value.left(colon);
        const QString suffix = value.mid(colon + 1);
        if (prefix == QLatin1String("_") || suffix.startsWith(QLatin1String("//")))
            return value;
        if (local.contains(prefix) && !defined.value(prefix, false))
            create(prefix);
        if (const TermDefinition* def = active.term(prefix)) {
            if (!def->nullMapping && def->prefix)
                return def->iri + suffix;
        }
        if (iri::isAbsolute(value))
            return value;
    }
    if (vocab && active.hasVocab)
        return active.vocab + value;
    if (documentRelative && active.hasBase)
        return iri::resolve(value, active.baseIri);
    return value;
}

void TermBuilder::create(const QString& term)
{
    if (++state.contextProcessings > maxJsonLdWork)
        fail(str("context overflow"), str("the JSON-LD work limit was reached"));
    auto definedIt = defined.constFind(term);
    if (definedIt != defined.constEnd()) {
        if (definedIt.value())
            return;
        fail(str("cyclic IRI mapping"), term);
    }
    if (term.isEmpty())
        fail(str("invalid term definition"), str("empty term"));
    defined.insert(term, false);
    QJsonValue value = local.value(term);

    if (term == QLatin1String("@type")) {
        bool ok = value.isObject() && !value.toObject().isEmpty();
        if (ok) {
            const QJsonObject o = value.toObject();
            for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
                if (it.key() == QLatin1String("@container"))
                    ok = ok && it.value() == QJsonValue(str("@set"));
                else if (it.key() != QLatin1String("@protected"))
                    ok = false;
            }
        }
        if (!ok)
            fail(str("keyword redefinition"), term);
    } else if (isKeyword(term)) {
        fail(str("keyword redefinition"), term);
    } else if (iri::hasKeywordForm(term)) {
        return; // reserved for future keywords: ignored
    }

    std::optional<TermDefinition> previous;
    if (const TermDefinition* p = active.term(term))
        previous = *p;
    active.terms.remove(term);

    bool simpleTerm = false;
    QJsonObject def;
    if (value.isNull()) {
        def.insert(QStringLiteral("@id"), QJsonValue::Null);
    } else if (value.isString()) {
        def.insert(QStringLiteral("@id"), value);
        simpleTerm = true;
    } else if (value.isObject()) {
        def = value.toObject();
    } else {
        fail(str("invalid term definition"), term);
    }

    TermDefinition definition;
    if (def.contains(QLatin1String("@protected"))) {
        const QJsonValue p = def.value(QLatin1String("@protected"));
        if (!p.isBool())
            fail(str("invalid @protected value"), term);
        definition.isProtected = p.toBool();
    } else {
        definition.isProtected = isProtected;
    }

    if (def.contains(QLatin1String("@type"))) {
        const QJsonValue t = def.value(QLatin1String("@type"));
        if (!t.isString())
            fail(str("invalid type mapping"), term);
        const QString type = expandIri(t.toString(), false, true);
        if (type != QLatin1String("@id") && type != QLatin1String("@json") && type != QLatin1String("@none")
            && type != QLatin1String("@vocab") && !iri::isAbsolute(type))
            fail(str("invalid type mapping"), term);
        definition.typeMapping = type;
    }

    if (def.contains(QLatin1String("@reverse"))) {
        if (def.contains(QLatin1String("@id")) || def.contains(QLatin1String("@nest")))
            fail(str("invalid reverse property"), term);
        const QJsonValue r = def.value(QLatin1String("@reverse"));
        if (!r.isString())
            fail(str("invalid IRI mapping"), term);
        if (iri::hasKeywordForm(r.toString()))
            return;
        const QString mapped = expandIri(r.toString(), false, true);
        if (!iri::isAbsolute(mapped) && !iri::isBlankNode(mapped))
            fail(str("invalid IRI mapping"), term);
        definition.iri = mapped;
        if (def.contains(QLatin1String("@container"))) {
            const QJsonValue c = def.value(QLatin1String("@container"));
            if (c.isNull()) {
                definition.container = ContainerNone;
            } else if (c.isString() && (c.toString() == QLatin1String("@set") || c.toString() == QLatin1String("@index"))) {
                definition.container = containerFlag(c.toString());
            } else {
                fail(str("invalid reverse property"), term);
            }
        }
        if (def.contains(QLatin1String("@index"))) {
            // Property-based indexes on reverse properties (expand test 0131).
            const QJsonValue i = def.value(QLatin1String("@index"));
            if (!(definition.container & ContainerIndex) || !i.isString() || isKeyword(i.toString()))
                fail(str("invalid term definition"), term);
            definition.index = i.toString();
        }
        definition.reverse = true;
        active.terms.insert(term, definition);
        defined.insert(term, true);
        return;
    }

    const QJsonValue idValue = def.value(QLatin1String("@id"));
    if (def.contains(QLatin1String("@id")) && idValue != QJsonValue(term)) {
        if (idValue.isNull()) {
            definition.nullMapping = true;
        } else {
            if (!idValue.isString())
                fail(str("invalid IRI mapping"), term);
            const QString id = idValue.toString();
            if (!isKeyword(id) && iri::hasKeywordForm(id))
                return;
            const QString mapped = expandIri(id, false, true);
            if (mapped.isNull() || (!isKeyword(mapped) && !iri::isAbsolute(mapped) && !iri::isBlankNode(mapped)))
                fail(str("invalid IRI mapping"), term);
            if (mapped == QLatin1String("@context"))
                fail(str("invalid keyword alias"), term);
            definition.iri = mapped;
            const qsizetype colon = term.indexOf(QLatin1Char(':'), 1);
            const bool innerColon = colon > 0 && colon < term.size() - 1;
            if (innerColon || term.contains(QLatin1Char('/'))) {
                defined.insert(term, true);
                if (expandIri(term, false, true) != mapped)
                    fail(str("invalid IRI mapping"), term);
            }
            if (!term.contains(QLatin1Char(':')) && !term.contains(QLatin1Char('/')) && simpleTerm
                && (iri::isBlankNode(mapped) || (!mapped.isEmpty() && isGenDelim(mapped.back()))))
                definition.prefix = true;
        }
    } else if (term.indexOf(QLatin1Char(':'), 1) > 0) {
        const qsizetype colon = term.indexOf(QLatin1Char(':'), 1);
        const QString prefix = term.left(colon);
        const QString suffix = term.mid(colon + 1);
        if (local.contains(prefix))
            create(prefix);
        const TermDefinition* p = active.term(prefix);
        if (p && !p->nullMapping && !suffix.startsWith(QLatin1String("//")))
            definition.iri = p->iri + suffix;
        else
            definition.iri = term;
    } else if (term.contains(QLatin1Char('/'))) {
        // Against the active context only: the term itself is being defined.
        const QString mapped = ContextProcessor::expandIri(active, term, false, true);
        if (!iri::isAbsolute(mapped))
            fail(str("invalid IRI mapping"), term);
        definition.iri = mapped;
    } else if (term == QLatin1String("@type")) {
        definition.iri = term;
    } else if (active.hasVocab) {
        definition.iri = active.vocab + term;
    } else {
        fail(str("invalid IRI mapping"), term);
    }

    if (def.contains(QLatin1String("@container"))) {
        const QJsonValue c = def.value(QLatin1String("@container"));
        unsigned flags = ContainerNone;
        QJsonArray items = c.isArray() ? c.toArray() : QJsonArray{c};
        for (const QJsonValue& item : items) {
            const unsigned f = item.isString() ? containerFlag(item.toString()) : ContainerNone;
            if (f == ContainerNone || (flags & f))
                fail(str("invalid container mapping"), term);
            flags |= f;
        }
        if (!validContainer(flags))
            fail(str("invalid container mapping"), term);
        definition.container = flags;
        if (flags & ContainerType) {
            if (definition.typeMapping.isEmpty())
                definition.typeMapping = QStringLiteral("@id");
            if (definition.typeMapping != QLatin1String("@id") && definition.typeMapping != QLatin1String("@vocab"))
                fail(str("invalid type mapping"), term);
        }
    }

    if (def.contains(QLatin1String("@index"))) {
        const QJsonValue i = def.value(QLatin1String("@index"));
        if (!(definition.container & ContainerIndex) || !i.isString())
            fail(str("invalid term definition"), term);
        const QString expanded = expandIri(i.toString(), false, true);
        if (!iri::isAbsolute(expanded) || isKeyword(i.toString()))
            fail(str("invalid term definition"), term);
        definition.index = i.toString();
    }

    if (def.contains(QLatin1String("@context"))) {
        const QJsonValue scoped = def.value(QLatin1String("@context"));
        // Validate now (errors belong to the definition), use later during expansion.
        auto snapshot = std::make_shared<ActiveContext>(active);
        snapshot->id = 0; // still being built: never a cache key
        try {
            processor.validateScoped(snapshot, scoped, baseUrl, remoteContexts);
        } catch (const JsonLdError& e) {
            fail(str("invalid scoped context"), term + QLatin1String(": ") + e.message());
        }
        definition.hasContext = true;
        definition.context = scoped;
        definition.contextKey = serializeKey(scoped);
        definition.baseUrl = baseUrl;
    }

    if (def.contains(QLatin1String("@language")) && !def.contains(QLatin1String("@type"))) {
        const QJsonValue l = def.value(QLatin1String("@language"));
        if (!l.isNull() && !l.isString())
            fail(str("invalid language mapping"), term);
        definition.hasLanguage = true;
        definition.language = l.isString() ? QJsonValue(l.toString().toLower()) : l;
    }

    if (def.contains(QLatin1String("@direction")) && !def.contains(QLatin1String("@type"))) {
        const QJsonValue d = def.value(QLatin1String("@direction"));
        if (!d.isNull() && d != QJsonValue(str("ltr")) && d != QJsonValue(str("rtl")))
            fail(str("invalid base direction"), term);
        definition.hasDirection = true;
        definition.direction = d;
    }

    if (def.contains(QLatin1String("@nest"))) {
        const QJsonValue n = def.value(QLatin1String("@nest"));
        if (!n.isString() || (isKeyword(n.toString()) && n.toString() != QLatin1String("@nest")))
            fail(str("invalid @nest value"), term);
        definition.nest = n.toString();
    }

    if (def.contains(QLatin1String("@prefix"))) {
        if (term.contains(QLatin1Char(':')) || term.contains(QLatin1Char('/')))
            fail(str("invalid term definition"), term);
        const QJsonValue p = def.value(QLatin1String("@prefix"));
        if (!p.isBool())
            fail(str("invalid @prefix value"), term);
        definition.prefix = p.toBool();
        if (definition.prefix && isKeyword(definition.iri))
            fail(str("invalid term definition"), term);
    }

    static const QStringList allowed = {QStringLiteral("@id"), QStringLiteral("@reverse"), QStringLiteral("@container"),
        QStringLiteral("@context"), QStringLiteral("@direction"), QStringLiteral("@index"), QStringLiteral("@language"),
        QStringLiteral("@nest"), QStringLiteral("@prefix"), QStringLiteral("@protected"), QStringLiteral("@type")};
    for (auto it = def.constBegin(); it != def.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            fail(str("invalid term definition"), term + QLatin1String(": ") + it.key());
    }

    if (!overrideProtected && previous && previous->isProtected) {
        if (!definition.sameAs(*previous))
            fail(str("protected term redefinition"), term);
        definition = *previous;
    }
    active.terms.insert(term, definition);
    defined.insert(term, true);
}

} // namespace credfolio::jsonld
