// The signed Verifiable Presentation (core/export/PresentationBuilder, core/verify/
// PresentationVerifier): an exported presentation verifies with each credential reported;
// challenge and domain round-trip; tampering with the presentation or a credential inside is
// caught by the right check; credentials that are not VCs are left out; the CLI contract
// (export presentation, verify --challenge/--domain) in-process.

#include "../TestSupport.h"
#include "../portfolio/BadgeFactory.h"
#include "../portfolio/PortfolioFixtures.h"

#include "CliContext.h"
#include "badge/BadgeContainer.h"
#include "export/ExportSelection.h"
#include "export/PresentationBuilder.h"
#include "identity/LearnerKeys.h"
#include "portfolio/BadgeImporter.h"
#include "portfolio/BadgeStore.h"
#include "verify/Verifier.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace credfolio;
using namespace credfolio::test;

namespace {

const QDateTime signedAt = QDateTime(QDate(2025, 5, 1), QTime(9, 0), Qt::UTC);

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject parse(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

QByteArray serialize(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

CheckStatus statusOf(const VerificationReport& report, const QString& id)
{
    const VerificationCheck* check = report.find(id);
    return check ? check->status : CheckStatus::Skip;
}

bool hasCheck(const VerificationReport& report, const QString& id, CheckStatus status)
{
    for (const VerificationCheck& c : report.checks) {
        if (c.id == id && c.status == status)
            return true;
    }
    return false;
}

QString describe(const VerificationReport& report)
{
    QString text = verdictName(report.verdict()) + QLatin1Char(':');
    for (const VerificationCheck& c : report.checks)
        text += QLatin1Char(' ') + c.id + QLatin1Char('=') + checkStatusName(c.status);
    for (const VerificationReport& inner : report.embedded)
        text += QStringLiteral(" [") + describe(inner) + QLatin1Char(']');
    return text + report.error;
}

} // namespace

class TestPresentation : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void exportedPresentationVerifies();
    void credentialsGoInUnchanged();
    void challengeAndDomainRoundTrip();
    void tamperingIsCaught_data();
    void tamperingIsCaught();
    void expiredCredentialInsideCounts();
    void unbundledContextIsRefused();
    void nothingToCarryFails();
    void vc11CredentialGoesIn();
    void unsignableCredentialIsNamed();
    void importerRefusesPresentation();
    void cliExportAndVerify();

private:
    qint64 importFile(const QString& path);
    qint64 importBytes(const QByteArray& bytes, const QString& name);
    QList<qint64> importStandardSet();
    Presentation exportSelection(const QList<qint64>& ids, const PresentationOptions& options = {});
    VerifyOptions verifyOptions(const QString& challenge = {}, const QString& domain = {}) const;
    int cli(QStringList args, QByteArray* out = nullptr, QByteArray* err = nullptr);

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    BadgeFixtures m_fixtures;
    Ed25519SigningKey m_key = Ed25519SigningKey::fromSeed(hash::sha256("credfolio test presentation holder")).value();
};

void TestPresentation::initTestCase()
{
    // No keychain answers in this process (the session bus leads nowhere), so the CLI keeps
    // the learner's key in a passphrase-sealed file under this temporary data directory.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + m_home.filePath(QStringLiteral("no-bus")).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
}

void TestPresentation::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = openFresh(*m_dir);
}

void TestPresentation::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestPresentation::importBytes(const QByteArray& bytes, const QString& name)
{
    BadgeImporter importer(m_db->connection());
    const PreparedBadge prepared = BadgeImporter::prepare(bytes, name, m_fixtures.options());
    if (prepared.isError())
        qFatal("cannot prepare %s: %s", qPrintable(name), qPrintable(prepared.error));
    const ImportOutcome outcome = importer.store(prepared, true);
    if (outcome.id <= 0)
        qFatal("cannot import %s: %s", qPrintable(name), qPrintable(outcome.message));
    return outcome.id;
}

qint64 TestPresentation::importFile(const QString& path)
{
    return importBytes(readFile(path), path);
}

// Distinct credentials (several fixtures share one credential id, and the portfolio keeps one
// of each): a VC-JWT, JSON-LD credentials (eddsa-jcs-2022, eddsa-rdfc-2022, baked in PNG and SVG), an
// Open Badges 2.0 assertion and a self-reported entry.
QList<qint64> TestPresentation::importStandardSet()
{
    QList<qint64> ids;
    ids << importFile(m_fixtures.named(QStringLiteral("jwt-eddsa-valid")).path);
    ids << importFile(m_fixtures.named(QStringLiteral("di-endorsement-valid")).path);
    ids << importFile(QStringLiteral(CREDFOLIO_TEST_DATA "/rdf-suites/signed/eddsa-rdfc-2022-didkey.json"));
    QImage image(16, 16, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    const QByteArray credential = BadgeFactory().make(6, BadgeFactory::Kind::DiJson);
    ids << importBytes(Baking::bakePng(png, credential, Baking::Spec::OpenBadges3).value(), QStringLiteral("factory.png"));
    ids << importBytes(BadgeFactory().make(3, BadgeFactory::Kind::DiSvg), QStringLiteral("factory.svg"));
    ids << importFile(m_fixtures.named(QStringLiteral("ob2-signed-valid")).path);
    BadgeImporter importer(m_db->connection());
    SelfReportedEntry self;
    self.name = QStringLiteral("Online course certificate");
    self.issuerName = QStringLiteral("Course Platform");
    self.url = QStringLiteral("https://courses.example/cert/1");
    const auto selfId = importer.addSelfReported(self);
    if (!selfId)
        qFatal("%s", qPrintable(selfId.error()));
    ids << selfId.value();
    return ids;
}

Presentation TestPresentation::exportSelection(const QList<qint64>& ids, const PresentationOptions& given)
{
    BadgeStore store(m_db->connection());
    ExportSelection selection;
    selection.badgeIds = ids;
    const auto badges = resolveSelection(store, selection);
    if (!badges)
        qFatal("%s", qPrintable(badges.error()));
    PresentationBuilder builder(m_key);
    if (Status s = builder.addAll(store, badges.value()); !s)
        qFatal("%s", qPrintable(s.error()));
    PresentationOptions options = given;
    options.created = signedAt;
    auto presentation = builder.build(options);
    if (!presentation)
        qFatal("%s", qPrintable(presentation.error()));
    return presentation.value();
}

VerifyOptions TestPresentation::verifyOptions(const QString& challenge, const QString& domain) const
{
    VerifyOptions options = m_fixtures.options();
    options.challenge = challenge;
    options.domain = domain;
    return options;
}

void TestPresentation::exportedPresentationVerifies()
{
    const QList<qint64> ids = importStandardSet();
    const Presentation p = exportSelection(ids);
    QCOMPARE(p.holder, LearnerKeys::didKey(m_key.publicKey()));
    QCOMPARE(p.badges.size(), ids.size());
    QCOMPARE(p.carried(), 5);
    QCOMPARE(p.badges.at(0).form, PresentedBadge::Form::Enveloped);
    for (int i = 1; i <= 4; ++i)
        QCOMPARE(p.badges.at(i).form, PresentedBadge::Form::Embedded);
    QCOMPARE(p.badges.at(5).form, PresentedBadge::Form::Skipped);
    QVERIFY(p.badges.at(5).reason.contains(QStringLiteral("Open Badges 2.0")));
    QCOMPARE(p.badges.at(6).form, PresentedBadge::Form::Skipped);
    QVERIFY(p.badges.at(6).reason.contains(QStringLiteral("self-reported")));

    const QJsonObject vp = parse(p.json);
    QCOMPARE(
        vp.value(QLatin1String("@context")).toArray().first().toString(), QStringLiteral("https://www.w3.org/ns/credentials/v2"));
    QCOMPARE(vp.value(QLatin1String("type")).toArray().first().toString(), QStringLiteral("VerifiablePresentation"));
    QCOMPARE(vp.value(QLatin1String("holder")).toString(), p.holder);
    const QJsonObject proof = vp.value(QLatin1String("proof")).toObject();
    QCOMPARE(proof.value(QLatin1String("type")).toString(), QStringLiteral("DataIntegrityProof"));
    QCOMPARE(proof.value(QLatin1String("cryptosuite")).toString(), QStringLiteral("eddsa-rdfc-2022"));
    QCOMPARE(proof.value(QLatin1String("proofPurpose")).toString(), QStringLiteral("authentication"));
    QCOMPARE(proof.value(QLatin1String("verificationMethod")).toString(), LearnerKeys::verificationMethod(m_key.publicKey()));
    QCOMPARE(proof.value(QLatin1String("created")).toString(), QStringLiteral("2025-05-01T09:00:00Z"));
    QVERIFY(!proof.contains(QLatin1String("challenge")));
    QCOMPARE(vp.value(QLatin1String("verifiableCredential")).toArray().size(), 5);

    const VerificationReport report = Verifier::verifyFile(p.json, verifyOptions());
    QVERIFY2(report.verdict() == Verdict::Valid, qPrintable(describe(report)));
    QCOMPARE(report.format, QStringLiteral("vp-data-integrity"));
    QCOMPARE(report.credential.recipient, p.holder);
    for (const QString& id :
        {QStringLiteral("presentation.type"), QStringLiteral("proof.purpose"), QStringLiteral("presentation.holder"),
            QStringLiteral("key.resolve"), QStringLiteral("proof.signature"), QStringLiteral("presentation.credentials")})
        QVERIFY2(statusOf(report, id) == CheckStatus::Pass, qPrintable(id));
    QCOMPARE(report.embedded.size(), 5);
    QCOMPARE(report.embedded.at(0).format, QStringLiteral("vc-jwt"));
    for (const VerificationReport& inner : report.embedded)
        QVERIFY2(inner.verdict() == Verdict::Valid, qPrintable(describe(inner)));
    // The credentials are reported as they are: the embedded ones by their own ids.
    QCOMPARE(report.embedded.at(2).credential.id, QStringLiteral("urn:uuid:3c7f4a4e-8d0e-4b43-9a59-2f3c6a1e9b10"));
    // JSON output carries the embedded reports (what the CLI and the GUI show).
    QCOMPARE(report.toJson().value(QLatin1String("embedded")).toArray().size(), 5);
}

void TestPresentation::credentialsGoInUnchanged()
{
    const QList<qint64> ids = importStandardSet();
    const Presentation p = exportSelection(ids.mid(0, 5));
    BadgeStore store(m_db->connection());
    // Embedded credentials are their original JSON text, byte for byte (baked ones: the text
    // the image carries); the VC-JWT is the original compact JWS in a data: URL.
    for (int i = 0; i < 5; ++i) {
        const auto extracted = BadgeContainer::extract(store.original(ids.at(i)));
        QVERIFY(extracted);
        const QByteArray text = extracted->bytes.trimmed();
        if (i == 0)
            QVERIFY(p.json.contains(QByteArray("\"data:application/vc+jwt," + text + '"')));
        else
            QVERIFY2(p.json.contains(text), qPrintable(QString::number(i)));
    }
}

void TestPresentation::challengeAndDomainRoundTrip()
{
    const QList<qint64> ids = importStandardSet();
    PresentationOptions options;
    options.challenge = QStringLiteral("c0ffee-7731");
    options.domain = QStringLiteral("jobs.employer.example");
    const Presentation p = exportSelection(ids.mid(0, 2), options);
    const QJsonObject proof = parse(p.json).value(QLatin1String("proof")).toObject();
    QCOMPARE(proof.value(QLatin1String("challenge")).toString(), options.challenge);
    QCOMPARE(proof.value(QLatin1String("domain")).toString(), options.domain);

    VerificationReport report = Verifier::verifyFile(p.json, verifyOptions(options.challenge, options.domain));
    QVERIFY2(report.verdict() == Verdict::Valid, qPrintable(describe(report)));
    QCOMPARE(statusOf(report, QStringLiteral("proof.challenge")), CheckStatus::Pass);
    QCOMPARE(statusOf(report, QStringLiteral("proof.domain")), CheckStatus::Pass);

    // Nothing expected: reported, not judged, and the verdict stands.
    report = Verifier::verifyFile(p.json, verifyOptions());
    QCOMPARE(report.verdict(), Verdict::Valid);
    QVERIFY(!report.find(QStringLiteral("proof.challenge"))->required);

    report = Verifier::verifyFile(p.json, verifyOptions(QStringLiteral("another-nonce"), options.domain));
    QCOMPARE(report.verdict(), Verdict::Invalid);
    QCOMPARE(statusOf(report, QStringLiteral("proof.challenge")), CheckStatus::Fail);
    QCOMPARE(statusOf(report, QStringLiteral("proof.signature")), CheckStatus::Pass);

    report = Verifier::verifyFile(p.json, verifyOptions(options.challenge, QStringLiteral("evil.example")));
    QCOMPARE(report.verdict(), Verdict::Invalid);
    QCOMPARE(statusOf(report, QStringLiteral("proof.domain")), CheckStatus::Fail);

    // A presentation made without a challenge does not answer one.
    const Presentation plain = exportSelection(ids.mid(0, 1));
    report = Verifier::verifyFile(plain.json, verifyOptions(options.challenge));
    QCOMPARE(report.verdict(), Verdict::Invalid);
    QCOMPARE(statusOf(report, QStringLiteral("proof.challenge")), CheckStatus::Fail);
}

using Mutation = std::function<void(QJsonObject&)>;
Q_DECLARE_METATYPE(Mutation)

void TestPresentation::tamperingIsCaught_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("check"); // the presentation check that must fail
    QTest::addColumn<int>("inner"); // the embedded credential that must fail, or -1
    QTest::addColumn<QString>("innerCheck");

    const auto proofField = [](const QString& name, const QJsonValue& value) {
        return Mutation([name, value](QJsonObject& vp) {
            QJsonObject proof = vp.value(QLatin1String("proof")).toObject();
            proof.insert(name, value);
            vp.insert(QStringLiteral("proof"), proof);
        });
    };
    const QString other = LearnerKeys::didKey(Ed25519SigningKey::fromSeed(hash::sha256("someone else")).value().publicKey());
    QTest::newRow("holder") << Mutation([other](QJsonObject& vp) { vp.insert(QStringLiteral("holder"), other); })
                            << QStringLiteral("presentation.holder") << -1 << QString();
    QTest::newRow("proof-created") << proofField(QStringLiteral("created"), QStringLiteral("2025-05-02T09:00:00Z"))
                                   << QStringLiteral("proof.signature") << -1 << QString();
    QTest::newRow("proof-challenge-added") << proofField(QStringLiteral("challenge"), QStringLiteral("replayed"))
                                           << QStringLiteral("proof.signature") << -1 << QString();
    QTest::newRow("proof-purpose") << proofField(QStringLiteral("proofPurpose"), QStringLiteral("assertionMethod"))
                                   << QStringLiteral("proof.purpose") << -1 << QString();
    QTest::newRow("proof-value") << Mutation([](QJsonObject& vp) {
        QJsonObject proof = vp.value(QLatin1String("proof")).toObject();
        QString value = proof.value(QLatin1String("proofValue")).toString();
        value[10] = value[10] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        proof.insert(QStringLiteral("proofValue"), value);
        vp.insert(QStringLiteral("proof"), proof);
    }) << QStringLiteral("proof.signature")
                                 << -1 << QString();
    QTest::newRow("proof-removed") << Mutation([](QJsonObject& vp) { vp.remove(QStringLiteral("proof")); })
                                   << QStringLiteral("proof") << -1 << QString();
    QTest::newRow("credential-added") << Mutation([](QJsonObject& vp) {
        QJsonArray carried = vp.value(QLatin1String("verifiableCredential")).toArray();
        carried.append(parse(BadgeFactory().make(9, BadgeFactory::Kind::DiJson)));
        vp.insert(QStringLiteral("verifiableCredential"), carried);
    }) << QStringLiteral("proof.signature")
                                      << -1 << QString();
    QTest::newRow("credential-removed") << Mutation([](QJsonObject& vp) {
        QJsonArray carried = vp.value(QLatin1String("verifiableCredential")).toArray();
        carried.removeLast();
        vp.insert(QStringLiteral("verifiableCredential"), carried);
    }) << QStringLiteral("proof.signature")
                                        << -1 << QString();
    QTest::newRow("embedded-claim") << Mutation([](QJsonObject& vp) {
        QJsonArray carried = vp.value(QLatin1String("verifiableCredential")).toArray();
        QJsonObject vc = carried.at(1).toObject();
        vc.insert(QStringLiteral("name"), QStringLiteral("A badge I never earned"));
        carried[1] = vc;
        vp.insert(QStringLiteral("verifiableCredential"), carried);
    }) << QStringLiteral("proof.signature")
                                    << 1 << QStringLiteral("proof.signature");
    QTest::newRow("embedded-rdfc-claim") << Mutation([](QJsonObject& vp) {
        QJsonArray carried = vp.value(QLatin1String("verifiableCredential")).toArray();
        QJsonObject vc = carried.at(2).toObject();
        QJsonObject subject = vc.value(QLatin1String("credentialSubject")).toObject();
        subject.insert(QStringLiteral("id"), QStringLiteral("did:example:impostor"));
        vc.insert(QStringLiteral("credentialSubject"), subject);
        carried[2] = vc;
        vp.insert(QStringLiteral("verifiableCredential"), carried);
    }) << QStringLiteral("proof.signature")
                                         << 2 << QStringLiteral("proof.signature");
    QTest::newRow("enveloped-jwt-byte") << Mutation([](QJsonObject& vp) {
        QJsonArray carried = vp.value(QLatin1String("verifiableCredential")).toArray();
        QJsonObject envelope = carried.at(0).toObject();
        QString url = envelope.value(QLatin1String("id")).toString();
        const qsizetype at = url.lastIndexOf(QLatin1Char('.')) + 5; // inside the signature
        url[at] = url[at] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        envelope.insert(QStringLiteral("id"), url);
        carried[0] = envelope;
        vp.insert(QStringLiteral("verifiableCredential"), carried);
    }) << QStringLiteral("proof.signature")
                                        << 0 << QStringLiteral("jws.signature");
}

void TestPresentation::tamperingIsCaught()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, check);
    QFETCH(int, inner);
    QFETCH(QString, innerCheck);
    const QList<qint64> ids = importStandardSet();
    const Presentation p = exportSelection(ids.mid(0, 3));
    QCOMPARE(Verifier::verifyFile(p.json, verifyOptions()).verdict(), Verdict::Valid);
    // Untouched but re-serialized: still valid (so the failures below are the mutation's).
    QJsonObject vp = parse(p.json);
    QCOMPARE(Verifier::verifyFile(serialize(vp), verifyOptions()).verdict(), Verdict::Valid);
    mutate(vp);
    const VerificationReport report = Verifier::verifyFile(serialize(vp), verifyOptions());
    QVERIFY2(report.verdict() == Verdict::Invalid, qPrintable(describe(report)));
    QVERIFY2(hasCheck(report, check, CheckStatus::Fail), qPrintable(describe(report)));
    if (inner >= 0) {
        QCOMPARE(statusOf(report, QStringLiteral("presentation.credentials")), CheckStatus::Fail);
        const VerificationReport& tampered = report.embedded.at(inner);
        QCOMPARE(tampered.verdict(), Verdict::Invalid);
        QVERIFY2(hasCheck(tampered, innerCheck, CheckStatus::Fail), qPrintable(describe(tampered)));
        for (int i = 0; i < report.embedded.size(); ++i) {
            if (i != inner)
                QCOMPARE(report.embedded.at(i).verdict(), Verdict::Valid);
        }
    }
}

void TestPresentation::expiredCredentialInsideCounts()
{
    const qint64 valid = importFile(QStringLiteral(CREDFOLIO_TEST_DATA "/rdf-suites/signed/eddsa-rdfc-2022-didkey.json"));
    const qint64 expired = importFile(m_fixtures.named(QStringLiteral("di-expired")).path);
    QVERIFY(valid != expired);
    const Presentation p = exportSelection({valid, expired});
    const VerificationReport report = Verifier::verifyFile(p.json, verifyOptions());
    // Authentic but expired: the presentation's own proof holds, the presentation is not valid.
    QCOMPARE(statusOf(report, QStringLiteral("proof.signature")), CheckStatus::Pass);
    QVERIFY2(report.verdict() == Verdict::Invalid, qPrintable(describe(report)));
    const VerificationCheck* credentials = report.find(QStringLiteral("presentation.credentials"));
    QVERIFY(credentials && credentials->status == CheckStatus::Fail);
    QVERIFY2(credentials->message.contains(QStringLiteral("expired or revoked")), qPrintable(credentials->message));
    QCOMPARE(statusOf(report.embedded.at(1), QStringLiteral("validity.period")), CheckStatus::Fail);
}

void TestPresentation::unbundledContextIsRefused()
{
    QJsonObject vc = parse(readFile(m_fixtures.named(QStringLiteral("di-valid")).path));
    QJsonArray contexts = vc.value(QLatin1String("@context")).toArray();
    contexts.append(QStringLiteral("https://contexts.example/unknown/v1"));
    vc.insert(QStringLiteral("@context"), contexts);
    BadgeRecord record;
    record.id = 7;
    record.name = QStringLiteral("Custom context badge");
    PresentationBuilder builder(m_key);
    const Status s = builder.add(record, serialize(vc));
    QVERIFY(!s);
    QVERIFY2(s.error().contains(QStringLiteral("https://contexts.example/unknown/v1")), qPrintable(s.error()));
    QVERIFY(s.error().contains(record.name));
}

void TestPresentation::nothingToCarryFails()
{
    const qint64 ob2 = importFile(m_fixtures.named(QStringLiteral("ob2-signed-valid")).path);
    BadgeStore store(m_db->connection());
    PresentationBuilder builder(m_key);
    QVERIFY(builder.addAll(store, {store.record(ob2).value()}));
    const auto built = builder.build({});
    QVERIFY(!built);
    QVERIFY(built.error().contains(QStringLiteral("None of the chosen badges")));
}

void TestPresentation::vc11CredentialGoesIn()
{
    // A VC 1.1 JSON-LD credential (Ed25519Signature2020) goes in unchanged too: JSON-LD
    // processes its own context inside the VC 2.0 presentation, and both proofs hold.
    BadgeRecord record;
    record.id = 3;
    record.name = QStringLiteral("VC 1.1 badge");
    PresentationBuilder builder(m_key);
    QVERIFY(
        builder.add(record, readFile(QStringLiteral(CREDFOLIO_TEST_DATA "/rdf-suites/signed/ed25519signature2020-vc1.json"))));
    QVERIFY(builder.add(record, readFile(QStringLiteral(CREDFOLIO_TEST_DATA "/rdf-suites/signed/eddsa-rdfc-2022-didkey.json"))));
    PresentationOptions options;
    options.created = signedAt;
    const auto built = builder.build(options);
    QVERIFY2(built, qPrintable(built.error()));
    QCOMPARE(built->carried(), 2);
    const VerificationReport report = Verifier::verifyFile(built->json, verifyOptions());
    QCOMPARE(statusOf(report, QStringLiteral("proof.signature")), CheckStatus::Pass);
    QCOMPARE(report.embedded.size(), 2);
    QVERIFY2(report.embedded.at(0).verdict() == Verdict::Valid, qPrintable(describe(report.embedded.at(0))));
}

void TestPresentation::unsignableCredentialIsNamed()
{
    // JSON-LD refuses an object as a type: the presentation cannot be canonicalized, and the
    // failure names the badge in the way rather than signing anything.
    QJsonObject broken = parse(readFile(m_fixtures.named(QStringLiteral("di-valid")).path));
    broken.insert(QStringLiteral("type"),
        QJsonArray{QStringLiteral("VerifiableCredential"), QJsonObject{{QStringLiteral("not"), QStringLiteral("a type")}}});
    BadgeRecord good;
    good.id = 1;
    good.name = QStringLiteral("Good badge");
    BadgeRecord bad;
    bad.id = 2;
    bad.name = QStringLiteral("Broken badge");
    PresentationBuilder builder(m_key);
    QVERIFY(builder.add(good, readFile(QStringLiteral(CREDFOLIO_TEST_DATA "/rdf-suites/signed/eddsa-rdfc-2022-didkey.json"))));
    QVERIFY(builder.add(bad, serialize(broken)));
    const auto built = builder.build({});
    QVERIFY(!built);
    QVERIFY2(built.error().contains(QStringLiteral("Broken badge")), qPrintable(built.error()));
    QVERIFY(!built.error().contains(QStringLiteral("Good badge")));
}

void TestPresentation::importerRefusesPresentation()
{
    const QList<qint64> ids = importStandardSet();
    const Presentation p = exportSelection(ids.mid(0, 2));
    const PreparedBadge prepared = BadgeImporter::prepare(p.json, QStringLiteral("presentation.json"), m_fixtures.options());
    QVERIFY(prepared.isError());
    QVERIFY2(prepared.error.contains(QStringLiteral("presentation")), qPrintable(prepared.error));
}

int TestPresentation::cli(QStringList args, QByteArray* out, QByteArray* err)
{
    QString outText;
    QString errText;
    QTextStream outStream(&outText);
    QTextStream errStream(&errText);
    args << QStringLiteral("--db") << m_dir->filePath(QStringLiteral("portfolio.sqlite"));
    const int code = cli::run(args, outStream, errStream);
    outStream.flush();
    errStream.flush();
    if (out)
        *out = outText.toUtf8();
    if (err)
        *err = errText.toUtf8();
    return code;
}

void TestPresentation::cliExportAndVerify()
{
    const QList<qint64> ids = importStandardSet();
    {
        BadgeStore store(m_db->connection());
        const auto collection = store.createCollection(QStringLiteral("Job application"));
        QVERIFY(collection);
        QVERIFY(store.addToCollection(collection.value(), {ids.at(0), ids.at(1), ids.at(5)}));
    }
    m_db.reset(); // the CLI opens the portfolio itself

    const QString out = m_dir->filePath(QStringLiteral("presentation.json"));
    const QString passFile = m_dir->filePath(QStringLiteral("pass.txt"));
    QFile pass(passFile);
    QVERIFY(pass.open(QIODevice::WriteOnly));
    pass.write("correct horse battery staple\n");
    pass.close();

    // No keychain and no passphrase: a clear failure, nothing written.
    QByteArray stdOut;
    QByteArray stdErr;
    int code = cli({QStringLiteral("export"), QStringLiteral("presentation"), out}, &stdOut, &stdErr);
    QCOMPARE(code, 1);
    QVERIFY2(stdErr.contains("--passphrase-file"), stdErr.constData());
    QVERIFY(!QFile::exists(out));

    // An unknown collection is bad input.
    code = cli({QStringLiteral("export"), QStringLiteral("presentation"), out, QStringLiteral("--collection"),
                   QStringLiteral("Nope"), QStringLiteral("--passphrase-file"), passFile},
        &stdOut, &stdErr);
    QCOMPARE(code, 2);

    code = cli(
        {QStringLiteral("export"), QStringLiteral("presentation"), out, QStringLiteral("--collection"),
            QStringLiteral("Job application"), QStringLiteral("--challenge"), QStringLiteral("n-42"), QStringLiteral("--domain"),
            QStringLiteral("hr.example"), QStringLiteral("--passphrase-file"), passFile, QStringLiteral("--json")},
        &stdOut, &stdErr);
    QVERIFY2(code == 0, stdErr.constData());
    const QJsonObject result = parse(stdOut);
    QCOMPARE(result.value(QLatin1String("file")).toString(), out);
    QVERIFY(result.value(QLatin1String("holder")).toString().startsWith(QStringLiteral("did:key:z6Mk")));
    QCOMPARE(result.value(QLatin1String("credentials")).toInt(), 2);
    QCOMPARE(result.value(QLatin1String("challenge")).toString(), QStringLiteral("n-42"));
    QCOMPARE(result.value(QLatin1String("domain")).toString(), QStringLiteral("hr.example"));
    const QJsonArray badges = result.value(QLatin1String("badges")).toArray();
    QCOMPARE(badges.size(), 3);
    int skipped = 0;
    for (const QJsonValue& b : badges)
        skipped += b.toObject().value(QLatin1String("form")).toString() == QLatin1String("skipped");
    QCOMPARE(skipped, 1);
    QVERIFY(QFile::exists(out));
    QCOMPARE(parse(readFile(out)).value(QLatin1String("holder")).toString(), result.value(QLatin1String("holder")).toString());

    // verify: the presentation and each credential inside.
    // The presentation was signed now: judge at the present (the credentials' own verdicts
    // then depend on their dates, so the exit code is compared with the reported verdict).
    QStringList verifyArgs{QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--at"),
        QDateTime::currentDateTimeUtc().addSecs(60).toString(Qt::ISODate)};
    QFile manifest(QStringLiteral(CREDFOLIO_TEST_DATA "/verify/fixtures.json"));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    const QJsonObject resolve = parse(manifest.readAll()).value(QLatin1String("resolve")).toObject();
    for (auto it = resolve.begin(); it != resolve.end(); ++it)
        verifyArgs << QStringLiteral("--resolve")
                   << it.key() + QLatin1Char('=') + QStringLiteral(CREDFOLIO_TEST_DATA "/verify/") + it.value().toString();
    const auto runVerify = [&](const QStringList& extra) {
        stdOut.clear();
        return cli(verifyArgs + extra + QStringList{out}, &stdOut, &stdErr);
    };
    code = runVerify(
        {QStringLiteral("--challenge"), QStringLiteral("n-42"), QStringLiteral("--domain"), QStringLiteral("hr.example")});
    QJsonObject report = parse(stdOut);
    QCOMPARE(report.value(QLatin1String("format")).toString(), QStringLiteral("vp-data-integrity"));
    QCOMPARE(report.value(QLatin1String("embedded")).toArray().size(), 2);
    bool signatureChecked = false;
    for (const QJsonValue& c : report.value(QLatin1String("checks")).toArray()) {
        const QJsonObject check = c.toObject();
        if (check.value(QLatin1String("id")).toString() == QLatin1String("proof.signature"))
            signatureChecked = check.value(QLatin1String("status")).toString() == QLatin1String("pass");
    }
    QVERIFY(signatureChecked);
    const QString status = report.value(QLatin1String("status")).toString();
    // Exit code follows the verdict (the fixtures may have expired by the present time).
    QCOMPARE(code, status == QLatin1String("valid") ? 0 : status == QLatin1String("invalid") ? 1 : 3);

    code = runVerify({QStringLiteral("--challenge"), QStringLiteral("wrong")});
    QCOMPARE(code, 1);
    report = parse(stdOut);
    QCOMPARE(report.value(QLatin1String("status")).toString(), QStringLiteral("invalid"));

    // Text output names the embedded credentials under the presentation.
    code = cli(QStringList{QStringLiteral("verify"), out}, &stdOut, &stdErr);
    QVERIFY(stdOut.contains("presentation.holder"));
    QVERIFY(stdOut.contains("proof.signature"));
}

QTEST_GUILESS_MAIN(TestPresentation)
#include "TestPresentation.moc"
