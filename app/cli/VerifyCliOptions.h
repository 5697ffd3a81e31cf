#pragma once

#include "CliContext.h"
#include "verify/Resolver.h"
#include "verify/VerifyOptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>

#include <memory>

namespace credfolio::cli {

// The verification options `verify`, `import` and `badges reverify` share:
// --at, --resolve URL=FILE (repeatable) and --online.
class VerifyCliOptions {
public:
    static QList<QCommandLineOption> options();
    // Reads the options; prints the reason and returns false when one is wrong.
    bool read(CliContext& ctx, const QCommandLineParser& parser);
    const VerifyOptions& verifyOptions() const { return m_options; }
    VerifyOptions& verifyOptions() { return m_options; }

private:
    OfflineResolver m_resolver;
    std::unique_ptr<Resolver> m_network;
    std::unique_ptr<Resolver> m_chained;
    VerifyOptions m_options;
};

} // namespace credfolio::cli
