// The learner's signing key (core/identity): in the keychain (this process runs inside
// dbus-run-session with an unlocked gnome-keyring, as scripts/test arranges) and in the
// passphrase file where no keychain answers. The "no keychain" cases run in a child process of
// this executable whose session bus address leads nowhere (or to a socket that never answers),
// because QtKeychain picks its backend once per process.

#include "crypto/PassphraseSeal.h"
#include "crypto/PublicKey.h"
#include "crypto/SignatureVerifier.h"
#include "identity/KeyFile.h"
#include "identity/Keychain.h"
#include "identity/LearnerKeys.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace credfolio;

namespace {

using Failure = LearnerKeys::Failure;
using Store = LearnerKeys::Store;

const Argon2Params cheap{8 * 1024, 1, 1};
const QString passphrase = QStringLiteral("correct horse battery staple");
constexpr char childArgument[] = "--child";

QString freshId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

int modeOf(const QString& path)
{
    struct stat st { };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

bool signsAndVerifies(const Ed25519SigningKey& key)
{
    const QByteArray message("a presentation of my badges");
    const auto signature = key.sign(message);
    return signature.ok() && verifySignature(SignatureAlgorithm::EdDSA, key.publicKey(), message, signature.value()).isValid();
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Run in this process: the keychain answers.
class TestLearnerKeys : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void keychainRoundTrip();
    void keychainKeysArePerPortfolio();
    void keychainRefusesSecondIdentityWhenFileExists();
    void keychainEntryOfWrongSize();
    void invalidPortfolioId();
    void didKey();
    void withoutKeychain();
    void keychainThatNeverAnswers();

private:
    QTemporaryDir m_dir;
};

void TestLearnerKeys::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Keychain tests need a Secret Service: run them as scripts/test does (dbus-run-session and
    // an unlocked gnome-keyring). Without one this fails rather than pretending to pass.
    const LearnerKeys probe(freshId());
    const auto probed = probe.probeKeychain();
    QVERIFY2(probed.failure() == Failure::None,
        qPrintable(QStringLiteral("no keychain answered (%1); run inside dbus-run-session with gnome-keyring, "
                                  "see scripts/test")
                       .arg(probed.detail())));
}

void TestLearnerKeys::keychainRoundTrip()
{
    const LearnerKeys keys(freshId(), m_dir.filePath(QStringLiteral("unused.credfolio-key")));
    QVERIFY(keys.keychainAvailable());

    const auto none = keys.load(Store::Keychain);
    QCOMPARE(none.failure(), Failure::NoKey);

    const auto created = keys.loadOrCreate(Store::Keychain);
    QVERIFY2(created.ok(), qPrintable(created.error() + QLatin1Char(' ') + created.detail()));
    QVERIFY(created.created());
    QVERIFY(signsAndVerifies(created.value()));

    const auto again = keys.loadOrCreate(Store::Keychain);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QVERIFY(!again.created());
    QVERIFY(again.value().publicKey().sameKeyAs(created.value().publicKey()));
    QCOMPARE(again.value().seed(), created.value().seed());

    // A second object for the same portfolio (a later run of the app) finds the same key.
    const auto loaded = LearnerKeys(keys.portfolioId()).load(Store::Keychain);
    QVERIFY(loaded.ok());
    QVERIFY(loaded.value().publicKey().sameKeyAs(created.value().publicKey()));
    QVERIFY(!QFile::exists(keys.keyFilePath()));

    QVERIFY(keys.remove(Store::Keychain).ok());
    QCOMPARE(keys.load(Store::Keychain).failure(), Failure::NoKey);
    QVERIFY(keys.remove(Store::Keychain).ok()); // removing what is gone is fine

    // After removal a new key is a new identity.
    const auto fresh = keys.loadOrCreate(Store::Keychain);
    QVERIFY(fresh.ok() && fresh.created());
    QVERIFY(!fresh.value().publicKey().sameKeyAs(created.value().publicKey()));
    QVERIFY(keys.remove(Store::Keychain).ok());
}

void TestLearnerKeys::keychainKeysArePerPortfolio()
{
    const LearnerKeys a(freshId());
    const LearnerKeys b(freshId());
    const auto keyA = a.loadOrCreate(Store::Keychain);
    const auto keyB = b.loadOrCreate(Store::Keychain);
    QVERIFY(keyA.ok() && keyB.ok());
    QVERIFY(!keyA.value().publicKey().sameKeyAs(keyB.value().publicKey()));
    QVERIFY(a.remove(Store::Keychain).ok());
    QCOMPARE(a.load(Store::Keychain).failure(), Failure::NoKey);
    QVERIFY(b.load(Store::Keychain).ok());
    QVERIFY(b.remove(Store::Keychain).ok());
}

void TestLearnerKeys::keychainRefusesSecondIdentityWhenFileExists()
{
    LearnerKeys keys(freshId(), m_dir.filePath(QStringLiteral("second.credfolio-key")));
    keys.setKdfParams(cheap);
    const auto inFile = keys.loadOrCreate(Store::PassphraseFile, passphrase);
    QVERIFY2(inFile.ok(), qPrintable(inFile.error()));

    const auto refused = keys.loadOrCreate(Store::Keychain);
    QCOMPARE(refused.failure(), Failure::KeyInFile);
    QVERIFY(refused.error().contains(QStringLiteral("passphrase")));
    QCOMPARE(keys.load(Store::Keychain).failure(), Failure::NoKey); // nothing was created
}

void TestLearnerKeys::keychainEntryOfWrongSize()
{
    const LearnerKeys keys(freshId());
    const Keychain keychain(LearnerKeys::keychainService());
    QVERIFY(keychain.write(keys.keychainKey(), QByteArray(5, 'x')).ok());
    const auto loaded = keys.loadOrCreate(Store::Keychain);
    QCOMPARE(loaded.failure(), Failure::DamagedKey);
    // The damaged entry was not replaced by a new key behind the learner's back.
    const auto entry = keychain.read(keys.keychainKey());
    QVERIFY(entry.ok());
    QCOMPARE(entry.data, QByteArray(5, 'x'));
    QVERIFY(keys.remove(Store::Keychain).ok());
}

void TestLearnerKeys::invalidPortfolioId()
{
    for (const QString& id : {QString(), QStringLiteral("../escape"), QStringLiteral("a/b"), QStringLiteral(".hidden"),
             QStringLiteral("with space"), QString(101, QLatin1Char('a'))}) {
        const LearnerKeys keys(id, m_dir.filePath(QStringLiteral("never.credfolio-key")));
        QVERIFY2(!LearnerKeys::isValidPortfolioId(id), qPrintable(id));
        QCOMPARE(keys.loadOrCreate(Store::Keychain).failure(), Failure::InvalidPortfolioId);
        QCOMPARE(keys.loadOrCreate(Store::PassphraseFile, passphrase).failure(), Failure::InvalidPortfolioId);
        QVERIFY(!keys.remove(Store::Keychain).ok());
    }
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.credfolio-key"))));
    QVERIFY(LearnerKeys::isValidPortfolioId(QUuid::createUuid().toString()));
    QVERIFY(LearnerKeys::isValidPortfolioId(freshId()));
}

void TestLearnerKeys::didKey()
{
    // RFC 8032 section 7.1 TEST 1; its did:key is the first example key of the did:key spec's
    // Ed25519 test vectors (w3c-ccg/did-method-key).
    const auto key =
        Ed25519SigningKey::fromSeed(QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));
    QVERIFY(key.ok());
    const QString did = LearnerKeys::didKey(key->publicKey());
    QVERIFY(did.startsWith(QStringLiteral("did:key:z6Mk")));
    QCOMPARE(LearnerKeys::verificationMethod(key->publicKey()), did + QLatin1Char('#') + did.mid(8));
    const auto back = PublicKey::fromMultikey(did.mid(8).toLatin1());
    QVERIFY(back.ok());
    QVERIFY(back->sameKeyAs(key->publicKey()));
    QVERIFY(LearnerKeys::didKey(PublicKey()).isEmpty());
}

namespace {

// Runs this executable again with one child test function and the given environment changes.
QProcess* runChild(const QString& function, const QProcessEnvironment& env)
{
    auto* child = new QProcess;
    child->setProcessEnvironment(env);
    child->setProcessChannelMode(QProcess::MergedChannels);
    child->start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(childArgument), function});
    return child;
}

QProcessEnvironment withoutDesktop(const QString& busAddress)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);
    for (const char* name :
        {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_SESSION_VERSION", "KDE_FULL_SESSION", "GNOME_DESKTOP_SESSION_ID"})
        env.remove(QString::fromLatin1(name));
    return env;
}

void expectChildPasses(QProcess* child)
{
    QVERIFY(child->waitForStarted());
    QVERIFY2(child->waitForFinished(240000), "the child test did not finish");
    const QByteArray output = child->readAll();
    QVERIFY2(child->exitStatus() == QProcess::NormalExit && child->exitCode() == 0, output.constData());
    // The child really ran its tests (and skipped none).
    QVERIFY2(output.contains("Totals:") && output.contains(" 0 failed, 0 skipped"), output.constData());
}

} // namespace

void TestLearnerKeys::withoutKeychain()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString nowhere = QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-such-bus"));
    std::unique_ptr<QProcess> child(runChild(QStringLiteral("all"), withoutDesktop(nowhere)));
    expectChildPasses(child.get());
}

void TestLearnerKeys::keychainThatNeverAnswers()
{
    // A socket that accepts connections and never says a word: the D-Bus handshake hangs.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("silent-bus")));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    const auto closeSocket = qScopeGuard([fd] { ::close(fd); });
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    QVERIFY(size_t(path.size()) < sizeof(address.sun_path));
    qstrncpy(address.sun_path, path.constData(), sizeof(address.sun_path));
    QVERIFY(::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof(address)) == 0);
    QVERIFY(::listen(fd, 8) == 0);
    std::unique_ptr<QProcess> child(
        runChild(QStringLiteral("hungKeychain"), withoutDesktop(QStringLiteral("unix:path=") + QFile::decodeName(path))));
    expectChildPasses(child.get());
}

// ---------------------------------------------------------------------------------------------
// Run in the child process: no keychain answers.
class TestWithoutKeychain : public QObject {
    Q_OBJECT

private slots:
    void init();
    void keychainUnavailable();
    void passphraseFileRoundTrip();
    void wrongPassphraseChangesNothing();
    void damagedFiles();
    void weakPassphrase();
    void changePassphrase();
    void neverOverwritesAKeyFile();
    void removeFile();
    void hungKeychain();

private:
    LearnerKeys keysIn(const QString& name) const;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestWithoutKeychain::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

LearnerKeys TestWithoutKeychain::keysIn(const QString& name) const
{
    LearnerKeys keys(freshId(), m_dir->filePath(name));
    keys.setKdfParams(cheap);
    return keys;
}

void TestWithoutKeychain::keychainUnavailable()
{
    const LearnerKeys keys = keysIn(QStringLiteral("k.credfolio-key"));
    QVERIFY(!keys.keychainAvailable());
    const auto probed = keys.probeKeychain();
    QCOMPARE(probed.failure(), Failure::KeychainUnavailable);
    QVERIFY(probed.error().contains(QStringLiteral("passphrase")));

    const auto loaded = keys.loadOrCreate(Store::Keychain);
    QCOMPARE(loaded.failure(), Failure::KeychainUnavailable);
    QVERIFY(!loaded.ok());
    QVERIFY(!keys.remove(Store::Keychain).ok());
    QVERIFY(!keys.keyFileExists()); // the keychain path never writes a file
}

void TestWithoutKeychain::passphraseFileRoundTrip()
{
    // The default Argon2id cost, as the app uses it.
    const LearnerKeys keys(freshId(), m_dir->filePath(QStringLiteral("sub/dir/learner.credfolio-key")));
    QVERIFY(!keys.keyFileExists());
    QCOMPARE(keys.load(Store::PassphraseFile, passphrase).failure(), Failure::NoKey);

    const auto created = keys.loadOrCreate(Store::PassphraseFile, passphrase);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    QVERIFY(created.created());
    QVERIFY(keys.keyFileExists());
    QVERIFY(signsAndVerifies(created.value()));

    QCOMPARE(modeOf(keys.keyFilePath()), 0600);
    QCOMPARE(modeOf(m_dir->filePath(QStringLiteral("sub/dir"))), 0700);
    const QByteArray onDisk = fileBytes(keys.keyFilePath());
    const QByteArray seed = created.value().seed();
    QCOMPARE(seed.size(), 32);
    QVERIFY(!onDisk.contains(seed));
    QVERIFY(!onDisk.contains(seed.toHex()));
    QVERIFY(!onDisk.contains(seed.toBase64()));
    QVERIFY(!onDisk.contains(seed.first(8)));
    const auto params = PassphraseSeal::paramsOf(onDisk);
    QVERIFY(params.ok());
    QCOMPARE(params->memoryKiB, PassphraseSeal::defaultParams().memoryKiB);
    // No stray temporary files beside it.
    QCOMPARE(QDir(m_dir->filePath(QStringLiteral("sub/dir"))).entryList(QDir::Files | QDir::Hidden).size(), 1);

    const auto again = keys.loadOrCreate(Store::PassphraseFile, passphrase);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QVERIFY(!again.created());
    QCOMPARE(again.value().seed(), seed);
    QCOMPARE(fileBytes(keys.keyFilePath()), onDisk);

    const auto loaded = LearnerKeys(keys.portfolioId(), keys.keyFilePath()).load(Store::PassphraseFile, passphrase);
    QVERIFY(loaded.ok());
    QVERIFY(loaded.value().publicKey().sameKeyAs(created.value().publicKey()));
}

void TestWithoutKeychain::wrongPassphraseChangesNothing()
{
    const LearnerKeys keys = keysIn(QStringLiteral("w.credfolio-key"));
    const auto created = keys.loadOrCreate(Store::PassphraseFile, passphrase);
    QVERIFY(created.ok());
    const QByteArray before = fileBytes(keys.keyFilePath());

    for (const QString& wrong : {QStringLiteral("correct horse battery stapler"), QString()}) {
        const auto refused = keys.loadOrCreate(Store::PassphraseFile, wrong);
        QCOMPARE(refused.failure(), Failure::WrongPassphrase);
        QCOMPARE(refused.error(), QStringLiteral("The passphrase is wrong."));
        QCOMPARE(keys.load(Store::PassphraseFile, wrong).failure(), Failure::WrongPassphrase);
        QCOMPARE(fileBytes(keys.keyFilePath()), before);
        QCOMPARE(modeOf(keys.keyFilePath()), 0600);
    }
    const auto opened = keys.load(Store::PassphraseFile, passphrase);
    QVERIFY(opened.ok());
    QCOMPARE(opened.value().seed(), created.value().seed());
}

void TestWithoutKeychain::damagedFiles()
{
    const LearnerKeys keys = keysIn(QStringLiteral("d.credfolio-key"));
    QVERIFY(keys.loadOrCreate(Store::PassphraseFile, passphrase).ok());
    const QByteArray good = fileBytes(keys.keyFilePath());

    struct Case {
        const char* name;
        QByteArray bytes;
    };
    QByteArray flipped = good;
    flipped[60] = char(flipped[60] ^ 0x40);
    const Case cases[] = {{"truncated", good.first(good.size() / 2)}, {"one byte short", good.first(good.size() - 1)},
        {"empty", QByteArray()}, {"flipped byte", flipped}, {"not a key file", QByteArray("{\"not\": \"a key\"}")}};
    for (const Case& c : cases) {
        const QString path = m_dir->filePath(QString::fromLatin1(c.name));
        QVERIFY(writeBytes(path, c.bytes));
        const LearnerKeys broken(keys.portfolioId(), path);
        const auto loaded = broken.loadOrCreate(Store::PassphraseFile, passphrase);
        QVERIFY2(loaded.failure() == Failure::DamagedKey, c.name);
        QVERIFY2(loaded.error() != QStringLiteral("The passphrase is wrong."), c.name);
        QVERIFY2(!loaded.error().isEmpty(), c.name);
        // Refused, never replaced by a new key.
        QCOMPARE(fileBytes(path), c.bytes);
    }
    const auto truncated =
        LearnerKeys(keys.portfolioId(), m_dir->filePath(QStringLiteral("truncated"))).load(Store::PassphraseFile, passphrase);
    QVERIFY2(truncated.error().startsWith(QStringLiteral("The key file is incomplete")), qPrintable(truncated.error()));
}

void TestWithoutKeychain::weakPassphrase()
{
    const LearnerKeys keys = keysIn(QStringLiteral("weak.credfolio-key"));
    // Seven characters, one of them outside the BMP (two UTF-16 units): still too short.
    const QString seven = QStringLiteral(u"abcdef\U0001F511");
    QCOMPARE(seven.size(), 8);
    const auto refused = keys.loadOrCreate(Store::PassphraseFile, seven);
    QCOMPARE(refused.failure(), Failure::WeakPassphrase);
    QVERIFY(!keys.keyFileExists());
    QVERIFY(keys.loadOrCreate(Store::PassphraseFile, QStringLiteral("abcdefgh")).ok());
}

void TestWithoutKeychain::changePassphrase()
{
    const LearnerKeys keys = keysIn(QStringLiteral("c.credfolio-key"));
    const auto created = keys.loadOrCreate(Store::PassphraseFile, passphrase);
    QVERIFY(created.ok());
    const QByteArray before = fileBytes(keys.keyFilePath());
    const QString next = QStringLiteral("a new and longer passphrase");

    QVERIFY(!keys.changePassphrase(QStringLiteral("not the passphrase"), next).ok());
    QVERIFY(!keys.changePassphrase(passphrase, QStringLiteral("short")).ok());
    QCOMPARE(fileBytes(keys.keyFilePath()), before);

    QVERIFY(keys.changePassphrase(passphrase, next).ok());
    QCOMPARE(modeOf(keys.keyFilePath()), 0600);
    QCOMPARE(keys.load(Store::PassphraseFile, passphrase).failure(), Failure::WrongPassphrase);
    const auto reopened = keys.load(Store::PassphraseFile, next);
    QVERIFY(reopened.ok());
    QCOMPARE(reopened.value().seed(), created.value().seed());
}

void TestWithoutKeychain::neverOverwritesAKeyFile()
{
    const LearnerKeys keys = keysIn(QStringLiteral("o.credfolio-key"));
    QVERIFY(keys.loadOrCreate(Store::PassphraseFile, passphrase).ok());
    const QByteArray before = fileBytes(keys.keyFilePath());
    QVERIFY(!KeyFile::write(keys.keyFilePath(), QByteArray("other"), KeyFile::Write::CreateNew).ok());
    QCOMPARE(fileBytes(keys.keyFilePath()), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TestWithoutKeychain::removeFile()
{
    const LearnerKeys keys = keysIn(QStringLiteral("r.credfolio-key"));
    QVERIFY(keys.loadOrCreate(Store::PassphraseFile, passphrase).ok());
    QVERIFY(keys.remove(Store::PassphraseFile).ok());
    QVERIFY(!keys.keyFileExists());
    QCOMPARE(keys.load(Store::PassphraseFile, passphrase).failure(), Failure::NoKey);
    QVERIFY(keys.remove(Store::PassphraseFile).ok());
}

void TestWithoutKeychain::hungKeychain()
{
    // Only meaningful when the bus address leads to a socket that never answers (the parent's
    // keychainThatNeverAnswers); with no socket at all the probe simply fails fast.
    LearnerKeys keys = keysIn(QStringLiteral("h.credfolio-key"));
    keys.setKeychainTimeouts(300, 300);
    const auto probed = keys.probeKeychain();
    QCOMPARE(probed.failure(), Failure::KeychainUnavailable);
    if (qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").endsWith(QStringLiteral("silent-bus"))) {
        QVERIFY2(probed.detail().contains(QStringLiteral("did not answer")), qPrintable(probed.detail()));
        QVERIFY(Keychain::stalled());
        // Later calls do not queue behind the stuck job: they report the keychain unavailable.
        const auto loaded = keys.loadOrCreate(Store::Keychain);
        QCOMPARE(loaded.failure(), Failure::KeychainUnavailable);
        QVERIFY(loaded.detail().contains(QStringLiteral("still waiting")));
    }
    // The passphrase file works all the same.
    QVERIFY(keys.loadOrCreate(Store::PassphraseFile, passphrase).ok());
}

// ---------------------------------------------------------------------------------------------

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc >= 3 && qstrcmp(argv[1], childArgument) == 0) {
        TestWithoutKeychain child;
        QStringList args{QCoreApplication::applicationFilePath()};
        if (qstrcmp(argv[2], "all") != 0)
            args << QString::fromLocal8Bit(argv[2]);
        return QTest::qExec(&child, args);
    }
    TestLearnerKeys test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestLearnerKeys.moc"
