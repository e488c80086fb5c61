#pragma once

#include <functional>

class QCoreApplication;

namespace td {

// On Unix, makes SIGTERM and SIGINT quit the application's event loop cleanly (self-pipe and
// QSocketNotifier, nothing but write() in the handler), after beforeQuit, if given, has run in
// the event loop. Elsewhere it does nothing.
void quitOnTerminationSignals(QCoreApplication *app, std::function<void()> beforeQuit = {});

} // namespace td
