#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;

namespace credfolio::i18n {

// The languages Credfolio ships, as the Settings dialog offers them.
struct Language {
    QString code; // "de", "fr", "es", "en"
    QString nativeName; // "Deutsch", "Français", ...
};

// The settings key holding the chosen language: "" follows the system locale.
inline constexpr char languageSettingsKey[] = "General/language";

// English first (the source language), then the translations in alphabetical order of code.
QList<Language> availableLanguages();

// The language code the user chose ("" when following the system); read from QSettings.
QString configuredLanguage();

// The locale the program runs in for a setting value: the system locale for "", otherwise the
// language's usual locale, keeping the system's territory when it fits (de + AT stays de_AT).
QLocale localeFor(const QString& code);

// Installs Qt's own translations and Credfolio's for the configured language on the
// application and makes its locale the default, so dates, numbers and money follow it.
// Call once, after the application object and its organisation/application names exist.
// Returns the code of the language in use ("en" when nothing needed translating).
QString install(QCoreApplication* app);

// As install(), for an explicit setting value ("" = system); used by tests.
QString installLanguage(QCoreApplication* app, const QString& code);

} // namespace credfolio::i18n
