#pragma once

#include "common/Result.h"
#include "rdf/Rdf.h"

#include <QString>
#include <QStringView>

namespace credfolio::rdf {

// RDF 1.1 N-Quads: reading any valid document, writing the canonical form that RDFC-1.0
// hashes and outputs (https://www.w3.org/TR/rdf-canon/#canonical-quads).
namespace nquads {

// Parses N-Quads text (escapes \uXXXX, \UXXXXXXXX and \t \b \n \r \f \" \' \\ resolved;
// comments and blank lines allowed). An error names the line and what is wrong.
Result<Dataset> parse(QStringView text);

// One term as canonical N-Quads writes it: <iri>, _:label, "literal" with ^^<datatype>
// (omitted for xsd:string) or @language.
QString term(const Term& t);

// One quad as a canonical N-Quads line, with its trailing "\n".
QString line(const Quad& quad);

// The dataset's quads as canonical lines, in the dataset's order.
QString serialize(const Dataset& dataset);

} // namespace nquads

} // namespace credfolio::rdf
