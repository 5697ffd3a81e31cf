// The W3C RDFC-1.0 test suite (tests/data/rdf-canon/, see SOURCE.md there): one data row per
// manifest entry. Eval tests compare the canonical N-Quads byte for byte, map tests the issued
// blank node labels, and the negative test must stop with the work limit.

#include "rdf/Canonicalizer.h"
#include "rdf/NQuads.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace credfolio;
using namespace credfolio::rdf;

namespace {

const QString kSuiteDir = QStringLiteral(CREDFOLIO_TEST_DATA "/rdf-canon");

QByteArray readFile(const QString& relative)
{
    QFile file(QDir(kSuiteDir).filePath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(relative));
    return file.readAll();
}

Result<Canonicalizer::Output> canonicalizeFile(const QString& action, const QString& hashName, int maxWork = -1)
{
    const auto dataset = nquads::parse(QString::fromUtf8(readFile(action)));
    if (!dataset)
        return Result<Canonicalizer::Output>::failure(dataset.error());
    Canonicalizer::Options options;
    if (hashName == QLatin1String("SHA384"))
        options.hash = Canonicalizer::HashAlgorithm::Sha384;
    if (maxWork > 0)
        options.maxWork = maxWork;
    return Canonicalizer::canonicalize(dataset.value(), options);
}

} // namespace

class TestRdfCanon : public QObject {
    Q_OBJECT

private slots:
    void suite_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("result");
        QTest::addColumn<QString>("hash");
        const QJsonArray entries = QJsonDocument::fromJson(readFile(QStringLiteral("manifest.jsonld")))
                                       .object()
                                       .value(QLatin1String("entries"))
                                       .toArray();
        QCOMPARE(entries.size(), 86);
        for (const QJsonValue& v : entries) {
            const QJsonObject e = v.toObject();
            QTest::newRow(qPrintable(e.value(QLatin1String("id")).toString()))
                << e.value(QLatin1String("type")).toString() << e.value(QLatin1String("action")).toString()
                << e.value(QLatin1String("result")).toString() << e.value(QLatin1String("hashAlgorithm")).toString();
        }
    }
    void suite()
    {
        QFETCH(QString, type);
        QFETCH(QString, action);
        QFETCH(QString, result);
        QFETCH(QString, hash);
        const auto output = canonicalizeFile(action, hash);
        if (type == QLatin1String("rdfc:RDFC10NegativeEvalTest")) {
            QVERIFY(!output.ok());
            QVERIFY2(output.error().contains(QLatin1String("too symmetric")), qPrintable(output.error()));
            return;
        }
        QVERIFY2(output.ok(), qPrintable(output.error()));
        if (type == QLatin1String("rdfc:RDFC10EvalTest")) {
            QCOMPARE(QString::fromUtf8(output->nquads), QString::fromUtf8(readFile(result)));
        } else if (type == QLatin1String("rdfc:RDFC10MapTest")) {
            const QJsonObject expected = QJsonDocument::fromJson(readFile(result)).object();
            QJsonObject actual;
            for (auto it = output->issued.cbegin(); it != output->issued.cend(); ++it)
                actual.insert(it.key(), it.value());
            QCOMPARE(actual, expected);
        } else {
            QFAIL(qPrintable(QLatin1String("unknown test type ") + type));
        }
        // The default budget leaves ample room for every valid graph of the suite.
        QVERIFY(output->work <= Canonicalizer::Options().maxWork / 10);
        QVERIFY(output->depth <= Canonicalizer::Options().maxDepth / 10);
        // The canonical dataset and the canonical text agree.
        QCOMPARE(nquads::serialize(output->dataset).toUtf8(), output->nquads);
    }

    // Canonicalizing the canonical output again changes nothing, and relabelling the input's
    // blank nodes does not change the output.
    void stableUnderRelabelling()
    {
        const auto first = canonicalizeFile(QStringLiteral("rdfc10/test044-in.nq"), QString());
        QVERIFY2(first.ok(), qPrintable(first.error()));
        auto dataset = nquads::parse(QString::fromUtf8(readFile(QStringLiteral("rdfc10/test044-in.nq")))).value();
        std::reverse(dataset.begin(), dataset.end());
        for (Quad& q : dataset) {
            for (Term* t : {&q.subject, &q.object, &q.graph}) {
                if (t->isBlank())
                    t->value = QLatin1String("renamed_") + t->value;
            }
        }
        const auto second = Canonicalizer::canonicalize(dataset);
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QCOMPARE(second->nquads, first->nquads);
        const auto again = Canonicalizer::canonicalize(first->dataset);
        QVERIFY(again.ok());
        QCOMPARE(again->nquads, first->nquads);
    }

    void refusesGeneralizedRdf()
    {
        const Term p = Term::iri(QStringLiteral("urn:p"));
        for (const Quad& q : {Quad{Term::literal(QStringLiteral("s")), p, Term::blank(QStringLiteral("o")), Term{}},
                 Quad{Term::blank(QStringLiteral("s")), Term::blank(QStringLiteral("p")), Term::blank(QStringLiteral("o")),
                     Term{}},
                 Quad{Term::blank(QStringLiteral("s")), p, Term::blank(QStringLiteral("o")),
                     Term::literal(QStringLiteral("g"))}}) {
            const auto output = Canonicalizer::canonicalize(Dataset{q});
            QVERIFY(!output.ok());
            QVERIFY(output.error().contains(QLatin1String("not RDF")));
        }
    }

    void duplicateQuadsCountOnce()
    {
        const auto dataset = nquads::parse(u"_:x <urn:p> \"v\" .\n_:x <urn:p> \"v\" .\n_:x <urn:q> _:y .\n");
        QVERIFY(dataset.ok());
        const auto output = Canonicalizer::canonicalize(dataset.value());
        QVERIFY(output.ok());
        QCOMPARE(output->nquads.count('\n'), 2);
    }

    // A ring of 5,000 alike blank nodes: each N-degree hash would recurse along the ring. The
    // depth limit stops it with the same error instead of overflowing the stack.
    void longRingHitsDepthLimit()
    {
        Dataset ring;
        const int n = 5000;
        for (int i = 0; i < n; ++i)
            ring.push_back({Term::blank(QString::number(i)), Term::iri(QStringLiteral("urn:next")),
                Term::blank(QString::number((i + 1) % n)), Term{}});
        const auto output = Canonicalizer::canonicalize(ring);
        QVERIFY(!output.ok());
        QVERIFY(output.error().contains(QLatin1String("too symmetric")));
        // A short ring is fine.
        ring.clear();
        for (int i = 0; i < 8; ++i)
            ring.push_back({Term::blank(QString::number(i)), Term::iri(QStringLiteral("urn:next")),
                Term::blank(QString::number((i + 1) % 8)), Term{}});
        const auto small = Canonicalizer::canonicalize(ring);
        QVERIFY2(small.ok(), qPrintable(small.error()));
        QCOMPARE(small->issued.size(), 8);
    }

    // The work limit is configurable: a graph that passes with the default fails with a
    // budget below what it needs, with the same clear error.
    void workLimitIsConfigurable()
    {
        const auto full = canonicalizeFile(QStringLiteral("rdfc10/test044-in.nq"), QString());
        QVERIFY(full.ok());
        QVERIFY(full->work > 1);
        const auto limited = canonicalizeFile(QStringLiteral("rdfc10/test044-in.nq"), QString(), full->work - 1);
        QVERIFY(!limited.ok());
        QVERIFY(limited.error().contains(QLatin1String("too symmetric")));
    }
};

QTEST_GUILESS_MAIN(TestRdfCanon)
#include "TestRdfCanon.moc"
