#include "callmode.h"

#include "enumnames.h"

#include <QCoreApplication>

namespace td {

namespace {

constexpr EnumNames<CallMode, 4> kModeNames{{
    {CallMode::TriggerDefault, "default"},
    {CallMode::AsyncRequestReply, "AsyncRequestReply"},
    {CallMode::FireAndForget, "FireAndForget"},
    {CallMode::LongPolling, "LongPolling"},
}};

constexpr EnumNames<JobState, 11> kStateNames{{
    {JobState::Queued, "Queued"},
    {JobState::Triggering, "Triggering"},
    {JobState::Running, "Running"},
    {JobState::Started, "Started"},
    {JobState::Successful, "Successful"},
    {JobState::Faulted, "Faulted"},
    {JobState::Stopped, "Stopped"},
    {JobState::Failed, "Failed"},
    {JobState::Unknown, "Unknown"},
    {JobState::TimedOut, "TimedOut"},
    {JobState::Cancelled, "Cancelled"},
}};

} // namespace

QString callModeName(CallMode mode)
{
    return enumName(kModeNames, mode);
}

bool parseCallMode(const QString &text, CallMode *mode)
{
    return enumFromName(kModeNames, text.trimmed(), mode);
}

QString callModeLabel(CallMode mode)
{
    switch (mode) {
    case CallMode::TriggerDefault:
        return QCoreApplication::translate("td::CallMode", "Trigger default");
    case CallMode::AsyncRequestReply:
        return QCoreApplication::translate("td::CallMode", "Async polling");
    case CallMode::FireAndForget:
        return QCoreApplication::translate("td::CallMode", "Fire and forget");
    case CallMode::LongPolling:
        return QCoreApplication::translate("td::CallMode", "Long polling");
    }
    return {};
}

QString jobStateName(JobState state)
{
    return enumName(kStateNames, state);
}

bool parseJobState(const QString &text, JobState *state)
{
    return enumFromName(kStateNames, text.trimmed(), state);
}

QString jobStateLabel(JobState state)
{
    switch (state) {
    case JobState::Queued:
        return QCoreApplication::translate("td::JobState", "Queued");
    case JobState::Triggering:
        return QCoreApplication::translate("td::JobState", "Triggering");
    case JobState::Running:
        return QCoreApplication::translate("td::JobState", "Running");
    case JobState::Started:
        return QCoreApplication::translate("td::JobState", "Started");
    case JobState::Successful:
        return QCoreApplication::translate("td::JobState", "Successful");
    case JobState::Faulted:
        return QCoreApplication::translate("td::JobState", "Faulted");
    case JobState::Stopped:
        return QCoreApplication::translate("td::JobState", "Stopped");
    case JobState::Failed:
        return QCoreApplication::translate("td::JobState", "Failed");
    case JobState::Unknown:
        return QCoreApplication::translate("td::JobState", "Unknown");
    case JobState::TimedOut:
        return QCoreApplication::translate("td::JobState", "Timed out");
    case JobState::Cancelled:
        return QCoreApplication::translate("td::JobState", "Stopped watching");
    }
    return {};
}

bool isTerminal(JobState state)
{
    return state != JobState::Queued && state != JobState::Triggering && state != JobState::Running;
}

bool isResumable(JobState state)
{
    return state == JobState::Unknown || state == JobState::TimedOut || state == JobState::Cancelled;
}

} // namespace td
