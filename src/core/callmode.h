#pragma once

#include <QString>

namespace td {

// The call mode a job runs in. TriggerDefault sends no $callMode and learns the mode from the
// first response (docs/protocol.md "Arguments").
enum class CallMode
{
    TriggerDefault,
    AsyncRequestReply,
    FireAndForget,
    LongPolling,
};

// The wire name ("AsyncRequestReply"...); "default" for TriggerDefault.
QString callModeName(CallMode mode);
// Accepts the wire names, case-insensitively, and "default"; returns false for anything else.
bool parseCallMode(const QString &text, CallMode *mode);
// A short label for people ("Async polling", "Fire and forget"...), translatable.
QString callModeLabel(CallMode mode);

enum class JobState
{
    Queued,
    Triggering,
    Running,
    Started,
    Successful,
    Faulted,
    Stopped, // stopped in Orchestrator (SoftStop or Kill): not the job's own fault
    Failed,
    Unknown,
    TimedOut,
    Cancelled,
};

QString jobStateName(JobState state);
bool parseJobState(const QString &text, JobState *state);
QString jobStateLabel(JobState state);
bool isTerminal(JobState state);
// Unknown, TimedOut and Cancelled jobs may still be running on the server: watching can resume.
bool isResumable(JobState state);

} // namespace td
