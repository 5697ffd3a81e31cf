#pragma once

#include "common/Result.h"

#include <QSqlQuery>
#include <QString>

namespace credfolio::sql {

// Prepares a statement, failing with the driver's message.
Status prepare(QSqlQuery& query, const QString& statement);
// Executes a prepared statement, failing with a learner-readable message.
Status exec(QSqlQuery& query);
// Prepares and executes a statement without bound values.
Status run(const QSqlDatabase& db, const QString& statement);

} // namespace credfolio::sql
