#pragma once

#include "jsonld/Context.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace credfolio::jsonld {

// The JSON-LD 1.1 Expansion algorithm (section 5.1) with Value Expansion (5.3).
class Expander {
public:
    explicit Expander(ProcessingState& state) : m_state(state), m_contexts(state) { }

    // The API-level expansion: initial context, expandContext, the algorithm, and the
    // final unwrapping into an array.
    QJsonArray expandDocument(const QJsonValue& input);

private:
    QJsonValue expand(
        ContextPtr active, const QString& activeProperty, const QJsonValue& element, const QString& baseUrl, bool fromMap);
    void expandEntries(const ContextPtr& active, const ContextPtr& typeScoped, const QString& activeProperty,
        const QJsonObject& element, const QString& baseUrl, const QString& inputType, QJsonObject& result);
    QJsonValue expandObject(ContextPtr active, const QString& activeProperty, const QJsonObject& element, const QString& baseUrl,
        bool fromMap, const TermDefinition* propertyDefinition);
    static QJsonObject expandValue(const ActiveContext& active, const QString& activeProperty, const QJsonValue& value);

    ProcessingState& m_state;
    ContextProcessor m_contexts;
};

} // namespace credfolio::jsonld
