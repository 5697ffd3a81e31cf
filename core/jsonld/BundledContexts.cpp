#include "jsonld/BundledContexts.h"

#include "jsonld/ContextCache.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcJsonLd, "credfolio.jsonld")

namespace credfolio::jsonld {

namespace {

struct Entry {
    const char* url;
    const char* file;
};

// Published URL -> file in resources/contexts/ (see its SOURCE.md).
constexpr Entry bundled[] = {
    {"https://www.w3.org/ns/credentials/v2", "credentials-v2.jsonld"},
    {"https://www.w3.org/2018/credentials/v1", "credentials-v1.jsonld"},
    {"https://www.w3.org/ns/credentials/undefined-terms/v2", "credentials-undefined-terms-v2.jsonld"},
    {"https://www.w3.org/ns/credentials/examples/v2", "credentials-examples-v2.jsonld"},
    {"https://www.w3.org/ns/credentials/status/v1", "bitstring-status-list-v1.jsonld"},
    {"https://w3id.org/vc/status-list/2021/v1", "vc-status-list-2021-v1.jsonld"},
    {"https://w3id.org/security/data-integrity/v1", "data-integrity-v1.jsonld"},
    {"https://w3id.org/security/data-integrity/v2", "data-integrity-v2.jsonld"},
    {"https://w3id.org/security/multikey/v1", "multikey-v1.jsonld"},
    {"https://w3id.org/security/suites/ed25519-2020/v1", "ed25519-signature-2020-v1.jsonld"},
    {"https://w3id.org/security/suites/jws-2020/v1", "jws-2020-v1.jsonld"},
    {"https://w3id.org/security/v1", "security-v1.jsonld"},
    {"https://w3id.org/security/v2", "security-v2.jsonld"},
    {"https://www.w3.org/ns/did/v1", "did-v1.jsonld"},
    {"https://purl.imsglobal.org/spec/ob/v3p0/context.json", "ob-v3p0-context-3.0.0.json"},
    {"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json", "ob-v3p0-context-3.0.1.json"},
    {"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json", "ob-v3p0-context-3.0.2.json"},
    {"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", "ob-v3p0-context-3.0.3.json"},
    {"https://purl.imsglobal.org/spec/ob/v3p0/extensions.json", "ob-v3p0-extensions.json"},
    {"https://purl.imsglobal.org/spec/clr/v2p0/context.json", "clr-v2p0-context-2.0.0.json"},
    {"https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json", "clr-v2p0-context-2.0.1.json"},
    {"https://w3id.org/openbadges/v2", "openbadges-v2.json"},
    {"https://openbadgespec.org/v2/context.json", "openbadges-v2.json"},
    {"https://w3id.org/openbadges/extensions/exampleExtension/context.json", "openbadges-v2-ext-exampleExtension.json"},
    {"https://w3id.org/openbadges/extensions/applyLinkExtension/context.json", "openbadges-v2-ext-applyLinkExtension.json"},
};

// Parsed once, on first use; read-only afterwards, so worker threads share it freely.
const QHash<QString, QJsonValue>& documents()
{
    static const QHash<QString, QJsonValue> parsed = [] {
        QHash<QString, QJsonValue> byFile;
        QHash<QString, QJsonValue> byUrl;
        for (const Entry& entry : bundled) {
            const QString file = QString::fromLatin1(entry.file);
            if (!byFile.contains(file)) {
                QFile f(QLatin1String(":/contexts/") + file);
                QJsonValue value;
                if (f.open(QIODevice::ReadOnly)) {
                    QJsonParseError error;
                    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
                    if (error.error == QJsonParseError::NoError && doc.isObject())
                        value = doc.object();
                }
                if (value.isUndefined())
                    qCWarning(lcJsonLd) << "bundled context could not be read:" << file;
                byFile.insert(file, value);
            }
            const QJsonValue value = byFile.value(file);
            if (!value.isUndefined())
                byUrl.insert(QString::fromLatin1(entry.url), value);
        }
        return byUrl;
    }();
    return parsed;
}

} // namespace

Result<QJsonValue> BundledLoader::operator()(const QString& url) const
{
    const auto& docs = documents();
    auto it = docs.constFind(url);
    if (it == docs.constEnd())
        return Result<QJsonValue>::failure(QCoreApplication::translate("BundledContexts",
            "The context %1 is not bundled with Credfolio and online "
            "checks are off")
                                               .arg(url));
    return it.value();
}

DocumentLoader bundledLoader()
{
    return BundledLoader{};
}

QStringList bundledContextUrls()
{
    QStringList urls;
    for (const Entry& entry : bundled)
        urls.append(QString::fromLatin1(entry.url));
    return urls;
}

Options offlineOptions()
{
    Options options;
    options.loader = bundledLoader();
    return options; // toRdf/expand pick the process-wide cache for the bundled loader
}

} // namespace credfolio::jsonld
