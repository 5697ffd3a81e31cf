#include "util/Format.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QStringList>

#include <cmath>

namespace credfolio::Format {

namespace {

// ISO 4217 code -> symbol, from the first locale that uses the currency. Built once.
QString currencySymbol(const QString& isoCode)
{
    static const QHash<QString, QString> symbols = [] {
        QHash<QString, QString> map;
        const auto locales = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
        for (const QLocale& locale : locales) {
            const QString code = locale.currencySymbol(QLocale::CurrencyIsoCode);
            if (code.isEmpty() || map.contains(code))
                continue;
            const QString symbol = locale.currencySymbol(QLocale::CurrencySymbol);
            // Prefer the symbol only where it is unambiguous; "$" alone would hide CAD and AUD.
            map.insert(code, symbol);
        }
        map.insert(QStringLiteral("USD"), QStringLiteral("$"));
        map.insert(QStringLiteral("CAD"), QStringLiteral("CA$"));
        map.insert(QStringLiteral("AUD"), QStringLiteral("A$"));
        map.insert(QStringLiteral("BRL"), QStringLiteral("R$"));
        return map;
    }();
    const QString symbol = symbols.value(isoCode.toUpper());
    return symbol.isEmpty() ? isoCode.toUpper() + QLatin1Char(' ') : symbol;
}

// The C locale (LANG unset, LC_ALL=C) writes "49$"; learners read English better.
QLocale locale()
{
    const QLocale system;
    return system.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : system;
}

} // namespace

QString cost(double amount, const QString& currency)
{
    if (amount <= 0)
        return QCoreApplication::translate("Format", "Free");
    const bool whole = std::abs(amount - std::round(amount)) < 0.005;
    return locale().toCurrencyString(amount, currencySymbol(currency), whole ? 0 : 2);
}

QString costs(const QMap<QString, double>& amounts)
{
    QStringList parts;
    for (auto it = amounts.cbegin(); it != amounts.cend(); ++it) {
        if (it.value() > 0)
            parts.append(cost(it.value(), it.key()));
    }
    return parts.isEmpty() ? QCoreApplication::translate("Format", "Free") : parts.join(QStringLiteral(" + "));
}

QString hours(double value)
{
    const QString number = locale().toString(value, 'f', std::abs(value - std::round(value)) < 0.05 ? 0 : 1);
    return value == 1 ? QCoreApplication::translate("Format", "1 hour")
                      : QCoreApplication::translate("Format", "%1 hours").arg(number);
}

QString courseCount(int count)
{
    // Not a %n plural: the GUI tests and any run without credfolio_en installed read
    // "2 courses" rather than "2 course(s)".
    return count == 1 ? QCoreApplication::translate("Format", "1 course")
                      : QCoreApplication::translate("Format", "%1 courses").arg(locale().toString(count));
}

namespace {

// Names Qt only knows in English, for the languages and regions catalogs use most; the
// rest keep Qt's English name.
QString languageLabel(QLocale::Language language)
{
    static const QHash<int, const char*> names{
        {QLocale::English, QT_TRANSLATE_NOOP("Format", "English")},
        {QLocale::German, QT_TRANSLATE_NOOP("Format", "German")},
        {QLocale::French, QT_TRANSLATE_NOOP("Format", "French")},
        {QLocale::Spanish, QT_TRANSLATE_NOOP("Format", "Spanish")},
        {QLocale::Portuguese, QT_TRANSLATE_NOOP("Format", "Portuguese")},
        {QLocale::Italian, QT_TRANSLATE_NOOP("Format", "Italian")},
        {QLocale::Dutch, QT_TRANSLATE_NOOP("Format", "Dutch")},
        {QLocale::Polish, QT_TRANSLATE_NOOP("Format", "Polish")},
        {QLocale::Hindi, QT_TRANSLATE_NOOP("Format", "Hindi")},
        {QLocale::Chinese, QT_TRANSLATE_NOOP("Format", "Chinese")},
        {QLocale::Japanese, QT_TRANSLATE_NOOP("Format", "Japanese")},
        {QLocale::Arabic, QT_TRANSLATE_NOOP("Format", "Arabic")},
    };
    const char* name = names.value(int(language));
    return name ? QCoreApplication::translate("Format", name) : QLocale::languageToString(language);
}

QString territoryLabel(QLocale::Territory territory)
{
    static const QHash<int, const char*> names{
        {QLocale::UnitedStates, QT_TRANSLATE_NOOP("Format", "United States")},
        {QLocale::UnitedKingdom, QT_TRANSLATE_NOOP("Format", "United Kingdom")},
        {QLocale::Canada, QT_TRANSLATE_NOOP("Format", "Canada")},
        {QLocale::Australia, QT_TRANSLATE_NOOP("Format", "Australia")},
        {QLocale::India, QT_TRANSLATE_NOOP("Format", "India")},
        {QLocale::Brazil, QT_TRANSLATE_NOOP("Format", "Brazil")},
        {QLocale::Portugal, QT_TRANSLATE_NOOP("Format", "Portugal")},
        {QLocale::Germany, QT_TRANSLATE_NOOP("Format", "Germany")},
        {QLocale::Austria, QT_TRANSLATE_NOOP("Format", "Austria")},
        {QLocale::Switzerland, QT_TRANSLATE_NOOP("Format", "Switzerland")},
        {QLocale::France, QT_TRANSLATE_NOOP("Format", "France")},
        {QLocale::Spain, QT_TRANSLATE_NOOP("Format", "Spain")},
        {QLocale::Mexico, QT_TRANSLATE_NOOP("Format", "Mexico")},
    };
    const char* name = names.value(int(territory));
    return name ? QCoreApplication::translate("Format", name) : QLocale::territoryToString(territory);
}

} // namespace

QString languageName(const QString& bcp47)
{
    if (bcp47.isEmpty())
        return QString();
    const QLocale locale(bcp47);
    if (locale.language() == QLocale::C)
        return bcp47;
    QString name = languageLabel(locale.language());
    if (bcp47.contains(QLatin1Char('-')) || bcp47.contains(QLatin1Char('_')))
        name += QStringLiteral(" (") + territoryLabel(locale.territory()) + QLatin1Char(')');
    return name;
}

QString levelName(const QString& level)
{
    if (level == QLatin1String("beginner"))
        return QCoreApplication::translate("Format", "Beginner");
    if (level == QLatin1String("intermediate"))
        return QCoreApplication::translate("Format", "Intermediate");
    if (level == QLatin1String("advanced"))
        return QCoreApplication::translate("Format", "Advanced");
    return level;
}

QString deliveryName(const QString& delivery)
{
    if (delivery == QLatin1String("self-paced"))
        return QCoreApplication::translate("Format", "Self-paced");
    if (delivery == QLatin1String("instructor-led"))
        return QCoreApplication::translate("Format", "Instructor-led");
    if (delivery == QLatin1String("blended"))
        return QCoreApplication::translate("Format", "Blended");
    if (delivery == QLatin1String("in-person"))
        return QCoreApplication::translate("Format", "In person");
    return delivery;
}

QString fieldName(const QString& field)
{
    if (field == QLatin1String("technology"))
        return QCoreApplication::translate("Format", "Technology");
    if (field == QLatin1String("data"))
        return QCoreApplication::translate("Format", "Data");
    if (field == QLatin1String("healthcare"))
        return QCoreApplication::translate("Format", "Healthcare");
    if (field == QLatin1String("business"))
        return QCoreApplication::translate("Format", "Business");
    if (field == QLatin1String("professional"))
        return QCoreApplication::translate("Format", "Professional skills");
    return field;
}

} // namespace credfolio::Format
