#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace credfolio {

// The badge found in a baked SVG, not yet classified as JSON, JWS or URL.
struct SvgBadgeText {
    QString element; // "openbadges:assertion" or "openbadges:credential" (whatever prefix the file uses)
    QByteArray text; // UTF-8: the verify attribute if present, else the element's text/CDATA body
    bool fromVerifyAttribute = false;
};

// Reads baked SVGs with QXmlStreamReader. Elements are matched by namespace URI and local
// name, never by prefix: openbadges:assertion in http://openbadges.org (Open Badges 2.0)
// and openbadges:credential in https://purl.imsglobal.org/ob/v3p0 (Open Badges 3.0).
//
// DTDs: QXmlStreamReader never loads an external DTD or external entity, but it does
// expand entities declared in the internal subset. So any DOCTYPE that declares entities
// (or has other internal-subset declarations) is refused before a single entity is used,
// and a reference to an undeclared entity is an error. A bare
// <!DOCTYPE svg PUBLIC "..." "...svg11.dtd">, as drawing programs write, is accepted.
class SvgBadge {
public:
    static inline const QString openBadges2Namespace = QStringLiteral("http://openbadges.org");
    static inline const QString openBadges3Namespace = QStringLiteral("https://purl.imsglobal.org/ob/v3p0");

    // Errors: not well-formed XML, a root element other than svg, entity declarations,
    // two different badges, or no badge at all.
    static Result<SvgBadgeText> find(QByteArrayView file);
    // As find(), but a well-formed SVG without a badge is a success holding nothing.
    static Result<std::optional<SvgBadgeText>> scan(QByteArrayView file);
};

} // namespace credfolio
