#include "CliContext.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// Drawing a PDF needs fonts, so "export pdf" runs under a QGuiApplication on the offscreen
// platform (the command line never opens a window); everything else stays a plain
// QCoreApplication, with no display or platform plugin involved.
bool needsGui(int argc, char* argv[])
{
    return argc >= 3 && std::strcmp(argv[1], "export") == 0 && std::strcmp(argv[2], "pdf") == 0;
}

} // namespace

int main(int argc, char* argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Credfolio"));
    QCoreApplication::setApplicationName(QStringLiteral("credfolio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CREDFOLIO_VERSION));
    credfolio::i18n::install(app.get());
    QTextStream out(stdout);
    QTextStream err(stderr);
    return credfolio::cli::run(QCoreApplication::arguments().mid(1), out, err);
}
