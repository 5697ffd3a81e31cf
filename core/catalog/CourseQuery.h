#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace credfolio {

// What the learner asked for: free text plus filters, a sort order and a page.
struct CourseQuery
{
    enum class Sort { Relevance, Title, Duration, Cost };

    QString text;     // words matched by prefix against title, summary, skills and provider
    QString provider; // provider id or name
    QString skill;    // skill id or label
    QString level;
    QString language;
    QString delivery;
    std::optional<double> maxHours;
    std::optional<double> maxCost;
    bool freeOnly = false;
    Sort sort = Sort::Relevance;
    int limit = -1; // -1: all
    int offset = 0;

    static std::optional<Sort> sortFromName(const QString& name);
};

// One row of search results, everything a list or the CLI shows.
struct CourseRow
{
    QString id;
    QString title;
    QString providerId;
    QString providerName;
    QStringList skills; // labels
    double hours = 0;
    double cost = 0;
    QString currency;
    QString level;
    QString language;
    QString delivery;
};

} // namespace credfolio
