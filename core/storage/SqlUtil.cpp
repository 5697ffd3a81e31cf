#include "storage/SqlUtil.h"

#include "storage/Database.h"

#include <QSqlError>

namespace credfolio::sql {

Status prepare(QSqlQuery& query, const QString& statement)
{
    if (!query.prepare(statement))
        return Status::failure(Database::describeError(query.lastError().text()));
    return {};
}

Status exec(QSqlQuery& query)
{
    if (!query.exec())
        return Status::failure(Database::describeError(query.lastError().text()));
    return {};
}

Status run(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return Status::failure(Database::describeError(query.lastError().text()));
    return {};
}

} // namespace credfolio::sql
