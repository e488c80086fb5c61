#include "jobrun.h"

#include "argumentencoding.h"
#include "authprovider.h"
#include "enginelog.h"
#include "flows.h"
#include "httpexchange.h"
#include "httpmessages.h"
#include "triggerengine.h"

#include <QNetworkAccessManager>
#include <QRandomGenerator>

namespace td {

namespace {

const char *purposeName(int purpose)
{
    static const char *const kNames[] = {"trigger call", "status poll", "long poll", "output", "Jobs API"};
    return kNames[purpose];
}

} // namespace

JobRun::JobRun(TriggerEngine *engine, const JobRecord &record, AuthProvider *auth)
    : QObject(engine)
    , m_engine(engine)
    , m_auth(auth)
    , m_record(record)
    , m_sendAlarm(engine->scheduler(), [this] { sendNow(); })
    , m_deadlineAlarm(engine->scheduler(), [this] { onDeadline(); })
    , m_watchLimitAlarm(engine->scheduler(), [this] { onWatchLimit(); })
{}

JobRun::~JobRun()
{
    m_flow.reset();
    delete m_exchange;
    m_answered.reset();
    if (m_engine)
        m_engine->releaseSlot(this);
}

bool JobRun::isIdle() const
{
    return !m_exchange && !m_sendAlarm.isActive() && !m_deadlineAlarm.isActive() && !m_watchLimitAlarm.isActive();
}

bool JobRun::inFlight(Hop *hop) const
{
    if (!m_exchange)
        return false;
    hop->method = QString::fromLatin1(m_exchange->method());
    hop->url = m_exchange->shownUrl();
    hop->at = m_exchange->startedAt();
    hop->ms = hop->at.msecsTo(QDateTime::currentDateTimeUtc());
    hop->tokenSent = m_exchange->tokenSent();
    return true;
}

QDateTime JobRun::nextRequestAt() const
{
    const qint64 ms = m_sendAlarm.remainingMs();
    return ms < 0 ? QDateTime() : QDateTime::currentDateTimeUtc().addMSecs(ms);
}

void JobRun::begin()
{
    if (isFinished())
        return; // stopped before it began
    m_watchLimitAlarm.start(qint64(m_engine->watchLimitSeconds()) * 1000);
    QStringList problems = m_record.profile.validate();
    problems += validateArguments(m_record.profile.arguments, m_record.arguments);
    if (problems.isEmpty())
        prepareNetwork(&problems);
    if (!problems.isEmpty()) {
        finish(JobState::Failed,
               Phrase::translate("td::JobRun", "The job was not started: %1").arg(problems.join(QLatin1Char(' '))));
        return;
    }
    // A long poll, or a trigger-default call that may turn out to be one, holds a connection for
    // long: it waits for a slot of the bounded pool, visibly Queued.
    const CallMode mode = m_record.profile.mode;
    if (mode == CallMode::LongPolling || mode == CallMode::TriggerDefault) {
        QNetworkAccessManager *manager = m_engine->acquireSlot(this, originOf(m_record.profile.invokeUrl), m_route);
        if (!manager) {
            setState(JobState::Queued, Phrase::translate("td::JobRun", "Waiting for a free long-poll connection"));
            return;
        }
        m_longPollManager = manager;
    }
    startFlow(std::make_unique<TriggerFlow>(host()));
}

void JobRun::beginResume()
{
    if (isFinished())
        return;
    m_watchLimitAlarm.start(qint64(m_engine->watchLimitSeconds()) * 1000);
    if (QStringList problems; !prepareNetwork(&problems)) {
        finish(JobState::Unknown,
               Phrase::translate("td::JobRun", "Watching cannot resume: %1").arg(problems.join(QLatin1Char(' '))));
        return;
    }
    if (m_record.orchestratorJobId != 0) {
        // Found in Orchestrator: its Jobs API says how it goes, whatever the call mode was.
        m_record.error = {};
        m_record.finishedAt = QDateTime();
        startFlow(std::make_unique<OrchestratorWatchFlow>(host()));
        return;
    }
    if (!m_record.statusUri.isValid()) {
        InvokeUrlParts parts;
        parseInvokeUrl(m_record.profile.invokeUrl, &parts, nullptr);
        const QString trigger = parts.slug.isEmpty() ? m_record.profile.name
                                                     : QStringLiteral("%1 (%2)").arg(m_record.profile.name, parts.slug);
        finish(JobState::Unknown,
               Phrase::translate(
                   "td::JobRun",
                   "TriggerDesk stopped before the server said where to watch this job, so it cannot be resumed. "
                   "Look for it in Orchestrator: trigger %1, launched %2.")
                   .arg(trigger, m_record.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
        return;
    }
    if (hasRedactedParts(m_record.statusUri)) {
        finish(JobState::Unknown,
               Phrase::translate("td::JobRun",
                                 "The status URI carried a secret, which is never stored on disk, so watching "
                                 "cannot resume. Check the job in Orchestrator."));
        return;
    }
    m_record.error = {};
    m_record.finishedAt = QDateTime();
    if (m_record.mode == CallMode::LongPolling) {
        QNetworkAccessManager *manager = m_engine->acquireSlot(this, originOf(m_record.statusUri), m_route);
        if (!manager) {
            setState(JobState::Queued, Phrase::translate("td::JobRun", "Waiting for a free long-poll connection"));
            return;
        }
        slotGranted(manager);
        return;
    }
    startFlow(std::make_unique<AsyncPollFlow>(host(), true));
}

bool JobRun::prepareNetwork(QStringList *problems)
{
    QString error;
    m_tls = TlsPolicy::load(m_record.profile.tls, &error);
    if (!m_tls) {
        problems->append(error);
        return false;
    }
    m_route = m_engine->routeFor(m_record.profile, m_tls->key());
    return true;
}

void JobRun::slotGranted(QNetworkAccessManager *manager)
{
    if (isFinished()) {
        // Stopped while it waited: the slot goes to the next one.
        if (m_engine)
            m_engine->releaseSlot(this);
        return;
    }
    m_longPollManager = manager;
    // A resumed job waited as Queued; one whose trigger call turned into a long poll as Running.
    if (m_record.statusUri.isValid() && m_record.mode == CallMode::LongPolling)
        startFlow(std::make_unique<LongPollFlow>(host(), m_record.state != JobState::Running));
    else
        startFlow(std::make_unique<TriggerFlow>(host()));
}

void JobRun::setStatusUri(const QUrl &uri)
{
    if (m_record.statusUri == uri)
        return;
    m_record.statusUri = uri;
    emit progressed();
}

void JobRun::setOutput(const QByteArray &raw, const QJsonValue &parsed)
{
    m_record.rawOutput = raw;
    m_record.output = parsed;
}

void JobRun::setServerError(const QString &message, int code)
{
    m_record.serverMessage = message;
    m_record.serverErrorCode = code;
}

void JobRun::countPoll()
{
    ++m_record.polls;
    emit progressed();
}

void JobRun::setLastStatus(const QJsonValue &status)
{
    m_record.lastStatus = status;
    emit progressed();
}

void JobRun::detachFromEngine()
{
    m_engine = nullptr;
}

void JobRun::handOver(std::unique_ptr<Flow> next)
{
    startFlow(std::move(next));
}

void JobRun::startFlow(std::unique_ptr<Flow> flow)
{
    m_failures = 0;
    m_flow = std::move(flow);
    m_flow->start();
}

void JobRun::setLongPolling(bool on)
{
    if (!on) {
        m_deadlineAlarm.stop();
        if (m_engine)
            m_engine->releaseSlot(this);
        m_longPollManager = nullptr;
    } else if (!m_deadlineAlarm.isActive()) {
        m_deadlineAlarm.start(qint64(m_record.profile.deadlineSeconds) * 1000);
    }
}

void JobRun::waitForLongPollSlot()
{
    QNetworkAccessManager *manager = m_engine->acquireSlot(this, originOf(m_record.profile.invokeUrl), m_route);
    if (!manager) {
        // Running, not Queued: the job exists. slotGranted follows the long poll from here.
        setState(JobState::Running,
                 Phrase::translate("td::JobRun", "The job is running; waiting for a free long-poll connection"));
        return;
    }
    m_longPollManager = manager;
    startFlow(std::make_unique<LongPollFlow>(host(), false));
}

QNetworkAccessManager *JobRun::managerFor(Purpose purpose) const
{
    const bool holds = purpose == Purpose::LongPoll || purpose == Purpose::Trigger;
    return holds && m_longPollManager ? m_longPollManager : m_engine->shortManager(m_route);
}

void JobRun::send(Purpose purpose, const QUrl &url, qint64 delayMs)
{
    m_purpose = purpose;
    if (url != m_target.url)
        m_target = {url, policy::tokenDecision(url, m_record.profile.invokeUrl, m_record.profile.trustedOrigins),
                    redactedUrl(url)};
    if (delayMs > 0)
        m_sendAlarm.start(delayMs);
    else
        sendNow();
}

void JobRun::sendNow()
{
    if (isFinished() || !m_engine)
        return;
    m_sendAlarm.stop();
    const policy::TokenDecision decision = m_target.tokenDecision;
    if (m_purpose == Purpose::Trigger && m_auth && decision == policy::TokenDecision::PlainHttp) {
        finish(JobState::Failed, plainHttpTokenRefusal(m_target.url));
        return;
    }
    // The tenant setting "redirects require authentication" concerns the trigger's redirects
    // only: Orchestrator's Jobs API always wants the token.
    const bool withToken =
        m_auth && decision == policy::TokenDecision::Send &&
        (m_purpose == Purpose::Trigger || m_purpose == Purpose::Orchestrator || m_record.profile.sendTokenOnRedirects);
    if (!withToken) {
        sendWithToken(QByteArray());
        return;
    }
    const quint64 serial = ++m_sendSerial;
    m_auth->fetchToken(this, [this, serial](const QByteArray &token, const Phrase &error) {
        if (isFinished() || serial != m_sendSerial)
            return;
        const JobState failedAs = m_purpose == Purpose::Trigger ? JobState::Failed : JobState::Unknown;
        if (!error.isEmpty()) {
            finish(failedAs, error);
            return;
        }
        if (!policy::isTokenSafe(token)) {
            finish(failedAs, unsafeTokenRefusal());
            return;
        }
        sendWithToken(token);
    });
}

void JobRun::sendWithToken(const QByteArray &token)
{
    HttpExchange::Request request;
    request.url = m_target.url;
    request.shownUrl = m_target.shownUrl;
    request.token = token;
    request.timeoutSeconds = m_record.profile.requestTimeoutSeconds;
    request.bodyLimit = m_engine->responseBodyLimit();
    request.tls = m_tls;
    request.routeThrough(m_route.proxy);
    if (m_purpose == Purpose::Orchestrator) {
        if (const auto header = policy::folderHeader(m_record.profile.invokeUrl, m_record.folderId);
            !header.first.isEmpty())
            request.headers.append(header);
    }
    if (m_purpose == Purpose::Trigger) {
        request.sendOnce = true;
        request.method = m_record.profile.method.toLatin1();
        request.hasBody = encoding::methodHasBody(m_record.profile.method);
        if (request.hasBody)
            request.body = encoding::jsonBody(m_record.arguments, m_record.profile.mode);
    }
    qCDebug(lcEngine).noquote() << m_record.id.left(8) << purposeName(int(m_purpose)) << request.method
                                << m_target.shownUrl << (token.isEmpty() ? "without a token" : "with the token");
    delete m_exchange;
    m_exchange = new HttpExchange(managerFor(m_purpose), m_engine->scheduler(), request, this, m_engine->requestGate());
    connect(m_exchange, &HttpExchange::finished, this, &JobRun::onAnswer);
}

void JobRun::onAnswer(const HttpAnswer &answer)
{
    HttpExchange *exchange = m_exchange;
    m_exchange = nullptr;
    m_answered.reset(exchange);
    if (isFinished())
        return;
    Hop hop = exchange->hop(answer, describeAnswerProblem(answer));
    const policy::RetryAfter retryAfter = policy::parseRetryAfter(answer.retryAfter, QDateTime::currentDateTimeUtc());
    if (retryAfter.clamped)
        hop.note = Phrase::translate("td::JobRun", "Retry-After %1 is beyond %2 s: waiting %2 s")
                       .arg(QString::fromLatin1(answer.retryAfter))
                       .arg(policy::kMaxRetryAfterMs / 1000);
    qCDebug(lcEngine).noquote() << m_record.id.left(8) << purposeName(int(m_purpose)) << "answered" << answer.status
                                << hop.error.text() << "in" << answer.elapsedMs << "ms"
                                << (answer.requestSent ? "" : "(nothing sent)");
    recordHop(hop);
    m_flow->onAnswer(answer);
}

void JobRun::recordHop(const Hop &hop)
{
    if (!m_record.hops.isEmpty() && m_record.hops.last().sameExchange(hop)) {
        // The same exchange again (a poll that says "still running"): counted, not kept.
        Hop &last = m_record.hops.last();
        ++last.repeats;
        last.lastAt = hop.at;
        last.ms = hop.ms;
    } else {
        m_record.hops.append(hop);
    }
    emit hopRecorded(int(m_record.hops.size() - 1));
}

void JobRun::retryOrGiveUp(const HttpAnswer &answer, const Phrase &why)
{
    if (answer.status == 401 && repeatAfter401())
        return;
    if (answer.refusedUnprocessed && ++m_refusedInARow <= policy::kMaxRefusedUnprocessed) {
        // Turned away before the server looked at it (a gateway rotating its connection): not a
        // failure of the server, so the retry budget is not spent; bounded all the same.
        qCDebug(lcEngine).noquote() << m_record.id.left(8) << "refused unprocessed, sent again";
        resend(answer, 1);
        return;
    }
    if (!policy::worthRetrying(answer)) {
        giveUp(answer, why);
        return;
    }
    retry(answer, why, Retry::Counted);
}

bool JobRun::repeatAfter401()
{
    if (m_retriedAfter401 || !m_auth || !m_auth->invalidateToken())
        return false;
    // A refreshed token may pass: the same request once more, at once.
    m_retriedAfter401 = true;
    sendNow();
    return true;
}

void JobRun::retry(const HttpAnswer &answer, const Phrase &why, Retry kind)
{
    if (kind == Retry::Confirming) {
        resend(answer, 1);
        return;
    }
    if (retryWithin(retryPolicy().maxRetries, answer) < 0)
        giveUp(answer, why);
}

qint64 JobRun::retryWithin(int budget, const HttpAnswer &answer)
{
    if (m_failures >= budget)
        return -1;
    return resend(answer, ++m_failures);
}

qint64 JobRun::resend(const HttpAnswer &answer, int attempt)
{
    const qint64 backoff = policy::backoffMs(attempt, retryPolicy(), QRandomGenerator::global()->generateDouble());
    const qint64 retryAfter = policy::parseRetryAfter(answer.retryAfter, QDateTime::currentDateTimeUtc()).ms;
    const qint64 wait = qMax(backoff, retryAfter);
    qCDebug(lcEngine).noquote() << m_record.id.left(8) << purposeName(int(m_purpose)) << "again in" << wait
                                << "ms: attempt" << attempt << "of" << retryPolicy().maxRetries
                                << (retryAfter >= 0 ? "(Retry-After)" : "");
    emit progressed();
    send(m_purpose, m_target.url, wait);
    return wait;
}

RetryPolicy JobRun::retryPolicy() const
{
    return m_engine ? m_engine->retryPolicy() : RetryPolicy{};
}

void JobRun::giveUp(const HttpAnswer &answer, const Phrase &why)
{
    qCInfo(lcEngine).noquote() << m_record.id.left(8) << "gives up after" << m_failures << "retries:" << why.text();
    const ServerError server = parseServerError(answer.body);
    m_record.serverMessage = server.message;
    m_record.serverErrorCode = server.code;
    finish(JobState::Unknown,
           Phrase::lines({why, describeAnswer(answer, QStringLiteral("GET")),
                          Phrase::translate("td::JobRun", "The job may still be running; resume watching later or "
                                                          "check it in Orchestrator.")}));
}

void JobRun::resetFailures()
{
    m_failures = 0;
    m_refusedInARow = 0;
    m_retriedAfter401 = false;
}

void JobRun::onDeadline()
{
    if (m_record.state == JobState::Triggering && !m_exchange) {
        // No call in flight: every call so far was refused (or none went yet), so no job exists.
        const Phrase what =
            Phrase::translate("td::JobRun",
                              "The long-poll deadline of %1 s passed before the trigger call was answered.")
                .arg(m_record.profile.deadlineSeconds);
        finish(
            JobState::Failed,
            Phrase::sentences(
                {what, m_failures > 1
                           ? Phrase::translate("td::JobRun", "None of the %1 calls created a job.").arg(m_failures)
                       : m_failures == 1
                           ? Phrase::translate("td::JobRun", "The server refused the call, so no job was created.")
                           : Phrase::translate("td::JobRun", "The trigger was not called, so no job was created.")}));
        return;
    }
    abortExchange(Phrase::translate("td::JobRun", "Stopped at the long-poll deadline"));
    m_sendAlarm.stop();
    const Phrase what =
        Phrase::translate("td::JobRun", "The long-poll deadline of %1 s passed while the job was running.")
            .arg(m_record.profile.deadlineSeconds);
    finish(JobState::TimedOut,
           Phrase::sentences(
               {what, m_record.statusUri.isValid()
                          ? Phrase::translate("td::JobRun", "It may still finish: resume watching to go on.")
                          : Phrase::translate("td::JobRun", "It may still run: check it in Orchestrator.")}));
}

void JobRun::onWatchLimit()
{
    abortExchange(Phrase::translate("td::JobRun", "Stopped at the watch limit"));
    const int limit = m_engine ? m_engine->watchLimitSeconds() : TriggerEngine::kDefaultWatchLimitSeconds;
    const int hours = limit / 3600;
    const Phrase howLong = limit % 3600 == 0 ? Phrase::translate("td::JobRun", "%n hour(s)", nullptr, hours)
                                             : Phrase::translate("td::JobRun", "%n second(s)", nullptr, limit);
    finish(JobState::TimedOut,
           Phrase::translate("td::JobRun",
                             "TriggerDesk watched this job for %1, its limit, and stopped. It may still run: "
                             "resume watching to go on, or check it in Orchestrator.")
               .arg(howLong));
}

void JobRun::cancel()
{
    if (isFinished())
        return;
    abortExchange(Phrase::translate("td::JobRun", "Stopped watching"));
    finish(JobState::Cancelled, Phrase::translate("td::JobRun", "Stopped watching (the job may still be running)."));
}

void JobRun::abortExchange(const Phrase &why)
{
    if (!m_exchange)
        return;
    HttpExchange *exchange = m_exchange;
    m_exchange = nullptr;
    const Hop hop = exchange->abort(why);
    exchange->deleteLater();
    if (!why.isEmpty())
        recordHop(hop);
}

void JobRun::setState(JobState state, const Phrase &detail)
{
    if (isFinished())
        return; // an ended job stays as it ended
    if (state == m_record.state && !m_record.transitions.isEmpty()) {
        // Same state, more to say (why a new job is Queued): no second transition.
        if (!detail.isEmpty() && m_record.transitions.last().detail != detail) {
            m_record.transitions.last().detail = detail;
            emit progressed();
        }
        return;
    }
    qCInfo(lcEngine).noquote() << m_record.id.left(8) << m_record.profile.name << "->" << jobStateName(state)
                               << detail.firstLine().text();
    m_record.state = state;
    m_record.transitions.append({state, QDateTime::currentDateTimeUtc(), detail, int(m_record.hops.size()) - 1});
    emit stateChanged(state);
}

void JobRun::finish(JobState state, const Phrase &error)
{
    if (isFinished())
        return;
    m_sendAlarm.stop();
    m_deadlineAlarm.stop();
    m_watchLimitAlarm.stop();
    abortExchange();
    // The last exchange goes with the job's end (it may be the one answering now, so later), not
    // with the run, which a burst keeps until it ends.
    if (m_answered)
        m_answered.release()->deleteLater();
    if (m_engine)
        m_engine->releaseSlot(this);
    m_longPollManager = nullptr;
    m_record.error = error;
    // A refused token the credential can explain (a personal access token past its expiry date)
    // says so first, in place of "missing, wrong or expired".
    if (m_auth && !m_record.hops.isEmpty() && m_record.hops.last().status == 401) {
        if (const Phrase reason = m_auth->refusalReason(); !reason.isEmpty())
            m_record.error = Phrase::lines(
                {Phrase::translate("td::JobRun", "The server refused the token (401). %1").arg(reason), error});
    }
    m_record.finishedAt = QDateTime::currentDateTimeUtc();
    setState(state, m_record.error.firstLine());
    emit finished();
}

} // namespace td
