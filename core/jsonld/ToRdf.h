#pragma once

#include "jsonld/NodeMap.h"
#include "rdf/Rdf.h"

namespace credfolio::jsonld {

// The Deserialize JSON-LD to RDF algorithm (section 8.1) over a node map, with Object to
// RDF (8.2) and List to RDF (8.3). Directions are dropped unless rdfDirection names a
// representation.
class RdfWriter {
public:
    RdfWriter(BlankNodeIssuer& issuer, bool produceGeneralizedRdf, QString rdfDirection)
        : m_issuer(issuer), m_generalized(produceGeneralizedRdf), m_rdfDirection(std::move(rdfDirection))
    {
    }

    rdf::Dataset write(const NodeMap& nodeMap);

    // The canonical xsd:double lexical form JSON-LD uses, e.g. 1.1E0, -1.5E-5.
    static QString canonicalDouble(double value);

private:
    std::optional<rdf::Term> objectToRdf(const QJsonValue& item, std::vector<rdf::Quad>& triples);
    rdf::Term listToRdf(const QJsonArray& list, std::vector<rdf::Quad>& triples);

    BlankNodeIssuer& m_issuer;
    bool m_generalized = false;
    QString m_rdfDirection;
};

} // namespace credfolio::jsonld
