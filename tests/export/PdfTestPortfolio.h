#pragma once

// A small portfolio for the PDF export tests (core and GUI), and the poppler and zbar tools
// that read an exported PDF back.

#include "../TestSupport.h"
#include "../portfolio/BadgeFactory.h"
#include "../portfolio/PortfolioFixtures.h"

#include "portfolio/BadgeImporter.h"
#include "portfolio/BadgeStore.h"
#include "portfolio/LearnerProfile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace credfolio::test {

// A learner name in five scripts: Latin with diacritics, Greek, Cyrillic, Arabic, CJK.
inline QString mixedScriptName()
{
    return QStringLiteral("Zoë Çelik-Παπαδοπούλου Иванова محمد 王小明");
}

// Runs a command-line tool; fails the test (never skips) when it is missing or fails.
struct Tool {
    int code = -1;
    QByteArray out;
    QByteArray err;
};
inline Tool runTool(const QString& program, const QStringList& args)
{
    Tool t;
    if (QStandardPaths::findExecutable(program).isEmpty()) {
        t.err = program.toUtf8() + " is not installed (scripts/deps.sh installs it)";
        return t;
    }
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    t.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    t.out = p.readAllStandardOutput();
    t.err = p.readAllStandardError();
    return t;
}

// pdftotext's text, with what PDF text extraction adds taken out: NFKC folds Arabic
// presentation forms back to letters, and bidi embedding marks are dropped.
inline QString pdfText(const QString& pdf, int page = 0)
{
    QStringList args{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    args << pdf << QStringLiteral("-");
    const Tool t = runTool(QStringLiteral("pdftotext"), args);
    if (t.code != 0)
        qWarning("pdftotext: %s", t.err.constData());
    QString text = QString::fromUtf8(t.out).normalized(QString::NormalizationForm_KC);
    static const QRegularExpression bidi(QStringLiteral("[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]"));
    return text.remove(bidi);
}

// Whether text holds the name letter for letter. Spaces are left out of the comparison:
// pdftotext rebuilds word spacing from glyph positions, and around a right-to-left run
// (the Arabic part) it puts the separating space on the other side of the run.
inline bool containsName(const QString& text, const QString& name)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QString haystack = text;
    QString needle = name.normalized(QString::NormalizationForm_KC);
    return haystack.remove(space).contains(needle.remove(space));
}

// pdfinfo's "Key: value" lines.
inline QMap<QString, QString> pdfInfo(const QString& pdf)
{
    QMap<QString, QString> info;
    const Tool t = runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf});
    for (const QString& line : QString::fromUtf8(t.out).split(QLatin1Char('\n'))) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon > 0)
            info.insert(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    return info;
}

// The QR codes zbarimg finds on each page, rendered (once, in grey) at dpi.
inline QList<QStringList> qrCodesByPage(const QString& pdf, const QString& workDir, int dpi = 100)
{
    QDir dir(workDir);
    dir.mkpath(QStringLiteral("qr"));
    dir.cd(QStringLiteral("qr"));
    for (const QString& old : dir.entryList(QDir::Files))
        dir.remove(old);
    runTool(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-gray"), QStringLiteral("-png"), pdf,
            dir.filePath(QStringLiteral("page"))});
    QList<QStringList> pages;
    // page-1.png ... or page-01.png ...: the same width, so name order is page order.
    for (const QString& image : dir.entryList({QStringLiteral("page-*.png")}, QDir::Files, QDir::Name)) {
        const Tool t = runTool(QStringLiteral("zbarimg"), {QStringLiteral("-q"), QStringLiteral("--raw"), dir.filePath(image)});
        QStringList codes;
        for (const QByteArray& line : t.out.split('\n')) {
            if (!line.trimmed().isEmpty())
                codes.append(QString::fromUtf8(line.trimmed()));
        }
        pages.append(codes);
    }
    return pages;
}

// An Open Badges 3.0 credential whose id is an https URL (so it has a QR code), signed
// with eddsa-jcs-2022 by a did:key held here.
inline QByteArray httpsIdCredential(const QString& id, const QString& name, const QString& skill)
{
    const Ed25519SigningKey key = Ed25519SigningKey::fromSeed(hash::sha256("credfolio pdf export test issuer")).value();
    const QString did = QStringLiteral("did:key:") + QString::fromLatin1(key.publicKey().toMultikey());
    QJsonObject vc{
        {QStringLiteral("@context"),
            QJsonArray{QStringLiteral("https://www.w3.org/ns/credentials/v2"),
                QStringLiteral("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json")}},
        {QStringLiteral("id"), id},
        {QStringLiteral("type"), QJsonArray{QStringLiteral("VerifiableCredential"), QStringLiteral("OpenBadgeCredential")}},
        {QStringLiteral("issuer"),
            QJsonObject{{QStringLiteral("id"), did}, {QStringLiteral("type"), QJsonArray{QStringLiteral("Profile")}},
                {QStringLiteral("name"), QStringLiteral("Université Libre d'Exemple")}}},
        {QStringLiteral("validFrom"), QStringLiteral("2024-05-02T09:00:00Z")},
        {QStringLiteral("validUntil"), QStringLiteral("2030-05-02T09:00:00Z")},
        {QStringLiteral("name"), name},
        {QStringLiteral("credentialSubject"),
            QJsonObject{{QStringLiteral("id"), QStringLiteral("did:example:learner")},
                {QStringLiteral("type"), QJsonArray{QStringLiteral("AchievementSubject")}},
                {QStringLiteral("achievement"),
                    QJsonObject{{QStringLiteral("id"), QStringLiteral("https://univ.example/achievements/stats")},
                        {QStringLiteral("type"), QJsonArray{QStringLiteral("Achievement")}}, {QStringLiteral("name"), name},
                        {QStringLiteral("description"), QStringLiteral("Applied statistics with real survey data.")},
                        {QStringLiteral("criteria"),
                            QJsonObject{{QStringLiteral("narrative"), QStringLiteral("Pass the final project review.")}}},
                        {QStringLiteral("alignment"),
                            QJsonArray{QJsonObject{{QStringLiteral("type"), QJsonArray{QStringLiteral("Alignment")}},
                                {QStringLiteral("targetName"), skill},
                                {QStringLiteral("targetUrl"), QStringLiteral("https://univ.example/skills/stats")}}}}}}}},
    };
    QJsonObject proof{{QStringLiteral("type"), QStringLiteral("DataIntegrityProof")},
        {QStringLiteral("cryptosuite"), QStringLiteral("eddsa-jcs-2022")},
        {QStringLiteral("created"), QStringLiteral("2024-05-02T09:00:00Z")},
        {QStringLiteral("verificationMethod"), QString(did + QLatin1Char('#') + did.mid(8))},
        {QStringLiteral("proofPurpose"), QStringLiteral("assertionMethod")}};
    const auto document = StrictJsonParser::parse(QJsonDocument(vc).toJson(QJsonDocument::Compact)).value();
    const auto proofValue = StrictJsonParser::parse(QJsonDocument(proof).toJson(QJsonDocument::Compact)).value();
    const QByteArray data = EddsaJcs2022Suite::hashData(document, proofValue).value();
    proof.insert(
        QStringLiteral("proofValue"), QString::fromLatin1(multibase::encode(multibase::Base::Base58Btc, key.sign(data).value())));
    vc.insert(QStringLiteral("proof"), proof);
    return QJsonDocument(vc).toJson(QJsonDocument::Indented);
}

// Five badges in four containers and two verdicts, with a collection of two:
// an OB 2.0 hosted assertion (https id: QR), a baked PNG VC-JWT, a baked SVG Data Integrity
// credential from BadgeFactory, a VC with an https id (QR), and an OB 2.0 signed assertion with the wrong key
// kept as invalid (no QR: signed assertions have no verification URL). The profile carries the mixed-script name.
struct PdfTestPortfolio {
    std::unique_ptr<Database> db;
    BadgeFixtures fixtures;
    QList<qint64> ids;

    void build(const QTemporaryDir& dir)
    {
        db = openFresh(dir, QStringLiteral("pdf-export.sqlite"));
        LearnerProfile profile;
        profile.name = mixedScriptName();
        profile.headline = QStringLiteral("Data analyst · Αναλύτρια δεδομένων");
        profile.emails = {QStringLiteral("zoe@example.org")};
        profile.urls = {QStringLiteral("https://zoe.example.org/")};
        if (!profile.save(db->connection()))
            qFatal("cannot save the profile");
        BadgeImporter importer(db->connection());
        const QString vcPath = dir.filePath(QStringLiteral("statistics.json"));
        QFile vcFile(vcPath);
        vcFile.open(QIODevice::WriteOnly);
        vcFile.write(httpsIdCredential(QStringLiteral("https://univ.example/credentials/4711"),
            QStringLiteral("Applied Statistics"), QStringLiteral("Statistics")));
        vcFile.close();
        const QString svgPath = dir.filePath(QStringLiteral("factory-badge.svg"));
        QFile svgFile(svgPath);
        svgFile.open(QIODevice::WriteOnly);
        svgFile.write(BadgeFactory().make(3, BadgeFactory::Kind::DiSvg));
        svgFile.close();
        const QStringList files{fixtures.named(QStringLiteral("ob2-hosted-valid")).path,
            fixtures.named(QStringLiteral("baked-png-jwt-eddsa-valid")).path, svgPath, vcPath,
            fixtures.named(QStringLiteral("ob2-signed-wrong-key")).path};
        for (const QString& file : files) {
            const ImportOutcome outcome = importer.importFile(file, {fixtures.options(), true});
            if (outcome.id <= 0)
                qFatal("cannot import %s: %s", qPrintable(file), qPrintable(outcome.message));
            if (outcome.result == ImportOutcome::Result::Duplicate)
                qFatal("%s is a duplicate of badge %lld", qPrintable(file), outcome.id);
            ids.append(outcome.id);
        }
        BadgeStore store(db->connection());
        const qint64 collection = store.createCollection(QStringLiteral("Job at Contoso")).value();
        store.addToCollection(collection, {ids.at(2), ids.at(3)});
    }
};

} // namespace credfolio::test
