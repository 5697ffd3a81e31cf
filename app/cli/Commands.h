#pragma once

#include "CliContext.h"

namespace credfolio::cli {

int catalogSearch(CliContext& ctx);
int catalogCredentials(CliContext& ctx);
int catalogImport(CliContext& ctx);
int planAdd(CliContext& ctx);
int planRemove(CliContext& ctx);
int planList(CliContext& ctx);
int progressSet(CliContext& ctx);
int progressShow(CliContext& ctx);
int verify(CliContext& ctx);
int importBadges(CliContext& ctx);
int badgesList(CliContext& ctx);
int badgesShow(CliContext& ctx);
int badgesReverify(CliContext& ctx);
int badgesExport(CliContext& ctx);
int badgesDelete(CliContext& ctx);
int profile(CliContext& ctx);
int collection(CliContext& ctx);
int samples(CliContext& ctx);
int key(CliContext& ctx);
int exportFiles(CliContext& ctx);
int backup(CliContext& ctx);
int restore(CliContext& ctx);
int exportPdf(CliContext& ctx);
int exportPresentation(CliContext& ctx);

} // namespace credfolio::cli
