// The MIME types in packaging/org.credfolio.Credfolio.mime.xml, read the way a desktop reads
// them: QMimeDatabase over the system's shared-mime-info database plus a data folder that
// holds only our package (Qt reads mime/packages/*.xml where there is no mime.cache).
// Badges are recognised by their Open Badges contexts or by name; plain JSON, PNG and SVG
// files, baked badges included, are never claimed. (Qt, unlike GIO and xdg-mime, keeps
// application/json for a badge named *.json; tests/packaging/validate.sh checks those with gio.)

#include <QFile>
#include <QMimeDatabase>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString BadgeType = QStringLiteral("application/x-openbadge+json");

} // namespace

class TestMimeTypes : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void typesAreDefined();
    void files_data();
    void files();
    void contentAlone();
    void contextFarIntoTheFileIsNotEnough();

private:
    QString copy(const QString& source, const QString& name);
    QString write(const QString& name, const QByteArray& bytes);
    QTemporaryDir m_data;
    QTemporaryDir m_files;
};

void TestMimeTypes::initTestCase()
{
    QVERIFY(m_data.isValid() && m_files.isValid());
    const QString packages = m_data.filePath(QStringLiteral("mime/packages"));
    QVERIFY(QDir().mkpath(packages));
    QVERIFY(QFile::copy(QStringLiteral(CREDFOLIO_PACKAGING_DIR "/" CREDFOLIO_APP_ID ".mime.xml"),
        packages + QStringLiteral("/" CREDFOLIO_APP_ID ".xml")));
    // Before the first QMimeDatabase: ours first, then the system's; no user database.
    qputenv("XDG_DATA_HOME", m_data.filePath(QStringLiteral("home")).toUtf8());
    qputenv("XDG_DATA_DIRS", (m_data.path() + QStringLiteral(":/usr/local/share:/usr/share")).toUtf8());
}

void TestMimeTypes::typesAreDefined()
{
    const QMimeDatabase db;
    const QMimeType badge = db.mimeTypeForName(BadgeType);
    QVERIFY(badge.isValid());
    QVERIFY(badge.inherits(QStringLiteral("application/json")));
    QCOMPARE(badge.comment(), QStringLiteral("Open Badge"));
    QVERIFY(db.mimeTypeForName(QStringLiteral("application/jwt")).isValid());
    QVERIFY(db.mimeTypeForName(QStringLiteral("application/jose")).isValid());
    // The system's own types are still there.
    QVERIFY(db.mimeTypeForName(QStringLiteral("image/png")).isValid());
}

QString TestMimeTypes::copy(const QString& source, const QString& name)
{
    const QString target = m_files.filePath(name);
    QFile::remove(target);
    if (!QFile::copy(QStringLiteral(CREDFOLIO_TEST_DATA "/") + source, target))
        qFatal("cannot copy %s", qPrintable(source));
    return target;
}

QString TestMimeTypes::write(const QString& name, const QByteArray& bytes)
{
    QFile file(m_files.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(name));
    return file.fileName();
}

void TestMimeTypes::files_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("byContent");

    // By content: the Open Badges contexts at the start of a JSON object, read from the file.
    QTest::newRow("ob3-credential.json") << "verify/ob3-spec/ob3-signed-credential.json"
                                         << "credential.json" << BadgeType << true;
    QTest::newRow("ob2-assertion.json") << "containers/ob2-assertion.json"
                                        << "assertion.json" << BadgeType << true;
    QTest::newRow("clr2.json") << "verify/badges/clr-valid.json"
                               << "clr.json" << BadgeType << true;
    QTest::newRow("ob2-hosted.json") << "verify/badges/ob2-hosted-valid.json"
                                     << "hosted.json" << BadgeType << true;
    // A download without a name extension: the contents decide in every mode.
    QTest::newRow("ob3-no-suffix") << "verify/ob3-spec/ob3-signed-credential.json"
                                   << "credential" << BadgeType << false;
    QTest::newRow("ob2-no-suffix") << "containers/ob2-assertion.json"
                                   << "assertion" << BadgeType << false;
    // By name.
    QTest::newRow("ob3.badge.json") << "verify/ob3-spec/ob3-signed-credential.json"
                                    << "mine.badge.json" << BadgeType << false;
    QTest::newRow("*.badge.json") << "catalog/good-small.json"
                                  << "course.badge.json" << BadgeType << false;
    QTest::newRow("*.jwt") << "verify/badges/jwt-eddsa-valid.jwt"
                           << "credential.jwt"
                           << "application/jwt" << false;
    QTest::newRow("*.jws") << "verify/badges/ob2-signed-valid.jws"
                           << "assertion.jws"
                           << "application/jose" << false;
    // Never claimed: other JSON (by content alone, JSON is only text), and pictures even
    // when a badge is baked into them.
    QTest::newRow("catalog.json") << "catalog/good-small.json"
                                  << "catalog.json"
                                  << "application/json" << false;
    QTest::newRow("catalog.json content") << "catalog/good-small.json"
                                          << "catalog.json"
                                          << "text/plain" << true;
    QTest::newRow("array.json") << "containers/array.json"
                                << "array.json"
                                << "application/json" << false;
    QTest::newRow("array.json content") << "containers/array.json"
                                        << "array.json"
                                        << "text/plain" << true;
    QTest::newRow("ob3.json by name") << "verify/ob3-spec/ob3-signed-credential.json"
                                      << "c.json"
                                      << "application/json" << false;
    QTest::newRow("baked.png") << "verify/badges/baked-png-di-valid.png"
                               << "badge.png"
                               << "image/png" << false;
    QTest::newRow("baked.svg") << "verify/badges/baked-svg-di-valid.svg"
                               << "badge.svg"
                               << "image/svg+xml" << false;
    QTest::newRow("text.txt") << "containers/not-a-badge.txt"
                              << "notes.txt"
                              << "text/plain" << false;
}

void TestMimeTypes::files()
{
    QFETCH(QString, source);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QFETCH(bool, byContent);
    const QString path = copy(source, name);
    const QMimeDatabase db;
    QCOMPARE(db.mimeTypeForFile(path, byContent ? QMimeDatabase::MatchContent : QMimeDatabase::MatchDefault).name(), expected);
}

void TestMimeTypes::contentAlone()
{
    QFile ob3(QStringLiteral(CREDFOLIO_TEST_DATA "/verify/ob3-spec/ob3-signed-credential.json"));
    QVERIFY(ob3.open(QIODevice::ReadOnly));
    QCOMPARE(QMimeDatabase().mimeTypeForData(ob3.readAll()).name(), BadgeType);
    // Text that names the context outside a JSON object is not a badge.
    const QByteArray prose = "See https://w3id.org/openbadges/v2 for the Open Badges 2.0 vocabulary.\n";
    QVERIFY(QMimeDatabase().mimeTypeForData(prose).name() != BadgeType);
}

void TestMimeTypes::contextFarIntoTheFileIsNotEnough()
{
    // Only the start of a file is read: a JSON document that quotes the context deep inside
    // stays JSON.
    const QByteArray json = "{\"notes\": \"" + QByteArray(4000, 'x') + "\", \"seen\": \"https://w3id.org/openbadges/v2\"}";
    QCOMPARE(QMimeDatabase().mimeTypeForFile(write(QStringLiteral("far.json"), json)).name(), QStringLiteral("application/json"));
}

QTEST_GUILESS_MAIN(TestMimeTypes)
#include "TestMimeTypes.moc"
