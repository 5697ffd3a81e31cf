#pragma once

#include <QObject>
#include <QString>

namespace credfolio {

// The learner's preferences, one accessor per QSettings key, so the menu, the Settings
// dialog and the views read and write each key in one place. Keys are shared with other
// parts of the app (start-up language, the export dialogs), hence the exact names.
class AppSettings : public QObject {
    Q_OBJECT

public:
    // Emits the change signals; lives as long as the application.
    static AppSettings* instance();

    static const QString LanguageKey; // "General/language": "" = the system's, or "en", "de", "fr", "es"
    static const QString PortfolioPathKey; // "General/portfolioPath": "" = the default location
    static const QString OnlineChecksKey; // "Portfolio/onlineChecks"
    static const QString ExportLayoutKey; // "Export/layout": "compact" | "detailed"
    static const QString ExportPaperKey; // "Export/paper": "" = from the locale, "a4", "letter"
    static const QString ExportPdfaKey; // "Export/pdfa"

    static QString language();
    static void setLanguage(const QString& code);
    // The languages the app ships, as codes; their names are shown in their own language.
    static QStringList languages();
    static QString nativeLanguageName(const QString& code);

    static QString portfolioPath();
    static void setPortfolioPath(const QString& path);
    // Where the portfolio is opened when no --db is given: CREDFOLIO_DB, the chosen path,
    // or the default location.
    static QString effectivePortfolioPath();

    static bool onlineChecks();
    // Stores the choice and tells every listener (menu action, views) when it changed.
    static void setOnlineChecks(bool allowed);

    static QString exportLayout();
    static void setExportLayout(const QString& layout);
    static QString exportPaper();
    static void setExportPaper(const QString& paper);
    static bool exportPdfa();
    static void setExportPdfa(bool on);

signals:
    void onlineChecksChanged(bool allowed);

private:
    using QObject::QObject;
};

} // namespace credfolio
