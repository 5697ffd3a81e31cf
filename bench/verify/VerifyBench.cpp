// bench_verify: throughput of Verifier::verifyFile per credential format, each beside the
// raw signature check of the same signature over the same signing input (core/crypto's
// verifySignature with a key parsed beforehand), measured in the same run. The summary at
// the end gives the overhead ratio (ours / raw) and flags the floors of issue 3:
// everything besides the signature check adds at most 30% for Ed25519-signed badges
// (VC-JWT EdDSA, eddsa-jcs-2022) and for ES256. Run through scripts/bench verify.
//
// Options besides Google Benchmark's own:
//   --summary-json=PATH   also write the per-format figures as JSON (scripts/bench reads it
//                         to compare with the jose peer in bench/peer/).

#include "crypto/Crypto.h"
#include "crypto/PublicKey.h"
#include "crypto/SignatureAlgorithm.h"
#include "crypto/SignatureVerifier.h"
#include "encoding/Base64.h"
#include "encoding/Multibase.h"
#include "jcs/StrictJsonParser.h"
#include "verify/EddsaJcs2022Suite.h"
#include "verify/Resolver.h"
#include "verify/Verifier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

using namespace credfolio;

namespace {

QString dataPath(const QString& relative)
{
    return QStringLiteral(CREDFOLIO_TEST_DATA "/verify/") + relative;
}

[[noreturn]] void die(const QString& message)
{
    std::fprintf(stderr, "bench_verify: %s\n", qPrintable(message));
    std::exit(1);
}

QByteArray readData(const QString& relative)
{
    QFile f(dataPath(relative));
    if (!f.open(QIODevice::ReadOnly))
        die(QStringLiteral("cannot read %1").arg(f.fileName()));
    return f.readAll();
}

QJsonObject readObject(const QString& relative)
{
    const QJsonDocument doc = QJsonDocument::fromJson(readData(relative));
    if (!doc.isObject())
        die(QStringLiteral("%1 is not a JSON object").arg(relative));
    return doc.object();
}

// One format: the fixture file verified whole, and the raw check of its signature.
struct Format {
    std::string name;     // summary label
    QString file;         // fixture, relative to tests/data/verify
    SignatureAlgorithm alg;
    PublicKey key;
    QByteArray bytes;        // the fixture file
    QByteArray signingInput; // what the signature covers
    QByteArray signature;
    bool ed25519Floor = false; // held to the 30% rule (Ed25519 formats and ES256)
};

// Compact JWS: the signing input is "header.payload", the signature the third part.
void splitCompactJws(Format& f)
{
    const QByteArray token = f.bytes.trimmed();
    const qsizetype first = token.indexOf('.');
    const qsizetype second = token.indexOf('.', first + 1);
    if (first < 0 || second < 0)
        die(QStringLiteral("%1 is not a compact JWS").arg(f.file));
    f.signingInput = token.left(second);
    auto signature = base64url::decode(token.mid(second + 1));
    if (!signature)
        die(QStringLiteral("%1: bad signature encoding: %2").arg(f.file, signature.error()));
    f.signature = signature.value();
}

// eddsa-jcs-2022: the signature covers SHA-256(JCS(proof options)) || SHA-256(JCS(document)).
void splitDataIntegrity(Format& f)
{
    auto document = StrictJsonParser::parse(f.bytes);
    if (!document)
        die(QStringLiteral("%1: %2").arg(f.file, document.error()));
    JcsValue proof;
    for (const auto& m : document->members()) {
        if (m.first == QLatin1String("proof"))
            proof = m.second;
    }
    auto hashData = EddsaJcs2022Suite::hashData(document.value(), proof);
    if (!hashData)
        die(QStringLiteral("%1: %2").arg(f.file, hashData.error()));
    f.signingInput = hashData.value();
    const QJsonObject proofObject = QJsonDocument::fromJson(f.bytes).object().value(QLatin1String("proof")).toObject();
    const QByteArray proofValue = proofObject.value(QLatin1String("proofValue")).toString().toLatin1();
    auto signature = multibase::decode(proofValue);
    if (!signature)
        die(QStringLiteral("%1: bad proofValue: %2").arg(f.file, signature.error()));
    f.signature = signature.value();
}

PublicKey mustKey(Result<PublicKey> key, const QString& what)
{
    if (!key)
        die(QStringLiteral("key %1: %2").arg(what, key.error()));
    return key.value();
}

// A verification method of the fixtures' did:web issuer document, by fragment.
PublicKey didWebKey(const QJsonObject& didDocument, const QString& fragment)
{
    for (const QJsonValue& v : didDocument.value(QLatin1String("verificationMethod")).toArray()) {
        const QJsonObject vm = v.toObject();
        if (!vm.value(QLatin1String("id")).toString().endsWith(QLatin1Char('#') + fragment))
            continue;
        if (vm.contains(QLatin1String("publicKeyJwk")))
            return mustKey(PublicKey::fromJwk(vm.value(QLatin1String("publicKeyJwk")).toObject()), fragment);
        return mustKey(PublicKey::fromMultikey(vm.value(QLatin1String("publicKeyMultibase")).toString().toLatin1()),
                       fragment);
    }
    die(QStringLiteral("no verification method #%1").arg(fragment));
}

struct Fixtures {
    OfflineResolver resolver;
    VerifyOptions options;
    std::vector<Format> formats;
};

Fixtures& fixtures()
{
    static Fixtures s;
    return s;
}

void prepare()
{
    if (!Crypto::selfTest())
        die(QStringLiteral("crypto self-test failed"));
    Fixtures& fx = fixtures();
    const QJsonObject manifest = readObject(QStringLiteral("fixtures.json"));
    const QDateTime at = QDateTime::fromString(manifest.value(QLatin1String("at")).toString(), Qt::ISODate);
    if (!at.isValid())
        die(QStringLiteral("fixtures.json has no evaluation time"));
    // Every document served from memory, so no file is read inside the timed loop.
    const QJsonObject resolve = manifest.value(QLatin1String("resolve")).toObject();
    for (auto it = resolve.begin(); it != resolve.end(); ++it)
        fx.resolver.addDocument(it.key(), readData(it.value().toString()));
    fx.options.resolver = &fx.resolver;
    fx.options.at = at;

    const QJsonObject did = readObject(QStringLiteral("resolve/did-web-issuer.json"));
    auto jwt = [&](const char* name, const char* file, SignatureAlgorithm alg, const char* fragment, bool floor) {
        Format f{name, QString::fromLatin1(file), alg, didWebKey(did, QString::fromLatin1(fragment)), {}, {}, {}, floor};
        f.bytes = readData(f.file);
        splitCompactJws(f);
        fx.formats.push_back(f);
    };
    jwt("VC-JWT EdDSA", "badges/jwt-eddsa-valid.jwt", SignatureAlgorithm::EdDSA, "ed", true);
    jwt("VC-JWT ES256", "badges/jwt-es256-valid.jwt", SignatureAlgorithm::ES256, "p256", true);
    jwt("VC-JWT RS256", "badges/jwt-rs256-valid.jwt", SignatureAlgorithm::RS256, "rsa", false);
    jwt("VC-JWT PS256", "badges/jwt-ps256-valid.jwt", SignatureAlgorithm::PS256, "rsa", false);

    {
        Format f{"eddsa-jcs-2022", QStringLiteral("badges/di-valid.json"), SignatureAlgorithm::EdDSA, {}, {}, {}, {}, true};
        f.bytes = readData(f.file);
        const QString vm = QJsonDocument::fromJson(f.bytes)
                               .object()
                               .value(QLatin1String("proof"))
                               .toObject()
                               .value(QLatin1String("verificationMethod"))
                               .toString();
        const QString multikey = vm.section(QLatin1Char('#'), 1);
        f.key = mustKey(PublicKey::fromMultikey(multikey.toLatin1()), vm);
        splitDataIntegrity(f);
        fx.formats.push_back(f);
    }
    {
        Format f{"OB 2.0 signed RS256", QStringLiteral("badges/ob2-signed-valid.jws"), SignatureAlgorithm::RS256,
                 {}, {}, {}, {}, false};
        f.bytes = readData(f.file);
        const QJsonObject keyDoc = readObject(QStringLiteral("resolve/ob2-key-1.json"));
        f.key = mustKey(PublicKey::fromPem(keyDoc.value(QLatin1String("publicKeyPem")).toString().toLatin1()),
                        QStringLiteral("ob2-key-1"));
        splitCompactJws(f);
        fx.formats.push_back(f);
    }

    // A benchmark of a failing verification would measure the wrong thing: check first.
    for (const Format& f : fx.formats) {
        const VerificationReport report = Verifier::verifyFile(f.bytes, fx.options);
        if (report.isError() || report.verdict() != Verdict::Valid)
            die(QStringLiteral("%1 (%2) does not verify as valid: %3 %4")
                    .arg(QString::fromStdString(f.name), f.file, report.error, verdictName(report.verdict())));
        const VerifyResult raw = verifySignature(f.alg, f.key, f.signingInput, f.signature);
        if (!raw.isValid())
            die(QStringLiteral("%1: raw signature check fails: %2").arg(QString::fromStdString(f.name), raw.message()));
    }
}

void benchVerifyFile(benchmark::State& state, const Format* f)
{
    const VerifyOptions& options = fixtures().options;
    for (auto _ : state) {
        VerificationReport report = Verifier::verifyFile(f->bytes, options);
        benchmark::DoNotOptimize(report);
    }
    state.SetItemsProcessed(state.iterations());
}

void benchRawSignature(benchmark::State& state, const Format* f)
{
    for (auto _ : state) {
        VerifyResult result = verifySignature(f->alg, f->key, f->signingInput, f->signature);
        benchmark::DoNotOptimize(result);
    }
    state.SetItemsProcessed(state.iterations());
}

// Console output as usual, and the mean real time per run kept for the summary (µs). With
// --benchmark_repetitions the summary takes the median of the repetitions (on a shared
// machine, add --benchmark_enable_random_interleaving=true so ours and raw see the same load).
class CollectingReporter : public benchmark::ConsoleReporter {
public:
    void ReportRuns(const std::vector<Run>& runs) override
    {
        for (const Run& run : runs) {
            if (run.error_occurred || run.run_type != Run::RT_Iteration)
                continue;
            const double seconds = run.real_accumulated_time / double(run.iterations);
            samples[run.benchmark_name()].push_back(seconds * 1e6);
        }
        ConsoleReporter::ReportRuns(runs);
    }
    std::map<std::string, double> medians() const
    {
        std::map<std::string, double> out;
        for (auto [name, values] : samples) {
            std::sort(values.begin(), values.end());
            const size_t n = values.size();
            out[name] = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
        }
        return out;
    }
    std::map<std::string, std::vector<double>> samples;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    std::string summaryJson;
    std::vector<char*> args;
    for (int i = 0; i < argc; ++i) {
        const std::string a = argv[i];
        if (a.rfind("--summary-json=", 0) == 0)
            summaryJson = a.substr(std::string("--summary-json=").size());
        else
            args.push_back(argv[i]);
    }
    int benchArgc = int(args.size());
    benchmark::Initialize(&benchArgc, args.data());
    if (benchmark::ReportUnrecognizedArguments(benchArgc, args.data()))
        return 2;

    prepare();
    for (const Format& f : fixtures().formats) {
        benchmark::RegisterBenchmark(("verifyFile/" + f.name).c_str(), benchVerifyFile, &f)->Unit(benchmark::kMicrosecond);
        benchmark::RegisterBenchmark(("rawSignature/" + f.name).c_str(), benchRawSignature, &f)->Unit(benchmark::kMicrosecond);
    }
    CollectingReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();

    const std::map<std::string, double> micros = reporter.medians();
    std::printf("\nbench_verify summary: Verifier::verifyFile vs the raw signature check, same run\n");
    std::printf("%-22s %14s %14s %9s   %s\n", "format", "ours us/verif", "raw sig us", "ours/raw", "floor (issue 3)");
    QJsonObject json;
    bool missed = false;
    for (const Format& f : fixtures().formats) {
        const auto ours = micros.find("verifyFile/" + f.name);
        const auto raw = micros.find("rawSignature/" + f.name);
        if (ours == micros.end() || raw == micros.end())
            continue; // filtered out with --benchmark_filter
        const double ratio = ours->second / raw->second;
        QString floor = QStringLiteral("-");
        if (f.ed25519Floor) {
            const bool ok = ratio <= 1.30;
            missed = missed || !ok;
            floor = ok ? QStringLiteral("ok (<= 1.30)") : QStringLiteral("MISSED (> 1.30)");
        }
        std::printf("%-22s %14.2f %14.2f %9.2f   %s\n", f.name.c_str(), ours->second, raw->second, ratio,
                    qPrintable(floor));
        QJsonObject entry{{QStringLiteral("algorithm"), algorithmName(f.alg)},
                          {QStringLiteral("oursMicros"), ours->second},
                          {QStringLiteral("rawMicros"), raw->second},
                          {QStringLiteral("ratio"), ratio}};
        if (f.ed25519Floor)
            entry.insert(QStringLiteral("floorMet"), ratio <= 1.30);
        json.insert(QString::fromStdString(f.name), entry);
    }
    if (missed)
        std::printf("At least one 30%% floor is missed (figures are not asserted; see above).\n");
    if (!summaryJson.empty()) {
        QFile out(QString::fromStdString(summaryJson));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            die(QStringLiteral("cannot write %1").arg(out.fileName()));
        out.write(QJsonDocument(json).toJson());
    }
    return 0;
}
