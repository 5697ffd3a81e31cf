#include "common/Logging.h"

// Quiet by default: warnings and errors only. Developers turn on more with
// QT_LOGGING_RULES="credfolio.*.debug=true".
Q_LOGGING_CATEGORY(lcStorage, "credfolio.storage", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCatalog, "credfolio.catalog", QtWarningMsg)
Q_LOGGING_CATEGORY(lcProgress, "credfolio.progress", QtWarningMsg)
Q_LOGGING_CATEGORY(lcVerify, "credfolio.verify", QtWarningMsg)
