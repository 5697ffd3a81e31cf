#include "MainWindow.h"

#include "WindowSession.h"
#include "i18n/Translations.h"
#include "settings/AppSettings.h"
#include "util/Screenshots.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Credfolio"));
    QApplication::setApplicationName(QStringLiteral("credfolio"));
    QApplication::setApplicationDisplayName(QStringLiteral("Credfolio"));
    QApplication::setApplicationVersion(QStringLiteral(CREDFOLIO_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(CREDFOLIO_APP_ID));
    credfolio::i18n::install(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Plan microcredentials and keep verified digital badges."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QApplication::translate("main", "Use the portfolio at PATH."), QStringLiteral("PATH"));
    parser.addOption(db);
    parser.addPositionalArgument(QStringLiteral("FILE"), QApplication::translate("main", "Catalog files to import."),
                                 QStringLiteral("[FILE...]"));
    parser.process(app);

    // --db wins, then CREDFOLIO_DB, then the place chosen in Settings, then the default.
    QString dbPath = parser.value(db);
    if (dbPath.isEmpty())
        dbPath = credfolio::AppSettings::effectivePortfolioPath();
    // The session holds the portfolio and the window, and swaps both when a backup is restored.
    credfolio::WindowSession session;
    if (const credfolio::Status opened = session.open(dbPath); !opened) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Credfolio cannot open your portfolio"), opened.error());
        return 2;
    }
    if (const QString folder = credfolio::Screenshots::requestedFolder(); !folder.isEmpty())
        return credfolio::Screenshots::take(*session.window(), folder);
    for (const QString& file : parser.positionalArguments())
        session.window()->importCatalogFile(file);
    return app.exec();
}
