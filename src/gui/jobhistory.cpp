#include "jobhistory.h"

#include <QLoggingCategory>

#include "jobrun.h"
#include "jobstore.h"
#include "triggerengine.h"

#include <QCoreApplication>
#include <QDir>

namespace td {

// triggerdesk.history: records written, kept as files, failed, pruned.
Q_LOGGING_CATEGORY(lcHistory, "triggerdesk.history", QtWarningMsg)

JobHistory::JobHistory(const QString &directory, QObject *parent) : QObject(parent), m_directory(directory)
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
    // The connection is closed on the thread that opened it.
    QMetaObject::invokeMethod(
        m_writer, [this] { m_db.reset(); }, Qt::BlockingQueuedConnection);
    m_writerThread.quit();
    m_writerThread.wait();
}

bool JobHistory::openDatabase(QString *error)
{
    if (!m_openTried) {
        m_openTried = true;
        auto db = std::make_unique<JobDatabase>(m_directory);
        if (db->open(&m_openError))
            m_db = std::move(db);
        else
            qCWarning(lcHistory).noquote()
                << "the job history database" << db->path() << "could not be opened:" << m_openError;
    }
    if (error)
        *error = m_openError;
    return m_db != nullptr;
}

QList<JobRecord> JobHistory::load(QStringList *problems)
{
    struct Loaded
    {
        QList<JobRecord> records;
        QStringList problems;
        QString fallbackReason;
        int ended = 0;
    } loaded;
    const QDateTime oldest = QDateTime::currentDateTimeUtc().addDays(-m_maxAgeDays);
    const int limit = m_limit;
    const int loadLimit = m_loadLimit;
    QMetaObject::invokeMethod(
        m_writer,
        [&] {
            QString error;
            // JSON records that cannot be moved in stay files (read below, their problems with
            // them), and so do this session's jobs.
            if (openDatabase(&error)) {
                QStringList unreadable;
                if (m_db->importJsonFiles(&unreadable, &error) < 0) {
                    m_db.reset();
                    m_openError = error;
                } else {
                    loaded.problems = unreadable;
                }
            }
            if (!m_db) {
                loaded.fallbackReason = m_openError;
                loaded.records = JobStore(m_directory).loadAll(&loaded.problems);
                return;
            }
            loaded.ended = m_db->prune(limit, oldest, &error);
            if (loaded.ended < 0)
                loaded.problems.append(error);
            loaded.records = m_db->recent(loadLimit, &loaded.problems, &error);
            if (!error.isEmpty())
                loaded.problems.append(error);
        },
        Qt::BlockingQueuedConnection);
    m_fallbackReason = loaded.fallbackReason;
    m_ended = qMax(0, loaded.ended);
    if (problems)
        problems->append(loaded.problems);
    return loaded.records;
}

QList<JobOutcome> JobHistory::outcomes(const QDateTime &since, const QString &profile) const
{
    if (!m_fallbackReason.isEmpty())
        return {};
    JobDatabase db(m_directory, JobDatabase::Access::ReadOnly);
    QString error;
    if (!db.open(&error)) {
        qCDebug(lcHistory).noquote() << "no outcomes from the history:" << error;
        return {};
    }
    return db.outcomes(since, profile);
}

void JobHistory::watch(TriggerEngine *engine)
{
    connect(engine, &TriggerEngine::runStarted, this, &JobHistory::track);
}

void JobHistory::track(JobRun *run)
{
    connect(run, &JobRun::stateChanged, this, [this, run] { markPending(run, true); });
    connect(run, &JobRun::hopRecorded, this, [this, run] { markPending(run, false); });
    connect(run, &JobRun::progressed, this, [this, run] { markPending(run, false); });
    // Its end at once (the run may be freed soon after): it goes in the writer's next round.
    connect(run, &JobRun::finished, this, [this, run] {
        m_pending.remove(run->id());
        m_lastWrite.remove(run->id());
        write(run->record());
        noteEnded();
    });
    markPending(run, true);
}

void JobHistory::markPending(JobRun *run, bool stateChanged)
{
    Pending &pending = m_pending[run->id()];
    pending.run = run;
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
            if (!run) {
                it = m_pending.erase(it);
                continue;
            }
            const bool due =
                it->stateChanged || now - m_lastWrite.value(it.key(), now - kProgressIntervalMs) >= kProgressIntervalMs;
            if (it->stateChanged != stateChanges || !due) {
                ++it;
                continue;
            }
            write(run->record());
            if (run->isFinished())
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
        if (entry.run)
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

void JobHistory::askDrain(const std::function<void(Queue &)> &change)
{
    // One round is asked at a time: what is queued meanwhile goes in it, so when jobs change
    // faster than the disk takes them the backlog stays one record per job, not one per change.
    bool ask = false;
    {
        const QMutexLocker locker(&m_queueMutex);
        change(m_queue);
        ask = !std::exchange(m_queue.drainAsked, true);
    }
    if (ask)
        QMetaObject::invokeMethod(m_writer, [this] { drain(); });
}

void JobHistory::write(const JobRecord &record)
{
    ++m_writeCount;
    askDrain([&record](Queue &queue) {
        queue.removals.remove(record.id);
        queue.records.insert(record.id, record);
    });
}

void JobHistory::remove(const QStringList &ids)
{
    for (const QString &id : ids) {
        m_pending.remove(id);
        m_lastWrite.remove(id);
    }
    askDrain([&ids](Queue &queue) {
        for (const QString &id : ids) {
            queue.records.remove(id);
            queue.removals.insert(id);
        }
    });
}

void JobHistory::noteEnded()
{
    // Pruned in steps of a hundredth of the limit, not at every job's end.
    if (++m_ended <= m_limit + m_limit / 100)
        return;
    m_ended = m_limit;
    askDrain([limit = m_limit](Queue &queue) { queue.pruneTo = limit; });
}

void JobHistory::drain()
{
    Queue queue;
    {
        const QMutexLocker locker(&m_queueMutex);
        queue = std::exchange(m_queue, {});
    }
    const QList<JobRecord> records = queue.records.values();
    const QStringList removals(queue.removals.cbegin(), queue.removals.cend());
    QString error;
    int endedLeft = -1;
    if (openDatabase(&error) && m_db->save(records, removals, &error)) {
        // Files kept while the database failed are older than what it holds now.
        const JobStore files(m_directory);
        for (const JobRecord &record : records) {
            if (m_keptAsFiles.remove(record.id))
                files.remove(record.id);
        }
        if (queue.pruneTo > 0) {
            endedLeft = m_db->prune(queue.pruneTo, {}, &error);
            qCDebug(lcHistory) << "pruned to" << queue.pruneTo << "ended jobs:" << endedLeft << "left";
        }
        QMetaObject::invokeMethod(this, [this, endedLeft] { written(Outcome::Written, {}, endedLeft); });
        return;
    }
    if (m_db) {
        // Removals wait for the database: a file cannot delete its row.
        const QMutexLocker locker(&m_queueMutex);
        for (const QString &id : removals)
            m_queue.removals.insert(id);
    }
    const QString databaseError = error;
    const Outcome outcome =
        saveAsFiles(records, m_db ? QStringList() : removals, &error) ? Outcome::KeptAsFiles : Outcome::Failed;
    const QString said = outcome == Outcome::KeptAsFiles ? databaseError : error;
    QMetaObject::invokeMethod(this, [this, outcome, said] { written(outcome, said, -1); });
}

bool JobHistory::saveAsFiles(const QList<JobRecord> &records, const QStringList &removals, QString *error)
{
    const JobStore files(m_directory);
    for (const QString &id : removals)
        files.remove(id);
    for (const JobRecord &record : records) {
        if (!files.save(record, error))
            return false;
        m_keptAsFiles.insert(record.id);
    }
    return true;
}

void JobHistory::written(Outcome outcome, const QString &error, int endedLeft)
{
    if (endedLeft >= 0)
        m_ended = endedLeft;
    if (outcome == Outcome::Written) {
        m_failing = false;
        return;
    }
    // Kept as files because the database never opened: load() has said so (fallbackReason()).
    if (m_failing || (outcome == Outcome::KeptAsFiles && !m_fallbackReason.isEmpty()))
        return;
    m_failing = true;
    qCWarning(lcHistory).noquote() << "job records" << (outcome == Outcome::KeptAsFiles ? "kept as files:" : "lost:")
                                   << error;
    const QString folder = QDir::toNativeSeparators(m_directory);
    emit saveFailed(outcome == Outcome::KeptAsFiles
                        ? tr("The job history database %1 could not be written: %2. Jobs are kept as files in %3 "
                             "until it can be.")
                              .arg(QDir::toNativeSeparators(JobDatabase::pathIn(m_directory)), error, folder)
                        : tr("The job history could not be saved in %1: %2").arg(folder, error));
}

} // namespace td
