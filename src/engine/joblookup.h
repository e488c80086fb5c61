#pragma once

#include "jobrecord.h"
#include "orchestratorapi.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace td {

class AuthProvider;
struct HttpAnswer;
class TriggerEngine;

// A job as Orchestrator's Jobs API lists it.
struct OrchestratorJob
{
    qint64 id = 0;
    QString key;
    QString state; // Pending, Running, Successful, Faulted, Stopped...
    QString releaseName;
    QDateTime created;
    QJsonObject inputArguments;
    bool argumentsMatch = false; // its input arguments are the ones the job was launched with
};

// "Check in Orchestrator" for a job whose trigger call went unanswered: finds the jobs created in
// the trigger's folder around the call, the likeliest first. The folder is named by the key in
// the trigger URL (X-UIPATH-FolderKey), or by the profile's numeric folder id when it gives one.
// The list call carries no arguments on the real service, so the nearest jobs in time are read
// one by one (GET /odata/Jobs(id)) and those with the same arguments come first; with a
// correlation argument, the one carrying the job's correlation id, alone. A 429 is waited
// out (its Retry-After) a few times (OrchestratorApi).
class JobLookup : public QObject
{
    Q_OBJECT

public:
    // How far around the trigger call a job is looked for (the clocks may differ).
    static constexpr int kSecondsBefore = 2 * 60;
    static constexpr int kSecondsAfter = 10 * 60;
    // The list is read in pages of this many, at most kMaxPages of them (newest first).
    static constexpr int kPageSize = 100;
    static constexpr int kMaxPages = 5;
    // The candidates nearest in time whose arguments are read.
    static constexpr int kDetailed = 20;
    // With a correlation id, candidates are read until one carries it, this many at most.
    static constexpr int kDetailedForCorrelation = 200;

    // Asks through the engine's network manager for the profile's certificate trust.
    JobLookup(TriggerEngine *engine, AuthProvider *auth, const JobRecord &record, QObject *parent = nullptr);

    void start();
    // The correlation id the job was launched with (its profile's correlation argument), or "":
    // then a candidate matches only when it carries that id, and at most one does.
    QString correlationId() const { return m_correlationId; }
    // The creation times searched: from kSecondsBefore the trigger call to kSecondsAfter it.
    QDateTime searchedFrom() const { return m_calledAt.addSecs(-kSecondsBefore); }
    QDateTime searchedTo() const { return m_calledAt.addSecs(kSecondsAfter); }

signals:
    // The candidates and the profile's folder id (0 when the folder is named by its key); or an
    // error for a person, and no candidates.
    void finished(const QList<td::OrchestratorJob> &candidates, qint64 folderId, const QString &error);

private:
    void listPage(int page);
    void readDetails(int index);
    void done();
    void get(const QUrl &url, OrchestratorApi::Then then);
    void fail(const QString &error);

    JobRecord m_record;
    OrchestratorApi m_api;
    QDateTime m_calledAt; // when the trigger call went out
    QString m_correlationId;
    QList<OrchestratorJob> m_candidates;
};

} // namespace td

Q_DECLARE_METATYPE(td::OrchestratorJob)
