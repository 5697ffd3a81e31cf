#include "session/Session.h"

#include "catalog/DefaultCatalog.h"

namespace credfolio::Session {

Result<std::unique_ptr<Database>> openPortfolio(const QString& commandLinePath)
{
    auto database = Database::open(Database::resolvePath(commandLinePath));
    if (!database)
        return database;
    if (Status status = DefaultCatalog::ensureLoaded(*database.value()); !status)
        return Result<std::unique_ptr<Database>>::failure(status.error());
    return database;
}

} // namespace credfolio::Session
