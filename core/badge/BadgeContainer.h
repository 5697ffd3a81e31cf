#pragma once

#include "common/Result.h"
#include "jcs/JcsValue.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace credfolio {

// What a badge file carries, taken out of its container (baked PNG, baked SVG, plain
// JSON, compact JWS text). Knows formats, knows nothing of keys or trust.
struct ExtractedCredential {
    enum class Container { Png, Svg, Json, Jws };
    enum class Payload { Json, CompactJws, Url };

    Container container = Container::Json;
    Payload payload = Payload::Json;
    QByteArray bytes; // the embedded JSON text, compact JWS text, or URL (hosted assertion)
    QString keyword; // PNG chunk keyword or SVG element ("openbadges", "openbadgecredential", "openbadges:assertion", ...)

    // A JSON payload as StrictJsonParser read it while the container checked it (depth limit
    // badgelimits::maxJsonDepth), so that the verifier does not parse the same text again.
    // text is the exact bytes it was read from; a reader uses value only while bytes still
    // shares them (see Verifier::verifyExtracted). Unset for other payloads.
    struct StrictJson {
        QByteArray text;
        JcsValue value;
    };
    std::shared_ptr<const StrictJson> strictJson;
};

namespace BadgeContainer {

// Detects the container from the bytes (never from a file name) and extracts the
// credential. Refuses with a specific message: files over the size limit, PNGs with
// bad CRCs or truncated chunks, SVGs with entity declarations, text that is neither
// JSON nor a compact JWS, and images without a badge inside.
Result<ExtractedCredential> extract(const QByteArray& fileBytes);

// "png", "svg", "json", "jws": the words the CLI's JSON output uses.
QString containerName(ExtractedCredential::Container container);

} // namespace BadgeContainer
} // namespace credfolio
