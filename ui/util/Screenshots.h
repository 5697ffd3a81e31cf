#pragma once

#include <QString>

namespace credfolio {

class MainWindow;

// The README's pictures, taken by the app itself: with CREDFOLIO_SCREENSHOTS=DIR set,
// `credfolio` shows each view at a fixed size with an item selected, saves catalog.png,
// progress.png, portfolio.png and settings.png into DIR (QWidget::grab, so no window
// manager or screen-grabbing tool is involved) and quits. scripts/screenshots drives it.
// CREDFOLIO_SCREENSHOT_SIZE=WxH changes the window size (checking small windows).
namespace Screenshots {

// The folder named by CREDFOLIO_SCREENSHOTS; empty when screenshots were not asked for.
QString requestedFolder();
// Takes the pictures; returns the process exit code (0 when all were saved).
int take(MainWindow& window, const QString& folder);

} // namespace Screenshots
} // namespace credfolio
