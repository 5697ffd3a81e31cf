#include "util/Colours.h"

#include <cmath>

namespace credfolio::Colours {

namespace {

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// Steps the HSL lightness of a colour toward 0 (darker) or 255 (lighter).
QColor stepLightness(const QColor& colour, bool lighter, int step)
{
    const QColor hsl = colour.toHsl();
    const int l = qBound(0, hsl.lightness() + (lighter ? step : -step), 255);
    return QColor::fromHsl(hsl.hslHue(), hsl.hslSaturation(), l, colour.alpha());
}

} // namespace

double luminance(const QColor& colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

bool isDark(const QPalette& palette)
{
    return luminance(palette.color(QPalette::Window)) < luminance(palette.color(QPalette::WindowText));
}

QColor textOn(const QColor& background)
{
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return contrastRatio(black, background) >= contrastRatio(white, background) ? black : white;
}

QColor withContrast(const QColor& colour, const QColor& background, double ratio)
{
    const bool lighter = luminance(background) < 0.18; // move away from the background
    QColor c = colour.toRgb();
    for (int i = 0; i < 64 && contrastRatio(c, background) < ratio; ++i)
        c = stepLightness(c, lighter, 4);
    // Saturated hues can run out of room; plain text colour always reads.
    return contrastRatio(c, background) >= ratio ? c : textOn(background);
}

Chip chip(const QColor& hue, const QPalette& palette)
{
    const bool dark = isDark(palette);
    QColor background = hue.toRgb();
    if (dark)
        background = stepLightness(background, true, 60); // pastel on dark windows
    QColor text = textOn(background);
    // Deepen (or lighten) the fill until its text reaches the floor.
    for (int i = 0; i < 64 && contrastRatio(text, background) < ReadableContrast; ++i)
        background = stepLightness(background, text == QColor(Qt::white) ? false : true, 4);
    return {background, text};
}

} // namespace credfolio::Colours
