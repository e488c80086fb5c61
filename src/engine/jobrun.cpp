#include "jobrun.h"

#include "argumentencoding.h"
#include "authprovider.h"
#include "httpmessages.h"
#include "triggerengine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRandomGenerator>

#include <algorithm>

namespace td {

namespace {

bool isRedirect(int status)
{
    return status >= 300 && status < 400 && status != 304;
}

bool isTransient(int status)
{
    return status == 429 || status == 502 || status == 503 || status == 504;
}

QJsonValue parseJsonBody(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return QJsonValue::Undefined;
    return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
}

bool isLoopback(const QString &host)
{
    return host == QLatin1String("localhost") || host.startsWith(QLatin1String("127.")) || host == QLatin1String("::1");
}

// A request body that can be read once and never rewound.
class OneShotDevice : public QIODevice
{
public:
    explicit OneShotDevice(const QByteArray &data) : m_data(data) { open(QIODevice::ReadOnly); }

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 size() const override { return m_data.size(); }
    qint64 bytesAvailable() const override { return m_data.size() - m_read + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, qint64(m_data.size()) - m_read);
        if (n <= 0)
            return m_read >= m_data.size() ? -1 : 0;
        memcpy(data, m_data.constData() + m_read, size_t(n));
        m_read += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_read = 0;
};

constexpr int kMinimumPollIntervalMs = TriggerProfile::kMinimumPollIntervalMs;
const QByteArray kRecordedHeaders[] = {"Location", "Retry-After", "Content-Type"};

} // namespace

JobRun::JobRun(TriggerEngine *engine, const JobRecord &record, AuthProvider *auth)
    : QObject(engine), m_engine(engine), m_auth(auth), m_record(record)
{
    m_stepTimer.setSingleShot(true);
    m_deadlineTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &JobRun::onDeadline);
    connect(&m_stepTimer, &QTimer::timeout, this, [this] { request(m_step, m_stepUrl); });
}

JobRun::~JobRun()
{
    abortReply();
    if (m_engine) {
        m_engine->releaseSlot(this);
        m_engine->cancelSlotRequest(this);
    }
}

void JobRun::begin()
{
    if (isTerminal(m_record.state))
        return; // cancelled before it began
    QStringList problems = m_record.profile.validate();
    problems += validateArguments(m_record.profile.arguments, m_record.arguments);
    if (!problems.isEmpty()) {
        finish(JobState::Failed, tr("The job was not started: %1").arg(problems.join(QLatin1Char(' '))));
        return;
    }
    // A long poll, or a trigger-default call that may turn out to be one, holds a connection for
    // long: it waits for a slot of the bounded pool, visibly Queued.
    const CallMode mode = m_record.profile.mode;
    if (mode == CallMode::LongPolling || mode == CallMode::TriggerDefault) {
        QNetworkAccessManager *manager = m_engine->acquireSlot(this, originOf(m_record.profile.invokeUrl));
        if (!manager) {
            setState(JobState::Queued, tr("Waiting for a free long-poll connection"));
            return;
        }
        m_longPollManager = manager;
    }
    sendTrigger();
}

void JobRun::beginResume()
{
    if (isTerminal(m_record.state))
        return;
    if (!m_record.statusUri.isValid()) {
        finish(JobState::Unknown, tr("There is no status URI to watch: check the job in Orchestrator."));
        return;
    }
    m_failures = 0;
    m_record.error.clear();
    m_record.finishedAt = QDateTime();
    if (m_record.mode == CallMode::LongPolling) {
        QNetworkAccessManager *manager = m_engine->acquireSlot(this, originOf(m_record.statusUri));
        if (!manager) {
            setState(JobState::Queued, tr("Waiting for a free long-poll connection"));
            return;
        }
        slotGranted(manager);
        return;
    }
    setState(JobState::Running, tr("Watching again"));
    request(Step::Poll, m_record.statusUri);
}

void JobRun::slotGranted(QNetworkAccessManager *manager)
{
    m_longPollManager = manager;
    if (m_record.statusUri.isValid() && m_record.mode == CallMode::LongPolling) {
        // Resuming a long poll: a fresh deadline from now.
        m_deadlineTimer.start(m_record.profile.deadlineSeconds * 1000);
        setState(JobState::Running, tr("Watching again"));
        request(Step::LongPoll, m_record.statusUri);
        return;
    }
    sendTrigger();
}

void JobRun::sendTrigger()
{
    setState(JobState::Triggering);
    const CallMode mode = m_record.profile.mode;
    if (mode == CallMode::LongPolling || mode == CallMode::TriggerDefault)
        m_deadlineTimer.start(m_record.profile.deadlineSeconds * 1000);
    QUrl url = m_record.profile.invokeUrl;
    if (!encoding::methodHasBody(m_record.profile.method))
        url = encoding::urlWithQuery(url, m_record.arguments, mode);
    request(Step::Trigger, url);
}

bool JobRun::shouldSendToken(const QUrl &url) const
{
    const QString origin = originOf(url);
    const bool trusted = std::any_of(m_record.profile.trustedOrigins.cbegin(), m_record.profile.trustedOrigins.cend(),
                                     [&origin](const QString &entry) { return originOf(QUrl(entry)) == origin; });
    if (origin != originOf(m_record.profile.invokeUrl) && !trusted)
        return false;
    // Plain http carries the token only to loopback, or to an origin the profile names as trusted.
    return url.scheme() != QLatin1String("http") || isLoopback(url.host()) || trusted;
}

QNetworkAccessManager *JobRun::managerFor(Step step) const
{
    const bool holds = step == Step::LongPoll || (step == Step::Trigger && m_longPollManager);
    return holds ? m_longPollManager : m_engine->shortManager();
}

void JobRun::request(Step step, const QUrl &url)
{
    m_step = step;
    m_stepUrl = url;
    if (step == Step::Trigger && m_auth && !shouldSendToken(url)) {
        finish(JobState::Failed, tr("Refused to send the token over plain http to %1: anyone on the way could "
                                    "read it. Use https, or add %2 to the profile's trusted origins.")
                                     .arg(url.host(), originOf(url)));
        return;
    }
    const bool withToken = step == Step::Trigger || (m_record.profile.sendTokenOnRedirects && shouldSendToken(url));
    if (!m_auth || !withToken) {
        send(step, url, QByteArray());
        return;
    }
    m_auth->fetchToken(this, [this, step, url](const QByteArray &token, const QString &error) {
        if (isTerminal(m_record.state))
            return;
        if (!error.isEmpty()) {
            finish(step == Step::Trigger ? JobState::Failed : JobState::Unknown, error);
            return;
        }
        send(step, url, token);
    });
}

void JobRun::send(Step step, const QUrl &url, const QByteArray &token)
{
    QNetworkRequest request(url);
    // Redirects are followed by this class, hop by hop, never by the network stack.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_record.profile.requestTimeoutSeconds * 1000);
    request.setRawHeader("Accept", "application/json");
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    m_tokenSent = !token.isEmpty();
    m_abortedByUs = false;

    QNetworkAccessManager *manager = managerFor(step);
    QNetworkReply *reply = nullptr;
    if (step == Step::Trigger) {
        const bool hasBody = encoding::methodHasBody(m_record.profile.method);
        if (hasBody)
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        // Qt's HTTP stack silently sends a request again when a reused connection drops before
        // the answer. A trigger call must never be repeated (the job may exist): its body comes
        // from a device that cannot rewind, so such a resend fails instead (ContentReSendError).
        auto *body =
            new OneShotDevice(hasBody ? encoding::jsonBody(m_record.arguments, m_record.profile.mode) : QByteArray());
        request.setHeader(QNetworkRequest::ContentLengthHeader, body->size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        reply = manager->sendCustomRequest(request, m_record.profile.method.toLatin1(), body);
        body->setParent(reply);
    } else {
        reply = manager->get(request);
    }
    m_reply = reply;
    m_hopStartedAt = QDateTime::currentDateTimeUtc();
    m_hopClock.start();
    m_handshakeDone = url.scheme() != QLatin1String("https");
    connect(reply, &QNetworkReply::encrypted, this, [this] { m_handshakeDone = true; });
    connect(reply, &QNetworkReply::finished, this, &JobRun::onReplyFinished);
}

JobRun::Answer JobRun::readAnswer(QNetworkReply *reply) const
{
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.error = reply->error();
    answer.errorString = reply->errorString();
    if (reply->isOpen())
        answer.body = reply->readAll();
    answer.location = reply->rawHeader("Location");
    answer.retryAfter = reply->rawHeader("Retry-After");
    // A transfer timeout aborts the reply; an abort of ours is told apart by m_abortedByUs.
    answer.timedOut = answer.status == 0 && (answer.error == QNetworkReply::OperationCanceledError ||
                                             answer.error == QNetworkReply::TimeoutError);
    if (!m_handshakeDone && answer.status == 0 && !answer.timedOut && !failedBeforeSending(answer.error))
        answer.error = QNetworkReply::SslHandshakeFailedError;
    return answer;
}

void JobRun::recordHop(const QNetworkReply *reply, const Answer &answer, bool tokenSent, const QString &cutShort)
{
    Hop hop;
    hop.method = QString::fromLatin1(reply->operation() == QNetworkAccessManager::GetOperation
                                         ? QByteArrayLiteral("GET")
                                         : m_record.profile.method.toLatin1());
    hop.url = redactedUrl(reply->request().url());
    hop.status = answer.status;
    hop.ms = m_hopClock.elapsed();
    hop.at = m_hopStartedAt;
    hop.tokenSent = tokenSent;
    for (const QByteArray &name : kRecordedHeaders) {
        if (reply->hasRawHeader(name))
            hop.headers.append({name, reply->rawHeader(name)});
    }
    if (!cutShort.isEmpty()) {
        hop.error = cutShort;
    } else if (answer.status == 0 && answer.error != QNetworkReply::NoError) {
        hop.error = describeNetworkError(answer.error, answer.errorString, reply->request().url(), answer.timedOut,
                                         m_record.profile.requestTimeoutSeconds);
    }
    m_record.hops.append(hop);
    emit hopRecorded(int(m_record.hops.size() - 1));
}

void JobRun::onReplyFinished()
{
    QNetworkReply *reply = qobject_cast<QNetworkReply *>(sender());
    if (!reply || reply != m_reply)
        return;
    reply->deleteLater();
    m_reply = nullptr;
    if (m_abortedByUs)
        return;
    const Answer answer = readAnswer(reply);
    recordHop(reply, answer, m_tokenSent);
    switch (m_step) {
    case Step::Trigger:
        handleTrigger(answer);
        break;
    case Step::Poll:
        handlePoll(answer);
        break;
    case Step::LongPoll:
    case Step::Output:
        handleResult(answer);
        break;
    }
}

void JobRun::handleTrigger(const Answer &answer)
{
    const QUrl url = m_stepUrl;
    const CallMode requested = m_record.profile.mode;
    if (answer.status == 0) {
        const QString message = describeNetworkError(answer.error, answer.errorString, url, answer.timedOut,
                                                     m_record.profile.requestTimeoutSeconds);
        // Never sent again by us: after the request may have reached the server, a job may exist.
        // Over https nothing is sent before the handshake completes.
        if (!answer.timedOut && (failedBeforeSending(answer.error) || !m_handshakeDone))
            finish(JobState::Failed, message);
        else
            finish(JobState::Unknown,
                   message + QLatin1Char('\n') + tr("The job may be running: check it in Orchestrator."));
        return;
    }
    if (answer.status == 202) {
        QUrl statusUri;
        if (!resolveLocation(answer, &statusUri))
            return;
        m_record.mode = CallMode::AsyncRequestReply;
        m_record.statusUri = statusUri;
        m_deadlineTimer.stop();
        if (m_engine)
            m_engine->releaseSlot(this);
        m_longPollManager = nullptr;
        setState(JobState::Running, tr("Accepted; polling the status URI"));
        schedule(Step::Poll, statusUri, qMax(kMinimumPollIntervalMs, m_record.profile.pollIntervalMs));
        return;
    }
    if (answer.status >= 200 && answer.status < 300) {
        // Fire and forget answers 200 with nothing more; a long poll answers with the result.
        const bool started = requested == CallMode::FireAndForget ||
                             (requested != CallMode::LongPolling && answer.body.trimmed().isEmpty());
        if (started) {
            m_record.mode = CallMode::FireAndForget;
            finish(JobState::Started);
            return;
        }
        m_record.mode = requested == CallMode::TriggerDefault ? CallMode::LongPolling : requested;
        setResult(answer);
        finish(JobState::Successful);
        return;
    }
    if (isRedirect(answer.status)) {
        QUrl statusUri;
        if (!resolveLocation(answer, &statusUri))
            return;
        m_record.mode = CallMode::LongPolling;
        setState(JobState::Running, tr("The job is running; following the long poll"));
        followToStatus(statusUri);
        return;
    }
    setServerError(answer);
    if (answer.status < 500) {
        finish(JobState::Failed, describeHttpStatus(answer.status, m_record.profile.method, url,
                                                    {m_record.serverMessage, m_record.serverErrorCode}));
        return;
    }
    // A long poll can answer with the job's own error at once. Any other 5xx leaves the job's
    // existence open (PROTOCOL.md, the known 502): Unknown, never re-sent by us.
    const bool resultMayComeDirectly = requested == CallMode::LongPolling || requested == CallMode::TriggerDefault;
    if (answer.status == 500 && resultMayComeDirectly && !m_record.serverMessage.isEmpty()) {
        m_record.mode = CallMode::LongPolling;
        setResult(answer);
        finishFaulted(answer.status);
        return;
    }
    finish(JobState::Unknown, describeHttpStatus(answer.status, m_record.profile.method, url,
                                                 {m_record.serverMessage, m_record.serverErrorCode}) +
                                  QLatin1Char('\n') +
                                  tr("The job may be running: check it in Orchestrator before launching again."));
}

bool JobRun::resolveLocation(const Answer &answer, QUrl *next)
{
    const QString unknownHint = tr("The job may be running: check it in Orchestrator.");
    if (answer.location.isEmpty()) {
        finish(JobState::Unknown, tr("The server answered %1 without a Location header, so the job cannot be "
                                     "followed.\n%2")
                                      .arg(answer.status)
                                      .arg(unknownHint));
        return false;
    }
    const QUrl target = m_stepUrl.resolved(QUrl::fromEncoded(answer.location));
    const QString scheme = target.scheme().toLower();
    if (!target.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        finish(JobState::Unknown, tr("The server redirected to an unusable address: %1\n%2")
                                      .arg(QString::fromLatin1(answer.location), unknownHint));
        return false;
    }
    if (m_stepUrl.scheme() == QLatin1String("https") && scheme == QLatin1String("http")) {
        finish(JobState::Unknown,
               tr("Refused a redirect from https to plain http (%1): it would expose the request.\n%2")
                   .arg(redactedUrl(target), unknownHint));
        return false;
    }
    *next = target;
    return true;
}

void JobRun::followToStatus(const QUrl &statusUri)
{
    if (m_record.statusUri != statusUri) {
        m_record.statusUri = statusUri;
        emit progressed();
    }
    m_failures = 0;
    request(Step::LongPoll, statusUri);
}

void JobRun::handlePoll(const Answer &answer)
{
    if (answer.status == 200 || answer.status == 202) {
        m_failures = 0;
        m_retriedAfter401 = false;
        ++m_record.polls;
        m_record.lastStatus = parseJsonBody(answer.body);
        emit progressed();
        const qint64 retryAfter = retryAfterMs(answer.retryAfter, QDateTime::currentDateTimeUtc());
        const qint64 interval = retryAfter >= 0 ? retryAfter : m_record.profile.pollIntervalMs;
        schedule(Step::Poll, m_stepUrl, int(qMax<qint64>(kMinimumPollIntervalMs, interval)));
        return;
    }
    if (isRedirect(answer.status)) {
        QUrl output;
        if (!resolveLocation(answer, &output))
            return;
        ++m_record.polls;
        m_failures = 0;
        request(Step::Output, output);
        return;
    }
    retryOrGiveUp(answer, tr("Lost track of the job's status."));
}

void JobRun::handleResult(const Answer &answer)
{
    if (answer.status >= 200 && answer.status < 300) {
        setResult(answer);
        finish(JobState::Successful);
        return;
    }
    if (m_step == Step::LongPoll && isRedirect(answer.status)) {
        // The long-poll loop: the status URI redirects to itself until the result comes.
        QUrl next;
        if (!resolveLocation(answer, &next))
            return;
        ++m_record.polls;
        emit progressed();
        followToStatus(next);
        return;
    }
    if (answer.status == 0 || answer.status == 401 || answer.status == 403 || isTransient(answer.status)) {
        retryOrGiveUp(answer, m_step == Step::Output ? tr("Could not read the job's result.")
                                                     : tr("Lost track of the long poll."));
        return;
    }
    setResult(answer);
    setServerError(answer);
    finishFaulted(answer.status);
}

void JobRun::retryOrGiveUp(const Answer &answer, const QString &why)
{
    const QString detail =
        answer.status == 0
            ? describeNetworkError(answer.error, answer.errorString, m_stepUrl, answer.timedOut,
                                   m_record.profile.requestTimeoutSeconds)
            : describeHttpStatus(answer.status, QStringLiteral("GET"), m_stepUrl, parseServerError(answer.body));
    if (answer.status == 401 && !m_retriedAfter401 && m_auth && m_auth->invalidateToken()) {
        // A refreshed token may pass: repeat this GET once, at once.
        m_retriedAfter401 = true;
        request(m_step, m_stepUrl);
        return;
    }
    const bool retryable = answer.status == 0 || isTransient(answer.status) || answer.status >= 500;
    const RetryPolicy policy = m_engine ? m_engine->retryPolicy() : RetryPolicy{};
    if (!retryable || m_failures >= policy.maxRetries) {
        setServerError(answer);
        finish(JobState::Unknown, why + QLatin1Char('\n') + detail + QLatin1Char('\n') +
                                      tr("The job may still be running; resume watching later or check it in "
                                         "Orchestrator."));
        return;
    }
    ++m_failures;
    const qint64 backoff = qMin<qint64>(policy.maxDelayMs, qint64(policy.baseDelayMs) << qMin(m_failures - 1, 20));
    const qint64 jitter = backoff / 4;
    qint64 delay = backoff + (jitter > 0 ? QRandomGenerator::global()->bounded(-jitter, jitter + 1) : 0);
    const qint64 retryAfter = retryAfterMs(answer.retryAfter, QDateTime::currentDateTimeUtc());
    delay = qMax(delay, retryAfter);
    emit progressed();
    schedule(m_step, m_stepUrl, int(qMax<qint64>(kMinimumPollIntervalMs, delay)));
}

void JobRun::schedule(Step step, const QUrl &url, int delayMs)
{
    m_step = step;
    m_stepUrl = url;
    m_stepTimer.start(delayMs);
}

void JobRun::onDeadline()
{
    abortReply(tr("Stopped at the long-poll deadline"));
    m_stepTimer.stop();
    const QString what =
        tr("The long-poll deadline of %1 s passed while the job was running.").arg(m_record.profile.deadlineSeconds);
    finish(JobState::TimedOut, what + QLatin1Char(' ') +
                                   (m_record.statusUri.isValid() ? tr("It may still finish: resume watching to go on.")
                                                                 : tr("It may still run: check it in Orchestrator.")));
}

void JobRun::cancel()
{
    if (isTerminal(m_record.state))
        return;
    abortReply(tr("Stopped watching"));
    finish(JobState::Cancelled, tr("Stopped watching. The job may still run on the server."));
}

void JobRun::abortReply(const QString &why)
{
    if (!m_reply)
        return;
    m_abortedByUs = true;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!why.isEmpty()) {
        // The timeline shows the request we cut short, and why.
        Answer answer;
        answer.error = QNetworkReply::OperationCanceledError;
        recordHop(reply, answer, m_tokenSent, why);
    }
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void JobRun::setState(JobState state, const QString &detail)
{
    if (state == m_record.state && !m_record.transitions.isEmpty()) {
        // Same state, more to say (why a new job is Queued): no second transition.
        if (!detail.isEmpty() && m_record.transitions.last().detail != detail) {
            m_record.transitions.last().detail = detail;
            emit progressed();
        }
        return;
    }
    m_record.state = state;
    m_record.transitions.append({state, QDateTime::currentDateTimeUtc(), detail, int(m_record.hops.size()) - 1});
    emit stateChanged(state);
}

void JobRun::setServerError(const Answer &answer)
{
    const ServerError server = parseServerError(answer.body);
    m_record.serverMessage = server.message;
    m_record.serverErrorCode = server.code;
}

void JobRun::setResult(const Answer &answer)
{
    m_record.rawOutput = answer.body;
    m_record.output = parseJsonBody(answer.body);
}

void JobRun::finishFaulted(int status)
{
    finish(JobState::Faulted, withServerWords(tr("The job faulted (its result came with HTTP %1).").arg(status),
                                              {m_record.serverMessage, m_record.serverErrorCode}));
}

void JobRun::finish(JobState state, const QString &error)
{
    if (isTerminal(m_record.state))
        return;
    m_stepTimer.stop();
    m_deadlineTimer.stop();
    abortReply();
    if (m_engine) {
        m_engine->releaseSlot(this);
        m_engine->cancelSlotRequest(this);
    }
    m_longPollManager = nullptr;
    m_record.error = error;
    m_record.finishedAt = QDateTime::currentDateTimeUtc();
    setState(state, error.section(QLatin1Char('\n'), 0, 0));
    emit finished();
}

} // namespace td
