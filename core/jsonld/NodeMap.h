#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>

namespace credfolio::jsonld {

// Issues _:b0, _:b1, ... and remembers which input label became which.
class BlankNodeIssuer {
public:
    QString issue(const QString& existing = {});

private:
    QHash<QString, QString> m_issued;
    int m_counter = 0;
};

struct MapNode {
    QString id;
    QStringList types;
    std::optional<QString> index;
    std::map<QString, QJsonArray> properties; // expanded values: node references, values, lists
    std::map<QString, QSet<QString>> seen; // value keys per property, for de-duplication
};
using MapGraph = std::map<QString, MapNode>;
using NodeMap = std::map<QString, MapGraph>; // "@default" for the default graph

// The JSON-LD 1.1 Node Map Generation algorithm (section 7.2) over expanded input.
class NodeMapBuilder {
public:
    explicit NodeMapBuilder(BlankNodeIssuer& issuer) : m_issuer(issuer) { }

    void build(const QJsonArray& expanded);
    NodeMap& nodeMap() { return m_map; }

private:
    void generate(const QJsonValue& element, const QString& activeGraph, const QString& activeSubject, bool reverseSubject,
        const QString& activeProperty, QJsonArray* list);

    BlankNodeIssuer& m_issuer;
    NodeMap m_map;
};

} // namespace credfolio::jsonld
