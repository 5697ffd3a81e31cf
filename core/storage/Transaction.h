#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

namespace credfolio {

// A write transaction that rolls back unless committed. Begins IMMEDIATE so that a
// second writer waits (busy timeout) at the start instead of failing half-way.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Status begin();
    Status commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace credfolio
