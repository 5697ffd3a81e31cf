#include "portfolio/SampleBadges.h"

#include "badge/Baking.h"
#include "crypto/Ed25519SigningKey.h"
#include "crypto/Hash.h"
#include "encoding/Base64.h"
#include "portfolio/BadgeImporter.h"
#include "portfolio/BadgeStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace credfolio::SampleBadges {

namespace {

struct Sample {
    const char* slug;
    const char* name;
    const char* description;
    const char* criteria;
    const char* issued;
    const char* colour;
    const char* glyph;
    QStringList skills;
};

QList<Sample> samples()
{
    return {
        {"spreadsheet-basics", "Spreadsheet Basics (sample)",
            "A sample badge: formulas, references and charts in a spreadsheet. Issued by a fictional academy so you can try "
            "the wallet.",
            "Build a monthly budget sheet with formulas and one chart.", "2025-03-14T10:00:00Z", "#2e7d32", "Σ",
            {QStringLiteral("Spreadsheets"), QStringLiteral("Data visualization")}},
        {"team-communication", "Team Communication (sample)",
            "A sample badge: clear written updates, running a short meeting and giving feedback. Issued by a fictional "
            "academy so you can try the wallet.",
            "Write three project updates and run one retrospective.", "2025-06-02T09:30:00Z", "#1565c0", "✉",
            {QStringLiteral("Written communication"), QStringLiteral("Teamwork")}},
        {"python-foundations", "Python Foundations (sample)",
            "A sample badge: variables, functions, files and tests in Python. Issued by a fictional academy so you can "
            "try the wallet.",
            "Pass the final exercise set with at least 80%.", "2025-09-20T14:00:00Z", "#6a1b9a", "λ",
            {QStringLiteral("Python"), QStringLiteral("Automated testing")}},
    };
}

Ed25519SigningKey academyKey()
{
    // A key anyone can derive: the samples must verify, and must never be mistaken for real badges.
    const QByteArray seed = hash::sha256("Credfolio Sample Academy: a fictional issuer, not a real one");
    return Ed25519SigningKey::fromSeed(seed).value();
}

QString academyDid(const Ed25519SigningKey& key)
{
    return QStringLiteral("did:key:") + QString::fromLatin1(key.publicKey().toMultikey());
}

QByteArray badgeSvg(const Sample& s)
{
    const QString name = QString::fromUtf8(s.name).remove(QStringLiteral(" (sample)"));
    return QStringLiteral(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"256\" height=\"256\" viewBox=\"0 0 256 256\">"
        "<title>%1 (sample badge)</title>"
        "<defs><linearGradient id=\"g\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"1\">"
        "<stop offset=\"0\" stop-color=\"%2\" stop-opacity=\"0.85\"/><stop offset=\"1\" "
        "stop-color=\"%2\"/></linearGradient></defs>"
        "<polygon points=\"128,8 232,68 232,188 128,248 24,188 24,68\" fill=\"url(#g)\" stroke=\"#ffffff\" stroke-width=\"6\"/>"
        "<text x=\"128\" y=\"140\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"84\" fill=\"#ffffff\" "
        "text-anchor=\"middle\">%3</text>"
        "<text x=\"128\" y=\"190\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"17\" fill=\"#ffffff\" "
        "text-anchor=\"middle\">%4</text>"
        "<rect x=\"78\" y=\"206\" width=\"100\" height=\"22\" rx=\"11\" fill=\"#ffffff\"/>"
        "<text x=\"128\" y=\"222\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"13\" fill=\"%2\" "
        "text-anchor=\"middle\" font-weight=\"bold\">SAMPLE</text></svg>")
        .arg(name.toHtmlEscaped(), QLatin1String(s.colour), QString::fromUtf8(s.glyph), name.toHtmlEscaped())
        .toUtf8();
}

QJsonObject credentialFor(const Sample& s, const QString& did)
{
    const QString base = QStringLiteral("https://sample-academy.credfolio.invalid/");
    QJsonArray alignments;
    for (const QString& skill : s.skills) {
        alignments.append(QJsonObject{
            {QStringLiteral("type"), QJsonArray{QStringLiteral("Alignment")}},
            {QStringLiteral("targetName"), skill},
            {QStringLiteral("targetUrl"),
                QString(base + QStringLiteral("skills/") + QString(skill).toLower().replace(QLatin1Char(' '), QLatin1Char('-')))},
            {QStringLiteral("targetType"), QStringLiteral("ceasn:Competency")},
        });
    }
    return QJsonObject{
        {QStringLiteral("@context"),
            QJsonArray{QStringLiteral("https://www.w3.org/ns/credentials/v2"),
                QStringLiteral("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json")}},
        {QStringLiteral("id"), QString(QStringLiteral("urn:credfolio:sample:") + QLatin1String(s.slug))},
        {QStringLiteral("type"), QJsonArray{QStringLiteral("VerifiableCredential"), QStringLiteral("OpenBadgeCredential")}},
        {QStringLiteral("issuer"),
            QJsonObject{
                {QStringLiteral("id"), did},
                {QStringLiteral("type"), QJsonArray{QStringLiteral("Profile")}},
                {QStringLiteral("name"), academyName()},
                {QStringLiteral("description"), QStringLiteral("A fictional issuer of sample badges. Not a real organization.")},
            }},
        {QStringLiteral("validFrom"), QString::fromLatin1(s.issued)},
        {QStringLiteral("name"), QString::fromUtf8(s.name)},
        {QStringLiteral("credentialSubject"),
            QJsonObject{
                {QStringLiteral("type"), QJsonArray{QStringLiteral("AchievementSubject")}},
                {QStringLiteral("achievement"),
                    QJsonObject{
                        {QStringLiteral("id"), QString(base + QStringLiteral("achievements/") + QLatin1String(s.slug))},
                        {QStringLiteral("type"), QJsonArray{QStringLiteral("Achievement")}},
                        {QStringLiteral("name"), QString::fromUtf8(s.name)},
                        {QStringLiteral("description"), QString::fromUtf8(s.description)},
                        {QStringLiteral("criteria"), QJsonObject{{QStringLiteral("narrative"), QString::fromUtf8(s.criteria)}}},
                        {QStringLiteral("alignment"), alignments},
                    }},
            }},
    };
}

QByteArray signVcJwt(const QJsonObject& credential, const Ed25519SigningKey& key, const QString& did)
{
    const QString kid = did + QLatin1Char('#') + did.mid(int(qstrlen("did:key:")));
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("EdDSA")}, {QStringLiteral("typ"), QStringLiteral("vc+jwt")},
        {QStringLiteral("kid"), kid}};
    const QByteArray signingInput = base64url::encode(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + base64url::encode(QJsonDocument(credential).toJson(QJsonDocument::Compact));
    const QByteArray signature = key.sign(signingInput).value();
    return signingInput + '.' + base64url::encode(signature);
}

} // namespace

QString academyName()
{
    return QStringLiteral("Credfolio Sample Academy (fictional)");
}

QList<QPair<QString, QByteArray>> files()
{
    const Ed25519SigningKey key = academyKey();
    const QString did = academyDid(key);
    QList<QPair<QString, QByteArray>> list;
    for (const Sample& s : samples()) {
        const QByteArray jwt = signVcJwt(credentialFor(s, did), key, did);
        const auto baked = Baking::bakeSvg(badgeSvg(s), jwt, Baking::Spec::OpenBadges3);
        if (baked)
            list.append({QStringLiteral("sample-%1.svg").arg(QLatin1String(s.slug)), baked.value()});
    }
    return list;
}

Result<int> install(const QSqlDatabase& db)
{
    BadgeStore store(db);
    int added = 0;
    for (const auto& [name, bytes] : files()) {
        PreparedBadge prepared = BadgeImporter::prepare(bytes, name, VerifyOptions{});
        if (prepared.isError())
            return Result<int>::failure(prepared.error);
        NewBadge badge = BadgeImporter::newBadgeFrom(prepared);
        badge.record.sample = true;
        bool duplicate = false;
        const Result<qint64> id = store.insert(badge, &duplicate);
        if (!id)
            return Result<int>::failure(id.error());
        if (!duplicate)
            ++added;
    }
    return added;
}

Result<int> remove(const QSqlDatabase& db)
{
    return BadgeStore(db).removeSamples();
}

} // namespace credfolio::SampleBadges
