#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace credfolio {

// Reads and writes the small files that hold a sealed key. Files are private to the user
// (mode 0600, in a directory Credfolio creates with mode 0700) and written atomically: a crash
// leaves the old file or the new one, never a mix.
class KeyFile {
public:
    enum class Write {
        CreateNew, // refuses to replace a file that exists (never overwrites a learner's key)
        Replace, // replaces the existing file atomically (QSaveFile)
    };

    static constexpr qsizetype maxSize = 64 * 1024;

    static bool exists(const QString& path);
    static Result<QByteArray> read(const QString& path);
    static Status write(const QString& path, const QByteArray& contents, Write mode);
    static Status remove(const QString& path);
};

} // namespace credfolio
