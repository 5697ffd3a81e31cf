#include "verify/SchemaCheck.h"

#include "encoding/Base64.h"
#include "verify/VerifyContext.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>
#include <mutex>

// valijson reports problems in the schema or the instance by exception only when asked to
// (otherwise it aborts); it is used in this file alone.
#define VALIJSON_USE_EXCEPTIONS 1
#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

namespace credfolio::checks {

using namespace verifyutil;

namespace {

// Pattern constraints run std::regex, whose recursion grows with the input; longer strings
// are cut for the schema check (the signature has covered the real text already).
constexpr qsizetype maxCheckedString = 4096;

QJsonValue shortened(const QJsonValue& value)
{
    if (value.isString() && value.toString().size() > maxCheckedString)
        return value.toString().left(maxCheckedString);
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& v : value.toArray())
            out.append(shortened(v));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            out.insert(it.key(), shortened(it.value()));
        return out;
    }
    return value;
}

// JSON-LD lets a property with many values hold a single one without the array; the 1EdTech
// schemas (generated from the [0..*] multiplicities) ask for arrays. Where the schema wants an
// array and the credential has a single value, the value is wrapped, which means the same in
// JSON-LD. Only properties, items and local $refs are followed.
QJsonValue asSchemaExpects(const QJsonValue& instance, QJsonObject node, const QJsonObject& root, int depth)
{
    if (depth > 64)
        return instance;
    const QString ref = node.value(QLatin1String("$ref")).toString();
    if (ref.startsWith(QLatin1String("#/$defs/")))
        node = root.value(QLatin1String("$defs")).toObject().value(ref.mid(8)).toObject();
    QJsonValue value = instance;
    if (node.value(QLatin1String("type")).toString() == QLatin1String("array") && !value.isArray() && !value.isNull()
        && !value.isUndefined())
        value = QJsonArray{value};
    if (value.isArray() && node.value(QLatin1String("items")).isObject()) {
        QJsonArray out;
        for (const QJsonValue& item : value.toArray())
            out.append(asSchemaExpects(item, node.value(QLatin1String("items")).toObject(), root, depth + 1));
        return out;
    }
    // Combinations: an object is normalized against the branches that describe objects.
    if (value.isObject()) {
        for (const char* keyword : {"oneOf", "anyOf", "allOf"}) {
            for (const QJsonValue& branch : node.value(QLatin1String(keyword)).toArray()) {
                QJsonObject b = branch.toObject();
                const QString branchRef = b.value(QLatin1String("$ref")).toString();
                if (branchRef.startsWith(QLatin1String("#/$defs/")))
                    b = root.value(QLatin1String("$defs")).toObject().value(branchRef.mid(8)).toObject();
                if (b.value(QLatin1String("properties")).isObject())
                    value = asSchemaExpects(value, b, root, depth + 1);
            }
        }
    }
    if (value.isObject() && node.value(QLatin1String("properties")).isObject()) {
        const QJsonObject properties = node.value(QLatin1String("properties")).toObject();
        QJsonObject out = value.toObject();
        for (auto it = out.begin(); it != out.end(); ++it) {
            if (properties.contains(it.key()))
                it.value() = asSchemaExpects(it.value(), properties.value(it.key()).toObject(), root, depth + 1);
        }
        return out;
    }
    return value;
}

// A CLR may carry credentials secured as VC-JWTs: compact JWS strings among
// credentialSubject.verifiableCredential. The CLR 2.0 schema describes the credentials
// themselves, so each such string is checked as the credential it carries (its "vc" claim,
// or the payload itself for VC 2.0). Their signatures are checked on their own, in
// credentials.embedded. A string that does not decode stays as it is and fails the schema.
QJsonValue jwtAsCredential(const QJsonValue& value)
{
    if (!value.isString())
        return value;
    const QList<QByteArray> parts = value.toString().toUtf8().split('.');
    if (parts.size() != 3)
        return value;
    const auto payload = base64url::decode(parts.at(1));
    if (!payload)
        return value;
    QJsonParseError error{};
    const QJsonDocument json = QJsonDocument::fromJson(payload.value(), &error);
    if (error.error != QJsonParseError::NoError || !json.isObject())
        return value;
    const QJsonObject claims = json.object();
    return claims.value(QLatin1String("vc")).isObject() ? claims.value(QLatin1String("vc")) : QJsonValue(claims);
}

QJsonObject withJwtCredentialsDecoded(QJsonObject credential)
{
    const auto decodeSubject = [](QJsonValue subject) {
        if (!subject.isObject())
            return subject;
        QJsonObject object = subject.toObject();
        const QJsonValue carried = object.value(QLatin1String("verifiableCredential"));
        if (carried.isArray()) {
            QJsonArray decoded;
            for (const QJsonValue& item : carried.toArray())
                decoded.append(jwtAsCredential(item));
            object.insert(QStringLiteral("verifiableCredential"), decoded);
        } else if (!carried.isUndefined()) {
            object.insert(QStringLiteral("verifiableCredential"), jwtAsCredential(carried));
        }
        return QJsonValue(object);
    };
    const QJsonValue subject = credential.value(QLatin1String("credentialSubject"));
    if (subject.isArray()) {
        QJsonArray subjects;
        for (const QJsonValue& s : subject.toArray())
            subjects.append(decodeSubject(s));
        credential.insert(QStringLiteral("credentialSubject"), subjects);
    } else if (subject.isObject()) {
        credential.insert(QStringLiteral("credentialSubject"), decodeSubject(subject));
    }
    return credential;
}

struct LoadedSchema {
    QJsonValue document; // kept alive: the schema refers into it while parsing
    std::unique_ptr<valijson::Schema> schema;
    QString error;
    // One validator per schema, kept: it caches the compiled std::regex of every "pattern",
    // which otherwise cost more than the rest of a verification. Validation changes that
    // cache, hence the mutex.
    mutable valijson::Validator validator;
    mutable std::mutex mutex;
};

// valijson compiles a std::regex for every "format": "date-time" (and date, time) check it
// makes, which cost more than the rest of a verification; its "pattern" regexes are compiled
// once per validator. So the schema's date formats become the equivalent RFC 3339 patterns.
QJsonValue datesAsPatterns(const QJsonValue& node)
{
    static const QHash<QString, QString> patterns{
        {QStringLiteral("date-time"),
            QStringLiteral("^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])[Tt]([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)"
                           "(\\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$")},
        {QStringLiteral("date"), QStringLiteral("^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")},
        {QStringLiteral("time"),
            QStringLiteral(
                "^([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$")},
    };
    if (node.isArray()) {
        QJsonArray array;
        for (const QJsonValue& item : node.toArray())
            array.append(datesAsPatterns(item));
        return array;
    }
    if (!node.isObject())
        return node;
    QJsonObject object = node.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        *it = datesAsPatterns(*it);
    const QString format = object.value(QLatin1String("format")).toString();
    if (patterns.contains(format) && !object.contains(QLatin1String("pattern"))) {
        object.remove(QStringLiteral("format"));
        object.insert(QStringLiteral("pattern"), patterns.value(format));
    }
    return object;
}

// The 1EdTech Open Badges 3.0 and CLR 2.0 JSON Schemas ship as resources (resources/schemas/,
// see its SOURCE.md). OB 3.0: "vc2" is the 2024 revision for VC 2.0 credentials (validFrom),
// "vc1" the earlier one for VC 1.1 credentials (issuanceDate). CLR 2.0 has one, for VC 2.0.
std::shared_ptr<LoadedSchema> load(const QString& resource)
{
    auto loaded = std::make_shared<LoadedSchema>();
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        loaded->error = file.errorString();
        return loaded;
    }
    loaded->document = datesAsPatterns(QJsonDocument::fromJson(file.readAll()).object());
    loaded->schema = std::make_unique<valijson::Schema>();
    try {
        // The 1EdTech schemas declare draft 2019-09 but use only keywords draft 7 has, and
        // no $ref with sibling keywords, so valijson's draft 7 reads them as meant.
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        valijson::adapters::QtJsonAdapter adapter(loaded->document);
        parser.populateSchema(adapter, *loaded->schema);
    } catch (const std::exception& e) {
        loaded->error = QString::fromUtf8(e.what());
    }
    return loaded;
}

const LoadedSchema& schemaFor(const QString& resource)
{
    static std::mutex mutex;
    static std::map<QString, std::shared_ptr<LoadedSchema>> cache;
    const std::lock_guard<std::mutex> lock(mutex);
    auto& entry = cache[resource];
    if (!entry)
        entry = load(resource);
    return *entry;
}

} // namespace

void schemaConformance(const QJsonObject& credential, VerificationReport& report)
{
    const QString id = QStringLiteral("schema");
    const QStringList types = typesOf(credential);
    const QJsonArray contexts = asArray(credential.value(QLatin1String("@context")));
    const bool vc1 =
        !contexts.isEmpty() && contexts.first().toString() == QLatin1String("https://www.w3.org/2018/credentials/v1");
    QString source;
    QString name;
    QJsonObject checked = credential;
    if (types.contains(QLatin1String("OpenBadgeCredential")) || types.contains(QLatin1String("AchievementCredential"))) {
        source = vc1 ? QStringLiteral(":/schemas/ob_v3p0_achievementcredential_vc1.json")
                     : QStringLiteral(":/schemas/ob_v3p0_achievementcredential_vc2.json");
        name = QStringLiteral("Open Badges 3.0 AchievementCredential");
    } else if (types.contains(QLatin1String("EndorsementCredential"))) {
        source = vc1 ? QStringLiteral(":/schemas/ob_v3p0_endorsementcredential_vc1.json")
                     : QStringLiteral(":/schemas/ob_v3p0_endorsementcredential_vc2.json");
        name = QStringLiteral("Open Badges 3.0 EndorsementCredential");
    } else if (types.contains(QLatin1String("ClrCredential"))) {
        source = QStringLiteral(":/schemas/clr_v2p0_clrcredential.json");
        name = QStringLiteral("CLR 2.0 ClrCredential");
        checked = withJwtCredentialsDecoded(credential);
    } else {
        return; // a plain VC or a status list: no schema of ours applies
    }
    const LoadedSchema& schema = schemaFor(source);
    if (!schema.error.isEmpty()) {
        report.skip(id, tr("The %1 schema could not be loaded: %2").arg(name, schema.error));
        return;
    }
    const QJsonObject root = schema.document.toObject();
    const QJsonValue instance = asSchemaExpects(shortened(checked), root, root, 0);
    valijson::ValidationResults results;
    bool ok = false;
    try {
        valijson::adapters::QtJsonAdapter adapter(instance);
        const std::lock_guard<std::mutex> lock(schema.mutex);
        ok = schema.validator.validate(*schema.schema, adapter, &results);
    } catch (const std::exception& e) {
        report.skip(id, tr("The %1 schema check could not run: %2").arg(name, QString::fromUtf8(e.what())));
        return;
    }
    if (ok) {
        report.pass(id, tr("The credential follows the %1 schema.").arg(name));
        return;
    }
    // Show the most specific problems (valijson lists them before the enclosing ones).
    QStringList problems;
    valijson::ValidationResults::Error error;
    std::vector<valijson::ValidationResults::Error> all;
    while (results.popError(error))
        all.push_back(error);
    for (auto it = all.begin(); it != all.end() && problems.size() < 3; ++it) {
        QStringList path;
        for (const std::string& part : it->context)
            path.append(QString::fromStdString(part));
        problems.append(path.join(QString()) + QStringLiteral(": ") + QString::fromStdString(it->description));
    }
    report.fail(id, tr("The credential does not follow the %1 schema: %2").arg(name, problems.join(QStringLiteral("; "))));
}

} // namespace credfolio::checks
