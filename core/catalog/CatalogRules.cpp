#include "catalog/CatalogRules.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QUrl>

#include <algorithm>

namespace credfolio::CatalogRules {

namespace {

bool isLowerAlnum(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

bool isAsciiAlnum(QChar c)
{
    return isLowerAlnum(c) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

} // namespace

// Hand-written checks rather than regular expressions: an import of 100,000 courses calls
// each of these for every course.
std::optional<QString> checkId(const QString& id)
{
    if (id.isEmpty())
        return QCoreApplication::translate("CatalogRules", "the id is missing");
    bool ok = id.size() <= 128 && isLowerAlnum(id.front());
    for (const QChar c : id)
        ok = ok && (isLowerAlnum(c) || c == QLatin1Char('.') || c == QLatin1Char('_') || c == QLatin1Char('-'));
    if (!ok)
        return QCoreApplication::translate("CatalogRules",
            "the id \"%1\" may only use lowercase letters, digits, '.', '_' and '-', and must start with a letter or digit")
            .arg(id);
    return std::nullopt;
}

std::optional<QString> checkCurrency(const QString& currency)
{
    const bool ok = currency.size() == 3
        && std::all_of(currency.begin(), currency.end(), [](QChar c) { return c >= QLatin1Char('A') && c <= QLatin1Char('Z'); });
    if (!ok)
        return QCoreApplication::translate("CatalogRules", "\"%1\" is not a three-letter currency code such as USD or EUR")
            .arg(currency);
    return std::nullopt;
}

std::optional<QString> checkLanguage(const QString& language)
{
    // A primary subtag of 2-3 lowercase letters, then subtags of 2-8 letters or digits.
    const QStringList parts = language.split(QLatin1Char('-'));
    bool ok = parts.first().size() >= 2 && parts.first().size() <= 3
        && std::all_of(
            parts.first().begin(), parts.first().end(), [](QChar c) { return c >= QLatin1Char('a') && c <= QLatin1Char('z'); });
    for (qsizetype i = 1; ok && i < parts.size(); ++i)
        ok = parts.at(i).size() >= 2 && parts.at(i).size() <= 8
            && std::all_of(parts.at(i).begin(), parts.at(i).end(), isAsciiAlnum);
    if (!ok)
        return QCoreApplication::translate("CatalogRules", "\"%1\" is not a language tag such as en or pt-BR").arg(language);
    return std::nullopt;
}

std::optional<QString> checkUrl(const QString& url)
{
    // http(s)://host[:port][/...] with a plausible host and no spaces or control characters.
    qsizetype hostStart = -1;
    if (url.startsWith(QLatin1String("https://")))
        hostStart = 8;
    else if (url.startsWith(QLatin1String("http://")))
        hostStart = 7;
    bool ok = hostStart > 0;
    qsizetype i = std::max<qsizetype>(hostStart, 0);
    const qsizetype hostBegin = i;
    while (ok && i < url.size() && (isAsciiAlnum(url.at(i)) || url.at(i) == QLatin1Char('.') || url.at(i) == QLatin1Char('-')))
        ++i;
    ok = ok && i > hostBegin && url.at(hostBegin) != QLatin1Char('.') && url.at(hostBegin) != QLatin1Char('-');
    if (ok && i < url.size())
        ok = url.at(i) == QLatin1Char(':') || url.at(i) == QLatin1Char('/') || url.at(i) == QLatin1Char('?')
            || url.at(i) == QLatin1Char('#');
    for (; ok && i < url.size(); ++i)
        ok = url.at(i).unicode() > 0x20 && url.at(i).unicode() != 0x7f;
    if (!ok)
        return QCoreApplication::translate("CatalogRules", "\"%1\" is not a web address (http or https)").arg(url);
    return std::nullopt;
}

std::optional<QString> checkAbsoluteUri(const QString& uri)
{
    const QUrl parsed(uri, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.isRelative() || uri.contains(QLatin1Char(' ')))
        return QCoreApplication::translate("CatalogRules", "\"%1\" is not an absolute URI (such as https://... or urn:...)")
            .arg(uri);
    return std::nullopt;
}

std::optional<QString> checkHours(double hours)
{
    if (!(hours > 0) || hours > 10000)
        return QCoreApplication::translate("CatalogRules", "hours must be a number above 0 and at most 10000");
    return std::nullopt;
}

std::optional<QString> checkCost(double cost)
{
    if (!(cost >= 0) || cost > 1e7)
        return QCoreApplication::translate("CatalogRules", "cost must be a number of 0 (free) or more");
    return std::nullopt;
}

std::optional<QString> checkChoice(const QString& value, const QStringList& allowed)
{
    if (!allowed.contains(value))
        return QCoreApplication::translate("CatalogRules", "\"%1\" is not one of: %2")
            .arg(value, allowed.join(QStringLiteral(", ")));
    return std::nullopt;
}

QString slugFromLabel(const QString& label)
{
    QString slug;
    bool dash = false;
    // Decomposed so that "Análisis" becomes "analisis": accents are dropped, not turned into '-'.
    for (const QChar c : label.toLower().normalized(QString::NormalizationForm_KD)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            slug += c;
            dash = false;
        } else if (!dash && !slug.isEmpty()) {
            slug += QLatin1Char('-');
            dash = true;
        }
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    if (slug.isEmpty() && !label.trimmed().isEmpty()) // a label in a non-Latin script
        slug = QStringLiteral("skill-") + QString::number(qHash(label.trimmed()), 16);
    return slug.left(128);
}

} // namespace credfolio::CatalogRules
