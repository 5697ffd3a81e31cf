#pragma once

#include "common/Result.h"

namespace credfolio {

class Crypto
{
public:
    // Known-answer tests, run once at start-up by each app: RFC 8032 section 7.1 test 1
    // (derive, sign, verify, reject a tampered message) and SHA-256("abc") from FIPS 180-2.
    // A failure means the crypto library is broken; the apps refuse to verify badges then.
    static Status selfTest();
};

} // namespace credfolio
