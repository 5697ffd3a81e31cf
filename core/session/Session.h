#pragma once

#include "common/Result.h"
#include "storage/Database.h"

#include <memory>

namespace credfolio::Session {

// Opens the learner's portfolio the way both programs do: resolve the path
// (--db, CREDFOLIO_DB, default), open and migrate, and load the built-in catalog
// into a portfolio that has never had it.
Result<std::unique_ptr<Database>> openPortfolio(const QString& commandLinePath);

} // namespace credfolio::Session
