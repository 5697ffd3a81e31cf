#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcI18n, "credfolio.i18n")

namespace credfolio::i18n {

namespace {

// Where qt_add_translations puts the compiled catalogs (core/CMakeLists.txt).
const QString resourceDir = QStringLiteral(":/i18n");

// The translators installed last, so a second install (tests switching language) replaces them.
QList<QPointer<QTranslator>>& installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

bool isShipped(const QString& code)
{
    for (const Language& language : availableLanguages()) {
        if (language.code == code)
            return true;
    }
    return false;
}

// The shipped language closest to what the system asks for, in the system's order of preference.
QString systemLanguage()
{
    const QStringList wanted = QLocale::system().uiLanguages();
    for (const QString& tag : wanted) {
        const QString code = tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (isShipped(code))
            return code;
    }
    return QStringLiteral("en");
}

void installTranslator(QCoreApplication* app, const QLocale& locale, const QString& name, const QString& dir)
{
    auto* translator = new QTranslator(app);
    if (!translator->load(locale, name, QStringLiteral("_"), dir)) {
        qCInfo(lcI18n) << "no" << name << "translation for" << locale.name() << "in" << dir;
        delete translator;
        return;
    }
    QCoreApplication::installTranslator(translator);
    installed().append(translator);
}

} // namespace

QList<Language> availableLanguages()
{
    // Native names, so a learner finds their language whatever the interface speaks now.
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
    };
}

QString configuredLanguage()
{
    const QString code = QSettings().value(QLatin1String(languageSettingsKey)).toString().trimmed().toLower();
    return isShipped(code) ? code : QString();
}

QLocale localeFor(const QString& code)
{
    const QLocale system = QLocale::system();
    if (code.isEmpty() || !isShipped(code))
        return system.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : system;
    const QLocale plain(code);
    if (system.language() == plain.language())
        return system;
    // English in Germany keeps German dates and euros; French in Ohio gets French formats.
    const QLocale here(plain.language(), system.territory());
    if (here.language() == plain.language() && here.territory() == system.territory())
        return here;
    return plain;
}

QString installLanguage(QCoreApplication* app, const QString& code)
{
    for (const QPointer<QTranslator>& translator : std::as_const(installed())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed().clear();

    const QString language = isShipped(code) ? code : systemLanguage();
    const QLocale locale = localeFor(isShipped(code) ? code : QString());
    QLocale::setDefault(locale);

    // The translators ask for the interface language, not the formatting locale (English
    // chosen on a German system formats as en_DE but needs no German strings).
    const QLocale uiLocale(language);
    // Qt's own strings are English already; credfolio_en holds only the English plurals.
    if (language != QLatin1String("en"))
        installTranslator(app, uiLocale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    installTranslator(app, uiLocale, QStringLiteral("credfolio"), resourceDir);
    return language;
}

QString install(QCoreApplication* app)
{
    return installLanguage(app, configuredLanguage());
}

} // namespace credfolio::i18n
