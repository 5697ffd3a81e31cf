#include "catalog/CatalogJsonReader.h"

#include "catalog/CatalogRules.h"
#include "catalog/JsonFields.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <thread>

namespace credfolio::CatalogJsonReader {

namespace {

QString lineColumn(const QByteArray& bytes, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QCoreApplication::translate("CatalogReader", "line %1, column %2").arg(line).arg(column);
}

template <typename Fn>
void forEachObject(const QJsonArray& array, const QString& path, ParsedCatalog& out, Fn fn, qsizetype from = 0, qsizetype to = -1)
{
    for (qsizetype i = from; i < (to < 0 ? array.size() : to); ++i) {
        const QString itemPath = path + QStringLiteral("[%1]").arg(i);
        if (!array.at(i).isObject())
            out.addProblem(itemPath, QCoreApplication::translate("CatalogReader", "must be an object ({...})"));
        else
            fn(array.at(i).toObject(), itemPath, out);
    }
}

void readProvider(const QJsonObject& object, const QString& path, ParsedCatalog& out)
{
    static const QStringList providerFields{
        QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("url"), QStringLiteral("description")};
    JsonFields f(object, path, out, providerFields);
    Provider p;
    p.id = f.string(QStringLiteral("id"), true).value_or(QString());
    if (!p.id.isEmpty())
        f.check(QStringLiteral("id"), CatalogRules::checkId(p.id));
    p.name = f.string(QStringLiteral("name"), true).value_or(QString());
    p.url = f.string(QStringLiteral("url"), false).value_or(QString());
    if (!p.url.isEmpty())
        f.check(QStringLiteral("url"), CatalogRules::checkUrl(p.url));
    p.description = f.string(QStringLiteral("description"), false).value_or(QString());
    out.data.providers.push_back(p);
    out.providerLocations.append(path);
}

void readSkill(const QJsonObject& object, const QString& path, ParsedCatalog& out)
{
    static const QStringList skillFields{QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("framework_uri")};
    JsonFields f(object, path, out, skillFields);
    Skill s;
    s.id = f.string(QStringLiteral("id"), true).value_or(QString());
    if (!s.id.isEmpty())
        f.check(QStringLiteral("id"), CatalogRules::checkId(s.id));
    s.label = f.string(QStringLiteral("label"), true).value_or(QString());
    s.frameworkUri = f.string(QStringLiteral("framework_uri"), false).value_or(QString());
    if (!s.frameworkUri.isEmpty())
        f.check(QStringLiteral("framework_uri"), CatalogRules::checkAbsoluteUri(s.frameworkUri));
    out.data.skills.push_back(s);
    out.skillLocations.append(path);
}

void readCourse(const QJsonObject& object, const QString& path, ParsedCatalog& out)
{
    static const QStringList courseFields{QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("provider"),
        QStringLiteral("summary"), QStringLiteral("skills"), QStringLiteral("hours"), QStringLiteral("cost"),
        QStringLiteral("currency"), QStringLiteral("level"), QStringLiteral("language"), QStringLiteral("delivery"),
        QStringLiteral("url")};
    JsonFields f(object, path, out, courseFields);
    Course c;
    c.id = f.string(QStringLiteral("id"), true).value_or(QString());
    if (!c.id.isEmpty())
        f.check(QStringLiteral("id"), CatalogRules::checkId(c.id));
    c.title = f.string(QStringLiteral("title"), true).value_or(QString());
    c.providerId = f.string(QStringLiteral("provider"), true).value_or(QString());
    c.summary = f.string(QStringLiteral("summary"), false).value_or(QString());
    c.skillIds = f.stringList(QStringLiteral("skills"), false);
    if (auto hours = f.number(QStringLiteral("hours"), true)) {
        c.hours = *hours;
        f.check(QStringLiteral("hours"), CatalogRules::checkHours(c.hours));
    }
    if (auto cost = f.number(QStringLiteral("cost"), false)) {
        c.cost = *cost;
        f.check(QStringLiteral("cost"), CatalogRules::checkCost(c.cost));
    }
    c.currency = f.string(QStringLiteral("currency"), false).value_or(QString());
    if (!c.currency.isEmpty())
        f.check(QStringLiteral("currency"), CatalogRules::checkCurrency(c.currency));
    else if (c.cost > 0)
        out.addProblem(f.path(QStringLiteral("currency")),
            QCoreApplication::translate("CatalogReader", "a course that costs money needs a currency"));
    c.level = f.string(QStringLiteral("level"), false).value_or(QString());
    if (!c.level.isEmpty())
        f.check(QStringLiteral("level"), CatalogRules::checkChoice(c.level, catalog::levels()));
    c.language = f.string(QStringLiteral("language"), false).value_or(QStringLiteral("en"));
    f.check(QStringLiteral("language"), CatalogRules::checkLanguage(c.language));
    c.delivery = f.string(QStringLiteral("delivery"), false).value_or(QStringLiteral("self-paced"));
    f.check(QStringLiteral("delivery"), CatalogRules::checkChoice(c.delivery, catalog::deliveryModes()));
    c.url = f.string(QStringLiteral("url"), false).value_or(QString());
    if (!c.url.isEmpty())
        f.check(QStringLiteral("url"), CatalogRules::checkUrl(c.url));
    out.data.courses.push_back(c);
    out.courseLocations.append(path);
}

void readRequirement(const QJsonObject& object, const QString& path, ParsedCatalog& out, Microcredential& mc)
{
    static const QStringList requirementFields{QStringLiteral("kind"), QStringLiteral("n"), QStringLiteral("courses")};
    JsonFields f(object, path, out, requirementFields);
    RequirementGroup group;
    const QString kind = f.string(QStringLiteral("kind"), true).value_or(QString());
    group.courseIds = f.stringList(QStringLiteral("courses"), true);
    if (group.courseIds.isEmpty() && object.contains(QStringLiteral("courses")))
        out.addProblem(f.path(QStringLiteral("courses")),
            QCoreApplication::translate("CatalogReader", "a requirement needs at least one course"));
    if (kind == QLatin1String("all")) {
        group.kind = RequirementGroup::Kind::All;
        group.n = int(group.courseIds.size());
        if (object.contains(QStringLiteral("n")))
            out.addProblem(f.path(QStringLiteral("n")),
                QCoreApplication::translate("CatalogReader", "\"n\" belongs only to \"n_of\" requirements"));
    } else if (kind == QLatin1String("n_of")) {
        group.kind = RequirementGroup::Kind::NOf;
        if (auto n = f.number(QStringLiteral("n"), true)) {
            if (*n != double(int(*n)) || *n < 1)
                out.addProblem(f.path(QStringLiteral("n")),
                    QCoreApplication::translate("CatalogReader", "must be a whole number of at least 1"));
            else if (int(*n) > group.courseIds.size())
                out.addProblem(f.path(QStringLiteral("n")),
                    QCoreApplication::translate("CatalogReader", "asks for %1 courses but the list offers only %2")
                        .arg(int(*n))
                        .arg(group.courseIds.size()));
            else
                group.n = int(*n);
        }
    } else if (!kind.isEmpty()) {
        out.addProblem(f.path(QStringLiteral("kind")),
            QCoreApplication::translate("CatalogReader", "must be \"all\" or \"n_of\", not \"%1\"").arg(kind));
    }
    mc.requirements.push_back(group);
}

void readMicrocredential(const QJsonObject& object, const QString& path, ParsedCatalog& out)
{
    static const QStringList microcredentialFields{QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("issuer"),
        QStringLiteral("field"), QStringLiteral("description"), QStringLiteral("requirements"), QStringLiteral("skills"),
        QStringLiteral("achievement")};
    JsonFields f(object, path, out, microcredentialFields);
    Microcredential mc;
    mc.id = f.string(QStringLiteral("id"), true).value_or(QString());
    if (!mc.id.isEmpty())
        f.check(QStringLiteral("id"), CatalogRules::checkId(mc.id));
    mc.title = f.string(QStringLiteral("title"), true).value_or(QString());
    mc.issuer = f.string(QStringLiteral("issuer"), true).value_or(QString());
    mc.field = f.string(QStringLiteral("field"), false).value_or(QString());
    if (!mc.field.isEmpty())
        f.check(QStringLiteral("field"), CatalogRules::checkChoice(mc.field, catalog::fields()));
    mc.description = f.string(QStringLiteral("description"), false).value_or(QString());
    if (auto requirements = f.array(QStringLiteral("requirements"), true)) {
        if (requirements->isEmpty())
            out.addProblem(f.path(QStringLiteral("requirements")),
                QCoreApplication::translate("CatalogReader", "a microcredential needs at least one requirement"));
        forEachObject(*requirements, f.path(QStringLiteral("requirements")), out,
            [&mc](const QJsonObject& o, const QString& p, ParsedCatalog& target) { readRequirement(o, p, target, mc); });
    }
    mc.skillIds = f.stringList(QStringLiteral("skills"), false);
    if (auto achievement = f.object(QStringLiteral("achievement"), false)) {
        static const QStringList achievementFields{QStringLiteral("id"), QStringLiteral("name")};
        JsonFields a(*achievement, f.path(QStringLiteral("achievement")), out, achievementFields);
        mc.achievementId = a.string(QStringLiteral("id"), false).value_or(QString());
        mc.achievementName = a.string(QStringLiteral("name"), false).value_or(QString());
        if (!mc.achievementId.isEmpty())
            a.check(QStringLiteral("id"), CatalogRules::checkAbsoluteUri(mc.achievementId));
        if (mc.achievementId.isEmpty() && mc.achievementName.isEmpty())
            out.addProblem(f.path(QStringLiteral("achievement")),
                QCoreApplication::translate("CatalogReader", "give the achievement's id, its name, or both"));
    }
    out.data.microcredentials.push_back(mc);
    out.microcredentialLocations.append(path);
}

} // namespace

ParsedCatalog readHead(const QByteArray& bytes, QJsonArray* courses, QString* coursesPath)
{
    ParsedCatalog out;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        out.addProblem(lineColumn(bytes, error.offset),
            QCoreApplication::translate("CatalogReader", "this is not valid JSON (%1)").arg(error.errorString()));
        return out;
    }
    if (!document.isObject()) {
        out.addProblem(QStringLiteral("$"),
            QCoreApplication::translate(
                "CatalogReader", "a catalog must be a JSON object with \"format\": \"credfolio-catalog\""));
        return out;
    }
    const QJsonObject root = document.object();
    const QString format = root.value(QStringLiteral("format")).toString();
    if (format != QLatin1String("credfolio-catalog")) {
        out.addProblem(QStringLiteral("$.format"),
            QCoreApplication::translate(
                "CatalogReader", "this is not a Credfolio catalog (\"format\" must be \"credfolio-catalog\")"));
        return out;
    }
    static const QStringList rootFields{QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("name"),
        QStringLiteral("providers"), QStringLiteral("skills"), QStringLiteral("courses"), QStringLiteral("microcredentials")};
    JsonFields f(root, QStringLiteral("$"), out, rootFields);
    if (auto version = f.number(QStringLiteral("version"), true); version && *version != 1) {
        out.addProblem(f.path(QStringLiteral("version")),
            QCoreApplication::translate(
                "CatalogReader", "catalog format version %1 is not supported by this version of Credfolio (it reads version 1)")
                .arg(*version));
        return out;
    }
    out.data.name = f.string(QStringLiteral("name"), false).value_or(QString());
    if (auto list = f.array(QStringLiteral("providers"), false))
        forEachObject(*list, f.path(QStringLiteral("providers")), out, readProvider);
    if (auto list = f.array(QStringLiteral("skills"), false))
        forEachObject(*list, f.path(QStringLiteral("skills")), out, readSkill);
    if (auto list = f.array(QStringLiteral("courses"), false)) {
        *courses = *list;
        *coursesPath = f.path(QStringLiteral("courses"));
    }
    if (auto list = f.array(QStringLiteral("microcredentials"), false))
        forEachObject(*list, f.path(QStringLiteral("microcredentials")), out, readMicrocredential);
    return out;
}

void readCourseRange(const QJsonArray& courses, const QString& path, qsizetype from, qsizetype to, ParsedCatalog& out)
{
    forEachObject(courses, path, out, readCourse, from, to);
}

// Large catalogs are read on two threads, each half into its own ParsedCatalog, then
// joined in file order (the JSON values are only read, which Qt allows from any thread).
void readCourses(const QJsonArray& courses, const QString& path, ParsedCatalog& out)
{
    constexpr qsizetype parallelThreshold = 4000;
    if (courses.size() < parallelThreshold || std::thread::hardware_concurrency() < 2) {
        forEachObject(courses, path, out, readCourse);
        return;
    }
    const qsizetype middle = courses.size() / 2;
    ParsedCatalog second;
    std::thread worker([&] { forEachObject(courses, path, second, readCourse, middle, courses.size()); });
    forEachObject(courses, path, out, readCourse, 0, middle);
    worker.join();
    out.data.courses.insert(out.data.courses.end(), std::make_move_iterator(second.data.courses.begin()),
        std::make_move_iterator(second.data.courses.end()));
    out.courseLocations += second.courseLocations;
    out.problems.insert(out.problems.end(), second.problems.begin(), second.problems.end());
}

ParsedCatalog read(const QByteArray& bytes)
{
    QJsonArray courses;
    QString path;
    ParsedCatalog out = readHead(bytes, &courses, &path);
    readCourses(courses, path, out);
    return out;
}

} // namespace credfolio::CatalogJsonReader
