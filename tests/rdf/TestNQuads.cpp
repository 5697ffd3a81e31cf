// N-Quads reading and canonical writing (core/rdf/NQuads). The canonical outputs of the W3C
// RDFC-1.0 suite (tests/data/rdf-canon/, see SOURCE.md there) must survive a parse and a write
// byte for byte, since they are canonical N-Quads already.

#include "rdf/NQuads.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace credfolio;
using namespace credfolio::rdf;

namespace {

const QString kCanonDir = QStringLiteral(CREDFOLIO_TEST_DATA "/rdf-canon/rdfc10");

QString readText(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

class TestNQuads : public QObject {
    Q_OBJECT

private slots:
    void parsesTerms()
    {
        const auto parsed =
            nquads::parse(u"<http://ex/s> <http://ex/p> \"chat\"@fr-CA <http://ex/g> .\n"
                          u"_:b0 <http://ex/p> \"5\"^^<http://www.w3.org/2001/XMLSchema#integer> .\r\n"
                          u"# a comment line\n"
                          u"\n"
                          u"_:b0 <http://ex/p> _:b1 _:g1.\n"
                          u"<http://ex/s> <http://ex/p> \"plain\"^^<http://www.w3.org/2001/XMLSchema#string> . # trailing\n");
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        const Dataset& d = parsed.value();
        QCOMPARE(d.size(), size_t(4));
        QCOMPARE(d[0].subject, Term::iri(QStringLiteral("http://ex/s")));
        QCOMPARE(d[0].object, Term::literal(QStringLiteral("chat"), QString(), QStringLiteral("fr-CA")));
        QCOMPARE(d[0].graph, Term::iri(QStringLiteral("http://ex/g")));
        QCOMPARE(d[1].subject, Term::blank(QStringLiteral("b0")));
        QVERIFY(d[1].inDefaultGraph());
        QCOMPARE(d[1].object.datatype, QStringLiteral("http://www.w3.org/2001/XMLSchema#integer"));
        QCOMPARE(d[2].object, Term::blank(QStringLiteral("b1")));
        QCOMPARE(d[2].graph, Term::blank(QStringLiteral("g1")));
        // xsd:string is the default datatype and is kept as "none".
        QCOMPARE(d[3].object, Term::literal(QStringLiteral("plain")));
    }

    void resolvesEscapes()
    {
        const auto parsed =
            nquads::parse(u"<urn:ex:\\u0065\\U0001F383> <urn:p> \"\\t\\b\\n\\r\\f\\\"\\'\\\\ \\u00e9\\U0001F383\" .\n");
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        const Quad& q = parsed.value().front();
        QCOMPARE(q.subject.value, QStringLiteral("urn:ex:e") + QString::fromUtf8("\xF0\x9F\x8E\x83"));
        QCOMPARE(q.object.value, QStringLiteral("\t\b\n\r\f\"'\\ ") + QString::fromUtf8("\xC3\xA9\xF0\x9F\x8E\x83"));
    }

    void writesCanonicalForm()
    {
        Quad q{Term::blank(QStringLiteral("c14n0")), Term::iri(QStringLiteral("urn:p")),
            Term::literal(QStringLiteral("a\"b\\c\nd\re\tf\bg\fh") + QChar(0x01) + QChar(0x7F) + QChar(0xE9)), Term{}};
        QCOMPARE(nquads::line(q),
            QStringLiteral("_:c14n0 <urn:p> \"a\\\"b\\\\c\\nd\\re\\tf\\bg\\fh\\u0001\\u007F") + QChar(0xE9)
                + QStringLiteral("\" .\n"));
        q.object = Term::literal(QStringLiteral("x"), QStringLiteral("http://www.w3.org/2001/XMLSchema#string"));
        q.graph = Term::iri(QStringLiteral("urn:g"));
        QCOMPARE(nquads::line(q), QStringLiteral("_:c14n0 <urn:p> \"x\" <urn:g> .\n"));
        q.object = Term::literal(QStringLiteral("x"), QStringLiteral("urn:dt"));
        QCOMPARE(nquads::line(q), QStringLiteral("_:c14n0 <urn:p> \"x\"^^<urn:dt> <urn:g> .\n"));
        q.object = Term::literal(
            QStringLiteral("x"), QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"), QStringLiteral("en"));
        QCOMPARE(nquads::line(q), QStringLiteral("_:c14n0 <urn:p> \"x\"@en <urn:g> .\n"));
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("where");
        QTest::newRow("no final dot") << QStringLiteral("<urn:s> <urn:p> <urn:o>\n") << QStringLiteral("line 1");
        QTest::newRow("second line") << QStringLiteral("<urn:s> <urn:p> <urn:o> .\n<urn:s> \"p\" <urn:o> .\n")
                                     << QStringLiteral("line 2");
        QTest::newRow("literal subject") << QStringLiteral("\"s\" <urn:p> <urn:o> .") << QStringLiteral("line 1");
        QTest::newRow("unterminated literal") << QStringLiteral("<urn:s> <urn:p> \"abc .") << QStringLiteral("line 1");
        QTest::newRow("bad escape") << QStringLiteral("<urn:s> <urn:p> \"\\q\" .") << QStringLiteral("line 1");
        QTest::newRow("short uchar") << QStringLiteral("<urn:s> <urn:p> \"\\u12\" .") << QStringLiteral("line 1");
        QTest::newRow("surrogate uchar") << QStringLiteral("<urn:s> <urn:p> \"\\uD800\" .") << QStringLiteral("line 1");
        QTest::newRow("relative IRI") << QStringLiteral("<s> <urn:p> <urn:o> .") << QStringLiteral("line 1");
        QTest::newRow("space in IRI") << QStringLiteral("<urn:s x> <urn:p> <urn:o> .") << QStringLiteral("line 1");
        QTest::newRow("literal graph") << QStringLiteral("<urn:s> <urn:p> <urn:o> \"g\" .") << QStringLiteral("line 1");
        QTest::newRow("trailing text") << QStringLiteral("\n\n<urn:s> <urn:p> <urn:o> . <urn:x>") << QStringLiteral("line 3");
        QTest::newRow("bad language") << QStringLiteral("<urn:s> <urn:p> \"x\"@ .") << QStringLiteral("line 1");
        QTest::newRow("empty blank label") << QStringLiteral("_: <urn:p> <urn:o> .") << QStringLiteral("line 1");
    }
    void rejectsMalformed()
    {
        QFETCH(QString, text);
        QFETCH(QString, where);
        const auto parsed = nquads::parse(text);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().startsWith(where + QLatin1Char(',')), qPrintable(parsed.error()));
    }

    void roundTripsCanonicalFiles_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = QDir(kCanonDir).entryList({QStringLiteral("*-rdfc10.nq")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() > 60);
        for (const QString& name : files)
            QTest::newRow(qPrintable(name)) << QDir(kCanonDir).filePath(name);
    }
    void roundTripsCanonicalFiles()
    {
        QFETCH(QString, path);
        QVERIFY(QFile::exists(path));
        const QString text = readText(path); // test001's output is empty: no quads
        const auto parsed = nquads::parse(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        QCOMPARE(nquads::serialize(parsed.value()), text);
    }

    void parsesEveryInput()
    {
        const QStringList files = QDir(kCanonDir).entryList({QStringLiteral("*-in.nq")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() > 60);
        for (const QString& name : files) {
            const auto parsed = nquads::parse(readText(QDir(kCanonDir).filePath(name)));
            QVERIFY2(parsed.ok(), qPrintable(name + QLatin1String(": ") + parsed.error()));
        }
    }
};

QTEST_GUILESS_MAIN(TestNQuads)
#include "TestNQuads.moc"
