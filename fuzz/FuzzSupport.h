#pragma once

// Shared by the fuzz targets: silence Qt's own warnings (they would flood the fuzzer's
// output) and stop loudly when a property the code promises does not hold.

#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

namespace credfolio::fuzz {

inline void quietQt()
{
    static const bool done = [] {
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});
        return true;
    }();
    (void)done;
}

// abort() is what libFuzzer records as a crash, with the input saved.
[[noreturn]] inline void propertyFailed(const char* what)
{
    std::fprintf(stderr, "property failed: %s\n", what);
    std::abort();
}

} // namespace credfolio::fuzz

#define FUZZ_CHECK(condition)                                                                                                    \
    do {                                                                                                                         \
        if (!(condition))                                                                                                        \
            credfolio::fuzz::propertyFailed(#condition);                                                                         \
    } while (false)
