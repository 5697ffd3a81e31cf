#pragma once

#include "catalog/ParsedCatalog.h"

#include <QByteArray>

namespace credfolio::CatalogCsvReader {

// Reads courses from CSV, one course per row under a header row (docs/catalog-format.md).
// Problems name the line and column.
ParsedCatalog read(const QByteArray& bytes);

} // namespace credfolio::CatalogCsvReader
