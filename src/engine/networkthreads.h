#pragma once

namespace td {

// Qt runs each QNetworkAccessManager's HTTP in a thread of its own, and QThread::wait() in the
// manager's destructor returns before that thread has done its exit work (thread-local
// destructors, OpenSSL's among them). A process that exits in that moment runs OpenSSL's exit
// handler beside that work: a double free (seen under AddressSanitizer, a crash on exit without).

// How many of those threads are still alive (Linux; 0 elsewhere).
int networkThreadCount();

// Waits until none is alive, at most timeoutMs; true if none is left.
bool waitForNetworkThreads(int timeoutMs);

// Makes QCoreApplication's destructor wait for them (once per process, whoever asks first).
void waitForNetworkThreadsAtExit();

} // namespace td
