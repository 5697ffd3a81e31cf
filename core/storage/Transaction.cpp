#include "storage/Transaction.h"

#include "common/Logging.h"
#include "storage/SqlUtil.h"

namespace credfolio {

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db)) {}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::begin()
{
    Status status = sql::run(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    m_active = status.ok();
    return status;
}

Status Transaction::commit()
{
    Status status = sql::run(m_db, QStringLiteral("COMMIT"));
    if (status.ok())
        m_active = false;
    else
        rollback();
    return status;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (Status status = sql::run(m_db, QStringLiteral("ROLLBACK")); !status.ok())
        qCWarning(lcStorage) << "rollback failed:" << status.error();
}

} // namespace credfolio
