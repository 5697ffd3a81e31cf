#pragma once

#include "common/Result.h"
#include "rdf/Rdf.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace credfolio::rdf {

// W3C RDF Dataset Canonicalization (RDFC-1.0, https://www.w3.org/TR/rdf-canon/): relabels the
// blank nodes of a dataset c14n0, c14n1, ... so that isomorphic datasets serialize to the same
// canonical N-Quads. Blank nodes whose first-degree hashes collide need the N-degree algorithm,
// whose cost grows with the factorial of the colliding group; a work budget stops "poison"
// graphs with an error instead of running for hours.
class Canonicalizer {
public:
    enum class HashAlgorithm { Sha256, Sha384 };

    struct Options {
        HashAlgorithm hash = HashAlgorithm::Sha256;
        // Hash N-Degree Quads calls plus permutations examined, over the whole run. Real
        // credentials need a few dozen at most; the W3C suite's hardest valid test a few thousand.
        int maxWork = 50000;
        // Nesting of Hash N-Degree Quads calls: a long ring of alike blank nodes would otherwise
        // recurse once per node and exhaust the stack. The suite's valid graphs need a dozen at most.
        int maxDepth = 128;
    };

    struct Output {
        QByteArray nquads; // canonical N-Quads, UTF-8, lines in code point order
        Dataset dataset; // the input with canonical labels, in the order of nquads' lines
        QMap<QString, QString> issued; // input blank node label -> canonical label
        int work = 0; // budget units used
        int depth = 0; // deepest nesting of Hash N-Degree Quads calls
    };

    static Result<Output> canonicalize(const Dataset& input, const Options& options);
    static Result<Output> canonicalize(const Dataset& input) { return canonicalize(input, Options()); }
};

} // namespace credfolio::rdf
