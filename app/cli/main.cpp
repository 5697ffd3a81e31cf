#include "CliContext.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // Informational logs are for developers (QT_LOGGING_RULES turns them back on).
    QLoggingCategory::setFilterRules(QStringLiteral("credfolio.*.info=false"));
    QCoreApplication::setOrganizationName(QStringLiteral("Credfolio"));
    QCoreApplication::setApplicationName(QStringLiteral("credfolio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CREDFOLIO_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return credfolio::cli::run(QCoreApplication::arguments().mid(1), out, err);
}
