// One window per portfolio (ui/instance/SingleInstance): a later start hands its files to
// the running window over a local socket. Server and client run in this process, the
// client on its own thread since it blocks until the window confirms; each test listens
// on a socket of its own in a temporary folder. Also the stale socket a crash leaves, and
// the window importing what it is handed (MainWindow::openFiles).

#include "MainWindow.h"
#include "SingleInstance.h"
#include "catalog/CatalogStore.h"
#include "portfolio/BadgeListModel.h"
#include "portfolio/PortfolioView.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "widgets/MessageWidget.h"

#include "../portfolio/PortfolioFixtures.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace credfolio;
using namespace credfolio::test;

namespace {

// Runs the blocking client on a thread of its own; true once the server confirmed.
class Sender {
public:
    Sender(const QString& name, const QStringList& paths)
    {
        m_thread.reset(QThread::create([this, name, paths] { m_delivered = SingleInstance::sendToRunning(name, paths); }));
        m_thread->start();
    }
    ~Sender() { m_thread->wait(); }
    bool finished() const { return m_thread->isFinished(); }
    bool delivered() const { return m_delivered; }

private:
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_delivered{false};
};

// What a crashed instance leaves: a socket file bound once and never listened on again.
bool makeStaleSocket(const QString& path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd < 0)
        return false;
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray native = QFile::encodeName(path);
    if (native.size() >= qsizetype(sizeof(address.sun_path))) {
        ::close(fd);
        return false;
    }
    memcpy(address.sun_path, native.constData(), size_t(native.size()));
    const bool bound = ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0;
    ::close(fd); // the file stays, nobody listens
    return bound && QFile::exists(path);
}

} // namespace

class TestSingleInstance : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void serverNameFollowsUserAndPortfolio();
    void filesArriveAtTheRunningInstance();
    void emptyMessageOnlyAsksToComeForward();
    void noServerMeansNobodyTakesTheFiles();
    void staleSocketIsReplaced();
    void secondListenerSeesTheFirst();
    void foreignMessageIsIgnored();
    void windowImportsWhatItIsHanded();

private:
    QString socketName(const QString& name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
    BadgeFixtures m_fixtures;
};

void TestSingleInstance::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("CredfolioTest"));
    QApplication::setApplicationName(QStringLiteral("credfolio-test-single-instance"));
}

void TestSingleInstance::init()
{
    // A short path: Unix socket paths are limited to about 100 bytes.
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/cf-XXXXXX"));
    QVERIFY(m_dir->isValid());
}

void TestSingleInstance::serverNameFollowsUserAndPortfolio()
{
    const QString a = SingleInstance::serverName(m_dir->filePath(QStringLiteral("a.sqlite")));
    const QString b = SingleInstance::serverName(m_dir->filePath(QStringLiteral("b.sqlite")));
    QVERIFY(QFileInfo(a).fileName().startsWith(QStringLiteral(CREDFOLIO_APP_ID "-")));
    QVERIFY(a != b);
    // The same file reached another way is the same portfolio.
    QCOMPARE(SingleInstance::serverName(m_dir->filePath(QStringLiteral("sub/../a.sqlite"))), a);
    QVERIFY(QDir::current().mkpath(m_dir->filePath(QStringLiteral("real"))));
    QVERIFY(QFile::link(m_dir->filePath(QStringLiteral("real")), m_dir->filePath(QStringLiteral("link"))));
    QCOMPARE(SingleInstance::serverName(m_dir->filePath(QStringLiteral("link/p.sqlite"))),
        SingleInstance::serverName(m_dir->filePath(QStringLiteral("real/p.sqlite"))));
    // Inside the user's private runtime folder.
    QCOMPARE(QFileInfo(a).absolutePath(), QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation));
}

void TestSingleInstance::filesArriveAtTheRunningInstance()
{
    const QString name = socketName(QStringLiteral("s"));
    SingleInstance server;
    QCOMPARE(server.listen(name), SingleInstance::Listen::Listening);
    QSignalSpy received(&server, &SingleInstance::filesReceived);
    const QStringList paths{QStringLiteral("/home/learner/Downloads/badge one.png"),
        QStringLiteral("/home/learner/Zertifikat [Prüfung].jwt"), QStringLiteral("https://badges.example.org/a/1")};
    Sender sender(name, paths);
    QTRY_VERIFY_WITH_TIMEOUT(sender.finished(), 20000);
    QVERIFY(sender.delivered());
    QCOMPARE(received.count(), 1);
    QCOMPARE(received.at(0).at(0).toStringList(), paths);

    // And again: the server keeps listening for later starts.
    Sender again(name, {QStringLiteral("/tmp/x.json")});
    QTRY_VERIFY_WITH_TIMEOUT(again.finished(), 20000);
    QVERIFY(again.delivered());
    QCOMPARE(received.count(), 2);
    QCOMPARE(received.at(1).at(0).toStringList(), QStringList{QStringLiteral("/tmp/x.json")});
}

void TestSingleInstance::emptyMessageOnlyAsksToComeForward()
{
    const QString name = socketName(QStringLiteral("s"));
    SingleInstance server;
    QCOMPARE(server.listen(name), SingleInstance::Listen::Listening);
    QSignalSpy received(&server, &SingleInstance::filesReceived);
    Sender sender(name, {});
    QTRY_VERIFY_WITH_TIMEOUT(sender.finished(), 20000);
    QVERIFY(sender.delivered());
    QCOMPARE(received.count(), 1);
    QVERIFY(received.at(0).at(0).toStringList().isEmpty());
}

void TestSingleInstance::noServerMeansNobodyTakesTheFiles()
{
    QVERIFY(!SingleInstance::sendToRunning(socketName(QStringLiteral("none")), {QStringLiteral("/tmp/a.json")}, 2000));
}

void TestSingleInstance::staleSocketIsReplaced()
{
    const QString name = socketName(QStringLiteral("stale"));
    QVERIFY(makeStaleSocket(name));
    // Nobody answers on the crashed instance's socket...
    QVERIFY(!SingleInstance::sendToRunning(name, {QStringLiteral("/tmp/a.json")}, 2000));
    // ...so the next start removes it and listens there itself.
    SingleInstance server;
    QCOMPARE(server.listen(name), SingleInstance::Listen::Listening);
    QSignalSpy received(&server, &SingleInstance::filesReceived);
    Sender sender(name, {QStringLiteral("/tmp/a.json")});
    QTRY_VERIFY_WITH_TIMEOUT(sender.finished(), 20000);
    QVERIFY(sender.delivered());
    QCOMPARE(received.count(), 1);
}

void TestSingleInstance::secondListenerSeesTheFirst()
{
    const QString name = socketName(QStringLiteral("s"));
    SingleInstance first;
    QCOMPARE(first.listen(name), SingleInstance::Listen::Listening);
    SingleInstance second;
    QCOMPARE(second.listen(name), SingleInstance::Listen::AnotherRunning);
    // The first still has its socket: the probe did not take it away.
    QSignalSpy received(&first, &SingleInstance::filesReceived);
    Sender sender(name, {QStringLiteral("/tmp/b.jws")});
    QTRY_VERIFY_WITH_TIMEOUT(sender.finished(), 20000);
    QVERIFY(sender.delivered());
    QCOMPARE(received.count(), 1);
}

void TestSingleInstance::foreignMessageIsIgnored()
{
    const QString name = socketName(QStringLiteral("s"));
    SingleInstance server;
    QCOMPARE(server.listen(name), SingleInstance::Listen::Listening);
    QSignalSpy received(&server, &SingleInstance::filesReceived);
    QLocalSocket socket;
    socket.connectToServer(name);
    QVERIFY(socket.waitForConnected(5000));
    QByteArray junk;
    QDataStream out(&junk, QIODevice::WriteOnly);
    out << QByteArrayLiteral("something-else/1") << QStringList{QStringLiteral("/etc/passwd")};
    socket.write(junk);
    socket.flush();
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QLocalSocket::UnconnectedState, 20000);
    QCOMPARE(received.count(), 0);
}

void TestSingleInstance::windowImportsWhatItIsHanded()
{
    QSettings().clear();
    auto opened = Session::openPortfolio(m_dir->filePath(QStringLiteral("portfolio.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    std::unique_ptr<Database> db = std::move(opened).value();
    MainWindow window(*db);
    window.portfolioView()->setShowSummary(false);
    window.portfolioView()->setVerifyOptionsProvider([this] { return m_fixtures.options(); });
    window.setCurrentView(MainWindow::View::Catalog);
    window.show();

    const QString name = socketName(QStringLiteral("w"));
    SingleInstance server;
    QCOMPARE(server.listen(name), SingleInstance::Listen::Listening);
    connect(&server, &SingleInstance::filesReceived, &window, [&window](const QStringList& paths) {
        window.openFiles(paths);
        window.bringToFront();
    });

    const int coursesBefore = CatalogStore(db->connection()).courseCount();
    const QString badge = m_dir->filePath(QStringLiteral("Zertifikat [Prüfung].jwt"));
    QVERIFY(QFile::copy(m_fixtures.named(QStringLiteral("jwt-eddsa-valid")).path, badge));
    const QString catalog = QStringLiteral(CREDFOLIO_TEST_DATA "/catalog/good-small.json");
    const QString other = m_dir->filePath(QStringLiteral("minutes.pdf"));
    QFile pdf(other);
    QVERIFY(pdf.open(QIODevice::WriteOnly));
    pdf.write("%PDF-1.4\n");
    pdf.close();

    // A file of another kind is refused by name, and the window stays as it was.
    Sender refused(name, {other});
    QTRY_VERIFY_WITH_TIMEOUT(refused.finished(), 20000);
    QVERIFY(refused.delivered());
    QTRY_VERIFY_WITH_TIMEOUT(window.messageWidget()->text().contains(QStringLiteral("minutes.pdf")), 20000);
    QCOMPARE(window.currentView(), MainWindow::View::Catalog);
    QCOMPARE(window.portfolioView()->model()->rowCount(), 0);

    // The badge goes to the portfolio (and the window shows it), the catalog to the catalog.
    Sender sender(name, {badge, catalog});
    QTRY_VERIFY_WITH_TIMEOUT(sender.finished(), 20000);
    QVERIFY(sender.delivered());
    QTRY_COMPARE_WITH_TIMEOUT(window.currentView(), MainWindow::View::Portfolio, 20000);
    window.portfolioView()->waitForImport();
    QTRY_COMPARE_WITH_TIMEOUT(window.portfolioView()->model()->rowCount(), 1, 20000);
    QVERIFY(CatalogStore(db->connection()).courseCount() > coursesBefore);
    QVERIFY(window.isVisible());
}

QTEST_MAIN(TestSingleInstance)
#include "TestSingleInstance.moc"
