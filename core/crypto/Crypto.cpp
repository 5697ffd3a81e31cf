#include "crypto/Crypto.h"

#include "common/Logging.h"
#include "crypto/Ed25519SigningKey.h"
#include "crypto/Hash.h"
#include "crypto/SignatureVerifier.h"
#include "encoding/Hex.h"

#include <botan/hash.h>

#include <exception>

namespace credfolio {
namespace {

Status failed(const QString& what)
{
    qCCritical(lcVerify) << "crypto self-test failed:" << what;
    return Status::failure(QStringLiteral("crypto self-test failed: %1").arg(what));
}

} // namespace

Status Crypto::selfTest()
{
    const QByteArray seed = hex::decode("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60").value();
    const QByteArray pub = hex::decode("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a").value();
    const QByteArray sig = hex::decode("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bac"
                                       "c61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b")
                               .value();

    auto key = Ed25519SigningKey::fromSeed(seed);
    if (!key)
        return failed(key.error());
    if (key->publicKey().x() != pub)
        return failed(QStringLiteral("Ed25519 public key derivation"));
    auto signature = key->sign(QByteArrayView());
    if (!signature || signature.value() != sig)
        return failed(QStringLiteral("Ed25519 signing"));
    if (!verifySignature(SignatureAlgorithm::EdDSA, key->publicKey(), QByteArrayView(), sig).isValid())
        return failed(QStringLiteral("Ed25519 verification"));
    if (verifySignature(SignatureAlgorithm::EdDSA, key->publicKey(), QByteArrayView("x", 1), sig).isValid())
        return failed(QStringLiteral("Ed25519 accepted a wrong message"));

    const QByteArray abc = hex::decode("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad").value();
    if (hash::sha256("abc") != abc)
        return failed(QStringLiteral("SHA-256"));
    try {
        auto botanHash = Botan::HashFunction::create_or_throw("SHA-256");
        botanHash->update("abc");
        const auto digest = botanHash->final_stdvec();
        if (QByteArray(reinterpret_cast<const char*>(digest.data()), static_cast<qsizetype>(digest.size())) != abc)
            return failed(QStringLiteral("Botan SHA-256"));
    } catch (const std::exception& e) {
        return failed(QString::fromUtf8(e.what()));
    }
    return {};
}

} // namespace credfolio
