#include "MainWindow.h"

#include "SingleInstance.h"
#include "WindowSession.h"
#include "i18n/Translations.h"
#include "settings/AppSettings.h"
#include "storage/Database.h"
#include "util/Screenshots.h"

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
    credfolio::i18n::install(&app);
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

    // --db wins, then CREDFOLIO_DB, then the place chosen in Settings, then the default.
    QString dbPath = parser.value(db);
    if (dbPath.isEmpty())
        dbPath = credfolio::AppSettings::effectivePortfolioPath();
    const QString portfolioPath = credfolio::Database::resolvePath(dbPath);

    // One window per portfolio: a window already open on it takes the files and comes forward.
    const QStringList files = absoluteFiles(parser.positionalArguments());
    const QString instanceName = credfolio::SingleInstance::serverName(portfolioPath);
    if (credfolio::SingleInstance::sendToRunning(instanceName, files))
        return 0;
    credfolio::SingleInstance instance;
    if (instance.listen(instanceName) == credfolio::SingleInstance::Listen::AnotherRunning
        && credfolio::SingleInstance::sendToRunning(instanceName, files))
        return 0;

    // The session holds the portfolio and the window, and swaps both when a backup is restored.
    credfolio::WindowSession session;
    if (const credfolio::Status opened = session.open(portfolioPath); !opened) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Credfolio cannot open your portfolio"), opened.error());
        return 2;
    }
    if (const QString folder = credfolio::Screenshots::requestedFolder(); !folder.isEmpty())
        return credfolio::Screenshots::take(*session.window(), folder);
    QObject::connect(&instance, &credfolio::SingleInstance::filesReceived, &session, [&session](const QStringList& paths) {
        if (credfolio::MainWindow* window = session.window()) {
            window->openFiles(paths);
            window->bringToFront();
        }
    });
    session.window()->openFiles(files);
    return app.exec();
}
