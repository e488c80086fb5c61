#pragma once

class QCoreApplication;

namespace td::sim {

// On Unix, makes SIGTERM and SIGINT quit the application's event loop cleanly (self-pipe and
// QSocketNotifier, nothing but write() in the handler). Elsewhere it does nothing.
void quitOnTerminationSignals(QCoreApplication *app);

} // namespace td::sim
