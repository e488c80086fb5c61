#pragma once

#include "jobrecord.h"
#include "scheduler.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

namespace td {

class AuthProvider;
class HttpExchange;
struct HttpAnswer;

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
// the trigger's folder around the launch (GET {orchestrator}/odata/Jobs, header
// X-UIPATH-OrganizationUnitId), nearest first, those with the same arguments marked. The folder id
// is the profile's, else found from the URL's folder key (/odata/Folders).
class JobLookup : public QObject
{
    Q_OBJECT

public:
    // How far around the launch time a job is looked for.
    static constexpr int kSecondsBefore = 2 * 60;
    static constexpr int kSecondsAfter = 10 * 60;

    JobLookup(QNetworkAccessManager *manager, AuthProvider *auth, const JobRecord &record, QObject *parent = nullptr);
    ~JobLookup() override;

    void start();

signals:
    // The candidates and the folder they are in; or an error for a person, and no candidates.
    void finished(const QList<td::OrchestratorJob> &candidates, qint64 folderId, const QString &error);

private:
    void findFolder();
    void findJobs();
    void get(const QUrl &url, std::function<void(const HttpAnswer &)> then);
    void fail(const QString &error);

    QNetworkAccessManager *m_manager;
    QPointer<AuthProvider> m_auth;
    JobRecord m_record;
    qint64 m_folderId = 0;
    Scheduler m_scheduler;
    QPointer<HttpExchange> m_exchange;
};

} // namespace td

Q_DECLARE_METATYPE(td::OrchestratorJob)
