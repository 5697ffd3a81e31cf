#pragma once

#include "catalog/ParsedCatalog.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace credfolio {

// Reads the fields of one JSON object of a catalog file, recording a problem (with its
// JSON path) for each missing, mistyped or unknown field.
class JsonFields
{
public:
    JsonFields(const QJsonObject& object, QString path, ParsedCatalog& out, const QStringList& known);

    std::optional<QString> string(const QString& key, bool required);
    std::optional<double> number(const QString& key, bool required);
    std::optional<QJsonArray> array(const QString& key, bool required);
    std::optional<QJsonObject> object(const QString& key, bool required);
    // An array of strings; problems for other element types.
    QStringList stringList(const QString& key, bool required);
    // Reports a problem for the field if message is set.
    void check(const QString& key, const std::optional<QString>& message);

    QString path(const QString& key) const { return m_path + QLatin1Char('.') + key; }
    const QString& path() const { return m_path; }

private:
    std::optional<QJsonValue> take(const QString& key, bool required);

    QJsonObject m_object;
    QString m_path;
    ParsedCatalog& m_out;
};

} // namespace credfolio
