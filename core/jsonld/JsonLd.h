#pragma once

#include "common/Result.h"
#include "rdf/Rdf.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <functional>
#include <memory>

namespace credfolio::jsonld {

class ContextCache;

// Loads a remote context by URL. The verifier's loader serves only the contexts bundled in
// resources/ (see BundledContexts); an error means the context is not available offline.
using DocumentLoader = std::function<Result<QJsonValue>(const QString& url)>;

struct Options {
    QString base; // document base IRI, may be empty
    DocumentLoader loader; // required when the input names remote contexts
    bool produceGeneralizedRdf = false;
    // How toRdf keeps @direction: empty (the default: dropped), "i18n-datatype" or
    // "compound-literal".
    QString rdfDirection;
    // Longest chain of remote contexts that load one another ("context overflow" beyond it).
    // Nesting depth and total work have fixed limits of their own (see docs/architecture.md).
    int maxContextDepth = 32;
    // Applied before the document's own context (the API's expandContext option).
    QJsonValue expandContext;
    // Processed contexts reused across calls; when empty and loader is bundledLoader(), a
    // process-wide cache for the bundled contexts is used (see ContextCache).
    std::shared_ptr<ContextCache> contextCache;
};

// Why a call failed, for callers that must tell "a context is not available offline" (a
// verifier's indeterminate) from "the document is not valid JSON-LD".
struct Failure {
    QString code; // the specification's error code, e.g. "loading remote context failed"
    QString context; // with that code: the URL of the context that could not be loaded
};

// JSON-LD 1.1 Expansion algorithm: the expanded form, always an array. Errors carry the
// specification's error code, e.g. "JSON-LD processing failed: invalid IRI mapping: term".
Result<QJsonValue> expand(const QJsonValue& input, const Options& options, Failure* failure = nullptr);

// JSON-LD 1.1 Deserialize JSON-LD to RDF (expand, node map, toRdf); blank nodes labelled
// _:b0, _:b1, ... in the order the algorithms issue them. jsonld::offlineOptions()
// (BundledContexts.h) gives the offline loader a verifier needs.
Result<rdf::Dataset> toRdf(const QJsonValue& input, const Options& options, Failure* failure = nullptr);

} // namespace credfolio::jsonld
