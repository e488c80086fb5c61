#include "jobhistory.h"

#include <QLoggingCategory>

#include "jobrun.h"
#include "triggerengine.h"

#include <QCoreApplication>
#include <QDir>

namespace td {

// triggerdesk.history: records written, failed, pruned.
Q_LOGGING_CATEGORY(lcHistory, "triggerdesk.history", QtWarningMsg)

JobHistory::JobHistory(const QString &directory, QObject *parent) : QObject(parent), m_store(directory)
{
    m_writerThread.setObjectName(QStringLiteral("JobHistory writer"));
    m_writer = new QObject;
    m_writer->moveToThread(&m_writerThread);
    connect(&m_writerThread, &QThread::finished, m_writer, &QObject::deleteLater);
    m_writerThread.start();
    m_writeTimer.setSingleShot(true);
    m_writeTimer.setInterval(kWriteIntervalMs);
    connect(&m_writeTimer, &QTimer::timeout, this, &JobHistory::writeDue);
    m_clock.start();
}

JobHistory::~JobHistory()
{
    flush();
    m_writerThread.quit();
    m_writerThread.wait();
}

QList<JobRecord> JobHistory::load(QStringList *problems)
{
    QList<JobRecord> records = m_store.loadAll(problems);
    m_finished.clear();
    m_finishedIds.clear();
    // Retention by age first: what finished before the limit goes from disk and from the list.
    const QDateTime oldest = QDateTime::currentDateTimeUtc().addDays(-m_maxAgeDays);
    records.removeIf([this, &oldest](const JobRecord &record) {
        const QDateTime ended = record.finishedAt.isValid() ? record.finishedAt : record.createdAt;
        if (!isTerminal(record.state) || !ended.isValid() || ended >= oldest)
            return false;
        removeFile(record.id);
        return true;
    });
    for (const JobRecord &record : std::as_const(records)) {
        if (isTerminal(record.state))
            noteFinished(record.id);
    }
    const qsizetype before = m_finishedIds.size();
    prune();
    if (m_finishedIds.size() != before) {
        records.removeIf(
            [this](const JobRecord &record) { return isTerminal(record.state) && !m_finishedIds.contains(record.id); });
    }
    // The disk as the list says when this returns.
    waitForWriter();
    return records;
}

void JobHistory::watch(TriggerEngine *engine)
{
    connect(engine, &TriggerEngine::runStarted, this, &JobHistory::track);
}

void JobHistory::track(JobRun *run)
{
    // A resumed job is live again: it leaves the finished list until it ends once more.
    if (m_finishedIds.remove(run->id()))
        m_finished.removeOne(run->id());
    connect(run, &JobRun::stateChanged, this, [this, run] { markPending(run, true); });
    connect(run, &JobRun::hopRecorded, this, [this, run] { markPending(run, false); });
    connect(run, &JobRun::progressed, this, [this, run] { markPending(run, false); });
    connect(run, &JobRun::finished, this, [this, run] {
        markPending(run, true);
        m_pending[run->id()].finished = run->record();
        noteFinished(run->id());
        prune();
    });
    markPending(run, true);
}

void JobHistory::markPending(JobRun *run, bool stateChanged)
{
    Pending &pending = m_pending[run->id()];
    pending.run = run;
    if (!run->isFinished())
        pending.finished.reset(); // watched again: the last final record is no longer the last word
    pending.stateChanged = pending.stateChanged || stateChanged;
    if (!m_writeTimer.isActive())
        m_writeTimer.start();
}

void JobHistory::writeDue()
{
    const qint64 now = m_clock.elapsed();
    QElapsedTimer spent;
    spent.start();
    // State changes first: they are what resuming a job needs.
    for (const bool stateChanges : {true, false}) {
        for (auto it = m_pending.begin(); it != m_pending.end() && spent.elapsed() < kWriteBudgetMs;) {
            const QPointer<JobRun> run = it->run;
            if (!run && !it->finished) {
                it = m_pending.erase(it);
                continue;
            }
            const bool due =
                it->stateChanged || now - m_lastWrite.value(it.key(), now - kProgressIntervalMs) >= kProgressIntervalMs;
            if (it->stateChanged != stateChanges || !due) {
                ++it;
                continue;
            }
            write(it->finished ? *it->finished : run->record());
            if (it->finished)
                m_lastWrite.remove(it.key());
            else
                m_lastWrite.insert(it.key(), now);
            it = m_pending.erase(it);
        }
    }
    if (!m_pending.isEmpty())
        m_writeTimer.start();
}

void JobHistory::flush()
{
    m_writeTimer.stop();
    const QHash<QString, Pending> pending = std::exchange(m_pending, {});
    for (const Pending &entry : pending) {
        if (entry.finished)
            write(*entry.finished);
        else if (entry.run)
            write(entry.run->record());
    }
    waitForWriter();
}

void JobHistory::waitForWriter()
{
    // Everything asked of the writer before this is done once it runs this.
    QMetaObject::invokeMethod(
        m_writer, [] {}, Qt::BlockingQueuedConnection);
    // Its reports, queued to this thread meanwhile, before this returns.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

void JobHistory::write(const JobRecord &record)
{
    ++m_writeCount;
    // One record per job waits for the writer: a newer one replaces it, so when jobs change faster
    // than the disk takes their files the backlog stays one record per job, not one per change.
    {
        const QMutexLocker locker(&m_queueMutex);
        const bool queued = m_queued.contains(record.id);
        m_queued.insert(record.id, record);
        if (queued)
            return;
    }
    QMetaObject::invokeMethod(m_writer, [this, store = m_store, id = record.id] {
        std::optional<JobRecord> latest;
        {
            const QMutexLocker locker(&m_queueMutex);
            if (const auto it = m_queued.constFind(id); it != m_queued.constEnd()) {
                latest = it.value();
                m_queued.erase(it);
            }
        }
        if (!latest) // removed meanwhile
            return;
        QString error;
        const bool ok = store.save(*latest, &error);
        QMetaObject::invokeMethod(this, [this, ok, error] { written(ok, error); });
    });
}

void JobHistory::removeFile(const QString &id)
{
    // Through the writer, and a write of the job still waiting is dropped.
    {
        const QMutexLocker locker(&m_queueMutex);
        m_queued.remove(id);
    }
    QMetaObject::invokeMethod(m_writer, [store = m_store, id] { store.remove(id); });
}

void JobHistory::written(bool ok, const QString &error)
{
    if (!ok)
        qCWarning(lcHistory).noquote() << "a job record could not be written in" << m_store.directory() << ":" << error;
    if (ok) {
        m_failing = false;
        return;
    }
    if (!m_failing) {
        m_failing = true;
        emit saveFailed(tr("The job history could not be saved in %1: %2")
                            .arg(QDir::toNativeSeparators(m_store.directory()), error));
    }
}

void JobHistory::remove(const QStringList &ids)
{
    for (const QString &id : ids) {
        m_pending.remove(id);
        m_lastWrite.remove(id);
        removeFile(id);
        if (m_finishedIds.remove(id))
            m_finished.removeOne(id);
    }
}

void JobHistory::noteFinished(const QString &id)
{
    if (m_finishedIds.contains(id))
        return;
    m_finished.append(id);
    m_finishedIds.insert(id);
}

void JobHistory::prune()
{
    while (m_finished.size() > m_limit) {
        const QString oldest = m_finished.takeFirst();
        m_finishedIds.remove(oldest);
        m_pending.remove(oldest);
        qCDebug(lcHistory).noquote() << "job" << oldest << "leaves the history: over the limit of" << m_limit;
        removeFile(oldest);
    }
}

} // namespace td
