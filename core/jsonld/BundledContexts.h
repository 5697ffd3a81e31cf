#pragma once

#include "jsonld/JsonLd.h"

#include <QStringList>

namespace credfolio::jsonld {

// The offline document loader: serves the contexts bundled in resources/contexts/ (VC 1.1
// and 2.0, Open Badges 3.0 and 2.0, CLR 2.0, Data Integrity, Multikey, Ed25519 2020,
// JWS 2020, security v1/v2, status lists, DID v1) by exact URL, and fails for any other
// URL with a message naming it. Each file is parsed once per process.
struct BundledLoader {
    Result<QJsonValue> operator()(const QString& url) const;
};

DocumentLoader bundledLoader();

// Every URL the bundled loader answers.
QStringList bundledContextUrls();

// Options for verification: the bundled loader and the process-wide processed-context
// cache, so a bulk verification processes each credential context once.
Options offlineOptions();

} // namespace credfolio::jsonld
