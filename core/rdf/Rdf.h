#pragma once

#include <QString>

#include <vector>

namespace credfolio::rdf {

// One RDF term as JSON-LD's toRdf produces it and RDFC-1.0 consumes it. Values are kept
// exactly as they will be written in N-Quads (IRIs unescaped, blank node labels without "_:").
struct Term {
    enum class Kind { Iri, Blank, Literal };
    Kind kind = Kind::Iri;
    QString value; // the IRI, the blank node label, or the literal's lexical form
    QString datatype; // literals only; empty means xsd:string (or rdf:langString with a language)
    QString language; // literals only; lower/upper case as given

    static Term iri(QString v) { return {Kind::Iri, std::move(v), {}, {}}; }
    static Term blank(QString label) { return {Kind::Blank, std::move(label), {}, {}}; }
    static Term literal(QString lexical, QString datatype = {}, QString language = {})
    {
        return {Kind::Literal, std::move(lexical), std::move(datatype), std::move(language)};
    }
    bool isBlank() const { return kind == Kind::Blank; }
    bool operator==(const Term&) const = default;
};

// A quad; graph.kind == Iri with an empty value means the default graph.
struct Quad {
    Term subject;
    Term predicate;
    Term object;
    Term graph; // default graph: Term{} with empty value

    bool inDefaultGraph() const { return graph.value.isEmpty(); }
    bool operator==(const Quad&) const = default;
};

using Dataset = std::vector<Quad>;

} // namespace credfolio::rdf
