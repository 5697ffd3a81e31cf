#include "jsonld/ToRdf.h"

#include "jcs/Jcs.h"
#include "jsonld/Context.h"
#include "jsonld/Iri.h"

#include <cmath>

namespace credfolio::jsonld {

namespace {

const QString rdfNs = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
const QString xsdNs = QStringLiteral("http://www.w3.org/2001/XMLSchema#");

rdf::Term nodeTerm(const QString& id)
{
    if (iri::isBlankNode(id))
        return rdf::Term::blank(id.mid(2));
    return rdf::Term::iri(id);
}

bool isSubject(const QString& id)
{
    return iri::isBlankNode(id) || iri::isWellFormed(id);
}

} // namespace

QString RdfWriter::canonicalDouble(double value)
{
    // Like ECMAScript's toExponential(15) with trailing zeros of the mantissa removed.
    const QString formatted = QString::number(value, 'e', 15);
    const qsizetype e = formatted.indexOf(QLatin1Char('e'));
    QString mantissa = formatted.left(e);
    const int exponent = formatted.mid(e + 1).toInt();
    while (mantissa.endsWith(QLatin1Char('0')) && !mantissa.endsWith(QLatin1String(".0")))
        mantissa.chop(1);
    return mantissa + QLatin1Char('E') + QString::number(exponent);
}

rdf::Dataset RdfWriter::write(const NodeMap& nodeMap)
{
    rdf::Dataset dataset;
    const rdf::Term rdfType = rdf::Term::iri(rdfNs + QLatin1String("type"));
    for (const auto& [graphName, graph] : nodeMap) {
        rdf::Term graphTerm;
        if (graphName != QLatin1String("@default")) {
            if (!isSubject(graphName))
                continue;
            graphTerm = nodeTerm(graphName);
        }
        std::vector<rdf::Quad> triples;
        for (const auto& [subject, node] : graph) {
            if (!isSubject(subject))
                continue;
            const rdf::Term subjectTerm = nodeTerm(subject);
            for (const QString& type : node.types) {
                if (isSubject(type))
                    triples.push_back({subjectTerm, rdfType, nodeTerm(type), {}});
            }
            for (const auto& [property, values] : node.properties) {
                if (isKeyword(property))
                    continue;
                if (iri::isBlankNode(property) && !m_generalized)
                    continue;
                if (!isSubject(property))
                    continue;
                const rdf::Term predicate = nodeTerm(property);
                for (const QJsonValue& item : values) {
                    std::vector<rdf::Quad> listTriples;
                    std::optional<rdf::Term> object = objectToRdf(item, listTriples);
                    if (object)
                        triples.push_back({subjectTerm, predicate, *object, {}});
                    for (rdf::Quad& q : listTriples)
                        triples.push_back(std::move(q));
                }
            }
        }
        for (rdf::Quad& q : triples) {
            q.graph = graphTerm;
            dataset.push_back(std::move(q));
        }
    }
    return dataset;
}

std::optional<rdf::Term> RdfWriter::objectToRdf(const QJsonValue& item, std::vector<rdf::Quad>& triples)
{
    const QJsonObject object = item.toObject();
    if (object.contains(QLatin1String("@id")) && !object.contains(QLatin1String("@value"))) {
        const QString id = object.value(QLatin1String("@id")).toString();
        if (!isSubject(id))
            return std::nullopt;
        return nodeTerm(id);
    }
    if (object.contains(QLatin1String("@list")))
        return listToRdf(object.value(QLatin1String("@list")).toArray(), triples);
    if (!object.contains(QLatin1String("@value")))
        return std::nullopt;

    const QJsonValue value = object.value(QLatin1String("@value"));
    QString datatype = object.value(QLatin1String("@type")).toString();
    if (!datatype.isEmpty() && datatype != QLatin1String("@json") && !iri::isWellFormed(datatype))
        return std::nullopt;
    QString language;
    if (object.contains(QLatin1String("@language"))) {
        language = object.value(QLatin1String("@language")).toString();
        if (!iri::isWellFormedLanguageTag(language))
            return std::nullopt;
    }
    QString lexical;
    if (datatype == QLatin1String("@json")) {
        Result<QByteArray> canonical = jcs::canonicalize(value);
        if (!canonical)
            fail(QStringLiteral("invalid JSON literal"), canonical.error());
        lexical = QString::fromUtf8(canonical.value());
        datatype = rdfNs + QLatin1String("JSON");
    } else if (value.isBool()) {
        lexical = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        if (datatype.isEmpty())
            datatype = xsdNs + QLatin1String("boolean");
    } else if (value.isDouble()) {
        const double number = value.toDouble();
        const bool integral = std::isfinite(number) && std::floor(number) == number && std::fabs(number) < 1e21;
        if (!integral || datatype == xsdNs + QLatin1String("double")) {
            lexical = canonicalDouble(number);
            if (datatype.isEmpty())
                datatype = xsdNs + QLatin1String("double");
        } else {
            lexical = number == 0 ? QStringLiteral("0") : QString::number(number, 'f', 0);
            if (datatype.isEmpty())
                datatype = xsdNs + QLatin1String("integer");
        }
    } else {
        lexical = value.toString();
    }
    const QString direction = object.value(QLatin1String("@direction")).toString();
    if (!direction.isEmpty() && value.isString()) {
        if (m_rdfDirection == QLatin1String("i18n-datatype")) {
            return rdf::Term::literal(
                lexical, QLatin1String("https://www.w3.org/ns/i18n#") + language.toLower() + QLatin1Char('_') + direction);
        }
        if (m_rdfDirection == QLatin1String("compound-literal")) {
            const rdf::Term node = nodeTerm(m_issuer.issue());
            triples.push_back({node, rdf::Term::iri(rdfNs + QLatin1String("value")), rdf::Term::literal(lexical), {}});
            if (!language.isEmpty())
                triples.push_back({node, rdf::Term::iri(rdfNs + QLatin1String("language")), rdf::Term::literal(language), {}});
            triples.push_back({node, rdf::Term::iri(rdfNs + QLatin1String("direction")), rdf::Term::literal(direction), {}});
            return node;
        }
    }
    // Plain and language-tagged strings carry no datatype in rdf::Term.
    if (datatype == xsdNs + QLatin1String("string") || (!language.isEmpty() && datatype == rdfNs + QLatin1String("langString")))
        datatype.clear();
    if (!datatype.isEmpty())
        language.clear();
    return rdf::Term::literal(lexical, datatype, language);
}

rdf::Term RdfWriter::listToRdf(const QJsonArray& list, std::vector<rdf::Quad>& triples)
{
    if (list.isEmpty())
        return rdf::Term::iri(rdfNs + QLatin1String("nil"));
    std::vector<QString> nodes;
    nodes.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i)
        nodes.push_back(m_issuer.issue());
    const rdf::Term first = rdf::Term::iri(rdfNs + QLatin1String("first"));
    const rdf::Term rest = rdf::Term::iri(rdfNs + QLatin1String("rest"));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const rdf::Term subject = nodeTerm(nodes[i]);
        std::vector<rdf::Quad> embedded;
        std::optional<rdf::Term> object = objectToRdf(list.at(i), embedded);
        if (object)
            triples.push_back({subject, first, *object, {}});
        const rdf::Term next = i + 1 < list.size() ? nodeTerm(nodes[i + 1]) : rdf::Term::iri(rdfNs + QLatin1String("nil"));
        triples.push_back({subject, rest, next, {}});
        for (rdf::Quad& q : embedded)
            triples.push_back(std::move(q));
    }
    return nodeTerm(nodes.front());
}

} // namespace credfolio::jsonld
