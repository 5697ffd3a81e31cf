#pragma once

#include <QMap>
#include <QString>

namespace credfolio::Format {

// Words and numbers the way a learner reads them, in the user's locale.

// "Free" for zero, otherwise the amount with the currency's symbol ("$49", "€120.50").
QString cost(double amount, const QString& currency);
// Several currencies at once: "$120 + €40"; "Free" when the map holds nothing.
QString costs(const QMap<QString, double>& amounts);
QString hours(double hours);
QString courseCount(int count);
// "English", "English (Canada)", "Portuguese (Brazil)"; the code itself when unknown.
QString languageName(const QString& bcp47);
QString levelName(const QString& level);
QString deliveryName(const QString& delivery);
QString fieldName(const QString& field);

} // namespace credfolio::Format
