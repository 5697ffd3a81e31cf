// The PDF portfolio (core/export, docs/export.md), read back with poppler and zbar: text,
// page counts, document information, attachments re-verified, QR codes decoded, PDF/A,
// paper sizes, cancel, and the `credfolio-cli export pdf` contract through cli::run.

#include "PdfTestPortfolio.h"

#include "CliContext.h"
#include "export/PdfPortfolioWriter.h"
#include "export/PortfolioContent.h"
#include "export/PortfolioLayout.h"
#include "verify/Verifier.h"

#include <QDirIterator>
#include <QJsonObject>
#include <QTest>

using namespace credfolio;
using namespace credfolio::test;

class TestPdfExport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void detailedHasASectionPerCredential();
    void textIsRealAndComplete();
    void documentInformation();
    void attachmentsVerifyAsStored();
    void qrCodesDecodeToVerificationUrls();
    void compactIsOnePage();
    void pdfAHasNoAttachmentsAndSaysSo();
    void paperSizes();
    void verificationUrlRule_data();
    void verificationUrlRule();
    void contactDetailsCanBeHidden();
    void cancelLeavesNoFile();
    void previewRendersTheSamePages();
    void cliContract();

private:
    QString exportPdf(const QString& name, const PdfExportOptions& options, PdfExportResult* result = nullptr);
    struct CliRun {
        int code = -1;
        QString out;
        QString err;
    };
    CliRun cli(QStringList args);

    QTemporaryDir m_dir;
    PdfTestPortfolio m_portfolio;
    QString m_detailed; // the detailed export of everything, shared by the read-back tests
    PdfExportResult m_detailedResult;
};

QString TestPdfExport::exportPdf(const QString& name, const PdfExportOptions& options, PdfExportResult* result)
{
    const QString path = m_dir.filePath(name);
    const auto written = PdfPortfolioWriter::write(m_portfolio.db->connection(), path, options);
    if (!written)
        qWarning("export failed: %s", qPrintable(written.error()));
    else if (result)
        *result = written.value();
    return path;
}

TestPdfExport::CliRun TestPdfExport::cli(QStringList args)
{
    args << QStringLiteral("--db") << m_portfolio.db->path();
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int code = cli::run(args, outStream, errStream);
    outStream.flush();
    errStream.flush();
    return {code, out, err};
}

void TestPdfExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_portfolio.build(m_dir);
    PdfExportOptions options;
    options.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    options.date = QDate(2026, 3, 1);
    m_detailed = exportPdf(QStringLiteral("detailed.pdf"), options, &m_detailedResult);
    QVERIFY(QFile::exists(m_detailed));
}

void TestPdfExport::detailedHasASectionPerCredential()
{
    // Page 1: title block and skills; then one page per credential (all are short).
    const int badges = int(m_portfolio.ids.size());
    QCOMPARE(m_detailedResult.badges, badges);
    QCOMPARE(m_detailedResult.pages, badges + 1);
    QCOMPARE(pdfInfo(m_detailed).value(QStringLiteral("Pages")).toInt(), badges + 1);
    const BadgeStore store(m_portfolio.db->connection());
    const auto records = store.list(); // newest first: the export's order
    for (int i = 0; i < badges; ++i) {
        const QString page = pdfText(m_detailed, i + 2);
        QVERIFY2(page.contains(records.at(std::size_t(i)).name), qPrintable(page));
        QVERIFY(page.contains(QStringLiteral("Page %1 of %2").arg(i + 2).arg(badges + 1)));
    }
}

void TestPdfExport::textIsRealAndComplete()
{
    const QString text = pdfText(m_detailed);
    QVERIFY2(containsName(text, mixedScriptName()), qPrintable(text.left(400)));
    // Every page's footer carries the name on one line.
    const QStringList lines = text.split(QLatin1Char('\n'));
    int footers = 0;
    for (const QString& line : lines)
        footers += line.contains(QStringLiteral("made with Credfolio")) && containsName(line, mixedScriptName()) ? 1 : 0;
    QCOMPARE(footers, m_detailedResult.pages);
    QVERIFY(text.contains(QStringLiteral("Data analyst · Αναλύτρια δεδομένων")));
    QVERIFY(text.contains(QStringLiteral("zoe@example.org")));
    const BadgeStore store(m_portfolio.db->connection());
    for (const BadgeRecord& r : store.list()) {
        QVERIFY2(text.contains(r.name), qPrintable(r.name));
        QVERIFY2(text.contains(r.issuerName), qPrintable(r.issuerName));
        QVERIFY(text.contains(badgeStateLabel(r.state)));
        const auto detail = store.detail(r.id);
        for (const BadgeSkill& skill : detail->skills)
            QVERIFY2(text.contains(skill.label), qPrintable(skill.label));
    }
    QVERIFY(text.contains(QStringLiteral("Verified (checked ")));
    QVERIFY(text.contains(QStringLiteral("Invalid (checked ")));
    // The skills summary ties each skill to its evidence.
    QVERIFY(text.contains(QStringLiteral("Statistics\nEvidenced by: Applied Statistics")));
    QVERIFY(text.contains(QStringLiteral("Applied statistics with real survey data.")));
    QVERIFY(text.contains(QStringLiteral("Pass the final project review.")));
    QVERIFY(text.contains(QStringLiteral("Expires 2 May 2030")));
}

void TestPdfExport::documentInformation()
{
    const auto info = pdfInfo(m_detailed);
    QCOMPARE(info.value(QStringLiteral("Author")), mixedScriptName());
    QCOMPARE(info.value(QStringLiteral("Title")), QStringLiteral("Credential portfolio of %1").arg(mixedScriptName()));
    QVERIFY(info.value(QStringLiteral("Subject")).startsWith(QStringLiteral("5 digital credential")));
    QVERIFY(info.value(QStringLiteral("Creator")).startsWith(QStringLiteral("Credfolio")));
    QCOMPARE(info.value(QStringLiteral("PDF version")), QStringLiteral("1.6"));
    QCOMPARE(info.value(QStringLiteral("Page size")), QStringLiteral("595 x 842 pts (A4)"));
}

void TestPdfExport::attachmentsVerifyAsStored()
{
    QTemporaryDir out;
    const Tool list = runTool(QStringLiteral("pdfdetach"), {QStringLiteral("-list"), m_detailed});
    QCOMPARE(list.code, 0);
    QVERIFY(list.out.startsWith("5 embedded files"));
    const Tool save =
        runTool(QStringLiteral("pdfdetach"), {QStringLiteral("-saveall"), QStringLiteral("-o"), out.path(), m_detailed});
    QVERIFY2(save.code == 0, save.err.constData());
    const BadgeStore store(m_portfolio.db->connection());
    QSet<QString> seen;
    for (const qint64 id : m_portfolio.ids) {
        const auto detail = store.detail(id);
        const QString name = attachmentFileName(detail->record);
        QVERIFY2(!seen.contains(name), qPrintable(name));
        seen.insert(name);
        QFile file(out.filePath(name));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(name));
        const QByteArray bytes = file.readAll();
        QCOMPARE(bytes, detail->original);
        const QString suffix = QFileInfo(name).suffix();
        const QString container = detail->record.container;
        QCOMPARE(suffix, container == QLatin1String("jws") ? QStringLiteral("jwt") : container);
        // Re-verified from the extracted file: the badge's stored verdict again.
        const VerificationReport report = Verifier::verifyFile(bytes, m_portfolio.fixtures.options());
        QCOMPARE(verdictName(report.verdict()), detail->record.verdict);
    }
    QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), 5);
    // Each embedded file stream names its MIME type and carries its size, MD5 and dates
    // (qpdf writes the dictionaries uncompressed: no object streams).
    QFile pdf(m_detailed);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QCOMPARE(bytes.count("/Type /EmbeddedFile"), 5);
    static const QRegularExpression params(QStringLiteral(
        "/Params << /CheckSum <[0-9a-f]{32}> /CreationDate \\(D:\\d{14}[^)]*\\) /ModDate \\(D:\\d{14}[^)]*\\) /Size \\d+ >>"));
    QCOMPARE(QString::fromLatin1(bytes).count(params), 5);
    for (const qint64 id : m_portfolio.ids) {
        const QByteArray md5 = QCryptographicHash::hash(store.original(id), QCryptographicHash::Md5).toHex();
        QVERIFY(bytes.contains(QByteArray("/CheckSum <" + md5 + '>')));
    }
    QVERIFY(bytes.contains("/Subtype /image#2fpng"));
    QVERIFY(bytes.contains("/Subtype /image#2fsvg+xml"));
    QVERIFY(bytes.contains("/Subtype /application#2fjwt"));
    QVERIFY(bytes.contains("/Subtype /application#2fjson"));
    QVERIFY(bytes.contains("/EmbeddedFiles"));
}

void TestPdfExport::qrCodesDecodeToVerificationUrls()
{
    const BadgeStore store(m_portfolio.db->connection());
    const auto records = store.list();
    const QList<QStringList> pages = qrCodesByPage(m_detailed, m_dir.path());
    QCOMPARE(pages.size(), m_detailedResult.pages);
    int withUrl = 0;
    for (std::size_t i = 0; i < records.size(); ++i) {
        const auto detail = store.detail(records[i].id);
        const QString url = verificationUrl(detail->report.value(QLatin1String("format")).toString(), records[i].credentialId);
        const QStringList& codes = pages.at(qsizetype(i) + 1);
        if (url.isEmpty()) {
            QVERIFY2(codes.isEmpty(), qPrintable(codes.join(QLatin1Char(' '))));
        } else {
            ++withUrl;
            QCOMPARE(codes, QStringList{url});
        }
    }
    QCOMPARE(withUrl, 2); // the hosted assertion and the VC with an https id
    // The cover page has none.
    QVERIFY(pages.at(0).isEmpty());
}

void TestPdfExport::compactIsOnePage()
{
    PdfExportOptions options;
    options.layout = PdfExportOptions::Layout::Compact;
    PdfExportResult result;
    const QString path = exportPdf(QStringLiteral("compact.pdf"), options, &result);
    QCOMPARE(result.pages, 1);
    QCOMPARE(pdfInfo(path).value(QStringLiteral("Pages")), QStringLiteral("1"));
    const QString text = pdfText(path);
    const BadgeStore store(m_portfolio.db->connection());
    for (const BadgeRecord& r : store.list())
        QVERIFY(text.contains(r.name));
    QCOMPARE(result.attachments, 5);
    // Both QR codes on the one page, small as they are.
    QStringList codes = qrCodesByPage(path, m_dir.path(), 150).value(0);
    codes.sort();
    QCOMPARE(codes,
        QStringList({QStringLiteral("https://issuer.example/ob2/assertions/1.json"),
            QStringLiteral("https://univ.example/credentials/4711")}));
}

void TestPdfExport::pdfAHasNoAttachmentsAndSaysSo()
{
    PdfExportOptions options;
    options.pdfA = true;
    options.selection.collection = QStringLiteral("Job at Contoso");
    PdfExportResult result;
    const QString path = exportPdf(QStringLiteral("archive.pdf"), options, &result);
    QCOMPARE(result.badges, 2);
    QCOMPARE(result.attachments, 0);
    QCOMPARE(result.pages, 3);
    const Tool list = runTool(QStringLiteral("pdfdetach"), {QStringLiteral("-list"), path});
    QCOMPARE(list.code, 0);
    QVERIFY(list.out.startsWith("0 embedded files"));
    const QString text = pdfText(path);
    QVERIFY(text.contains(QStringLiteral("PDF/A-1b edition: the original credential files are not attached")));
    QVERIFY(text.contains(QStringLiteral("Original file: not attached (PDF/A edition).")));
    const auto info = pdfInfo(path);
    QCOMPARE(info.value(QStringLiteral("PDF version")), QStringLiteral("1.4"));
    QCOMPARE(info.value(QStringLiteral("Author")), mixedScriptName());
    QVERIFY(!info.value(QStringLiteral("Subject")).isEmpty());
    // The XMP packet names the conformance and agrees with /Info; no object streams.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("<pdfaid:part>1</pdfaid:part>"));
    QVERIFY(bytes.contains("<pdfaid:conformance>B</pdfaid:conformance>"));
    QVERIFY(bytes.contains(mixedScriptName().toUtf8()));
    QVERIFY(bytes.contains("/OutputIntents"));
    QVERIFY(!bytes.contains("/ObjStm"));
    QVERIFY(!bytes.contains("/EmbeddedFiles"));
}

void TestPdfExport::paperSizes()
{
    QCOMPARE(paperForLocale(QLocale(QLocale::English, QLocale::UnitedStates)), QPageSize::Letter);
    QCOMPARE(paperForLocale(QLocale(QLocale::French, QLocale::Canada)), QPageSize::Letter);
    QCOMPARE(paperForLocale(QLocale(QLocale::Spanish, QLocale::Mexico)), QPageSize::Letter);
    QCOMPARE(paperForLocale(QLocale(QLocale::Filipino, QLocale::Philippines)), QPageSize::Letter);
    QCOMPARE(paperForLocale(QLocale(QLocale::German, QLocale::Germany)), QPageSize::A4);
    QCOMPARE(paperForLocale(QLocale(QLocale::English, QLocale::UnitedKingdom)), QPageSize::A4);
    QCOMPARE(paperForLocale(QLocale(QLocale::Japanese, QLocale::Japan)), QPageSize::A4);
    PdfExportOptions options;
    options.layout = PdfExportOptions::Layout::Compact;
    options.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    const QString fromLocale = exportPdf(QStringLiteral("letter.pdf"), options);
    QCOMPARE(pdfInfo(fromLocale).value(QStringLiteral("Page size")), QStringLiteral("612 x 792 pts (letter)"));
    options.paper = PdfExportOptions::Paper::A4; // overrides the locale
    const QString a4 = exportPdf(QStringLiteral("a4.pdf"), options);
    QCOMPARE(pdfInfo(a4).value(QStringLiteral("Page size")), QStringLiteral("595 x 842 pts (A4)"));
}

void TestPdfExport::verificationUrlRule_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("url");
    const QString https = QStringLiteral("https://issuer.example/a/1");
    QTest::newRow("ob2-hosted https") << QStringLiteral("ob2-hosted") << https << https;
    QTest::newRow("vc-jwt https") << QStringLiteral("vc-jwt") << https << https;
    QTest::newRow("vc-data-integrity https") << QStringLiteral("vc-data-integrity") << https << https;
    QTest::newRow("ob2-signed https") << QStringLiteral("ob2-signed") << https << QString();
    QTest::newRow("vc urn") << QStringLiteral("vc-jwt") << QStringLiteral("urn:uuid:1234") << QString();
    QTest::newRow("vc http") << QStringLiteral("vc-jwt") << QStringLiteral("http://issuer.example/a/1") << QString();
    QTest::newRow("vc did") << QStringLiteral("vc") << QStringLiteral("did:web:issuer.example") << QString();
    QTest::newRow("self-reported") << QString() << https << QString();
    QTest::newRow("no host") << QStringLiteral("vc") << QStringLiteral("https:///path") << QString();
}

void TestPdfExport::verificationUrlRule()
{
    QFETCH(QString, format);
    QFETCH(QString, id);
    QFETCH(QString, url);
    QCOMPARE(verificationUrl(format, id), url);
}

void TestPdfExport::contactDetailsCanBeHidden()
{
    PdfExportOptions options;
    options.layout = PdfExportOptions::Layout::Compact;
    options.contact.emails = false;
    options.contact.headline = false;
    const QString path = exportPdf(QStringLiteral("private.pdf"), options);
    const QString text = pdfText(path);
    QVERIFY(containsName(text, mixedScriptName()));
    QVERIFY(!text.contains(QStringLiteral("zoe@example.org")));
    QVERIFY(!text.contains(QStringLiteral("Data analyst")));
    QVERIFY(text.contains(QStringLiteral("https://zoe.example.org/")));
}

void TestPdfExport::cancelLeavesNoFile()
{
    const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    CancelFlag cancel{false};
    int calls = 0;
    const auto progress = [&](int done, int total, const QString&) {
        QVERIFY(done <= total);
        if (++calls == 3)
            cancel.store(true);
    };
    const auto written = PdfPortfolioWriter::write(m_portfolio.db->connection(), path, PdfExportOptions{}, progress, &cancel);
    QVERIFY(!written.ok());
    QCOMPARE(written.error(), QStringLiteral("The export was cancelled."));
    QVERIFY(!QFile::exists(path));
    // No temporary file is left beside it either.
    QDirIterator it(m_dir.path());
    while (it.hasNext())
        QVERIFY2(!it.next().contains(QStringLiteral("cancelled")), qPrintable(it.filePath()));
    // Writing into a folder that does not exist fails cleanly.
    const auto bad = PdfPortfolioWriter::write(
        m_portfolio.db->connection(), m_dir.filePath(QStringLiteral("missing/folder/out.pdf")), PdfExportOptions{});
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().contains(QStringLiteral("Cannot write")));
}

void TestPdfExport::previewRendersTheSamePages()
{
    PdfExportOptions options;
    auto content = loadPortfolioContent(m_portfolio.db->connection(), options);
    QVERIFY(content.ok());
    const PortfolioLayout layout(
        std::make_shared<const PortfolioContent>(std::move(content).value()), options.layout, QPageSize::A4);
    QCOMPARE(layout.pageCount(), m_detailedResult.pages);
    const QImage page = layout.renderPage(0, 72);
    QCOMPARE(page.size(), QSize(595, 842));
    // Something dark was drawn (text), and the page is mostly white.
    int dark = 0;
    for (int y = 0; y < page.height(); y += 2) {
        for (int x = 0; x < page.width(); x += 2)
            dark += qGray(page.pixel(x, y)) < 128 ? 1 : 0;
    }
    QVERIFY(dark > 200);
    QVERIFY(dark < page.width() * page.height() / 16);
}

void TestPdfExport::cliContract()
{
    // Success, with the JSON the other tools read.
    const QString out = m_dir.filePath(QStringLiteral("cli.pdf"));
    CliRun r = cli({QStringLiteral("export"), QStringLiteral("pdf"), out, QStringLiteral("--collection"),
        QStringLiteral("Job at Contoso"), QStringLiteral("--layout"), QStringLiteral("compact"), QStringLiteral("--paper"),
        QStringLiteral("letter"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json.value(QLatin1String("path")).toString(), QFileInfo(out).absoluteFilePath());
    QCOMPARE(json.value(QLatin1String("pages")).toInt(), 1);
    QCOMPARE(json.value(QLatin1String("badges")).toInt(), 2);
    QCOMPARE(json.value(QLatin1String("attachments")).toInt(), 2);
    QCOMPARE(pdfInfo(out).value(QStringLiteral("Page size")), QStringLiteral("612 x 792 pts (letter)"));

    // Hand-picked badges, PDF/A.
    const QString picked = m_dir.filePath(QStringLiteral("picked.pdf"));
    r = cli({QStringLiteral("export"), QStringLiteral("pdf"), picked, QStringLiteral("--badge"),
        QString::number(m_portfolio.ids.at(0)), QStringLiteral("--pdfa"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("attachments")).toInt(), 0);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("pages")).toInt(), 2);

    // Bad input: exit code 2, a message, and no file.
    const QString never = m_dir.filePath(QStringLiteral("never.pdf"));
    const QList<QStringList> bad{
        {never, QStringLiteral("--layout"), QStringLiteral("poster")},
        {never, QStringLiteral("--paper"), QStringLiteral("a3")},
        {never, QStringLiteral("--collection"), QStringLiteral("No such collection")},
        {never, QStringLiteral("--collection"), QStringLiteral("Job at Contoso"), QStringLiteral("--badge"), QStringLiteral("1")},
        {never, QStringLiteral("--badge"), QStringLiteral("9999")},
        {never, QStringLiteral("--badge"), QStringLiteral("abc")},
        {never, QStringLiteral("--frobnicate")},
        {},
        {never, m_dir.filePath(QStringLiteral("second.pdf"))},
    };
    for (const QStringList& args : bad) {
        r = cli(QStringList{QStringLiteral("export"), QStringLiteral("pdf")} + args);
        QVERIFY2(r.code == 2, qPrintable(args.join(QLatin1Char(' '))));
        QVERIFY2(!r.err.isEmpty(), qPrintable(args.join(QLatin1Char(' '))));
        QVERIFY(!QFile::exists(never));
    }
    r = cli({QStringLiteral("export"), QStringLiteral("pdf"), never, QStringLiteral("--collection"),
        QStringLiteral("No such collection")});
    QVERIFY(r.err.contains(QStringLiteral("No such collection")));

    // A file that cannot be written: exit code 1.
    r = cli({QStringLiteral("export"), QStringLiteral("pdf"), m_dir.filePath(QStringLiteral("no/such/dir/out.pdf"))});
    QCOMPARE(r.code, 1);

    // Help names every option; "export" alone is not a command.
    r = cli({QStringLiteral("export"), QStringLiteral("pdf"), QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    for (const char* option : {"--collection", "--badge", "--layout", "--pdfa", "--paper", "--db", "--json"})
        QVERIFY2(r.out.contains(QLatin1String(option)), option);
    r = cli({QStringLiteral("export")});
    QCOMPARE(r.code, 2);

    // Plain output names the file.
    r = cli({QStringLiteral("export"), QStringLiteral("pdf"), m_dir.filePath(QStringLiteral("plain.pdf"))});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("plain.pdf: 6 pages, 5 badges, 5 attached files")));
}

QTEST_MAIN(TestPdfExport)
#include "TestPdfExport.moc"
