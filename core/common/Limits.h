#pragma once

#include <QtGlobal>

namespace credfolio::limits {

// Largest catalog file accepted for import (JSON or CSV).
inline constexpr qint64 maxCatalogFileBytes = 64LL * 1024 * 1024;
// Deepest JSON nesting accepted anywhere in the core.
inline constexpr int maxJsonDepth = 64;
// Problems listed for one rejected file before the list is cut short.
inline constexpr int maxReportedProblems = 200;

} // namespace credfolio::limits
