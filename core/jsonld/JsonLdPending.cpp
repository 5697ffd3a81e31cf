// TEMPORARY (branch rdfc only): stands in for core/jsonld/JsonLd.cpp from branch jsonld so the
// RDF-canonicalized proof suites link before the JSON-LD processor is merged. Delete this
// file when merging branch jsonld. Until then every RDF-canonicalized proof is reported as
// not checked (indeterminate), never as valid.

#include "jsonld/JsonLd.h"

#include <QCoreApplication>

namespace credfolio::jsonld {

namespace {

QString unavailable()
{
    return QCoreApplication::translate("JsonLd", "JSON-LD processing is not available");
}

} // namespace

Result<QJsonValue> expand(const QJsonValue&, const Options&)
{
    return Result<QJsonValue>::failure(unavailable());
}

Result<rdf::Dataset> toRdf(const QJsonValue&, const Options&)
{
    return Result<rdf::Dataset>::failure(unavailable());
}

} // namespace credfolio::jsonld
