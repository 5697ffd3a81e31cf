#include "did/DidDocument.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>

#include <utility>

namespace credfolio {

namespace {

QString absolute(const QString& id, const QString& base)
{
    if (id.startsWith(QLatin1Char('#')))
        return base + id;
    return id;
}

} // namespace

namespace {

Result<PublicKey> parseKey(const QJsonObject& method)
{
    if (method.contains(QLatin1String("publicKeyMultibase")))
        return PublicKey::fromMultikey(method.value(QLatin1String("publicKeyMultibase")).toString().toUtf8());
    if (method.contains(QLatin1String("publicKeyJwk"))) {
        const QJsonObject jwk = method.value(QLatin1String("publicKeyJwk")).toObject();
        if (jwk.contains(QLatin1String("d")))
            return Result<PublicKey>::failure(
                QCoreApplication::translate("verify", "the published key includes its private part, so it cannot be trusted"));
        return PublicKey::fromJwk(jwk);
    }
    if (method.contains(QLatin1String("publicKeyPem")))
        return PublicKey::fromPem(method.value(QLatin1String("publicKeyPem")).toString().toUtf8());
    return Result<PublicKey>::failure(
        QCoreApplication::translate("verify", "the key document holds no public key Credfolio can read"));
}

} // namespace

Result<PublicKey> keyFromMethod(const QJsonObject& method)
{
    // Building a key (RSA modulus, EC point validation) costs far more than a signature
    // check, and the same issuer documents come back badge after badge: keys are kept by
    // the exact text of their method object. A bounded cache; the same text always makes
    // the same key, so nothing about trust depends on it.
    // Never destroyed: at exit, Botan's own statics may already be gone before ours.
    static QMutex mutex;
    static auto& cache = *new QHash<QByteArray, Result<PublicKey>>;
    const QByteArray text = QJsonDocument(method).toJson(QJsonDocument::Compact);
    {
        QMutexLocker lock(&mutex);
        const auto it = cache.constFind(text);
        if (it != cache.constEnd())
            return *it;
    }
    Result<PublicKey> key = parseKey(method);
    QMutexLocker lock(&mutex);
    if (cache.size() >= 512)
        cache.clear();
    cache.insert(text, key);
    return key;
}

const VerificationMethod* DidDocument::method(const QString& methodId) const
{
    const QString wanted = absolute(methodId, id);
    for (const VerificationMethod& m : methods) {
        if (m.id == wanted)
            return &m;
    }
    return nullptr;
}

bool DidDocument::allowsAssertion(const QString& methodId) const
{
    return assertionMethod.contains(absolute(methodId, id));
}

bool DidDocument::allowsAuthentication(const QString& methodId) const
{
    return authentication.contains(absolute(methodId, id));
}

Result<DidDocument> DidDocument::fromJson(const QJsonObject& document)
{
    DidDocument doc;
    doc.id = document.value(QLatin1String("id")).toString();
    if (doc.id.isEmpty())
        return Result<DidDocument>::failure(QCoreApplication::translate("verify", "the key document has no id"));
    auto readMethod = [&doc](const QJsonObject& object) {
        VerificationMethod m;
        m.id = absolute(object.value(QLatin1String("id")).toString(), doc.id);
        m.type = object.value(QLatin1String("type")).toString();
        m.controller = object.value(QLatin1String("controller")).toString();
        if (m.controller.isEmpty())
            m.controller = object.value(QLatin1String("owner")).toString(); // OB 2.0 CryptographicKey
        auto key = keyFromMethod(object);
        if (m.id.isEmpty() || !key)
            return QString();
        m.key = key.value();
        if (!doc.method(m.id))
            doc.methods.append(m);
        return m.id;
    };
    auto asArray = [](const QJsonValue& value) {
        if (value.isArray())
            return value.toArray();
        if (value.isUndefined() || value.isNull())
            return QJsonArray();
        return QJsonArray{value};
    };
    for (const QJsonValue& v : asArray(document.value(QLatin1String("verificationMethod")))) {
        if (v.isObject())
            readMethod(v.toObject());
    }
    for (const QJsonValue& v : asArray(document.value(QLatin1String("publicKey")))) {
        if (v.isObject())
            readMethod(v.toObject());
    }
    for (const auto& [name, list] : {std::pair{QLatin1String("assertionMethod"), &doc.assertionMethod},
             std::pair{QLatin1String("authentication"), &doc.authentication}}) {
        for (const QJsonValue& v : asArray(document.value(name))) {
            if (v.isString())
                list->append(absolute(v.toString(), doc.id));
            else if (v.isObject()) {
                const QString id = readMethod(v.toObject());
                if (!id.isEmpty())
                    list->append(id);
            }
        }
    }
    return doc;
}

} // namespace credfolio
