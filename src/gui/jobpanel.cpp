#include "jobpanel.h"

#include "certificatedialog.h"

#include "dialogs.h"
#include "jobcontroller.h"
#include "jobdetailsview.h"
#include "jobexport.h"
#include "jobfilterproxymodel.h"
#include "joblookupdialog.h"
#include "jobrun.h"
#include "jobtablemodel.h"
#include "stateappearance.h"
#include "ui_mainwindow.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QSaveFile>
#include <QStyle>

namespace td {

namespace {

constexpr JobState kAllStates[] = {JobState::Queued,     JobState::Triggering, JobState::Running,  JobState::Started,
                                   JobState::Successful, JobState::Faulted,    JobState::Stopped,  JobState::Failed,
                                   JobState::Unknown,    JobState::TimedOut,   JobState::Cancelled};

// Widens the column to show the longest of its labels whole ("ロングポーリング", "監視停止" with
// the state icon).
void fitColumnToLabels(QTableView *table, int column, const QStringList &labels, bool withIcon)
{
    int widest = 0;
    for (const QString &label : labels)
        widest = qMax(widest, table->fontMetrics().horizontalAdvance(label));
    const int margins = 16 + (withIcon ? table->style()->pixelMetric(QStyle::PM_SmallIconSize) + 8 : 0);
    table->setColumnWidth(column, qMax(table->columnWidth(column), widest + margins));
}

} // namespace

void JobPanel::fitColumnsToTheirWords()
{
    QTableView *table = m_ui->jobTable;
    QHeaderView *header = table->horizontalHeader();
    // Never narrower than the header's title ("Polls" is "ポーリング回数" in Japanese), bold as it
    // is drawn while a row is selected.
    QFont bold = header->font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    for (int column = 0; column < JobTableModel::SummaryColumn; ++column) {
        const QString title = table->model()->headerData(column, Qt::Horizontal).toString();
        const int boldExtra = boldMetrics.horizontalAdvance(title) - header->fontMetrics().horizontalAdvance(title);
        table->setColumnWidth(column,
                              qMax(table->columnWidth(column), header->sectionSizeHint(column) + qMax(0, boldExtra)));
    }
    QStringList states;
    for (JobState state : kAllStates)
        states << jobStateLabel(state);
    fitColumnToLabels(table, JobTableModel::StateColumn, states, true);
    fitColumnToLabels(table, JobTableModel::ModeColumn,
                      {callModeLabel(CallMode::AsyncRequestReply), callModeLabel(CallMode::FireAndForget),
                       callModeLabel(CallMode::LongPolling)},
                      false);
}

JobPanel::JobPanel(Ui::MainWindow *ui, JobController *jobs, QLabel *countsLabel, QWidget *dialogParent)
    : QObject(dialogParent), m_ui(ui), m_jobs(jobs), m_countsLabel(countsLabel), m_dialogParent(dialogParent)
{
    m_proxy = new JobFilterProxyModel(this);
    m_proxy->setSourceModel(m_jobs->model());
    QTableView *table = m_ui->jobTable;
    table->setModel(m_proxy);
    table->sortByColumn(JobTableModel::StartedColumn, Qt::DescendingOrder);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setSectionsMovable(true);
    const int widths[] = {170, 100, 110, 80, 70, 50, 50, 50, 80};
    static_assert(std::size(widths) == JobTableModel::SummaryColumn);
    for (int column = 0; column < int(std::size(widths)); ++column)
        table->setColumnWidth(column, widths[column]);
    fitColumnsToTheirWords();
    const QList<QAction *> jobActions{m_ui->stopWatchingAction,
                                      m_ui->resumeWatchingAction,
                                      m_ui->rerunAction,
                                      m_ui->checkInOrchestratorAction,
                                      m_ui->stopInOrchestratorAction,
                                      m_ui->killInOrchestratorAction,
                                      m_ui->openInOrchestratorAction,
                                      m_ui->serverCertificateAction,
                                      m_ui->copyOutputAction,
                                      m_ui->copyCurlAction};
    table->addActions(jobActions);
    m_ui->jobDetails->setActions(jobActions);

    m_ui->stateFilterComboBox->addItem(tr("All jobs"));
    m_ui->stateFilterComboBox->addItem(tr("Active"));
    m_ui->stateFilterComboBox->addItem(tr("Finished"));
    for (JobState state : kAllStates)
        m_ui->stateFilterComboBox->addItem(stateIcon(state), jobStateLabel(state), int(state));
    connect(m_ui->stateFilterComboBox, &QComboBox::currentIndexChanged, this, &JobPanel::stateFilterChanged);
    connect(m_ui->filterLineEdit, &QLineEdit::textChanged, m_proxy, &JobFilterProxyModel::setText);
    auto *focusFilter = new QAction(tr("Find a job"), dialogParent);
    focusFilter->setShortcut(QKeySequence::Find);
    connect(focusFilter, &QAction::triggered, this, [this] { m_ui->filterLineEdit->setFocus(); });
    dialogParent->addAction(focusFilter);

    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &JobPanel::currentChanged);
    // A row selected without moving the current one (assistive technology selects this way)
    // shows its job as a click does.
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this, table] {
        const QModelIndexList rows = table->selectionModel()->selectedRows();
        if (rows.size() == 1 && rows.constFirst().row() != table->currentIndex().row())
            table->selectionModel()->setCurrentIndex(rows.constFirst(), QItemSelectionModel::NoUpdate);
    });

    m_shownLabel = new QLabel(dialogParent);
    m_shownLabel->setObjectName(QStringLiteral("shownCountLabel"));
    m_ui->filterLayout->insertWidget(m_ui->filterLayout->indexOf(m_ui->stateFilterComboBox), m_shownLabel);
    m_emptyLabel = new QLabel(table->viewport());
    m_emptyLabel->setObjectName(QStringLiteral("emptyTableLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setEnabled(false);
    table->viewport()->installEventFilter(this);
    // Rows come and go in the table (launches, removals) and through the filter (its text, its state,
    // a job whose state moves it out of view).
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_proxy), m_proxy->sourceModel()}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &JobPanel::updateShown);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &JobPanel::updateShown);
        connect(model, &QAbstractItemModel::layoutChanged, this, &JobPanel::updateShown);
    }
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &JobPanel::updateActions);
    // A busy table changes many cells a second: re-check the actions once per event-loop turn.
    m_actionsTimer.setSingleShot(true);
    m_actionsTimer.setInterval(0);
    connect(&m_actionsTimer, &QTimer::timeout, this, &JobPanel::updateActions);
    connect(m_proxy, &QAbstractItemModel::dataChanged, &m_actionsTimer, qOverload<>(&QTimer::start));
    connect(m_jobs->model(), &JobTableModel::countsChanged, this, &JobPanel::updateCounts);
    // Export and "Remove finished jobs" follow the table's counts (jobs restored at start), not
    // only the selection.
    connect(m_jobs->model(), &JobTableModel::countsChanged, &m_actionsTimer, qOverload<>(&QTimer::start));

    connect(m_ui->stopWatchingAction, &QAction::triggered, this, &JobPanel::stopWatching);
    connect(m_ui->resumeWatchingAction, &QAction::triggered, this, &JobPanel::resumeWatching);
    connect(m_ui->rerunAction, &QAction::triggered, this, &JobPanel::rerun);
    connect(m_ui->checkInOrchestratorAction, &QAction::triggered, this, &JobPanel::checkInOrchestrator);
    connect(m_ui->stopInOrchestratorAction, &QAction::triggered, this,
            [this] { stopInOrchestrator(StopStrategy::SoftStop); });
    connect(m_ui->killInOrchestratorAction, &QAction::triggered, this,
            [this] { stopInOrchestrator(StopStrategy::Kill); });
    connect(m_ui->openInOrchestratorAction, &QAction::triggered, this, &JobPanel::openInOrchestrator);
    connect(m_ui->serverCertificateAction, &QAction::triggered, this,
            [this] { showCertificate(m_jobs->model()->recordAt(currentRow())); });
    connect(m_jobs, &JobController::jobFinished, this, &JobPanel::offerCertificate);
    connect(m_ui->copyOutputAction, &QAction::triggered, this, &JobPanel::copyOutput);
    connect(m_ui->copyCurlAction, &QAction::triggered, this, &JobPanel::copyCurl);
    connect(m_ui->exportCsvAction, &QAction::triggered, this, [this] { exportJobs(false); });
    connect(m_ui->exportJsonAction, &QAction::triggered, this, [this] { exportJobs(true); });
    connect(m_ui->removeFinishedAction, &QAction::triggered, m_jobs->model(), &JobTableModel::removeFinished);
    updateCounts();
    updateActions();
    updateShown();
}

bool JobPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Only the table's viewport is watched. Nothing of m_ui here: the window's widgets still get
    // events while it is torn down, after its Ui struct is gone.
    if (event->type() == QEvent::Resize && m_emptyLabel)
        m_emptyLabel->setGeometry(static_cast<QWidget *>(watched)->rect().adjusted(24, 24, -24, -24));
    return QObject::eventFilter(watched, event);
}

void JobPanel::updateShown()
{
    const int all = m_jobs->model()->rowCount();
    const int shown = m_proxy->rowCount();
    m_shownLabel->setText(tr("%1 of %n job(s) shown", nullptr, all).arg(shown));
    m_shownLabel->setVisible(shown < all);
    if (all == 0)
        m_emptyLabel->setText(tr("No jobs yet. Choose a profile on the left, fill in its arguments and press Launch "
                                 "(%1).")
                                  .arg(m_ui->launchAction->shortcut().toString(QKeySequence::NativeText)));
    else
        m_emptyLabel->setText(
            tr("No job matches the filter. Clear the text or choose \"All jobs\" to see all %n.", nullptr, all));
    m_emptyLabel->setVisible(shown == 0);
}

bool JobPanel::showJob(const QString &id)
{
    const int sourceRow = m_jobs->model()->rowOf(id);
    const QModelIndex index = m_proxy->mapFromSource(m_jobs->model()->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    // Explicit flags: with Ctrl held (Ctrl+Return) the view would add the row to the selection,
    // and a later "stop watching" would stop every job launched that way.
    m_ui->jobTable->selectionModel()->setCurrentIndex(index,
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->jobTable->scrollTo(index);
    return true;
}

void JobPanel::showJob(JobRun *run)
{
    // The row may have been current already (a job watched again): the details follow the new run.
    if (showJob(run->id()))
        m_ui->jobDetails->setJob(run->record(), run);
}

QList<int> JobPanel::selectedRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_ui->jobTable->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(m_proxy->mapToSource(index).row());
    if (rows.isEmpty() && currentRow() >= 0)
        rows.append(currentRow());
    return rows;
}

int JobPanel::currentRow() const
{
    const QModelIndex index = m_ui->jobTable->currentIndex();
    return index.isValid() ? m_proxy->mapToSource(index).row() : -1;
}

void JobPanel::currentChanged()
{
    const int row = currentRow();
    if (row < 0) {
        m_ui->jobDetails->clear();
    } else {
        const JobTableModel *model = m_jobs->model();
        m_ui->jobDetails->setJob(model->recordAt(row), model->runAt(row));
    }
    updateActions();
}

void JobPanel::updateActions()
{
    const QList<int> rows = selectedRows();
    bool canStop = false;
    bool canResume = false;
    QString whyNot;
    for (int row : rows) {
        const JobRecord record = m_jobs->model()->recordAt(row);
        canStop = canStop || !isTerminal(record.state);
        const QString why = m_jobs->whyNotResumable(record);
        canResume = canResume || why.isEmpty();
        whyNot = why;
    }
    m_ui->stopWatchingAction->setEnabled(canStop);
    m_ui->resumeWatchingAction->setEnabled(canResume);
    // A disabled Resume says why, in its tooltip and status tip.
    const QString resumeTip = canResume || whyNot.isEmpty() ? tr("Watch the job again from its status URI") : whyNot;
    m_ui->resumeWatchingAction->setToolTip(resumeTip);
    m_ui->resumeWatchingAction->setStatusTip(resumeTip);
    m_ui->rerunAction->setEnabled(!rows.isEmpty());
    // The current job, read once (an empty record, which allows none of these, when there is none).
    const JobRecord current = m_jobs->model()->recordAt(currentRow());
    m_ui->checkInOrchestratorAction->setEnabled(JobController::canCheckInOrchestrator(current));
    const bool canStopThere = JobController::canStopInOrchestrator(current);
    m_ui->stopInOrchestratorAction->setEnabled(canStopThere);
    m_ui->killInOrchestratorAction->setEnabled(canStopThere);
    m_ui->openInOrchestratorAction->setEnabled(orchestratorJobPage(current).isValid());
    m_ui->serverCertificateAction->setEnabled(CertificateDialog::refusedHopIndex(current) >= 0);
    m_ui->copyOutputAction->setEnabled(currentRow() >= 0);
    m_ui->copyCurlAction->setEnabled(currentRow() >= 0);
    const bool anyJobs = m_jobs->model()->rowCount() > 0;
    m_ui->exportCsvAction->setEnabled(anyJobs);
    m_ui->exportJsonAction->setEnabled(anyJobs);
    m_ui->removeFinishedAction->setEnabled(m_jobs->model()->finishedCount() > 0);
}

void JobPanel::updateCounts()
{
    const JobTableModel *model = m_jobs->model();
    m_countsLabel->setText(tr("Running: %1 · Finished: %2").arg(model->runningCount()).arg(model->finishedCount()));
}

void JobPanel::stateFilterChanged(int index)
{
    if (index <= 0)
        m_proxy->setStateFilter(JobFilterProxyModel::StateFilter::All);
    else if (index == 1)
        m_proxy->setStateFilter(JobFilterProxyModel::StateFilter::Active);
    else if (index == 2)
        m_proxy->setStateFilter(JobFilterProxyModel::StateFilter::Finished);
    else
        m_proxy->setStateFilter(JobFilterProxyModel::StateFilter::OneState,
                                JobState(m_ui->stateFilterComboBox->itemData(index).toInt()));
}

void JobPanel::stopWatching()
{
    const QList<int> rows = selectedRows();
    int noWayBack = 0;
    for (int row : rows)
        noWayBack += JobController::stopLeavesNoWayBack(m_jobs->model()->recordAt(row)) ? 1 : 0;
    // Said before it happens: afterwards Resume cannot help these.
    const QString cost =
        rows.size() == 1
            ? tr("This job cannot be watched again once you stop: the server has not said yet where to follow it "
                 "(a long poll's call is still held, or its call has no answer yet).")
            : tr("%n of these jobs cannot be watched again once you stop: the server has not said yet where to "
                 "follow them (a long poll's call is still held, or a call has no answer yet).",
                 nullptr, noWayBack);
    QStringList ids;
    for (int row : rows)
        ids << m_jobs->model()->idAt(row);
    const auto stop = [jobs = QPointer<JobController>(m_jobs), ids] {
        for (const QString &id : ids)
            if (jobs)
                jobs->stop(id);
    };
    if (noWayBack == 0) {
        stop();
        return;
    }
    MessageBox::confirm(m_dialogParent, tr("Stop watching?"),
                        cost + QLatin1Char(' ') +
                            tr("The job may still run in Orchestrator; Check in Orchestrator finds it there."),
                        tr("&Stop watching"), stop);
}

void JobPanel::resumeWatching()
{
    const QList<int> rows = selectedRows();
    const int current = currentRow();
    for (int row : rows) {
        JobRun *run = m_jobs->resume(m_jobs->model()->recordAt(row));
        if (run && row == current)
            showJob(run);
    }
    updateActions();
}

void JobPanel::showCertificate(const JobRecord &record)
{
    const int hopIndex = CertificateDialog::refusedHopIndex(record);
    if (hopIndex < 0)
        return;
    auto *dialog = new CertificateDialog(record, record.hops.at(hopIndex), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, record] {
        const QString fingerprint = dialog->fingerprint();
        emit certificateTrusted(record.profile.name, fingerprint);
        if (!CertificateDialog::mayRunAgain(record))
            return; // it may exist: never run again without being asked
        JobRecord trusted = record;
        trusted.profile.tls.pinSha256 = fingerprint;
        m_jobs->rerun(trusted);
    });
    dialog->open();
}

void JobPanel::offerCertificate(JobRun *run)
{
    const JobRecord &record = run->record();
    const int hopIndex = CertificateDialog::refusedHopIndex(record);
    if (hopIndex < 0 || !record.hops.at(hopIndex).certificateTrustable)
        return;
    const QString key =
        record.profile.name + QLatin1Char('\n') + QString::fromLatin1(record.hops.at(hopIndex).certificate);
    if (m_certificatesOffered.contains(key))
        return;
    m_certificatesOffered.insert(key);
    showCertificate(record);
}

void JobPanel::rerun()
{
    const QList<int> rows = selectedRows();
    QList<JobRecord> records;
    int mayStillRun = 0;
    for (int row : rows) {
        records.append(m_jobs->model()->recordAt(row));
        mayStillRun += isResumable(records.constLast().state) ? 1 : 0;
        if (const QString why = m_jobs->whyNoToken(records.constLast().profile); !why.isEmpty()) {
            MessageBox::warning(m_dialogParent, tr("No token for this profile"), why);
            return;
        }
    }
    // Unknown, timed out or no longer watched: the job may be running (or done) on the server.
    if (mayStillRun > 0 &&
        MessageBox::question(m_dialogParent, tr("Run again?"),
                             tr("%n of these jobs may still be running, or may have finished, on the server: "
                                "TriggerDesk cannot tell. Running again starts a new job, which may do the same "
                                "work twice (a duplicate job).\n\nCheck in Orchestrator first if that matters. Run "
                                "again anyway?",
                                nullptr, mayStillRun),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    for (const JobRecord &record : std::as_const(records))
        m_jobs->rerun(record);
}

void JobPanel::checkInOrchestrator()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const JobRecord record = m_jobs->model()->recordAt(row);
    auto *dialog =
        new JobLookupDialog(m_jobs->lookup(record), record, m_jobs->attachedElsewhere(record.id), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &JobLookupDialog::attachRequested, this, [this, record](qint64 jobId, qint64 folderId) {
        JobRun *run = m_jobs->attach(record, jobId, folderId);
        if (!run) {
            emit problem(tr("Job not attached"), tr("Job %1 is watched in another row already: %2.")
                                                     .arg(jobId)
                                                     .arg(m_jobs->attachedElsewhere(record.id).value(jobId)));
            return;
        }
        showJob(run);
        emit message(tr("Watching job %1 in Orchestrator.").arg(jobId));
    });
    dialog->open();
}

void JobPanel::stopInOrchestrator(StopStrategy strategy)
{
    const int row = currentRow();
    if (row < 0)
        return;
    const JobRecord record = m_jobs->model()->recordAt(row);
    if (!JobController::canStopInOrchestrator(record))
        return;
    const bool kill = strategy == StopStrategy::Kill;
    const QString what = kill ? tr("Kill job %1 in Orchestrator?").arg(record.orchestratorJobId)
                              : tr("Stop job %1 in Orchestrator?").arg(record.orchestratorJobId);
    const QString how =
        kill ? tr("Orchestrator ends the robot's process at once: the work in progress is not finished or cleaned "
                  "up.")
             : tr("Orchestrator asks the process to stop at its next \"Should Stop\" check; a process that never "
                  "checks goes on running (Kill ends it at once).");
    const QString question =
        QStringLiteral("%1\n\n%2\n%3 %4")
            .arg(what, tr("Profile: %1").arg(record.profile.name), how, tr("The job then ends Stopped."));
    MessageBox::confirm(m_dialogParent, kill ? tr("Kill the job?") : tr("Stop the job?"), question,
                        kill ? tr("&Kill the job") : tr("&Stop the job"),
                        [panel = QPointer<JobPanel>(this), record, strategy] {
                            if (panel)
                                panel->askOrchestratorToStop(record, strategy);
                        });
}

void JobPanel::askOrchestratorToStop(const JobRecord &record, StopStrategy strategy)
{
    const qint64 jobId = record.orchestratorJobId;
    const QString strategyName = stopStrategyName(strategy);
    emit message(tr("Asking Orchestrator to stop job %1 (%2)…").arg(jobId).arg(strategyName));
    m_jobs->stopInOrchestrator(
        record, strategy, [panel = QPointer<JobPanel>(this), jobId, strategyName](const QString &error) {
            if (!panel)
                return;
            if (error.isEmpty()) {
                emit panel->message(tr("Orchestrator is stopping job %1 (%2).").arg(jobId).arg(strategyName));
                return;
            }
            MessageBox::warning(panel->m_dialogParent, tr("Could not stop the job"),
                                tr("Orchestrator did not take the request to stop job %1: "
                                   "%2")
                                    .arg(jobId)
                                    .arg(error));
        });
}

void JobPanel::openInOrchestrator()
{
    const int row = currentRow();
    const QUrl page = row >= 0 ? orchestratorJobPage(m_jobs->model()->recordAt(row)) : QUrl();
    if (!page.isValid())
        return;
    if (!QDesktopServices::openUrl(page)) {
        // No browser to hand it to: the address, for the person to open where they can.
        QGuiApplication::clipboard()->setText(page.toString());
        emit problem(tr("No browser opened"),
                     tr("No web browser could be opened for %1. The address is copied: paste it into one.")
                         .arg(page.toString()));
        return;
    }
    emit message(tr("Opened job %1 in Orchestrator's web page.").arg(m_jobs->model()->recordAt(row).orchestratorJobId));
}

void JobPanel::copyOutput()
{
    const int row = currentRow();
    if (row >= 0)
        QGuiApplication::clipboard()->setText(outputText(m_jobs->model()->recordAt(row)));
}

void JobPanel::copyCurl()
{
    const int row = currentRow();
    if (row < 0)
        return;
    QGuiApplication::clipboard()->setText(curlCommand(m_jobs->model()->recordAt(row)));
    emit message(tr("Copied the request. Set $%1 to your token before running it.")
                     .arg(QLatin1String(kTokenPlaceholderVariable)));
}

void JobPanel::exportJobs(bool json)
{
    const QString path =
        FileDialog::getSaveFileName(m_dialogParent, json ? tr("Export jobs as JSON") : tr("Export jobs as CSV"),
                                    json ? QStringLiteral("jobs.json") : QStringLiteral("jobs.csv"),
                                    json ? tr("JSON (*.json)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    // The jobs the table shows, in its order (the filter and sort apply).
    QList<JobRecord> records;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        records.append(m_jobs->model()->recordAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    const QByteArray content = json ? recordsJson(records) : recordsCsv(records);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        emit problem(tr("Jobs not exported"),
                     tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    emit message(tr("Exported %n job(s) to %1.", nullptr, m_proxy->rowCount()).arg(QDir::toNativeSeparators(path)));
}

} // namespace td
