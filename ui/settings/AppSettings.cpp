#include "settings/AppSettings.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>

namespace credfolio {

const QString AppSettings::LanguageKey = QStringLiteral("General/language");
const QString AppSettings::PortfolioPathKey = QStringLiteral("General/portfolioPath");
const QString AppSettings::OnlineChecksKey = QStringLiteral("Portfolio/onlineChecks");
const QString AppSettings::ExportLayoutKey = QStringLiteral("Export/layout");
const QString AppSettings::ExportPaperKey = QStringLiteral("Export/paper");
const QString AppSettings::ExportPdfaKey = QStringLiteral("Export/pdfa");

AppSettings* AppSettings::instance()
{
    // Parented to the application so it goes with it; tests run one application per process.
    static AppSettings* settings = new AppSettings(QCoreApplication::instance());
    return settings;
}

QString AppSettings::language()
{
    const QString code = QSettings().value(LanguageKey).toString();
    return languages().contains(code) ? code : QString();
}

void AppSettings::setLanguage(const QString& code)
{
    QSettings().setValue(LanguageKey, languages().contains(code) ? code : QString());
}

QStringList AppSettings::languages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};
}

QString AppSettings::nativeLanguageName(const QString& code)
{
    // Each language by its own name, never translated, so a learner finds theirs in any language.
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("fr"))
        return QStringLiteral("Français");
    if (code == QLatin1String("es"))
        return QStringLiteral("Español");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return QLocale(code).nativeLanguageName();
}

QString AppSettings::portfolioPath()
{
    return QSettings().value(PortfolioPathKey).toString();
}

void AppSettings::setPortfolioPath(const QString& path)
{
    QSettings().setValue(PortfolioPathKey, path);
}

QString AppSettings::effectivePortfolioPath()
{
    const QString fromEnv = qEnvironmentVariable("CREDFOLIO_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString chosen = portfolioPath();
    return chosen.isEmpty() ? Database::defaultPath() : chosen;
}

bool AppSettings::onlineChecks()
{
    return QSettings().value(OnlineChecksKey, false).toBool();
}

void AppSettings::setOnlineChecks(bool allowed)
{
    if (onlineChecks() == allowed)
        return;
    QSettings().setValue(OnlineChecksKey, allowed);
    emit instance()->onlineChecksChanged(allowed);
}

QString AppSettings::exportLayout()
{
    const QString layout = QSettings().value(ExportLayoutKey).toString();
    return layout == QLatin1String("detailed") ? layout : QStringLiteral("compact");
}

void AppSettings::setExportLayout(const QString& layout)
{
    QSettings().setValue(ExportLayoutKey, layout == QLatin1String("detailed") ? layout : QStringLiteral("compact"));
}

QString AppSettings::exportPaper()
{
    const QString paper = QSettings().value(ExportPaperKey).toString();
    return paper == QLatin1String("a4") || paper == QLatin1String("letter") ? paper : QString();
}

void AppSettings::setExportPaper(const QString& paper)
{
    QSettings().setValue(ExportPaperKey, paper == QLatin1String("a4") || paper == QLatin1String("letter") ? paper : QString());
}

bool AppSettings::exportPdfa()
{
    return QSettings().value(ExportPdfaKey, false).toBool();
}

void AppSettings::setExportPdfa(bool on)
{
    QSettings().setValue(ExportPdfaKey, on);
}

} // namespace credfolio
