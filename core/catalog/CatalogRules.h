#pragma once

#include <QString>

#include <optional>

namespace credfolio::CatalogRules {

// Each returns a learner-readable message when the value breaks the catalog format's
// rules (docs/catalog-format.md), or nothing when it is fine.
std::optional<QString> checkId(const QString& id);
std::optional<QString> checkCurrency(const QString& currency);
std::optional<QString> checkLanguage(const QString& language);
std::optional<QString> checkUrl(const QString& url);
std::optional<QString> checkAbsoluteUri(const QString& uri);
std::optional<QString> checkHours(double hours);
std::optional<QString> checkCost(double cost);
std::optional<QString> checkChoice(const QString& value, const QStringList& allowed);

// A skill id made from a free-text label: lowercase, runs of other characters become '-'.
QString slugFromLabel(const QString& label);

} // namespace credfolio::CatalogRules
