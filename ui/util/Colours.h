#pragma once

#include <QColor>
#include <QPalette>

namespace credfolio::Colours {

// WCAG 2.x relative luminance and contrast ratio (1 to 21); 4.5 is the floor for body text.
double luminance(const QColor& colour);
double contrastRatio(const QColor& a, const QColor& b);
constexpr double ReadableContrast = 4.5;

// Whether the palette is a dark one (light text on a dark window).
bool isDark(const QPalette& palette);

// Black or white, whichever reads better on the background.
QColor textOn(const QColor& background);

// The colour moved toward black or white (away from the background) until it reaches the
// contrast ratio against the background; hue is kept. For coloured text on palette(base).
QColor withContrast(const QColor& colour, const QColor& background, double ratio = ReadableContrast);

// A filled label ("chip"): a background of the given hue, deep on light palettes and light on
// dark ones, and text on it that reaches the readable contrast.
struct Chip {
    QColor background;
    QColor text;
};
Chip chip(const QColor& hue, const QPalette& palette);

} // namespace credfolio::Colours
