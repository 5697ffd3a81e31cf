#include "MainWindow.h"

#include "i18n/Translations.h"
#include "session/Session.h"

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

    auto database = credfolio::Session::openPortfolio(parser.value(db));
    if (!database) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Credfolio cannot open your portfolio"), database.error());
        return 2;
    }
    credfolio::MainWindow window(*database.value());
    window.show();
    for (const QString& file : parser.positionalArguments())
        window.importCatalogFile(file);
    return app.exec();
}
