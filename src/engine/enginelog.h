#pragma once

// The engine's logging categories, off below warnings by default. An operator debugging a
// trigger turns them on with QT_LOGGING_RULES="triggerdesk.engine.debug=true" (or
// "triggerdesk.*.debug=true"): each request with its purpose and whether the token went, each
// answer, each retry, wait and give-up with its reason, each slot of the long-poll pool. Never a
// token, a secret or an unredacted URL.

#include <QLoggingCategory>

namespace td {

Q_DECLARE_LOGGING_CATEGORY(lcEngine) // triggerdesk.engine: jobs, requests, decisions
Q_DECLARE_LOGGING_CATEGORY(lcAuth)   // triggerdesk.auth: tokens fetched, refreshed, dropped

} // namespace td
