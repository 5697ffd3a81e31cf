#pragma once

#include "common/Result.h"
#include "did/DidDocument.h"

#include <QString>
#include <QUrl>

namespace credfolio {

class Resolver;

// DID methods Credfolio resolves: did:key (Ed25519 "z6Mk…", P-256 "zDn…", P-384), did:jwk,
// and did:web (its document fetched through the Resolver, so offline unless the caller
// allows otherwise). Other methods are reported as unsupported.
class DidResolver {
public:
    explicit DidResolver(Resolver* resolver) : m_resolver(resolver) { }

    static bool isDid(const QString& text);
    // "did:key:z6Mk…#z6Mk…" -> "did:key:z6Mk…" (path, query and fragment removed).
    static QString didOf(const QString& didUrl);
    // did:web:example.com:user:alice -> https://example.com/user/alice/did.json,
    // did:web:example.com -> https://example.com/.well-known/did.json ("%3A" allows a port).
    static Result<QUrl> didWebDocumentUrl(const QString& did);

    Result<DidDocument> resolve(const QString& did) const;

private:
    static Result<DidDocument> resolveKey(const QString& did);
    static Result<DidDocument> readDidKey(const QString& did);
    static Result<QUrl> webDocumentUrl(const QString& did);
    static Result<DidDocument> resolveJwk(const QString& did);
    Result<DidDocument> resolveWeb(const QString& did) const;

    Resolver* m_resolver;
};

} // namespace credfolio
