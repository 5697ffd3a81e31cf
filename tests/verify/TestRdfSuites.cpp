// The RDF-canonicalized proof suites (core/verify/RdfcSuite) against published vectors
// (tests/data/rdf-suites/, see SOURCE.md there): W3C vc-di-eddsa eddsa-rdfc-2022 and
// Ed25519Signature2020, 1EdTech's Open Badges 3.0 and CLR 2.0 proofs, and credentials signed by
// independent implementations (tests/data/gen/rdf/make-rdf-fixtures.mjs): ecdsa-rdfc-2019 with
// P-256 and P-384, eddsa-rdfc-2022, Ed25519Signature2020 and derived ecdsa-sd-2023 proofs.

#include "crypto/Crypto.h"
#include "crypto/PublicKey.h"
#include "crypto/SignatureVerifier.h"
#include "encoding/Base58.h"
#include "encoding/Hex.h"
#include "encoding/Multibase.h"
#include "jcs/StrictJsonParser.h"
#include "jsonld/BundledContexts.h"
#include "rdf/Canonicalizer.h"
#include "rdf/NQuads.h"
#include "verify/RdfcSuite.h"
#include "verify/Resolver.h"
#include "verify/Verifier.h"

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

// tests/data/rdf-suites/signed/fixtures.json: what make-rdf-fixtures.mjs signed and the verdict expected.
QJsonArray fixtureTable()
{
    return readObject(QStringLiteral("signed/fixtures.json")).value(QLatin1String("fixtures")).toArray();
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
    if (name.startsWith(QLatin1String("signed/"))) {
        const QJsonObject v = readObject(name);
        const auto str = [&](const char* key) { return v.value(QLatin1String(key)).toString().toUtf8(); };
        return {str("canonicalProofOptions"), str("canonicalDocument"), str("proofHashHex"), str("documentHashHex"),
            str("proofValue"), str("publicKeyMultibase")};
    }
    qFatal("unknown vector %s", qPrintable(name));
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
    return verifySignature(DataIntegritySuite::signatureAlgorithmFor(key.value()), key.value(), data, signature.value());
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
        for (const QJsonValue& f : fixtureTable()) {
            const QString vector = f.toObject().value(QLatin1String("vector")).toString();
            if (!vector.isEmpty())
                QTest::newRow(qPrintable(vector)) << QStringLiteral("signed/") + vector;
        }
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
        const auto key = PublicKey::fromMultikey(v.publicKeyMultibase);
        QVERIFY(key.ok());
        const QByteArray data = RdfcSuite::hashData(forms, RdfcSuite::hashFor(key->type()));
        const qsizetype half = key->type() == PublicKey::Type::EcP384 ? 48 : 32;
        QCOMPARE(data.size(), 2 * half);
        QCOMPARE(hex::encode(data.left(half)), v.proofHash);
        QCOMPARE(hex::encode(data.mid(half)), v.documentHash);
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
        forms.proofConfiguration.replace("security#assertionMethod", "security#authentication");
        QVERIFY(forms.proofConfiguration != v.canonicalProof);
        QVERIFY(verifyForms(forms, v).isInvalid());
        // The halves swapped: the order of the hashes is part of the signed bytes.
        QVERIFY(verifyForms({v.canonicalDocument, v.canonicalProof}, v).isInvalid());
    }

    // Credfolio's own JSON-LD toRdf and RDFC-1.0 give exactly the canonical forms the signer's
    // independent implementation (jsonld.js / rdf-canonize, or the W3C vectors) signed.
    void canonicalFormsMatchSigner_data()
    {
        QTest::addColumn<QString>("document");
        QTest::addColumn<QString>("proofCanon");
        QTest::addColumn<QString>("documentCanon");
        QTest::addColumn<QString>("vector");
        QTest::newRow("vc-di-eddsa Ed25519Signature2020")
            << QStringLiteral("Ed25519Signature2020/signedEdSig.json")
            << QStringLiteral("Ed25519Signature2020/proofCanonEdSig.txt")
            << QStringLiteral("Ed25519Signature2020/canonDocEdSig.txt") << QString();
        QTest::newRow("vc-di-eddsa eddsa-rdfc-2022")
            << QStringLiteral("eddsa-rdfc-2022/signedDataInt.json") << QStringLiteral("eddsa-rdfc-2022/proofCanonDataInt.txt")
            << QStringLiteral("eddsa-rdfc-2022/canonDocDataInt.txt") << QString();
        QTest::newRow("1EdTech OB 3.0") << QStringLiteral("ob3-signed-credential.json") << QString() << QString()
                                        << QStringLiteral("ob3-ldp-vector.json");
        QTest::newRow("1EdTech CLR 2.0") << QStringLiteral("clr2-signed-credential.json") << QString() << QString()
                                         << QStringLiteral("clr2-ldp-vector.json");
        for (const QJsonValue& v : fixtureTable()) {
            const QJsonObject f = v.toObject();
            if (f.value(QLatin1String("expect")).toString() == QLatin1String("indeterminate")
                || f.value(QLatin1String("vector")).toString().isEmpty())
                continue;
            QTest::newRow(qPrintable(f.value(QLatin1String("name")).toString()))
                << QStringLiteral("signed/") + f.value(QLatin1String("file")).toString() << QString() << QString()
                << QStringLiteral("signed/") + f.value(QLatin1String("vector")).toString();
        }
    }
    void canonicalFormsMatchSigner()
    {
        QFETCH(QString, document);
        QFETCH(QString, proofCanon);
        QFETCH(QString, documentCanon);
        QFETCH(QString, vector);
        const auto parsed = StrictJsonParser::parse(read(document));
        QVERIFY(parsed.ok());
        JcsValue proof;
        for (const auto& m : parsed->members()) {
            if (m.first == QLatin1String("proof")) // one proof, or a set of one (the CLR example)
                proof = m.second.type() == JcsValue::Type::Array ? m.second.items().front() : m.second;
        }
        const RdfcSuite::Prepared prepared = RdfcSuite::canonicalForms(parsed.value(), proof, jsonld::offlineOptions());
        QVERIFY2(prepared.error.isEmpty(), qPrintable(prepared.error));
        QByteArray expectedProof;
        QByteArray expectedDocument;
        if (vector.isEmpty()) {
            expectedProof = read(proofCanon);
            expectedDocument = read(documentCanon);
        } else {
            const QJsonObject v = readObject(vector);
            expectedProof = v.value(QLatin1String("canonicalProofOptions")).toString().toUtf8();
            expectedDocument = v.value(QLatin1String("canonicalDocument")).toString().toUtf8();
        }
        QCOMPARE(QString::fromUtf8(prepared.forms.proofConfiguration), QString::fromUtf8(expectedProof));
        QCOMPARE(QString::fromUtf8(prepared.forms.document), QString::fromUtf8(expectedDocument));
    }

    // A credential whose RDF is a clique of ten blank nodes (the W3C suite's poison graph): the
    // work limit stops canonicalization quickly and the proof is reported not checked.
    void poisonGraphIsNotChecked()
    {
        QJsonArray nodes;
        for (int i = 0; i < 10; ++i) {
            QJsonArray others;
            for (int j = 0; j < 10; ++j) {
                if (j != i)
                    others.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("_:e%1").arg(j)}});
            }
            nodes.append(QJsonObject{
                {QStringLiteral("id"), QStringLiteral("_:e%1").arg(i)}, {QStringLiteral("https://example.org/p"), others}});
        }
        const QString key = QStringLiteral("did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2");
        const QString method = key + QLatin1Char('#') + key.mid(8);
        const QString proofValue = QLatin1Char('z') + QString::fromLatin1(base58btc::encode(QByteArray(64, '\x01')));
        const QJsonObject credential{
            {QStringLiteral("@context"), QJsonArray{QStringLiteral("https://www.w3.org/ns/credentials/v2")}},
            {QStringLiteral("type"), QJsonArray{QStringLiteral("VerifiableCredential")}}, {QStringLiteral("issuer"), key},
            {QStringLiteral("validFrom"), QStringLiteral("2024-01-01T00:00:00Z")}, {QStringLiteral("credentialSubject"), nodes},
            {QStringLiteral("proof"),
                QJsonObject{{QStringLiteral("type"), QStringLiteral("DataIntegrityProof")},
                    {QStringLiteral("cryptosuite"), QStringLiteral("eddsa-rdfc-2022")},
                    {QStringLiteral("verificationMethod"), method},
                    {QStringLiteral("proofPurpose"), QStringLiteral("assertionMethod")},
                    {QStringLiteral("proofValue"), proofValue}}}};
        ExtractedCredential extracted;
        extracted.container = ExtractedCredential::Container::Json;
        extracted.payload = ExtractedCredential::Payload::Json;
        extracted.bytes = QJsonDocument(credential).toJson();
        VerifyOptions options;
        options.at = QDateTime(QDate(2025, 6, 1), QTime(0, 0), Qt::UTC);
        const VerificationReport report = Verifier::verifyExtracted(extracted, options);
        QCOMPARE(report.verdict(), Verdict::Indeterminate);
        const VerificationCheck* signature = report.find(QStringLiteral("proof.signature"));
        QVERIFY(signature);
        QCOMPARE(signature->status, CheckStatus::Skip);
        QVERIFY2(signature->message.contains(QLatin1String("too symmetric")), qPrintable(signature->message));
    }

    // Signed credentials through the whole verifier: JSON-LD with the bundled contexts,
    // RDFC-1.0, the signature, the key and its tie to the issuer.
    void verifyDocuments_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("change"); // "" | "proofValue" | "from=>to"
        QTest::addColumn<QString>("expect");
        QTest::addColumn<QString>("check");
        QTest::addColumn<QString>("reason"); // words the check's message must contain, if any
        const auto row = [](const QString& name, const QString& file, const QString& change, const char* expect,
                             const char* check, const char* reason = "") {
            QTest::newRow(qPrintable(name)) << file << change << QString::fromLatin1(expect) << QString::fromLatin1(check)
                                            << QString::fromLatin1(reason);
        };
        const QString edSig = QStringLiteral("Ed25519Signature2020/signedEdSig.json");
        const QString dataInt = QStringLiteral("eddsa-rdfc-2022/signedDataInt.json");
        const QString ob3 = QStringLiteral("ob3-signed-credential.json");
        const QString clr2 = QStringLiteral("clr2-signed-credential.json");
        row(QStringLiteral("vc-di-eddsa Ed25519Signature2020"), edSig, QString(), "valid", "");
        row(QStringLiteral("vc-di-eddsa Ed25519Signature2020, claim changed"), edSig,
            QStringLiteral("The School of Examples=>The School of Exampies"), "invalid", "proof.signature");
        row(QStringLiteral("vc-di-eddsa Ed25519Signature2020, proof value changed"), edSig, QStringLiteral("proofValue"),
            "invalid", "proof.signature");
        row(QStringLiteral("vc-di-eddsa eddsa-rdfc-2022"), dataInt, QString(), "valid", "");
        row(QStringLiteral("vc-di-eddsa eddsa-rdfc-2022, claim changed"), dataInt,
            QStringLiteral("The School of Examples=>The School of Exampies"), "invalid", "proof.signature");
        row(QStringLiteral("vc-di-eddsa eddsa-rdfc-2022, proof created changed"), dataInt,
            QStringLiteral("2023-02-24T23:36:38Z=>2023-02-24T23:36:39Z"), "invalid", "proof.signature");
        row(QStringLiteral("vc-di-eddsa eddsa-rdfc-2022, proof value changed"), dataInt, QStringLiteral("proofValue"), "invalid",
            "proof.signature");
        // Only a change that JSON-LD maps to the same RDF keeps the signature: key order and spacing.
        row(QStringLiteral("vc-di-eddsa eddsa-rdfc-2022, reformatted"), dataInt, QStringLiteral("\n  =>\n\t"), "valid", "");
        row(QStringLiteral("vc-di-eddsa eddsa-rdfc-2022, context not bundled"),
            QStringLiteral("eddsa-rdfc-2022/employ/signedDataInt.json"), QString(), "indeterminate", "proof.signature");
        row(QStringLiteral("1EdTech OB 3.0"), ob3, QString(), "valid", "");
        row(QStringLiteral("1EdTech OB 3.0, achievement renamed"), ob3, QStringLiteral("\"Teamwork\"=>\"Teamwork!\""), "invalid",
            "proof.signature");
        row(QStringLiteral("1EdTech CLR 2.0"), clr2, QString(), "valid", "");
        // vc-di-eddsa proof sets and chains: every proof is checked; a chained proof signed the
        // document holding the proofs it names.
        for (const char* name : {"signedProofSet1", "signedProofSet2", "signedProofChain1", "signedProofChain2"})
            row(QLatin1String("vc-di-eddsa ") + QLatin1String(name),
                QStringLiteral("proof-set-chain/%1.json").arg(QLatin1String(name)), QString(), "valid", "");
        row(QStringLiteral("vc-di-eddsa signedProofChain2, first proof removed"),
            QStringLiteral("proof-set-chain/signedProofChain2.json"), QStringLiteral("dropFirstProof"), "invalid",
            "proof.signature");
        row(QStringLiteral("vc-di-eddsa signedProofChain2, first proof value changed"),
            QStringLiteral("proof-set-chain/signedProofChain2.json"), QStringLiteral("proofValue"), "invalid", "proof.signature");
        row(QStringLiteral("vc-di-eddsa signedProofChain1, chained proof moved off its chain"),
            QStringLiteral("proof-set-chain/signedProofChain1.json"), QStringLiteral("narrowChain"), "invalid",
            "proof.signature");
        // A term no context defines: JSON-LD would drop it from what is signed (neither the VC 1.1
        // nor the VC 2.0 context has an @vocab), so the credential is refused.
        const QString addTerm =
            QStringLiteral("\"name\": \"Linked Data badge\"=>\"name\": \"Linked Data badge\", \"unsignedNote\": \"x\"");
        row(QStringLiteral("ed25519signature2020-vc1, undefined term added"),
            QStringLiteral("signed/ed25519signature2020-vc1.json"), addTerm, "invalid", "proof.signature",
            "contexts do not define (unsignedNote)");
        row(QStringLiteral("eddsa-rdfc-2022-didkey, undefined term added"), QStringLiteral("signed/eddsa-rdfc-2022-didkey.json"),
            addTerm, "invalid", "proof.signature", "contexts do not define (unsignedNote)");
        // ecdsa-sd-2023: a selectively disclosed statement (signed by the ephemeral key) changed.
        row(QStringLiteral("ecdsa-sd-2023-derived, disclosed statement changed"),
            QStringLiteral("signed/ecdsa-sd-2023-derived.json"), QStringLiteral("Understands RDF=>Understands XML"), "invalid",
            "proof.signature");
        for (const QJsonValue& v : fixtureTable()) {
            const QJsonObject f = v.toObject();
            const QString name = f.value(QLatin1String("name")).toString();
            const QString file = QStringLiteral("signed/") + f.value(QLatin1String("file")).toString();
            const QByteArray expect = f.value(QLatin1String("expect")).toString().toLatin1();
            const QByteArray check = f.value(QLatin1String("check")).toString().toLatin1();
            row(name, file, QString(), expect.constData(), check.constData());
            if (expect == "valid") {
                row(name + QLatin1String(", claim changed"), file, QStringLiteral("Linked Data 101=>Linked Data 102"), "invalid",
                    "proof.signature");
                row(name + QLatin1String(", proof value changed"), file, QStringLiteral("proofValue"), "invalid",
                    "proof.signature");
            }
        }
    }
    void verifyDocuments()
    {
        QFETCH(QString, file);
        QFETCH(QString, change);
        QFETCH(QString, expect);
        QFETCH(QString, check);
        QFETCH(QString, reason);
        QByteArray bytes = read(file);
        if (change == QLatin1String("dropFirstProof") || change == QLatin1String("narrowChain")) {
            QJsonObject doc = QJsonDocument::fromJson(bytes).object();
            QJsonArray proofs = doc.value(QLatin1String("proof")).toArray();
            if (change == QLatin1String("dropFirstProof")) {
                proofs.removeFirst();
            } else { // the last proof now claims to follow only the first
                QJsonObject last = proofs.last().toObject();
                last.insert(QStringLiteral("previousProof"), proofs.first().toObject().value(QLatin1String("id")));
                proofs.replace(proofs.size() - 1, last);
            }
            doc.insert(QStringLiteral("proof"), proofs);
            bytes = QJsonDocument(doc).toJson();
        } else if (change == QLatin1String("proofValue")) {
            // The (first) proof's value, one base58 digit changed.
            QJsonObject doc = QJsonDocument::fromJson(bytes).object();
            const bool set = doc.value(QLatin1String("proof")).isArray();
            QJsonArray proofs = set ? doc.value(QLatin1String("proof")).toArray() : QJsonArray{doc.value(QLatin1String("proof"))};
            QJsonObject proof = proofs.at(0).toObject();
            QString value = proof.value(QLatin1String("proofValue")).toString();
            QVERIFY(value.size() > 40);
            value[20] = value[20] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
            proof.insert(QStringLiteral("proofValue"), value);
            proofs.replace(0, proof);
            doc.insert(QStringLiteral("proof"), set ? QJsonValue(proofs) : QJsonValue(proof));
            bytes = QJsonDocument(doc).toJson();
        } else if (!change.isEmpty()) {
            const QStringList parts = change.split(QStringLiteral("=>"));
            const QByteArray from = parts.at(0).toUtf8().replace("\\n", "\n").replace("\\t", "\t");
            const QByteArray to = parts.at(1).toUtf8().replace("\\n", "\n").replace("\\t", "\t");
            QVERIFY2(bytes.contains(from), qPrintable(change));
            bytes.replace(from, to);
        }
        OfflineResolver resolver;
        resolver.addFile(
            QStringLiteral("https://vc.example/issuers/5678"), dataPath(QStringLiteral("resolve/vc-example-issuer.json")));
        resolver.addFile(
            QStringLiteral("https://example.edu/issuers/565049"), dataPath(QStringLiteral("resolve/example-edu-issuer.json")));
        const QJsonObject signedResolve =
            readObject(QStringLiteral("signed/fixtures.json")).value(QLatin1String("resolve")).toObject();
        for (auto it = signedResolve.begin(); it != signedResolve.end(); ++it)
            resolver.addFile(it.key(), dataPath(QStringLiteral("signed/") + it.value().toString()));
        VerifyOptions options;
        options.resolver = &resolver;
        options.at = QDateTime(QDate(2025, 6, 1), QTime(0, 0), Qt::UTC);
        ExtractedCredential extracted;
        extracted.container = ExtractedCredential::Container::Json;
        extracted.payload = ExtractedCredential::Payload::Json;
        extracted.bytes = bytes;
        const VerificationReport report = Verifier::verifyExtracted(extracted, options);
        QStringList lines{report.error};
        for (const VerificationCheck& c : report.checks)
            lines << c.id + QLatin1Char(' ') + checkStatusName(c.status) + QLatin1Char(' ') + c.message;
        const QString described = lines.join(QLatin1Char('\n'));
        QVERIFY2(!report.isError(), qPrintable(described));
        QVERIFY2(verdictName(report.verdict()) == expect, qPrintable(described));
        if (!check.isEmpty()) {
            const CheckStatus wanted = expect == QLatin1String("invalid") ? CheckStatus::Fail : CheckStatus::Skip;
            bool found = false;
            for (const VerificationCheck& c : report.checks)
                found = found || (c.id == check && c.status == wanted && c.message.contains(reason));
            QVERIFY2(found, qPrintable(described));
        }
        if (expect == QLatin1String("valid")) {
            QVERIFY2(report.find(QStringLiteral("proof.signature"))->status == CheckStatus::Pass, qPrintable(described));
            for (const VerificationCheck& c : report.checks)
                QVERIFY2(c.status == CheckStatus::Pass || !c.required, qPrintable(described));
            // Each proof of a set is checked and reported.
            const QJsonValue proof = QJsonDocument::fromJson(bytes).object().value(QLatin1String("proof"));
            const qsizetype proofs = proof.isArray() ? proof.toArray().size() : 1;
            qsizetype signatures = 0;
            for (const VerificationCheck& c : report.checks)
                signatures += c.id == QLatin1String("proof.signature") ? 1 : 0;
            QCOMPARE(signatures, proofs);
        }
        // A context that is not bundled is named, so the learner knows why nothing is claimed.
        if (expect == QLatin1String("indeterminate"))
            QVERIFY2(described.contains(QLatin1String("citizenship/v4rc1"))
                    || described.contains(QLatin1String("contexts.example/unknown")),
                qPrintable(described));
    }
};

QTEST_GUILESS_MAIN(TestRdfSuites)
#include "TestRdfSuites.moc"
