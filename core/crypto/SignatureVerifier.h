#pragma once

#include "common/Result.h"
#include "crypto/PublicKey.h"
#include "crypto/SignatureAlgorithm.h"
#include "crypto/VerifyResult.h"

#include <QByteArrayView>

namespace credfolio {

// True when the algorithm can be used with this kind of key (Ed25519 <-> EdDSA,
// P-256 <-> ES256, P-384 <-> ES384, RSA <-> RS*/PS*).
bool algorithmFitsKey(SignatureAlgorithm alg, const PublicKey& key);

// Verifies a signature. ECDSA signatures are IEEE P1363 r||s (the JOSE form), exactly twice
// the coordinate size; RSA signatures exactly the modulus size; Ed25519 exactly 64 bytes
// with S < L. Never throws.
VerifyResult verifySignature(SignatureAlgorithm alg, const PublicKey& key, QByteArrayView message,
                             QByteArrayView signature);

// The same for ECDSA signatures in strict DER (X.509/ASN.1 form): SEQUENCE of two minimal
// positive INTEGERs, nothing else. Any BER variation is Invalid.
VerifyResult verifyEcdsaDerSignature(SignatureAlgorithm alg, const PublicKey& key, QByteArrayView message,
                                     QByteArrayView derSignature);

// Strict DER ECDSA signature to r||s with each half coordinateBytes long.
Result<QByteArray> ecdsaDerToP1363(QByteArrayView der, int coordinateBytes);

} // namespace credfolio
