#include "CatalogGenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace {

const QStringList& topics()
{
    static const QStringList list{
        QStringLiteral("Python"), QStringLiteral("SQL"), QStringLiteral("Excel"), QStringLiteral("Nursing"),
        QStringLiteral("Leadership"), QStringLiteral("Cloud"), QStringLiteral("Security"), QStringLiteral("Data"),
        QStringLiteral("Design"), QStringLiteral("Marketing"), QStringLiteral("Finance"), QStringLiteral("Statistics"),
        QStringLiteral("Kubernetes"), QStringLiteral("Negotiation"), QStringLiteral("Accounting"), QStringLiteral("Pharmacology"),
        QStringLiteral("Rust"), QStringLiteral("Java"), QStringLiteral("Analytics"), QStringLiteral("Logistics"),
        QStringLiteral("Writing"), QStringLiteral("Spanish"), QStringLiteral("Ethics"), QStringLiteral("Networking"),
        QStringLiteral("Photography"), QStringLiteral("Sustainability"), QStringLiteral("Robotics"), QStringLiteral("Procurement")};
    return list;
}

const QStringList& shapes()
{
    static const QStringList list{QStringLiteral("Introduction to %1"), QStringLiteral("%1 Fundamentals"),
                                  QStringLiteral("Applied %1 for Professionals"), QStringLiteral("%1 in Practice"),
                                  QStringLiteral("Advanced %1 Techniques"), QStringLiteral("%1 for Managers"),
                                  QStringLiteral("Hands-on %1 Projects"), QStringLiteral("%1 Essentials")};
    return list;
}

const QStringList& words()
{
    static const QStringList list{
        QStringLiteral("modelling"), QStringLiteral("teams"), QStringLiteral("reporting"), QStringLiteral("automation"),
        QStringLiteral("dashboards"), QStringLiteral("patients"), QStringLiteral("budgets"), QStringLiteral("contracts"),
        QStringLiteral("pipelines"), QStringLiteral("interviews"), QStringLiteral("audits"), QStringLiteral("forecasting"),
        QStringLiteral("prototypes"), QStringLiteral("compliance"), QStringLiteral("workshops"), QStringLiteral("case studies")};
    return list;
}

} // namespace

namespace CatalogGenerator {

QByteArray makeCatalog(int courseCount, int providerCount, int skillCount, int microcredentialCount)
{
    QRandomGenerator random(20261128);
    QJsonArray providers, skills, courses, microcredentials;
    for (int p = 0; p < providerCount; ++p)
        providers.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("prov-%1").arg(p)},
                                     {QStringLiteral("name"), QStringLiteral("%1 Academy %2").arg(topics().at(p % topics().size())).arg(p)}});
    for (int s = 0; s < skillCount; ++s)
        skills.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("skill-%1").arg(s)},
                                  {QStringLiteral("label"), QStringLiteral("%1 %2 %3").arg(topics().at(s % topics().size()),
                                                                                        words().at(s % words().size()))
                                                                .arg(s)}});
    static const QStringList levels{QStringLiteral("beginner"), QStringLiteral("intermediate"), QStringLiteral("advanced")};
    static const QStringList languages{QStringLiteral("en"), QStringLiteral("en"), QStringLiteral("en"), QStringLiteral("de"),
                                       QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("pt-BR")};
    static const QStringList deliveries{QStringLiteral("self-paced"), QStringLiteral("self-paced"), QStringLiteral("instructor-led"),
                                        QStringLiteral("blended")};
    for (int c = 0; c < courseCount; ++c) {
        const QString topic = topics().at(random.bounded(int(topics().size())));
        const QString title = shapes().at(random.bounded(int(shapes().size()))).arg(topic) + QStringLiteral(" %1").arg(c);
        const QString summary = QStringLiteral("Covers %1 %2 and %3 with %4 examples.")
                                    .arg(topic.toLower(), words().at(random.bounded(int(words().size()))),
                                         words().at(random.bounded(int(words().size()))),
                                         topics().at(random.bounded(int(topics().size()))).toLower());
        QJsonArray courseSkills;
        const int first = random.bounded(skillCount);
        for (int k = 0; k < 3; ++k)
            courseSkills.append(QStringLiteral("skill-%1").arg((first + k * 7) % skillCount));
        const bool free = random.bounded(4) == 0;
        QJsonObject course{{QStringLiteral("id"), QStringLiteral("course-%1").arg(c)},
                           {QStringLiteral("title"), title},
                           {QStringLiteral("provider"), QStringLiteral("prov-%1").arg(random.bounded(providerCount))},
                           {QStringLiteral("summary"), summary},
                           {QStringLiteral("skills"), courseSkills},
                           {QStringLiteral("hours"), 1 + random.bounded(120)},
                           {QStringLiteral("cost"), free ? 0 : 9 + random.bounded(490)},
                           {QStringLiteral("level"), levels.at(random.bounded(int(levels.size())))},
                           {QStringLiteral("language"), languages.at(random.bounded(int(languages.size())))},
                           {QStringLiteral("delivery"), deliveries.at(random.bounded(int(deliveries.size())))},
                           {QStringLiteral("url"), QStringLiteral("https://courses.example/c/%1").arg(c)}};
        if (!free)
            course.insert(QStringLiteral("currency"), QStringLiteral("USD"));
        courses.append(course);
    }
    for (int m = 0; m < microcredentialCount; ++m) {
        QJsonArray all, some;
        for (int k = 0; k < 2; ++k)
            all.append(QStringLiteral("course-%1").arg(random.bounded(courseCount)));
        for (int k = 0; k < 4; ++k)
            some.append(QStringLiteral("course-%1").arg(random.bounded(courseCount)));
        if (all.at(0) == all.at(1))
            all.removeAt(1);
        QJsonArray uniqueSome;
        for (const QJsonValue& v : some) {
            if (!uniqueSome.contains(v))
                uniqueSome.append(v);
        }
        microcredentials.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("mc-%1").arg(m)},
            {QStringLiteral("title"), QStringLiteral("%1 Specialist %2").arg(topics().at(m % topics().size())).arg(m)},
            {QStringLiteral("issuer"), QStringLiteral("Benchmark Institute")},
            {QStringLiteral("requirements"),
             QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("all")}, {QStringLiteral("courses"), all}},
                        QJsonObject{{QStringLiteral("kind"), QStringLiteral("n_of")}, {QStringLiteral("n"), 1},
                                    {QStringLiteral("courses"), uniqueSome}}}}});
    }
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("credfolio-catalog")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("name"), QStringLiteral("Benchmark catalog")},
                           {QStringLiteral("providers"), providers},
                           {QStringLiteral("skills"), skills},
                           {QStringLiteral("courses"), courses},
                           {QStringLiteral("microcredentials"), microcredentials}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QStringList makeQueries(int count)
{
    QRandomGenerator random(7);
    QStringList queries;
    for (int i = 0; i < count; ++i) {
        const QString topic = topics().at(random.bounded(int(topics().size()))).toLower();
        const QString word = words().at(random.bounded(int(words().size())));
        switch (i % 5) {
        case 0:
            queries.append(topic); // a whole word
            break;
        case 1:
            queries.append(topic.left(i % 2 ? 3 : 2)); // typing in progress: two or three letters so far
            break;
        case 2:
            queries.append(topic + QLatin1Char(' ') + word.left(4)); // two words
            break;
        case 3:
            queries.append(word); // summary words
            break;
        default:
            queries.append(QStringLiteral("%1 fundamentals %2").arg(topic).arg(random.bounded(100000))); // rare: one course
            break;
        }
    }
    return queries;
}

} // namespace CatalogGenerator
