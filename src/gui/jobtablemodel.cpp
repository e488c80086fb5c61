#include "jobtablemodel.h"

#include "jobrun.h"
#include "stateappearance.h"

#include <QSet>

#include <algorithm>
#include <array>

namespace td {

namespace {

constexpr int kTickMs = 1000;

} // namespace

const QList<int> &JobTableModel::columnsFor(unsigned dirty)
{
    // Computed once per combination of flags: flush() asks for every dirty row.
    static const auto table = [] {
        std::array<QList<int>, (DirtyState | DirtyHops | DirtyProgress) + 1> columnsByFlags;
        for (unsigned flags = 0; flags < columnsByFlags.size(); ++flags) {
            QList<int> &columns = columnsByFlags[flags];
            if (flags & DirtyState)
                columns << ModeColumn << StateColumn << DurationColumn << JobIdColumn << SummaryColumn;
            if (flags & DirtyProgress)
                columns << ModeColumn << PollsColumn << SummaryColumn;
            if (flags & DirtyHops)
                columns << HopsColumn << HttpStatusColumn;
            std::sort(columns.begin(), columns.end());
            columns.erase(std::unique(columns.begin(), columns.end()), columns.end());
        }
        return columnsByFlags;
    }();
    return table.at(dirty & (DirtyState | DirtyHops | DirtyProgress));
}

JobTableModel::JobTableModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &JobTableModel::flush);
    m_ticker.setInterval(kTickMs);
    connect(&m_ticker, &QTimer::timeout, this, &JobTableModel::tick);
}

int JobTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const JobRecord &JobTableModel::recordRef(int row) const
{
    const Row &r = m_rows.at(row);
    return r.run ? r.run->record() : r.snapshot;
}

JobRun *JobTableModel::runAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).run.data() : nullptr;
}

JobRecord JobTableModel::recordAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? recordRef(row) : JobRecord();
}

QString JobTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? recordRef(row).id : QString();
}

QString JobTableModel::formatDuration(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    if (seconds < 60) {
        if (ms < 10000)
            return tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
        return tr("%1 s").arg(seconds);
    }
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QVariant JobTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobRecord &record = recordRef(index.row());
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ProfileColumn:
            // A probe says so: the profile ran itself, nobody launched it.
            return record.probe ? tr("Probe: %1").arg(record.profile.name) : record.profile.name;
        case ModeColumn:
            return callModeLabel(record.mode);
        case StateColumn:
            return m_overdue.contains(record.id) && !isTerminal(record.state)
                       ? tr("%1, longer than expected").arg(jobStateLabel(record.state))
                       : jobStateLabel(record.state);
        case StartedColumn: {
            const QDateTime local = record.createdAt.toLocalTime();
            if (local.date() == QDate::currentDate())
                return local.toString(QStringLiteral("HH:mm:ss"));
            return local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        }
        case DurationColumn:
            return formatDuration(jobDuration(record, m_now()).ms);
        case PollsColumn:
            return record.polls;
        case HopsColumn:
            return int(record.hops.size());
        case HttpStatusColumn: {
            const int status = record.lastHttpStatus();
            return status > 0 ? QVariant(status) : QVariant(QString());
        }
        case JobIdColumn:
            return record.orchestratorJobId > 0 ? QString::number(record.orchestratorJobId) : record.id.left(8);
        case SummaryColumn: {
            const QString summary = record.summary();
            if (!summary.isEmpty() || record.transitions.isEmpty())
                return summary;
            if (record.state == JobState::Started)
                return startedWithoutOutputText();
            return record.transitions.constLast().detail.firstLineText();
        }
        }
        break;
    case Qt::DecorationRole:
        if (column == StateColumn)
            return stateIcon(record.state);
        if (column == DurationColumn && m_overdue.contains(record.id) && !isTerminal(record.state))
            return overdueIcon();
        break;
    case Qt::ForegroundRole:
        if (column == StateColumn)
            return stateColor(record.state);
        break;
    case Qt::ToolTipRole:
        if (column == SummaryColumn || column == StateColumn) {
            if (!record.error.isEmpty())
                return record.error.text();
            if (!record.transitions.isEmpty() && !record.transitions.constLast().detail.isEmpty())
                return record.transitions.constLast().detail.text();
        }
        if (column == StartedColumn)
            return record.createdAt.toLocalTime().toString(Qt::ISODate);
        if (column == DurationColumn && m_overdue.contains(record.id))
            return tr("Longer than the %1 its profile expects")
                .arg(formatDuration(qint64(record.profile.expectedDurationSeconds) * 1000));
        if (column == DurationColumn) {
            const bool byOrchestrator = jobDuration(record, m_now()).byOrchestrator;
            if (!isTerminal(record.state))
                return byOrchestrator ? tr("Since the job's start, as Orchestrator recorded it")
                                      : tr("Since the launch");
            return byOrchestrator ? tr("From the job's start to its end, as Orchestrator recorded them")
                                  : tr("From the launch to the end TriggerDesk saw");
        }
        if (column == JobIdColumn)
            return record.orchestratorJobId > 0
                       ? tr("Orchestrator job %1\nTriggerDesk id %2").arg(record.orchestratorJobId).arg(record.id)
                       : record.id;
        break;
    case Qt::TextAlignmentRole:
        if (column == DurationColumn || column == PollsColumn || column == HopsColumn || column == HttpStatusColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SortRole:
        switch (column) {
        case StateColumn:
            return int(record.state);
        case StartedColumn:
            return record.createdAt.toMSecsSinceEpoch();
        case DurationColumn:
            return jobDuration(record, m_now()).ms;
        case PollsColumn:
            return record.polls;
        case HopsColumn:
            return int(record.hops.size());
        case HttpStatusColumn:
            return record.lastHttpStatus();
        default:
            return data(index, Qt::DisplayRole);
        }
    case JobIdRole:
        return record.id;
    case SearchRole: {
        QStringList texts;
        for (int shown = 0; shown < ColumnCount; ++shown)
            texts << data(index.siblingAtColumn(shown), Qt::DisplayRole).toString();
        texts << record.id << record.serverMessage << record.error.text();
        if (record.serverErrorCode != 0)
            texts << QString::number(record.serverErrorCode);
        return texts.join(QLatin1Char('\n'));
    }
    case StateRole:
        return int(record.state);
    default:
        break;
    }
    return {};
}

QVariant JobTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProfileColumn:
        return tr("Profile");
    case ModeColumn:
        return tr("Mode");
    case StateColumn:
        return tr("State");
    case StartedColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    case PollsColumn:
        return tr("Polls");
    case HopsColumn:
        return tr("Hops");
    case HttpStatusColumn:
        return tr("HTTP");
    case JobIdColumn:
        return tr("Job id");
    case SummaryColumn:
        return tr("Output or error");
    }
    return {};
}

void JobTableModel::addRun(JobRun *run)
{
    const int existing = m_rowById.value(run->id(), -1);
    if (existing >= 0) {
        // Resumed: the same job, watched by a new run.
        Row &row = m_rows[existing];
        if (row.run)
            row.run->disconnect(this);
        row.run = run;
        follow(existing, run);
        markDirty(run, DirtyState | DirtyHops | DirtyProgress);
        updateTicker();
        emit countsChanged();
        return;
    }
    const int row = int(m_rows.size());
    beginInsertRows(QModelIndex(), row, row);
    m_rows.append(Row{run, run->record()});
    m_rowById.insert(run->id(), row);
    recount(row);
    endInsertRows();
    follow(row, run);
    updateTicker();
    emit countsChanged();
}

void JobTableModel::addRecord(const JobRecord &record)
{
    const int existing = m_rowById.value(record.id, -1);
    if (existing >= 0)
        return;
    const int row = int(m_rows.size());
    beginInsertRows(QModelIndex(), row, row);
    m_rows.append(Row{nullptr, record});
    m_rowById.insert(record.id, row);
    recount(row);
    endInsertRows();
    updateTicker();
    emit countsChanged();
}

void JobTableModel::addRecords(const QList<JobRecord> &records)
{
    QList<JobRecord> fresh;
    QSet<QString> ids;
    for (const JobRecord &record : records) {
        if (!m_rowById.contains(record.id) && !ids.contains(record.id)) {
            ids.insert(record.id);
            fresh.append(record);
        }
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + int(fresh.size()) - 1);
    m_rows.reserve(first + fresh.size());
    for (const JobRecord &record : std::as_const(fresh)) {
        m_rowById.insert(record.id, int(m_rows.size()));
        m_rows.append(Row{nullptr, record});
        recount(int(m_rows.size()) - 1);
    }
    endInsertRows();
    updateTicker();
    emit countsChanged();
}

void JobTableModel::follow(int row, JobRun *run)
{
    Q_UNUSED(row);
    connect(run, &JobRun::stateChanged, this, [this, run] { markDirty(run, DirtyState); });
    connect(run, &JobRun::hopRecorded, this, [this, run] { markDirty(run, DirtyHops); });
    connect(run, &JobRun::progressed, this, [this, run] { markDirty(run, DirtyProgress); });
    connect(run, &JobRun::finished, this, [this, run] {
        const int r = m_rowById.value(run->id(), -1);
        if (r < 0 || m_rows.at(r).run != run)
            return;
        m_rows[r].snapshot = run->record();
        markDirty(run, DirtyState | DirtyHops | DirtyProgress);
        emit jobFinished(run);
        // Queued: the finished handlers of others still run with this row in place.
        QMetaObject::invokeMethod(
            this, [this] { removeOldestFinished(finishedCount() - m_finishedLimit, Removal::ShownOnly); },
            Qt::QueuedConnection);
    });
}

void JobTableModel::recount(int row)
{
    Row &r = m_rows[row];
    const bool running = !isTerminal(r.run ? r.run->state() : r.snapshot.state);
    if (running != r.running) {
        r.running = running;
        m_runningCount += running ? 1 : -1;
    }
}

void JobTableModel::markDirty(JobRun *run, unsigned what)
{
    const int row = m_rowById.value(run->id(), -1);
    if (row < 0 || m_rows.at(row).run != run)
        return; // a run this table no longer follows (replaced by a resume)
    // At once, not at the flush: a caller that stops a job and asks for the counts gets them right.
    if (what & DirtyState)
        recount(row);
    m_dirty[row] |= what;
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void JobTableModel::emitColumnRanges(const QList<int> &rows, int firstColumn, int lastColumn)
{
    // rows is sorted: one dataChanged per run of consecutive rows.
    qsizetype i = 0;
    while (i < rows.size()) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        emit dataChanged(index(rows.at(i), firstColumn), index(rows.at(j), lastColumn));
        i = j + 1;
    }
}

void JobTableModel::flush()
{
    if (m_dirty.isEmpty())
        return;
    // Rows in order once; then, per column, the rows whose changes touch it (still in order).
    QList<QPair<int, unsigned>> dirty;
    dirty.reserve(m_dirty.size());
    for (auto it = m_dirty.cbegin(); it != m_dirty.cend(); ++it)
        dirty.append({it.key(), it.value()});
    m_dirty.clear();
    std::sort(dirty.begin(), dirty.end());
    unsigned any = 0;
    for (const auto &entry : std::as_const(dirty))
        any |= entry.second;
    QList<int> rows;
    rows.reserve(dirty.size());
    for (int column : columnsFor(any)) {
        rows.clear();
        for (const auto &[row, what] : std::as_const(dirty)) {
            if (columnsFor(what).contains(column))
                rows.append(row);
        }
        emitColumnRanges(rows, column, column);
    }
    updateTicker();
    emit countsChanged();
}

void JobTableModel::tick()
{
    QList<int> running;
    running.reserve(m_runningCount);
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).running)
            running.append(row);
    }
    if (running.isEmpty()) {
        m_ticker.stop();
        return;
    }
    // Jobs that just passed their expected duration: marked (state and duration cells) and told once.
    const QDateTime now = m_now();
    QList<int> overdue;
    for (int row : std::as_const(running)) {
        const JobRecord &record = recordRef(row);
        const qint64 expectedMs = qint64(record.profile.expectedDurationSeconds) * 1000;
        if (expectedMs > 0 && !m_overdue.contains(record.id) && jobDuration(record, now).ms > expectedMs) {
            m_overdue.insert(record.id);
            overdue.append(row);
        }
    }
    emitColumnRanges(running, DurationColumn, DurationColumn);
    if (!overdue.isEmpty())
        emitColumnRanges(overdue, StateColumn, StateColumn);
    for (int row : std::as_const(overdue))
        emit jobOverdue(recordRef(row));
}

void JobTableModel::updateTicker()
{
    const bool anyRunning = runningCount() > 0;
    if (anyRunning && !m_ticker.isActive())
        m_ticker.start();
    else if (!anyRunning)
        m_ticker.stop();
}

int JobTableModel::runningCount() const
{
    return m_runningCount;
}

int JobTableModel::finishedCount() const
{
    return int(m_rows.size()) - runningCount();
}

void JobTableModel::removeFinished()
{
    removeOldestFinished(finishedCount(), Removal::FromHistory);
}

void JobTableModel::setFinishedLimit(int count)
{
    m_finishedLimit = qMax(1, count);
    removeOldestFinished(finishedCount() - m_finishedLimit, Removal::ShownOnly);
}

void JobTableModel::removeOldestFinished(int count, Removal removal)
{
    if (count <= 0)
        return;
    flush();
    // Rows are in the order jobs came: the first finished ones are the oldest.
    QList<int> rows;
    for (int row = 0; row < m_rows.size() && rows.size() < count; ++row) {
        if (isTerminal(recordRef(row).state))
            rows.append(row);
    }
    QStringList removed;
    for (qsizetype i = rows.size() - 1; i >= 0;) {
        // Runs of adjacent rows go in one step.
        const int last = rows.at(i);
        int first = last;
        while (i > 0 && rows.at(i - 1) == first - 1)
            first = rows.at(--i);
        --i;
        beginRemoveRows(QModelIndex(), first, last);
        for (int r = last; r >= first; --r) {
            if (m_rows.at(r).run)
                m_rows.at(r).run->disconnect(this);
            removed.append(recordRef(r).id);
            m_overdue.remove(removed.constLast());
        }
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
    }
    m_rowById.clear();
    m_runningCount = 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        m_rowById.insert(recordRef(row).id, row);
        m_runningCount += m_rows.at(row).running ? 1 : 0;
    }
    emit countsChanged();
    if (!removed.isEmpty() && removal == Removal::FromHistory)
        emit jobsRemoved(removed);
}

} // namespace td
