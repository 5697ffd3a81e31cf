#include "export/PdfFinisher.h"

#include <QCoreApplication>

// qpdf 11: std::shared_ptr throughout, no PointerHolder.
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFEFStreamObjectHelper.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>
#include <qpdf/QPDFFileSpecObjectHelper.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>

namespace credfolio::PdfFinisher {

namespace {

std::string utf8(const QString& text)
{
    return text.toStdString();
}

QString xmlEscaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString isoDate(const QDateTime& when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QStringLiteral("+00:00");
}

// The XMP packet that says the same as /Info (PDF/A-1 asks for both to agree).
QByteArray xmpPacket(const Metadata& m, bool pdfA)
{
    QString xmp = QStringLiteral("<?xpacket begin=\"") + QChar(0xFEFF)
        + QStringLiteral("\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                         "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                         "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
    xmp += QStringLiteral("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                          "<dc:format>application/pdf</dc:format>\n"
                          "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
                          "%2"
                          "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%3</rdf:li></rdf:Alt></dc:description>\n"
                          "</rdf:Description>\n")
               .arg(xmlEscaped(m.title),
                   m.author.isEmpty() ? QString()
                                      : QStringLiteral("<dc:creator><rdf:Seq><rdf:li>%1</rdf:li></rdf:Seq></dc:creator>\n")
                                            .arg(xmlEscaped(m.author)),
                   xmlEscaped(m.subject));
    xmp += QStringLiteral("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
                          "<xmp:CreatorTool>%1</xmp:CreatorTool>\n<xmp:CreateDate>%2</xmp:CreateDate>\n"
                          "<xmp:ModifyDate>%2</xmp:ModifyDate>\n<xmp:MetadataDate>%2</xmp:MetadataDate>\n"
                          "</rdf:Description>\n")
               .arg(xmlEscaped(m.creator), isoDate(m.created));
    xmp += QStringLiteral("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
                          "<pdf:Producer>%1</pdf:Producer>\n</rdf:Description>\n")
               .arg(xmlEscaped(m.producer));
    if (pdfA)
        xmp += QStringLiteral("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
                              "<pdfaid:part>1</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n"
                              "</rdf:Description>\n");
    xmp += QStringLiteral("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
    return xmp.toUtf8();
}

} // namespace

QString pdfDate(const QDateTime& when)
{
    return QStringLiteral("D:") + when.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")) + QStringLiteral("+00'00'");
}

Result<QByteArray> finish(const QByteArray& pdf, const Metadata& metadata, const QList<Attachment>& attachments, bool pdfA)
{
    using R = Result<QByteArray>;
    if (pdfA && !attachments.isEmpty())
        return R::failure(QCoreApplication::translate("PdfFinisher", "A PDF/A-1b file cannot carry attachments."));
    try {
        QPDF qpdf;
        qpdf.setSuppressWarnings(true);
        qpdf.processMemoryFile("portfolio.pdf", pdf.constData(), std::size_t(pdf.size()));

        QPDFObjectHandle trailer = qpdf.getTrailer();
        QPDFObjectHandle info = trailer.getKey("/Info");
        if (!info.isDictionary()) {
            info = qpdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
            trailer.replaceKey("/Info", info);
        }
        const std::string date = utf8(pdfDate(metadata.created));
        info.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(utf8(metadata.title)));
        if (metadata.author.isEmpty())
            info.removeKey("/Author");
        else
            info.replaceKey("/Author", QPDFObjectHandle::newUnicodeString(utf8(metadata.author)));
        info.replaceKey("/Subject", QPDFObjectHandle::newUnicodeString(utf8(metadata.subject)));
        info.replaceKey("/Creator", QPDFObjectHandle::newUnicodeString(utf8(metadata.creator)));
        info.replaceKey("/Producer", QPDFObjectHandle::newUnicodeString(utf8(metadata.producer)));
        info.replaceKey("/CreationDate", QPDFObjectHandle::newString(date));
        info.replaceKey("/ModDate", QPDFObjectHandle::newString(date));

        QPDFObjectHandle root = qpdf.getRoot();
        const QByteArray xmp = xmpPacket(metadata, pdfA);
        QPDFObjectHandle stream = QPDFObjectHandle::newStream(&qpdf, std::string(xmp.constData(), std::size_t(xmp.size())));
        stream.getDict().replaceKey("/Type", QPDFObjectHandle::newName("/Metadata"));
        stream.getDict().replaceKey("/Subtype", QPDFObjectHandle::newName("/XML"));
        root.replaceKey("/Metadata", stream);

        if (!attachments.isEmpty()) {
            QPDFEmbeddedFileDocumentHelper files(qpdf);
            for (const Attachment& a : attachments) {
                auto ef =
                    QPDFEFStreamObjectHelper::createEFStream(qpdf, std::string(a.bytes.constData(), std::size_t(a.bytes.size())));
                ef.setSubtype(utf8(a.mimeType));
                const std::string modified = utf8(pdfDate(a.modified.isValid() ? a.modified : metadata.created));
                ef.setModDate(modified);
                ef.setCreationDate(modified);
                // createEFStream() fills /Params /Size and /CheckSum (MD5) from the data.
                auto spec = QPDFFileSpecObjectHelper::createFileSpec(qpdf, utf8(a.name), ef);
                spec.setFilename(utf8(a.name), utf8(a.name));
                if (!a.description.isEmpty())
                    spec.setDescription(utf8(a.description));
                files.replaceEmbeddedFile(utf8(a.name), spec);
            }
            // Readers open their attachments panel, so the files are found.
            root.replaceKey("/PageMode", QPDFObjectHandle::newName("/UseAttachments"));
        }

        QPDFWriter writer(qpdf);
        writer.setOutputMemory();
        writer.setObjectStreamMode(qpdf_o_disable); // PDF/A-1 forbids them; classic xref everywhere
        if (!pdfA)
            writer.setMinimumPDFVersion("1.6"); // embedded files with /Params need 1.6 readers
        writer.write();
        const std::shared_ptr<Buffer> out = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char*>(out->getBuffer()), qsizetype(out->getSize()));
    } catch (const std::exception& e) {
        return R::failure(QCoreApplication::translate("PdfFinisher", "The PDF could not be finished: %1")
                              .arg(QString::fromLocal8Bit(e.what())));
    }
}

} // namespace credfolio::PdfFinisher
