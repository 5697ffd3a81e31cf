#include "jsonld/NodeMap.h"

#include "jsonld/Context.h"
#include "jsonld/Iri.h"

#include <QJsonDocument>

namespace credfolio::jsonld {

namespace {

// The de-duplication key of a value: equal exactly when the JSON values are equal. Objects whose
// members are all strings (node references {"@id": ...} and most value objects) are keyed by
// their members directly, each part length-prefixed so the key reads back one way only, behind
// a leading 's'; any other object falls back to its compact JSON text, which starts with '{' and
// so never meets a fast key. Both walk the members in the object's own (sorted) order.
QString dedupKey(const QJsonObject& value)
{
    QString key;
    key.reserve(64);
    key.append(QLatin1Char('s'));
    for (auto it = value.constBegin(); it != value.constEnd(); ++it) {
        if (!it.value().isString())
            return QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact));
        const QString name = it.key();
        const QString text = it.value().toString();
        key.append(QString::number(name.size())).append(QLatin1Char(':')).append(name);
        key.append(QString::number(text.size())).append(QLatin1Char(':')).append(text);
    }
    return key;
}

// Adds value to node's property unless an equal value is there, kept in a set of keys so that
// a property with many values stays linear rather than quadratic.
void addUnique(MapNode& node, const QString& property, const QJsonObject& value)
{
    QString key = dedupKey(value);
    QSet<QString>& seen = node.seen[property];
    if (seen.contains(key))
        return;
    seen.insert(std::move(key));
    node.properties[property].append(value);
}

} // namespace

QString BlankNodeIssuer::issue(const QString& existing)
{
    if (!existing.isEmpty()) {
        auto it = m_issued.constFind(existing);
        if (it != m_issued.constEnd())
            return it.value();
    }
    const QString label = QLatin1String("_:b") + QString::number(m_counter++);
    if (!existing.isEmpty())
        m_issued.insert(existing, label);
    return label;
}

void NodeMapBuilder::build(const QJsonArray& expanded)
{
    m_map[QStringLiteral("@default")];
    generate(expanded, QStringLiteral("@default"), QString(), false, QString(), nullptr);
}

void NodeMapBuilder::generate(const QJsonValue& element, const QString& activeGraph, const QString& activeSubject,
    bool reverseSubject, const QString& activeProperty, QJsonArray* list)
{
    if (element.isArray()) {
        const QJsonArray items = element.toArray();
        for (const QJsonValue& item : items)
            generate(item, activeGraph, activeSubject, reverseSubject, activeProperty, list);
        return;
    }
    if (!element.isObject())
        return;
    QJsonObject object = element.toObject();
    MapGraph& graph = m_map[activeGraph];

    if (object.contains(QLatin1String("@type")) && !object.contains(QLatin1String("@value"))) {
        QJsonArray types;
        const QJsonValue t = object.value(QLatin1String("@type"));
        const QJsonArray values = t.isArray() ? t.toArray() : QJsonArray{t};
        for (const QJsonValue& type : values) {
            const QString s = type.toString();
            types.append(iri::isBlankNode(s) ? m_issuer.issue(s) : s);
        }
        object.insert(QStringLiteral("@type"), types);
    }

    if (object.contains(QLatin1String("@value"))) {
        if (list)
            list->append(object);
        else
            addUnique(graph[activeSubject], activeProperty, object);
        return;
    }

    if (object.contains(QLatin1String("@list"))) {
        QJsonArray items;
        generate(object.value(QLatin1String("@list")), activeGraph, activeSubject, reverseSubject, activeProperty, &items);
        const QJsonObject result{{QStringLiteral("@list"), items}};
        if (list)
            list->append(result);
        else
            graph[activeSubject].properties[activeProperty].append(result);
        return;
    }

    QString id;
    if (object.contains(QLatin1String("@id"))) {
        id = object.value(QLatin1String("@id")).toString();
        if (iri::isBlankNode(id))
            id = m_issuer.issue(id);
    } else {
        id = m_issuer.issue();
    }
    {
        MapNode& node = graph[id];
        node.id = id;
        if (reverseSubject) {
            addUnique(node, activeProperty, QJsonObject{{QStringLiteral("@id"), activeSubject}});
        } else if (!activeProperty.isNull()) {
            const QJsonObject reference{{QStringLiteral("@id"), id}};
            if (list)
                list->append(reference);
            else
                addUnique(graph[activeSubject], activeProperty, reference);
        }
    }
    MapNode& node = graph[id];
    if (object.contains(QLatin1String("@type"))) {
        const QJsonArray types = object.value(QLatin1String("@type")).toArray();
        for (const QJsonValue& type : types) {
            if (!node.types.contains(type.toString()))
                node.types.append(type.toString());
        }
    }
    if (object.contains(QLatin1String("@index"))) {
        const QString index = object.value(QLatin1String("@index")).toString();
        if (node.index && *node.index != index)
            fail(QStringLiteral("conflicting indexes"), id);
        node.index = index;
    }
    if (object.contains(QLatin1String("@reverse"))) {
        const QJsonObject reverseMap = object.value(QLatin1String("@reverse")).toObject();
        for (auto it = reverseMap.constBegin(); it != reverseMap.constEnd(); ++it)
            generate(it.value(), activeGraph, id, true, it.key(), nullptr);
    }
    if (object.contains(QLatin1String("@graph"))) {
        m_map[id];
        generate(object.value(QLatin1String("@graph")), id, QString(), false, QString(), nullptr);
    }
    if (object.contains(QLatin1String("@included")))
        generate(object.value(QLatin1String("@included")), activeGraph, QString(), false, QString(), nullptr);
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString& key = it.key();
        if (key == QLatin1String("@id") || key == QLatin1String("@type") || key == QLatin1String("@index")
            || key == QLatin1String("@reverse") || key == QLatin1String("@graph") || key == QLatin1String("@included"))
            continue;
        QString property = key;
        if (iri::isBlankNode(property))
            property = m_issuer.issue(property);
        m_map[activeGraph][id].properties[property];
        generate(it.value(), activeGraph, id, false, property, nullptr);
    }
}

} // namespace credfolio::jsonld
