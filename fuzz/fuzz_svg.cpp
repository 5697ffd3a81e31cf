// SVG: BadgeContainer::extract on XML input (entity handling, namespace matching,
// verify attribute and CDATA bodies) and the SVG baking round trip.

#include "FuzzSupport.h"

#include "badge/BadgeContainer.h"
#include "badge/Baking.h"
#include "badge/SvgBadge.h"

using namespace credfolio;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::quietQt();
    const QByteArray svg(reinterpret_cast<const char*>(data), qsizetype(size));

    const Result<ExtractedCredential> extracted = BadgeContainer::extract(svg);
    if (extracted.ok())
        FUZZ_CHECK(!extracted->bytes.isEmpty());
    (void)SvgBadge::find(svg);

    // Into any SVG the baker accepts, a credential must bake and come back unchanged: JSON
    // that needs CDATA splitting, a compact JWS, or a hosted URL that needs escaping in the
    // verify attribute (the input length picks which).
    struct Bakeable {
        QByteArray credential;
        Baking::Spec spec;
    };
    static const Bakeable bakeables[] = {
        {QByteArrayLiteral("{\"name\":\"a ]]> b & <c>\",\"type\":\"OpenBadgeCredential\"}"), Baking::Spec::OpenBadges3},
        {QByteArrayLiteral("eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJodHRwczovL2V4YW1wbGUub3JnIn0.c2lnbmF0dXJl"),
            Baking::Spec::OpenBadges3},
        {QByteArrayLiteral("https://badges.example.org/assertions/1?x=1&y='2'"), Baking::Spec::OpenBadges2},
    };
    const Bakeable& bakeable = bakeables[size % 3];
    const Result<QByteArray> baked = Baking::bakeSvg(svg, bakeable.credential, bakeable.spec);
    if (baked.ok()) {
        const Result<ExtractedCredential> again = BadgeContainer::extract(*baked);
        FUZZ_CHECK(again.ok());
        FUZZ_CHECK(again->bytes == bakeable.credential);
    }
    return 0;
}
