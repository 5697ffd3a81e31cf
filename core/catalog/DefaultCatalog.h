#pragma once

#include "common/Result.h"

namespace credfolio {

class Database;

namespace DefaultCatalog {

// The resource path of the catalog compiled into the app.
QString resourcePath();
// Loads the embedded catalog into a portfolio that has never had it.
Status ensureLoaded(Database& database);

} // namespace DefaultCatalog
} // namespace credfolio
