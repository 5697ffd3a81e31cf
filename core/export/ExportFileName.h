#pragma once

#include "portfolio/BadgeRecord.h"

#include <QSet>
#include <QString>

namespace credfolio {

// File names for exported badge files: the name the badge was imported under where that is
// safe on every common file system, else a made-up one. Never a path (no separators, no
// "." or ".."), no control or reserved characters, no reserved Windows device names, no
// leading dot (hidden) or trailing dot or space, at most 200 bytes of UTF-8, and the
// extension that fits the container (.png, .svg, .json, .jwt). Non-ASCII letters are kept
// (NFC-normalized).
class ExportFileName {
public:
    // The extension a container is written with ("png", "svg", "json", "jwt").
    static QString extensionFor(const QString& container);
    // A safe name for the badge (not yet unique).
    static QString safeName(const BadgeRecord& record);
    // name, or "stem (2).ext", "stem (3).ext", ... : the first not in taken, compared
    // case-insensitively (as on Windows and macOS). Adds the result to taken (lower case).
    static QString unique(const QString& name, QSet<QString>* taken);
};

} // namespace credfolio
