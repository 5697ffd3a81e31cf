#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace credfolio {

struct Provider
{
    QString id;
    QString name;
    QString url;
    QString description;
};

struct Skill
{
    QString id;
    QString label;
    QString frameworkUri; // optional, e.g. an ESCO concept URI
};

struct Course
{
    QString id;
    QString title;
    QString providerId;
    QString summary;
    QStringList skillIds;
    double hours = 0;
    double cost = 0; // 0 means free
    QString currency;
    QString level;    // beginner, intermediate, advanced
    QString language; // BCP 47
    QString delivery; // self-paced, instructor-led, blended, in-person
    QString url;

    bool isFree() const { return cost <= 0; }
};

struct RequirementGroup
{
    enum class Kind { All, NOf };
    Kind kind = Kind::All;
    int n = 0; // for All: the number of courses
    QStringList courseIds;

    int requiredUnits() const { return kind == Kind::All ? int(courseIds.size()) : n; }
    static QString kindName(Kind kind) { return kind == Kind::All ? QStringLiteral("all") : QStringLiteral("n_of"); }
};

struct Microcredential
{
    QString id;
    QString title;
    QString issuer;
    QString field; // technology, data, healthcare, business, professional
    QString description;
    std::vector<RequirementGroup> requirements;
    QStringList skillIds;
    QString achievementId;   // the Open Badges achievement its badge carries
    QString achievementName;
};

// One catalog file's worth of entries, as read and before storing.
struct CatalogData
{
    QString name;
    std::vector<Provider> providers;
    std::vector<Skill> skills;
    std::vector<Course> courses;
    std::vector<Microcredential> microcredentials;
};

// Where a problem sits in a file: a JSON path like $.courses[3].hours, or a CSV line.
struct CatalogProblem
{
    QString location;
    QString message;

    QString toString() const { return location.isEmpty() ? message : location + QStringLiteral(": ") + message; }
};

namespace catalog {
inline const QStringList& levels()
{
    static const QStringList list{QStringLiteral("beginner"), QStringLiteral("intermediate"), QStringLiteral("advanced")};
    return list;
}
inline const QStringList& deliveryModes()
{
    static const QStringList list{QStringLiteral("self-paced"), QStringLiteral("instructor-led"), QStringLiteral("blended"),
                                  QStringLiteral("in-person")};
    return list;
}
inline const QStringList& fields()
{
    static const QStringList list{QStringLiteral("technology"), QStringLiteral("data"), QStringLiteral("healthcare"),
                                  QStringLiteral("business"), QStringLiteral("professional")};
    return list;
}
} // namespace catalog

} // namespace credfolio
