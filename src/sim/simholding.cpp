// Requests parked until a timer fires or a job ends: long polls, slow and hanging answers. A
// client that goes away meanwhile is dropped without writing anything.

#include "simulatorprivate.h"

namespace td::sim {

void OrchestratorSimulatorPrivate::hold(const ExchangePtr &ex, int ms, qint64 jobId, ExchangeHandler onTimeout,
                                        ExchangeHandler onJobDone)
{
    if (!alive(*ex)) {
        ex->finished = true;
        setLogStatus(*ex, -2);
        return;
    }
    const quint64 id = nextHoldId++;
    Held h;
    h.exchange = ex;
    h.jobId = jobId;
    h.onTimeout = std::move(onTimeout);
    h.onJobDone = std::move(onJobDone);
    h.timer = new QTimer(q);
    h.timer->setSingleShot(true);
    h.timer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early
    QObject::connect(h.timer, &QTimer::timeout, h.timer, [this, id] {
        std::optional<Held> taken = takeHeld(id);
        if (taken && taken->onTimeout)
            taken->onTimeout(taken->exchange);
    });
    QObject::connect(ex->connection.data(), &HttpConnection::closed, h.timer, [this, id] {
        std::optional<Held> taken = takeHeld(id);
        if (taken) {
            taken->exchange->finished = true;
            setLogStatus(*taken->exchange, -2);
        }
    });
    if (ms >= 0)
        h.timer->start(ms);
    held.insert(id, std::move(h));
}

std::optional<Held> OrchestratorSimulatorPrivate::takeHeld(quint64 id)
{
    auto it = held.find(id);
    if (it == held.end())
        return std::nullopt;
    Held h = std::move(it.value());
    held.erase(it);
    h.timer->stop();
    QObject::disconnect(h.timer, nullptr, nullptr, nullptr);
    h.timer->deleteLater();
    return h;
}

void OrchestratorSimulatorPrivate::answerHeldFor(qint64 jobId)
{
    QList<quint64> waiting;
    for (auto h = held.cbegin(); h != held.cend(); ++h) {
        if (h->jobId == jobId)
            waiting.append(h.key());
    }
    for (quint64 holdId : std::as_const(waiting)) {
        std::optional<Held> taken = takeHeld(holdId);
        if (taken && taken->onJobDone)
            taken->onJobDone(taken->exchange);
    }
}

void OrchestratorSimulatorPrivate::longPoll(const ExchangePtr &ex, qint64 jobId)
{
    const auto it = jobs.constFind(jobId);
    if (it == jobs.constEnd()) {
        writeError(ex, 404, QStringLiteral("The job was not found."), 1002);
        return;
    }
    if (it->done()) {
        writeResult(ex, *it);
        return;
    }
    const QString blockingPath = statusPath(it->blockingToken);
    hold(
        ex, longPollHoldMs, jobId,
        [this, blockingPath](const ExchangePtr &e) { redirect(e, 303, location(blockingPath)); },
        [this, jobId](const ExchangePtr &e) { writeResult(e, jobs.value(jobId)); });
}

} // namespace td::sim
