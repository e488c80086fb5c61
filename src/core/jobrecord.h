#pragma once

#include "callmode.h"
#include "phrase.h"
#include "triggerprofile.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace td {

// One HTTP exchange of a job. The URL is stored redacted and no request header is kept, so a
// hop can be shown, logged and exported as it is.
struct Hop
{
    QString method;
    QString url;
    int status = 0; // 0 when no HTTP answer came (connection refused, timeout...)
    qint64 ms = 0;
    QDateTime at;
    bool tokenSent = false;
    QList<QPair<QByteArray, QByteArray>> headers; // chosen response headers (Location, Retry-After...)
    Phrase error;                                 // what went wrong with this exchange, empty when all came
    Phrase note;                                  // what the client made of it (a clamped Retry-After...)
    QString protocol;                             // "h2" or "http/1.1" once an answer came; empty before
    QString proxy;                                // the proxy it went through ("http://host:port"); empty for none
    bool proxyAuthRequired = false;               // that proxy asked for credentials (407) it was not given
    // The server's certificate (PEM) when it was refused, and whether trusting that one
    // certificate for the profile (pinning it) would let the connection through: it was refused
    // only for who signed it, or for not being the pinned one; never when expired or for another host.
    QByteArray certificate;
    bool certificateTrustable = false;
    // Identical exchanges in a row are kept as one hop: how many, and when the last one began.
    int repeats = 1;
    QDateTime lastAt;

    // Same request, same answer: a repeat worth counting rather than keeping.
    bool sameExchange(const Hop &other) const;

    QJsonObject toJson() const;
    static Hop fromJson(const QJsonObject &json);
};

struct Transition
{
    JobState state = JobState::Queued;
    QDateTime at;
    Phrase detail;
    int hopIndex = -1; // the hop that caused it, -1 for none

    QJsonObject toJson() const;
    static Transition fromJson(const QJsonObject &json);
};

// Everything known about one job, enough to show it, export it and resume watching it.
struct JobRecord
{
    QString id;
    TriggerProfile profile; // the profile as it was at launch
    QJsonObject arguments;
    CallMode mode =
        CallMode::TriggerDefault; // the mode in effect: learnt from the server when the profile says default
    JobState state = JobState::Queued;
    QList<Transition> transitions;
    QList<Hop> hops;
    QUrl statusUri;
    QJsonValue lastStatus; // the last JSON body of a "still running" status answer
    QByteArray rawOutput;  // the result body as received (output or error)
    QJsonValue output;     // the result body parsed, when it is JSON
    Phrase error;          // what went wrong, for a person
    QString serverMessage; // the server's own message, word for word
    int serverErrorCode = 0;
    int polls = 0;
    bool probe = false; // launched by the profile's probe schedule, not by a person
    // The job as Orchestrator knows it, once found there ("Check in Orchestrator"): then it is
    // watched through /odata/Jobs(id) in that folder.
    qint64 orchestratorJobId = 0;
    qint64 folderId = 0;
    QDateTime createdAt;
    QDateTime finishedAt;

    int lastHttpStatus() const;
    // One line for a table cell: the error, or the output.
    QString summary() const;

    QJsonObject toJson() const;
    static JobRecord fromJson(const QJsonObject &json);
};

// The correlation id the job was launched with (its profile's correlation argument), or "".
QString correlationIdOf(const JobRecord &record);

// How long a job ran (or has run, at now), and by whose clock: Orchestrator's StartTime and
// EndTime when the job was watched through its Jobs API (attached), which a late look cannot
// stretch; otherwise from the launch to the end TriggerDesk saw.
struct JobDuration
{
    qint64 ms = 0;
    bool byOrchestrator = false;
};
JobDuration jobDuration(const JobRecord &record, const QDateTime &now);

// The job's page in Orchestrator's web interface, once it was watched through the Jobs API (its
// key comes from there); invalid before. The address UiPath's own CLI prints for a job it
// started: {Orchestrator URL}/jobs(sidepanel:sidepanel/jobs/{key}/details)?fid={folder id}.
QUrl orchestratorJobPage(const JobRecord &record);

// The URL with user info and secret-looking query values replaced, for display and storage.
QString redactedUrl(const QUrl &url);
// What replaces a secret query value.
constexpr char kRedacted[] = "REDACTED";
// True when a URL read back from storage lost query values to redaction.
bool hasRedactedParts(const QUrl &url);

} // namespace td
