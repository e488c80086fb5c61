#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include "scheduler.h"

#include <memory>

class QNetworkAccessManager;

namespace td {

class AuthProvider;
class HttpExchange;
struct HttpAnswer;

// "Test connection": gets a token from the provider (for OAuth, a real token request), then
// asks the trigger's Orchestrator for one job (GET .../odata/Jobs?$top=1) and reports, in words,
// what that proved. Never launches anything.
class ConnectionTest : public QObject
{
    Q_OBJECT

public:
    // trustedOrigins: origins the profile trusts with the token over plain http (as jobs do).
    ConnectionTest(QNetworkAccessManager *manager, AuthProvider *auth, const QUrl &invokeUrl,
                   const QStringList &trustedOrigins = {}, QObject *parent = nullptr);
    ~ConnectionTest() override;

    void start();

    // {orchestrator}/odata/Jobs?$top=1 for a trigger URL (".../orchestrator_/t/..." or "/t/...").
    static QUrl jobsUrlFor(const QUrl &invokeUrl);

signals:
    void finished(bool ok, const QString &report);

private:
    static constexpr int kTimeoutSeconds = 30;
    static constexpr qint64 kBodyLimit = 64 * 1024; // enough for a server's message, never a flood

    void onAnswer(const HttpAnswer &answer);

    QNetworkAccessManager *m_manager;
    QPointer<AuthProvider> m_auth;
    QUrl m_invokeUrl;
    QUrl m_jobsUrl;
    QStringList m_trustedOrigins;
    Scheduler m_scheduler; // the exchange's inactivity timeout
    std::unique_ptr<HttpExchange> m_exchange;
};

} // namespace td
