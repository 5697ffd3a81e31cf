#include "common/Logging.h"

Q_LOGGING_CATEGORY(lcStorage, "credfolio.storage")
Q_LOGGING_CATEGORY(lcCatalog, "credfolio.catalog")
Q_LOGGING_CATEGORY(lcProgress, "credfolio.progress")
Q_LOGGING_CATEGORY(lcVerify, "credfolio.verify")
