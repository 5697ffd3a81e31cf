#include "catalog/CatalogRules.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace credfolio::CatalogRules {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("CatalogRules", text);
}
} // namespace

std::optional<QString> checkId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,127}$"));
    if (id.isEmpty())
        return tr("the id is missing");
    if (!pattern.match(id).hasMatch())
        return tr("the id \"%1\" may only use lowercase letters, digits, '.', '_' and '-', and must start with a letter or digit")
            .arg(id);
    return std::nullopt;
}

std::optional<QString> checkCurrency(const QString& currency)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]{3}$"));
    if (!pattern.match(currency).hasMatch())
        return tr("\"%1\" is not a three-letter currency code such as USD or EUR").arg(currency);
    return std::nullopt;
}

std::optional<QString> checkLanguage(const QString& language)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"));
    if (!pattern.match(language).hasMatch())
        return tr("\"%1\" is not a language tag such as en or pt-BR").arg(language);
    return std::nullopt;
}

std::optional<QString> checkUrl(const QString& url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http"))
        || parsed.host().isEmpty())
        return tr("\"%1\" is not a web address (http or https)").arg(url);
    return std::nullopt;
}

std::optional<QString> checkHours(double hours)
{
    if (!(hours > 0) || hours > 10000)
        return tr("hours must be a number above 0 and at most 10000");
    return std::nullopt;
}

std::optional<QString> checkCost(double cost)
{
    if (!(cost >= 0) || cost > 1e7)
        return tr("cost must be a number of 0 (free) or more");
    return std::nullopt;
}

std::optional<QString> checkChoice(const QString& value, const QStringList& allowed)
{
    if (!allowed.contains(value))
        return tr("\"%1\" is not one of: %2").arg(value, allowed.join(QStringLiteral(", ")));
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
