#pragma once

#include "common/Result.h"
#include "crypto/PublicKey.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace credfolio {

// One verification method of a DID document or controller document (W3C DID Core,
// Controlled Identifiers): its id, who controls it, and its key.
struct VerificationMethod {
    QString id;
    QString type;
    QString controller;
    PublicKey key;
};

// A DID document, or any controller document of the same shape (an HTTPS issuer profile
// listing its keys). Only what verification needs is kept.
struct DidDocument {
    QString id;
    QList<VerificationMethod> methods;
    QStringList assertionMethod; // ids of methods allowed to issue credentials
    QStringList authentication; // ids of methods allowed to prove control (sign presentations)

    // The method with this id (absolute, or "#fragment" relative to the document id).
    const VerificationMethod* method(const QString& id) const;
    // True when the method may be used to assert (issue) credentials.
    bool allowsAssertion(const QString& methodId) const;
    // True when the method may be used to authenticate as the DID (a presentation's proof).
    bool allowsAuthentication(const QString& methodId) const;

    // Reads a document. Methods listed in verificationMethod, assertionMethod (embedded) and
    // publicKey are read; a method whose key cannot be read is left out (a document may hold
    // keys of types Credfolio does not use). Relative ids ("#key-1") are made absolute.
    static Result<DidDocument> fromJson(const QJsonObject& document);
};

// The key of a verification method object: publicKeyMultibase (Multikey,
// Ed25519VerificationKey2020), publicKeyJwk (JsonWebKey, JsonWebKey2020; a JWK with a
// private part is refused) or publicKeyPem (Open Badges 2.0 CryptographicKey).
Result<PublicKey> keyFromMethod(const QJsonObject& method);

} // namespace credfolio
