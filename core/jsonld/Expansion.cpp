#include "jsonld/Expansion.h"

#include "jsonld/Iri.h"

#include <QStringList>

#include <algorithm>

namespace credfolio::jsonld {

namespace {

// Nesting deeper than this is refused rather than recursed into.
constexpr int maxExpansionDepth = 256;

QString str(const char* s)
{
    return QString::fromLatin1(s);
}

QJsonArray asArray(const QJsonValue& value)
{
    if (value.isArray())
        return value.toArray();
    return QJsonArray{value};
}

void appendAll(QJsonArray& target, const QJsonValue& value)
{
    if (value.isArray()) {
        const QJsonArray items = value.toArray();
        for (const QJsonValue& item : items)
            target.append(item);
    } else {
        target.append(value);
    }
}

// Adds value (or each of its items) to the array under key.
void addValue(QJsonObject& object, const QString& key, const QJsonValue& value)
{
    QJsonArray values = object.contains(key) ? asArray(object.value(key)) : QJsonArray{};
    appendAll(values, value);
    object.insert(key, values);
}

bool isValueObject(const QJsonValue& v)
{
    return v.isObject() && v.toObject().contains(QLatin1String("@value"));
}

bool isListObject(const QJsonValue& v)
{
    return v.isObject() && v.toObject().contains(QLatin1String("@list"));
}

bool isGraphObject(const QJsonValue& v)
{
    if (!v.isObject())
        return false;
    const QJsonObject o = v.toObject();
    if (!o.contains(QLatin1String("@graph")))
        return false;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.key() != QLatin1String("@graph") && it.key() != QLatin1String("@id") && it.key() != QLatin1String("@index")
            && it.key() != QLatin1String("@context"))
            return false;
    }
    return true;
}

bool isScalar(const QJsonValue& v)
{
    return v.isString() || v.isDouble() || v.isBool();
}

QString expandKey(const ActiveContext& active, const QString& key)
{
    return ContextProcessor::expandIri(active, key, false, true);
}

} // namespace

QJsonArray Expander::expandDocument(const QJsonValue& input)
{
    const QString base = m_state.options.base;
    ContextPtr active = m_contexts.initialContext(base);
    if (!m_state.options.expandContext.isUndefined() && !m_state.options.expandContext.isNull()) {
        QJsonValue context = m_state.options.expandContext;
        if (context.isObject() && context.toObject().contains(QLatin1String("@context")))
            context = context.toObject().value(QLatin1String("@context"));
        active = m_contexts.process(active, context, base);
    }
    QJsonValue expanded = expand(active, QString(), input, base, false);
    if (expanded.isObject()) {
        const QJsonObject o = expanded.toObject();
        if (o.size() == 1 && o.contains(QLatin1String("@graph")))
            expanded = o.value(QLatin1String("@graph"));
    }
    if (expanded.isNull() || expanded.isUndefined())
        return {};
    return asArray(expanded);
}

QJsonValue Expander::expand(
    ContextPtr active, const QString& activeProperty, const QJsonValue& element, const QString& baseUrl, bool fromMap)
{
    if (element.isNull() || element.isUndefined())
        return QJsonValue::Null;
    struct DepthGuard {
        int& depth;
        explicit DepthGuard(int& d) : depth(d)
        {
            if (++depth > maxExpansionDepth)
                fail(str("context overflow"), str("the document is nested too deeply"));
        }
        ~DepthGuard() { --depth; }
    } guard(m_state.depth);

    const TermDefinition* definition = activeProperty.isNull() ? nullptr : active->term(activeProperty);

    if (isScalar(element)) {
        if (activeProperty.isNull() || activeProperty == QLatin1String("@graph"))
            return QJsonValue::Null;
        if (definition && definition->hasContext) {
            const TermDefinition copy = *definition;
            active = m_contexts.process(active, copy.context, copy.contextKey, copy.baseUrl, false, true, true);
        }
        return expandValue(*active, activeProperty, element);
    }

    if (element.isArray()) {
        const bool listContainer = definition && (definition->container & ContainerList);
        QJsonArray result;
        const QJsonArray items = element.toArray();
        for (const QJsonValue& item : items) {
            QJsonValue expanded = expand(active, activeProperty, item, baseUrl, fromMap);
            if (listContainer && expanded.isArray())
                expanded = QJsonObject{{QStringLiteral("@list"), expanded}};
            if (expanded.isArray())
                appendAll(result, expanded);
            else if (!expanded.isNull())
                result.append(expanded);
        }
        return result;
    }

    return expandObject(active, activeProperty, element.toObject(), baseUrl, fromMap, definition);
}

QJsonValue Expander::expandObject(ContextPtr active, const QString& activeProperty, const QJsonObject& element,
    const QString& baseUrl, bool fromMap, const TermDefinition* propertyDefinition)
{
    std::optional<TermDefinition> scoped;
    if (propertyDefinition && propertyDefinition->hasContext)
        scoped = *propertyDefinition;

    // Step 7: a non-propagated (type-scoped) context ends at this node.
    if (active->previous && !fromMap) {
        bool keep = false;
        for (auto it = element.constBegin(); it != element.constEnd(); ++it) {
            const QString expanded = expandKey(*active, it.key());
            if (expanded == QLatin1String("@value") || (element.size() == 1 && expanded == QLatin1String("@id"))) {
                keep = true;
                break;
            }
        }
        if (!keep)
            active = active->previous;
    }
    if (scoped)
        active = m_contexts.process(active, scoped->context, scoped->contextKey, scoped->baseUrl, true, true, true);
    if (element.contains(QLatin1String("@context")))
        active = m_contexts.process(active, element.value(QLatin1String("@context")), baseUrl);

    const ContextPtr typeScoped = active;
    QString inputType;
    bool seenType = false;
    for (auto it = element.constBegin(); it != element.constEnd(); ++it) {
        if (expandKey(*active, it.key()) != QLatin1String("@type"))
            continue;
        QStringList terms;
        const QJsonArray values = asArray(it.value());
        for (const QJsonValue& v : values) {
            if (v.isString())
                terms.append(v.toString());
        }
        if (!seenType && !values.isEmpty() && values.last().isString())
            inputType = values.last().toString();
        seenType = true;
        terms.sort();
        for (const QString& term : std::as_const(terms)) {
            const TermDefinition* def = typeScoped->term(term);
            if (def && def->hasContext) {
                const TermDefinition copy = *def;
                active = m_contexts.process(active, copy.context, copy.contextKey, copy.baseUrl, false, false, true);
            }
        }
    }
    if (!inputType.isEmpty())
        inputType = ContextProcessor::expandIri(*active, inputType, false, true);

    QJsonObject result;
    expandEntries(active, typeScoped, activeProperty, element, baseUrl, inputType, result);

    if (result.contains(QLatin1String("@value"))) {
        for (auto it = result.constBegin(); it != result.constEnd(); ++it) {
            const QString& k = it.key();
            if (k != QLatin1String("@direction") && k != QLatin1String("@index") && k != QLatin1String("@language")
                && k != QLatin1String("@type") && k != QLatin1String("@value"))
                fail(str("invalid value object"), k);
        }
        if (result.contains(QLatin1String("@type"))
            && (result.contains(QLatin1String("@language")) || result.contains(QLatin1String("@direction"))))
            fail(str("invalid value object"), str("@type with @language or @direction"));
        const QJsonValue type = result.value(QLatin1String("@type"));
        const QJsonValue value = result.value(QLatin1String("@value"));
        if (type == QJsonValue(str("@json"))) {
            // kept as it is
        } else if (value.isNull() || (value.isArray() && value.toArray().isEmpty())) {
            return QJsonValue::Null;
        } else if (!value.isString() && result.contains(QLatin1String("@language"))) {
            fail(str("invalid language-tagged value"));
        } else if (result.contains(QLatin1String("@type")) && (!type.isString() || !iri::isWellFormed(type.toString()))) {
            fail(str("invalid typed value"));
        }
    } else if (result.contains(QLatin1String("@type")) && !result.value(QLatin1String("@type")).isArray()) {
        result.insert(QStringLiteral("@type"), QJsonArray{result.value(QLatin1String("@type"))});
    } else if (result.contains(QLatin1String("@set")) || result.contains(QLatin1String("@list"))) {
        if (result.size() > 2 || (result.size() == 2 && !result.contains(QLatin1String("@index"))))
            fail(str("invalid set or list object"));
        if (result.contains(QLatin1String("@set"))) {
            const QJsonValue set = result.value(QLatin1String("@set"));
            return set;
        }
    }
    if (result.size() == 1 && result.contains(QLatin1String("@language")))
        return QJsonValue::Null;
    if (activeProperty.isNull() || activeProperty == QLatin1String("@graph")) {
        if (result.isEmpty() || result.contains(QLatin1String("@value")) || result.contains(QLatin1String("@list")))
            return QJsonValue::Null;
        if (result.size() == 1 && result.contains(QLatin1String("@id")))
            return QJsonValue::Null;
    }
    return result;
}

void Expander::expandEntries(const ContextPtr& active, const ContextPtr& typeScoped, const QString& activeProperty,
    const QJsonObject& element, const QString& baseUrl, const QString& inputType, QJsonObject& result)
{
    QStringList nests;
    for (auto it = element.constBegin(); it != element.constEnd(); ++it) {
        const QString& key = it.key();
        const QJsonValue value = it.value();
        if (key == QLatin1String("@context"))
            continue;
        const QString property = expandKey(*active, key);
        if (property.isNull() || (!property.contains(QLatin1Char(':')) && !isKeyword(property)))
            continue;

        if (isKeyword(property)) {
            if (activeProperty == QLatin1String("@reverse"))
                fail(str("invalid reverse property map"));
            if (result.contains(property) && property != QLatin1String("@included") && property != QLatin1String("@type"))
                fail(str("colliding keywords"), property);
            QJsonValue expanded;
            if (property == QLatin1String("@id")) {
                if (!value.isString())
                    fail(str("invalid @id value"));
                // A keyword-like @id expands to null: the node stays, unlabelled and unusable.
                const QString id = ContextProcessor::expandIri(*active, value.toString(), true, false);
                result.insert(property, id.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(id));
                continue;
            } else if (property == QLatin1String("@type")) {
                QJsonArray types;
                const bool single = value.isString();
                const QJsonArray values = asArray(value);
                for (const QJsonValue& v : values) {
                    if (!v.isString())
                        fail(str("invalid type value"));
                    types.append(ContextProcessor::expandIri(*typeScoped, v.toString(), true, true));
                }
                if (result.contains(QLatin1String("@type"))) {
                    QJsonArray merged = asArray(result.value(QLatin1String("@type")));
                    appendAll(merged, types);
                    expanded = merged;
                } else {
                    expanded = single ? types.first() : QJsonValue(types);
                }
            } else if (property == QLatin1String("@graph")) {
                expanded = asArray(expand(active, QStringLiteral("@graph"), value, baseUrl, false));
            } else if (property == QLatin1String("@included")) {
                QJsonArray included = asArray(expand(active, QString(), value, baseUrl, false));
                for (const QJsonValue& item : std::as_const(included)) {
                    if (!item.isObject() || isValueObject(item) || isListObject(item)
                        || item.toObject().contains(QLatin1String("@set")))
                        fail(str("invalid @included value"));
                }
                if (result.contains(QLatin1String("@included"))) {
                    QJsonArray merged = asArray(result.value(QLatin1String("@included")));
                    appendAll(merged, included);
                    included = merged;
                }
                expanded = included;
            } else if (property == QLatin1String("@value")) {
                if (inputType == QLatin1String("@json")) {
                    expanded = value;
                } else if (!value.isNull() && !isScalar(value)) {
                    fail(str("invalid value object value"));
                } else {
                    expanded = value;
                }
                if (expanded.isNull()) {
                    result.insert(QStringLiteral("@value"), QJsonValue::Null);
                    continue;
                }
            } else if (property == QLatin1String("@language")) {
                if (!value.isString())
                    fail(str("invalid language-tagged string"));
                expanded = value.toString().toLower();
            } else if (property == QLatin1String("@direction")) {
                if (value != QJsonValue(str("ltr")) && value != QJsonValue(str("rtl")))
                    fail(str("invalid base direction"));
                expanded = value;
            } else if (property == QLatin1String("@index")) {
                if (!value.isString())
                    fail(str("invalid @index value"));
                expanded = value;
            } else if (property == QLatin1String("@list")) {
                if (activeProperty.isNull() || activeProperty == QLatin1String("@graph"))
                    continue;
                expanded = asArray(expand(active, activeProperty, value, baseUrl, false));
            } else if (property == QLatin1String("@set")) {
                expanded = expand(active, activeProperty, value, baseUrl, false);
            } else if (property == QLatin1String("@reverse")) {
                if (!value.isObject())
                    fail(str("invalid @reverse value"));
                const QJsonValue reversed = expand(active, QStringLiteral("@reverse"), value, baseUrl, false);
                const QJsonObject r = reversed.toObject();
                if (r.contains(QLatin1String("@reverse"))) {
                    const QJsonObject inner = r.value(QLatin1String("@reverse")).toObject();
                    for (auto in = inner.constBegin(); in != inner.constEnd(); ++in)
                        addValue(result, in.key(), in.value());
                }
                QJsonObject reverseMap = result.value(QLatin1String("@reverse")).toObject();
                bool changed = false;
                for (auto in = r.constBegin(); in != r.constEnd(); ++in) {
                    if (in.key() == QLatin1String("@reverse"))
                        continue;
                    const QJsonArray items = asArray(in.value());
                    for (const QJsonValue& item : items) {
                        if (isValueObject(item) || isListObject(item))
                            fail(str("invalid reverse property value"));
                    }
                    addValue(reverseMap, in.key(), items);
                    changed = true;
                }
                if (changed)
                    result.insert(QStringLiteral("@reverse"), reverseMap);
                continue;
            } else if (property == QLatin1String("@nest")) {
                nests.append(key);
                continue;
            } else {
                continue; // framing keywords and context keywords have no meaning here
            }
            if (!expanded.isNull() && !expanded.isUndefined())
                result.insert(property, expanded);
            continue;
        }

        const TermDefinition* def = active->term(key);
        const unsigned container = def ? def->container : ContainerNone;
        QJsonValue expanded;
        if (def && def->typeMapping == QLatin1String("@json")) {
            expanded = QJsonObject{{QStringLiteral("@value"), value}, {QStringLiteral("@type"), QStringLiteral("@json")}};
        } else if ((container & ContainerLanguage) && value.isObject()) {
            QJsonArray values;
            QJsonValue direction = active->defaultDirection;
            if (def->hasDirection)
                direction = def->direction;
            const QJsonObject map = value.toObject();
            for (auto lang = map.constBegin(); lang != map.constEnd(); ++lang) {
                const QJsonArray items = asArray(lang.value());
                for (const QJsonValue& item : items) {
                    if (item.isNull())
                        continue;
                    if (!item.isString())
                        fail(str("invalid language map value"));
                    QJsonObject v{{QStringLiteral("@value"), item}};
                    if (lang.key() != QLatin1String("@none") && expandKey(*active, lang.key()) != QLatin1String("@none"))
                        v.insert(QStringLiteral("@language"), lang.key().toLower());
                    if (direction.isString())
                        v.insert(QStringLiteral("@direction"), direction);
                    values.append(v);
                }
            }
            expanded = values;
        } else if ((container & (ContainerIndex | ContainerType | ContainerId)) && value.isObject()) {
            QJsonArray values;
            const QString indexKey = def->index.isEmpty() ? QStringLiteral("@index") : def->index;
            const QJsonObject map = value.toObject();
            for (auto entry = map.constBegin(); entry != map.constEnd(); ++entry) {
                const QString& index = entry.key();
                ContextPtr mapContext = active;
                if (container & (ContainerId | ContainerType)) {
                    if (active->previous)
                        mapContext = active->previous;
                    const TermDefinition* indexDef = mapContext->term(index);
                    if ((container & ContainerType) && indexDef && indexDef->hasContext) {
                        const TermDefinition copy = *indexDef;
                        mapContext =
                            m_contexts.process(mapContext, copy.context, copy.contextKey, copy.baseUrl, false, true, true);
                    }
                }
                const QString expandedIndex = expandKey(*active, index);
                const QJsonArray items = asArray(expand(mapContext, key, asArray(entry.value()), baseUrl, true));
                for (QJsonValue item : items) {
                    if ((container & ContainerGraph) && !isGraphObject(item))
                        item = QJsonObject{{QStringLiteral("@graph"), asArray(item)}};
                    QJsonObject o = item.toObject();
                    const bool none = expandedIndex == QLatin1String("@none");
                    if ((container & ContainerIndex) && indexKey != QLatin1String("@index") && !none) {
                        const QJsonObject reExpanded = expandValue(*active, indexKey, index);
                        const QString expandedIndexKey = expandKey(*active, indexKey);
                        QJsonArray propertyValues{reExpanded};
                        if (o.contains(expandedIndexKey))
                            appendAll(propertyValues, o.value(expandedIndexKey));
                        o.insert(expandedIndexKey, propertyValues);
                        if (o.contains(QLatin1String("@value")))
                            fail(str("invalid value object"), str("property-valued index"));
                    } else if ((container & ContainerIndex) && !o.contains(QLatin1String("@index")) && !none) {
                        o.insert(QStringLiteral("@index"), index);
                    } else if ((container & ContainerId) && !o.contains(QLatin1String("@id")) && !none) {
                        o.insert(QStringLiteral("@id"), ContextProcessor::expandIri(*active, index, true, false));
                    } else if ((container & ContainerType) && !none) {
                        QJsonArray types{expandedIndex};
                        if (o.contains(QLatin1String("@type")))
                            appendAll(types, o.value(QLatin1String("@type")));
                        o.insert(QStringLiteral("@type"), types);
                    }
                    values.append(o);
                }
            }
            expanded = values;
        } else {
            expanded = expand(active, key, value, baseUrl, false);
        }
        if (expanded.isNull() || expanded.isUndefined())
            continue;
        if ((container & ContainerList) && !isListObject(expanded))
            expanded = QJsonObject{{QStringLiteral("@list"), asArray(expanded)}};
        if ((container & ContainerGraph) && !(container & (ContainerId | ContainerIndex))) {
            QJsonArray graphs;
            const QJsonArray items = asArray(expanded);
            for (const QJsonValue& item : items)
                graphs.append(QJsonObject{{QStringLiteral("@graph"), asArray(item)}});
            expanded = graphs;
        }
        if (def && def->reverse) {
            QJsonObject reverseMap = result.value(QLatin1String("@reverse")).toObject();
            const QJsonArray items = asArray(expanded);
            for (const QJsonValue& item : items) {
                if (isValueObject(item) || isListObject(item))
                    fail(str("invalid reverse property value"));
            }
            addValue(reverseMap, property, items);
            result.insert(QStringLiteral("@reverse"), reverseMap);
        } else {
            addValue(result, property, expanded);
        }
    }

    nests.sort();
    for (const QString& nestingKey : std::as_const(nests)) {
        // A nest alias may carry a property-scoped context for what it nests.
        ContextPtr nestedActive = active;
        if (const TermDefinition* nestDef = active->term(nestingKey); nestDef && nestDef->hasContext) {
            const TermDefinition copy = *nestDef;
            nestedActive = m_contexts.process(active, copy.context, copy.contextKey, copy.baseUrl, true, true, true);
        }
        const QJsonArray nestedValues = asArray(element.value(nestingKey));
        for (const QJsonValue& nested : nestedValues) {
            if (!nested.isObject())
                fail(str("invalid @nest value"));
            const QJsonObject nestedObject = nested.toObject();
            for (auto it = nestedObject.constBegin(); it != nestedObject.constEnd(); ++it) {
                if (expandKey(*nestedActive, it.key()) == QLatin1String("@value"))
                    fail(str("invalid @nest value"));
            }
            expandEntries(nestedActive, typeScoped, activeProperty, nestedObject, baseUrl, inputType, result);
        }
    }
}

QJsonObject Expander::expandValue(const ActiveContext& active, const QString& activeProperty, const QJsonValue& value)
{
    const TermDefinition* def = active.term(activeProperty);
    const QString typeMapping = def ? def->typeMapping : QString();
    if (value.isString() && typeMapping == QLatin1String("@id"))
        return {{QStringLiteral("@id"), ContextProcessor::expandIri(active, value.toString(), true, false)}};
    if (value.isString() && typeMapping == QLatin1String("@vocab"))
        return {{QStringLiteral("@id"), ContextProcessor::expandIri(active, value.toString(), true, true)}};
    QJsonObject result{{QStringLiteral("@value"), value}};
    if (!typeMapping.isEmpty() && typeMapping != QLatin1String("@id") && typeMapping != QLatin1String("@vocab")
        && typeMapping != QLatin1String("@none")) {
        result.insert(QStringLiteral("@type"), typeMapping);
    } else if (value.isString()) {
        const QJsonValue language = def && def->hasLanguage ? def->language : active.defaultLanguage;
        const QJsonValue direction = def && def->hasDirection ? def->direction : active.defaultDirection;
        if (language.isString())
            result.insert(QStringLiteral("@language"), language);
        if (direction.isString())
            result.insert(QStringLiteral("@direction"), direction);
    }
    return result;
}

} // namespace credfolio::jsonld
