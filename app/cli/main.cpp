#include "CliContext.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Credfolio"));
    QCoreApplication::setApplicationName(QStringLiteral("credfolio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CREDFOLIO_VERSION));
    credfolio::i18n::install(&app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return credfolio::cli::run(QCoreApplication::arguments().mid(1), out, err);
}
