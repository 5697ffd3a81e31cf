#include "export/PresentationBuilder.h"

#include "badge/BadgeContainer.h"
#include "encoding/Base64.h"
#include "export/ProofSigner.h"
#include "identity/LearnerKeys.h"
#include "jcs/StrictJsonParser.h"
#include "jsonld/BundledContexts.h"
#include "portfolio/BadgeStore.h"
#include "verify/CredentialDispatch.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace credfolio {

namespace {

const QString vcV2Context = QStringLiteral("https://www.w3.org/ns/credentials/v2");

// Every @context URL named anywhere in the document (scoped contexts included).
void contextUrls(const JcsValue& value, QStringList& urls)
{
    if (value.type() == JcsValue::Type::Array) {
        for (const JcsValue& item : value.items())
            contextUrls(item, urls);
    } else if (value.type() == JcsValue::Type::Object) {
        for (const auto& m : value.members()) {
            if (m.first == QLatin1String("@context")) {
                const std::vector<JcsValue> items =
                    m.second.type() == JcsValue::Type::Array ? m.second.items() : std::vector<JcsValue>{m.second};
                for (const JcsValue& c : items) {
                    if (c.type() == JcsValue::Type::String && !urls.contains(c.toString()))
                        urls.append(c.toString());
                }
            }
            contextUrls(m.second, urls);
        }
    }
}

QStringList typesOf(const QJsonObject& object)
{
    const QJsonValue type = object.value(QLatin1String("type"));
    QStringList types;
    if (type.isString())
        types.append(type.toString());
    for (const QJsonValue& t : type.toArray())
        types.append(t.toString());
    return types;
}

} // namespace

QString PresentedBadge::formName(Form form)
{
    switch (form) {
    case Form::Embedded:
        return QStringLiteral("embedded");
    case Form::Enveloped:
        return QStringLiteral("enveloped");
    case Form::Skipped:
        break;
    }
    return QStringLiteral("skipped");
}

int Presentation::carried() const
{
    int n = 0;
    for (const PresentedBadge& b : badges)
        n += b.form != PresentedBadge::Form::Skipped;
    return n;
}

void PresentationBuilder::skip(const BadgeRecord& record, const QString& reason)
{
    m_entries.append(Entry{{record.id, record.name, PresentedBadge::Form::Skipped, reason}, {}});
}

Status PresentationBuilder::add(const BadgeRecord& record, const QByteArray& original)
{
    if (record.isSelfReported() || original.isEmpty()) {
        skip(record,
            QCoreApplication::translate(
                "PresentationBuilder", "a self-reported badge has no credential an employer could verify"));
        return {};
    }
    const auto extracted = BadgeContainer::extract(original);
    if (!extracted) {
        skip(record, QCoreApplication::translate("PresentationBuilder", "its file cannot be read: %1").arg(extracted.error()));
        return {};
    }
    const ExtractedCredential& credential = extracted.value();
    if (credential.payload == ExtractedCredential::Payload::Url) {
        skip(record,
            QCoreApplication::translate(
                "PresentationBuilder", "an Open Badges 2.0 hosted assertion is not a verifiable credential"));
        return {};
    }
    const QByteArray text = credential.bytes.trimmed();
    if (credential.payload == ExtractedCredential::Payload::CompactJws) {
        const QList<QByteArray> parts = text.split('.');
        const auto payload = parts.size() == 3 ? base64url::decode(parts.at(1)) : Result<QByteArray>::failure(QString());
        const QJsonObject claims = payload ? QJsonDocument::fromJson(payload.value()).object() : QJsonObject();
        if (claims.isEmpty()) {
            skip(record, QCoreApplication::translate("PresentationBuilder", "its signed content cannot be read"));
            return {};
        }
        if (isOb2Assertion(claims)) {
            skip(record,
                QCoreApplication::translate(
                    "PresentationBuilder", "an Open Badges 2.0 signed assertion is not a verifiable credential"));
            return {};
        }
        m_entries.append(Entry{{record.id, record.name, PresentedBadge::Form::Enveloped, {}}, text});
        return {};
    }
    const auto strict = StrictJsonParser::parse(text);
    const QJsonObject object = QJsonDocument::fromJson(text).object();
    if (!strict || strict->type() != JcsValue::Type::Object || object.isEmpty()) {
        skip(record, QCoreApplication::translate("PresentationBuilder", "its JSON cannot be read strictly"));
        return {};
    }
    if (isOb2Assertion(object)) {
        skip(record,
            QCoreApplication::translate("PresentationBuilder", "an Open Badges 2.0 assertion is not a verifiable credential"));
        return {};
    }
    if (!typesOf(object).contains(QLatin1String("VerifiableCredential"))) {
        skip(record, QCoreApplication::translate("PresentationBuilder", "it is not a verifiable credential"));
        return {};
    }
    if (!object.contains(QLatin1String("proof"))) {
        skip(record, QCoreApplication::translate("PresentationBuilder", "it carries no proof, so no one could verify it"));
        return {};
    }
    const QJsonArray contexts = object.value(QLatin1String("@context")).isArray()
        ? object.value(QLatin1String("@context")).toArray()
        : QJsonArray{object.value(QLatin1String("@context"))};
    const QString first = contexts.first().toString();
    if (first != vcV2Context && first != QLatin1String("https://www.w3.org/2018/credentials/v1")) {
        skip(record,
            QCoreApplication::translate("PresentationBuilder", "its first JSON-LD context is not a W3C credentials context"));
        return {};
    }
    QStringList urls;
    contextUrls(strict.value(), urls);
    const QStringList bundled = jsonld::bundledContextUrls();
    for (const QString& url : std::as_const(urls)) {
        if (!bundled.contains(url)) {
            return Status::failure(QCoreApplication::translate("PresentationBuilder",
                "The badge \"%1\" uses the JSON-LD context %2, which Credfolio does not carry, so a presentation holding it "
                "could not be signed in a form anyone can verify. Leave this badge out of the presentation.")
                                       .arg(record.name, url));
        }
    }
    m_entries.append(Entry{{record.id, record.name, PresentedBadge::Form::Embedded, {}}, text});
    return {};
}

Status PresentationBuilder::addAll(const BadgeStore& store, const std::vector<BadgeRecord>& badges)
{
    for (const BadgeRecord& record : badges) {
        if (Status s = add(record, store.original(record.id)); !s)
            return s;
    }
    return {};
}

Result<QByteArray> PresentationBuilder::assemble(const QList<Entry>& entries, const QString& holder)
{
    // The credentials go in as their original text: placeholders in the serialized skeleton
    // are replaced by it, so not a byte of a credential is re-encoded.
    const QString marker = QStringLiteral("credfolio-credential-%1-").arg(QUuid::createUuid().toString(QUuid::Id128));
    QJsonArray carried;
    QList<QPair<QByteArray, QByteArray>> replacements;
    for (const Entry& entry : entries) {
        if (entry.badge.form == PresentedBadge::Form::Embedded) {
            const QString placeholder = marker + QString::number(replacements.size());
            carried.append(placeholder);
            replacements.append({'"' + placeholder.toUtf8() + '"', entry.text});
        } else if (entry.badge.form == PresentedBadge::Form::Enveloped) {
            carried.append(QJsonObject{{QStringLiteral("@context"), vcV2Context},
                {QStringLiteral("id"), QString(QStringLiteral("data:application/vc+jwt,") + QString::fromLatin1(entry.text))},
                {QStringLiteral("type"), QStringLiteral("EnvelopedVerifiableCredential")}});
        }
    }
    const QJsonObject skeleton{{QStringLiteral("@context"), QJsonArray{vcV2Context}},
        {QStringLiteral("id"), QString(QStringLiteral("urn:uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces))},
        {QStringLiteral("type"), QJsonArray{QStringLiteral("VerifiablePresentation")}}, {QStringLiteral("holder"), holder},
        {QStringLiteral("verifiableCredential"), carried}};
    QByteArray text = QJsonDocument(skeleton).toJson(QJsonDocument::Indented);
    for (const auto& [placeholder, credential] : std::as_const(replacements)) {
        const qsizetype at = text.indexOf(placeholder);
        if (at < 0)
            return Result<QByteArray>::failure(
                QCoreApplication::translate("PresentationBuilder", "the presentation could not be assembled"));
        text.replace(at, placeholder.size(), credential);
    }
    return text;
}

Result<Presentation> PresentationBuilder::build(const PresentationOptions& options) const
{
    using R = Result<Presentation>;
    Presentation presentation;
    presentation.holder = LearnerKeys::didKey(m_key.publicKey());
    for (const Entry& entry : m_entries)
        presentation.badges.append(entry.badge);
    if (presentation.carried() == 0)
        return R::failure(QCoreApplication::translate(
            "PresentationBuilder", "None of the chosen badges is a verifiable credential that a presentation can carry."));

    ProofSigner::Request request;
    request.proofPurpose = QStringLiteral("authentication");
    request.created = options.created.isValid() ? options.created : QDateTime::currentDateTimeUtc();
    request.challenge = options.challenge;
    request.domain = options.domain;
    const auto sign = [&](const QList<Entry>& entries, QByteArray* text) -> Result<QByteArray> {
        auto assembled = assemble(entries, presentation.holder);
        if (!assembled)
            return assembled;
        *text = assembled.value();
        const auto unsignedDocument = StrictJsonParser::parse(*text);
        if (!unsignedDocument)
            return Result<QByteArray>::failure(
                QCoreApplication::translate("PresentationBuilder", "the presentation could not be assembled: %1")
                    .arg(unsignedDocument.error()));
        return ProofSigner::signEddsaRdfc2022(unsignedDocument.value(), m_key, request);
    };
    QByteArray text;
    const auto proof = sign(m_entries, &text);
    if (!proof) {
        // Say which badge stands in the way (a term its contexts do not define, say): the
        // first that cannot be signed on its own.
        for (const Entry& entry : m_entries) {
            QByteArray alone;
            const auto single =
                entry.badge.form == PresentedBadge::Form::Skipped ? Result<QByteArray>(QByteArray()) : sign({entry}, &alone);
            if (!single)
                return R::failure(QCoreApplication::translate("PresentationBuilder",
                    "The badge \"%1\" cannot be carried in a signed presentation: %2. Leave it out of the "
                    "presentation.")
                                      .arg(entry.badge.name, single.error()));
        }
        return R::failure(proof.error());
    }
    const qsizetype end = text.lastIndexOf("\n}");
    if (end < 0)
        return R::failure(QCoreApplication::translate("PresentationBuilder", "the presentation could not be assembled"));
    text.insert(end, QByteArray(",\n    \"proof\": ") + proof.value());
    if (!StrictJsonParser::parse(text))
        return R::failure(QCoreApplication::translate("PresentationBuilder", "the signed presentation could not be assembled"));
    presentation.json = text;
    return presentation;
}

} // namespace credfolio
