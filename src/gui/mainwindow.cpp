#include "mainwindow.h"

#include "argumentform.h"
#include "credentialeditor.h"
#include "demosimulator.h"
#include "dialogs.h"
#include "guisettings.h"
#include "jobcontroller.h"
#include "jobdetailsview.h"
#include "jobexport.h"
#include "jobfilterproxymodel.h"
#include "jobhistory.h"
#include "jobrun.h"
#include "jobtablemodel.h"
#include "profileeditor.h"
#include "profilelistmodel.h"
#include "profilestore.h"
#include "stateappearance.h"
#include "ui_mainwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QSaveFile>
#include <QScreen>
#include <QStatusBar>
#include <QSystemTrayIcon>

namespace td {

namespace {

constexpr int kNotifyDelayMs = 800;
constexpr JobState kAllStates[] = {JobState::Queued,     JobState::Triggering, JobState::Running, JobState::Started,
                                   JobState::Successful, JobState::Faulted,    JobState::Failed,  JobState::Unknown,
                                   JobState::TimedOut,   JobState::Cancelled};

} // namespace

MainWindow::MainWindow(const MainWindowOptions &options, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_options(options)
    , m_settings(options.settingsPath.isEmpty() ? std::make_unique<GuiSettings>()
                                                : std::make_unique<GuiSettings>(options.settingsPath))
{
    initGuiResources();
    m_ui->setupUi(this);
    setWindowIcon(applicationIcon());

    m_profiles =
        new ProfileListModel(options.profilesPath.isEmpty() ? ProfileStore::defaultPath() : options.profilesPath, this);
    m_ui->profileList->setModel(m_profiles);
    m_jobs = new JobController(this, options.managerFactory, options.keychainProbe);
    // Always visible while it holds: no keychain means secrets last only this session.
    auto *secretsLabel = new QLabel(this);
    secretsLabel->setObjectName(QStringLiteral("secretsLabel"));
    secretsLabel->hide();
    statusBar()->addPermanentWidget(secretsLabel);
    m_jobs->secrets()->whenReady(this, [this, secretsLabel](SecretStore *) {
        if (m_jobs->secrets()->backend() != SecretStoreFactory::Backend::SessionOnly)
            return;
        secretsLabel->setText(tr("No keychain: secrets kept for this session only"));
        secretsLabel->setToolTip(m_jobs->secrets()->unavailableReason());
        secretsLabel->show();
    });
    m_history =
        new JobHistory(options.jobsDirectory.isEmpty() ? JobHistory::defaultDirectory() : options.jobsDirectory, this);

    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_simulatorLabel = new QLabel(this);
    m_simulatorLabel->setObjectName(QStringLiteral("simulatorLabel"));
    statusBar()->addPermanentWidget(m_countsLabel); // permanent: transient messages must not hide it
    statusBar()->addPermanentWidget(m_simulatorLabel);

    setUpActions();
    setUpJobTable();

    connect(m_ui->profileList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::currentProfileChanged);
    connect(m_profiles, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (topLeft.row() == currentProfileRow())
            currentProfileChanged();
    });
    connect(m_ui->argumentForm, &ArgumentForm::validityChanged, this, &MainWindow::updateLaunchEnabled);
    connect(m_ui->launchButton, &QPushButton::clicked, this, &MainWindow::launch);
    connect(m_ui->presetComboBox, &QComboBox::activated, this, &MainWindow::presetChosen);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(applicationIcon(), this);
        m_tray->setToolTip(tr("TriggerDesk"));
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
        m_tray->show();
    }
    m_notifyTimer.setSingleShot(true);
    m_notifyTimer.setInterval(kNotifyDelayMs);
    connect(&m_notifyTimer, &QTimer::timeout, this, &MainWindow::showNotifications);
    connect(m_jobs, &JobController::jobFinished, this, &MainWindow::jobFinished);

    restoreLayout();
    loadProfiles();
    restoreJobs();
    updateCounts();
    updateJobActions();
}

MainWindow::~MainWindow()
{
    // While the runs still exist: the jobs still running are saved as they are, to be resumed.
    m_history->flush();
}

void MainWindow::setUpActions()
{
    // The profile buttons next to the list show the same actions as the menu.
    m_ui->newProfileToolButton->setDefaultAction(m_ui->newProfileAction);
    m_ui->editProfileToolButton->setDefaultAction(m_ui->editProfileAction);
    m_ui->moveProfileUpToolButton->setDefaultAction(m_ui->moveProfileUpAction);
    m_ui->moveProfileDownToolButton->setDefaultAction(m_ui->moveProfileDownAction);
    m_ui->savePresetToolButton->setText(tr("Save…"));
    m_ui->savePresetToolButton->setToolTip(tr("Save the values in the form as a named preset"));
    m_ui->deletePresetToolButton->setText(tr("Delete"));
    m_ui->deletePresetToolButton->setToolTip(tr("Delete the chosen preset"));
    m_ui->launchButton->setToolTip(tr("Start a job with these arguments (%1)")
                                       .arg(m_ui->launchAction->shortcut().toString(QKeySequence::NativeText)));
    addAction(m_ui->launchAction); // Ctrl+Return works wherever the focus is

    m_ui->profileList->addActions({m_ui->editProfileAction, m_ui->duplicateProfileAction, m_ui->renameProfileAction,
                                   m_ui->deleteProfileAction, m_ui->moveProfileUpAction, m_ui->moveProfileDownAction});
    m_ui->deleteProfileAction->setShortcut(QKeySequence::Delete);
    m_ui->deleteProfileAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ui->profileList->addAction(m_ui->deleteProfileAction);

    connect(m_ui->launchAction, &QAction::triggered, this, &MainWindow::launch);
    connect(m_ui->newProfileAction, &QAction::triggered, this, &MainWindow::newProfile);
    connect(m_ui->editProfileAction, &QAction::triggered, this, &MainWindow::editProfile);
    connect(m_ui->duplicateProfileAction, &QAction::triggered, this, &MainWindow::duplicateProfile);
    connect(m_ui->renameProfileAction, &QAction::triggered, this, &MainWindow::renameProfile);
    connect(m_ui->deleteProfileAction, &QAction::triggered, this, &MainWindow::deleteProfile);
    connect(m_ui->moveProfileUpAction, &QAction::triggered, this, [this] { moveProfile(-1); });
    connect(m_ui->moveProfileDownAction, &QAction::triggered, this, [this] { moveProfile(1); });
    connect(m_ui->importProfilesAction, &QAction::triggered, this, &MainWindow::importProfiles);
    connect(m_ui->credentialsAction, &QAction::triggered, this, &MainWindow::editCredentials);
    connect(m_ui->exportProfilesAction, &QAction::triggered, this, &MainWindow::exportProfiles);
    connect(m_ui->savePresetToolButton, &QToolButton::clicked, this, &MainWindow::savePreset);
    connect(m_ui->deletePresetToolButton, &QToolButton::clicked, this, &MainWindow::deletePreset);

    connect(m_ui->stopWatchingAction, &QAction::triggered, this, &MainWindow::stopWatching);
    connect(m_ui->resumeWatchingAction, &QAction::triggered, this, &MainWindow::resumeWatching);
    connect(m_ui->rerunAction, &QAction::triggered, this, &MainWindow::rerun);
    connect(m_ui->copyOutputAction, &QAction::triggered, this, &MainWindow::copyOutput);
    connect(m_ui->copyCurlAction, &QAction::triggered, this, &MainWindow::copyCurl);
    connect(m_ui->exportCsvAction, &QAction::triggered, this, [this] { exportJobs(false); });
    connect(m_ui->exportJsonAction, &QAction::triggered, this, [this] { exportJobs(true); });
    connect(m_ui->removeFinishedAction, &QAction::triggered, m_jobs->model(), &JobTableModel::removeFinished);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, [this] {
        MessageBox::information(this, tr("About TriggerDesk"),
                                tr("TriggerDesk %1\nLaunch Orchestrator jobs through API triggers and watch them live.")
                                    .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::setUpJobTable()
{
    m_proxy = new JobFilterProxyModel(this);
    m_proxy->setSourceModel(m_jobs->model());
    QTableView *table = m_ui->jobTable;
    table->setModel(m_proxy);
    table->sortByColumn(JobTableModel::StartedColumn, Qt::DescendingOrder);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setSectionsMovable(true);
    const int widths[] = {210, 110, 110, 80, 80, 50, 50, 50};
    // Never narrower than the header's title: "Polls" is "ポーリング回数" in Japanese.
    for (int column = 0; column < int(std::size(widths)); ++column)
        table->setColumnWidth(column, qMax(widths[column], table->horizontalHeader()->sectionSizeHint(column)));
    table->addActions({m_ui->stopWatchingAction, m_ui->resumeWatchingAction, m_ui->rerunAction, m_ui->copyOutputAction,
                       m_ui->copyCurlAction});

    m_ui->stateFilterComboBox->addItem(tr("All jobs"));
    m_ui->stateFilterComboBox->addItem(tr("Active"));
    m_ui->stateFilterComboBox->addItem(tr("Finished"));
    for (JobState state : kAllStates)
        m_ui->stateFilterComboBox->addItem(stateIcon(state), jobStateLabel(state), int(state));
    connect(m_ui->stateFilterComboBox, &QComboBox::currentIndexChanged, this, &MainWindow::stateFilterChanged);
    connect(m_ui->filterLineEdit, &QLineEdit::textChanged, m_proxy, &JobFilterProxyModel::setText);
    auto *focusFilter = new QAction(this);
    focusFilter->setShortcut(QKeySequence::Find);
    connect(focusFilter, &QAction::triggered, this, [this] { m_ui->filterLineEdit->setFocus(); });
    addAction(focusFilter);

    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::currentJobChanged);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateJobActions);
    // A busy table changes many cells a second: re-check the actions once per event-loop turn.
    m_actionsTimer.setSingleShot(true);
    m_actionsTimer.setInterval(0);
    connect(&m_actionsTimer, &QTimer::timeout, this, &MainWindow::updateJobActions);
    connect(m_proxy, &QAbstractItemModel::dataChanged, &m_actionsTimer, qOverload<>(&QTimer::start));
    connect(m_jobs->model(), &JobTableModel::countsChanged, this, &MainWindow::updateCounts);

    m_ui->jobDetails->setActions({m_ui->stopWatchingAction, m_ui->resumeWatchingAction, m_ui->rerunAction,
                                  m_ui->copyOutputAction, m_ui->copyCurlAction});
}

void MainWindow::restoreLayout()
{
    // The first time: as large as the design, but never larger than the screen.
    QSize size(1320, 820);
    if (const QScreen *current = screen())
        size = size.boundedTo(current->availableGeometry().size() * 0.95);
    resize(size);
    m_ui->mainSplitter->setSizes({340, 980});
    m_ui->jobSplitter->setSizes({430, 330});
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->jobSplitter->setStretchFactor(0, 1);
    // The profile list shows about six profiles and no more; the argument form below takes the
    // rest of the height, so a form of five or six fields is seen whole without scrolling.
    const QListView *list = m_ui->profileList;
    const int rowHeight = qMax(list->sizeHintForRow(0), list->fontMetrics().height() + 1);
    const int profileHeight = m_ui->profileHeaderLayout->sizeHint().height() + m_ui->profilePanelLayout->spacing() +
                              2 * list->frameWidth() + rowHeight * 13 / 2;
    m_ui->sideSplitter->setStretchFactor(0, 0);
    m_ui->sideSplitter->setStretchFactor(1, 1);
    m_ui->sideSplitter->setSizes({profileHeight, size.height() - profileHeight});
    restoreGeometry(m_settings->value(GuiSettings::Key::WindowGeometry).toByteArray());
    restoreState(m_settings->value(GuiSettings::Key::WindowState).toByteArray());
    m_ui->mainSplitter->restoreState(m_settings->value(GuiSettings::Key::MainSplitter).toByteArray());
    m_ui->sideSplitter->restoreState(m_settings->value(GuiSettings::Key::SideSplitter).toByteArray());
    m_ui->jobSplitter->restoreState(m_settings->value(GuiSettings::Key::JobSplitter).toByteArray());
    m_ui->jobTable->horizontalHeader()->restoreState(m_settings->value(GuiSettings::Key::JobTableHeader).toByteArray());
}

void MainWindow::saveLayout()
{
    m_settings->setValue(GuiSettings::Key::WindowGeometry, saveGeometry());
    m_settings->setValue(GuiSettings::Key::WindowState, saveState());
    m_settings->setValue(GuiSettings::Key::MainSplitter, m_ui->mainSplitter->saveState());
    m_settings->setValue(GuiSettings::Key::SideSplitter, m_ui->sideSplitter->saveState());
    m_settings->setValue(GuiSettings::Key::JobSplitter, m_ui->jobSplitter->saveState());
    m_settings->setValue(GuiSettings::Key::JobTableHeader, m_ui->jobTable->horizontalHeader()->saveState());
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmClose()) {
        event->ignore();
        return;
    }
    saveLayout();
    // Jobs on the demo simulator cannot be watched again: it stops with the window, and the next
    // one listens on another port. They end here rather than fail on the next start.
    const QList<JobRun *> demo = demoRuns();
    for (JobRun *run : demo)
        run->cancel();
    m_history->flush();
    if (m_demo)
        m_demo->stop();
    QMainWindow::closeEvent(event);
}

bool MainWindow::confirmClose()
{
    const int running = m_jobs->model()->runningCount();
    if (running == 0)
        return true;
    const int demo = int(demoRuns().size());
    QStringList paragraphs;
    if (running > demo)
        paragraphs << tr("%n job(s) still running. They go on running on the server, and TriggerDesk resumes "
                         "watching them the next time it starts.",
                         nullptr, running - demo);
    if (demo > 0)
        paragraphs << tr("%n demo job(s) still running. They end with the demo simulator, which stops with this "
                         "window.",
                         nullptr, demo);
    paragraphs << tr("Quit TriggerDesk?");
    return MessageBox::question(this, tr("Jobs still running"), paragraphs.join(QLatin1String("\n\n")),
                                QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) == QMessageBox::Yes;
}

QList<JobRun *> MainWindow::demoRuns() const
{
    QList<JobRun *> runs;
    if (!m_demo || !m_demo->isRunning())
        return runs;
    const QUrl base = m_demo->baseUrl();
    const JobTableModel *model = m_jobs->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        JobRun *run = model->runAt(row);
        if (!run || run->isFinished())
            continue;
        const QUrl url = run->record().profile.invokeUrl;
        if (url.scheme() == base.scheme() && url.host() == base.host() && url.port() == base.port())
            runs.append(run);
    }
    return runs;
}

// --- Job history ----------------------------------------------------------------------------

void MainWindow::restoreJobs()
{
    connect(m_history, &JobHistory::saveFailed, this, [this](const QString &message) {
        qWarning("%s", qUtf8Printable(message));
        statusBar()->showMessage(message, 15000);
    });
    connect(m_jobs->model(), &JobTableModel::jobsRemoved, m_history, &JobHistory::remove);
    QStringList problems;
    const QList<JobRecord> records = m_history->load(&problems);
    // From here on every job is saved, the ones resumed below too.
    m_history->watch(m_jobs->engine());
    const QList<JobRun *> resumed = m_jobs->restore(records);
    if (!problems.isEmpty()) {
        for (const QString &problem : std::as_const(problems))
            qWarning("%s", qUtf8Printable(problem));
        statusBar()->showMessage(
            tr("%n job record(s) in %1 could not be read and were left as they are.", nullptr, int(problems.size()))
                .arg(QDir::toNativeSeparators(m_history->directory())),
            15000);
    } else if (!resumed.isEmpty()) {
        statusBar()->showMessage(
            tr("Watching %n job(s) again that were running when TriggerDesk closed.", nullptr, int(resumed.size())),
            15000);
    }
}

// --- Profiles -------------------------------------------------------------------------------

void MainWindow::loadProfiles()
{
    QString error;
    if (!m_profiles->load(&error)) {
        // After the window is up, so the message has a parent a person can see.
        const QString text =
            tr("The saved profiles could not be read from %1.\n\n%2\n\nTriggerDesk starts without them; the "
               "unreadable file is not overwritten.")
                .arg(QDir::toNativeSeparators(m_profiles->storePath()), error);
        QTimer::singleShot(0, this, [this, text] { showProblem(tr("Profiles not loaded"), text); });
    }
    m_jobs->setCredentials(m_profiles->credentials());
    const int last = m_profiles->indexOf(m_settings->value(GuiSettings::Key::LastProfile).toString());
    if (m_profiles->rowCount() > 0)
        selectProfile(qMax(0, last));
    else
        currentProfileChanged();
    if (m_options.demo || (m_options.demoWhenEmpty && m_profiles->savedCount() == 0))
        startDemo();
}

void MainWindow::startDemo()
{
    if (m_demo)
        return;
    m_demo = new DemoSimulator(
        m_options.simulatorProgram.isEmpty() ? DemoSimulator::defaultProgram() : m_options.simulatorProgram, this);
    m_simulatorLabel->setText(tr("Starting the demo simulator…"));
    connect(m_demo, &DemoSimulator::ready, this, [this](const QUrl &baseUrl, const QList<TriggerProfile> &profiles) {
        m_simulatorLabel->setText(tr("Demo simulator: %1").arg(baseUrl.toDisplayString()));
        const bool hadSelection = currentProfileRow() >= 0;
        m_profiles->setDemoProfiles(profiles);
        if (!hadSelection && m_profiles->rowCount() > 0)
            selectProfile(0);
    });
    connect(m_demo, &DemoSimulator::failed, this, [this](const QString &message) {
        m_simulatorLabel->setText(tr("Demo simulator not running"));
        m_simulatorLabel->setToolTip(message);
        statusBar()->showMessage(message, 15000);
        qWarning("%s", qUtf8Printable(message));
    });
    m_demo->start();
}

void MainWindow::selectProfile(int row)
{
    if (row < 0 || row >= m_profiles->rowCount())
        return;
    m_ui->profileList->setCurrentIndex(m_profiles->index(row));
}

int MainWindow::currentProfileRow() const
{
    const QModelIndex index = m_ui->profileList->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void MainWindow::currentProfileChanged()
{
    const int row = currentProfileRow();
    const bool has = row >= 0;
    for (QAction *action :
         {m_ui->editProfileAction, m_ui->duplicateProfileAction, m_ui->renameProfileAction, m_ui->deleteProfileAction,
          m_ui->moveProfileUpAction, m_ui->moveProfileDownAction, m_ui->exportProfilesAction})
        action->setEnabled(has);
    m_ui->presetComboBox->setEnabled(has);
    m_ui->savePresetToolButton->setEnabled(has);
    if (!has) {
        m_shownProfile.clear();
        m_ui->profileTitleLabel->setText(tr("Create a profile for a trigger to launch it."));
        m_ui->argumentForm->setSpecs({});
        updatePresets();
        updateLaunchEnabled();
        return;
    }
    const TriggerProfile &profile = m_profiles->profileAt(row);
    m_ui->profileTitleLabel->setText(tr("<b>%1</b><br><span style='color:gray'>%2 · %3</span>")
                                         .arg(profile.name.toHtmlEscaped(), profile.method.toHtmlEscaped(),
                                              callModeLabel(profile.mode).toHtmlEscaped()));
    m_ui->profileTitleLabel->setToolTip(profile.invokeUrl.toDisplayString());
    const bool sameProfile = m_shownProfile == profile.name && m_ui->argumentForm->specs() == profile.arguments;
    if (!sameProfile) {
        // Only rebuild when the profile or its specs changed: a rename or a new preset keeps the typing.
        m_ui->argumentForm->setSpecs(profile.arguments);
        const QJsonObject last = m_settings->lastArguments(profile.name);
        if (!last.isEmpty())
            m_ui->argumentForm->setValues(last);
    }
    m_shownProfile = profile.name;
    m_settings->setValue(GuiSettings::Key::LastProfile, profile.name);
    updatePresets(m_ui->presetComboBox->currentData().toString());
    updateLaunchEnabled();
}

void MainWindow::updateLaunchEnabled()
{
    const int row = currentProfileRow();
    QString why;
    if (row < 0)
        why = tr("Choose a profile first.");
    else if (const QStringList problems = m_profiles->profileAt(row).validate(); !problems.isEmpty())
        why = problems.join(QLatin1Char('\n'));
    else if (!m_ui->argumentForm->isValid())
        why = m_ui->argumentForm->errors().join(QLatin1Char('\n'));
    const bool enabled = why.isEmpty();
    m_ui->launchButton->setEnabled(enabled);
    m_ui->launchAction->setEnabled(enabled);
    m_ui->launchButton->setToolTip(enabled ? tr("Start a job with these arguments (%1)")
                                                 .arg(m_ui->launchAction->shortcut().toString(QKeySequence::NativeText))
                                           : why);
}

void MainWindow::updatePresets(const QString &select)
{
    QComboBox *combo = m_ui->presetComboBox;
    const QSignalBlocker blocker(combo);
    combo->clear();
    const int row = currentProfileRow();
    if (row < 0)
        return;
    const TriggerProfile &profile = m_profiles->profileAt(row);
    combo->addItem(profile.presets.isEmpty() ? tr("(no presets saved)") : tr("(choose a preset)"));
    for (auto it = profile.presets.constBegin(); it != profile.presets.constEnd(); ++it)
        combo->addItem(it.key(), it.key());
    combo->setCurrentIndex(qMax(0, combo->findData(select)));
    m_ui->deletePresetToolButton->setEnabled(combo->currentIndex() > 0);
}

void MainWindow::presetChosen(int index)
{
    const int row = currentProfileRow();
    m_ui->deletePresetToolButton->setEnabled(index > 0);
    if (row < 0 || index <= 0)
        return;
    const QString name = m_ui->presetComboBox->itemData(index).toString();
    m_ui->argumentForm->setValues(m_profiles->profileAt(row).presets.value(name));
}

void MainWindow::savePreset()
{
    const int row = currentProfileRow();
    if (row < 0)
        return;
    QString name = m_ui->presetComboBox->currentData().toString();
    if (!InputDialog::getText(this, tr("Save preset"), tr("Preset name:"), &name) || name.trimmed().isEmpty())
        return;
    name = name.trimmed();
    TriggerProfile profile = m_profiles->profileAt(row);
    profile.presets.insert(name, m_ui->argumentForm->values());
    QString error;
    if (!m_profiles->updateProfile(row, profile, &error))
        showProblem(tr("Preset not saved"), error);
    updatePresets(name);
}

void MainWindow::deletePreset()
{
    const int row = currentProfileRow();
    const QString name = m_ui->presetComboBox->currentData().toString();
    if (row < 0 || name.isEmpty())
        return;
    if (MessageBox::question(this, tr("Delete preset"), tr("Delete the preset \"%1\"?").arg(name),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    TriggerProfile profile = m_profiles->profileAt(row);
    profile.presets.remove(name);
    QString error;
    if (!m_profiles->updateProfile(row, profile, &error))
        showProblem(tr("Preset not deleted"), error);
    updatePresets();
}

void MainWindow::launch()
{
    const int row = currentProfileRow();
    if (row < 0 || !m_ui->launchButton->isEnabled())
        return;
    const TriggerProfile profile = m_profiles->profileAt(row);
    const QJsonObject values = m_ui->argumentForm->values();
    m_settings->setLastArguments(profile.name, values);
    const QList<JobRun *> runs = m_jobs->launch(profile, values, m_ui->copiesSpinBox->value());
    if (runs.isEmpty())
        return;
    // Show the new job: its row and its details.
    const int sourceRow = m_jobs->model()->rowOf(runs.constLast()->id());
    const QModelIndex index = m_proxy->mapFromSource(m_jobs->model()->index(sourceRow, 0));
    if (index.isValid()) {
        // Explicit flags: with Ctrl held (Ctrl+Return) the view would add the row to the selection,
        // and a later "stop watching" would stop every job launched that way.
        m_ui->jobTable->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                     QItemSelectionModel::Rows);
        m_ui->jobTable->scrollTo(index);
    }
    statusBar()->showMessage(tr("Launched %n job(s) of %1.", nullptr, int(runs.size())).arg(profile.name), 5000);
}

void MainWindow::openProfileEditor(int row)
{
    TriggerProfile profile;
    QStringList taken = m_profiles->names();
    if (row >= 0) {
        profile = m_profiles->profileAt(row);
        taken.removeAll(profile.name);
    } else {
        profile.name = m_profiles->uniqueName(tr("New trigger"));
    }
    // open(), not exec(): the window keeps running jobs and tests can drive the dialog.
    auto *editor = new ProfileEditor(profile, taken, m_profiles->credentials(), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowTitle(row >= 0 ? tr("Edit profile") : tr("New profile"));
    connect(editor, &QDialog::accepted, this, [this, editor, row, original = profile.name] {
        QString error;
        const TriggerProfile edited = editor->profile();
        int target = row;
        // The list may have changed while the dialog was open: find the profile again by name.
        if (row >= 0)
            target = m_profiles->indexOf(original);
        bool ok = true;
        if (target >= 0) {
            if (original != edited.name)
                m_settings->setLastArguments(edited.name, m_settings->lastArguments(original));
            ok = m_profiles->updateProfile(target, edited, &error);
        } else {
            target = m_profiles->addProfile(edited, &error);
            ok = target >= 0;
        }
        if (!ok)
            showProblem(tr("Profile not saved"), error);
        selectProfile(m_profiles->indexOf(edited.name));
        currentProfileChanged();
    });
    editor->open();
}

void MainWindow::editCredentials()
{
    const int row = currentProfileRow();
    const TriggerProfile current = row >= 0 ? m_profiles->profileAt(row) : TriggerProfile();
    auto *editor = new CredentialEditor(m_profiles->credentials(), m_jobs->secrets()->deferredStore(),
                                        m_jobs->authManager(), current.invokeUrl, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    QList<TriggerProfile> profiles;
    for (int i = 0; i < m_profiles->rowCount(); ++i)
        profiles.append(m_profiles->profileAt(i));
    editor->setProfiles(profiles);
    if (!current.credential.isEmpty())
        editor->selectCredential(current.credential);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        QString error;
        if (!m_profiles->setCredentials(editor->credentials(), &error))
            showProblem(tr("Credentials not saved"), error);
        m_jobs->setCredentials(m_profiles->credentials());
    });
    editor->open();
}

void MainWindow::newProfile()
{
    openProfileEditor(-1);
}

void MainWindow::editProfile()
{
    if (currentProfileRow() >= 0)
        openProfileEditor(currentProfileRow());
}

void MainWindow::duplicateProfile()
{
    const int row = currentProfileRow();
    if (row < 0)
        return;
    QString error;
    const int copy = m_profiles->duplicate(row, &error);
    if (copy < 0)
        showProblem(tr("Profile not saved"), error);
    else
        selectProfile(copy);
}

void MainWindow::renameProfile()
{
    const int row = currentProfileRow();
    if (row < 0)
        return;
    QString name = m_profiles->profileAt(row).name;
    const QString original = name;
    if (!InputDialog::getText(this, tr("Rename profile"), tr("New name:"), &name) || name == original)
        return;
    QString error;
    const QJsonObject lastValues = m_settings->lastArguments(original);
    if (!m_profiles->rename(row, name, &error)) {
        showProblem(tr("Profile not renamed"), error);
        return;
    }
    m_settings->setLastArguments(name.trimmed(), lastValues);
}

void MainWindow::deleteProfile()
{
    const int row = currentProfileRow();
    if (row < 0)
        return;
    const QString name = m_profiles->profileAt(row).name;
    if (MessageBox::question(this, tr("Delete profile"),
                             tr("Delete the profile \"%1\"? Its presets are deleted with it.").arg(name),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    QString error;
    if (!m_profiles->remove(row, &error))
        showProblem(tr("Profile not deleted"), error);
    if (m_profiles->rowCount() > 0)
        selectProfile(qMin(row, m_profiles->rowCount() - 1));
    currentProfileChanged();
}

void MainWindow::moveProfile(int delta)
{
    const int row = currentProfileRow();
    if (row < 0)
        return;
    QString error;
    if (!m_profiles->move(row, delta, &error))
        showProblem(tr("Profile order not saved"), error);
}

void MainWindow::importProfiles()
{
    const QString path =
        FileDialog::getOpenFileName(this, tr("Import profiles"), tr("Profiles (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    const int count = m_profiles->importFile(path, &error);
    if (count == 0) {
        showProblem(tr("Nothing imported"),
                    tr("No profile could be imported from %1.\n%2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    if (!error.isEmpty())
        showProblem(tr("Some profiles were not imported"), error);
    statusBar()->showMessage(tr("Imported %n profile(s).", nullptr, count), 5000);
}

void MainWindow::exportProfiles()
{
    const QString path = FileDialog::getSaveFileName(this, tr("Export profiles"), QStringLiteral("profiles.json"),
                                                     tr("Profiles (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_profiles->exportFile(path, &error))
        showProblem(tr("Profiles not exported"), error);
    else
        statusBar()->showMessage(tr("Exported the profiles to %1.").arg(QDir::toNativeSeparators(path)), 5000);
}

// --- Jobs -----------------------------------------------------------------------------------

QList<int> MainWindow::selectedJobRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_ui->jobTable->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(m_proxy->mapToSource(index).row());
    if (rows.isEmpty() && currentJobRow() >= 0)
        rows.append(currentJobRow());
    return rows;
}

int MainWindow::currentJobRow() const
{
    const QModelIndex index = m_ui->jobTable->currentIndex();
    return index.isValid() ? m_proxy->mapToSource(index).row() : -1;
}

void MainWindow::currentJobChanged()
{
    const int row = currentJobRow();
    if (row < 0) {
        m_ui->jobDetails->clear();
    } else {
        const JobTableModel *model = m_jobs->model();
        m_ui->jobDetails->setJob(model->recordAt(row), model->runAt(row));
    }
    updateJobActions();
}

void MainWindow::updateJobActions()
{
    const QList<int> rows = selectedJobRows();
    bool canStop = false;
    bool canResume = false;
    for (int row : rows) {
        const JobRecord record = m_jobs->model()->recordAt(row);
        canStop = canStop || !isTerminal(record.state);
        canResume = canResume || JobController::canResume(record);
    }
    m_ui->stopWatchingAction->setEnabled(canStop);
    m_ui->resumeWatchingAction->setEnabled(canResume);
    m_ui->rerunAction->setEnabled(!rows.isEmpty());
    m_ui->copyOutputAction->setEnabled(currentJobRow() >= 0);
    m_ui->copyCurlAction->setEnabled(currentJobRow() >= 0);
    const bool anyJobs = m_jobs->model()->rowCount() > 0;
    m_ui->exportCsvAction->setEnabled(anyJobs);
    m_ui->exportJsonAction->setEnabled(anyJobs);
    m_ui->removeFinishedAction->setEnabled(m_jobs->model()->finishedCount() > 0);
}

void MainWindow::stopWatching()
{
    const QList<int> rows = selectedJobRows();
    for (int row : rows)
        m_jobs->stop(m_jobs->model()->idAt(row));
}

void MainWindow::resumeWatching()
{
    const QList<int> rows = selectedJobRows();
    const int current = currentJobRow();
    for (int row : rows) {
        JobRun *run = m_jobs->resume(m_jobs->model()->recordAt(row));
        if (run && row == current)
            m_ui->jobDetails->setJob(run->record(), run);
    }
    updateJobActions();
}

void MainWindow::rerun()
{
    const QList<int> rows = selectedJobRows();
    for (int row : rows)
        m_jobs->rerun(m_jobs->model()->recordAt(row));
}

void MainWindow::copyOutput()
{
    const int row = currentJobRow();
    if (row >= 0)
        QGuiApplication::clipboard()->setText(outputText(m_jobs->model()->recordAt(row)));
}

void MainWindow::copyCurl()
{
    const int row = currentJobRow();
    if (row < 0)
        return;
    QGuiApplication::clipboard()->setText(curlCommand(m_jobs->model()->recordAt(row)));
    statusBar()->showMessage(tr("Copied the request. Set $%1 to your token before running it.")
                                 .arg(QLatin1String(kTokenPlaceholderVariable)),
                             6000);
}

void MainWindow::exportJobs(bool json)
{
    const QString path = FileDialog::getSaveFileName(this, json ? tr("Export jobs as JSON") : tr("Export jobs as CSV"),
                                                     json ? QStringLiteral("jobs.json") : QStringLiteral("jobs.csv"),
                                                     json ? tr("JSON (*.json)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QByteArray content;
    if (json) {
        QList<JobRecord> records;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            records.append(m_jobs->model()->recordAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
        content = recordsJson(records);
    } else {
        content = tableCsv(m_proxy);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        showProblem(tr("Jobs not exported"),
                    tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    statusBar()->showMessage(
        tr("Exported %n job(s) to %1.", nullptr, m_proxy->rowCount()).arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::stateFilterChanged(int index)
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

void MainWindow::updateCounts()
{
    const JobTableModel *model = m_jobs->model();
    m_countsLabel->setText(tr("Running: %1 · Finished: %2").arg(model->runningCount()).arg(model->finishedCount()));
}

void MainWindow::jobFinished(JobRun *run)
{
    if (!m_tray)
        return;
    // Bursts end together: one notification for the jobs that ended within a moment.
    m_endedJobs.append(run);
    if (!m_notifyTimer.isActive())
        m_notifyTimer.start();
}

void MainWindow::showNotifications()
{
    QList<JobRecord> ended;
    for (const QPointer<JobRun> &run : std::as_const(m_endedJobs)) {
        if (run)
            ended.append(run->record());
    }
    m_endedJobs.clear();
    if (!m_tray || ended.isEmpty() || isActiveWindow())
        return;
    if (ended.size() == 1) {
        const JobRecord &r = ended.constFirst();
        m_tray->showMessage(tr("%1: %2").arg(r.profile.name, jobStateLabel(r.state)), r.summary().left(200),
                            stateIcon(r.state), 8000);
        return;
    }
    int good = 0;
    for (const JobRecord &r : ended)
        good += (r.state == JobState::Successful || r.state == JobState::Started) ? 1 : 0;
    m_tray->showMessage(tr("%n job(s) ended", nullptr, int(ended.size())),
                        tr("%1 succeeded, %2 did not.").arg(good).arg(ended.size() - good), applicationIcon(), 8000);
}

void MainWindow::showProblem(const QString &title, const QString &text)
{
    MessageBox::warning(this, title, text);
}

} // namespace td
