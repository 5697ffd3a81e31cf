#include "jsonld/JsonLd.h"

#include "jsonld/BundledContexts.h"
#include "jsonld/ContextCache.h"
#include "jsonld/Expansion.h"
#include "jsonld/NodeMap.h"
#include "jsonld/ToRdf.h"

#include <QCoreApplication>

namespace credfolio::jsonld {

namespace {

// The processed-context cache to use: the caller's, the process-wide one for the bundled
// loader (whose answers never change), or one just for this call.
ContextCache* pickCache(const Options& options, std::unique_ptr<ContextCache>& local)
{
    if (options.contextCache)
        return options.contextCache.get();
    if (options.loader && options.loader.target<BundledLoader>())
        return &ContextCache::bundled();
    local = std::make_unique<ContextCache>();
    return local.get();
}

QString errorMessage(const JsonLdError& e, Failure* failure)
{
    if (failure)
        *failure = Failure{e.code, e.url};
    return QCoreApplication::translate("JsonLd", "JSON-LD processing failed: %1").arg(e.message());
}

} // namespace

// The algorithms report errors by throwing JsonLdError (see Context.h); these entry points
// are where that ends, so callers only ever see a Result.
Result<QJsonValue> expand(const QJsonValue& input, const Options& options, Failure* failure)
{
    std::unique_ptr<ContextCache> localCache;
    ProcessingState state{options, pickCache(options, localCache)};
    try {
        Expander expander(state);
        return QJsonValue(expander.expandDocument(input));
    } catch (const JsonLdError& e) {
        return Result<QJsonValue>::failure(errorMessage(e, failure));
    }
}

Result<rdf::Dataset> toRdf(const QJsonValue& input, const Options& options, Failure* failure)
{
    std::unique_ptr<ContextCache> localCache;
    ProcessingState state{options, pickCache(options, localCache)};
    try {
        Expander expander(state);
        const QJsonArray expanded = expander.expandDocument(input);
        BlankNodeIssuer issuer;
        NodeMapBuilder nodeMap(issuer);
        nodeMap.build(expanded);
        RdfWriter writer(issuer, options.produceGeneralizedRdf, options.rdfDirection);
        return writer.write(nodeMap.nodeMap());
    } catch (const JsonLdError& e) {
        return Result<rdf::Dataset>::failure(errorMessage(e, failure));
    }
}

} // namespace credfolio::jsonld
