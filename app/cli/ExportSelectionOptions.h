#pragma once

#include "CliContext.h"
#include "export/ExportSelection.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>

namespace credfolio::cli {

// The selection options every export shares: --collection NAME or --badge ID (repeatable).
class ExportSelectionOptions {
public:
    static QList<QCommandLineOption> options();
    // Reads the options; prints the reason and returns false when they are wrong.
    bool read(CliContext& ctx, const QCommandLineParser& parser);
    const ExportSelection& selection() const { return m_selection; }

private:
    ExportSelection m_selection;
};

} // namespace credfolio::cli
