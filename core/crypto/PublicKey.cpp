#include "crypto/PublicKey.h"

#include "crypto/Hash.h"
#include "crypto/PublicKeyPrivate.h"
#include "encoding/Base64.h"
#include "encoding/Multibase.h"
#include "encoding/Multicodec.h"

#include <QJsonArray>

#include <botan/ber_dec.h>
#include <botan/bigint.h>
#include <botan/data_src.h>
#include <botan/ec_group.h>
#include <botan/ecdsa.h>
#include <botan/ed25519.h>
#include <botan/pem.h>
#include <botan/rsa.h>
#include <botan/x509_key.h>

#include <exception>

namespace credfolio {

const PublicKeyPrivate* publicKeyPrivate(const PublicKey& key)
{
    return key.d.get();
}

namespace {

using KeyResult = Result<PublicKey>;

KeyResult fail(const QString& message)
{
    return KeyResult::failure(message);
}

const char* curveName(PublicKey::Type type)
{
    return type == PublicKey::Type::EcP384 ? "secp384r1" : "secp256r1";
}

int coordinateBytes(PublicKey::Type type)
{
    return type == PublicKey::Type::EcP384 ? 48 : 32;
}

std::vector<uint8_t> toVector(QByteArrayView bytes)
{
    const auto* p = reinterpret_cast<const uint8_t*>(bytes.data());
    return {p, p + bytes.size()};
}

QByteArray toBytes(const std::vector<uint8_t>& v)
{
    return QByteArray(reinterpret_cast<const char*>(v.data()), static_cast<qsizetype>(v.size()));
}

QByteArray stripLeadingZeros(QByteArrayView bytes)
{
    qsizetype i = 0;
    while (i < bytes.size() && bytes[i] == 0)
        ++i;
    return bytes.sliced(i).toByteArray();
}

Result<QByteArray> jwkMember(const QJsonObject& jwk, QLatin1String name)
{
    const QJsonValue value = jwk.value(name);
    if (!value.isString())
        return Result<QByteArray>::failure(QStringLiteral("JWK member \"%1\" is missing or not a string").arg(name));
    auto decoded = base64url::decode(value.toString().toLatin1());
    if (!decoded)
        return Result<QByteArray>::failure(QStringLiteral("JWK member \"%1\": %2").arg(name, decoded.error()));
    return decoded;
}

} // namespace

Result<PublicKey> PublicKey::fromEd25519(QByteArrayView raw)
{
    if (raw.size() != 32)
        return fail(QStringLiteral("an Ed25519 public key has 32 bytes, not %1").arg(raw.size()));
    auto data = std::make_shared<PublicKeyPrivate>();
    try {
        data->botanKey = std::make_shared<Botan::Ed25519_PublicKey>(
            reinterpret_cast<const uint8_t*>(raw.data()), static_cast<size_t>(raw.size()));
    } catch (const std::exception& e) {
        return fail(QStringLiteral("invalid Ed25519 public key: %1").arg(QString::fromUtf8(e.what())));
    }
    data->type = Type::Ed25519;
    data->x = raw.toByteArray();
    return PublicKey(std::move(data));
}

Result<PublicKey> PublicKey::fromEcCoordinates(Type curve, QByteArrayView x, QByteArrayView y)
{
    if (curve != Type::EcP256 && curve != Type::EcP384)
        return fail(QStringLiteral("not an elliptic-curve key type"));
    const int size = coordinateBytes(curve);
    if (x.size() != size || y.size() != size)
        return fail(QStringLiteral("EC coordinates must be exactly %1 bytes each").arg(size));
    auto data = std::make_shared<PublicKeyPrivate>();
    try {
        const Botan::EC_Group group(curveName(curve));
        const Botan::BigInt bx(reinterpret_cast<const uint8_t*>(x.data()), static_cast<size_t>(x.size()));
        const Botan::BigInt by(reinterpret_cast<const uint8_t*>(y.data()), static_cast<size_t>(y.size()));
        if (bx >= group.get_p() || by >= group.get_p())
            return fail(QStringLiteral("EC coordinate is not reduced modulo the field prime"));
        std::vector<uint8_t> encoded{0x04};
        encoded.insert(encoded.end(), reinterpret_cast<const uint8_t*>(x.data()),
                       reinterpret_cast<const uint8_t*>(x.data()) + x.size());
        encoded.insert(encoded.end(), reinterpret_cast<const uint8_t*>(y.data()),
                       reinterpret_cast<const uint8_t*>(y.data()) + y.size());
        // OS2ECP throws for a point that is not on the curve.
        const Botan::PointGFp point = group.OS2ECP(encoded);
        if (!group.verify_public_element(point))
            return fail(QStringLiteral("EC point is not a valid public key on %1").arg(QLatin1String(curveName(curve))));
        data->botanKey = std::make_shared<Botan::ECDSA_PublicKey>(group, point);
    } catch (const std::exception& e) {
        return fail(QStringLiteral("invalid EC public key: %1").arg(QString::fromUtf8(e.what())));
    }
    data->type = curve;
    data->x = x.toByteArray();
    data->y = y.toByteArray();
    return PublicKey(std::move(data));
}

Result<PublicKey> PublicKey::fromRsa(QByteArrayView modulus, QByteArrayView exponent)
{
    const QByteArray n = stripLeadingZeros(modulus);
    const QByteArray e = stripLeadingZeros(exponent);
    auto data = std::make_shared<PublicKeyPrivate>();
    try {
        const Botan::BigInt bn(reinterpret_cast<const uint8_t*>(n.data()), static_cast<size_t>(n.size()));
        const Botan::BigInt be(reinterpret_cast<const uint8_t*>(e.data()), static_cast<size_t>(e.size()));
        const auto bits = static_cast<int>(bn.bits());
        if (bits < minRsaBits)
            return fail(QStringLiteral("RSA key of %1 bits is too small (at least %2 bits required)").arg(bits).arg(minRsaBits));
        if (bits > maxRsaBits)
            return fail(QStringLiteral("RSA key of %1 bits is too large").arg(bits));
        if (bn.is_even())
            return fail(QStringLiteral("RSA modulus is even"));
        if (be < 3 || be.is_even() || be >= bn)
            return fail(QStringLiteral("RSA public exponent is invalid"));
        data->botanKey = std::make_shared<Botan::RSA_PublicKey>(bn, be);
        data->rsaBits = bits;
    } catch (const std::exception& ex) {
        return fail(QStringLiteral("invalid RSA public key: %1").arg(QString::fromUtf8(ex.what())));
    }
    data->type = Type::Rsa;
    data->x = n;
    data->y = e;
    return PublicKey(std::move(data));
}

Result<PublicKey> PublicKey::fromJwk(const QJsonObject& jwk)
{
    static const char* const privateMembers[] = {"d", "p", "q", "dp", "dq", "qi", "oth", "k"};
    for (const char* member : privateMembers) {
        if (jwk.contains(QLatin1String(member)))
            return fail(QStringLiteral("the JWK carries private key material (\"%1\"); only public keys are accepted")
                            .arg(QLatin1String(member)));
    }
    if (jwk.contains(QLatin1String("use")) && jwk.value(QLatin1String("use")).toString() != QLatin1String("sig"))
        return fail(QStringLiteral("the JWK is not meant for signatures (\"use\" is not \"sig\")"));
    if (jwk.contains(QLatin1String("key_ops"))) {
        const QJsonValue ops = jwk.value(QLatin1String("key_ops"));
        if (!ops.isArray() || !ops.toArray().contains(QJsonValue(QStringLiteral("verify"))))
            return fail(QStringLiteral("the JWK's \"key_ops\" do not include \"verify\""));
    }
    const QJsonValue algValue = jwk.value(QLatin1String("alg"));
    if (!algValue.isUndefined() && !algValue.isString())
        return fail(QStringLiteral("the JWK's \"alg\" is not a string"));
    const QJsonValue kidValue = jwk.value(QLatin1String("kid"));
    if (!kidValue.isUndefined() && !kidValue.isString())
        return fail(QStringLiteral("the JWK's \"kid\" is not a string"));

    const QString kty = jwk.value(QLatin1String("kty")).toString();
    const QString crv = jwk.value(QLatin1String("crv")).toString();
    Result<PublicKey> key = fail(QStringLiteral("unsupported JWK key type \"%1\"").arg(kty));
    if (kty == QLatin1String("OKP")) {
        if (crv != QLatin1String("Ed25519"))
            return fail(QStringLiteral("unsupported OKP curve \"%1\" (only Ed25519)").arg(crv));
        auto x = jwkMember(jwk, QLatin1String("x"));
        if (!x)
            return fail(x.error());
        key = fromEd25519(x.value());
    } else if (kty == QLatin1String("EC")) {
        Type curve;
        if (crv == QLatin1String("P-256"))
            curve = Type::EcP256;
        else if (crv == QLatin1String("P-384"))
            curve = Type::EcP384;
        else
            return fail(QStringLiteral("unsupported EC curve \"%1\" (only P-256 and P-384)").arg(crv));
        auto x = jwkMember(jwk, QLatin1String("x"));
        if (!x)
            return fail(x.error());
        auto y = jwkMember(jwk, QLatin1String("y"));
        if (!y)
            return fail(y.error());
        key = fromEcCoordinates(curve, x.value(), y.value());
    } else if (kty == QLatin1String("RSA")) {
        auto n = jwkMember(jwk, QLatin1String("n"));
        if (!n)
            return fail(n.error());
        auto e = jwkMember(jwk, QLatin1String("e"));
        if (!e)
            return fail(e.error());
        key = fromRsa(n.value(), e.value());
    }
    if (!key)
        return key;
    auto data = std::make_shared<PublicKeyPrivate>(*key.value().d);
    data->declaredAlgorithm = algValue.toString();
    data->keyId = kidValue.toString();
    return PublicKey(std::move(data));
}

Result<PublicKey> PublicKey::fromSpkiDer(QByteArrayView der)
{
    try {
        const std::vector<uint8_t> bytes = toVector(der);
        // Exactly one SEQUENCE and nothing after it.
        Botan::BER_Decoder(bytes).start_cons(Botan::SEQUENCE).discard_remaining().end_cons().verify_end();
        std::unique_ptr<Botan::Public_Key> loaded(Botan::X509::load_key(bytes));
        if (!loaded)
            return fail(QStringLiteral("not a SubjectPublicKeyInfo"));
        const std::string algo = loaded->algo_name();
        if (algo == "Ed25519") {
            const auto* ed = dynamic_cast<const Botan::Ed25519_PublicKey*>(loaded.get());
            if (!ed)
                return fail(QStringLiteral("unexpected Ed25519 key object"));
            return fromEd25519(toBytes(ed->get_public_key()));
        }
        if (algo == "ECDSA") {
            const auto* ec = dynamic_cast<const Botan::EC_PublicKey*>(loaded.get());
            if (!ec)
                return fail(QStringLiteral("unexpected EC key object"));
            const Botan::OID& oid = ec->domain().get_curve_oid();
            Type curve;
            if (oid == Botan::OID::from_string("secp256r1"))
                curve = Type::EcP256;
            else if (oid == Botan::OID::from_string("secp384r1"))
                curve = Type::EcP384;
            else
                return fail(QStringLiteral("unsupported EC curve (only named P-256 and P-384)"));
            const size_t size = static_cast<size_t>(coordinateBytes(curve));
            const auto x = Botan::BigInt::encode_1363(ec->public_point().get_affine_x(), size);
            const auto y = Botan::BigInt::encode_1363(ec->public_point().get_affine_y(), size);
            return fromEcCoordinates(curve, toBytes({x.begin(), x.end()}), toBytes({y.begin(), y.end()}));
        }
        if (algo == "RSA") {
            const auto* rsa = dynamic_cast<const Botan::RSA_PublicKey*>(loaded.get());
            if (!rsa)
                return fail(QStringLiteral("unexpected RSA key object"));
            const auto n = Botan::BigInt::encode(rsa->get_n());
            const auto e = Botan::BigInt::encode(rsa->get_e());
            return fromRsa(toBytes(n), toBytes(e));
        }
        return fail(QStringLiteral("unsupported public key algorithm %1").arg(QString::fromStdString(algo)));
    } catch (const std::exception& e) {
        return fail(QStringLiteral("invalid SubjectPublicKeyInfo: %1").arg(QString::fromUtf8(e.what())));
    }
}

Result<PublicKey> PublicKey::fromPem(QByteArrayView pem)
{
    try {
        Botan::DataSource_Memory source(reinterpret_cast<const uint8_t*>(pem.data()), static_cast<size_t>(pem.size()));
        const Botan::secure_vector<uint8_t> der = Botan::PEM_Code::decode_check_label(source, "PUBLIC KEY");
        return fromSpkiDer(QByteArrayView(reinterpret_cast<const char*>(der.data()), static_cast<qsizetype>(der.size())));
    } catch (const std::exception& e) {
        return fail(QStringLiteral("invalid PEM public key: %1").arg(QString::fromUtf8(e.what())));
    }
}

Result<PublicKey> PublicKey::fromMultikey(QByteArrayView publicKeyMultibase)
{
    if (!publicKeyMultibase.startsWith('z'))
        return fail(QStringLiteral("a Multikey public key must be base58btc ('z' prefix)"));
    auto bytes = multibase::decode(publicKeyMultibase);
    if (!bytes)
        return fail(bytes.error());
    auto prefixed = multicodec::split(bytes.value());
    if (!prefixed)
        return fail(prefixed.error());
    const quint64 code = prefixed->code;
    const QByteArray& payload = prefixed->payload;
    if (code == quint64(multicodec::Codec::Ed25519Pub))
        return fromEd25519(payload);
    if (code != quint64(multicodec::Codec::P256Pub) && code != quint64(multicodec::Codec::P384Pub))
        return fail(QStringLiteral("unsupported multicodec key type 0x%1").arg(code, 0, 16));
    const Type curve = code == quint64(multicodec::Codec::P256Pub) ? Type::EcP256 : Type::EcP384;
    const int size = coordinateBytes(curve);
    if (payload.size() != size + 1 || (payload[0] != 0x02 && payload[0] != 0x03))
        return fail(QStringLiteral("a Multikey EC public key must be a compressed point"));
    try {
        const Botan::EC_Group group(curveName(curve));
        const Botan::PointGFp point = group.OS2ECP(toVector(payload));
        const auto x = Botan::BigInt::encode_1363(point.get_affine_x(), static_cast<size_t>(size));
        const auto y = Botan::BigInt::encode_1363(point.get_affine_y(), static_cast<size_t>(size));
        return fromEcCoordinates(curve, toBytes({x.begin(), x.end()}), toBytes({y.begin(), y.end()}));
    } catch (const std::exception& e) {
        return fail(QStringLiteral("invalid compressed EC point: %1").arg(QString::fromUtf8(e.what())));
    }
}

PublicKey::Type PublicKey::type() const
{
    return d ? d->type : Type::Ed25519;
}

QString PublicKey::typeName() const
{
    if (!d)
        return QStringLiteral("null");
    switch (d->type) {
    case Type::Ed25519:
        return QStringLiteral("Ed25519");
    case Type::EcP256:
        return QStringLiteral("EC P-256");
    case Type::EcP384:
        return QStringLiteral("EC P-384");
    case Type::Rsa:
        return QStringLiteral("RSA-%1").arg(d->rsaBits);
    }
    return {};
}

QByteArray PublicKey::x() const
{
    return d ? d->x : QByteArray();
}

QByteArray PublicKey::y() const
{
    return d ? d->y : QByteArray();
}

int PublicKey::rsaModulusBits() const
{
    return d ? d->rsaBits : 0;
}

QString PublicKey::declaredAlgorithm() const
{
    return d ? d->declaredAlgorithm : QString();
}

QString PublicKey::keyId() const
{
    return d ? d->keyId : QString();
}

QJsonObject PublicKey::toJwk() const
{
    if (!d)
        return {};
    const auto b64 = [](const QByteArray& v) { return QString::fromLatin1(base64url::encode(v)); };
    switch (d->type) {
    case Type::Ed25519:
        return {{QStringLiteral("kty"), QStringLiteral("OKP")},
                {QStringLiteral("crv"), QStringLiteral("Ed25519")},
                {QStringLiteral("x"), b64(d->x)}};
    case Type::EcP256:
    case Type::EcP384:
        return {{QStringLiteral("kty"), QStringLiteral("EC")},
                {QStringLiteral("crv"), d->type == Type::EcP256 ? QStringLiteral("P-256") : QStringLiteral("P-384")},
                {QStringLiteral("x"), b64(d->x)},
                {QStringLiteral("y"), b64(d->y)}};
    case Type::Rsa:
        return {{QStringLiteral("kty"), QStringLiteral("RSA")},
                {QStringLiteral("n"), b64(d->x)},
                {QStringLiteral("e"), b64(d->y)}};
    }
    return {};
}

QString PublicKey::jwkThumbprint() const
{
    if (!d)
        return {};
    // RFC 7638: the required members, sorted, no whitespace; all values are plain ASCII.
    const auto b64 = [](const QByteArray& v) { return base64url::encode(v); };
    QByteArray json;
    switch (d->type) {
    case Type::Ed25519:
        json = "{\"crv\":\"Ed25519\",\"kty\":\"OKP\",\"x\":\"" + b64(d->x) + "\"}";
        break;
    case Type::EcP256:
    case Type::EcP384:
        json = QByteArray("{\"crv\":\"") + (d->type == Type::EcP256 ? "P-256" : "P-384") + "\",\"kty\":\"EC\",\"x\":\""
            + b64(d->x) + "\",\"y\":\"" + b64(d->y) + "\"}";
        break;
    case Type::Rsa:
        json = "{\"e\":\"" + b64(d->y) + "\",\"kty\":\"RSA\",\"n\":\"" + b64(d->x) + "\"}";
        break;
    }
    return QString::fromLatin1(base64url::encode(hash::sha256(json)));
}

QByteArray PublicKey::toMultikey() const
{
    if (!d)
        return {};
    switch (d->type) {
    case Type::Ed25519:
        return multibase::encode(multibase::Base::Base58Btc, multicodec::prefix(multicodec::Codec::Ed25519Pub, d->x));
    case Type::EcP256:
    case Type::EcP384: {
        QByteArray compressed(1, (static_cast<unsigned char>(d->y.back()) & 1) ? '\x03' : '\x02');
        compressed.append(d->x);
        const auto codec = d->type == Type::EcP256 ? multicodec::Codec::P256Pub : multicodec::Codec::P384Pub;
        return multibase::encode(multibase::Base::Base58Btc, multicodec::prefix(codec, compressed));
    }
    case Type::Rsa:
        return {};
    }
    return {};
}

QByteArray PublicKey::toSpkiDer() const
{
    if (!d || !d->botanKey)
        return {};
    try {
        return toBytes(d->botanKey->subject_public_key());
    } catch (const std::exception&) {
        return {};
    }
}

bool PublicKey::sameKeyAs(const PublicKey& other) const
{
    if (!d || !other.d)
        return false;
    return d->type == other.d->type && d->x == other.d->x && d->y == other.d->y;
}

} // namespace credfolio
