#include "badge/Baking.h"

#include "badge/PngBadge.h"
#include "badge/PngChunks.h"
#include "badge/SvgBadge.h"

#include <QXmlStreamReader>

namespace credfolio::Baking {
namespace {

QByteArray pngKeyword(Spec spec)
{
    return spec == Spec::OpenBadges2 ? QByteArrayLiteral("openbadges") : QByteArrayLiteral("openbadgecredential");
}

QByteArray xmlAttributeEscaped(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

// "]]>" cannot appear inside CDATA: end the section there and start a new one.
QByteArray cdata(QByteArrayView text)
{
    QByteArray body = text.toByteArray();
    body.replace("]]>", "]]]]><![CDATA[>");
    return "<![CDATA[" + body + "]]>";
}

} // namespace

Result<QByteArray> bakePng(QByteArrayView png, QByteArrayView credential, Spec spec, Compression compression)
{
    using R = Result<QByteArray>;
    if (credential.trimmed().isEmpty())
        return R::failure(QStringLiteral("there is no credential to bake"));
    const Result<std::vector<PngChunk>> chunks = PngChunks::parse(png);
    if (!chunks)
        return R::failure(chunks.error());

    QByteArray text = credential.toByteArray();
    if (compression == Compression::Zlib)
        text = qCompress(text, 9).sliced(4); // qCompress prefixes the zlib stream with its length
    QByteArray itxt = pngKeyword(spec);
    itxt += '\0';
    itxt += char(compression == Compression::Zlib ? 1 : 0);
    itxt += '\0'; // compression method 0: zlib
    itxt += '\0'; // no language tag
    itxt += '\0'; // no translated keyword
    itxt += text;

    QByteArray out = PngChunks::signature.toByteArray();
    for (const PngChunk& chunk : *chunks) {
        if (PngBadge::isBadgeKeyword(PngBadge::textKeyword(chunk)))
            continue;
        if (chunk.type == "IEND")
            out += PngChunks::encode("iTXt", itxt);
        out += png.sliced(chunk.offset, 12 + chunk.data.size());
    }
    return out;
}

Result<QByteArray> bakeSvg(QByteArrayView svg, QByteArrayView credential, Spec spec)
{
    using R = Result<QByteArray>;
    if (credential.trimmed().isEmpty())
        return R::failure(QStringLiteral("there is no credential to bake"));
    // Bake only into a well-formed SVG that SvgBadge reads (no entities) and that has no badge yet.
    const Result<std::optional<SvgBadgeText>> existing = SvgBadge::scan(svg);
    if (!existing)
        return R::failure(existing.error());
    if (existing.value())
        return R::failure(QStringLiteral("the SVG already holds a badge"));

    // Read as UTF-16 so that characterOffset() counts positions in a string we can edit.
    const QString document = QString::fromUtf8(svg);
    if (document.toUtf8() != svg)
        return R::failure(QStringLiteral("the SVG is not UTF-8 text; Credfolio bakes only into UTF-8 SVGs"));
    QXmlStreamReader reader(document);
    qint64 insertAt = -1;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartDocument && !reader.documentEncoding().isEmpty()
            && reader.documentEncoding().compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) != 0)
            return R::failure(QStringLiteral("the SVG declares the encoding %1; Credfolio bakes only into UTF-8 SVGs")
                                  .arg(reader.documentEncoding().toString()));
        if (token == QXmlStreamReader::DTD && reader.text().indexOf(QLatin1String("<!"), 2) >= 0)
            return R::failure(QStringLiteral("the SVG has DTD declarations; Credfolio does not bake into it"));
        if (token == QXmlStreamReader::StartElement) {
            if (reader.name() != QLatin1String("svg"))
                return R::failure(QStringLiteral("the document is not an SVG image"));
            insertAt = reader.characterOffset();
            break;
        }
    }
    if (reader.hasError() || insertAt < 0)
        return R::failure(QStringLiteral("the SVG cannot be read: %1").arg(reader.errorString()));
    if (document.mid(0, insertAt).endsWith(QLatin1String("/>")))
        return R::failure(QStringLiteral("the SVG's root element is empty; Credfolio does not bake into it"));

    const bool ob2 = spec == Spec::OpenBadges2;
    const QByteArray name = ob2 ? QByteArrayLiteral("openbadges:assertion") : QByteArrayLiteral("openbadges:credential");
    const QByteArray ns = (ob2 ? SvgBadge::openBadges2Namespace : SvgBadge::openBadges3Namespace).toUtf8();
    QByteArray element = "\n<" + name + " xmlns:openbadges=\"" + ns + "\"";
    const bool isJson = credential.trimmed().startsWith('{');
    if (isJson)
        element += ">" + cdata(credential) + "</" + name + ">";
    else
        element += " verify=\"" + xmlAttributeEscaped(credential.trimmed()) + "\"></" + name + ">";

    const QByteArray head = QStringView(document).first(insertAt).toUtf8();
    const QByteArray tail = QStringView(document).sliced(insertAt).toUtf8();
    return QByteArray(head + element + tail);
}

} // namespace credfolio::Baking
