// JSON credential text: StrictJsonParser, RFC 8785 canonicalization, QJsonDocument and the
// container's JSON path (depth limit) on the same bytes.

#include "FuzzSupport.h"

#include "badge/BadgeContainer.h"
#include "jcs/Jcs.h"
#include "jcs/StrictJsonParser.h"

#include <QJsonDocument>

using namespace credfolio;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::quietQt();
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));

    const Result<JcsValue> strict = StrictJsonParser::parse(json);
    (void)QJsonDocument::fromJson(json);
    (void)BadgeContainer::extract(json);

    if (strict.ok()) {
        // What the strict parser accepts canonicalizes, and the canonical form is a fixed point.
        const Result<QByteArray> canonical = jcs::canonicalize(json);
        FUZZ_CHECK(canonical.ok());
        const Result<QByteArray> twice = jcs::canonicalize(*canonical);
        FUZZ_CHECK(twice.ok());
        FUZZ_CHECK(*twice == *canonical);
        FUZZ_CHECK(!QJsonDocument::fromJson(*canonical).isNull() || strict->type() != JcsValue::Type::Object);
    }
    return 0;
}
