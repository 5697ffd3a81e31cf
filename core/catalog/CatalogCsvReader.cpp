#include "catalog/CatalogCsvReader.h"

#include "catalog/CatalogRules.h"
#include "catalog/CsvParser.h"

#include <QCoreApplication>
#include <QHash>

namespace credfolio::CatalogCsvReader {

namespace {

const QStringList& knownColumns()
{
    static const QStringList columns{QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("provider"),
        QStringLiteral("provider_name"), QStringLiteral("summary"), QStringLiteral("skills"), QStringLiteral("hours"),
        QStringLiteral("cost"), QStringLiteral("currency"), QStringLiteral("level"), QStringLiteral("language"),
        QStringLiteral("delivery"), QStringLiteral("url")};
    return columns;
}

QString lineName(int line)
{
    return QCoreApplication::translate("CatalogReader", "line %1").arg(line);
}

} // namespace

ParsedCatalog read(const QByteArray& bytes)
{
    ParsedCatalog out;
    out.csv = true;
    const CsvParseResult csv = parseCsv(bytes);
    if (!csv.error.isEmpty()) {
        out.addProblem(lineName(csv.errorLine), csv.error);
        return out;
    }
    if (csv.records.empty()) {
        out.addProblem(lineName(1),
            QCoreApplication::translate("CatalogReader", "the file is empty; a header row naming the columns is needed"));
        return out;
    }

    QHash<QString, int> column;
    const CsvRecord& header = csv.records.front();
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        if (!knownColumns().contains(name))
            out.addProblem(lineName(header.line),
                QCoreApplication::translate("CatalogReader", "unknown column \"%1\" (known columns: %2)")
                    .arg(header.fields.at(i), knownColumns().join(QStringLiteral(", "))));
        else if (column.contains(name))
            out.addProblem(
                lineName(header.line), QCoreApplication::translate("CatalogReader", "the column \"%1\" appears twice").arg(name));
        else
            column.insert(name, i);
    }
    for (const QString& required :
        {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("provider"), QStringLiteral("hours")}) {
        if (!column.contains(required))
            out.addProblem(lineName(header.line),
                QCoreApplication::translate("CatalogReader", "the required column \"%1\" is missing").arg(required));
    }
    if (!out.problems.empty())
        return out;

    QHash<QString, int> providerIndex;
    QSet<QString> skillSeen;
    for (size_t r = 1; r < csv.records.size(); ++r) {
        const CsvRecord& record = csv.records[r];
        const QString where = lineName(record.line);
        if (record.fields.size() != header.fields.size()) {
            out.addProblem(where,
                QCoreApplication::translate("CatalogReader", "this row has %1 fields but the header has %2")
                    .arg(record.fields.size())
                    .arg(header.fields.size()));
            continue;
        }
        auto value = [&](const QString& name) {
            return column.contains(name) ? record.fields.at(column.value(name)).trimmed() : QString();
        };
        auto check = [&](const QString& name, const std::optional<QString>& message) {
            if (message)
                out.addProblem(out.fieldLocation(where, name), *message);
        };
        auto number = [&](const QString& name, bool required) -> std::optional<double> {
            const QString text = value(name);
            if (text.isEmpty()) {
                if (required)
                    out.addProblem(out.fieldLocation(where, name),
                        QCoreApplication::translate("CatalogReader", "this required value is missing"));
                return std::nullopt;
            }
            bool ok = false;
            const double parsed = text.toDouble(&ok);
            if (!ok) {
                out.addProblem(out.fieldLocation(where, name),
                    QCoreApplication::translate("CatalogReader", "\"%1\" is not a number").arg(text));
                return std::nullopt;
            }
            return parsed;
        };

        Course c;
        c.id = value(QStringLiteral("id"));
        if (c.id.isEmpty())
            out.addProblem(out.fieldLocation(where, QStringLiteral("id")),
                QCoreApplication::translate("CatalogReader", "this required value is missing"));
        else
            check(QStringLiteral("id"), CatalogRules::checkId(c.id));
        c.title = value(QStringLiteral("title"));
        if (c.title.isEmpty())
            out.addProblem(out.fieldLocation(where, QStringLiteral("title")),
                QCoreApplication::translate("CatalogReader", "this required value is missing"));
        c.providerId = value(QStringLiteral("provider"));
        if (c.providerId.isEmpty())
            out.addProblem(out.fieldLocation(where, QStringLiteral("provider")),
                QCoreApplication::translate("CatalogReader", "this required value is missing"));
        else
            check(QStringLiteral("provider"), CatalogRules::checkId(c.providerId));
        c.summary = value(QStringLiteral("summary"));
        if (auto hours = number(QStringLiteral("hours"), true)) {
            c.hours = *hours;
            check(QStringLiteral("hours"), CatalogRules::checkHours(c.hours));
        }
        if (auto cost = number(QStringLiteral("cost"), false)) {
            c.cost = *cost;
            check(QStringLiteral("cost"), CatalogRules::checkCost(c.cost));
        }
        c.currency = value(QStringLiteral("currency"));
        if (!c.currency.isEmpty())
            check(QStringLiteral("currency"), CatalogRules::checkCurrency(c.currency));
        else if (c.cost > 0)
            out.addProblem(out.fieldLocation(where, QStringLiteral("currency")),
                QCoreApplication::translate("CatalogReader", "a course that costs money needs a currency"));
        c.level = value(QStringLiteral("level")).toLower();
        if (!c.level.isEmpty())
            check(QStringLiteral("level"), CatalogRules::checkChoice(c.level, catalog::levels()));
        c.language = value(QStringLiteral("language"));
        if (c.language.isEmpty())
            c.language = QStringLiteral("en");
        check(QStringLiteral("language"), CatalogRules::checkLanguage(c.language));
        c.delivery = value(QStringLiteral("delivery")).toLower();
        if (c.delivery.isEmpty())
            c.delivery = QStringLiteral("self-paced");
        check(QStringLiteral("delivery"), CatalogRules::checkChoice(c.delivery, catalog::deliveryModes()));
        c.url = value(QStringLiteral("url"));
        if (!c.url.isEmpty())
            check(QStringLiteral("url"), CatalogRules::checkUrl(c.url));

        for (const QString& rawLabel : value(QStringLiteral("skills")).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QString label = rawLabel.trimmed();
            const QString id = CatalogRules::slugFromLabel(label);
            if (id.isEmpty() || c.skillIds.contains(id))
                continue;
            c.skillIds.append(id);
            if (!skillSeen.contains(id)) {
                skillSeen.insert(id);
                out.data.skills.push_back({id, label, {}});
                out.skillLocations.append(out.fieldLocation(where, QStringLiteral("skills")));
                out.implicitSkills.insert(id);
            }
        }

        if (!c.providerId.isEmpty()) {
            const QString name = value(QStringLiteral("provider_name"));
            if (!providerIndex.contains(c.providerId)) {
                providerIndex.insert(c.providerId, int(out.data.providers.size()));
                out.data.providers.push_back({c.providerId, name.isEmpty() ? c.providerId : name, {}, {}});
                out.providerLocations.append(out.fieldLocation(where, QStringLiteral("provider")));
                if (name.isEmpty())
                    out.implicitProviders.insert(c.providerId);
            } else if (!name.isEmpty()) {
                Provider& existing = out.data.providers[size_t(providerIndex.value(c.providerId))];
                if (out.implicitProviders.contains(c.providerId)) {
                    existing.name = name;
                    out.implicitProviders.remove(c.providerId);
                } else if (existing.name != name) {
                    out.addProblem(out.fieldLocation(where, QStringLiteral("provider_name")),
                        QCoreApplication::translate("CatalogReader", "provider \"%1\" was named \"%2\" on an earlier row")
                            .arg(c.providerId, existing.name));
                }
            }
        }
        out.data.courses.push_back(c);
        out.courseLocations.append(where);
    }
    if (out.data.courses.empty() && out.problems.empty())
        out.addProblem(
            lineName(header.line + 1), QCoreApplication::translate("CatalogReader", "the file has a header row but no courses"));
    return out;
}

} // namespace credfolio::CatalogCsvReader
