#pragma once

#include "catalog/ParsedCatalog.h"

#include <QByteArray>

namespace credfolio::CatalogJsonReader {

// Reads a catalog in Credfolio's JSON format (docs/catalog-format.md). Every problem
// found is listed with its JSON path; the caller rejects the file if there is any.
ParsedCatalog read(const QByteArray& bytes);

} // namespace credfolio::CatalogJsonReader
