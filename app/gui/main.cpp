#include "MainWindow.h"

#include "SingleInstance.h"
#include "session/Session.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QUrl>

namespace {

// What the command line names, as the running window will read it: absolute paths
// (the window may run in another folder), links left as they are.
QStringList absoluteFiles(const QStringList& arguments)
{
    QStringList files;
    for (const QString& argument : arguments) {
        const QUrl url = QUrl::fromUserInput(argument, QDir::currentPath(), QUrl::AssumeLocalFile);
        files.append(url.isLocalFile() ? QDir::cleanPath(url.toLocalFile()) : url.toString());
    }
    return files;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Credfolio"));
    QApplication::setApplicationName(QStringLiteral("credfolio"));
    QApplication::setApplicationDisplayName(QStringLiteral("Credfolio"));
    QApplication::setApplicationVersion(QStringLiteral(CREDFOLIO_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(CREDFOLIO_APP_ID));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral(CREDFOLIO_APP_ID), QIcon(QStringLiteral(":/icons/" CREDFOLIO_APP_ID ".svg"))));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Plan microcredentials and keep verified digital badges."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QApplication::translate("main", "Use the portfolio at PATH."), QStringLiteral("PATH"));
    parser.addOption(db);
    parser.addPositionalArgument(QStringLiteral("FILE"),
        QApplication::translate("main", "Badge files, folders of badges or catalog files to import."),
        QStringLiteral("[FILE...]"));
    parser.process(app);

    // One window per portfolio: a window already open on it takes the files and comes forward.
    const QString portfolioPath = credfolio::Database::resolvePath(parser.value(db));
    const QStringList files = absoluteFiles(parser.positionalArguments());
    const QString instanceName = credfolio::SingleInstance::serverName(portfolioPath);
    if (credfolio::SingleInstance::sendToRunning(instanceName, files))
        return 0;
    credfolio::SingleInstance instance;
    if (instance.listen(instanceName) == credfolio::SingleInstance::Listen::AnotherRunning
        && credfolio::SingleInstance::sendToRunning(instanceName, files))
        return 0;

    auto database = credfolio::Session::openPortfolio(portfolioPath);
    if (!database) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Credfolio cannot open your portfolio"), database.error());
        return 2;
    }
    credfolio::MainWindow window(*database.value());
    QObject::connect(&instance, &credfolio::SingleInstance::filesReceived, &window, [&window](const QStringList& paths) {
        window.openFiles(paths);
        window.bringToFront();
    });
    window.show();
    window.openFiles(files);
    return app.exec();
}
