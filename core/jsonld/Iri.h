#pragma once

#include <QString>

// IRI helpers for JSON-LD: RFC 3986 reference resolution (section 5.2, with its own
// remove_dot_segments, because QUrl normalizes more than the JSON-LD tests allow) and the
// syntactic checks the algorithms make.
namespace credfolio::jsonld::iri {

// Resolves reference against base per RFC 3986 section 5.2.2. An empty base leaves the
// reference as it is.
QString resolve(const QString& reference, const QString& base);

// True for "scheme:rest" with an RFC 3986 scheme (what JSON-LD calls an IRI, as opposed
// to a relative IRI reference).
bool isAbsolute(const QString& value);

// True for an absolute IRI without characters N-Quads cannot carry (spaces, <, >, ...):
// the "well-formed" test of the Deserialize JSON-LD to RDF algorithm.
bool isWellFormed(const QString& value);

inline bool isBlankNode(const QString& value)
{
    return value.startsWith(QLatin1String("_:"));
}

// The keyword form "@" followed by one or more ASCII letters (reserved for future keywords).
bool hasKeywordForm(const QString& value);

// A BCP 47 language tag in its simple well-formed shape (letters, then dash-separated
// alphanumeric subtags of at most eight characters).
bool isWellFormedLanguageTag(const QString& value);

} // namespace credfolio::jsonld::iri
