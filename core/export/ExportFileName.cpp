#include "export/ExportFileName.h"

#include <QStringList>

namespace credfolio {

namespace {

constexpr int maxNameBytes = 200;

bool isReservedDeviceName(const QString& stem)
{
    static const QStringList names{QStringLiteral("con"), QStringLiteral("prn"), QStringLiteral("aux"), QStringLiteral("nul")};
    // Windows reserves the device names with any extension: "con.txt" too.
    const QString lower = stem.section(QLatin1Char('.'), 0, 0).trimmed().toLower();
    if (names.contains(lower))
        return true;
    return lower.size() == 4 && (lower.startsWith(QLatin1String("com")) || lower.startsWith(QLatin1String("lpt")))
        && lower.at(3) >= QLatin1Char('0') && lower.at(3) <= QLatin1Char('9');
}

QString cleaned(QString text)
{
    // Only the last path component, whichever separator the source used.
    const qsizetype cut = std::max(text.lastIndexOf(QLatin1Char('/')), text.lastIndexOf(QLatin1Char('\\')));
    if (cut >= 0)
        text = text.mid(cut + 1);
    text = text.normalized(QString::NormalizationForm_C);
    QString out;
    out.reserve(text.size());
    for (const QChar c : std::as_const(text)) {
        const ushort u = c.unicode();
        const bool control = u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || c.category() == QChar::Other_Format;
        if (control || QStringLiteral("<>:\"/\\|?*").contains(c))
            out += QLatin1Char('_');
        else
            out += c;
    }
    // Hidden files and names Windows trims are avoided.
    while (!out.isEmpty() && (out.front() == QLatin1Char('.') || out.front().isSpace()))
        out.remove(0, 1);
    while (!out.isEmpty() && (out.back() == QLatin1Char('.') || out.back().isSpace()))
        out.chop(1);
    return out;
}

// Shortens stem until stem + tail fits in maxNameBytes of UTF-8, never splitting a surrogate pair.
QString fitted(QString stem, const QString& tail)
{
    while (!stem.isEmpty() && (stem + tail).toUtf8().size() > maxNameBytes) {
        stem.chop(1);
        if (!stem.isEmpty() && stem.back().isHighSurrogate())
            stem.chop(1);
    }
    while (!stem.isEmpty() && (stem.back() == QLatin1Char('.') || stem.back().isSpace()))
        stem.chop(1);
    return stem;
}

} // namespace

QString ExportFileName::extensionFor(const QString& container)
{
    if (container == QLatin1String("png") || container == QLatin1String("svg") || container == QLatin1String("json"))
        return container;
    if (container == QLatin1String("jws"))
        return QStringLiteral("jwt");
    return QStringLiteral("bin");
}

QString ExportFileName::safeName(const BadgeRecord& record)
{
    const QString extension = extensionFor(record.container);
    QString stem = cleaned(record.fileName);
    // Drop the name's own extension: a wrong one is replaced, a right one put back below.
    const qsizetype dot = stem.lastIndexOf(QLatin1Char('.'));
    if (dot > 0) {
        const QString suffix = stem.mid(dot + 1);
        bool plain = !suffix.isEmpty() && suffix.size() <= 6;
        for (const QChar c : suffix)
            plain = plain && c.isLetterOrNumber() && c.unicode() < 0x80;
        if (plain)
            stem = cleaned(stem.left(dot));
    }
    if (stem.isEmpty())
        stem = cleaned(record.name);
    if (stem.isEmpty())
        stem = QStringLiteral("badge-%1").arg(record.id);
    if (isReservedDeviceName(stem))
        stem.prepend(QLatin1Char('_'));
    const QString tail = QLatin1Char('.') + extension;
    stem = fitted(stem, tail);
    if (stem.isEmpty())
        stem = QStringLiteral("badge-%1").arg(record.id);
    return stem + tail;
}

QString ExportFileName::unique(const QString& name, QSet<QString>* taken)
{
    QString candidate = name;
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    const QString stem = dot > 0 ? name.left(dot) : name;
    const QString tail = dot > 0 ? name.mid(dot) : QString();
    for (int n = 2; taken->contains(candidate.toLower()); ++n) {
        const QString counter = QStringLiteral(" (%1)").arg(n);
        candidate = fitted(stem, counter + tail) + counter + tail;
    }
    taken->insert(candidate.toLower());
    return candidate;
}

} // namespace credfolio
