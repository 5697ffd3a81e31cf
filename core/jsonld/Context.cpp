#include "jsonld/Context.h"

#include "jsonld/ContextCache.h"
#include "jsonld/Iri.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>

namespace credfolio::jsonld {

namespace {

std::atomic<quint64> nextContextId{1};

// Work units (term definitions and context processings) one call may spend.
constexpr int maxWork = 1000000;

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

// State of one Create Term Definition run over a local context (section 4.2).
struct TermBuilder {
    ContextProcessor& processor;
    ActiveContext& active;
    const QJsonObject& local;
    QHash<QString, bool> defined;
    QString baseUrl;
    bool isProtected = false;
    bool overrideProtected = false;
    QStringList remoteContexts;
    ProcessingState& state;

    void create(const QString& term);
    QString expandIri(const QString& value, bool documentRelative, bool vocab);
};

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
    if (++state.contextProcessings > maxWork)
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

} // namespace

QString JsonLdError::message() const
{
    if (detail.isEmpty())
        return code;
    return code + QLatin1String(": ") + detail;
}

void fail(const QString& code, const QString& detail)
{
    throw JsonLdError{code, detail, {}};
}

void failLoading(const QString& url, const QString& detail)
{
    throw JsonLdError{QStringLiteral("loading remote context failed"), detail, url};
}

bool isKeyword(const QString& value)
{
    static const QSet<QString> keywords = {QStringLiteral("@base"), QStringLiteral("@container"), QStringLiteral("@context"),
        QStringLiteral("@direction"), QStringLiteral("@graph"), QStringLiteral("@id"), QStringLiteral("@import"),
        QStringLiteral("@included"), QStringLiteral("@index"), QStringLiteral("@json"), QStringLiteral("@language"),
        QStringLiteral("@list"), QStringLiteral("@nest"), QStringLiteral("@none"), QStringLiteral("@prefix"),
        QStringLiteral("@propagate"), QStringLiteral("@protected"), QStringLiteral("@reverse"), QStringLiteral("@set"),
        QStringLiteral("@type"), QStringLiteral("@value"), QStringLiteral("@version"), QStringLiteral("@vocab")};
    return value.startsWith(QLatin1Char('@')) && keywords.contains(value);
}

QString serializeKey(const QJsonValue& value)
{
    if (value.isString())
        return QLatin1Char('"') + value.toString();
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("null");
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return QStringLiteral("?");
}

bool TermDefinition::sameAs(const TermDefinition& o) const
{
    return iri == o.iri && nullMapping == o.nullMapping && prefix == o.prefix && reverse == o.reverse && container == o.container
        && typeMapping == o.typeMapping && index == o.index && nest == o.nest && hasLanguage == o.hasLanguage
        && language == o.language && hasDirection == o.hasDirection && direction == o.direction && hasContext == o.hasContext
        && context == o.context && baseUrl == o.baseUrl;
}

bool ActiveContext::hasProtectedTerms() const
{
    for (auto it = terms.constBegin(); it != terms.constEnd(); ++it) {
        if (it.value().isProtected)
            return true;
    }
    return false;
}

ContextPtr ContextProcessor::initialContext(const QString& base)
{
    const QString key = QLatin1String("initial\n") + base;
    if (m_state.cache) {
        if (ContextPtr cached = m_state.cache->find(key))
            return cached;
    }
    auto context = std::make_shared<ActiveContext>();
    context->id = nextContextId++;
    context->baseIri = base;
    context->hasBase = !base.isEmpty();
    context->originalBaseUrl = base;
    if (m_state.cache)
        return m_state.cache->insert(key, context);
    return context;
}

ContextPtr ContextProcessor::process(const ContextPtr& active, const QJsonValue& local, const QString& baseUrl,
    bool overrideProtected, bool propagate, bool validateScopedContext)
{
    return process(active, local, serializeKey(local), baseUrl, overrideProtected, propagate, validateScopedContext);
}

ContextPtr ContextProcessor::process(const ContextPtr& active, const QJsonValue& local, const QString& localKey,
    const QString& baseUrl, bool overrideProtected, bool propagate, bool validateScopedContext)
{
    const bool cacheable = m_state.cache && active->id != 0;
    QString key;
    if (cacheable) {
        key = QString::number(active->id) + QLatin1Char('\n') + baseUrl + QLatin1Char('\n')
            + QLatin1Char(overrideProtected ? '1' : '0') + QLatin1Char(propagate ? '1' : '0')
            + QLatin1Char(validateScopedContext ? '1' : '0') + QLatin1Char('\n') + localKey;
        if (ContextPtr cached = m_state.cache->find(key))
            return cached;
    }
    ContextPtr result = processUncached(active, local, baseUrl, {}, overrideProtected, propagate, validateScopedContext);
    if (cacheable)
        return m_state.cache->insert(key, result);
    return result;
}

std::shared_ptr<ActiveContext> ContextProcessor::processUncached(const ContextPtr& active, const QJsonValue& local,
    const QString& baseUrl, QStringList remoteContexts, bool overrideProtected, bool propagate, bool validateScopedContext)
{
    if (++m_state.contextProcessings > maxWork)
        fail(str("context overflow"), str("the JSON-LD work limit was reached"));
    auto result = std::make_shared<ActiveContext>(*active);
    result->id = 0;
    if (local.isObject() && local.toObject().contains(QLatin1String("@propagate"))) {
        const QJsonValue p = local.toObject().value(QLatin1String("@propagate"));
        if (!p.isBool())
            fail(str("invalid @propagate value"));
        propagate = p.toBool();
    }
    if (!propagate && !result->previous)
        result->previous = active;

    const QJsonArray items = local.isArray() ? local.toArray() : QJsonArray{local};
    for (const QJsonValue& item : items) {
        if (item.isNull()) {
            if (!overrideProtected && result->hasProtectedTerms())
                fail(str("invalid context nullification"));
            auto fresh = std::make_shared<ActiveContext>();
            fresh->baseIri = active->originalBaseUrl;
            fresh->hasBase = !active->originalBaseUrl.isEmpty();
            fresh->originalBaseUrl = active->originalBaseUrl;
            if (!propagate)
                fresh->previous = result;
            result = fresh;
            continue;
        }
        if (item.isString()) {
            const QString url = iri::resolve(item.toString(), baseUrl);
            if (remoteContexts.contains(url)) {
                if (!validateScopedContext)
                    continue;
                fail(str("recursive context inclusion"), url);
            }
            if (remoteContexts.size() >= m_state.options.maxContextDepth)
                fail(str("context overflow"), url);
            remoteContexts.append(url);
            QJsonValue document;
            std::optional<QJsonValue> cached;
            if (m_state.cache)
                cached = m_state.cache->findDocument(url);
            if (cached) {
                document = *cached;
            } else {
                if (!m_state.options.loader)
                    failLoading(url, url);
                Result<QJsonValue> loaded = m_state.options.loader(url);
                if (!loaded)
                    failLoading(url, loaded.error());
                document = loaded.value();
                if (m_state.cache)
                    m_state.cache->insertDocument(url, document);
            }
            if (!document.isObject() || !document.toObject().contains(QLatin1String("@context")))
                fail(str("invalid remote context"), url);
            result = processUncached(result, document.toObject().value(QLatin1String("@context")), url, remoteContexts,
                overrideProtected, true, validateScopedContext);
            result->id = 0; // still being built
            continue;
        }
        if (!item.isObject())
            fail(str("invalid local context"));
        QJsonObject context = item.toObject();
        auto& r = *result;

        if (context.contains(QLatin1String("@version"))) {
            if (context.value(QLatin1String("@version")) != QJsonValue(1.1))
                fail(str("invalid @version value"));
        }
        if (context.contains(QLatin1String("@import"))) {
            const QJsonValue importValue = context.value(QLatin1String("@import"));
            if (!importValue.isString())
                fail(str("invalid @import value"));
            const QString url = iri::resolve(importValue.toString(), baseUrl);
            if (!m_state.options.loader)
                failLoading(url, url);
            if (remoteContexts.contains(url))
                fail(str("recursive context inclusion"), url);
            Result<QJsonValue> loaded = m_state.options.loader(url);
            if (!loaded)
                failLoading(url, loaded.error());
            const QJsonValue imported = loaded->isObject() ? loaded->toObject().value(QLatin1String("@context")) : QJsonValue();
            if (!imported.isObject())
                fail(str("invalid remote context"), url);
            const QJsonObject importedObject = imported.toObject();
            if (importedObject.contains(QLatin1String("@import")))
                fail(str("invalid context entry"), url);
            QJsonObject merged = importedObject;
            for (auto it = context.constBegin(); it != context.constEnd(); ++it)
                merged.insert(it.key(), it.value());
            context = merged;
        }
        if (context.contains(QLatin1String("@base")) && remoteContexts.isEmpty()) {
            const QJsonValue value = context.value(QLatin1String("@base"));
            if (value.isNull()) {
                r.hasBase = false;
                r.baseIri.clear();
            } else if (value.isString() && iri::isAbsolute(value.toString())) {
                r.hasBase = true;
                r.baseIri = iri::resolve(value.toString(), QString());
            } else if (value.isString() && r.hasBase) {
                r.baseIri = iri::resolve(value.toString(), r.baseIri);
            } else {
                fail(str("invalid base IRI"));
            }
        }
        if (context.contains(QLatin1String("@vocab"))) {
            const QJsonValue value = context.value(QLatin1String("@vocab"));
            if (value.isNull()) {
                r.hasVocab = false;
                r.vocab.clear();
            } else if (value.isString()) {
                const QString vocab = ContextProcessor::expandIri(r, value.toString(), true, true);
                if (!iri::isAbsolute(vocab) && !iri::isBlankNode(vocab))
                    fail(str("invalid vocab mapping"), value.toString());
                r.hasVocab = true;
                r.vocab = vocab;
            } else {
                fail(str("invalid vocab mapping"));
            }
        }
        if (context.contains(QLatin1String("@language"))) {
            const QJsonValue value = context.value(QLatin1String("@language"));
            if (!value.isNull() && !value.isString())
                fail(str("invalid default language"));
            // Lower case, as the JavaScript processors that sign credentials produce it.
            r.defaultLanguage = value.isString() ? QJsonValue(value.toString().toLower()) : value;
        }
        if (context.contains(QLatin1String("@direction"))) {
            const QJsonValue value = context.value(QLatin1String("@direction"));
            if (!value.isNull() && value != QJsonValue(str("ltr")) && value != QJsonValue(str("rtl")))
                fail(str("invalid base direction"));
            r.defaultDirection = value;
        }
        if (context.contains(QLatin1String("@propagate")) && !context.value(QLatin1String("@propagate")).isBool())
            fail(str("invalid @propagate value"));

        bool contextProtected = false;
        if (context.contains(QLatin1String("@protected"))) {
            const QJsonValue p = context.value(QLatin1String("@protected"));
            if (!p.isBool())
                fail(str("invalid @protected value"));
            contextProtected = p.toBool();
        }
        TermBuilder builder{*this, r, context, {}, baseUrl, contextProtected, overrideProtected, remoteContexts, m_state};
        static const QSet<QString> skipped = {QStringLiteral("@base"), QStringLiteral("@direction"), QStringLiteral("@import"),
            QStringLiteral("@language"), QStringLiteral("@propagate"), QStringLiteral("@protected"), QStringLiteral("@version"),
            QStringLiteral("@vocab")};
        for (auto it = context.constBegin(); it != context.constEnd(); ++it) {
            if (!skipped.contains(it.key()))
                builder.create(it.key());
        }
    }
    // Copying large contexts over and over is work too (hostile documents nest contexts).
    m_state.contextProcessings += int(result->terms.size() / 32);
    if (m_state.contextProcessings > maxWork)
        fail(str("context overflow"), str("the JSON-LD work limit was reached"));
    result->id = nextContextId++;
    return result;
}

void ContextProcessor::validateScoped(
    const ContextPtr& active, const QJsonValue& local, const QString& baseUrl, const QStringList& remoteContexts)
{
    processUncached(active, local, baseUrl, remoteContexts, true, true, false);
}

QString ContextProcessor::expandIri(const ActiveContext& active, const QString& value, bool documentRelative, bool vocab)
{
    if (value.isNull() || isKeyword(value))
        return value;
    if (iri::hasKeywordForm(value))
        return {};
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

} // namespace credfolio::jsonld
