#include "verify/VerifyContext.h"

#include "jcs/StrictJsonParser.h"
#include "verify/Resolver.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUrl>

namespace credfolio::verifyutil {

Result<QJsonObject> parseObject(const QByteArray& bytes, JcsValue* strictValue, const JcsValue* parsed)
{
    // Without a caller for the strict value, the text is only checked (nothing is built).
    Result<JcsValue::Type> strict = JcsValue::Type::Null;
    if (parsed) {
        strict = parsed->type();
        if (strictValue)
            *strictValue = *parsed; // shares the arrays and objects
    } else if (strictValue) {
        auto value = StrictJsonParser::parse(bytes);
        strict = value ? Result<JcsValue::Type>(value->type()) : Result<JcsValue::Type>::failure(value.error());
        if (value)
            *strictValue = std::move(value).value();
    } else {
        strict = StrictJsonParser::check(bytes);
    }
    if (!strict)
        return Result<QJsonObject>::failure(
            QCoreApplication::translate("verify", "the document is not valid JSON (%1)").arg(strict.error()));
    if (strict.value() != JcsValue::Type::Object)
        return Result<QJsonObject>::failure(QCoreApplication::translate("verify", "the document is not a JSON object"));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Result<QJsonObject>::failure(
            QCoreApplication::translate("verify", "the document is not valid JSON (%1)").arg(error.errorString()));
    return doc.object();
}

Result<QJsonObject> fetchObject(const VerifyContext& ctx, const QString& url)
{
    if (!ctx.resolver)
        return Result<QJsonObject>::failure(
            QCoreApplication::translate("verify", "%1 cannot be fetched: no documents were made available").arg(url));
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme().isEmpty())
        return Result<QJsonObject>::failure(QCoreApplication::translate("verify", "%1 is not a valid address").arg(url));
    const auto bytes = ctx.resolver->fetch(parsed);
    if (!bytes)
        return Result<QJsonObject>::failure(bytes.error());
    auto object = parseObject(bytes.value());
    if (!object)
        return Result<QJsonObject>::failure(QCoreApplication::translate("verify", "%1: %2").arg(url, object.error()));
    return object;
}

QJsonArray asArray(const QJsonValue& value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isUndefined() || value.isNull())
        return {};
    return QJsonArray{value};
}

QStringList typesOf(const QJsonObject& node)
{
    QStringList types;
    QJsonValue type = node.value(QLatin1String("type"));
    if (type.isUndefined())
        type = node.value(QLatin1String("@type"));
    for (const QJsonValue& t : asArray(type))
        types.append(t.toString());
    return types;
}

QString idOf(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    return value.toObject().value(QLatin1String("id")).toString();
}

QString originOf(const QString& url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http")))
        return {};
    return parsed.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString(QUrl::FullyEncoded);
}

} // namespace credfolio::verifyutil
