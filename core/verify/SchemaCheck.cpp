#include "verify/SchemaCheck.h"

#include "encoding/Base64.h"
#include "jcs/StrictJsonParser.h"
#include "verify/SchemaDom.h"
#include "verify/SchemaPatterns.h"
#include "verify/VerifyContext.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string_view>
#include <unordered_map>

// valijson reports problems in the schema or the instance by exception only when asked to
// (otherwise it aborts); it is used in this file alone.
#define VALIJSON_USE_EXCEPTIONS 1
#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/constraint_builder.hpp>
#include <valijson/constraints/concrete_constraints.hpp>
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
// JSON-LD. Only properties, items and local $refs ("#/$defs/...") are followed.
//
// What the schema says about this is read once, when the schema is loaded, into Shapes; a
// credential is then walked without looking anything up in the schema's JSON.
struct Shape {
    bool wantsArray = false; // "type": "array"
    const Shape* items = nullptr; // "items" (a single schema)
    std::vector<const Shape*> objectBranches; // oneOf, anyOf, allOf branches that describe objects
    bool hasProperties = false;
    QHash<QString, const Shape*> properties;
    std::map<std::string, const Shape*, std::less<>> utf8Properties; // the same, by UTF-8 name
};

class ShapeBuilder {
public:
    ShapeBuilder(const QJsonObject& root, std::deque<Shape>& store)
        : m_defs(root.value(QLatin1String("$defs")).toObject()), m_store(store)
    {
    }

    // A schema node as normalization meets it: a local $ref is followed once.
    const Shape* forNode(const QJsonObject& node)
    {
        const QString ref = node.value(QLatin1String("$ref")).toString();
        if (ref.startsWith(QLatin1String("#/$defs/")))
            return forDefinition(ref.mid(8));
        return build(node, &m_store.emplace_back());
    }

private:
    // A definition's own node, without following a $ref it may have; shared, so that
    // definitions that refer to each other end.
    const Shape* forDefinition(const QString& name)
    {
        if (const auto it = m_byDefinition.constFind(name); it != m_byDefinition.constEnd())
            return *it;
        Shape* shape = &m_store.emplace_back();
        m_byDefinition.insert(name, shape);
        return build(m_defs.value(name).toObject(), shape);
    }

    const Shape* build(const QJsonObject& node, Shape* shape)
    {
        shape->wantsArray = node.value(QLatin1String("type")).toString() == QLatin1String("array");
        if (node.value(QLatin1String("items")).isObject())
            shape->items = forNode(node.value(QLatin1String("items")).toObject());
        for (const char* keyword : {"oneOf", "anyOf", "allOf"}) {
            for (const QJsonValue& branch : node.value(QLatin1String(keyword)).toArray()) {
                QJsonObject b = branch.toObject();
                const QString branchRef = b.value(QLatin1String("$ref")).toString();
                if (branchRef.startsWith(QLatin1String("#/$defs/")))
                    b = m_defs.value(branchRef.mid(8)).toObject();
                if (b.value(QLatin1String("properties")).isObject())
                    shape->objectBranches.push_back(forNode(b));
            }
        }
        if (node.value(QLatin1String("properties")).isObject()) {
            shape->hasProperties = true;
            const QJsonObject properties = node.value(QLatin1String("properties")).toObject();
            for (auto it = properties.begin(); it != properties.end(); ++it) {
                const Shape* property = forNode(it.value().toObject());
                shape->properties.insert(it.key(), property);
                shape->utf8Properties.emplace(it.key().toStdString(), property);
            }
        }
        return shape;
    }

    QJsonObject m_defs;
    std::deque<Shape>& m_store;
    QHash<QString, const Shape*> m_byDefinition;
};

// The credential as the schema expects it; returns false (and leaves out alone) when nothing
// needs to change, so the usual case copies nothing.
bool asSchemaExpects(const QJsonValue& instance, const Shape& shape, int depth, QJsonValue& out)
{
    if (depth > 64)
        return false;
    QJsonValue value = instance;
    bool changed = false;
    if (shape.wantsArray && !value.isArray() && !value.isNull() && !value.isUndefined()) {
        value = QJsonArray{value};
        changed = true;
    }
    if (value.isArray() && shape.items) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonValue item;
            if (asSchemaExpects(array.at(i), *shape.items, depth + 1, item)) {
                array.replace(i, item);
                changed = true;
            }
        }
        if (changed)
            out = array;
        return changed;
    }
    // Combinations: an object is normalized against the branches that describe objects.
    if (value.isObject()) {
        for (const Shape* branch : shape.objectBranches) {
            QJsonValue next;
            if (asSchemaExpects(value, *branch, depth + 1, next)) {
                value = next;
                changed = true;
            }
        }
    }
    if (value.isObject() && shape.hasProperties) {
        QJsonObject object = value.toObject();
        std::vector<std::pair<QString, QJsonValue>> replaced;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const auto property = shape.properties.constFind(it.key());
            if (property == shape.properties.constEnd())
                continue;
            QJsonValue next;
            if (asSchemaExpects(it.value(), **property, depth + 1, next))
                replaced.emplace_back(it.key(), next);
        }
        for (const auto& [key, next] : replaced)
            object.insert(key, next);
        if (!replaced.empty()) {
            out = object;
            return true;
        }
    }
    if (changed)
        out = value;
    return changed;
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

// The same normalization on the UTF-8 copy the check validates, in place. (The QJsonValue
// version above is kept as the reference the tests hold this one to.)
void asSchemaExpects(schemadom::Node& node, const Shape& shape, int depth)
{
    using Kind = schemadom::Node::Kind;
    if (depth > 64)
        return;
    if (shape.wantsArray && node.kind != Kind::Array && node.kind != Kind::Null) {
        schemadom::Node array;
        array.kind = Kind::Array;
        array.items.push_back(std::move(node));
        node = std::move(array);
    }
    if (node.kind == Kind::Array && shape.items) {
        for (schemadom::Node& item : node.items)
            asSchemaExpects(item, *shape.items, depth + 1);
        return;
    }
    if (node.kind != Kind::Object)
        return;
    for (const Shape* branch : shape.objectBranches)
        asSchemaExpects(node, *branch, depth + 1);
    if (node.kind == Kind::Object && shape.hasProperties) {
        for (auto& [name, value] : node.members) {
            const auto property = shape.utf8Properties.find(name);
            if (property != shape.utf8Properties.end())
                asSchemaExpects(value, *property->second, depth + 1);
        }
    }
}

using schemapatterns::datePatterns;
using schemapatterns::knownPatterns;
using schemapatterns::PatternMatcher;

// The keyword a known pattern is rewritten to, so that valijson hands it to KnownPattern.
const char* const knownPatternKeyword = "x-credfolio-pattern";

// A "pattern" constraint matched by hand; fails with valijson's own message for "pattern".
class KnownPattern : public valijson::constraints::PolyConstraint {
public:
    explicit KnownPattern(PatternMatcher matcher) : m_matcher(matcher) { }

    bool validate(const valijson::adapters::Adapter& target, const std::vector<std::string>& context,
        valijson::ValidationResults* results) const override
    {
        // As valijson's pattern check with strong types: only strings are constrained.
        if (!target.isString() || m_matcher(target.asString()))
            return true;
        if (results)
            results->pushError(context, "Failed to match regex specified by 'pattern' constraint.");
        return false;
    }

private:
    Constraint* cloneInto(void* memory) const override { return new (memory) KnownPattern(*this); }
    size_t sizeOf() const override { return sizeof(KnownPattern); }

    PatternMatcher m_matcher;
};

class KnownPatternBuilder : public valijson::ConstraintBuilder {
public:
    valijson::constraints::Constraint* make(const valijson::adapters::Adapter& value) const override
    {
        const auto matcher = knownPatterns().value(QString::fromStdString(value.asString()));
        if (!matcher)
            throw std::runtime_error("unknown x-credfolio-pattern");
        return new KnownPattern(matcher);
    }
};

struct LoadedSchema {
    QJsonValue document; // kept alive: the schema refers into it while parsing
    schemadom::Node node; // the same, as the UTF-8 adapter reads it
    std::unique_ptr<valijson::Schema> schema;
    QString error;
    std::deque<Shape> shapes;
    const Shape* rootShape = nullptr;
};

// The schema as it is checked: date formats as patterns, known patterns matched by hand.
QJsonValue prepared(const QJsonValue& node)
{
    if (node.isArray()) {
        QJsonArray array;
        for (const QJsonValue& item : node.toArray())
            array.append(prepared(item));
        return array;
    }
    if (!node.isObject())
        return node;
    QJsonObject object = node.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        *it = prepared(*it);
    const QString format = object.value(QLatin1String("format")).toString();
    if (datePatterns().contains(format) && !object.contains(QLatin1String("pattern"))) {
        object.remove(QStringLiteral("format"));
        object.insert(QStringLiteral("pattern"), datePatterns().value(format));
    }
    const QJsonValue pattern = object.value(QLatin1String("pattern"));
    if (pattern.isString() && knownPatterns().contains(pattern.toString())) {
        object.remove(QStringLiteral("pattern"));
        object.insert(QLatin1String(knownPatternKeyword), pattern);
    }
    return object;
}

// The 1EdTech Open Badges 3.0 and CLR 2.0 JSON Schemas ship as resources (resources/schemas/,
// see its SOURCE.md). OB 3.0: "vc2" is the 2024 revision for VC 2.0 credentials (validFrom),
// "vc1" the earlier one for VC 1.1 credentials (issuanceDate). CLR 2.0 has one, for VC 2.0.
// The schema itself is read through the same UTF-8 adapter as credentials (throughQt: through
// valijson's Qt adapter, the tests' reference): the values of its enum and const keywords are
// then compared with a credential's without converting from QString on every comparison.
std::shared_ptr<LoadedSchema> load(const QString& resource, bool throughQt)
{
    auto loaded = std::make_shared<LoadedSchema>();
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        loaded->error = file.errorString();
        return loaded;
    }
    const QJsonObject original = QJsonDocument::fromJson(file.readAll()).object();
    loaded->rootShape = ShapeBuilder(original, loaded->shapes).forNode(original);
    loaded->document = prepared(original);
    loaded->schema = std::make_unique<valijson::Schema>();
    try {
        // The 1EdTech schemas declare draft 2019-09 but use only keywords draft 7 has, and
        // no $ref with sibling keywords, so valijson's draft 7 reads them as meant.
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        parser.addConstraintBuilder(knownPatternKeyword, new KnownPatternBuilder);
        if (throughQt) {
            valijson::adapters::QtJsonAdapter adapter(loaded->document);
            parser.populateSchema(adapter, *loaded->schema);
        } else {
            loaded->node = schemadom::Node::fromQt(loaded->document);
            parser.populateSchema(schemadom::Adapter(loaded->node), *loaded->schema);
        }
    } catch (const std::exception& e) {
        loaded->error = QString::fromUtf8(e.what());
    }
    return loaded;
}

const LoadedSchema& schemaFor(const QString& resource, bool throughQt = false)
{
    static std::mutex mutex;
    static std::map<std::pair<QString, bool>, std::shared_ptr<LoadedSchema>> cache;
    const std::lock_guard<std::mutex> lock(mutex);
    auto& entry = cache[{resource, throughQt}];
    if (!entry)
        entry = load(resource, throughQt);
    return *entry;
}

} // namespace

QStringList handMatchedSchemaPatterns()
{
    return knownPatterns().keys();
}

bool handMatchesSchemaPattern(const QString& pattern, const std::string& text)
{
    const auto matcher = knownPatterns().value(pattern);
    return matcher && matcher(text);
}

namespace {

struct SchemaChoice {
    QString source; // empty: no bundled schema applies
    QString name;
    bool clr = false;
};

SchemaChoice schemaChoiceFor(const QJsonObject& credential)
{
    const QStringList types = typesOf(credential);
    const QJsonArray contexts = asArray(credential.value(QLatin1String("@context")));
    const bool vc1 =
        !contexts.isEmpty() && contexts.first().toString() == QLatin1String("https://www.w3.org/2018/credentials/v1");
    SchemaChoice choice;
    if (types.contains(QLatin1String("OpenBadgeCredential")) || types.contains(QLatin1String("AchievementCredential"))) {
        choice.source = vc1 ? QStringLiteral(":/schemas/ob_v3p0_achievementcredential_vc1.json")
                            : QStringLiteral(":/schemas/ob_v3p0_achievementcredential_vc2.json");
        choice.name = QStringLiteral("Open Badges 3.0 AchievementCredential");
    } else if (types.contains(QLatin1String("EndorsementCredential"))) {
        choice.source = vc1 ? QStringLiteral(":/schemas/ob_v3p0_endorsementcredential_vc1.json")
                            : QStringLiteral(":/schemas/ob_v3p0_endorsementcredential_vc2.json");
        choice.name = QStringLiteral("Open Badges 3.0 EndorsementCredential");
    } else if (types.contains(QLatin1String("ClrCredential"))) {
        choice.source = QStringLiteral(":/schemas/clr_v2p0_clrcredential.json");
        choice.name = QStringLiteral("CLR 2.0 ClrCredential");
        choice.clr = true;
    }
    return choice;
}

// The credential as the schema check validates it, through valijson's Qt adapter (the
// tests' reference).
QJsonValue referenceInstanceFor(const QJsonObject& credential, const LoadedSchema& schema)
{
    QJsonValue instance = shortened(credential);
    if (QJsonValue normalized; asSchemaExpects(instance, *schema.rootShape, 0, normalized))
        instance = normalized;
    return instance;
}

// The credential as the schema check validates it: a UTF-8 copy, normalized.
schemadom::Node instanceFor(const QJsonObject& credential, const LoadedSchema& schema, qsizetype sourceBytes)
{
    // Strings can only be longer than the text they came from.
    schemadom::Node node = schemadom::Node::fromQt(
        sourceBytes >= 0 && sourceBytes <= maxCheckedString ? QJsonValue(credential) : shortened(credential));
    asSchemaExpects(node, *schema.rootShape, 0);
    return node;
}

// The same instance, built from the strictly parsed text of the credential rather than from
// Qt's reading of it (Node::fromJcs); false when that could not promise the same node.
bool instanceFromText(const JcsValue& credential, const LoadedSchema& schema, schemadom::Node& node)
{
    if (!schemadom::Node::fromJcs(credential, maxCheckedString, node))
        return false;
    asSchemaExpects(node, *schema.rootShape, 0);
    return true;
}

// Validates; returns nothing when the instance conforms, otherwise the most specific problems
// (valijson lists them before the enclosing ones), at most three. Throws what valijson throws.
template <typename AdapterType> std::optional<QStringList> problemsWith(const LoadedSchema& schema, const AdapterType& adapter)
{
    // One validator per schema and thread, kept: it caches the compiled std::regex of every
    // pattern not matched by hand, and that cache is not safe to share between threads.
    thread_local std::unordered_map<const LoadedSchema*, valijson::Validator> validators;
    valijson::Validator& validator = validators[&schema];
    // Conforming credentials are the common case: without a results object valijson stops at
    // the first failure and builds no messages (anyOf branches that fail would otherwise each
    // record theirs). Only a credential that fails is validated again to say why.
    if (validator.validate(*schema.schema, adapter, nullptr))
        return std::nullopt;
    valijson::ValidationResults results;
    if (validator.validate(*schema.schema, adapter, &results))
        return std::nullopt; // cannot happen: the same validation, with messages
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
    return problems;
}

} // namespace

Result<QStringList> schemaProblemsForTest(const QJsonObject& credential, bool throughQtAdapter)
{
    const SchemaChoice choice = schemaChoiceFor(credential);
    if (choice.source.isEmpty())
        return Result<QStringList>::failure(QStringLiteral("no bundled schema applies"));
    // The reference reads the schema through valijson's Qt adapter too.
    const LoadedSchema& schema = schemaFor(choice.source, throughQtAdapter);
    if (!schema.error.isEmpty())
        return Result<QStringList>::failure(schema.error);
    const QJsonObject checked = choice.clr ? withJwtCredentialsDecoded(credential) : credential;
    try {
        std::optional<QStringList> problems;
        if (throughQtAdapter) {
            const QJsonValue instance = referenceInstanceFor(checked, schema);
            problems = problemsWith(schema, valijson::adapters::QtJsonAdapter(instance));
        } else {
            const schemadom::Node node = instanceFor(checked, schema, -1);
            problems = problemsWith(schema, schemadom::Adapter(node));
        }
        return problems.value_or(QStringList());
    } catch (const std::exception& e) {
        return Result<QStringList>::failure(QString::fromUtf8(e.what()));
    }
}

Result<bool> schemaInstanceFromTextIsIdenticalForTest(const QByteArray& json)
{
    const auto strict = StrictJsonParser::parse(json);
    const QJsonObject credential = QJsonDocument::fromJson(json).object();
    if (!strict || credential.isEmpty())
        return Result<bool>::failure(QStringLiteral("not a JSON object"));
    const SchemaChoice choice = schemaChoiceFor(credential);
    if (choice.source.isEmpty() || choice.clr)
        return Result<bool>::failure(QStringLiteral("no bundled schema applies, or a CLR"));
    const LoadedSchema& schema = schemaFor(choice.source);
    if (!schema.error.isEmpty())
        return Result<bool>::failure(schema.error);
    schemadom::Node fromText;
    if (!instanceFromText(strict.value(), schema, fromText))
        return Result<bool>::failure(QStringLiteral("declined"));
    return schemadom::identical(fromText, instanceFor(credential, schema, -1));
}

void schemaConformance(
    const QJsonObject& credential, VerificationReport& report, qsizetype sourceBytes, const JcsValue* strictJson)
{
    const QString id = QStringLiteral("schema");
    const SchemaChoice choice = schemaChoiceFor(credential);
    if (choice.source.isEmpty())
        return; // a plain VC or a status list: no schema of ours applies
    const QString& name = choice.name;
    const LoadedSchema& schema = schemaFor(choice.source);
    if (!schema.error.isEmpty()) {
        report.skip(id, QCoreApplication::translate("verify", "The %1 schema could not be loaded: %2").arg(name, schema.error));
        return;
    }
    std::optional<QStringList> problems;
    try {
        // Read once into UTF-8 (see SchemaDom.h) rather than through valijson's Qt adapter.
        // A CLR's carried VC-JWTs are checked as the credentials they carry (the copy then
        // no longer matches the source text's length).
        // From the strictly parsed text when the caller has it (the same node, without going
        // through Qt's values).
        schemadom::Node node;
        if (choice.clr)
            node = instanceFor(withJwtCredentialsDecoded(credential), schema, -1);
        else if (!strictJson || !instanceFromText(*strictJson, schema, node))
            node = instanceFor(credential, schema, sourceBytes);
        problems = problemsWith(schema, schemadom::Adapter(node));
    } catch (const std::exception& e) {
        report.skip(id,
            QCoreApplication::translate("verify", "The %1 schema check could not run: %2")
                .arg(name, QString::fromUtf8(e.what())));
        return;
    }
    if (!problems) {
        report.pass(id, QCoreApplication::translate("verify", "The credential follows the %1 schema.").arg(name));
        return;
    }
    report.fail(id,
        QCoreApplication::translate("verify", "The credential does not follow the %1 schema: %2")
            .arg(name, problems->join(QStringLiteral("; "))));
}

} // namespace credfolio::checks
