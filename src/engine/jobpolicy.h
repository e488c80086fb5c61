#pragma once

// The decisions a job takes at each hop, as pure functions: where the token may go, where a
// redirect may lead, how long to wait before a retry. No network, no timers: unit-tested alone.

#include "httpanswer.h"
#include "triggerprofile.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace td {

// How safe GETs (status polls, output, long-poll hops) are repeated after a transient failure.
struct RetryPolicy
{
    int maxRetries = 6;     // consecutive failures before the job becomes Unknown
    int baseDelayMs = 1000; // doubled each retry, with +-25% jitter
    int maxDelayMs = 30000;
};

namespace policy {

// The longest wait a server may ask for with Retry-After; anything longer is clamped to it.
constexpr qint64 kMaxRetryAfterMs = 5 * 60 * 1000;
// Safe GETs are never sent closer together than this (docs/protocol.md: never busy-poll).
constexpr int kMinimumIntervalMs = 250;
// A long-poll hop that comes back sooner than this is not a held request: the next one waits.
constexpr int kLongPollFloorMs = 1000;
// Adaptive polling (TriggerProfile::adaptivePolling): the wait before the next status poll is a
// fifth of the time the job has run, never less than the profile's interval nor more than this
// (or the interval, when it is longer). A job's end is then reported at most that late: within
// max(interval, elapsed / 5), 30 s at most. A 15-minute job polled every second costs about 45
// requests instead of 900.
constexpr int kAdaptivePollCapMs = 30000;
constexpr int kAdaptivePollDivisor = 5;
// The wait before the next status poll of a job that has run elapsedMs so far.
qint64 pollIntervalMs(const TriggerProfile &profile, qint64 elapsedMs);

// Redirects followed in a row from an output URI (or an async status URI to itself).
constexpr int kMaxResultRedirects = 5;
// Requests turned away unprocessed (HTTP/2 GOAWAY) sent again in a row before they count against
// the retry budget: a gateway rotating connections refuses a burst's streams a few times over.
constexpr int kMaxRefusedUnprocessed = 20;
// Times a trigger call is sent again when the server certainly created no job (see
// triggerMayBeRepeated), and never more than the retry budget of safe GETs.
constexpr int kTriggerRetries = 3;

// The header that names the job's folder to Orchestrator's Jobs API: its numeric id when the
// profile gives one, else the folder key of the trigger URL (it never changes, where ids move with
// a licensing change: Orchestrator API guide, "Building API Requests"). Empty name when neither.
QPair<QByteArray, QByteArray> folderHeader(const QUrl &invokeUrl, qint64 folderId);

// True for loopback addresses (127.0.0.0/8, ::1) and the name "localhost", decided from the
// parsed address, never from a prefix of the name.
bool isLoopbackHost(const QString &host);

enum class TokenDecision
{
    Send,
    OtherOrigin, // not the trigger's origin nor a trusted one: follow without the token
    PlainHttp,   // plain http to a host that is neither loopback nor trusted: never in clear
};
// May the bearer token go to url? `home` is the trigger URL (or the identity URL).
TokenDecision tokenDecision(const QUrl &url, const QUrl &home, const QStringList &trustedOrigins);

// A token with a control character or a space could add headers to the request.
bool isTokenSafe(const QByteArray &token);

struct RedirectTarget
{
    QUrl url;       // valid when the redirect can be followed
    Phrase problem; // why not, for a person (URLs redacted)
};
// Where a Location header leads from `from`: resolved, http(s) only, never https to http.
RedirectTarget resolveRedirect(const QUrl &from, const QByteArray &location);

struct RetryAfter
{
    qint64 ms = -1;       // -1: absent or unreadable
    bool clamped = false; // the server asked for more than kMaxRetryAfterMs
};
// Retry-After as delta-seconds or an HTTP date (IMF-fixdate, RFC 850, asctime).
RetryAfter parseRetryAfter(const QByteArray &value, const QDateTime &now);

// A safe GET that failed this way may succeed if repeated: no answer, an answer cut short, a
// server or gateway error, a rate limit. Not: a refusal (4xx), an unsupported scheme, a body
// over the limit (it would be as large again).
bool worthRetrying(const HttpAnswer &answer);

// The trigger call may go again only when no job can exist (docs/protocol.md): the server refused it
// for now (429), the connection was refused before anything was sent, or the server turned the
// request away unprocessed (an HTTP/2 GOAWAY).
bool triggerMayBeRepeated(const HttpAnswer &answer);

// An answer at a result URI that has the shape of the job's own error: complete, an error
// status that is not about access, rate or a gateway, and a JSON body with a message.
bool isJobError(const HttpAnswer &answer);
// The same job error again (trace ids and the like may differ).
bool sameJobError(const HttpAnswer &first, const HttpAnswer &second);
// How many identical answers in a row, a backoff apart, make a job error believable: three for a
// 5xx (where server hiccups come from), two for a 4xx.
int sightingsToBelieve(const HttpAnswer &answer);

// The wait before retry number `attempt` (1-based): exponential from the policy's base, capped,
// with +-25% jitter from `unitRandom` in [0, 1); never under kMinimumIntervalMs.
qint64 backoffMs(int attempt, const RetryPolicy &retry, double unitRandom);

} // namespace policy
} // namespace td
