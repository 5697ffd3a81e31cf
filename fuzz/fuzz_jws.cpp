// Compact JWS: CompactJws::parse (strict base64url, header JSON, alg and crit rules) and the
// container's JWS detection on the same text.

#include "FuzzSupport.h"

#include "badge/BadgeContainer.h"
#include "encoding/Base64.h"
#include "jose/CompactJws.h"

using namespace credfolio;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::quietQt();
    const QByteArray token(reinterpret_cast<const char*>(data), qsizetype(size));

    const Result<CompactJws> jws = CompactJws::parse(token);
    if (jws.ok()) {
        // A parsed token re-encodes to exactly its own text: one token, one meaning.
        const QByteArray again = base64url::encode(jws->headerBytes()) + '.' + base64url::encode(jws->payload()) + '.'
            + base64url::encode(jws->signature());
        FUZZ_CHECK(again == token);
        FUZZ_CHECK(jws->signingInput() == token.left(token.lastIndexOf('.')));
        FUZZ_CHECK(!jws->algorithm().isEmpty());
        // The container must see a token with a payload as a JWS too.
        if (!jws->payload().isEmpty()) {
            const Result<ExtractedCredential> extracted = BadgeContainer::extract(token);
            FUZZ_CHECK(extracted.ok());
            FUZZ_CHECK(extracted->payload == ExtractedCredential::Payload::CompactJws);
        }
    }
    return 0;
}
