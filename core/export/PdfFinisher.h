#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace credfolio {

// The last step of a PDF export, done with libqpdf on the bytes QPdfWriter wrote: the
// document information (/Info and a matching XMP packet), and the original credential
// files as embedded files (PDF 1.6 /EmbeddedFiles name tree). qpdf stays behind this header;
// its exceptions end here as failures.
namespace PdfFinisher {

struct Metadata {
    QString title;
    QString author;
    QString subject;
    QString creator;
    QString producer;
    QDateTime created;
};

struct Attachment {
    QString name; // unique within the document
    QString mimeType;
    QString description;
    QByteArray bytes;
    QDateTime modified;
};

// PDF/A-1b (pdfA true) keeps the file conformant: no attachments are allowed then, the PDF
// version is left as Qt wrote it, object streams stay off and the XMP packet is rewritten to
// match /Info, with the PDF/A identification.
Result<QByteArray> finish(const QByteArray& pdf, const Metadata& metadata, const QList<Attachment>& attachments, bool pdfA);

// "D:20261128145000+00'00'", the PDF date format, in UTC.
QString pdfDate(const QDateTime& when);

} // namespace PdfFinisher
} // namespace credfolio
