#pragma once

#include "jsonld/JsonLd.h"

#include <QHash>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace credfolio::jsonld {

class ContextCache;

// Raised inside the JSON-LD module only: the algorithms abort on the first error as the
// specification describes, and the public entry points (JsonLd.cpp) turn it into a Result.
// It never leaves the module.
struct JsonLdError {
    QString code; // the specification's error code, e.g. "invalid IRI mapping"
    QString detail;
    QString url; // the remote context that could not be loaded, for "loading remote context failed"
    QString message() const;
};
[[noreturn]] void fail(const QString& code, const QString& detail = {});
[[noreturn]] void failLoading(const QString& url, const QString& detail);

enum Container : unsigned {
    ContainerNone = 0,
    ContainerGraph = 1 << 0,
    ContainerId = 1 << 1,
    ContainerIndex = 1 << 2,
    ContainerLanguage = 1 << 3,
    ContainerList = 1 << 4,
    ContainerSet = 1 << 5,
    ContainerType = 1 << 6,
};

struct TermDefinition {
    QString iri; // empty with nullMapping: the term is explicitly undefined
    bool nullMapping = false;
    bool prefix = false;
    bool isProtected = false;
    bool reverse = false;
    unsigned container = ContainerNone;
    QString typeMapping;
    QString index;
    QString nest;
    bool hasLanguage = false;
    QJsonValue language; // string or null, when hasLanguage
    bool hasDirection = false;
    QJsonValue direction; // "ltr", "rtl" or null, when hasDirection
    bool hasContext = false;
    QJsonValue context; // the scoped context, when hasContext
    QString contextKey; // its compact serialization: the cache key for processing it
    QString baseUrl;

    // Equality except for the protected flag, as the protected-term rule compares.
    bool sameAs(const TermDefinition& other) const;
};

struct ActiveContext {
    quint64 id = 0; // unique per finished context; the processed-context cache keys on it
    QHash<QString, TermDefinition> terms;
    bool hasBase = true;
    QString baseIri;
    QString originalBaseUrl;
    bool hasVocab = false;
    QString vocab;
    QJsonValue defaultLanguage; // null when unset
    QJsonValue defaultDirection; // null when unset
    std::shared_ptr<const ActiveContext> previous;

    const TermDefinition* term(const QString& name) const
    {
        auto it = terms.constFind(name);
        return it == terms.constEnd() ? nullptr : &it.value();
    }
    bool hasProtectedTerms() const;
};
using ContextPtr = std::shared_ptr<const ActiveContext>;

// Work units (term definitions, context processings, copied terms / 32) one call may spend.
inline constexpr int maxJsonLdWork = 1000000;

// Per-call state shared by the algorithms: options, the work budget and the cache.
struct ProcessingState {
    const Options& options;
    ContextCache* cache = nullptr;
    int contextProcessings = 0; // budget against hostile input
    int depth = 0; // expansion recursion depth
};

// The JSON-LD 1.1 Context Processing algorithm (section 4.1), Create Term Definition
// (4.2) and IRI Expansion (4.3).
class ContextProcessor {
public:
    explicit ContextProcessor(ProcessingState& state) : m_state(state) { }

    ContextPtr initialContext(const QString& base);

    ContextPtr process(const ContextPtr& active, const QJsonValue& local, const QString& baseUrl, bool overrideProtected = false,
        bool propagate = true, bool validateScopedContext = true);
    // The same, with the local context's cache key already known (scoped contexts).
    ContextPtr process(const ContextPtr& active, const QJsonValue& local, const QString& localKey, const QString& baseUrl,
        bool overrideProtected, bool propagate, bool validateScopedContext);

    // Processes a scoped context only to report its errors when it is defined.
    void validateScoped(
        const ContextPtr& active, const QJsonValue& local, const QString& baseUrl, const QStringList& remoteContexts);

    // IRI Expansion against a finished context. Returns a null QString for "null".
    static QString expandIri(const ActiveContext& active, const QString& value, bool documentRelative, bool vocab);

private:
    std::shared_ptr<ActiveContext> processUncached(const ContextPtr& active, const QJsonValue& local, const QString& baseUrl,
        QStringList remoteContexts, bool overrideProtected, bool propagate, bool validateScopedContext);
    ProcessingState& m_state;
};

QString serializeKey(const QJsonValue& value);
bool isKeyword(const QString& value);

} // namespace credfolio::jsonld
