#include "mainwindow.h"

#include "demosimulator.h"
#include "dialogs.h"
#include "guisettings.h"
#include "jobcontroller.h"
#include "jobhistory.h"
#include "jobnotifier.h"
#include "jobpanel.h"
#include "jobrun.h"
#include "jobstore.h"
#include "jobtablemodel.h"
#include "probescheduler.h"
#include "profileactions.h"
#include "profilelistmodel.h"
#include "profilepanel.h"
#include "profilestore.h"
#include "proxyrouting.h"
#include "proxysignin.h"
#include "stateappearance.h"
#include "tokenexpirybutton.h"
#include "translators.h"
#include "ui_mainwindow.h"
#include "windowlayout.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSizeGrip>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QSysInfo>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

namespace td {

namespace {

// The desktop theme's icons where it has them, Qt's own otherwise (a bare X server has no theme).
void setActionIcons(Ui::MainWindow *ui, const QStyle *style)
{
    const struct
    {
        QAction *action;
        const char *themeName;
        QStyle::StandardPixmap fallback;
    } icons[] = {
        {ui->launchAction, "media-playback-start", QStyle::SP_MediaPlay},
        {ui->stopWatchingAction, "media-playback-stop", QStyle::SP_MediaStop},
        {ui->resumeWatchingAction, "view-refresh", QStyle::SP_BrowserReload},
        {ui->rerunAction, "edit-redo", QStyle::SP_MediaSeekForward},
        {ui->checkInOrchestratorAction, "edit-find", QStyle::SP_FileDialogContentsView},
        {ui->stopInOrchestratorAction, "process-stop", QStyle::SP_BrowserStop},
        {ui->killInOrchestratorAction, "dialog-error", QStyle::SP_MessageBoxCritical},
        {ui->openInOrchestratorAction, "internet-web-browser", QStyle::SP_DriveNetIcon},
        {ui->copyOutputAction, "edit-copy", QStyle::SP_FileDialogDetailedView},
        {ui->copyCurlAction, "utilities-terminal", QStyle::SP_ComputerIcon},
        {ui->exportCsvAction, "document-save-as", QStyle::SP_DialogSaveButton},
        {ui->exportJsonAction, "document-save-as", QStyle::SP_DialogSaveButton},
        {ui->removeFinishedAction, "edit-clear", QStyle::SP_DialogResetButton},
        {ui->quitAction, "application-exit", QStyle::SP_DialogCloseButton},
        {ui->shortcutsAction, "help-contents", QStyle::SP_DialogHelpButton},
    };
    for (const auto &icon : icons)
        icon.action->setIcon(QIcon::fromTheme(QLatin1String(icon.themeName), style->standardIcon(icon.fallback)));
    // The panel's Launch stands out by the action's icon, not as a default button: a default
    // button looks focused all the time, so its focus could not be seen.
    ui->launchButton->setIcon(ui->launchAction->icon());
    // No taller than its text: the window's height budget counts every pixel.
    const int side = qMin(ui->launchButton->iconSize().height(), ui->launchButton->fontMetrics().height());
    ui->launchButton->setIconSize(QSize(side, side));
}

// Parts Qt adds without a name, which a screen reader would announce by their role alone.
void nameWindowParts(QMainWindow *window)
{
    window->menuBar()->setAccessibleName(MainWindow::tr("Menu bar"));
    const QList<QSplitter *> splitters = window->findChildren<QSplitter *>();
    for (QSplitter *splitter : splitters) {
        for (int i = 0; i < splitter->count(); ++i)
            splitter->handle(i)->setAccessibleName(MainWindow::tr("Drag to resize the panes"));
    }
    // A toolbar too narrow for its actions shows the rest behind this button.
    const QList<QToolBar *> toolBars = window->findChildren<QToolBar *>();
    for (QToolBar *toolBar : toolBars) {
        // Qt 6.4 names a toolbar by its title for assistive technology, Qt 6.8 no longer does.
        if (toolBar->accessibleName().isEmpty())
            toolBar->setAccessibleName(toolBar->windowTitle());
        if (auto *more = toolBar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
            more->setAccessibleName(MainWindow::tr("More actions"));
    }
    const QList<QSizeGrip *> grips = window->findChildren<QSizeGrip *>();
    for (QSizeGrip *grip : grips)
        grip->setAccessibleName(MainWindow::tr("Resize the window"));
}

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
    m_jobs = new JobController(this, options.managerFactory, options.keychainProbe);
    m_history =
        new JobHistory(options.jobsDirectory.isEmpty() ? JobStore::historyDirectory() : options.jobsDirectory, this);
    // Retention: the history keeps many ended jobs; the table shows the newest of them.
    const int historyLimit = m_settings->value(GuiSettings::Key::HistoryLimit).toInt();
    const int maxAgeDays = m_settings->value(GuiSettings::Key::HistoryMaxAgeDays).toInt();
    const int tableLimit = m_settings->value(GuiSettings::Key::TableLimit).toInt();
    m_history->setLimit(historyLimit > 0 ? historyLimit : JobHistory::kDefaultLimit);
    m_history->setMaxAgeDays(maxAgeDays > 0 ? maxAgeDays : JobHistory::kDefaultMaxAgeDays);
    m_history->setLoadLimit(tableLimit > 0 ? tableLimit : JobHistory::kDefaultTableLimit);
    m_jobs->model()->setFinishedLimit(m_history->loadLimit());
    if (const int budget = m_settings->value(GuiSettings::Key::RetryBudget).toInt(); budget > 0) {
        RetryPolicy retry = m_jobs->engine()->retryPolicy();
        retry.maxRetries = budget;
        m_jobs->engine()->setRetryPolicy(retry);
    }
    if (const int held = m_settings->value(GuiSettings::Key::LongPollSlots).toInt(); held > 0)
        m_jobs->engine()->setLongPollSlotsPerOrigin(held);
    if (const int hours = m_settings->value(GuiSettings::Key::WatchLimitHours).toInt(); hours > 0)
        m_jobs->engine()->setWatchLimitSeconds(hours * 3600);
    QString proxyProblem;
    if (ProxySetting proxy;
        !ProxySetting::parse(m_settings->value(GuiSettings::Key::Proxy).toString(), &proxy, &proxyProblem))
        proxyProblem = tr("The setting network/proxy was ignored: %1").arg(proxyProblem);
    else
        m_jobs->engine()->setProxy(proxy.over(m_jobs->engine()->proxy()));
    // The identity server and "Test connection" go the same way.
    m_jobs->authManager()->setProxyFactory(ProxyRouting(m_jobs->engine()->proxy()).newFactory());

    // Permanent status-bar labels, which transient messages never hide.
    auto *secretsLabel = new QLabel(this);
    secretsLabel->setObjectName(QStringLiteral("secretsLabel"));
    secretsLabel->hide();
    auto *countsLabel = new QLabel(this);
    countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_simulatorLabel = new QLabel(this);
    m_simulatorLabel->setObjectName(QStringLiteral("simulatorLabel"));
    statusBar()->addPermanentWidget(secretsLabel);
    statusBar()->addPermanentWidget(countsLabel);
    statusBar()->addPermanentWidget(m_simulatorLabel);
    // No keychain means secrets last only this session: always visible while it holds.
    m_jobs->secrets()->whenReady(this, [this, secretsLabel](SecretStore *) {
        if (m_jobs->secrets()->backend() != SecretStoreFactory::Backend::SessionOnly)
            return;
        secretsLabel->setText(tr("No keychain: secrets kept for this session only"));
        secretsLabel->setToolTip(m_jobs->secrets()->unavailableReason());
        secretsLabel->show();
    });

    m_profilePanel = new ProfilePanel(m_ui.get(), m_profiles, m_settings.get(), this);
    m_profileActions =
        new ProfileActions(m_ui.get(), m_profiles, m_profilePanel, m_jobs, m_history, m_settings.get(), this);
    m_jobPanel = new JobPanel(m_ui.get(), m_jobs, countsLabel, this);
    m_probes = new ProbeScheduler(m_profiles, m_jobs, this);
    // Paused until the operator resumes them, across sessions.
    const QStringList paused = m_settings->value(GuiSettings::Key::PausedProbes).toStringList();
    for (const QString &name : paused)
        m_probes->setPaused(name, true);
    connect(m_probes, &ProbeScheduler::scheduleChanged, this,
            [this] { m_settings->setValue(GuiSettings::Key::PausedProbes, m_probes->pausedProfiles()); });
    m_profilePanel->setProbeScheduler(m_probes);
    connect(m_probes, &ProbeScheduler::probesMissed, this, [this](const QString &profile, int count, bool running) {
        showMessage(running
                        ? tr("A probe of %1 was skipped: the one before is still running.").arg(profile)
                        : tr("%n probe(s) of %1 did not run while the computer slept.", nullptr, count).arg(profile),
                    30000);
    });
    connect(m_probes, &ProbeScheduler::probeRefused, this, [this](const QString &profile, const QStringList &problems) {
        showMessage(tr("The probe of %1 did not run: %2").arg(profile, problems.join(QLatin1Char(' '))), 60000);
    });
    m_notifier = new JobNotifier(this);
    connect(m_profilePanel, &ProfilePanel::problem, this, &MainWindow::showProblem);
    connect(m_profileActions, &ProfileActions::problem, this, &MainWindow::showProblem);
    connect(m_jobPanel, &JobPanel::problem, this, &MainWindow::showProblem);
    connect(m_profileActions, &ProfileActions::message, this, [this](const QString &text) { showMessage(text); });
    connect(m_jobPanel, &JobPanel::message, this, [this](const QString &text) { showMessage(text); });
    connect(m_jobPanel, &JobPanel::certificateTrusted, m_profileActions, &ProfileActions::trustCertificate);
    auto *proxySignIn = new ProxySignIn(m_jobs, m_settings.get(), this);
    connect(proxySignIn, &ProxySignIn::problem, this, &MainWindow::showProblem);
    connect(proxySignIn, &ProxySignIn::message, this, [this](const QString &text) { showMessage(text); });
    proxySignIn->restoreRemembered();
    connect(m_jobs, &JobController::message, this, [this](const QString &text) { showMessage(text, 30000); });
    // A person's credential with no session: one button, not a failed launch after another.
    auto *signInAgain = new QPushButton(this);
    signInAgain->setObjectName(QStringLiteral("signInAgainButton"));
    signInAgain->hide();
    statusBar()->addPermanentWidget(signInAgain);
    connect(m_jobs, &JobController::signInNeeded, this,
            [this, signInAgain](const Credential &credential, const QUrl &triggerUrl) {
                signInAgain->setText(tr("Sign In as \"%1\"…").arg(credential.name));
                signInAgain->setToolTip(tr("Nobody is signed in with \"%1\", or its session ended: its jobs fail until "
                                           "someone signs in. Opens the identity server's page in your browser.")
                                            .arg(credential.name));
                signInAgain->setProperty("credentialId", credential.id);
                signInAgain->setProperty("triggerUrl", triggerUrl);
                signInAgain->show();
                showMessage(
                    tr("Jobs of \"%1\" need a sign-in: use the Sign In button in the status bar.").arg(credential.name),
                    30000);
            });
    connect(signInAgain, &QPushButton::clicked, this, [this, signInAgain] {
        signInAgain->hide();
        m_profileActions->signInAgain(signInAgain->property("credentialId").toString(),
                                      signInAgain->property("triggerUrl").toUrl());
    });
    // A personal access token that expires within a week, or has: which one, and where to replace it.
    auto *tokenExpiry = new TokenExpiryButton(m_profiles, this);
    statusBar()->addPermanentWidget(tokenExpiry);
    connect(tokenExpiry, &TokenExpiryButton::credentialRequested, m_profileActions, &ProfileActions::showCredential);
    connect(m_profilePanel, &ProfilePanel::launchRequested, this, &MainWindow::launch);
    connect(m_jobs, &JobController::jobFinished, m_notifier, &JobNotifier::jobEnded);
    connect(m_notifier, &JobNotifier::showRequested, this, [this](const QString &jobId) {
        showNormal();
        raise();
        activateWindow();
        if (!jobId.isEmpty())
            m_jobPanel->showJob(jobId);
    });
    connect(m_jobs->model(), &JobTableModel::jobOverdue, m_notifier, &JobNotifier::jobOverdue);
    connect(m_jobs->model(), &JobTableModel::jobOverdue, this, [this](const JobRecord &record) {
        showMessage(tr("A job of \"%1\" has run longer than the %2 its profile expects; still watching it.")
                        .arg(record.profile.name,
                             JobTableModel::formatDuration(qint64(record.profile.expectedDurationSeconds) * 1000)));
    });

    m_ui->launchButton->setToolTip(tr("Start a job with these arguments (%1)")
                                       .arg(m_ui->launchAction->shortcut().toString(QKeySequence::NativeText)));
    addAction(m_ui->launchAction); // Ctrl+Return works wherever the focus is
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_ui->shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    setActionIcons(m_ui.get(), style());
    addLanguageMenu();
    nameWindowParts(this);

    restoreWindowLayout(this, m_ui.get(), m_settings.get());
    m_jobPanel->fitColumnsToTheirWords();
    loadProfiles();
    restoreJobs();
    if (!proxyProblem.isEmpty())
        showMessage(proxyProblem, 30000);
}

MainWindow::~MainWindow()
{
    // While the runs still exist: the jobs still running are saved as they are, to be resumed.
    m_history->flush();
    // The panels use the Ui struct, which goes before QWidget's destructor deletes the children:
    // they go first, with their connections and event filters, while the widgets still get events.
    delete m_jobPanel;
    delete m_profileActions;
    delete m_profilePanel;
}

JobFilterProxyModel *MainWindow::jobProxyModel() const
{
    return m_jobPanel->proxy();
}

void MainWindow::selectProfile(int row)
{
    m_profilePanel->select(row);
}

void MainWindow::launch(const TriggerProfile &profile, const QJsonObject &values, int copies)
{
    if (const QString why = m_jobs->whyNoToken(profile); !why.isEmpty()) {
        MessageBox::warning(this, tr("No token for this profile"), why);
        return;
    }
    const QList<JobRun *> runs = m_jobs->launch(profile, values, copies);
    if (runs.isEmpty())
        return;
    m_jobPanel->showJob(runs.constLast());
    showMessage(tr("Launched %n job(s) of %1.", nullptr, int(runs.size())).arg(profile.name), 5000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmClose()) {
        event->ignore();
        return;
    }
    shutDown();
    QMainWindow::closeEvent(event);
}

void MainWindow::shutDown()
{
    saveWindowLayout(this, m_ui.get(), m_settings.get());
    // Jobs on the demo simulator cannot be watched again: it stops with the window, and the next
    // one listens on another port. They end here rather than fail on the next start.
    const QList<JobRun *> demo = demoRuns();
    for (JobRun *run : demo)
        run->cancel();
    m_history->flush();
    if (m_demo)
        m_demo->stop();
}

bool MainWindow::confirmClose()
{
    const int running = m_jobs->model()->runningCount();
    if (running == 0)
        return true;
    const QList<JobRun *> demoJobs = demoRuns();
    const int demo = int(demoJobs.size());
    int noWayBack = 0;
    const JobTableModel *model = m_jobs->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const JobRun *run = model->runAt(row);
        if (run && !demoJobs.contains(run) && JobController::stopLeavesNoWayBack(run->record()))
            ++noWayBack;
    }
    QStringList paragraphs;
    if (running - demo - noWayBack > 0)
        paragraphs << tr("%n job(s) still running. They go on running on the server, and TriggerDesk resumes "
                         "watching them the next time it starts.",
                         nullptr, running - demo - noWayBack);
    if (noWayBack > 0)
        paragraphs << tr("%n job(s) cannot be watched again after a restart: the server has not said yet where to "
                         "follow them (a long poll's call is still held, or a call has no answer yet). They may go "
                         "on running; the next time, find them with Check in Orchestrator.",
                         nullptr, noWayBack);
    if (demo > 0)
        paragraphs << tr("%n demo job(s) still running. They end with the demo simulator, which stops with this "
                         "window.",
                         nullptr, demo);
    paragraphs << tr("Quit TriggerDesk?");
    return MessageBox::question(this, tr("Jobs still running"), paragraphs.join(QLatin1String("\n\n")),
                                QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

QList<JobRun *> MainWindow::demoRuns() const
{
    QList<JobRun *> runs;
    if (!m_demo || !m_demo->isRunning())
        return runs;
    const QString demoOrigin = originOf(m_demo->baseUrl());
    const JobTableModel *model = m_jobs->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        JobRun *run = model->runAt(row);
        if (run && !run->isFinished() && originOf(run->record().profile.invokeUrl) == demoOrigin)
            runs.append(run);
    }
    return runs;
}

void MainWindow::restoreJobs()
{
    connect(m_history, &JobHistory::saveFailed, this, [this](const QString &message) {
        qWarning("%s", qUtf8Printable(message));
        showMessage(message, 15000);
    });
    connect(m_jobs->model(), &JobTableModel::jobsRemoved, m_history, &JobHistory::remove);
    QStringList problems;
    const QList<JobRecord> records = m_history->load(&problems);
    if (const QString reason = m_history->fallbackReason(); !reason.isEmpty()) {
        const QString text =
            tr("The job history database %1 could not be opened: %2\n\nThis session's jobs are saved as files in "
               "%3 and move into the database the next time it opens. If the database is damaged, move it "
               "away: TriggerDesk then starts a new one and keeps the files' jobs.")
                .arg(QDir::toNativeSeparators(JobDatabase::pathIn(m_history->directory())), reason,
                     QDir::toNativeSeparators(m_history->directory()));
        // After the window is up, so the message has a parent a person can see.
        QTimer::singleShot(0, this, [this, text] { showProblem(tr("Job history not opened"), text); });
    }
    // From here on every job is saved, the ones resumed below too.
    m_history->watch(m_jobs->engine());
    int noWayBack = 0;
    for (const JobRecord &record : records)
        noWayBack += JobController::stopLeavesNoWayBack(record) ? 1 : 0;
    const int resumed = int(m_jobs->restore(records).size()) - noWayBack;
    // The profile's title says how its last probe went: it may be among these.
    m_profilePanel->refresh();
    if (!problems.isEmpty()) {
        for (const QString &problem : std::as_const(problems))
            qWarning("%s", qUtf8Printable(problem));
        showMessage(
            tr("%n job record(s) in %1 could not be read and were left as they are.", nullptr, int(problems.size()))
                .arg(QDir::toNativeSeparators(m_history->directory())),
            15000);
    } else if (resumed > 0 || noWayBack > 0) {
        // Those the server had not said where to follow end Unknown, saying so in their row.
        QStringList parts;
        if (resumed > 0)
            parts << tr("Watching %n job(s) again that were running when TriggerDesk closed.", nullptr, resumed);
        if (noWayBack > 0)
            parts << tr("%n job(s) could not be watched again: select them and use Check in Orchestrator.", nullptr,
                        noWayBack);
        showMessage(parts.join(QLatin1Char(' ')), 15000);
    }
}

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
        m_profilePanel->select(qMax(0, last));
    else
        m_profilePanel->refresh();
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
        m_jobs->setDemoBaseUrl(baseUrl);
        const bool hadSelection = m_profilePanel->currentRow() >= 0;
        m_profiles->setDemoProfiles(profiles);
        if (!hadSelection && m_profiles->rowCount() > 0)
            m_profilePanel->select(0);
    });
    connect(m_demo, &DemoSimulator::failed, this, [this](const QString &message) {
        m_simulatorLabel->setText(tr("Demo simulator not running"));
        m_simulatorLabel->setToolTip(message);
        showMessage(message, 15000);
        qWarning("%s", qUtf8Printable(message));
    });
    m_demo->start();
}

void MainWindow::showMessage(const QString &text, int ms)
{
    statusBar()->showMessage(text, ms);
}

void MainWindow::showProblem(const QString &title, const QString &text)
{
    MessageBox::warning(this, title, text);
}

void MainWindow::showAbout()
{
    MessageBox::information(
        this, tr("About TriggerDesk"),
        tr("TriggerDesk %1\nLaunch Orchestrator jobs through API triggers and watch them live.\n\nBuilt with Qt %2, "
           "running on Qt %3 (%4).\nSettings: %5\nJob history: %6")
            .arg(QApplication::applicationVersion(), QLatin1String(QT_VERSION_STR), QLatin1String(qVersion()),
                 QSysInfo::prettyProductName(), QDir::toNativeSeparators(m_settings->location()),
                 QDir::toNativeSeparators(JobDatabase::pathIn(m_history->directory()))));
}

void MainWindow::addLanguageMenu()
{
    auto *menu = new QMenu(tr("&Language"), this);
    menu->setObjectName(QStringLiteral("languageMenu"));
    m_ui->fileMenu->insertMenu(m_ui->quitAction, menu);
    m_ui->fileMenu->insertSeparator(m_ui->quitAction);
    auto *group = new QActionGroup(menu);
    const QString chosen = m_settings->value(GuiSettings::Key::Language).toString();
    QList<Language> languages{{QString(), tr("System language")}};
    languages << availableLanguages();
    for (const Language &language : std::as_const(languages)) {
        QAction *action = menu->addAction(language.name);
        action->setCheckable(true);
        action->setChecked(language.code == chosen);
        action->setData(language.code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = language.code] {
            m_settings->setValue(GuiSettings::Key::Language, code);
            showMessage(tr("The language changes the next time TriggerDesk starts."), 10000);
        });
    }
}

void MainWindow::showShortcuts()
{
    // Read from the actions themselves, so the list is never out of date.
    QString rows;
    const QList<QAction *> actions = findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (action->shortcut().isEmpty() || action->text().isEmpty())
            continue;
        rows += QStringLiteral("<tr><td>%1</td><td>&nbsp;&nbsp;<b>%2</b></td></tr>")
                    .arg(QString(action->text()).remove(QLatin1Char('&')).toHtmlEscaped(),
                         action->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped());
    }
    MessageBox::information(this, tr("Keyboard shortcuts"),
                            tr("<p>Tab goes from the profile list to the form, Copies, Launch, the job filter and the "
                               "table.</p><table>%1</table>")
                                .arg(rows));
}

} // namespace td
