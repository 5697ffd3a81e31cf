// The portfolio core (core/portfolio): importing every verification fixture, duplicates,
// refusal and keep-anyway of invalid badges, bulk import with cancel, a killed import,
// matching microcredentials, recipient checks, self-reported entries, collections,
// search, delete and undo, and the sample badges.

#include "../TestSupport.h"
#include "BadgeFactory.h"
#include "PortfolioFixtures.h"

#include "catalog/CatalogImporter.h"
#include "crypto/Hash.h"
#include "portfolio/BadgeImporter.h"
#include "portfolio/BadgeStore.h"
#include "portfolio/BulkImport.h"
#include "portfolio/CredentialFacts.h"
#include "portfolio/LearnerProfile.h"
#include "portfolio/SampleBadges.h"
#include "progress/ProgressStore.h"
#include "verify/Verifier.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace credfolio;
using namespace credfolio::test;

namespace {

// Copies fixtures into a folder (with nested folders, and names with spaces, brackets and
// non-ASCII characters) as a learner's download folder would be.
QStringList copyFixtures(const BadgeFixtures& fixtures, const QString& folder, int copies = 1)
{
    QStringList paths;
    QDir().mkpath(folder + QStringLiteral("/nested [ü]/deeper"));
    int i = 0;
    for (int c = 0; c < copies; ++c) {
        for (const BadgeFixture& f : fixtures.all()) {
            const QString sub = (i % 3 == 0) ? QStringLiteral("/")
                : (i % 3 == 1)               ? QStringLiteral("/nested [ü]/")
                                             : QStringLiteral("/nested [ü]/deeper/");
            const QString target =
                folder + sub + QStringLiteral("%1 copy %2 — %3").arg(f.name).arg(c).arg(QFileInfo(f.path).fileName());
            QFile::copy(f.path, target);
            paths.append(target);
            ++i;
        }
    }
    return paths;
}

// Every stored badge is whole: its bytes hash to its sha256, its JSON parses, its search row exists.
void verifyEveryBadgeWhole(const Database& db)
{
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id, sha256, original, credential_json, report_json,"
                                  " (SELECT count(*) FROM badge_fts WHERE rowid = badges.id) FROM badges")));
    while (q.next()) {
        QCOMPARE(QString::fromLatin1(hash::sha256(q.value(2).toByteArray()).toHex()), q.value(1).toString());
        QVERIFY(QJsonDocument::fromJson(q.value(3).toByteArray()).isObject());
        QVERIFY(QJsonDocument::fromJson(q.value(4).toByteArray()).isObject());
        QCOMPARE(q.value(5).toInt(), 1);
    }
    QSqlQuery check(db.connection());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    QCOMPARE(count(db, QStringLiteral("badge_fts")), count(db, QStringLiteral("badges")));
}

BadgeQuery queryWith(const std::function<void(BadgeQuery&)>& set)
{
    BadgeQuery q;
    set(q);
    return q;
}

} // namespace

class TestPortfolio : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void importsEveryFixtureWithItsVerdict();
    void keepInvalidMarksItInvalid();
    void duplicatesBySameBytesAndSameCredentialId();
    void bulkImportUsesWorkersAndReportsEachFile();
    void cancelLeavesConsistentPortfolio();
    void killedImportLeavesIntactDatabase();
    void refusesOversizedAndMissingFiles();
    void reverifyUpdatesReport();
    void matchingMicrocredentialIsEarned();
    void recipientChecksUseTheProfile();
    void profileRefusesBadIdentities();
    void selfReportedWithAttachments();
    void collectionsSearchAndFilters();
    void deleteAndUndo();
    void sampleBadgesVerifyAndAreRemovable();
    void credentialFacts();
    void factoryBadgesVerify();
    void duplicateLookupsUseIndexes();
    void achievementImagesAreCached();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    BadgeFixtures m_fixtures;
};

void TestPortfolio::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = openFresh(*m_dir);
}

void TestPortfolio::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestPortfolio::importsEveryFixtureWithItsVerdict()
{
    BadgeImporter importer(m_db->connection());
    const VerifyOptions options = m_fixtures.options();
    BadgeStore store(m_db->connection());
    int imported = 0;
    QSet<QString> distinct; // credentials the valid and indeterminate fixtures carry (several come in two containers)
    for (const BadgeFixture& f : m_fixtures.all()) {
        const PreparedBadge prepared = BadgeImporter::prepareFile(f.path, options);
        if (f.expect == QLatin1String("valid") || f.expect == QLatin1String("indeterminate"))
            distinct.insert(prepared.report.credential.id.isEmpty() ? prepared.sha256 : prepared.report.credential.id);
        const ImportOutcome o = importer.store(prepared, false);
        const QByteArray what =
            (f.name + QStringLiteral(": ") + ImportOutcome::resultName(o.result) + QLatin1Char(' ') + o.message).toUtf8();
        if (f.expect == QLatin1String("error")) {
            QVERIFY2(o.result == ImportOutcome::Result::Error, what);
            QVERIFY2(!o.message.isEmpty(), what);
            QCOMPARE(o.id, 0);
        } else if (f.expect == QLatin1String("invalid")) {
            QVERIFY2(o.result == ImportOutcome::Result::Refused, what);
            QCOMPARE(o.verdict, QStringLiteral("invalid"));
        } else {
            // A second container of the same credential (baked PNG of a JSON badge) is that badge again.
            QVERIFY2(o.result == ImportOutcome::Result::Imported || o.result == ImportOutcome::Result::Duplicate, what);
            QCOMPARE(o.verdict, f.expect);
            QVERIFY(o.id > 0);
            const BadgeRecord r = store.record(o.id).value();
            if (o.result == ImportOutcome::Result::Imported) {
                ++imported;
                QCOMPARE(r.verdict, f.expect);
                QCOMPARE(store.original(o.id), [&] {
                    QFile file(f.path);
                    file.open(QIODevice::ReadOnly);
                    return file.readAll();
                }());
            } else {
                QVERIFY2(!r.credentialId.isEmpty(), what);
            }
        }
    }
    QCOMPARE(store.count(), imported);
    QCOMPARE(imported, int(distinct.size()));
    QVERIFY(imported >= 8);
    // Nothing invalid got in, and every row is whole.
    QCOMPARE(store.list(queryWith([&](BadgeQuery& q) { q.state = BadgeState::Invalid; })).size(), size_t(0));
    verifyEveryBadgeWhole(*m_db);
}

void TestPortfolio::keepInvalidMarksItInvalid()
{
    BadgeImporter importer(m_db->connection());
    const BadgeFixture& tampered = m_fixtures.named(QStringLiteral("jwt-eddsa-tampered"));
    const PreparedBadge prepared = BadgeImporter::prepareFile(tampered.path, m_fixtures.options());
    QCOMPARE(importer.store(prepared, false).result, ImportOutcome::Result::Refused);
    QCOMPARE(BadgeStore(m_db->connection()).count(), 0);
    const ImportOutcome kept = importer.store(prepared, true);
    QCOMPARE(kept.result, ImportOutcome::Result::Imported);
    const BadgeRecord r = BadgeStore(m_db->connection()).record(kept.id).value();
    QCOMPARE(r.verdict, QStringLiteral("invalid"));
    QCOMPARE(r.state, BadgeState::Invalid);
    QVERIFY(r.keptInvalid);
    // A revoked badge kept anyway says Revoked; an expired one Expired.
    for (const auto& [name, state] : {std::pair{QStringLiteral("jwt-revoked-bitstring"), BadgeState::Revoked},
             std::pair{QStringLiteral("jwt-expired"), BadgeState::Expired}}) {
        bool found = false;
        for (const BadgeFixture& f : m_fixtures.all())
            found = found || f.name == name;
        if (!found)
            continue;
        const ImportOutcome o =
            importer.store(BadgeImporter::prepareFile(m_fixtures.named(name).path, m_fixtures.options()), true);
        QCOMPARE(o.state, state);
    }
    QVERIFY(!BadgeStore(m_db->connection()).list(queryWith([&](BadgeQuery& q) { q.state = BadgeState::Invalid; })).empty());
}

void TestPortfolio::duplicatesBySameBytesAndSameCredentialId()
{
    BadgeImporter importer(m_db->connection());
    const BadgeFixture& valid = m_fixtures.named(QStringLiteral("jwt-eddsa-valid"));
    const ImportOutcome first = importer.importFile(valid.path, {m_fixtures.options(), false});
    QCOMPARE(first.result, ImportOutcome::Result::Imported);
    const ImportOutcome again = importer.importFile(valid.path, {m_fixtures.options(), false});
    QCOMPARE(again.result, ImportOutcome::Result::Duplicate);
    QCOMPARE(again.id, first.id);
    // Same credential, other bytes: the JWT text with a trailing newline.
    QFile file(valid.path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll().trimmed() + "\n\n";
    const ImportOutcome other =
        importer.store(BadgeImporter::prepare(bytes, QStringLiteral("pasted"), m_fixtures.options()), false);
    QCOMPARE(other.result, ImportOutcome::Result::Duplicate);
    QCOMPARE(other.id, first.id);
    QCOMPARE(BadgeStore(m_db->connection()).count(), 1);
}

void TestPortfolio::bulkImportUsesWorkersAndReportsEachFile()
{
    QTemporaryDir folder;
    copyFixtures(m_fixtures, folder.path(), 2);
    const QStringList files = expandImportPaths({folder.path()});
    QCOMPARE(files.size(), qsizetype(m_fixtures.all().size() * 2));
    BulkImport::Options options;
    options.import.verify = m_fixtures.options();
    options.threads = 2;
    int progressCalls = 0;
    const auto outcomes =
        BulkImport::run(m_db->connection(), files, options, nullptr, [&](const ImportOutcome&, int done, int total) {
            ++progressCalls;
            QCOMPARE(total, int(files.size()));
            QCOMPARE(done, progressCalls);
        });
    QCOMPARE(outcomes.size(), size_t(files.size()));
    QCOMPARE(progressCalls, int(files.size()));
    int imported = 0, duplicate = 0, refused = 0, error = 0;
    for (size_t i = 0; i < outcomes.size(); ++i) {
        QCOMPARE(outcomes[i].file, files.at(qsizetype(i))); // in the order given
        switch (outcomes[i].result) {
        case ImportOutcome::Result::Imported:
            ++imported;
            break;
        case ImportOutcome::Result::Duplicate:
            ++duplicate;
            break;
        case ImportOutcome::Result::Refused:
            ++refused;
            break;
        case ImportOutcome::Result::Error:
            ++error;
            break;
        }
    }
    QCOMPARE(imported, BadgeStore(m_db->connection()).count());
    QVERIFY(duplicate >= imported); // every file is there twice
    int invalid = 0, errors = 0;
    for (const BadgeFixture& f : m_fixtures.all()) {
        invalid += f.expect == QLatin1String("invalid");
        errors += f.expect == QLatin1String("error");
    }
    QCOMPARE(refused, invalid * 2);
    QCOMPARE(error, errors * 2);
    verifyEveryBadgeWhole(*m_db);

    // A second run finds everything already there without verifying again.
    const auto again = BulkImport::run(m_db->connection(), files, options);
    for (const ImportOutcome& o : again)
        QVERIFY(o.result != ImportOutcome::Result::Imported);
}

void TestPortfolio::cancelLeavesConsistentPortfolio()
{
    QTemporaryDir folder;
    copyFixtures(m_fixtures, folder.path(), 1);
    // Many distinct valid badges: the samples under different names are duplicates, so use fixtures.
    const QStringList files = expandImportPaths({folder.path()});
    BulkImport::Options options;
    options.import.verify = m_fixtures.options();
    std::atomic_bool cancel{false};
    const auto outcomes = BulkImport::run(m_db->connection(), files, options, &cancel, [&](const ImportOutcome&, int done, int) {
        if (done == 10)
            cancel.store(true);
    });
    QVERIFY(outcomes.size() >= 10);
    QVERIFY(outcomes.size() < size_t(files.size()));
    int imported = 0;
    for (const ImportOutcome& o : outcomes)
        imported += o.result == ImportOutcome::Result::Imported;
    QCOMPARE(BadgeStore(m_db->connection()).count(), imported);
    verifyEveryBadgeWhole(*m_db);
}

void TestPortfolio::killedImportLeavesIntactDatabase()
{
    // A child process (credfolio-cli import) is killed while it imports; the database must
    // be intact, with every badge whole or absent.
    QTemporaryDir folder;
    const BadgeFactory factory;
    for (int n = 0; n < 2000; ++n) {
        QFile out(folder.filePath(QStringLiteral("badge-%1.%2").arg(n).arg(BadgeFactory::suffixFor(BadgeFactory::kindFor(n)))));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(factory.make(n, BadgeFactory::kindFor(n)));
    }
    const QString dbPath = m_db->path();
    m_db.reset();
    QProcess child;
    QStringList args{
        QStringLiteral("import"), QStringLiteral("--db"), dbPath, QStringLiteral("--at"), QStringLiteral("2025-06-01T00:00:00Z")};
    args.append(folder.path());
    child.start(QStringLiteral(CREDFOLIO_CLI_BINARY), args);
    QVERIFY(child.waitForStarted());
    // Wait until some badges are in, then kill it mid-way.
    auto watcher = Database::open(dbPath).value();
    QElapsedTimer timer;
    timer.start();
    while (count(*watcher, QStringLiteral("badges")) < 5 && timer.elapsed() < 60000 && child.state() == QProcess::Running)
        QTest::qWait(5);
    const bool killedMidway = child.state() == QProcess::Running;
    child.kill();
    child.waitForFinished();
    watcher.reset();
    m_db = Database::open(dbPath).value();
    QVERIFY2(killedMidway, "the import finished before it could be killed");
    QVERIFY(count(*m_db, QStringLiteral("badges")) >= 5);
    verifyEveryBadgeWhole(*m_db);
}

void TestPortfolio::refusesOversizedAndMissingFiles()
{
    QTemporaryDir folder;
    const QString big = folder.filePath(QStringLiteral("huge.json"));
    QFile file(big);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(17LL * 1024 * 1024));
    file.close();
    const QByteArray before = fingerprint(*m_db);
    BadgeImporter importer(m_db->connection());
    const ImportOutcome o = importer.importFile(big, {});
    QCOMPARE(o.result, ImportOutcome::Result::Error);
    QVERIFY2(o.message.contains(QStringLiteral("MiB")), qPrintable(o.message));
    const ImportOutcome missing = importer.importFile(folder.filePath(QStringLiteral("nope.png")), {});
    QCOMPARE(missing.result, ImportOutcome::Result::Error);
    QVERIFY(missing.message.contains(QStringLiteral("does not exist")));
    QCOMPARE(fingerprint(*m_db), before);
}

void TestPortfolio::reverifyUpdatesReport()
{
    BadgeImporter importer(m_db->connection());
    const BadgeFixture& f = m_fixtures.named(QStringLiteral("jwt-eddsa-valid"));
    const ImportOutcome o = importer.importFile(f.path, {m_fixtures.options(), false});
    QCOMPARE(o.result, ImportOutcome::Result::Imported);
    // Long after: still valid if nothing expires; with no resolver a did:web badge would be
    // indeterminate. Evaluate far in the past, before it was issued: not yet valid.
    VerifyOptions past = m_fixtures.options();
    past.at = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
    const Result<BadgeRecord> r = importer.reverify(o.id, past);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->verdict, QStringLiteral("invalid"));
    const BadgeDetail d = BadgeStore(m_db->connection()).detail(o.id).value();
    QCOMPARE(d.report.value(QLatin1String("status")).toString(), QStringLiteral("invalid"));
    const Result<BadgeRecord> back = importer.reverify(o.id, m_fixtures.options());
    QCOMPARE(back->verdict, QStringLiteral("valid"));
    QCOMPARE(back->state, BadgeState::Verified);
    QVERIFY(!importer.reverify(9999, {}).ok());
}

void TestPortfolio::matchingMicrocredentialIsEarned()
{
    // A catalog microcredential whose achievement is the fixture badge's.
    BadgeImporter importer(m_db->connection());
    const BadgeFixture& f = m_fixtures.named(QStringLiteral("di-did-web-valid"));
    const ImportOutcome o = importer.importFile(f.path, {m_fixtures.options(), false});
    QCOMPARE(o.result, ImportOutcome::Result::Imported);
    const BadgeRecord badge = BadgeStore(m_db->connection()).record(o.id).value();
    QCOMPARE(badge.achievementId, QStringLiteral("https://issuer.example/achievements/data-science-101"));

    QFile small(dataPath(QStringLiteral("catalog/good-small.json")));
    QVERIFY(small.open(QIODevice::ReadOnly));
    QJsonObject catalog = QJsonDocument::fromJson(small.readAll()).object();
    QJsonArray mcs = catalog.value(QLatin1String("microcredentials")).toArray();
    QJsonObject byId = mcs.at(0).toObject();
    byId.insert(QStringLiteral("id"), QStringLiteral("mc-by-id"));
    byId.insert(QStringLiteral("achievement"),
        QJsonObject{{QStringLiteral("id"), badge.achievementId}, {QStringLiteral("name"), QStringLiteral("Something else")}});
    QJsonObject byName = mcs.at(0).toObject();
    byName.insert(QStringLiteral("id"), QStringLiteral("mc-by-name"));
    byName.insert(QStringLiteral("issuer"), badge.issuerName);
    byName.insert(QStringLiteral("achievement"),
        QJsonObject{{QStringLiteral("id"), QStringLiteral("https://other.example/a")}, {QStringLiteral("name"), badge.name}});
    QJsonObject unrelated = mcs.at(0).toObject();
    unrelated.insert(QStringLiteral("id"), QStringLiteral("mc-unrelated"));
    catalog.insert(QStringLiteral("microcredentials"), QJsonArray{byId, byName, unrelated});
    catalog.insert(QStringLiteral("name"), QStringLiteral("Matching test"));
    const CatalogImportResult imported =
        CatalogImporter(*m_db).importBytes(QJsonDocument(catalog).toJson(), QStringLiteral("match.json"));
    QVERIFY2(imported.ok, imported.problems.empty() ? "" : qPrintable(imported.problems.front().message));

    ProgressStore progress(m_db->connection());
    const auto p1 = progress.progressFor(QStringLiteral("mc-by-id"));
    QVERIFY(p1 && p1->earned);
    QCOMPARE(p1->badgeId, o.id);
    QCOMPARE(p1->skillsAcquired, p1->skillsCertified);
    const auto p2 = progress.progressFor(QStringLiteral("mc-by-name"));
    QVERIFY(p2 && p2->earned);
    const auto p3 = progress.progressFor(QStringLiteral("mc-unrelated"));
    QVERIFY(p3 && !p3->earned);
    QCOMPARE(p3->badgeId, 0);

    // The badge's skills join the learner's skills.
    QVERIFY(!BadgeStore(m_db->connection()).learnerSkills().isEmpty()
        || BadgeStore(m_db->connection()).detail(o.id)->skills.isEmpty());
    // Deleting the badge un-earns it.
    QVERIFY(BadgeStore(m_db->connection()).remove(o.id).ok());
    QVERIFY(!progress.progressFor(QStringLiteral("mc-by-id"))->earned);
}

void TestPortfolio::recipientChecksUseTheProfile()
{
    const BadgeFixture& hosted = m_fixtures.named(QStringLiteral("ob2-hosted-valid"));
    LearnerProfile mine;
    mine.name = QStringLiteral("Lee Learner");
    mine.emails = {QStringLiteral("learner@example.org")};
    QVERIFY(mine.save(m_db->connection()));
    QCOMPARE(LearnerProfile::load(m_db->connection())->emails, mine.emails);

    VerifyOptions options = m_fixtures.options();
    options.recipientIdentities = mine.identities();
    options.recipientMismatchFails = false;
    PreparedBadge prepared = BadgeImporter::prepareFile(hosted.path, options);
    const VerificationCheck* check = prepared.report.find(QStringLiteral("recipient"));
    QVERIFY(check);
    QCOMPARE(check->status, CheckStatus::Pass);
    QCOMPARE(prepared.report.verdict(), Verdict::Valid);

    // Someone else's badge: flagged with a warning, not called forged.
    options.recipientIdentities = {QStringLiteral("somebody@else.example")};
    prepared = BadgeImporter::prepareFile(hosted.path, options);
    check = prepared.report.find(QStringLiteral("recipient"));
    QVERIFY(check);
    QCOMPARE(check->status, CheckStatus::Warn);
    QVERIFY(check->message.contains(QStringLiteral("someone else")));
    QCOMPARE(prepared.report.verdict(), Verdict::Valid);
    // The strict form (as a verifier given an expected recipient) fails.
    options.recipientMismatchFails = true;
    prepared = BadgeImporter::prepareFile(hosted.path, options);
    QCOMPARE(prepared.report.find(QStringLiteral("recipient"))->status, CheckStatus::Fail);
}

void TestPortfolio::profileRefusesBadIdentities()
{
    LearnerProfile p;
    p.emails = {QStringLiteral("not-an-email")};
    const Status s = p.save(m_db->connection());
    QVERIFY(!s);
    QVERIFY(s.error().contains(QStringLiteral("not-an-email")));
    p.emails = {};
    p.urls = {QStringLiteral("relative/path")};
    QVERIFY(!p.save(m_db->connection()));
    QVERIFY(LearnerProfile::load(m_db->connection())->urls.isEmpty());
}

void TestPortfolio::selfReportedWithAttachments()
{
    BadgeImporter importer(m_db->connection());
    SelfReportedEntry e;
    e.name = QStringLiteral("Project Management Essentials");
    e.issuerName = QStringLiteral("Some Course Platform");
    e.url = QStringLiteral("https://courses.example/certificates/123");
    e.issued = QDate(2024, 5, 1);
    e.attachments = {
        BadgeAttachment{0, QStringLiteral("certificate.pdf"), QStringLiteral("application/pdf"), QByteArray("%PDF-1.4 fake")}};
    const Result<qint64> id = importer.addSelfReported(e);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    const BadgeDetail d = BadgeStore(m_db->connection()).detail(id.value()).value();
    QCOMPARE(d.record.state, BadgeState::SelfReported);
    QCOMPARE(d.record.verdict, QStringLiteral("self-reported"));
    QCOMPARE(d.attachments.size(), 1);
    QCOMPARE(d.attachments.first().bytes, QByteArray("%PDF-1.4 fake"));
    QCOMPARE(d.record.sourceUrl, e.url);
    // Re-verify leaves it self-reported.
    QCOMPARE(importer.reverify(id.value(), {})->state, BadgeState::SelfReported);
    // Refused: no name, relative link.
    e.name.clear();
    QVERIFY(!importer.addSelfReported(e).ok());
    e.name = QStringLiteral("x");
    e.url = QStringLiteral("not a link");
    QVERIFY(!importer.addSelfReported(e).ok());
}

void TestPortfolio::collectionsSearchAndFilters()
{
    QVERIFY(SampleBadges::install(m_db->connection()).ok());
    BadgeStore store(m_db->connection());
    QCOMPARE(store.count(), 3);
    const auto python = store.list(queryWith([&](BadgeQuery& q) { q.text = QStringLiteral("pyth"); }));
    QCOMPARE(python.size(), size_t(1));
    QVERIFY(python.front().name.contains(QStringLiteral("Python")));
    // By skill (alignment), issuer, year.
    QCOMPARE(store.list(queryWith([&](BadgeQuery& q) { q.skill = QStringLiteral("teamwork"); })).size(), size_t(1));
    QCOMPARE(store.list(queryWith([&](BadgeQuery& q) { q.issuer = SampleBadges::academyName(); })).size(), size_t(3));
    QCOMPARE(store.list(queryWith([&](BadgeQuery& q) { q.year = 2025; })).size(), size_t(3));
    QCOMPARE(store.list(queryWith([&](BadgeQuery& q) { q.year = 2019; })).size(), size_t(0));
    QCOMPARE(store.list(queryWith([&](BadgeQuery& q) { q.text = QStringLiteral("\"unbalanced"); })).size(),
        size_t(0)); // no FTS syntax error
    const auto byName = store.list(queryWith([&](BadgeQuery& q) { q.sort = BadgeQuery::Sort::Name; }));
    QVERIFY(byName.front().name < byName.back().name);

    const Result<qint64> job = store.createCollection(QStringLiteral("Data analyst at Contoso"));
    QVERIFY(job.ok());
    QVERIFY(!store.createCollection(QStringLiteral("data analyst at contoso")).ok()); // names are unique, any case
    QVERIFY(!store.createCollection(QStringLiteral("  ")).ok());
    const Result<qint64> other = store.createCollection(QStringLiteral("Teaching"));
    QVERIFY(store.addToCollection(job.value(), {byName.front().id, byName.back().id}));
    QVERIFY(store.addToCollection(other.value(), {byName.front().id}));
    QCOMPARE(store.badgesIn(job.value()).size(), 2);
    QCOMPARE(store.list(queryWith([&](BadgeQuery& q) { q.collectionId = other.value(); })).size(), size_t(1));
    QCOMPARE(store.detail(byName.front().id)->collections.size(), 2);
    QVERIFY(store.renameCollection(other.value(), QStringLiteral("Teaching jobs")));
    QVERIFY(store.removeFromCollection(job.value(), {byName.back().id}));
    QCOMPARE(store.badgesIn(job.value()).size(), 1);
    QVERIFY(store.removeCollection(job.value()));
    QCOMPARE(store.collections().size(), 1);
    QCOMPARE(store.count(), 3); // removing a collection keeps its badges
}

void TestPortfolio::deleteAndUndo()
{
    BadgeImporter importer(m_db->connection());
    const ImportOutcome o =
        importer.importFile(m_fixtures.named(QStringLiteral("jwt-eddsa-valid")).path, {m_fixtures.options(), false});
    BadgeStore store(m_db->connection());
    const Result<qint64> c = store.createCollection(QStringLiteral("Applications"));
    QVERIFY(store.addToCollection(c.value(), {o.id}));
    const BadgeDetail before = store.detail(o.id).value();
    const auto searchHits = [&] {
        return store.list(queryWith([&](BadgeQuery& q) { q.text = before.record.name.left(5); })).size();
    };
    QCOMPARE(searchHits(), size_t(1));
    Result<DeletedBadge> deleted = store.remove(o.id);
    QVERIFY(deleted.ok());
    QCOMPARE(store.count(), 0);
    QCOMPARE(count(*m_db, QStringLiteral("badge_fts")), 0);
    QCOMPARE(searchHits(), size_t(0));
    QVERIFY(store.restore(deleted.value()));
    // Back whole: the same id, bytes, report, skills, collections, and findable again.
    const BadgeDetail after = store.detail(o.id).value();
    QCOMPARE(after.original, before.original);
    QCOMPARE(after.report, before.report);
    QCOMPARE(after.credential, before.credential);
    QCOMPARE(after.collections, before.collections);
    QCOMPARE(after.skills.size(), before.skills.size());
    QCOMPARE(after.record.verifiedAt, before.record.verifiedAt);
    QCOMPARE(searchHits(), size_t(1));
    QVERIFY(!store.restore(deleted.value())); // already back
    QVERIFY(!store.remove(12345).ok());
}

void TestPortfolio::sampleBadgesVerifyAndAreRemovable()
{
    // The files themselves verify with the real verifier, offline, as valid.
    for (const auto& [name, bytes] : SampleBadges::files()) {
        const VerificationReport r = Verifier::verifyFile(bytes, {});
        QVERIFY2(r.verdict() == Verdict::Valid,
            qPrintable(name + QStringLiteral(": ") + QString::fromUtf8(QJsonDocument(r.toJson()).toJson())));
        QCOMPARE(r.container, QStringLiteral("svg"));
    }
    QCOMPARE(SampleBadges::install(m_db->connection()).value(), 3);
    QCOMPARE(SampleBadges::install(m_db->connection()).value(), 0); // not twice
    BadgeImporter importer(m_db->connection());
    const ImportOutcome real =
        importer.importFile(m_fixtures.named(QStringLiteral("jwt-eddsa-valid")).path, {m_fixtures.options(), false});
    BadgeStore store(m_db->connection());
    for (const BadgeRecord& r : store.list()) {
        QCOMPARE(r.sample, r.id != real.id);
        if (r.sample) {
            QCOMPARE(r.state, BadgeState::Verified);
            QVERIFY(r.issuerName.contains(QStringLiteral("fictional")));
            QVERIFY(r.name.contains(QStringLiteral("sample")));
        }
    }
    QVERIFY(store.list(queryWith([&](BadgeQuery& q) { q.samples = false; })).size() == 1);
    QCOMPARE(SampleBadges::remove(m_db->connection()).value(), 3);
    QCOMPARE(store.count(), 1);
    QCOMPARE(count(*m_db, QStringLiteral("badge_fts")), 1);
}

void TestPortfolio::credentialFacts()
{
    const QString png1x1 = QStringLiteral(
        "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    const QJsonObject vc{
        {QStringLiteral("evidence"),
            QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("https://e.example/1")},
                {QStringLiteral("name"), QStringLiteral("Portfolio")}}}},
        {QStringLiteral("credentialSubject"),
            QJsonObject{{QStringLiteral("result"),
                            QJsonArray{QJsonObject{{QStringLiteral("resultDescription"), QStringLiteral("urn:r1")},
                                {QStringLiteral("value"), QStringLiteral("A")}}}},
                {QStringLiteral("achievement"),
                    QJsonObject{{QStringLiteral("id"), QStringLiteral("https://a.example/x")},
                        {QStringLiteral("description"), QStringLiteral("Desc")},
                        {QStringLiteral("criteria"), QJsonObject{{QStringLiteral("narrative"), QStringLiteral("Do it")}}},
                        {QStringLiteral("image"), QJsonObject{{QStringLiteral("id"), png1x1}}},
                        {QStringLiteral("resultDescription"),
                            QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("urn:r1")},
                                {QStringLiteral("name"), QStringLiteral("Grade")}}}},
                        {QStringLiteral("alignment"),
                            QJsonArray{QJsonObject{{QStringLiteral("targetName"), QStringLiteral("SQL")},
                                {QStringLiteral("targetType"), QStringLiteral("ceasn:Competency")}}}},
                        {QStringLiteral("tag"), QJsonArray{QStringLiteral("sql"), QStringLiteral("databases")}}}}}},
    };
    QCOMPARE(CredentialFacts::achievementId(vc), QStringLiteral("https://a.example/x"));
    QCOMPARE(CredentialFacts::description(vc), QStringLiteral("Desc"));
    QCOMPARE(CredentialFacts::criteria(vc), QStringLiteral("Do it"));
    const auto skills = CredentialFacts::skills(vc);
    QCOMPARE(skills.size(), 2); // "sql" tag folds into the SQL skill
    QCOMPARE(skills.at(0).kind, BadgeSkill::Kind::Skill);
    QCOMPARE(skills.at(1).label, QStringLiteral("databases"));
    QCOMPARE(CredentialFacts::evidence(vc).size(), 1);
    QCOMPARE(CredentialFacts::results(vc).first().description, QStringLiteral("Grade"));
    const auto image = CredentialFacts::image(vc);
    QCOMPARE(image.mediaType, QStringLiteral("image/png"));
    QVERIFY(image.bytes.startsWith("\x89PNG"));
    QVERIFY(CredentialFacts::decodeDataUri(QStringLiteral("data:text/html;base64,PGI+")).bytes.isEmpty()); // not an image
    QVERIFY(CredentialFacts::decodeDataUri(QStringLiteral("data:image/png;base64,***")).bytes.isEmpty()); // broken base64
    // OB 2.0: the BadgeClass is the achievement.
    const QJsonObject ob2{{QStringLiteral("recipient"), QJsonObject{}},
        {QStringLiteral("badge"),
            QJsonObject{{QStringLiteral("id"), QStringLiteral("https://b.example/class")},
                {QStringLiteral("criteria"), QStringLiteral("https://b.example/criteria")},
                {QStringLiteral("tags"), QJsonArray{QStringLiteral("t")}}}}};
    QCOMPARE(CredentialFacts::achievementId(ob2), QStringLiteral("https://b.example/class"));
    QCOMPARE(CredentialFacts::criteria(ob2), QStringLiteral("https://b.example/criteria"));
    QCOMPARE(CredentialFacts::skills(ob2).size(), 1);
}

void TestPortfolio::factoryBadgesVerify()
{
    // The generated badges the kill test and bench/import use are valid in every container.
    const BadgeFactory factory;
    for (int n = 0; n < 8; ++n) {
        const VerificationReport r = Verifier::verifyFile(factory.make(n, BadgeFactory::kindFor(n)), {});
        QVERIFY2(r.verdict() == Verdict::Valid, QJsonDocument(r.toJson()).toJson().constData());
    }
}

void TestPortfolio::duplicateLookupsUseIndexes()
{
    // Every import looks a badge up by SHA-256 and credential id: both must be index
    // searches, or a large import slows down with every badge already stored.
    for (const QString& column : {QStringLiteral("sha256"), QStringLiteral("credential_id")}) {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM badges WHERE %1 = 'x'").arg(column)));
        QString plan;
        while (q.next())
            plan += q.value(3).toString() + QLatin1Char('\n');
        QVERIFY2(plan.contains(QStringLiteral("USING")) && plan.contains(QStringLiteral("INDEX")), qPrintable(plan));
    }
}

void TestPortfolio::achievementImagesAreCached()
{
    BadgeImporter importer(m_db->connection());
    const ImportOutcome o =
        importer.importFile(m_fixtures.named(QStringLiteral("di-did-web-valid")).path, {m_fixtures.options(), false});
    BadgeStore store(m_db->connection());
    const QString url = QStringLiteral("https://issuer.example/achievements/data-science-101.png");
    QCOMPARE(store.uncachedImageUrls(), QStringList{url});
    QString type;
    QVERIFY(store.image(o.id, &type).isEmpty());
    // Only images are kept.
    QVERIFY(!store.cacheImage(url, QByteArray("<html>not an image</html>")));
    const QByteArray png = QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    QCOMPARE(BadgeStore::sniffImageType(png), QStringLiteral("image/png"));
    QCOMPARE(BadgeStore::sniffImageType(QByteArray("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>")),
        QStringLiteral("image/svg+xml"));
    QVERIFY(store.cacheImage(url, png));
    QCOMPARE(store.image(o.id, &type), png);
    QCOMPARE(type, QStringLiteral("image/png"));
    QVERIFY(store.uncachedImageUrls().isEmpty());
}

QTEST_GUILESS_MAIN(TestPortfolio)
#include "TestPortfolio.moc"
