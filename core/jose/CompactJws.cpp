#include "jose/CompactJws.h"

#include "encoding/Base64.h"
#include "jcs/StrictJsonParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace credfolio {
namespace {

using R = Result<CompactJws>;

// Header parameters registered by RFC 7515/7518; "crit" must not name them.
bool isRegisteredParameter(const QString& name)
{
    static const QSet<QString> registered{QStringLiteral("alg"), QStringLiteral("jku"), QStringLiteral("jwk"),
        QStringLiteral("kid"), QStringLiteral("x5u"), QStringLiteral("x5c"), QStringLiteral("x5t"), QStringLiteral("x5t#S256"),
        QStringLiteral("typ"), QStringLiteral("cty"), QStringLiteral("crit"), QStringLiteral("enc"), QStringLiteral("zip")};
    return registered.contains(name);
}

// Extensions whose semantics we implement; only "b64" (RFC 7797), and only as true.
bool isUnderstoodCritical(const QString& name)
{
    return name == QLatin1String("b64");
}

Status checkHeader(const QJsonObject& header)
{
    const QJsonValue alg = header.value(QLatin1String("alg"));
    if (!alg.isString() || alg.toString().isEmpty())
        return Status::failure(QStringLiteral("the JWS header has no \"alg\""));
    const QString name = alg.toString();
    if (name.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return Status::failure(QStringLiteral("unsigned JWS (\"alg\": \"none\") is never accepted"));
    if (name.startsWith(QLatin1String("HS"), Qt::CaseInsensitive))
        return Status::failure(QStringLiteral("HMAC JWS (\"alg\": \"%1\") is never accepted").arg(name));

    if (header.contains(QLatin1String("b64"))) {
        const QJsonValue b64 = header.value(QLatin1String("b64"));
        if (!b64.isBool())
            return Status::failure(QStringLiteral("the JWS header's \"b64\" is not a boolean"));
        if (!b64.toBool())
            return Status::failure(QStringLiteral("unencoded JWS payloads (\"b64\": false) are not accepted"));
    }
    if (header.contains(QLatin1String("crit"))) {
        const QJsonValue crit = header.value(QLatin1String("crit"));
        if (!crit.isArray() || crit.toArray().isEmpty())
            return Status::failure(QStringLiteral("the JWS header's \"crit\" must be a non-empty array"));
        QSet<QString> seen;
        const QJsonArray entries = crit.toArray();
        for (const QJsonValue& entry : entries) {
            const QString ext = entry.toString();
            if (!entry.isString() || ext.isEmpty() || seen.contains(ext))
                return Status::failure(QStringLiteral("the JWS header's \"crit\" is malformed"));
            seen.insert(ext);
            if (isRegisteredParameter(ext))
                return Status::failure(QStringLiteral("the JWS header's \"crit\" lists the standard parameter \"%1\"").arg(ext));
            if (!header.contains(ext))
                return Status::failure(QStringLiteral("the JWS header's \"crit\" names \"%1\", which is absent").arg(ext));
            if (!isUnderstoodCritical(ext))
                return Status::failure(
                    QStringLiteral("the JWS uses the critical extension \"%1\", which is not supported").arg(ext));
        }
    }
    return {};
}

} // namespace

Result<CompactJws> CompactJws::parse(QByteArrayView token)
{
    if (token.size() > maxTokenBytes)
        return R::failure(QStringLiteral("the JWS is too large"));
    const qsizetype firstDot = token.indexOf('.');
    const qsizetype secondDot = firstDot < 0 ? -1 : token.indexOf('.', firstDot + 1);
    if (firstDot < 0 || secondDot < 0 || token.indexOf('.', secondDot + 1) >= 0)
        return R::failure(QStringLiteral("a compact JWS has exactly three parts separated by '.'"));
    const QByteArrayView headerPart = token.first(firstDot);
    const QByteArrayView payloadPart = token.sliced(firstDot + 1, secondDot - firstDot - 1);
    const QByteArrayView signaturePart = token.sliced(secondDot + 1);
    if (headerPart.isEmpty())
        return R::failure(QStringLiteral("the JWS has an empty header"));

    CompactJws jws;
    auto header = base64url::decode(headerPart);
    if (!header)
        return R::failure(QStringLiteral("JWS header: %1").arg(header.error()));
    auto payload = base64url::decode(payloadPart);
    if (!payload)
        return R::failure(QStringLiteral("JWS payload: %1").arg(payload.error()));
    auto signature = base64url::decode(signaturePart);
    if (!signature)
        return R::failure(QStringLiteral("JWS signature: %1").arg(signature.error()));

    // The strict parser sees duplicate members and bad UTF-8 that QJsonDocument would hide.
    auto strict = StrictJsonParser::check(header.value());
    if (!strict)
        return R::failure(QStringLiteral("JWS header is not valid JSON: %1").arg(strict.error()));
    if (strict.value() != JcsValue::Type::Object)
        return R::failure(QStringLiteral("the JWS header is not a JSON object"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(header.value(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return R::failure(QStringLiteral("JWS header is not valid JSON: %1").arg(error.errorString()));

    jws.m_header = doc.object();
    if (const Status status = checkHeader(jws.m_header); !status)
        return R::failure(status.error());
    jws.m_headerBytes = std::move(header).value();
    jws.m_payload = std::move(payload).value();
    jws.m_signature = std::move(signature).value();
    jws.m_signingInput = token.first(secondDot).toByteArray();
    return jws;
}

} // namespace credfolio
