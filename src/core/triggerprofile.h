#pragma once

#include "argumentspec.h"
#include "callmode.h"
#include "tlstrust.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QUrl>

namespace td {

// What the parts of a full slug URL are, for display only: the URL itself is sent as given.
struct InvokeUrlParts
{
    QString organization; // empty for a standalone Orchestrator
    QString tenant;       // empty for a standalone Orchestrator
    QString folderKey;
    QString slug;
    bool folderKeyIsGuid = false;
};

// Parses ".../{organization}/{tenant}/orchestrator_/t/{folderKey}/{slug}" or ".../t/{folderKey}/{slug}".
// Returns false, with a message for a person in *error, when the URL is not an invoke URL.
bool parseInvokeUrl(const QUrl &url, InvokeUrlParts *parts, QString *error);

// "scheme://host:port" with the scheme's default port made explicit, for origin comparisons.
QString originOf(const QUrl &url);

// The Orchestrator a trigger URL belongs to: ".../{org}/{tenant}/orchestrator_" (or the root of
// a standalone one), where /odata lives.
QUrl orchestratorUrlFor(const QUrl &invokeUrl);

struct TriggerProfile
{
    static constexpr int kFormatVersion = 1;
    static constexpr int kDefaultPollIntervalMs = 2000;
    static constexpr int kMinimumPollIntervalMs = 250;
    static constexpr int kDefaultDeadlineSeconds = 15 * 60;
    // A long poll runs 15 minutes at most on Orchestrator; a day leaves room for a loop that is
    // resumed, and keeps a job's hops (one a second at worst) bounded.
    static constexpr int kMaximumDeadlineSeconds = 24 * 3600;
    static constexpr int kDefaultRequestTimeoutSeconds = 120;
    static constexpr int kMaximumExpectedDurationSeconds = 7 * 24 * 3600;
    static constexpr int kMaximumProbeMinutes = 24 * 60;

    QString name;
    QUrl invokeUrl;
    QString method = QStringLiteral("POST");
    CallMode mode = CallMode::AsyncRequestReply;
    QList<ArgumentSpec> arguments;
    QMap<QString, QJsonObject> presets;
    int pollIntervalMs = kDefaultPollIntervalMs;
    // How the status is polled: every pollIntervalMs, or adaptively (often at first, less often
    // as the job runs longer: policy::pollIntervalMs). A file without the key polls at a fixed
    // interval, as it always did; the window's new profiles poll adaptively.
    bool adaptivePolling = false;
    int deadlineSeconds = kDefaultDeadlineSeconds;
    int requestTimeoutSeconds = kDefaultRequestTimeoutSeconds;
    // A reference to a credential (never the secret itself).
    QString credential;
    QStringList trustedOrigins;
    bool sendTokenOnRedirects = true;
    // The folder's id (X-UIPATH-OrganizationUnitId) for asking Orchestrator about jobs; 0: found
    // from the URL's folder key when needed.
    qint64 folderId = 0;
    // Certificates trusted beyond the system's, for every request of the profile's jobs.
    TlsTrust tls;
    // The proxy: "" the application's, "system", "none" or a proxy URL (ProxySetting::parse).
    QString proxy;
    // An input argument (a String In argument of the process) that every launch fills with a fresh
    // UUID, so that the job can be found exactly in Orchestrator when the answer is lost; "" none.
    QString correlationArgument;
    // How long a job usually takes, in seconds; 0: not said. A job running longer is marked in
    // the window and notified once, as Orchestrator's alerts do for jobs that run too long.
    int expectedDurationSeconds = 0;
    // A probe: the profile runs itself every probeEveryMinutes (0: never), or at set times of day
    // (probeTimes, local time, sorted; one or the other), with its first preset's arguments (else
    // the defaults), as a health check. Each probe is a real job in Orchestrator, so it runs only
    // once the operator confirmed that (probeConfirmed).
    int probeEveryMinutes = 0;
    QList<QTime> probeTimes;
    bool probeConfirmed = false;
    bool hasProbeSchedule() const { return probeEveryMinutes > 0 || !probeTimes.isEmpty(); }
    // The first probe turn after `after` (UTC); invalid without a schedule.
    QDateTime nextProbeAfter(const QDateTime &after) const;

    // The arguments a probe launches with: the first preset's, else each argument's default.
    QJsonObject probeArguments() const;

    // Problems that stop a launch, each a sentence a person can act on.
    QStringList validate() const;

    QJsonObject toJson() const;
    // Reads what toJson wrote, filling defaults for missing members. *error is set, and an
    // empty profile returned, when the object is not a profile at all.
    static TriggerProfile fromJson(const QJsonObject &json, QString *error = nullptr);

    bool operator==(const TriggerProfile &other) const;
    bool operator!=(const TriggerProfile &other) const { return !(*this == other); }
};

bool isSupportedMethod(const QString &method);

} // namespace td
