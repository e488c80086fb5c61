#pragma once

// What every subcommand of triggerdesk-cli shares: its streams and exit codes.

#include <QString>
#include <QTextStream>

namespace td::cli {

// Exit codes, part of the triggerdesk-cli contract (docs/design.md).
enum ExitCode
{
    ExitSuccess = 0, // Successful or Started
    ExitFaulted = 1,
    ExitUsage = 2,
    ExitFailed = 3,
    ExitUnknown = 4,
    ExitStopped = 5,               // TimedOut or Cancelled
    ExitNotSaved = 6,              // the job records (--state-dir) or profiles could not be written
    ExitStoppedInOrchestrator = 7, // Stopped: stopped in Orchestrator (SoftStop or Kill)
};

QTextStream &out();
QTextStream &err();
// Prints the message with a pointer to --help; returns ExitUsage.
int usageError(const QString &message);
// Prints a message about a file that could not be written; returns ExitNotSaved.
int notSaved(const QString &message);

} // namespace td::cli
