#pragma once

#include "did/DidDocument.h"
#include "verify/VerificationReport.h"
#include "verify/VerifyContext.h"

#include <QString>

namespace credfolio {

// A key found for a verification method reference (a DID URL, an HTTPS Multikey or
// controller document, a JWK or JWKS document), with what it says about its controller.
struct ResolvedKey {
    enum class Outcome {
        Found,
        Unavailable, // the document could not be had: the check could not run
        Refused, // the document was had but does not give this key for this purpose
    };
    Outcome outcome = Outcome::Unavailable;
    QString message;
    VerificationMethod method;
    QString documentId; // the DID or document that listed the key

    bool found() const { return outcome == Outcome::Found; }
};

class KeyResolver {
public:
    explicit KeyResolver(const VerifyContext& ctx) : m_ctx(ctx) { }

    // reference: "did:key:z…#z…", "did:web:example.com#key-1", "did:jwk:…#0",
    // "https://example.com/keys/1" (Multikey or CryptographicKey document),
    // "https://example.com/jwks.json#kid" (JWKS) or "https://example.com/key.jwk" (JWK).
    // Keys from DID documents must be listed under assertionMethod.
    ResolvedKey resolve(const QString& reference) const;

private:
    ResolvedKey resolveDid(const QString& reference) const;
    ResolvedKey resolveHttps(const QString& reference) const;

    const VerifyContext& m_ctx;
};

// The key-to-issuer binding, decided here for every format: a key belongs to the issuer when
// its controller (or the DID it comes from) is the issuer's id, or when the issuer's own
// profile or DID document (fetched through the resolver) lists the key. Adds check "key.issuer".
void checkKeyBelongsToIssuer(
    const VerifyContext& ctx, const VerificationMethod& method, const QString& issuerId, VerificationReport& report);

} // namespace credfolio
