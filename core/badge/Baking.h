#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>

// Bakes a credential into a badge image, the inverse of BadgeContainer::extract: used by
// tests now and by export later.
namespace credfolio::Baking {

enum class Spec {
    OpenBadges2, // PNG iTXt "openbadges", SVG <openbadges:assertion> in http://openbadges.org
    OpenBadges3, // PNG iTXt "openbadgecredential", SVG <openbadges:credential> in https://purl.imsglobal.org/ob/v3p0
};

enum class Compression { None, Zlib };

// Inserts an iTXt chunk just before IEND (after removing any badge text chunk already in
// the image, as the Open Badges baking specification asks). The credential is JSON, a
// compact JWS, or a URL; its bytes are stored as they are.
Result<QByteArray> bakePng(QByteArrayView png, QByteArrayView credential, Spec spec, Compression compression = Compression::None);

// Adds the badge element as the first child of the root <svg>, declaring its namespace on
// the element itself. JSON goes into a CDATA body; a JWS or URL into the verify
// attribute. An SVG that already holds a badge, or that has a DTD with declarations, is
// refused.
Result<QByteArray> bakeSvg(QByteArrayView svg, QByteArrayView credential, Spec spec);

} // namespace credfolio::Baking
