// The passphrase-sealed key format (core/crypto/PassphraseSeal): round trips, a file made by an
// independent implementation (tests/data/identity/SOURCE.md), wrong passphrases, and damaged
// files, each refused with its own kind of error.

#include "crypto/Ed25519SigningKey.h"
#include "crypto/PassphraseSeal.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>
#include <QtEndian>

using namespace credfolio;

namespace {

using Failure = PassphraseSeal::Failure;

// The cheapest cost the format accepts keeps the many damage rows quick.
const Argon2Params cheap{8 * 1024, 1, 1};
const QString passphrase = QStringLiteral("correct horse battery staple");

QByteArray fromHex(const char* hex)
{
    return QByteArray::fromHex(QByteArray(hex));
}

QByteArray fixture()
{
    QFile file(QStringLiteral(CREDFOLIO_TEST_DATA "/identity/rfc8032-test1.credfolio-key"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Recomputes the trailing SHA-256 so a change reaches the checks behind it.
QByteArray withChecksum(QByteArray sealed)
{
    sealed.chop(32);
    return sealed + QCryptographicHash::hash(sealed, QCryptographicHash::Sha256);
}

QByteArray flipped(QByteArray bytes, qsizetype at)
{
    bytes[at] = char(bytes[at] ^ 0x01);
    return bytes;
}

QByteArray withU32(QByteArray bytes, qsizetype at, quint32 value)
{
    qToBigEndian(value, bytes.data() + at);
    return bytes;
}

} // namespace

Q_DECLARE_METATYPE(PassphraseSeal::Failure)

class TestPassphraseSeal : public QObject {
    Q_OBJECT

private slots:
    void independentFileOpens();
    void roundTripWithDefaults();
    void eachSealIsFresh();
    void wrongPassphrase_data();
    void wrongPassphrase();
    void normalizedPassphrase();
    void damaged_data();
    void damaged();
    void sealRefuses_data();
    void sealRefuses();
};

void TestPassphraseSeal::independentFileOpens()
{
    const QByteArray sealed = fixture();
    QVERIFY(!sealed.isEmpty());
    const auto opened = PassphraseSeal::unseal(sealed, passphrase);
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    // RFC 8032 section 7.1, TEST 1.
    QCOMPARE(opened.secret.toHex(), QByteArray("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));
    const auto key = Ed25519SigningKey::fromSeed(opened.secret);
    QVERIFY(key.ok());
    QCOMPARE(key->publicKey().x(), fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));
    const auto params = PassphraseSeal::paramsOf(sealed);
    QVERIFY(params.ok());
    QCOMPARE(params->memoryKiB, 8192u);
    QCOMPARE(params->iterations, 1u);
    QCOMPARE(params->parallelism, 1u);
}

void TestPassphraseSeal::roundTripWithDefaults()
{
    const QByteArray secret = fromHex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb");
    const auto sealed = PassphraseSeal::seal(secret, passphrase);
    QVERIFY2(sealed.ok(), qPrintable(sealed.error()));
    QCOMPARE(sealed->size(), 54 + secret.size() + 16 + 32);
    QVERIFY(!sealed->contains(secret));
    const auto params = PassphraseSeal::paramsOf(sealed.value());
    QVERIFY(params.ok());
    QCOMPARE(params->memoryKiB, PassphraseSeal::defaultParams().memoryKiB);
    QCOMPARE(params->iterations, PassphraseSeal::defaultParams().iterations);
    QCOMPARE(params->parallelism, PassphraseSeal::defaultParams().parallelism);
    const auto opened = PassphraseSeal::unseal(sealed.value(), passphrase);
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    QCOMPARE(opened.secret, secret);
}

void TestPassphraseSeal::eachSealIsFresh()
{
    const QByteArray secret(32, 'k');
    const auto a = PassphraseSeal::seal(secret, passphrase, cheap);
    const auto b = PassphraseSeal::seal(secret, passphrase, cheap);
    QVERIFY(a.ok() && b.ok());
    // Random salt and nonce: the same secret and passphrase never give the same bytes.
    QVERIFY(a->mid(22, 16) != b->mid(22, 16));
    QVERIFY(a->mid(38, 12) != b->mid(38, 12));
    QVERIFY(a.value() != b.value());
}

void TestPassphraseSeal::wrongPassphrase_data()
{
    QTest::addColumn<QString>("attempt");
    QTest::newRow("different words") << QStringLiteral("correct horse battery stapler");
    QTest::newRow("case") << QStringLiteral("Correct horse battery staple");
    QTest::newRow("trailing space") << QStringLiteral("correct horse battery staple ");
    QTest::newRow("empty") << QString();
}

void TestPassphraseSeal::wrongPassphrase()
{
    QFETCH(QString, attempt);
    const auto opened = PassphraseSeal::unseal(fixture(), attempt);
    QCOMPARE(opened.failure, Failure::WrongPassphrase);
    QCOMPARE(opened.message, QStringLiteral("The passphrase is wrong."));
    QVERIFY(opened.secret.isEmpty());
}

void TestPassphraseSeal::normalizedPassphrase()
{
    const QString composed = QStringLiteral(u"caf\u00e9 cr\u00e8me br\u00fbl\u00e9e");
    const QString decomposed = composed.normalized(QString::NormalizationForm_D);
    QVERIFY(composed != decomposed);
    const auto sealed = PassphraseSeal::seal(QByteArray(32, 's'), decomposed, cheap);
    QVERIFY(sealed.ok());
    const auto opened = PassphraseSeal::unseal(sealed.value(), composed);
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    QCOMPARE(opened.secret, QByteArray(32, 's'));
}

void TestPassphraseSeal::damaged_data()
{
    QTest::addColumn<QByteArray>("sealed");
    QTest::addColumn<Failure>("failure");
    QTest::addColumn<QString>("messageStart");

    const QByteArray good = fixture();
    const QString incomplete = QStringLiteral("The key file is incomplete");
    const QString damaged = QStringLiteral("The key file is damaged");
    QTest::newRow("empty") << QByteArray() << Failure::Damaged << QStringLiteral("The key file is empty");
    QTest::newRow("not a key file") << QByteArray("PK\x03\x04 a zip archive") << Failure::Damaged
                                    << QStringLiteral("This is not a Credfolio key file");
    QTest::newRow("text-mode newline") << QByteArray(good).replace("\r\n", "\n") << Failure::Damaged
                                       << QStringLiteral("This is not a Credfolio key file");
    for (const int size : {1, 7, 8, 53, 54, 101, 133})
        QTest::addRow("truncated to %d bytes", size) << good.first(size) << Failure::Damaged << incomplete;
    QTest::newRow("extra byte") << good + '\0' << Failure::Damaged << damaged;
    QTest::newRow("flipped memory cost") << flipped(good, 12) << Failure::Damaged << damaged;
    QTest::newRow("flipped salt") << flipped(good, 30) << Failure::Damaged << damaged;
    QTest::newRow("flipped nonce") << flipped(good, 40) << Failure::Damaged << damaged;
    QTest::newRow("flipped ciphertext") << flipped(good, 60) << Failure::Damaged << damaged;
    QTest::newRow("flipped tag") << flipped(good, 54 + 40) << Failure::Damaged << damaged;
    QTest::newRow("flipped checksum") << flipped(good, good.size() - 1) << Failure::Damaged << damaged;
    QTest::newRow("impossible length") << withChecksum(withU32(good, 50, 8)) << Failure::Damaged << damaged;
    QTest::newRow("version 0") << withChecksum(QByteArray(good).replace(8, 1, "\x00", 1)) << Failure::Damaged << damaged;
    QTest::newRow("version 2") << withChecksum(QByteArray(good).replace(8, 1, "\x02", 1)) << Failure::Unsupported
                               << QStringLiteral("The key file was made by a newer version of Credfolio");
    QTest::newRow("unknown KDF") << withChecksum(QByteArray(good).replace(9, 1, "\x02", 1)) << Failure::Unsupported
                                 << QStringLiteral("The key file uses a key derivation");
    QTest::newRow("memory cost 4 GiB") << withChecksum(withU32(good, 10, 4u * 1024 * 1024)) << Failure::Unsupported
                                       << QStringLiteral("The key file asks for an Argon2id cost");
    QTest::newRow("zero passes") << withChecksum(withU32(good, 14, 0)) << Failure::Unsupported
                                 << QStringLiteral("The key file asks for an Argon2id cost");
    // With a matching checksum, a changed header is caught by the GCM tag, which covers it as
    // associated data: that cannot be told apart from a wrong passphrase.
    QTest::newRow("changed salt, checksum recomputed")
        << withChecksum(flipped(good, 30)) << Failure::WrongPassphrase << QStringLiteral("The passphrase is wrong.");
    QTest::newRow("changed tag, checksum recomputed")
        << withChecksum(flipped(good, 54 + 40)) << Failure::WrongPassphrase << QStringLiteral("The passphrase is wrong.");
}

void TestPassphraseSeal::damaged()
{
    QFETCH(QByteArray, sealed);
    QFETCH(Failure, failure);
    QFETCH(QString, messageStart);
    const auto opened = PassphraseSeal::unseal(sealed, passphrase);
    QCOMPARE(opened.failure, failure);
    QVERIFY2(opened.message.startsWith(messageStart), qPrintable(opened.message));
    QVERIFY(opened.secret.isEmpty());
    if (failure != Failure::WrongPassphrase)
        QVERIFY(!PassphraseSeal::paramsOf(sealed).ok());
}

void TestPassphraseSeal::sealRefuses_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QString>("words");
    QTest::addColumn<quint32>("memoryKiB");
    QTest::addColumn<quint32>("passes");
    QTest::addColumn<quint32>("lanes");
    const QByteArray seed(32, 'x');
    QTest::newRow("empty passphrase") << seed << QString() << 8192u << 1u << 1u;
    QTest::newRow("empty secret") << QByteArray() << passphrase << 8192u << 1u << 1u;
    QTest::newRow("secret too large") << QByteArray(4097, 'x') << passphrase << 8192u << 1u << 1u;
    QTest::newRow("memory below 8 MiB") << seed << passphrase << 4096u << 1u << 1u;
    QTest::newRow("memory above 1 GiB") << seed << passphrase << 2u * 1024 * 1024 << 1u << 1u;
    QTest::newRow("zero passes") << seed << passphrase << 8192u << 0u << 1u;
    QTest::newRow("zero lanes") << seed << passphrase << 8192u << 1u << 0u;
    QTest::newRow("17 passes") << seed << passphrase << 8192u << 17u << 1u;
}

void TestPassphraseSeal::sealRefuses()
{
    QFETCH(QByteArray, secret);
    QFETCH(QString, words);
    QFETCH(quint32, memoryKiB);
    QFETCH(quint32, passes);
    QFETCH(quint32, lanes);
    const auto sealed = PassphraseSeal::seal(secret, words, Argon2Params{memoryKiB, passes, lanes});
    QVERIFY(!sealed.ok());
    QVERIFY(!sealed.error().isEmpty());
}

QTEST_GUILESS_MAIN(TestPassphraseSeal)
#include "TestPassphraseSeal.moc"
