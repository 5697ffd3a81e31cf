#include "badge/SvgBadge.h"

#include <QXmlStreamReader>

#include <optional>

namespace credfolio {
namespace {

const QString entitiesMessage = QStringLiteral("the file declares entities; Credfolio does not expand them");

// A DOCTYPE is harmless only without an internal subset: no "<!" after the "<!DOCTYPE".
bool hasInternalDeclarations(QStringView dtd)
{
    return dtd.indexOf(QLatin1String("<!"), 2) >= 0;
}

QString xmlError(const QXmlStreamReader& reader)
{
    return QStringLiteral("the SVG is not well-formed XML: %1 (line %2, column %3)")
        .arg(reader.errorString())
        .arg(reader.lineNumber())
        .arg(reader.columnNumber());
}

} // namespace

Result<SvgBadgeText> SvgBadge::find(QByteArrayView file)
{
    Result<std::optional<SvgBadgeText>> scanned = scan(file);
    if (!scanned)
        return Result<SvgBadgeText>::failure(scanned.error());
    if (!scanned.value())
        return Result<SvgBadgeText>::failure(QStringLiteral(
            "not a badge: the SVG image has no Open Badges element (openbadges:assertion or openbadges:credential)"));
    return *std::move(scanned).value();
}

Result<std::optional<SvgBadgeText>> SvgBadge::scan(QByteArrayView file)
{
    using R = Result<std::optional<SvgBadgeText>>;
    QXmlStreamReader reader(file.toByteArray());
    reader.setNamespaceProcessing(true);

    bool sawRoot = false;
    std::optional<SvgBadgeText> found;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::DTD) {
            if (!reader.entityDeclarations().isEmpty() || reader.text().contains(QLatin1String("<!ENTITY")))
                return R::failure(entitiesMessage);
            if (hasInternalDeclarations(reader.text()))
                return R::failure(QStringLiteral("the file has an internal DTD subset; Credfolio does not process DTDs"));
            continue;
        }
        if (token == QXmlStreamReader::EntityReference)
            return R::failure(QStringLiteral("the file refers to the entity \"%1\"; Credfolio does not expand entities")
                                  .arg(reader.name().toString()));
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (!sawRoot) {
            sawRoot = true;
            if (reader.name() != QLatin1String("svg"))
                return R::failure(
                    QStringLiteral("not a badge: the XML document is a <%1>, not an SVG image").arg(reader.name().toString()));
            continue;
        }
        const QStringView ns = reader.namespaceUri();
        const bool assertion = ns == openBadges2Namespace && reader.name() == QLatin1String("assertion");
        const bool credential = ns == openBadges3Namespace && reader.name() == QLatin1String("credential");
        if (!assertion && !credential)
            continue;

        SvgBadgeText badge;
        badge.element = assertion ? QStringLiteral("openbadges:assertion") : QStringLiteral("openbadges:credential");
        const QString verify = reader.attributes().value(QLatin1String("verify")).toString().trimmed();
        const QString body = reader.readElementText(QXmlStreamReader::SkipChildElements);
        if (reader.hasError())
            break;
        if (!verify.isEmpty()) {
            badge.text = verify.toUtf8();
            badge.fromVerifyAttribute = true;
        } else {
            badge.text = body.trimmed().toUtf8();
        }
        if (badge.text.isEmpty())
            return R::failure(
                QStringLiteral("the SVG's %1 element is empty: it has neither a verify attribute nor a body").arg(badge.element));
        if (found) {
            if (found->element == badge.element && found->text == badge.text)
                continue;
            return R::failure(
                QStringLiteral("the SVG holds two different badges (%1 and %2); Credfolio cannot tell which one is meant")
                    .arg(found->element, badge.element));
        }
        found = std::move(badge);
    }
    if (reader.hasError()) {
        // QXmlStreamReader stops at some declarations (parameter entities in entity values)
        // before it reports the DTD: name the real reason.
        if (!sawRoot && file.contains(QByteArrayView("<!ENTITY")))
            return R::failure(entitiesMessage);
        if (!sawRoot)
            return R::failure(QStringLiteral("not a badge: the file starts like XML but is not well-formed (%1, line %2)")
                                  .arg(reader.errorString())
                                  .arg(reader.lineNumber()));
        // QXmlStreamReader reports a use of an undeclared entity as a plain error.
        return R::failure(xmlError(reader));
    }
    if (!sawRoot)
        return R::failure(QStringLiteral("not a badge: the XML document has no root element"));
    return found;
}

} // namespace credfolio
