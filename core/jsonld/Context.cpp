#include "jsonld/Context.h"

#include "jsonld/ContextCache.h"
#include "jsonld/Iri.h"
#include "jsonld/TermBuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>

namespace credfolio::jsonld {

namespace {

std::atomic<quint64> nextContextId{1};

QString str(const char* s)
{
    return QString::fromLatin1(s);
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
    if (++m_state.contextProcessings > maxJsonLdWork)
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
    if (m_state.contextProcessings > maxJsonLdWork)
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
