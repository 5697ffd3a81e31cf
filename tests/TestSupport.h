#pragma once

// Small helpers shared by the core tests: a fresh portfolio per test and a fingerprint
// of everything in it, to prove that a rejected operation changed nothing.

#include "catalog/CatalogImporter.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace credfolio::test {

inline std::unique_ptr<Database> openFresh(const QTemporaryDir& dir, const QString& name = QStringLiteral("portfolio.sqlite"))
{
    auto db = Database::open(dir.filePath(name));
    if (!db)
        qFatal("cannot open test database: %s", qPrintable(db.error()));
    return std::move(db).value();
}

// A hash over every row of every table (FTS shadow tables included), in a stable order.
inline QByteArray fingerprint(const Database& database)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery tables(database.connection());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString& name : names) {
        if (name == QLatin1String("course_fts")) // the virtual table itself; its shadow tables are hashed
            continue;
        QSqlQuery rows(database.connection());
        rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1, 2").arg(name));
        hash.addData(name.toUtf8());
        while (rows.next()) {
            for (int i = 0; i < rows.record().count(); ++i)
                hash.addData(QByteArray(rows.value(i).toString().toUtf8() + '\x1f'));
            hash.addData("\n");
        }
    }
    return hash.result().toHex();
}

inline int count(const Database& database, const QString& table)
{
    QSqlQuery q(database.connection());
    if (q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next())
        return q.value(0).toInt();
    return -1;
}

inline QString dataPath(const QString& relative)
{
    return QStringLiteral(CREDFOLIO_TEST_DATA "/") + relative;
}

} // namespace credfolio::test
