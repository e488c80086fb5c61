#include "enginelog.h"

namespace td {

Q_LOGGING_CATEGORY(lcEngine, "triggerdesk.engine", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAuth, "triggerdesk.auth", QtWarningMsg)

} // namespace td
