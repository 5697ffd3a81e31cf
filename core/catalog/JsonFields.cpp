#include "catalog/JsonFields.h"

#include <QCoreApplication>

namespace credfolio {

JsonFields::JsonFields(const QJsonObject& object, QString path, ParsedCatalog& out, const QStringList& known)
    : m_object(object), m_path(std::move(path)), m_out(out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            m_out.addProblem(this->path(it.key()),
                QCoreApplication::translate("CatalogReader", "unknown field (allowed here: %1)")
                    .arg(known.join(QStringLiteral(", "))));
    }
}

std::optional<QJsonValue> JsonFields::take(const QString& key, bool required)
{
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd() || it->isNull()) {
        if (required)
            m_out.addProblem(path(key), QCoreApplication::translate("CatalogReader", "this required field is missing"));
        return std::nullopt;
    }
    return *it;
}

std::optional<QString> JsonFields::string(const QString& key, bool required)
{
    const auto value = take(key, required);
    if (!value)
        return std::nullopt;
    if (!value->isString()) {
        m_out.addProblem(path(key), QCoreApplication::translate("CatalogReader", "must be text"));
        return std::nullopt;
    }
    const QString text = value->toString().trimmed();
    if (text.isEmpty() && required) {
        m_out.addProblem(path(key), QCoreApplication::translate("CatalogReader", "must not be empty"));
        return std::nullopt;
    }
    return text;
}

std::optional<double> JsonFields::number(const QString& key, bool required)
{
    const auto value = take(key, required);
    if (!value)
        return std::nullopt;
    if (!value->isDouble()) {
        m_out.addProblem(path(key), QCoreApplication::translate("CatalogReader", "must be a number"));
        return std::nullopt;
    }
    return value->toDouble();
}

std::optional<QJsonArray> JsonFields::array(const QString& key, bool required)
{
    const auto value = take(key, required);
    if (!value)
        return std::nullopt;
    if (!value->isArray()) {
        m_out.addProblem(path(key), QCoreApplication::translate("CatalogReader", "must be a list ([...])"));
        return std::nullopt;
    }
    return value->toArray();
}

std::optional<QJsonObject> JsonFields::object(const QString& key, bool required)
{
    const auto value = take(key, required);
    if (!value)
        return std::nullopt;
    if (!value->isObject()) {
        m_out.addProblem(path(key), QCoreApplication::translate("CatalogReader", "must be an object ({...})"));
        return std::nullopt;
    }
    return value->toObject();
}

QStringList JsonFields::stringList(const QString& key, bool required)
{
    QStringList result;
    const auto list = array(key, required);
    if (!list)
        return result;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QJsonValue item = list->at(i);
        auto itemPath = [&]() -> QString { return path(key) + QStringLiteral("[%1]").arg(i); };
        const QString text = item.toString();
        if (!item.isString() || text.trimmed().isEmpty())
            m_out.addProblem(itemPath(), QCoreApplication::translate("CatalogReader", "must be a non-empty text"));
        else if (result.contains(text))
            m_out.addProblem(itemPath(), QCoreApplication::translate("CatalogReader", "\"%1\" is listed twice").arg(text));
        else
            result.append(text);
    }
    return result;
}

void JsonFields::check(const QString& key, const std::optional<QString>& message)
{
    if (message)
        m_out.addProblem(path(key), *message);
}

} // namespace credfolio
