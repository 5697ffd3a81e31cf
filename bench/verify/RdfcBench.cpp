// bench_rdfc: verification of a folder of eddsa-rdfc-2022 credentials (scripts/bench rdfc signs
// 1,000 Open Badges 3.0 with the JavaScript stack in bench/peer/), and the two parts the
// issue 4 floor compares, per credential, in the same run:
//   verify    Verifier::verifyFile on the file's bytes (everything: parsing, JSON-LD, RDFC-1.0,
//             did:key, Ed25519, validity period, schema, ...);
//   canon     RdfcSuite::canonicalForms: JSON-LD toRdf + RDFC-1.0 of the unsecured document
//             and of the proof configuration (what verification spends on canonicalization);
//   ed25519   the raw Ed25519 check of the same signature over the same hash data
//             (core/crypto verifySignature, key parsed beforehand).
// Every file must verify as valid (and its raw signature check pass) before anything is timed;
// otherwise the bench fails. Each pass runs the three loops over all files in turn, so they see
// the same machine load; the median pass is reported, in wall-clock time and in the process's
// CPU time (steadier on a shared machine: time spent descheduled does not count).
//
// Usage: bench_rdfc DIR [--passes=N] [--summary-json=PATH]

#include "crypto/Crypto.h"
#include "crypto/PublicKey.h"
#include "crypto/SignatureAlgorithm.h"
#include "crypto/SignatureVerifier.h"
#include "encoding/Multibase.h"
#include "jcs/StrictJsonParser.h"
#include "verify/RdfcSuite.h"
#include "verify/Verifier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

using namespace credfolio;

namespace {

[[noreturn]] void die(const QString& message)
{
    std::fprintf(stderr, "bench_rdfc: %s\n", qPrintable(message));
    std::exit(1);
}

struct Credential {
    QString file;
    QByteArray bytes;
    JcsValue document;
    JcsValue proof;
    PublicKey key;
    QByteArray hashData; // what the signature covers
    QByteArray signature;
};

Credential prepare(const QString& path, const VerifyOptions& options)
{
    Credential c;
    c.file = QFileInfo(path).fileName();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        die(QStringLiteral("cannot read %1").arg(path));
    c.bytes = f.readAll();

    const VerificationReport report = Verifier::verifyFile(c.bytes, options);
    if (report.isError() || report.verdict() != Verdict::Valid) {
        QStringList failed;
        for (const VerificationCheck& check : report.checks) {
            if (check.required && (check.status == CheckStatus::Fail || check.status == CheckStatus::Skip))
                failed.append(check.id + QLatin1String(": ") + check.message);
        }
        die(QStringLiteral("%1 does not verify as valid (%2): %3 %4")
                .arg(c.file, verdictName(report.verdict()), report.error, failed.join(QLatin1String("; "))));
    }

    auto document = StrictJsonParser::parse(c.bytes);
    if (!document)
        die(QStringLiteral("%1: %2").arg(c.file, document.error()));
    c.document = document.value();
    for (const auto& m : c.document.members()) {
        if (m.first == QLatin1String("proof"))
            c.proof = m.second;
    }
    QString cryptosuite, verificationMethod, proofValue;
    for (const auto& m : c.proof.members()) {
        if (m.first == QLatin1String("cryptosuite"))
            cryptosuite = m.second.toString();
        else if (m.first == QLatin1String("verificationMethod"))
            verificationMethod = m.second.toString();
        else if (m.first == QLatin1String("proofValue"))
            proofValue = m.second.toString();
    }
    if (cryptosuite != QLatin1String("eddsa-rdfc-2022"))
        die(QStringLiteral("%1: not an eddsa-rdfc-2022 proof").arg(c.file));
    if (!verificationMethod.startsWith(QLatin1String("did:key:")))
        die(QStringLiteral("%1: the bench expects did:key issuers").arg(c.file));
    auto key = PublicKey::fromMultikey(verificationMethod.section(QLatin1Char('#'), 1).toLatin1());
    if (!key)
        die(QStringLiteral("%1: %2").arg(c.file, key.error()));
    c.key = key.value();
    auto signature = multibase::decode(proofValue.toLatin1());
    if (!signature)
        die(QStringLiteral("%1: bad proofValue: %2").arg(c.file, signature.error()));
    c.signature = signature.value();

    const RdfcSuite::Prepared prepared = RdfcSuite::canonicalForms(c.document, c.proof, RdfcSuite::jsonLdOptions());
    if (!prepared.error.isEmpty())
        die(QStringLiteral("%1: canonicalization: %2").arg(c.file, prepared.error));
    c.hashData = RdfcSuite::hashData(prepared.forms, RdfcSuite::hashFor(c.key.type()));
    const VerifyResult raw = verifySignature(SignatureAlgorithm::EdDSA, c.key, c.hashData, c.signature);
    if (!raw.isValid())
        die(QStringLiteral("%1: raw Ed25519 check fails: %2").arg(c.file, raw.message()));
    return c;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double cpuNanos()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e9 + double(t.tv_nsec);
}

struct Samples {
    std::vector<double> wall, cpu; // µs per credential, one entry per pass
};

// One loop over all credentials, added to samples as µs per credential.
template <typename Fn> void timePass(const std::vector<Credential>& credentials, Samples& samples, Fn fn)
{
    QElapsedTimer timer;
    const double cpuStart = cpuNanos();
    timer.start();
    for (const Credential& c : credentials)
        fn(c);
    const double n = double(credentials.size());
    samples.wall.push_back(double(timer.nsecsElapsed()) / 1e3 / n);
    samples.cpu.push_back((cpuNanos() - cpuStart) / 1e3 / n);
}

volatile qsizetype g_sink = 0; // keeps the timed results alive

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QString dir, summaryJson;
    int passes = 5;
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (a.startsWith(QLatin1String("--passes=")))
            passes = std::max(1, a.mid(9).toInt());
        else if (a.startsWith(QLatin1String("--summary-json=")))
            summaryJson = a.mid(15);
        else if (dir.isEmpty() && !a.startsWith(QLatin1String("--")))
            dir = a;
        else
            die(QStringLiteral("usage: bench_rdfc DIR [--passes=N] [--summary-json=PATH]"));
    }
    if (dir.isEmpty())
        die(QStringLiteral("usage: bench_rdfc DIR [--passes=N] [--summary-json=PATH]"));
    if (!Crypto::selfTest())
        die(QStringLiteral("crypto self-test failed"));

    VerifyOptions options; // no resolver: did:key issuers need none
    options.at = QDateTime(QDate(2025, 6, 1), QTime(0, 0), Qt::UTC);

    const QStringList files = QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        die(QStringLiteral("no credentials in %1").arg(dir));
    std::vector<Credential> credentials;
    credentials.reserve(size_t(files.size()));
    for (const QString& file : files)
        credentials.push_back(prepare(QDir(dir).filePath(file), options));
    std::printf("bench_rdfc: %zu eddsa-rdfc-2022 credentials, all valid; %d timed passes\n", credentials.size(), passes);

    const jsonld::Options jsonLdOptions = RdfcSuite::jsonLdOptions();
    Samples verify, canon, ed25519;
    for (int p = 0; p < passes; ++p) {
        timePass(credentials, verify, [&](const Credential& c) {
            const VerificationReport report = Verifier::verifyFile(c.bytes, options);
            g_sink = g_sink + report.checks.size();
        });
        timePass(credentials, canon, [&](const Credential& c) {
            const RdfcSuite::Prepared prepared = RdfcSuite::canonicalForms(c.document, c.proof, jsonLdOptions);
            g_sink = g_sink + prepared.forms.document.size() + prepared.forms.proofConfiguration.size();
        });
        timePass(credentials, ed25519, [&](const Credential& c) {
            const VerifyResult result = verifySignature(SignatureAlgorithm::EdDSA, c.key, c.hashData, c.signature);
            g_sink = g_sink + (result.isValid() ? 1 : 0);
        });
    }
    std::printf("%-56s %12s %12s\n", "median per credential", "wall us", "CPU us");
    auto row = [](const char* what, const Samples& s) {
        std::printf("%-56s %12.2f %12.2f\n", what, median(s.wall), median(s.cpu));
    };
    row("Verifier::verifyFile", verify);
    row("canonicalization (toRdf + RDFC-1.0, document + proof)", canon);
    row("Ed25519 signature check alone", ed25519);
    const double wallRatio = median(canon.wall) / median(ed25519.wall);
    const double cpuRatio = median(canon.cpu) / median(ed25519.cpu);
    std::printf("canonicalization / Ed25519: %.2f wall, %.2f CPU   floor (<= 1.00): %s\n", wallRatio, cpuRatio,
        cpuRatio <= 1.0 && wallRatio <= 1.0       ? "met"
            : cpuRatio <= 1.0 || wallRatio <= 1.0 ? "met in one measure only"
                                                  : "MISSED");

    if (!summaryJson.isEmpty()) {
        auto array = [](const std::vector<double>& values) {
            QJsonArray a;
            for (double v : values)
                a.append(v);
            return a;
        };
        QJsonObject json{{QStringLiteral("credentials"), qint64(credentials.size())}, {QStringLiteral("passes"), passes}};
        for (const auto& [name, s] :
            {std::pair<const char*, const Samples*>{"verify", &verify}, {"canonicalization", &canon}, {"ed25519", &ed25519}}) {
            json.insert(QLatin1String(name) + QLatin1String("Micros"), median(s->wall));
            json.insert(QLatin1String(name) + QLatin1String("CpuMicros"), median(s->cpu));
            json.insert(QLatin1String(name) + QLatin1String("PassMicros"), array(s->wall));
            json.insert(QLatin1String(name) + QLatin1String("PassCpuMicros"), array(s->cpu));
        }
        QFile out(summaryJson);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            die(QStringLiteral("cannot write %1").arg(summaryJson));
        out.write(QJsonDocument(json).toJson());
    }
    return 0;
}
