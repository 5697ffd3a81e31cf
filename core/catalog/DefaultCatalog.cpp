#include "catalog/DefaultCatalog.h"

#include "catalog/CatalogImporter.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>

namespace credfolio::DefaultCatalog {

namespace {
const QString metaKey = QStringLiteral("default_catalog_loaded");
}

QString resourcePath()
{
    return QStringLiteral(":/catalog/default-catalog.json");
}

Status ensureLoaded(Database& database)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(metaKey);
    if (q.exec() && q.next())
        return {};
    q.finish();

    QFile file(resourcePath());
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(QCoreApplication::translate("DefaultCatalog", "The built-in course catalog is missing from this build."));
    const CatalogImportResult result = CatalogImporter(database).importBytes(file.readAll(), QStringLiteral("default-catalog.json"));
    if (!result.ok)
        return Status::failure(QCoreApplication::translate("DefaultCatalog", "The built-in course catalog could not be loaded: %1")
                                   .arg(result.errorText()));
    QSqlQuery mark(database.connection());
    mark.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"));
    mark.addBindValue(metaKey);
    mark.addBindValue(QStringLiteral(CREDFOLIO_VERSION));
    return sql::exec(mark);
}

} // namespace credfolio::DefaultCatalog
