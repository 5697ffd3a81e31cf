#include "export/PdfExportOptions.h"

namespace credfolio {

QString PdfExportOptions::layoutName(Layout layout)
{
    return layout == Layout::Compact ? QStringLiteral("compact") : QStringLiteral("detailed");
}

bool PdfExportOptions::layoutFromName(const QString& name, Layout* layout)
{
    if (name == QLatin1String("compact"))
        *layout = Layout::Compact;
    else if (name == QLatin1String("detailed"))
        *layout = Layout::Detailed;
    else
        return false;
    return true;
}

QString PdfExportOptions::paperName(Paper paper)
{
    switch (paper) {
    case Paper::A4:
        return QStringLiteral("a4");
    case Paper::Letter:
        return QStringLiteral("letter");
    case Paper::FromLocale:
        break;
    }
    return {};
}

bool PdfExportOptions::paperFromName(const QString& name, Paper* paper)
{
    if (name.isEmpty())
        *paper = Paper::FromLocale;
    else if (name == QLatin1String("a4"))
        *paper = Paper::A4;
    else if (name == QLatin1String("letter"))
        *paper = Paper::Letter;
    else
        return false;
    return true;
}

QPageSize::PageSizeId paperForLocale(const QLocale& locale)
{
    // The countries whose standard office paper is US Letter (CLDR's paperSize data).
    static const QLocale::Territory letter[] = {QLocale::UnitedStates, QLocale::Canada, QLocale::Mexico, QLocale::Philippines,
        QLocale::Belize, QLocale::Chile, QLocale::Colombia, QLocale::CostaRica, QLocale::ElSalvador, QLocale::Guatemala,
        QLocale::Nicaragua, QLocale::Panama, QLocale::PuertoRico, QLocale::Venezuela, QLocale::UnitedStatesVirginIslands,
        QLocale::AmericanSamoa, QLocale::Guam, QLocale::NorthernMarianaIslands, QLocale::UnitedStatesOutlyingIslands};
    for (const QLocale::Territory territory : letter) {
        if (locale.territory() == territory)
            return QPageSize::Letter;
    }
    return QPageSize::A4;
}

QPageSize::PageSizeId pageSizeId(const PdfExportOptions& options)
{
    switch (options.paper) {
    case PdfExportOptions::Paper::A4:
        return QPageSize::A4;
    case PdfExportOptions::Paper::Letter:
        return QPageSize::Letter;
    case PdfExportOptions::Paper::FromLocale:
        break;
    }
    return paperForLocale(options.locale);
}

} // namespace credfolio
