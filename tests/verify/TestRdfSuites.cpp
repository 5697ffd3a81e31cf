// The RDF-canonicalized proof suites (core/verify/RdfcSuite) against published vectors
// (tests/data/rdf-suites/, see SOURCE.md there): W3C vc-di-eddsa eddsa-rdfc-2022 and
// Ed25519Signature2020, 1EdTech's Open Badges 3.0 and CLR 2.0 proofs, and ecdsa-rdfc-2019
// credentials signed with P-256 and P-384 by an independent implementation
// (tests/data/gen/rdf/make-rdf-fixtures.mjs).

#include "crypto/Crypto.h"
#include "crypto/PublicKey.h"
#include "crypto/SignatureVerifier.h"
#include "encoding/Hex.h"
#include "encoding/Multibase.h"
#include "rdf/Canonicalizer.h"
#include "rdf/NQuads.h"
#include "verify/RdfcSuite.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace credfolio;

namespace {

QString dataPath(const QString& relative)
{
    return QStringLiteral(CREDFOLIO_TEST_DATA "/rdf-suites/") + relative;
}

QByteArray read(const QString& relative)
{
    QFile f(dataPath(relative));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(relative));
    return f.readAll();
}

QJsonObject readObject(const QString& relative)
{
    return QJsonDocument::fromJson(read(relative)).object();
}

// One signed vector, down to the canonical N-Quads.
struct Vector {
    QByteArray canonicalProof;
    QByteArray canonicalDocument;
    QByteArray proofHash; // hex
    QByteArray documentHash; // hex
    QByteArray signature; // multibase base58btc
    QByteArray publicKeyMultibase;
};

Vector vcDiEddsa(const QString& folder, const QString& suffix)
{
    const auto text = [&](const QString& stem) {
        return read(folder + QLatin1Char('/') + stem + suffix + QLatin1String(".txt"));
    };
    return {text(QStringLiteral("proofCanon")), text(QStringLiteral("canonDoc")), text(QStringLiteral("proofHash")).trimmed(),
        text(QStringLiteral("docHash")).trimmed(), text(QStringLiteral("sigBTC58")).trimmed(),
        readObject(QStringLiteral("keyPair.json")).value(QLatin1String("publicKeyMultibase")).toString().toUtf8()};
}

Vector ldpVector(const QString& file)
{
    const QJsonObject v = readObject(file);
    const auto str = [&](const char* key) { return v.value(QLatin1String(key)).toString().toUtf8(); };
    return {str("canonicalProofOptions"), str("canonicalDocument"), str("proofHashHex"), str("documentHashHex"),
        str("proofValue"),
        v.value(QLatin1String("keyPair"))
            .toObject()
            .value(QLatin1String("multikey"))
            .toObject()
            .value(QLatin1String("publicKeyMultibase"))
            .toString()
            .toUtf8()};
}

Vector vectorNamed(const QString& name)
{
    if (name == QLatin1String("Ed25519Signature2020"))
        return vcDiEddsa(QStringLiteral("Ed25519Signature2020"), QStringLiteral("EdSig"));
    if (name == QLatin1String("eddsa-rdfc-2022"))
        return vcDiEddsa(QStringLiteral("eddsa-rdfc-2022"), QStringLiteral("DataInt"));
    if (name == QLatin1String("eddsa-rdfc-2022 employ"))
        return vcDiEddsa(QStringLiteral("eddsa-rdfc-2022/employ"), QStringLiteral("DataInt"));
    if (name == QLatin1String("ob3"))
        return ldpVector(QStringLiteral("ob3-ldp-vector.json"));
    if (name == QLatin1String("clr2"))
        return ldpVector(QStringLiteral("clr2-ldp-vector.json"));
    qFatal("unknown vector %s", qPrintable(name));
}

SignatureAlgorithm algorithmFor(const PublicKey& key)
{
    switch (key.type()) {
    case PublicKey::Type::EcP256:
        return SignatureAlgorithm::ES256;
    case PublicKey::Type::EcP384:
        return SignatureAlgorithm::ES384;
    default:
        return SignatureAlgorithm::EdDSA;
    }
}

VerifyResult verifyForms(const RdfcSuite::CanonicalForms& forms, const Vector& v)
{
    const auto key = PublicKey::fromMultikey(v.publicKeyMultibase);
    if (!key)
        qFatal("bad vector key: %s", qPrintable(key.error()));
    const auto signature = multibase::decode(v.signature);
    if (!signature)
        qFatal("bad vector signature");
    const QByteArray data = RdfcSuite::hashData(forms, RdfcSuite::hashFor(key->type()));
    return verifySignature(algorithmFor(key.value()), key.value(), data, signature.value());
}

} // namespace

class TestRdfSuites : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Crypto::selfTest()); }

    void vectors_data()
    {
        QTest::addColumn<QString>("name");
        for (const char* name : {"Ed25519Signature2020", "eddsa-rdfc-2022", "eddsa-rdfc-2022 employ", "ob3", "clr2"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    // The canonical texts are fixed points of RDFC-1.0, hash to the vector's hashes, and the
    // vector's signature over them verifies with the vector's key.
    void vectors()
    {
        QFETCH(QString, name);
        const Vector v = vectorNamed(name);
        for (const QByteArray* text : {&v.canonicalProof, &v.canonicalDocument}) {
            const auto parsed = rdf::nquads::parse(QString::fromUtf8(*text));
            QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
            const auto canonical = rdf::Canonicalizer::canonicalize(parsed.value());
            QVERIFY2(canonical.ok(), qPrintable(canonical.error()));
            QCOMPARE(canonical->nquads, *text);
        }
        const RdfcSuite::CanonicalForms forms{v.canonicalProof, v.canonicalDocument};
        const QByteArray data = RdfcSuite::hashData(forms, rdf::Canonicalizer::HashAlgorithm::Sha256);
        QCOMPARE(hex::encode(data.left(32)), v.proofHash);
        QCOMPARE(hex::encode(data.mid(32)), v.documentHash);
        QVERIFY(verifyForms(forms, v).isValid());
    }

    // Any change to either canonical text breaks the signature.
    void tamperedVectors_data() { vectors_data(); }
    void tamperedVectors()
    {
        QFETCH(QString, name);
        const Vector v = vectorNamed(name);
        RdfcSuite::CanonicalForms forms{v.canonicalProof, v.canonicalDocument};
        forms.document.replace("_:c14n", "_:c14m");
        if (forms.document == v.canonicalDocument)
            forms.document.replace(forms.document.indexOf('"') + 1, 1, "X");
        QVERIFY(forms.document != v.canonicalDocument);
        QVERIFY(verifyForms(forms, v).isInvalid());
        forms = {v.canonicalProof, v.canonicalDocument};
        forms.proofConfiguration.replace("2023", "2024");
        forms.proofConfiguration.replace("2010", "2011");
        QVERIFY(forms.proofConfiguration != v.canonicalProof);
        QVERIFY(verifyForms(forms, v).isInvalid());
        // The halves swapped: the order of the hashes is part of the signed bytes.
        QVERIFY(verifyForms({v.canonicalDocument, v.canonicalProof}, v).isInvalid());
    }
};

QTEST_GUILESS_MAIN(TestRdfSuites)
#include "TestRdfSuites.moc"
