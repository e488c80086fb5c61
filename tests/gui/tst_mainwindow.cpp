// The main window end to end, against the in-process simulator: launch, watch, fault, stop and
// resume, presets, profile list, import and export, a corrupt profile file.

#include "argumentform.h"
#include "browsersignin.h"
#include "certificatedialog.h"
#include "credentialeditor.h"
#include "dialogs.h"
#include "forwardproxy.h"
#include "guisettings.h"
#include "guitestutil.h"
#include "healthdialog.h"
#include "historyreader.h"
#include "jobcontroller.h"
#include "jobdatabase.h"
#include "jobdetailsview.h"
#include "jobfilterproxymodel.h"
#include "jobhistory.h"
#include "joblookupdialog.h"
#include "jobrun.h"
#include "jobstore.h"
#include "jobtablemodel.h"
#include "leakscan.h"
#include "localports.h"
#include "mainwindow.h"
#include "probescheduler.h"
#include "profileeditor.h"
#include "profilelistmodel.h"
#include "profilepanel.h"
#include "profilestore.h"
#include "proxyrouting.h"
#include "scriptedbrowser.h"
#include "selfsigned.h"
#include "tlstrust.h"
#include "translators.h"

#include <QAccessible>
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>
#include <QUuid>

#include <memory>

using namespace td;

// Catches what the window hands to the desktop's browser (QDesktopServices::setUrlHandler).
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl &url) { urls << url; }
};

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void launchAsyncShowsOutput();
    void launchLongPollAndBurst();
    void launchFireAndForgetShowsStarted();
    void launchDisabledWhileFormInvalid();
    void faultShowsServerMessage();
    void stopAndResumeWatching();
    void stopWatchingAHeldCallSaysWhatItCosts();
    void rerunOfAJobThatMayStillRunAsksFirst();
    void unknownJobIsCheckedInOrchestrator();
    void unknownJobWithACorrelationIdIsFoundAtOnce();
    void attachedJobIsStoppedFromTheJobMenu_data();
    void attachedJobIsStoppedFromTheJobMenu();
    void copyCurlHidesToken();
    void exportJobsCsv();
    void presetsSaveAndChoose();
    void createProfileWithEditor();
    void newCredentialFromTheProfileEditor();
    void expiringTokenIsWarnedInTheStatusBar();
    void jobLongerThanExpectedIsSaid();
    void nextPollIsShownBetweenPolls();
    void personSignsInWhenJobsNeedIt();
    void profileListDuplicateRenameMoveDelete();
    void importExportProfiles();
    void corruptProfileFileIsReported();
    void damagedHistorySaysSoAndKeepsTheSessionsJobs();
    void layoutShowsWholeFormAndSixProfiles();
    void finishedJobSurvivesRestart();
    void historyFollowsTheLanguageOfTheDay_data();
    void historyFollowsTheLanguageOfTheDay();
    void interruptedJobsAreResumedOnStart();
    void closingWithRunningJobsAsks();
    void columnTitlesFitInJapanese();
    void oauthCredentialLaunchesEveryMode();
    void launchWithoutATokenIsRefusedUpFront();
    void untrustedCertificateIsShownAndTrustedForTheProfile();
    void wrongHostCertificateIsShownWithoutAnOffer();
    void proxyAskingForCredentialsIsAnsweredInTheWindow();
    void burstsAskAndCopiesGoBackToOne();
    void filterFindsServerWordsAndSaysWhatItHides();
    void tabOrderFollowsTheWork();
    void menuAcceleratorsAreUniqueInEveryLanguage();
    void accessibilitySelectsLaunchesAndReads();
    void everyControlHasAnAccessibleName();
    void everyDialogControlHasAnAccessibleName();
    void healthOpensFromTheKeyboardWithTheProfilesJobs();
    void probesRunOnTheirScheduleAndSayWhatTheyMissed();
    void probesAtSetTimesOfDay();
    void probeThatCannotRunSaysWhy();
    void pausedProbesStayPausedAcrossSessions();
    void heldRequestShowsInTheHops();
    void titleNamesTheProfileAndHelpListsShortcuts();
    void qtsOwnWordsAreTranslated();

private:
    void makeWindow(const QList<TriggerProfile> &profiles);
    MainWindowOptions windowOptions() const;
    // Destroys the window, as quitting does, and builds a new one on the same files.
    void reopenWindow();
    QString jobsDirectory() const { return m_dir->filePath(QStringLiteral("jobs")); }
    int sourceRowOf(const QString &id) const { return m_window->jobController()->model()->rowOf(id); }
    void selectJob(const QString &id);
    template <typename T>
    T *child(const char *name) const
    {
        T *found = m_window->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }
    void selectProfile(const QString &name);
    // The state label of the job table's row (as shown, through the proxy).
    QString stateAt(int row) const;
    void launchAndWait(const QString &profile, JobState state);

    sim::OrchestratorSimulator m_simulator;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    // English, as the program shows it: with its plural forms ("1 job", "2 jobs").
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    installTranslators();
    QVERIFY(test::startSimulator(&m_simulator));
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestMainWindow::makeWindow(const QList<TriggerProfile> &profiles)
{
    const QString path = m_dir->filePath(QStringLiteral("profiles.json"));
    if (!profiles.isEmpty()) {
        ProfileStore store(path);
        store.setProfiles(profiles);
        QVERIFY(store.save());
    }
    reopenWindow();
}

MainWindowOptions TestMainWindow::windowOptions() const
{
    MainWindowOptions options;
    options.profilesPath = m_dir->filePath(QStringLiteral("profiles.json"));
    options.settingsPath = m_dir->filePath(QStringLiteral("settings.ini"));
    options.jobsDirectory = jobsDirectory();
    options.demoWhenEmpty = false;
    // Never the developer's own keychain: secrets stay in this session's memory.
    options.keychainProbe = [](QObject *, SecretStoreFactory::ProbeCallback done) {
        done(false, QStringLiteral("test"));
    };
    return options;
}

void TestMainWindow::reopenWindow()
{
    m_window.reset();
    m_window = std::make_unique<MainWindow>(windowOptions());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::selectJob(const QString &id)
{
    auto *table = child<QTableView>("jobTable");
    const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(table->model());
    const QModelIndex source = m_window->jobController()->model()->index(sourceRowOf(id), 0);
    const QModelIndex index = proxy->mapFromSource(source);
    QVERIFY(index.isValid());
    table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void TestMainWindow::selectProfile(const QString &name)
{
    const int row = m_window->profileModel()->indexOf(name);
    QVERIFY(row >= 0);
    m_window->selectProfile(row);
}

QString TestMainWindow::stateAt(int row) const
{
    const QAbstractItemModel *model = child<QTableView>("jobTable")->model();
    return model->index(row, JobTableModel::StateColumn).data().toString();
}

void TestMainWindow::launchAndWait(const QString &profile, JobState state)
{
    selectProfile(profile);
    auto *launch = child<QPushButton>("launchButton");
    QVERIFY(launch->isEnabled());
    QTest::mouseClick(launch, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(stateAt(0), jobStateLabel(state), 10000);
}

void TestMainWindow::launchAsyncShowsOutput()
{
    makeWindow({test::simProfile(m_simulator, QStringLiteral("echo-async"), QStringLiteral("Echo"))});
    selectProfile(QStringLiteral("Echo"));
    auto *form = child<ArgumentForm>("argumentForm");
    auto *customer = qobject_cast<QLineEdit *>(form->editorFor(QStringLiteral("customer")));
    customer->clear();
    QTest::keyClicks(customer, QStringLiteral("Globex"));
    // Ctrl+Return launches from wherever the focus is.
    QTest::keyClick(customer, Qt::Key_Return, Qt::ControlModifier);
    auto *table = child<QTableView>("jobTable");
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(stateAt(0), jobStateLabel(JobState::Successful), 10000);

    // The new job is selected and its details show the output, as a tree and as raw text.
    QCOMPARE(table->currentIndex().row(), 0);
    auto *raw = child<QPlainTextEdit>("rawOutputTextEdit");
    QTRY_VERIFY(raw->toPlainText().contains(QLatin1String("Globex")));
    auto *tree = child<QTreeWidget>("outputTree");
    QVERIFY(tree->topLevelItemCount() > 0);
    QVERIFY(!tree->findItems(QStringLiteral("Globex"), Qt::MatchRecursive, 1).isEmpty());
    QVERIFY(child<QTreeWidget>("hopTree")->topLevelItemCount() >= 3); // trigger, status polls, output
    QVERIFY(child<QTreeWidget>("transitionTree")->topLevelItemCount() >= 3);
    QTRY_COMPARE(child<QLabel>("countsLabel")->text(), QStringLiteral("Running: 0 · Finished: 1"));
    // The values are remembered for the next launch of this profile.
    reopenWindow();
    form = child<ArgumentForm>("argumentForm");
    QCOMPARE(form->values().value(QStringLiteral("customer")).toString(), QStringLiteral("Globex"));
}

void TestMainWindow::launchLongPollAndBurst()
{
    makeWindow(
        {test::simProfile(m_simulator, QStringLiteral("echo-long"), QStringLiteral("Long"), CallMode::LongPolling)});
    selectProfile(QStringLiteral("Long"));
    child<QSpinBox>("copiesSpinBox")->setValue(3);
    QTest::mouseClick(child<QPushButton>("launchButton"), Qt::LeftButton);
    auto *table = child<QTableView>("jobTable");
    QCOMPARE(table->model()->rowCount(), 3);
    for (int row = 0; row < 3; ++row)
        QTRY_COMPARE_WITH_TIMEOUT(stateAt(row), jobStateLabel(JobState::Successful), 10000);
    QTRY_COMPARE(child<QLabel>("countsLabel")->text(), tr("Running: %1 · Finished: %2").arg(0).arg(3));
}

void TestMainWindow::launchFireAndForgetShowsStarted()
{
    makeWindow(
        {test::simProfile(m_simulator, QStringLiteral("echo-fire"), QStringLiteral("Fire"), CallMode::FireAndForget)});
    launchAndWait(QStringLiteral("Fire"), JobState::Started);
    const QAbstractItemModel *model = child<QTableView>("jobTable")->model();
    QCOMPARE(model->index(0, JobTableModel::HopsColumn).data().toInt(), 1);
    QCOMPARE(model->index(0, JobTableModel::HttpStatusColumn).data().toInt(), 200);
    // The table and the details say why there is no output.
    QCOMPARE(model->index(0, JobTableModel::SummaryColumn).data().toString(),
             QStringLiteral("Fire and forget: the server started the job and returns no output."));
    QTRY_VERIFY(child<QPlainTextEdit>("rawOutputTextEdit")->toPlainText().contains(QLatin1String("no output")));
    QVERIFY(!child<QAction>("stopWatchingAction")->isEnabled()); // nothing left to watch
}

void TestMainWindow::launchDisabledWhileFormInvalid()
{
    makeWindow({test::simProfile(m_simulator, QStringLiteral("echo-async"), QStringLiteral("Echo"))});
    selectProfile(QStringLiteral("Echo"));
    auto *launch = child<QPushButton>("launchButton");
    auto *form = child<ArgumentForm>("argumentForm");
    QVERIFY(launch->isEnabled());
    auto *count = qobject_cast<QLineEdit *>(form->editorFor(QStringLiteral("count")));
    count->setText(QStringLiteral("99999999999999999999"));
    QVERIFY(!launch->isEnabled());
    QVERIFY(form->errorLabelFor(QStringLiteral("count"))->isVisible());
    // The tooltip says what is wrong, as the field's own message does.
    QVERIFY(!form->errorLabelFor(QStringLiteral("count"))->text().isEmpty());
    QCOMPARE(launch->toolTip(), form->errorLabelFor(QStringLiteral("count"))->text());
    QTest::keyClick(count, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(child<QTableView>("jobTable")->model()->rowCount(), 0);
    count->setText(QStringLiteral("5"));
    QVERIFY(launch->isEnabled());
    qobject_cast<QLineEdit *>(form->editorFor(QStringLiteral("customer")))->clear();
    QVERIFY(!launch->isEnabled());
}

void TestMainWindow::faultShowsServerMessage()
{
    makeWindow({test::simProfile(m_simulator, QStringLiteral("fault-async"), QStringLiteral("Faulting"))});
    launchAndWait(QStringLiteral("Faulting"), JobState::Faulted);
    auto *message = child<QLabel>("serverMessageLabel");
    QTRY_VERIFY(message->isVisible());
    QVERIFY(message->text().contains(
        QLatin1String("Invoice file not found: the robot could not open the input workbook.")));
    QVERIFY(message->text().contains(QLatin1String("2107")));
    // The Output column says it in the server's words, not only the HTTP status.
    const QString summary =
        child<QTableView>("jobTable")->model()->index(0, JobTableModel::SummaryColumn).data().toString();
    QVERIFY2(summary.contains(QLatin1String("Invoice file not found")), qPrintable(summary));
}

void TestMainWindow::stopAndResumeWatching()
{
    makeWindow({test::simProfile(m_simulator, QStringLiteral("slow-async"), QStringLiteral("Slow"))});
    selectProfile(QStringLiteral("Slow"));
    QTest::mouseClick(child<QPushButton>("launchButton"), Qt::LeftButton);
    QTRY_COMPARE(stateAt(0), jobStateLabel(JobState::Running));
    auto *stop = child<QAction>("stopWatchingAction");
    auto *resume = child<QAction>("resumeWatchingAction");
    QVERIFY(stop->isEnabled());
    QVERIFY(!resume->isEnabled());

    stop->trigger();
    QTRY_COMPARE(stateAt(0), jobStateLabel(JobState::Cancelled));
    // Not "Cancelled": the job may well go on without us.
    QCOMPARE(stateAt(0), QStringLiteral("Stopped watching"));
    QCOMPARE(child<QLabel>("jobErrorLabel")->text(),
             QStringLiteral("Stopped watching (the job may still be running)."));
    QTRY_VERIFY(resume->isEnabled());
    QVERIFY(!stop->isEnabled());

    resume->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(stateAt(0), jobStateLabel(JobState::Successful), 10000);
    QCOMPARE(child<QTableView>("jobTable")->model()->rowCount(), 1);
    // The details followed the resumed run to its output.
    QTRY_VERIFY(child<QPlainTextEdit>("rawOutputTextEdit")->toPlainText().contains(QLatin1String("ACME")));
}

void TestMainWindow::stopWatchingAHeldCallSaysWhatItCosts()
{
    // The long poll's trigger call is held longer than the test: no status URI yet.
    m_simulator.setLongPollHoldMs(60000);
    const auto restoreHold = qScopeGuard([this] { m_simulator.setLongPollHoldMs(1000); });
    makeWindow({test::simProfile(m_simulator, QStringLiteral("slow-long"), QStringLiteral("Month end"),
                                 CallMode::LongPolling)});
    selectProfile(QStringLiteral("Month end"));
    const qsizetype before = m_simulator.requests().size();
    QTest::mouseClick(child<QPushButton>("launchButton"), Qt::LeftButton);
    JobTableModel *model = m_window->jobController()->model();
    QTRY_VERIFY(m_simulator.requests().size() > before); // the call has reached the server, which holds it
    QVERIFY(!model->recordAt(0).statusUri.isValid());

    // Asked first, Cancel the default: declined, it is still watched.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    child<QAction>("stopWatchingAction")->trigger();
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("cannot be watched again")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(QLatin1String("Check in Orchestrator")));
    QCOMPARE(MessageBox::lastDefaultButton(), QMessageBox::Cancel);
    QVERIFY(!isTerminal(model->recordAt(0).state));
    // Quitting now would not bring it back either, and the question says so (issue 22, item 2).
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!m_window->close());
    QCOMPARE(MessageBox::lastText(),
             QStringLiteral("1 job cannot be watched again after a restart: the server has not said yet where to "
                            "follow it (a long poll's call is still held, or its call has no answer yet). It may go "
                            "on running; the next time, find it with Check in Orchestrator.\n\nQuit TriggerDesk?"));

    // Accepted: let go, and the lookup is still offered.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    child<QAction>("stopWatchingAction")->trigger();
    QTRY_COMPARE(model->recordAt(0).state, JobState::Cancelled);
    QVERIFY(!child<QAction>("resumeWatchingAction")->isEnabled());
    QVERIFY(child<QAction>("checkInOrchestratorAction")->isEnabled());
}

void TestMainWindow::rerunOfAJobThatMayStillRunAsksFirst()
{
    makeWindow({test::simProfile(m_simulator, QStringLiteral("slow-async"), QStringLiteral("Slow"))});
    selectProfile(QStringLiteral("Slow"));
    QTest::mouseClick(child<QPushButton>("launchButton"), Qt::LeftButton);
    QTRY_COMPARE(stateAt(0), jobStateLabel(JobState::Running));
    child<QAction>("stopWatchingAction")->trigger();
    QTRY_COMPARE(stateAt(0), jobStateLabel(JobState::Cancelled));
    auto *table = child<QTableView>("jobTable");

    // Declined: no second job.
    MessageBox::setNextAnswer(QMessageBox::No);
    child<QAction>("rerunAction")->trigger();
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("duplicate job")), qPrintable(MessageBox::lastText()));
    QCOMPARE(table->model()->rowCount(), 1);
    // Accepted: a new job.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    child<QAction>("rerunAction")->trigger();
    QCOMPARE(table->model()->rowCount(), 2);
}

void TestMainWindow::unknownJobIsCheckedInOrchestrator()
{
    makeWindow({test::simProfile(m_simulator, QStringLiteral("echo-async"), QStringLiteral("Echo"))});
    // The trigger call's answer is lost: a 502 after the job was created.
    m_simulator.queueFault(sim::FaultTarget::Invoke, sim::Fault::badGatewayAfterCreate());
    const int jobsBefore = m_simulator.jobCount();
    launchAndWait(QStringLiteral("Echo"), JobState::Unknown);
    auto *check = child<QAction>("checkInOrchestratorAction");
    QVERIFY(check->isEnabled());
    check->trigger();
    JobLookupDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<JobLookupDialog *>()) != nullptr);
    auto *candidates = dialog->findChild<QTreeWidget *>(QStringLiteral("candidateTree"));
    QTRY_VERIFY(candidates->topLevelItemCount() >= 1);
    // The job with the same arguments comes first, marked.
    QVERIFY2(candidates->topLevelItem(0)->text(0).startsWith(QStringLiteral("★")),
             qPrintable(candidates->topLevelItem(0)->text(0)));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("attachButton")), Qt::LeftButton);
    // The row watches that job in Orchestrator to its end: no new job was created.
    QTRY_COMPARE_WITH_TIMEOUT(stateAt(0), jobStateLabel(JobState::Successful), 10000);
    QCOMPARE(child<QTableView>("jobTable")->model()->rowCount(), 1);
    QCOMPARE(m_simulator.jobCount(), jobsBefore + 1);
    QTRY_VERIFY(child<QPlainTextEdit>("rawOutputTextEdit")->toPlainText().contains(QLatin1String("ACME")));
    JobController *jobs = m_window->jobController();
    const qint64 attachedId = jobs->model()->recordAt(0).orchestratorJobId;
    QVERIFY(attachedId != 0);

    // A second lost answer: the job the first row watches is shown, greyed out, not to be chosen
    // (issue 22, item 10); the other one is offered.
    m_simulator.queueFault(sim::FaultTarget::Invoke, sim::Fault::badGatewayAfterCreate());
    QTest::mouseClick(child<QPushButton>("launchButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(stateAt(0), jobStateLabel(JobState::Unknown), 10000);
    const JobRecord second = jobs->model()->recordAt(jobs->model()->rowOf(
        child<QTableView>("jobTable")->model()->index(0, 0).data(JobTableModel::JobIdRole).toString()));
    QCOMPARE(second.state, JobState::Unknown);
    check->trigger();
    QTRY_VERIFY((dialog = [this] {
                    const QList<JobLookupDialog *> open = m_window->findChildren<JobLookupDialog *>();
                    const auto shown = std::find_if(open.cbegin(), open.cend(),
                                                    [](const JobLookupDialog *d) { return d->isVisible(); });
                    return shown == open.cend() ? nullptr : *shown;
                }()) != nullptr);
    candidates = dialog->findChild<QTreeWidget *>(QStringLiteral("candidateTree"));
    QTRY_VERIFY(candidates->topLevelItemCount() >= 2);
    QTreeWidgetItem *taken = nullptr;
    for (int i = 0; i < candidates->topLevelItemCount(); ++i)
        if (candidates->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == attachedId)
            taken = candidates->topLevelItem(i);
    QVERIFY(taken);
    QVERIFY2(taken->text(0).contains(QLatin1String("in another row")), qPrintable(taken->text(0)));
    QVERIFY(!(taken->flags() & Qt::ItemIsEnabled));
    QVERIFY(taken->toolTip(0).contains(QLatin1String("Echo, launched")));
    QVERIFY(candidates->currentItem() && candidates->currentItem() != taken);
    // Attaching it anyway (a stale dialog, a script) is refused: one Orchestrator job, one row.
    QCOMPARE(jobs->attach(second, attachedId, 0), nullptr);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("attachButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(jobs->model()->recordAt(jobs->model()->rowOf(second.id)).state, JobState::Successful,
                              10000);
    QVERIFY(jobs->model()->recordAt(jobs->model()->rowOf(second.id)).orchestratorJobId != attachedId);
}

void TestMainWindow::unknownJobWithACorrelationIdIsFoundAtOnce()
{
    TriggerProfile profile = test::simProfile(m_simulator, QStringLiteral("echo-async"), QStringLiteral("Traced"));
    profile.correlationArgument = QStringLiteral("traceId");
    makeWindow({profile});
    // The answer is lost after the job was created: the job is looked for at once, found by its
    // correlation id, and watched to its end in Orchestrator, in its own row.
    m_simulator.queueFault(sim::FaultTarget::Invoke, sim::Fault::badGatewayAfterCreate());
    const int jobsBefore = m_simulator.jobCount();
    selectProfile(QStringLiteral("Traced"));
    QTest::mouseClick(child<QPushButton>("launchButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(stateAt(0), jobStateLabel(JobState::Successful), 10000);
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QLatin1String("Found job")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(m_simulator.jobCount(), jobsBefore + 1);
    QCOMPARE(child<QTableView>("jobTable")->model()->rowCount(), 1);
    const QJsonObject sent =
        QJsonDocument::fromJson(
            m_simulator.jobsJson().last().toObject().value(QStringLiteral("InputArguments")).toString().toUtf8())
            .object();
    QVERIFY(!QUuid::fromString(sent.value(QStringLiteral("traceId")).toString()).isNull());

    // Refused at the gateway before any job was created: nothing carries its id, so it stays
    // Unknown, and the status bar says what was searched.
    m_simulator.queueFault(sim::FaultTarget::Invoke, sim::Fault::serverError(502));
    QTest::mouseClick(child<QPushButton>("launchButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->statusBar()->currentMessage().startsWith(QLatin1String("No job in Orchestrator "
                                                                                              "carries the correlation "
                                                                                              "id")),
                             10000);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("It stays Unknown.")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(m_simulator.jobCount(), jobsBefore + 1);
}

void TestMainWindow::attachedJobIsStoppedFromTheJobMenu_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("strategy");
    QTest::addColumn<bool>("answerLost"); // the 502 after create: Unknown; else found while it runs
    QTest::newRow("Stop, after a lost answer")
        << QStringLiteral("stopInOrchestratorAction") << QStringLiteral("SoftStop") << true;
    QTest::newRow("Kill, while watched by its status URI")
        << QStringLiteral("killInOrchestratorAction") << QStringLiteral("Kill") << false;
}

void TestMainWindow::attachedJobIsStoppedFromTheJobMenu()
{
    QFETCH(QString, action);
    QFETCH(QString, strategy);
    QFETCH(bool, answerLost);
    makeWindow({test::simProfile(m_simulator, QStringLiteral("slow-long"), QStringLiteral("Runaway"))});
    auto *stop = m_window->findChild<QAction *>(action);
    QVERIFY(stop);
    m_simulator.clearRequests();
    if (answerLost) {
        m_simulator.queueFault(sim::FaultTarget::Invoke, sim::Fault::badGatewayAfterCreate());
        launchAndWait(QStringLiteral("Runaway"), JobState::Unknown);
    } else {
        selectProfile(QStringLiteral("Runaway"));
        QTest::mouseClick(child<QPushButton>("launchButton"), Qt::LeftButton);
        QTRY_COMPARE(stateAt(0), jobStateLabel(JobState::Running));
    }
    // Its Orchestrator id is not known yet: nothing to stop or open, but it can be looked for.
    QVERIFY(!stop->isEnabled());
    QVERIFY(!child<QAction>("openInOrchestratorAction")->isEnabled());
    QVERIFY(child<QAction>("checkInOrchestratorAction")->isEnabled());
    child<QAction>("checkInOrchestratorAction")->trigger();
    JobLookupDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<JobLookupDialog *>()) != nullptr);
    QTRY_VERIFY(dialog->findChild<QTreeWidget *>(QStringLiteral("candidateTree"))->topLevelItemCount() >= 1);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("attachButton")), Qt::LeftButton);
    QTRY_COMPARE(stateAt(0), jobStateLabel(JobState::Running));
    QTRY_VERIFY(stop->isEnabled());
    QVERIFY(!child<QAction>("checkInOrchestratorAction")->isEnabled()); // found already
    const QJsonObject before = m_simulator.jobsJson().last().toObject();
    QCOMPARE(before.value(QStringLiteral("State")).toString(), QStringLiteral("Running"));

    // Its page in Orchestrator's web interface, handed to the browser: by its key and folder.
    UrlCatcher browser;
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "open");
    const auto noBrowser = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("http")); });
    QTRY_VERIFY(child<QAction>("openInOrchestratorAction")->isEnabled());
    child<QAction>("openInOrchestratorAction")->trigger();
    QCOMPARE(browser.urls.size(), 1);
    QCOMPARE(browser.urls.first().path(),
             orchestratorUrlFor(m_simulator.invokeUrl(QStringLiteral("slow-long"))).path() +
                 QStringLiteral("/jobs(sidepanel:sidepanel/jobs/%1/details)")
                     .arg(before.value(QStringLiteral("Key")).toString()));
    QCOMPARE(browser.urls.first().query(),
             QStringLiteral("fid=%1").arg(before.value(QStringLiteral("OrganizationUnitId")).toInteger()));

    // Declined: the job runs on.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    stop->trigger();
    QVERIFY2(MessageBox::lastText().contains(before.value(QStringLiteral("Id")).toVariant().toString()) &&
                 MessageBox::lastText().contains(QLatin1String("Runaway")),
             qPrintable(MessageBox::lastText()));
    QVERIFY2(MessageBox::lastText().contains(strategy == QLatin1String("Kill")
                                                 ? QLatin1String("ends the robot's process at once")
                                                 : QLatin1String("\"Should Stop\" check")),
             qPrintable(MessageBox::lastText()));                   // what the strategy does, before it is done
    QCOMPARE(MessageBox::lastDefaultButton(), QMessageBox::Cancel); // Return does not stop it
    QCOMPARE(m_simulator.jobsJson().last().toObject().value(QStringLiteral("State")).toString(),
             QStringLiteral("Running"));

    // Confirmed: Orchestrator stops it, and the row ends as Orchestrator reports it.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    stop->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(stateAt(0), jobStateLabel(JobState::Stopped), 10000);
    QCOMPARE(child<QTableView>("jobTable")->model()->rowCount(), 1);
    QTRY_VERIFY(!stop->isEnabled()); // over in Orchestrator: nothing left to stop (next event-loop turn)
    // One StopJobs, with the strategy asked for, in the job's folder.
    QList<sim::SimRequest> stops;
    for (const sim::SimRequest &request : m_simulator.requests())
        if (request.path.endsWith(QLatin1String("/odata/Jobs/UiPath.Server.Configuration.OData.StopJobs")))
            stops.append(request);
    QCOMPARE(stops.size(), 1);
    const QJsonObject body = QJsonDocument::fromJson(stops.first().body).object();
    QCOMPARE(body.value(QStringLiteral("strategy")).toString(), strategy);
    QCOMPARE(body.value(QStringLiteral("jobIds")).toArray(), QJsonArray{before.value(QStringLiteral("Id"))});
    QVERIFY(!stops.first().header("X-UIPATH-FolderKey").isEmpty());
}

void TestMainWindow::copyCurlHidesToken()
{
    makeWindow({test::simProfile(m_simulator, QStringLiteral("echo-async"), QStringLiteral("Echo"))});
    launchAndWait(QStringLiteral("Echo"), JobState::Successful);
    child<QAction>("copyCurlAction")->trigger();
    const QString curl = QGuiApplication::clipboard()->text();
    QVERIFY2(curl.contains(QLatin1String("$TRIGGERDESK_TOKEN")), qPrintable(curl));
    QVERIFY(!curl.contains(QLatin1String("demo-token")));
    QVERIFY(curl.contains(m_simulator.invokeUrl(QStringLiteral("echo-async")).toString()));
    QVERIFY(curl.contains(QLatin1String("\"$callMode\":\"AsyncRequestReply\"")));

    child<QAction>("copyOutputAction")->trigger();
    QVERIFY(QGuiApplication::clipboard()->text().contains(QLatin1String("ACME")));
}

void TestMainWindow::exportJobsCsv()
{
    makeWindow({test::simProfile(m_simulator, QStringLiteral("echo-async"), QStringLiteral("Echo"))});
    launchAndWait(QStringLiteral("Echo"), JobState::Successful);
    const QString path = m_dir->filePath(QStringLiteral("jobs.csv"));
    FileDialog::setNextFileName(path);
    child<QAction>("exportCsvAction")->trigger();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QVERIFY(lines.at(0).startsWith("\xEF\xBB\xBFid,orchestratorJobId,profile,method"));
    // The whole id, the state's name, the arguments sent (every field: tst_gui_jobtablemodel).
    const JobRecord job = m_window->jobController()->model()->recordAt(0);
    QVERIFY2(lines.at(1).startsWith(QByteArray(job.id.toUtf8() + ",,Echo,POST,")), lines.at(1).constData());
    QVERIFY(lines.at(1).contains(",Successful,"));
    QVERIFY(lines.at(1).contains(R"(""customer"":""ACME"")"));
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Exported 1 job to %1.").arg(QDir::toNativeSeparators(path)));

    const QString jsonPath = m_dir->filePath(QStringLiteral("jobs.json"));
    FileDialog::setNextFileName(jsonPath);
    child<QAction>("exportJsonAction")->trigger();
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QByteArray text = json.readAll();
    QVERIFY(text.contains("\"Successful\""));
    QVERIFY(!text.contains("demo-token"));
}

void TestMainWindow::presetsSaveAndChoose()
{
    makeWindow({test::simProfile(m_simulator, QStringLiteral("echo-async"), QStringLiteral("Echo"))});
    selectProfile(QStringLiteral("Echo"));
    auto *form = child<ArgumentForm>("argumentForm");
    auto *customer = qobject_cast<QLineEdit *>(form->editorFor(QStringLiteral("customer")));
    customer->setText(QStringLiteral("Initech"));
    InputDialog::setNextText(QStringLiteral("Big customer"));
    QTest::mouseClick(child<QToolButton>("savePresetToolButton"), Qt::LeftButton);

    // Saved with the profile, on disk.
    ProfileStore store(m_dir->filePath(QStringLiteral("profiles.json")));
    QVERIFY(store.load());
    QCOMPARE(store.profiles()
                 .constFirst()
                 .presets.value(QStringLiteral("Big customer"))
                 .value(QStringLiteral("customer"))
                 .toString(),
             QStringLiteral("Initech"));

    customer->setText(QStringLiteral("Someone else"));
    auto *presets = child<QComboBox>("presetComboBox");
    const int index = presets->findText(QStringLiteral("Big customer"));
    QVERIFY(index > 0);
    presets->setCurrentIndex(index);
    emit presets->activated(index);
    QCOMPARE(customer->text(), QStringLiteral("Initech"));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QToolButton>("deletePresetToolButton"), Qt::LeftButton);
    QCOMPARE(presets->findText(QStringLiteral("Big customer")), -1);
    QVERIFY(store.load());
    QVERIFY(store.profiles().constFirst().presets.isEmpty());
}

void TestMainWindow::createProfileWithEditor()
{
    makeWindow({});
    child<QAction>("newProfileAction")->trigger();
    ProfileEditor *editor = nullptr;
    QTRY_VERIFY((editor = m_window->findChild<ProfileEditor *>()) != nullptr);
    auto *ok = editor->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    auto *url = editor->findChild<QLineEdit *>(QStringLiteral("urlLineEdit"));
    url->setText(QStringLiteral("not a url"));
    QVERIFY(!ok->isEnabled());
    url->setText(m_simulator.invokeUrl(QStringLiteral("echo-async")).toString());
    QVERIFY(editor->findChild<QLabel *>(QStringLiteral("urlPartsLabel"))->text().contains(QLatin1String("echo-async")));
    editor->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("Created"));
    auto *credential = editor->findChild<QComboBox *>(QStringLiteral("credentialComboBox"));
    credential->setCurrentIndex(credential->findData(JobController::demoCredential()));
    QString error;
    QVERIFY(editor->inferFromExample(QStringLiteral("{\"customer\": \"ACME\", \"count\": 3}"), &error));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    QTRY_COMPARE(m_window->profileModel()->rowCount(), 1);
    ProfileStore store(m_dir->filePath(QStringLiteral("profiles.json")));
    QVERIFY(store.load());
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(store.profiles().constFirst().name, QStringLiteral("Created"));
    QCOMPARE(store.profiles().constFirst().arguments.size(), 2);
    // The trigger's own call mode unless chosen (issue 22, item 6): learnt from its answer.
    QCOMPARE(store.profiles().constFirst().mode, CallMode::TriggerDefault);
    // A new profile polls adaptively (fewer requests for long jobs); its file says so.
    QVERIFY(store.profiles().constFirst().adaptivePolling);
    // The new profile is selected and its form is ready to launch.
    QVERIFY(child<ArgumentForm>("argumentForm")->editorFor(QStringLiteral("count")));
    launchAndWait(QStringLiteral("Created"), JobState::Successful);
    QCOMPARE(m_window->jobController()->model()->recordAt(0).mode, CallMode::AsyncRequestReply);
}

// A first profile with no credential saved yet: "New credential…" opens the Credentials dialog
// over the editor with a new one ready; once saved, the profile uses it, and its job carries it.
void TestMainWindow::newCredentialFromTheProfileEditor()
{
    makeWindow({});
    child<QAction>("newProfileAction")->trigger();
    ProfileEditor *editor = nullptr;
    QTRY_VERIFY((editor = m_window->findChild<ProfileEditor *>()) != nullptr);
    editor->findChild<QLineEdit *>(QStringLiteral("urlLineEdit"))
        ->setText(m_simulator.invokeUrl(QStringLiteral("echo-fire")).toString());
    editor->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("With its own token"));
    QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("newCredentialButton")), Qt::LeftButton);
    CredentialEditor *credentials = nullptr;
    QTRY_VERIFY((credentials = editor->findChild<CredentialEditor *>()) != nullptr && credentials->isVisible());
    // A new credential is there, selected, named and ready for its secret.
    auto *list = credentials->findChild<QListWidget *>(QStringLiteral("credentialList"));
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->currentRow(), 0);
    credentials->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("Tenant PAT"));
    credentials->findChild<QLineEdit *>(QStringLiteral("secretLineEdit"))
        ->setText(QString::fromLatin1(JobController::demoToken()));
    QTest::mouseClick(
        credentials->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save),
        Qt::LeftButton);
    QTRY_COMPARE(m_window->profileModel()->credentials().size(), 1);
    const QString id = m_window->profileModel()->credentials().constFirst().id;
    auto *combo = editor->findChild<QComboBox *>(QStringLiteral("credentialComboBox"));
    QTRY_COMPARE(combo->currentData().toString(), id);
    QVERIFY(combo->currentText().contains(QLatin1String("Tenant PAT")));

    auto *ok = editor->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_COMPARE(m_window->profileModel()->rowCount(), 1);
    QCOMPARE(m_window->profileModel()->profileAt(0).credential, id);
    launchAndWait(QStringLiteral("With its own token"), JobState::Started);
    QVERIFY(m_window->jobController()->model()->recordAt(0).hops.constFirst().tokenSent);
}

// A profile that expects its jobs to take a minute: past it (a fake clock), the row says so and
// the status bar tells it, while the job is still watched.
void TestMainWindow::jobLongerThanExpectedIsSaid()
{
    TriggerProfile slow =
        test::simProfile(m_simulator, QStringLiteral("slow-long"), QStringLiteral("Slow"), CallMode::LongPolling);
    slow.expectedDurationSeconds = 60;
    makeWindow({slow});
    JobTableModel *model = m_window->jobController()->model();
    QDateTime now = QDateTime::currentDateTimeUtc();
    model->setClock([&now] { return now; });
    launchAndWait(QStringLiteral("Slow"), JobState::Running);
    now = now.addSecs(61);
    model->tick();
    QTRY_COMPARE(stateAt(0), QStringLiteral("Running, longer than expected"));
    const QString said = m_window->statusBar()->currentMessage();
    QVERIFY2(said.contains(QLatin1String("\"Slow\" has run longer than the 1 min 00 s its profile expects")),
             qPrintable(said));
    QVERIFY(child<QAction>("stopWatchingAction")->isEnabled()); // still watched
}

// Personal access tokens kept with their expiry dates: the status bar names the soonest one
// within a week or past, every one in its tooltip, and opens the Credentials dialog on it.
void TestMainWindow::expiringTokenIsWarnedInTheStatusBar()
{
    const QDate today = QDate::currentDate();
    Credential soon = Credential::create(QStringLiteral("Ops"), Credential::Kind::PersonalAccessToken);
    soon.expiresOn = today.addDays(3);
    Credential gone = Credential::create(QStringLiteral("Old"), Credential::Kind::PersonalAccessToken);
    gone.expiresOn = today.addDays(-2);
    Credential fine = Credential::create(QStringLiteral("Fine"), Credential::Kind::PersonalAccessToken);
    fine.expiresOn = today.addDays(60);
    ProfileStore store(m_dir->filePath(QStringLiteral("profiles.json")));
    store.setCredentials({soon, gone, fine});
    QVERIFY(store.save());
    reopenWindow();

    auto *warning = child<QPushButton>("tokenExpiryButton");
    QVERIFY(warning->isVisible());
    QCOMPARE(warning->text(), QStringLiteral("Token of \"Old\" expired"));
    QVERIFY(
        warning->toolTip().contains(QStringLiteral("\"Old\" expired on %1").arg(gone.expiresOn.toString(Qt::ISODate))));
    QVERIFY(warning->toolTip().contains(QLatin1String("\"Ops\" expires on ") + soon.expiresOn.toString(Qt::ISODate) +
                                        QLatin1String(", in 3 days")));
    QVERIFY(!warning->toolTip().contains(QLatin1String("Fine")));

    // The button opens the dialog on that credential; a new date there (the token was replaced)
    // moves the warning to the next one.
    QTest::mouseClick(warning, Qt::LeftButton);
    CredentialEditor *editor = nullptr;
    QTRY_VERIFY((editor = m_window->findChild<CredentialEditor *>()) != nullptr && editor->isVisible());
    QCOMPARE(editor->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"))->text(), QStringLiteral("Old"));
    QVERIFY(editor->findChild<QLabel *>(QStringLiteral("expiryNoticeLabel"))->isVisible());
    editor->findChild<QDateEdit *>(QStringLiteral("expiresDateEdit"))->setDate(today.addDays(90));
    editor->findChild<QLineEdit *>(QStringLiteral("secretLineEdit"))->setText(QStringLiteral("new-token"));
    QTest::mouseClick(
        editor->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save),
        Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<CredentialEditor *>());
    QCOMPARE(warning->text(), QStringLiteral("Token of \"Ops\" expires in 3 days"));
    QVERIFY(!warning->toolTip().contains(QLatin1String("Old")));
}

// A person's credential nobody signed in with: the job fails before anything is sent, one Sign
// In button appears in the status bar, and it opens the sign-in in the browser (played here);
// once saved, the jobs run on the session.
void TestMainWindow::personSignsInWhenJobsNeedIt()
{
    const quint16 port = test::freeLoopbackPort();
    m_simulator.addPublicClient(QStringLiteral("desk"), {BrowserSignIn::redirectUri(port)},
                                {QStringLiteral("OR.Jobs")});
    m_simulator.addUser(QStringLiteral("ada"), QStringLiteral("s3cret!"));
    Credential ada = Credential::create(QStringLiteral("Ada"), Credential::Kind::BrowserSignIn);
    ada.clientId = QStringLiteral("desk");
    ada.redirectPort = port; // no identity URL: the button takes it from the job's trigger
    TriggerProfile profile =
        test::simProfile(m_simulator, QStringLiteral("echo-fire"), QStringLiteral("As Ada"), CallMode::FireAndForget);
    profile.credential = ada.id;
    ProfileStore store(m_dir->filePath(QStringLiteral("profiles.json")));
    store.setProfiles({profile});
    store.setCredentials({ada});
    QVERIFY(store.save());
    UrlCatcher browser;
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "open");
    auto unset = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("http")); });
    reopenWindow();

    const int jobsBefore = m_simulator.jobCount();
    launchAndWait(QStringLiteral("As Ada"), JobState::Failed);
    auto *signIn = child<QPushButton>("signInAgainButton");
    QTRY_VERIFY(signIn->isVisible());
    QCOMPARE(signIn->text(), QStringLiteral("Sign In as \"Ada\"…"));
    QCOMPARE(m_simulator.jobCount(), jobsBefore);

    QTest::mouseClick(signIn, Qt::LeftButton);
    QVERIFY(!signIn->isVisible());
    CredentialEditor *editor = nullptr;
    QTRY_VERIFY((editor = m_window->findChild<CredentialEditor *>()) != nullptr && editor->isVisible());
    QTRY_COMPARE(browser.urls.size(), 1); // the sign-in started at once, on Ada
    const QUrl page = browser.urls.constFirst();
    QNetworkAccessManager web;
    test::browse(&web, test::submitSignIn(&web, page, "username=ada&password=s3cret%21"));
    auto *status = editor->findChild<QLabel *>(QStringLiteral("secretStatusLabel"));
    QTRY_VERIFY2(status->text().startsWith(QLatin1String("Signed in")), qPrintable(status->text()));
    QTest::mouseClick(
        editor->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save),
        Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<CredentialEditor *>());

    launchAndWait(QStringLiteral("As Ada"), JobState::Started);
    QCOMPARE(m_simulator.jobCount(), jobsBefore + 1);
    QVERIFY(!signIn->isVisible());
}

// Between two polls the Hops tab says when the next request is due (the profile's interval, here
// 5 s, or the adaptive schedule's), counting down.
void TestMainWindow::nextPollIsShownBetweenPolls()
{
    TriggerProfile slow = test::simProfile(m_simulator, QStringLiteral("slow-async"), QStringLiteral("Slow"));
    slow.pollIntervalMs = 5000;
    makeWindow({slow});
    launchAndWait(QStringLiteral("Slow"), JobState::Running);
    auto *hops = child<QTreeWidget>("hopTree");
    QTRY_VERIFY_WITH_TIMEOUT(hops->topLevelItemCount() > 0 &&
                                 hops->topLevelItem(hops->topLevelItemCount() - 1)
                                     ->text(3)
                                     .contains(QRegularExpression(QStringLiteral("^Next request in [1-5] s, at "))),
                             5000);
}

void TestMainWindow::profileListDuplicateRenameMoveDelete()
{
    makeWindow({test::simProfile(m_simulator, QStringLiteral("echo-async"), QStringLiteral("First")),
                test::simProfile(m_simulator, QStringLiteral("echo-fire"), QStringLiteral("Second"))});
    ProfileListModel *model = m_window->profileModel();
    selectProfile(QStringLiteral("First"));
    child<QAction>("duplicateProfileAction")->trigger();
    QCOMPARE(model->names(),
             QStringList({QStringLiteral("First"), QStringLiteral("Second"), QStringLiteral("First copy")}));

    InputDialog::setNextText(QStringLiteral("Second"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    child<QAction>("renameProfileAction")->trigger();
    QVERIFY(MessageBox::lastText().contains(QLatin1String("already"))); // a clash is refused
    InputDialog::setNextText(QStringLiteral("Third"));
    child<QAction>("renameProfileAction")->trigger();
    QCOMPARE(model->names().last(), QStringLiteral("Third"));

    child<QAction>("moveProfileUpAction")->trigger();
    QCOMPARE(model->names(), QStringList({QStringLiteral("First"), QStringLiteral("Third"), QStringLiteral("Second")}));

    MessageBox::setNextAnswer(QMessageBox::No);
    child<QAction>("deleteProfileAction")->trigger();
    QCOMPARE(model->rowCount(), 3);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    child<QAction>("deleteProfileAction")->trigger();
    QCOMPARE(model->names(), QStringList({QStringLiteral("First"), QStringLiteral("Second")}));

    ProfileStore store(m_dir->filePath(QStringLiteral("profiles.json")));
    QVERIFY(store.load());
    QCOMPARE(store.profiles().size(), 2);
    QCOMPARE(store.profiles().at(1).name, QStringLiteral("Second"));
}

void TestMainWindow::importExportProfiles()
{
    makeWindow({test::simProfile(m_simulator, QStringLiteral("echo-async"), QStringLiteral("First")),
                test::simProfile(m_simulator, QStringLiteral("echo-fire"), QStringLiteral("Second"))});
    const QString exported = m_dir->filePath(QStringLiteral("export.json"));
    FileDialog::setNextFileName(exported);
    child<QAction>("exportProfilesAction")->trigger();
    QString error;
    QCOMPARE(ProfileStore::importFile(exported, &error).size(), 2);

    FileDialog::setNextFileName(exported);
    child<QAction>("importProfilesAction")->trigger();
    ProfileListModel *model = m_window->profileModel();
    QCOMPARE(model->rowCount(), 4);
    QVERIFY(model->names().contains(QStringLiteral("First (2)")));

    const QString broken = m_dir->filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ nope");
    file.close();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    FileDialog::setNextFileName(broken);
    child<QAction>("importProfilesAction")->trigger();
    QCOMPARE(model->rowCount(), 4);
    QVERIFY(MessageBox::lastText().contains(QLatin1String("No profile could be imported")));
}

void TestMainWindow::corruptProfileFileIsReported()
{
    const QString path = m_dir->filePath(QStringLiteral("profiles.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"profiles\": [ this is not json");
    file.close();

    MessageBox::setNextAnswer(QMessageBox::Ok);
    makeWindow({});
    QTRY_VERIFY(MessageBox::lastText().contains(QLatin1String("could not be read")));
    QVERIFY(MessageBox::lastText().contains(QLatin1String("kept as")));
    QCOMPARE(m_window->profileModel()->rowCount(), 0);

    // The unreadable file was kept aside, as it was.
    const QStringList aside = QDir(m_dir->path()).entryList({QStringLiteral("profiles.json.corrupt-*")});
    QCOMPARE(aside.size(), 1);
    QFile kept(m_dir->filePath(aside.constFirst()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("{\"profiles\": [ this is not json"));
}

void TestMainWindow::damagedHistorySaysSoAndKeepsTheSessionsJobs()
{
    // A history database that is not one any more (a disk fault, a bad copy).
    QVERIFY(QDir().mkpath(jobsDirectory()));
    const QString database = JobDatabase::pathIn(jobsDirectory());
    QFile damaged(database);
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write(QByteArray(4096, '\x17'));
    damaged.close();

    MessageBox::setNextAnswer(QMessageBox::Ok);
    makeWindow({test::simProfile(m_simulator, QStringLiteral("echo-async"), QStringLiteral("Echo"))});
    QTRY_VERIFY(MessageBox::lastText().contains(QLatin1String("could not be opened")));
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("file is not a database")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(QDir::toNativeSeparators(database)));
    // The session goes on, and its jobs are kept.
    launchAndWait(QStringLiteral("Echo"), JobState::Successful);
    const QString id = m_window->jobController()->model()->idAt(0);
    m_window.reset();
    QVERIFY(QFile::exists(JobStore(jobsDirectory()).fileFor(id)));
    QCOMPARE(QFileInfo(database).size(), 4096); // left as it was, for whoever looks at it

    // The next session over the same damaged file: the job is shown from its file.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    reopenWindow();
    QTRY_VERIFY(MessageBox::lastText().contains(QLatin1String("could not be opened")));
    QCOMPARE(m_window->jobController()->model()->rowOf(id), 0);
    // Moved away as the message says: a new database, with the session's job in it.
    m_window.reset();
    QVERIFY(QFile::rename(database, database + QStringLiteral(".damaged")));
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    const QString before = MessageBox::lastText();
    reopenWindow();
    QCOMPARE(m_window->jobController()->model()->rowOf(id), 0);
    QCOMPARE(m_window->jobController()->model()->recordAt(0).state, JobState::Successful);
    QCOMPARE(test::storedIds(jobsDirectory()), QStringList{id});
    QCOMPARE(MessageBox::lastText(), before);
}

void TestMainWindow::layoutShowsWholeFormAndSixProfiles()
{
    // Six profiles, the first with five fields of every height (a JSON editor is four lines).
    TriggerProfile wide = test::simProfile(m_simulator, QStringLiteral("echo-async"), QStringLiteral("Wide"));
    ArgumentSpec priority;
    priority.name = QStringLiteral("priority");
    priority.type = ArgumentType::Choice;
    priority.choices = {QStringLiteral("Low"), QStringLiteral("High")};
    ArgumentSpec dryRun;
    dryRun.name = QStringLiteral("dryRun");
    dryRun.type = ArgumentType::Boolean;
    ArgumentSpec options;
    options.name = QStringLiteral("options");
    options.type = ArgumentType::JsonObject;
    wide.arguments << priority << dryRun << options;
    QList<TriggerProfile> profiles{wide};
    for (int i = 1; i < 6; ++i)
        profiles << test::simProfile(m_simulator, QStringLiteral("echo-async"), QStringLiteral("Profile %1").arg(i));
    makeWindow(profiles);
    // What a new user gets on a 1400x900 screen (the offscreen screen is smaller).
    m_window->resize(1320, 820);
    selectProfile(QStringLiteral("Wide"));

    auto *scroll = child<QScrollArea>("argumentScrollArea");
    auto *form = child<ArgumentForm>("argumentForm");
    QCOMPARE(form->specs().size(), 5);
    // Every field is seen whole, without scrolling.
    QTRY_COMPARE(scroll->verticalScrollBar()->maximum(), 0);
    for (const ArgumentSpec &spec : form->specs()) {
        const QWidget *editor = form->editorFor(spec.name);
        const QRect shown(editor->mapTo(scroll->viewport(), QPoint(0, 0)), editor->size());
        QVERIFY2(scroll->viewport()->rect().contains(shown), qPrintable(spec.name));
    }
    // The list shows the six profiles, without taking the height the form needs.
    auto *list = child<QListView>("profileList");
    const int rowHeight = list->sizeHintForRow(0);
    QVERIFY(rowHeight > 0);
    QVERIFY2(list->viewport()->height() >= 6 * rowHeight, qPrintable(QString::number(list->viewport()->height())));
    QVERIFY2(list->viewport()->height() <= 9 * rowHeight, qPrintable(QString::number(list->viewport()->height())));
    QVERIFY(list->visualRect(list->model()->index(5, 0)).bottom() <= list->viewport()->height());
    // Launch stays on screen, below the form.
    auto *launch = child<QPushButton>("launchButton");
    const QPoint launchAt = launch->mapTo(m_window.get(), QPoint(0, launch->height()));
    QVERIFY2(launchAt.y() <= m_window->centralWidget()->geometry().bottom(),
             qPrintable(QStringLiteral("%1 > %2, button %3 px")
                            .arg(launchAt.y())
                            .arg(m_window->centralWidget()->geometry().bottom())
                            .arg(launch->height())));
}

void TestMainWindow::finishedJobSurvivesRestart()
{
    makeWindow({test::simProfile(m_simulator, QStringLiteral("echo-async"), QStringLiteral("Echo"))});
    launchAndWait(QStringLiteral("Echo"), JobState::Successful);
    const QString id = m_window->jobController()->model()->idAt(0);

    reopenWindow();
    auto *table = child<QTableView>("jobTable");
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(stateAt(0), jobStateLabel(JobState::Successful));
    QCOMPARE(table->model()->index(0, JobTableModel::ProfileColumn).data().toString(), QStringLiteral("Echo"));
    QVERIFY(!m_window->jobController()->model()->runAt(0)); // a record from history, not a run
    QVERIFY(child<QLabel>("countsLabel")->text().contains(QLatin1String("Finished: 1")));
    // Before any row is clicked, what applies to the whole table already works.
    QTRY_VERIFY(child<QAction>("exportCsvAction")->isEnabled());
    QVERIFY(child<QAction>("exportJsonAction")->isEnabled());
    QVERIFY(child<QAction>("removeFinishedAction")->isEnabled());

    // Its details, copy and re-run work as on the day it ran.
    selectJob(id);
    QTRY_VERIFY(child<QPlainTextEdit>("rawOutputTextEdit")->toPlainText().contains(QLatin1String("ACME")));
    QVERIFY(child<QTreeWidget>("hopTree")->topLevelItemCount() >= 3);
    child<QAction>("copyOutputAction")->trigger();
    QVERIFY(QGuiApplication::clipboard()->text().contains(QLatin1String("ACME")));
    child<QAction>("copyCurlAction")->trigger();
    QVERIFY(
        QGuiApplication::clipboard()->text().contains(m_simulator.invokeUrl(QStringLiteral("echo-async")).toString()));
    QVERIFY(!child<QAction>("stopWatchingAction")->isEnabled());
    QVERIFY(!child<QAction>("resumeWatchingAction")->isEnabled()); // Successful: nothing to resume
    QVERIFY(child<QAction>("rerunAction")->isEnabled());
    child<QAction>("rerunAction")->trigger();
    QCOMPARE(table->model()->rowCount(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(stateAt(0), jobStateLabel(JobState::Successful), 10000); // the new one, newest first
    QCOMPARE(stateAt(1), jobStateLabel(JobState::Successful));

    // "Remove finished jobs" removes them from the history too.
    child<QAction>("removeFinishedAction")->trigger();
    QCOMPARE(table->model()->rowCount(), 0);
    reopenWindow();
    QCOMPARE(child<QTableView>("jobTable")->model()->rowCount(), 0);
}

void TestMainWindow::historyFollowsTheLanguageOfTheDay_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("Japanese") << QStringLiteral("ja");
    QTest::newRow("Chinese") << QStringLiteral("zh_CN");
}

void TestMainWindow::historyFollowsTheLanguageOfTheDay()
{
    // A job that failed in English: our words (the 404 explained), the server's own (its message).
    TriggerProfile gone = test::simProfile(m_simulator, QStringLiteral("no-such-trigger"), QStringLiteral("Gone"));
    makeWindow({gone});
    launchAndWait(QStringLiteral("Gone"), JobState::Failed);
    const QString id = m_window->jobController()->model()->idAt(0);
    const auto outputCell = [this] {
        auto *table = child<QTableView>("jobTable");
        return table->model()->index(0, JobTableModel::SummaryColumn).data().toString();
    };
    const QString notFound = QStringLiteral("The trigger was not found (error 1623). Check the folder key in the URL.");
    QCOMPARE(outputCell(), notFound);
    // On disk (written at the latest when the window closes), the words as they were shown, for
    // scripts, and how they were composed.
    m_window.reset();
    const QJsonObject saved = test::storedJson(jobsDirectory(), id);
    QVERIFY(saved.value(QStringLiteral("error")).toString().startsWith(notFound));
    QCOMPARE(saved.value(QStringLiteral("errorPhrase")).toObject().value(QStringLiteral("join")).toString(),
             QStringLiteral("\n"));

    // Another day, another language: the same job reads in it, and the server's words stay its own.
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/triggerdesk_%1.qm").arg(language)));
    QCoreApplication::installTranslator(&translator);
    const auto restore = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
    const QString translated = QCoreApplication::translate("td::Engine", notFound.toUtf8().constData());
    QVERIFY(translated != notFound);
    const QString server = QCoreApplication::translate("td::Engine", "Server: \"%1\" (error %2)")
                               .arg(QStringLiteral("Trigger not found."))
                               .arg(1623);
    reopenWindow();
    QCOMPARE(outputCell(), translated);
    selectJob(id);
    QCOMPARE(child<QLabel>("jobErrorLabel")->text(), translated);
    // In the transitions, the detail is the last column: it takes the width left, and a 1400-pixel
    // window shows this one whole.
    m_window->resize(1400, 900);
    auto *transitions = child<QTreeWidget>("transitionTree");
    child<QTabWidget>("detailsTabWidget")->setCurrentWidget(transitions);
    QCOMPARE(transitions->topLevelItem(transitions->topLevelItemCount() - 1)->text(3), translated);
    QTRY_VERIFY2(transitions->header()->sectionSize(3) >= transitions->fontMetrics().horizontalAdvance(translated),
                 qPrintable(QString::number(transitions->header()->sectionSize(3))));
    // The whole reason, as its tooltip gives it.
    auto *table = child<QTableView>("jobTable");
    QCOMPARE(table->model()->index(0, JobTableModel::SummaryColumn).data(Qt::ToolTipRole).toString(),
             translated + QLatin1Char('\n') + server);
}

void TestMainWindow::interruptedJobsAreResumedOnStart()
{
    // Two jobs of a session that ended while they ran, and one its user had stopped watching.
    JobRecord interrupted;
    JobRecord stopped;
    {
        JobController jobs;
        const TriggerProfile slow = test::simProfile(m_simulator, QStringLiteral("slow-async"), QStringLiteral("Slow"));
        const QJsonObject arguments{{QStringLiteral("customer"), QStringLiteral("Initech")}};
        JobRun *running = jobs.launch(slow, arguments).constFirst();
        JobRun *stop = jobs.launch(slow, arguments).constFirst();
        QTRY_VERIFY(running->state() == JobState::Running && running->record().statusUri.isValid());
        QTRY_VERIFY(stop->state() == JobState::Running && stop->record().statusUri.isValid());
        stop->cancel();
        interrupted = running->record();
        stopped = stop->record();
    } // the runs end here without a word, as when the program is closed
    JobRecord triggering = interrupted;
    triggering.id = QStringLiteral("no-answer-yet");
    triggering.state = JobState::Triggering;
    triggering.statusUri.clear();
    triggering.hops.clear();
    triggering.transitions.resize(1);
    triggering.transitions.append({JobState::Triggering, triggering.createdAt, {}, -1});
    JobStore store(jobsDirectory());
    QVERIFY(store.save(interrupted));
    QVERIFY(store.save(stopped));
    QVERIFY(store.save(triggering));

    makeWindow({test::simProfile(m_simulator, QStringLiteral("slow-async"), QStringLiteral("Slow"))});
    JobTableModel *model = m_window->jobController()->model();
    QCOMPARE(model->rowCount(), 3);
    // The job whose call had no answer cannot be watched again, and the message says which to look up.
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Watching 1 job again that was running when TriggerDesk closed. 1 job could not be "
                            "watched again: select it and use Check in Orchestrator."));
    const int resumedRow = sourceRowOf(interrupted.id);
    const int unknownRow = sourceRowOf(triggering.id);
    const int stoppedRow = sourceRowOf(stopped.id);

    // The interrupted job is watched to its end, in its own row, with its earlier hops.
    QVERIFY(model->runAt(resumedRow));
    QTRY_COMPARE_WITH_TIMEOUT(model->recordAt(resumedRow).state, JobState::Successful, 10000);
    QVERIFY(model->recordAt(resumedRow).hops.size() > interrupted.hops.size());
    QVERIFY(QString::fromUtf8(model->recordAt(resumedRow).rawOutput).contains(QLatin1String("Initech")));
    // One that never got an answer has no status URI to watch: Unknown, saying so.
    QTRY_COMPARE(model->recordAt(unknownRow).state, JobState::Unknown);
    QVERIFY2(model->recordAt(unknownRow).error.text().contains(QLatin1String("cannot be resumed")),
             qPrintable(model->recordAt(unknownRow).error.text()));
    // The one its user stopped watching stays stopped until asked.
    QCOMPARE(model->recordAt(stoppedRow).state, JobState::Cancelled);
    QVERIFY(!model->runAt(stoppedRow));
    selectJob(stopped.id);
    auto *resume = child<QAction>("resumeWatchingAction");
    QTRY_VERIFY(resume->isEnabled());
    resume->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(model->recordAt(stoppedRow).state, JobState::Successful, 10000);
    QCOMPARE(model->rowCount(), 3);

    // Their ends are saved: the next start has nothing to resume.
    QTRY_COMPARE(test::storedUnfinished(jobsDirectory()).size(), 0);
    reopenWindow();
    QCOMPARE(m_window->jobController()->model()->rowCount(), 3);
    QCOMPARE(m_window->jobController()->model()->runningCount(), 0);
}

void TestMainWindow::closingWithRunningJobsAsks()
{
    makeWindow({test::simProfile(m_simulator, QStringLiteral("slow-async"), QStringLiteral("Slow"))});
    selectProfile(QStringLiteral("Slow"));
    QTest::mouseClick(child<QPushButton>("launchButton"), Qt::LeftButton);
    QTRY_COMPARE(stateAt(0), jobStateLabel(JobState::Running));
    const QString id = m_window->jobController()->model()->idAt(0);

    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    QCOMPARE(MessageBox::lastDefaultButton(), QMessageBox::No); // Return keeps the window
    QCOMPARE(MessageBox::lastText(), QStringLiteral("1 job is still running. It goes on running on the server, and "
                                                    "TriggerDesk resumes watching it the next time it starts.\n\n"
                                                    "Quit TriggerDesk?"));
    QCOMPARE(stateAt(0), jobStateLabel(JobState::Running)); // still watched

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(m_window->close());
    // Saved as it was, to be resumed.
    const QList<JobRecord> unfinished = test::storedUnfinished(jobsDirectory());
    QCOMPARE(unfinished.size(), 1);
    QCOMPARE(unfinished.constFirst().id, id);
    QVERIFY(unfinished.constFirst().statusUri.isValid());

    // With nothing running, the window closes without a question.
    reopenWindow();
    QTRY_COMPARE_WITH_TIMEOUT(stateAt(0), jobStateLabel(JobState::Successful), 10000);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    MessageBox::information(nullptr, QString(), QStringLiteral("no question yet"));
    QVERIFY(m_window->close());
    QCOMPARE(MessageBox::lastText(), QStringLiteral("no question yet"));
}

void TestMainWindow::columnTitlesFitInJapanese()
{
    // Columns narrowed to their English words, and kept so by the last (English) session.
    makeWindow({});
    auto *english = child<QTableView>("jobTable");
    english->setColumnWidth(JobTableModel::PollsColumn,
                            english->horizontalHeader()->sectionSizeHint(JobTableModel::PollsColumn));
    english->setColumnWidth(JobTableModel::StateColumn, 40);
    m_window->close();
    QTranslator japanese;
    QVERIFY(japanese.load(QStringLiteral(":/i18n/triggerdesk_ja.qm")));
    QCoreApplication::installTranslator(&japanese);
    const auto restore = qScopeGuard([&japanese] { QCoreApplication::removeTranslator(&japanese); });
    makeWindow(
        {test::simProfile(m_simulator, QStringLiteral("echo-long"), QStringLiteral("Long"), CallMode::LongPolling)});
    const QHeaderView *header = child<QTableView>("jobTable")->horizontalHeader();
    QCOMPARE(header->model()->headerData(JobTableModel::PollsColumn, Qt::Horizontal).toString(),
             QStringLiteral("ポーリング回数"));
    // Whole with its margins, bold as a title is drawn while a row is selected (highlighted sections).
    QFont bold = header->font();
    bold.setBold(true);
    const int margins = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    for (int column = 0; column < JobTableModel::SummaryColumn; ++column) {
        const QString title = header->model()->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(header->sectionSize(column) >= QFontMetrics(bold).horizontalAdvance(title) + margins,
                 qPrintable(QStringLiteral("%1: %2 px").arg(title).arg(header->sectionSize(column))));
    }
    // Every state and mode label whole in its cell ("ロングポーリング", "トリガー呼び出し中").
    const QFontMetrics cell = child<QTableView>("jobTable")->fontMetrics();
    for (int state = int(JobState::Queued); state <= int(JobState::Cancelled); ++state) {
        const QString label = jobStateLabel(JobState(state));
        QVERIFY2(header->sectionSize(JobTableModel::StateColumn) >= cell.horizontalAdvance(label) + 16 + 16,
                 qPrintable(label));
    }
    const QString longPolling = callModeLabel(CallMode::LongPolling);
    QVERIFY2(header->sectionSize(JobTableModel::ModeColumn) >= cell.horizontalAdvance(longPolling) + 16,
             qPrintable(longPolling));
    // The preset combo's text is not cut.
    selectProfile(QStringLiteral("Long"));
    const auto *preset = child<QComboBox>("presetComboBox");
    QVERIFY2(preset->width() >= preset->fontMetrics().horizontalAdvance(preset->currentText()) + 24,
             qPrintable(preset->currentText()));
    // The filter's placeholder whole in a 1400-pixel window (issue 22, item 9), its full sense in
    // the tooltip.
    m_window->resize(1400, 900);
    const auto *filter = child<QLineEdit>("filterLineEdit");
    QTRY_VERIFY2(filter->width() >= filter->fontMetrics().horizontalAdvance(filter->placeholderText()) + 12,
                 qPrintable(QStringLiteral("%1 px for \"%2\" (%3 px)")
                                .arg(filter->width())
                                .arg(filter->placeholderText())
                                .arg(filter->fontMetrics().horizontalAdvance(filter->placeholderText()))));
    QVERIFY(!filter->toolTip().isEmpty());
}

void TestMainWindow::oauthCredentialLaunchesEveryMode()
{
    m_simulator.addClient(QStringLiteral("gui-robot"), QStringLiteral("gui-client-secret"), {});
    const int tokensBefore = m_simulator.tokenRequestCount();
    QList<TriggerProfile> profiles{
        test::simProfile(m_simulator, QStringLiteral("echo-async"), QStringLiteral("Async")),
        test::simProfile(m_simulator, QStringLiteral("echo-fire"), QStringLiteral("Fire"), CallMode::FireAndForget),
        test::simProfile(m_simulator, QStringLiteral("echo-long"), QStringLiteral("Long"), CallMode::LongPolling)};
    makeWindow(profiles);
    selectProfile(QStringLiteral("Async"));

    // Credentials... : a new OAuth credential; its secret goes to the secret store only.
    child<QAction>("credentialsAction")->trigger();
    CredentialEditor *editor = nullptr;
    QTRY_VERIFY((editor = m_window->findChild<CredentialEditor *>()) != nullptr);
    QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("addCredentialButton")), Qt::LeftButton);
    editor->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("Robot"));
    auto *kind = editor->findChild<QComboBox *>(QStringLiteral("kindComboBox"));
    kind->setCurrentIndex(kind->findData(int(Credential::Kind::OAuthClientCredentials)));
    editor->findChild<QLineEdit *>(QStringLiteral("clientIdLineEdit"))->setText(QStringLiteral("gui-robot"));
    editor->findChild<QLineEdit *>(QStringLiteral("secretLineEdit"))->setText(QStringLiteral("gui-client-secret"));
    auto *save = editor->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save);
    QTRY_VERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(m_window->profileModel()->credentials().size(), 1);
    QVERIFY(child<QLabel>("secretsLabel")->text().contains(QLatin1String("session only")));
    const Credential credential = m_window->profileModel()->credentials().first();
    // A new profile uses it by default, not an environment variable.
    child<QAction>("newProfileAction")->trigger();
    ProfileEditor *newProfile = nullptr;
    QTRY_VERIFY((newProfile = m_window->findChild<ProfileEditor *>()) != nullptr);
    QCOMPARE(newProfile->findChild<QComboBox *>(QStringLiteral("credentialComboBox"))->currentData().toString(),
             credential.id);
    newProfile->reject();

    // Every profile uses it (as the profile editor's combo would set it).
    for (int row = 0; row < m_window->profileModel()->rowCount(); ++row) {
        TriggerProfile profile = m_window->profileModel()->profileAt(row);
        profile.credential = credential.id;
        QString error;
        QVERIFY2(m_window->profileModel()->updateProfile(row, profile, &error), qPrintable(error));
    }
    launchAndWait(QStringLiteral("Async"), JobState::Successful);
    launchAndWait(QStringLiteral("Fire"), JobState::Started);
    launchAndWait(QStringLiteral("Long"), JobState::Successful);
    QCOMPARE(m_simulator.tokenRequestCount(), tokensBefore + 1); // one token, cached for every job

    // The profile file and the job history hold the reference, never the secret or the token.
    const QList<QByteArray> tokens = test::bearerTokensSeen(m_simulator, {JobController::demoToken()});
    QVERIFY(!tokens.isEmpty());
    m_window->close();
    int searched = 0;
    const QStringList leaking = test::filesContaining(
        m_dir->path(), QList<QByteArray>{QByteArrayLiteral("gui-client-secret")} + tokens, &searched);
    QVERIFY2(leaking.isEmpty(), qPrintable(leaking.join(QLatin1Char(' '))));
    QVERIFY(searched >= 3); // profiles, settings and the job history (the database of three jobs)
}

// A server whose certificate no authority of this computer vouches for (a private CA's, a
// self-signed one): the job fails before anything is sent, the window shows the certificate at
// once, and trusting it pins it in the saved profile and runs the job again.
void TestMainWindow::untrustedCertificateIsShownAndTrustedForTheProfile()
{
    test::TestCertificate self;
    QString error;
    QVERIFY2(test::makeSelfSigned(m_dir->path(), QStringLiteral("self"), QStringLiteral("IP:127.0.0.1"), &self, &error),
             qPrintable(error));
    sim::OrchestratorSimulator https;
    QVERIFY(https.setTls(self.certificate, self.key));
    QVERIFY(test::startSimulator(&https));
    makeWindow({test::simProfile(https, QStringLiteral("echo-async"), QStringLiteral("Private"))});
    launchAndWait(QStringLiteral("Private"), JobState::Failed);
    QCOMPARE(https.jobCount(), 0);

    CertificateDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<CertificateDialog *>()) && dialog->isVisible());
    const QString fingerprint = fingerprintText(self.certificate.digest(QCryptographicHash::Sha256));
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("fingerprintLabel"))->text(), fingerprint);
    const QString why = dialog->findChild<QLabel *>(QStringLiteral("refusalLabel"))->text();
    QVERIFY2(why.contains(QLatin1String("not signed by an authority this computer trusts")), qPrintable(why));
    for (const QString &shown :
         {QStringLiteral("127.0.0.1"), self.certificate.expiryDate().toLocalTime().toString(QStringLiteral("yyyy"))}) {
        const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
        QVERIFY2(std::any_of(labels.cbegin(), labels.cend(), [&](QLabel *l) { return l->text().contains(shown); }),
                 qPrintable(shown));
    }
    // Trusting is a choice, never what Return does.
    auto *trust = dialog->findChild<QPushButton *>(QStringLiteral("trustButton"));
    QVERIFY(trust && !trust->isDefault());
    QVERIFY(test::unnamedControls(dialog).isEmpty());
    // The Job menu shows it again later.
    QTRY_VERIFY(child<QAction>("serverCertificateAction")->isEnabled());

    QTest::mouseClick(trust, Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<CertificateDialog *>());
    // Nothing was created by the refused call: it runs again, pinned, and gets through.
    QTRY_COMPARE(child<QTableView>("jobTable")->model()->rowCount(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(stateAt(0), jobStateLabel(JobState::Successful), 10000);
    QCOMPARE(https.jobCount(), 1);
    // The saved profile trusts it from now on: a new launch is not refused and asks nothing.
    ProfileStore saved(m_dir->filePath(QStringLiteral("profiles.json")));
    QVERIFY(saved.load());
    QCOMPARE(saved.profiles().value(0).tls.pinSha256, fingerprint);
    launchAndWait(QStringLiteral("Private"), JobState::Successful);
    QCOMPARE(https.jobCount(), 2);
    QVERIFY(!m_window->findChild<CertificateDialog *>());
}

// A certificate made for another host is refused in words; the window shows it on request, with
// no offer to trust it (a pin never excuses a certificate for another host, or an expired one),
// and opens nothing by itself.
void TestMainWindow::wrongHostCertificateIsShownWithoutAnOffer()
{
    test::TestCertificate other;
    QString error;
    QVERIFY2(test::makeSelfSigned(m_dir->path(), QStringLiteral("other"), QStringLiteral("DNS:example.test"), &other,
                                  &error),
             qPrintable(error));
    sim::OrchestratorSimulator https;
    QVERIFY(https.setTls(other.certificate, other.key));
    QVERIFY(test::startSimulator(&https));
    makeWindow({test::simProfile(https, QStringLiteral("echo-async"), QStringLiteral("Other"))});
    // The window's own handlers of the job's end run before this one, connected after them.
    int ended = 0;
    connect(m_window->jobController(), &JobController::jobFinished, this, [&ended] { ++ended; });
    launchAndWait(QStringLiteral("Other"), JobState::Failed);
    QTRY_COMPARE(ended, 1);
    QVERIFY(!m_window->findChild<CertificateDialog *>());
    selectJob(m_window->jobController()->model()->recordAt(0).id);
    QAction *show = child<QAction>("serverCertificateAction");
    QTRY_VERIFY(show->isEnabled());
    show->trigger();
    auto *dialog = m_window->findChild<CertificateDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("trustButton")));
    const QString why = dialog->findChild<QLabel *>(QStringLiteral("refusalLabel"))->text();
    QVERIFY2(why.contains(QLatin1String("its certificate is for example.test, not for 127.0.0.1")), qPrintable(why));
    QVERIFY(
        dialog->findChild<QLabel *>(QStringLiteral("adviceLabel"))->text().contains(QLatin1String("another server")));
    dialog->reject();
}

// A real proxy (tinyproxy) asking for credentials: a burst it refuses opens one question; the
// answer is used from then on and the refused jobs (nothing reached Orchestrator) run again.
void TestMainWindow::proxyAskingForCredentialsIsAnsweredInTheWindow()
{
    if (test::ForwardProxy::binary().isEmpty())
        QFAIL("tinyproxy is not installed: scripts/setup-debian.sh installs it");
    QHostAddress address;
    const QList<QHostAddress> addresses = QNetworkInterface::allAddresses();
    for (const QHostAddress &a : addresses) {
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback())
            address = a;
    }
    if (address.isNull())
        QSKIP("this machine has no address but loopback, and loopback never goes through a proxy");
    test::ForwardProxy proxy;
    QString error;
    QVERIFY2(proxy.start({QStringLiteral("alice"), QStringLiteral("s3cret")}, &error), qPrintable(error));
    sim::OrchestratorSimulator server;
    server.setTriggers(test::fastTriggers());
    QVERIFY(server.listen(address));
    TriggerProfile profile = test::simProfile(server, QStringLiteral("echo-async"), QStringLiteral("Behind a proxy"));
    profile.proxy = proxy.url().toString();
    profile.trustedOrigins = {originOf(profile.invokeUrl)};
    makeWindow({profile});
    selectProfile(profile.name);
    child<QSpinBox>("copiesSpinBox")->setValue(2);
    QTest::mouseClick(child<QPushButton>("launchButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->jobController()->model()->finishedCount(), 2, 10000);
    QCOMPARE(stateAt(0), jobStateLabel(JobState::Failed));
    QCOMPARE(server.jobCount(), 0);

    // One question for the proxy, however many jobs it refused.
    QList<QDialog *> asked;
    QTRY_VERIFY(!(asked = m_window->findChildren<QDialog *>(QStringLiteral("proxySignInDialog"))).isEmpty());
    QCOMPARE(asked.size(), 1);
    QDialog *dialog = asked.constFirst();
    QVERIFY(dialog->isVisible());
    QVERIFY(test::unnamedControls(dialog).isEmpty());
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // nothing typed yet
    // No keychain in this test: the password can be kept for this session only, and it says so.
    auto *remember = dialog->findChild<QCheckBox *>(QStringLiteral("rememberCheckBox"));
    QVERIFY(!remember->isEnabled() && !remember->toolTip().isEmpty());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("proxyUserEdit")), QStringLiteral("alice"));
    auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("proxyPasswordEdit"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QTest::keyClicks(password, QStringLiteral("s3cret"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    // Both refused jobs run again, through the proxy, signed in.
    QTRY_COMPARE(m_window->jobController()->model()->rowCount(), 4);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->jobController()->model()->finishedCount(), 4, 10000);
    QCOMPARE(server.jobCount(), 2);
    QCOMPARE(stateAt(0), jobStateLabel(JobState::Successful));
    QCOMPARE(stateAt(1), jobStateLabel(JobState::Successful));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("Signed in to the proxy")),
             qPrintable(m_window->statusBar()->currentMessage()));
    // The password is in no file the window wrote.
    QDirIterator files(m_dir->path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("s3cret"), qPrintable(file.fileName()));
    }
    ProxyCredentials::set(ProxyCredentials::keyOf(proxy.url()), {});
}

void TestMainWindow::launchWithoutATokenIsRefusedUpFront()
{
    TriggerProfile none = test::simProfile(m_simulator, QStringLiteral("echo-async"), QStringLiteral("No credential"));
    none.credential.clear();
    TriggerProfile gone = test::simProfile(m_simulator, QStringLiteral("echo-async"), QStringLiteral("Gone"));
    gone.credential = QStringLiteral("deleted-credential-id");
    const QByteArray saved = qgetenv("TRIGGERDESK_TOKEN");
    const auto restore = qScopeGuard([saved] {
        if (saved.isNull())
            qunsetenv("TRIGGERDESK_TOKEN");
        else
            qputenv("TRIGGERDESK_TOKEN", saved);
    });
    qunsetenv("TRIGGERDESK_TOKEN");
    makeWindow({none, gone});
    m_simulator.clearRequests();
    auto *table = child<QTableView>("jobTable");

    // Nothing would authenticate the call: said before anything is sent, and no job.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    selectProfile(QStringLiteral("No credential"));
    QTest::mouseClick(child<QPushButton>("launchButton"), Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("names no credential and TRIGGERDESK_TOKEN is not set")),
             qPrintable(MessageBox::lastText()));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    selectProfile(QStringLiteral("Gone"));
    QTest::mouseClick(child<QPushButton>("launchButton"), Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("The credential of \"Gone\" no longer exists")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(m_simulator.requests().isEmpty());

    // With the variable set, the same profile launches.
    qputenv("TRIGGERDESK_TOKEN", JobController::demoToken());
    launchAndWait(QStringLiteral("No credential"), JobState::Successful);
}

void TestMainWindow::burstsAskAndCopiesGoBackToOne()
{
    makeWindow(
        {test::simProfile(m_simulator, QStringLiteral("echo-fire"), QStringLiteral("Fire"), CallMode::FireAndForget),
         test::simProfile(m_simulator, QStringLiteral("echo-async"), QStringLiteral("Echo"))});
    selectProfile(QStringLiteral("Fire"));
    auto *copies = child<QSpinBox>("copiesSpinBox");
    auto *launch = child<QPushButton>("launchButton");
    auto *table = child<QTableView>("jobTable");

    // Above the threshold the burst is confirmed first, and No (the default) launches nothing.
    copies->setValue(ProfilePanel::kConfirmCopiesAbove + 2);
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(launch, Qt::LeftButton);
    QCOMPARE(MessageBox::lastText(), QStringLiteral("Launch 12 jobs of \"Fire\" at once? Each one is a real job on "
                                                    "the server."));
    QCOMPARE(MessageBox::lastDefaultButton(), QMessageBox::No);
    QCOMPARE(table->model()->rowCount(), 0);
    QCOMPARE(copies->value(), ProfilePanel::kConfirmCopiesAbove + 2); // kept for a second try

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(launch, Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), 12);
    // The next Ctrl+Return launches one job.
    QCOMPARE(copies->value(), 1);
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(table->model()->rowCount(), 13);

    // Up to the threshold, no question; the burst's copies are told apart by their job id.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    MessageBox::information(nullptr, QString(), QStringLiteral("no question yet"));
    copies->setValue(ProfilePanel::kConfirmCopiesAbove);
    QTest::mouseClick(launch, Qt::LeftButton);
    QCOMPARE(MessageBox::lastText(), QStringLiteral("no question yet"));
    QCOMPARE(table->model()->rowCount(), 23);
    QSet<QString> ids;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        ids.insert(table->model()->index(row, JobTableModel::JobIdColumn).data().toString());
    QCOMPARE(ids.size(), 23);

    // A burst chosen for one profile is not carried to another.
    copies->setValue(7);
    selectProfile(QStringLiteral("Echo"));
    QCOMPARE(copies->value(), 1);
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QTRY_COMPARE_WITH_TIMEOUT(stateAt(row), jobStateLabel(JobState::Started), 10000);
}

void TestMainWindow::filterFindsServerWordsAndSaysWhatItHides()
{
    makeWindow({test::simProfile(m_simulator, QStringLiteral("fault-async"), QStringLiteral("Faulting")),
                test::simProfile(m_simulator, QStringLiteral("echo-async"), QStringLiteral("Echo"))});
    auto *table = child<QTableView>("jobTable");
    auto *empty = child<QLabel>("emptyTableLabel");
    auto *shown = child<QLabel>("shownCountLabel");
    // An empty table says how to fill it.
    QVERIFY(empty->isVisible());
    QVERIFY2(empty->text().startsWith(QLatin1String("No jobs yet.")), qPrintable(empty->text()));
    QVERIFY(!shown->isVisible());

    launchAndWait(QStringLiteral("Faulting"), JobState::Faulted);
    launchAndWait(QStringLiteral("Echo"), JobState::Successful);
    QVERIFY(!empty->isVisible());
    auto *filter = child<QLineEdit>("filterLineEdit");
    // The server's error code and words of its message, which no column shows whole.
    for (const QString &text : {QStringLiteral("2107"), QStringLiteral("input workbook")}) {
        filter->setText(text);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, JobTableModel::ProfileColumn).data().toString(), QStringLiteral("Faulting"));
        QVERIFY(shown->isVisible());
        QCOMPARE(shown->text(), QStringLiteral("1 of 2 jobs shown"));
    }
    filter->setText(QStringLiteral("no such words"));
    QCOMPARE(table->model()->rowCount(), 0);
    QCOMPARE(shown->text(), QStringLiteral("0 of 2 jobs shown"));
    QVERIFY(empty->isVisible());
    QVERIFY2(empty->text().startsWith(QLatin1String("No job matches the filter.")), qPrintable(empty->text()));
    filter->clear();
    QCOMPARE(table->model()->rowCount(), 2);
    QVERIFY(!empty->isVisible());
    QVERIFY(!shown->isVisible());
    // The state filter counts the same way.
    auto *states = child<QComboBox>("stateFilterComboBox");
    states->setCurrentIndex(states->findData(int(JobState::Faulted)));
    QCOMPARE(shown->text(), QStringLiteral("1 of 2 jobs shown"));
}

void TestMainWindow::tabOrderFollowsTheWork()
{
    makeWindow({test::simProfile(m_simulator, QStringLiteral("echo-async"), QStringLiteral("Echo"))});
    launchAndWait(QStringLiteral("Echo"), JobState::Successful);
    launchAndWait(QStringLiteral("Echo"), JobState::Successful);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    child<QListView>("profileList")->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), child<QWidget>("profileList"));
    QStringList order;
    for (int i = 0; i < 9; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        order << QApplication::focusWidget()->objectName();
    }
    // The Delete preset button is disabled (no preset chosen), so Tab passes it.
    QCOMPARE(order, (QStringList{QStringLiteral("presetComboBox"), QStringLiteral("savePresetToolButton"),
                                 QStringLiteral("customerEditor"), QStringLiteral("countEditor"),
                                 QStringLiteral("copiesSpinBox"), QStringLiteral("launchButton"),
                                 QStringLiteral("stateFilterComboBox"), QStringLiteral("filterLineEdit"),
                                 QStringLiteral("jobTable")}));
    // The table is one stop: the next Tab leaves it rather than walking its cells.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget() != child<QWidget>("jobTable"));

    // Around the whole window and back: every stop is a widget a person can see (issue 22, item 8;
    // the arguments' scroll area was one, wholly covered by its fields).
    child<QTableView>("jobTable")->selectRow(0);
    child<QListView>("profileList")->setFocus();
    QStringList hidden;
    for (int i = 0; i < 80; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        if (!focus->isVisible() || focus->visibleRegion().isEmpty())
            hidden << QStringLiteral("%1 \"%2\"")
                          .arg(QLatin1String(focus->metaObject()->className()), focus->objectName());
        if (focus == child<QWidget>("profileList"))
            break;
    }
    QCOMPARE(QApplication::focusWidget(), child<QWidget>("profileList"));
    QVERIFY2(hidden.isEmpty(), qPrintable(hidden.join(QStringLiteral(", "))));

    // Launch looks different with the focus than without (as a default button it looked focused
    // all the time, so its focus could not be seen).
    auto *launch = child<QPushButton>("launchButton");
    const QImage unfocused = launch->grab().toImage();
    launch->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(launch->hasFocus());
    QVERIFY(launch->grab().toImage() != unfocused);
}

void TestMainWindow::menuAcceleratorsAreUniqueInEveryLanguage()
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ja"), QStringLiteral("zh_CN")}) {
        QTranslator translator;
        if (language != QLatin1String("en"))
            QVERIFY(translator.load(QStringLiteral(":/i18n/triggerdesk_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&translator);
        const auto restore = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
        makeWindow({});
        QList<QList<QAction *>> groups{m_window->menuBar()->actions()};
        const QList<QMenu *> menus = m_window->menuBar()->findChildren<QMenu *>();
        for (QMenu *menu : menus)
            groups << menu->actions();
        for (const QList<QAction *> &actions : std::as_const(groups)) {
            QHash<QChar, QString> taken;
            for (const QAction *action : actions) {
                const QString text = action->text();
                const int amp = text.indexOf(QRegularExpression(QStringLiteral("&[^&]")));
                if (action->isSeparator() || amp < 0)
                    continue;
                const QChar key = text.at(amp + 1).toLower();
                QVERIFY2(!taken.contains(key), qPrintable(QStringLiteral("%1: \"%2\" and \"%3\" both use %4")
                                                              .arg(language, taken.value(key), text, key)));
                taken.insert(key, text);
            }
        }
    }
}

void TestMainWindow::accessibilitySelectsLaunchesAndReads()
{
    QAccessible::setActive(true);
    const auto inactive = qScopeGuard([] { QAccessible::setActive(false); });
    makeWindow({test::simProfile(m_simulator, QStringLiteral("echo-async"), QStringLiteral("Echo")),
                test::simProfile(m_simulator, QStringLiteral("fault-async"), QStringLiteral("Faulting"))});
    // Named widgets, as a screen reader announces them.
    const auto nameOf = [this](const char *objectName) {
        return QAccessible::queryAccessibleInterface(child<QWidget>(objectName))->text(QAccessible::Name);
    };
    QCOMPARE(nameOf("profileList"), QStringLiteral("Trigger profiles"));
    QCOMPARE(nameOf("jobTable"), QStringLiteral("Jobs"));
    QCOMPARE(nameOf("filterLineEdit"), QStringLiteral("Filter jobs"));
    QCOMPARE(nameOf("hopTree"), QStringLiteral("HTTP hops"));
    QCOMPARE(nameOf("copiesSpinBox"), QStringLiteral("Copies:"));

    // Selecting through the accessibility interface (AT-SPI's Selection) chooses the profile.
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(child<QListView>("profileList"));
    QVERIFY(list && list->tableInterface());
    list->tableInterface()->selectRow(m_window->profileModel()->indexOf(QStringLiteral("Faulting")));
    QTRY_VERIFY(child<QLabel>("profileTitleLabel")->text().contains(QLatin1String("Faulting")));
    // The argument editors are named after their arguments, and a problem is in the description.
    QWidget *customer = child<ArgumentForm>("argumentForm")->editorFor(QStringLiteral("customer"));
    QAccessibleInterface *customerInterface = QAccessible::queryAccessibleInterface(customer);
    QCOMPARE(customerInterface->text(QAccessible::Name), QStringLiteral("customer"));
    qobject_cast<QLineEdit *>(customer)->clear();
    QVERIFY2(customerInterface->text(QAccessible::Description).contains(QLatin1String("required")),
             qPrintable(customerInterface->text(QAccessible::Description)));
    qobject_cast<QLineEdit *>(customer)->setText(QStringLiteral("ACME"));

    // Launch by its accessible action, and read the outcome from the table's cells.
    QAccessibleInterface *launch = QAccessible::queryAccessibleInterface(child<QPushButton>("launchButton"));
    launch->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    QAccessibleInterface *table = QAccessible::queryAccessibleInterface(child<QTableView>("jobTable"));
    QTRY_COMPARE(table->tableInterface()->rowCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(table->tableInterface()->cellAt(0, JobTableModel::StateColumn)->text(QAccessible::Name),
                              jobStateLabel(JobState::Faulted), 10000);
    const QString summary = table->tableInterface()->cellAt(0, JobTableModel::SummaryColumn)->text(QAccessible::Name);
    QVERIFY2(summary.startsWith(QLatin1String("Invoice file not found")), qPrintable(summary));

    // A second job; selecting the first row through the interface shows that job's details.
    list->tableInterface()->selectRow(m_window->profileModel()->indexOf(QStringLiteral("Echo")));
    QTRY_VERIFY(child<QLabel>("profileTitleLabel")->text().contains(QLatin1String("Echo")));
    launch->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    QTRY_COMPARE(table->tableInterface()->rowCount(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(stateAt(0), jobStateLabel(JobState::Successful), 10000);
    child<QTableView>("jobTable")->clearSelection();
    table->tableInterface()->selectRow(1);
    QTRY_VERIFY(child<QLabel>("serverMessageLabel")->isVisible());
    QVERIFY(child<QLabel>("serverMessageLabel")->text().contains(QLatin1String("2107")));
}

void TestMainWindow::everyControlHasAnAccessibleName()
{
    QAccessible::setActive(true);
    const auto inactive = qScopeGuard([] { QAccessible::setActive(false); });
    makeWindow({test::simProfile(m_simulator, QStringLiteral("fault-async"), QStringLiteral("Faulting"))});
    // A narrow window: toolbars fold their actions into an overflow button.
    m_window->resize(640, 600);
    launchAndWait(QStringLiteral("Faulting"), JobState::Faulted);
    child<QTableView>("jobTable")->selectRow(0);
    QTRY_VERIFY(child<QLabel>("serverMessageLabel")->isVisible());
    const QStringList unnamed = test::unnamedControls(m_window.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("; "))));
}

void TestMainWindow::everyDialogControlHasAnAccessibleName()
{
    QAccessible::setActive(true);
    const auto inactive = qScopeGuard([] { QAccessible::setActive(false); });
    makeWindow({test::simProfile(m_simulator, QStringLiteral("echo-async"), QStringLiteral("Echo"))});
    // The dialogs as a person meets them (issue 22, item 8): the profile editor, the credentials,
    // Check in Orchestrator.
    const auto shownDialog = [this](const char *className) -> QDialog * {
        const QList<QDialog *> dialogs = m_window->findChildren<QDialog *>();
        for (QDialog *dialog : dialogs)
            if (dialog->isVisible() && dialog->inherits(className))
                return dialog;
        return nullptr;
    };
    const auto check = [&](const char *className) {
        QDialog *dialog = nullptr;
        QTRY_VERIFY2((dialog = shownDialog(className)) != nullptr, className);
        const QStringList unnamed = test::unnamedControls(dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(className),
                                                                            unnamed.join(QStringLiteral("; ")))));
        dialog->reject();
        QTRY_VERIFY(!shownDialog(className));
    };
    selectProfile(QStringLiteral("Echo"));
    child<QAction>("editProfileAction")->trigger();
    check("td::ProfileEditor");
    if (QTest::currentTestFailed())
        return;
    child<QAction>("credentialsAction")->trigger();
    check("td::CredentialEditor");
    if (QTest::currentTestFailed())
        return;
    m_simulator.queueFault(sim::FaultTarget::Invoke, sim::Fault::badGatewayAfterCreate());
    launchAndWait(QStringLiteral("Echo"), JobState::Unknown);
    child<QAction>("checkInOrchestratorAction")->trigger();
    check("td::JobLookupDialog");
    if (QTest::currentTestFailed())
        return;
    child<QAction>("healthAction")->trigger();
    check("td::HealthDialog");
}

void TestMainWindow::healthOpensFromTheKeyboardWithTheProfilesJobs()
{
    makeWindow(
        {test::simProfile(m_simulator, QStringLiteral("echo-async"), QStringLiteral("Echo")),
         test::simProfile(m_simulator, QStringLiteral("echo-long"), QStringLiteral("Long"), CallMode::LongPolling)});
    launchAndWait(QStringLiteral("Echo"), JobState::Successful);
    launchAndWait(QStringLiteral("Long"), JobState::Successful);
    selectProfile(QStringLiteral("Echo"));
    QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier);
    HealthDialog *health = nullptr;
    QTRY_VERIFY((health = m_window->findChild<HealthDialog *>()) != nullptr && health->isVisible());
    QCOMPARE(health->windowTitle(), QStringLiteral("Health of Echo"));
    QCOMPARE(health->shownJobs().size(), 1); // Echo's job, not Long's
    // A job that ends while it is open is drawn too.
    launchAndWait(QStringLiteral("Echo"), JobState::Successful);
    QTRY_COMPARE(health->shownJobs().size(), 2);
    QVERIFY(health->findChild<QLabel *>(QStringLiteral("healthSummaryLabel"))
                ->text()
                .contains(QLatin1String("2 jobs ended")));
    QTest::keyClick(health, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<HealthDialog *>()); // closed, and gone
}

void TestMainWindow::probesRunOnTheirScheduleAndSayWhatTheyMissed()
{
    TriggerProfile probe = test::simProfile(m_simulator, QStringLiteral("echo-async"), QStringLiteral("Probe"));
    probe.probeEveryMinutes = 15;
    probe.probeConfirmed = true;
    TriggerProfile unconfirmed = test::simProfile(m_simulator, QStringLiteral("echo-async"), QStringLiteral("Unsure"));
    unconfirmed.probeEveryMinutes = 15; // never confirmed: never run
    makeWindow({probe, unconfirmed});
    ProbeScheduler *probes = m_window->probeScheduler();
    QDateTime now = QDateTime::currentDateTimeUtc();
    probes->setClock([&now] { return now; });
    JobTableModel *model = m_window->jobController()->model();
    const auto probeJobs = [model](const QString &profile) {
        int count = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            count += model->recordAt(row).profile.name == profile && model->recordAt(row).probe ? 1 : 0;
        return count;
    };

    // Scheduled one interval from now, and said under the profile's title.
    QCOMPARE(probes->nextProbe(QStringLiteral("Probe")), now.addSecs(15 * 60));
    selectProfile(QStringLiteral("Probe"));
    QVERIFY2(child<QLabel>("profileTitleLabel")->text().contains(QLatin1String("Probe every 15 minutes; the next at")),
             qPrintable(child<QLabel>("profileTitleLabel")->text()));
    QCOMPARE(model->rowCount(), 0);

    // Its time: a probe runs with the defaults, marked as one in the table.
    now = now.addSecs(15 * 60);
    probes->check();
    QCOMPARE(probeJobs(QStringLiteral("Probe")), 1);
    QCOMPARE(model->index(0, JobTableModel::ProfileColumn).data().toString(), QStringLiteral("Probe: Probe"));
    QCOMPARE(model->recordAt(0).arguments.value(QStringLiteral("customer")).toString(), QStringLiteral("ACME"));
    // The next turn comes while it still runs: skipped, and said.
    now = now.addSecs(15 * 60);
    probes->check();
    QCOMPARE(probeJobs(QStringLiteral("Probe")), 1);
    QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("skipped")));
    QTRY_COMPARE_WITH_TIMEOUT(stateAt(0), jobStateLabel(JobState::Successful), 10000);
    // Whether it works now, under the profile's title: how the last probe went.
    QTRY_VERIFY2(child<QLabel>("profileTitleLabel")->text().contains(QLatin1String("Last probe")) &&
                     child<QLabel>("profileTitleLabel")->text().contains(QLatin1String(": Successful")),
                 qPrintable(child<QLabel>("profileTitleLabel")->text()));

    // The computer slept 75 minutes: the four turns that passed are said, one probe runs now.
    now = now.addSecs(75 * 60);
    probes->check();
    QCOMPARE(probeJobs(QStringLiteral("Probe")), 2);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("4 probes of Probe did not run")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QTRY_COMPARE_WITH_TIMEOUT(stateAt(0), jobStateLabel(JobState::Successful), 10000);

    // Paused from the Profile menu: nothing runs, the title says so; resumed: one interval on.
    auto *pause = child<QAction>("pauseProbesAction");
    QVERIFY(pause->isEnabled());
    pause->trigger();
    QVERIFY(probes->isPaused(QStringLiteral("Probe")));
    QVERIFY(child<QLabel>("profileTitleLabel")->text().contains(QLatin1String("paused")));
    now = now.addSecs(60 * 60);
    probes->check();
    QCOMPARE(probeJobs(QStringLiteral("Probe")), 2);
    pause->trigger();
    QCOMPARE(probes->nextProbe(QStringLiteral("Probe")), now.addSecs(15 * 60));
    QCOMPARE(probeJobs(QStringLiteral("Unsure")), 0);
    selectProfile(QStringLiteral("Unsure"));
    QVERIFY(!pause->isEnabled());

    // The history keeps them as probes.
    const QString id = model->idAt(0);
    m_window.reset();
    QCOMPARE(test::storedJson(jobsDirectory(), id).value(QStringLiteral("probe")).toBool(), true);
}

void TestMainWindow::probesAtSetTimesOfDay()
{
    TriggerProfile twice = test::simProfile(m_simulator, QStringLiteral("echo-async"), QStringLiteral("Twice"));
    twice.probeTimes = {QTime(8, 0), QTime(13, 30)};
    twice.probeConfirmed = true;
    makeWindow({twice});
    ProbeScheduler *probes = m_window->probeScheduler();
    // A morning, local time: the first at eight, said under the title.
    QDateTime now = QDateTime(QDate(2026, 12, 7), QTime(7, 50)).toUTC();
    probes->setClock([&now] { return now; });
    const QDateTime eight = QDateTime(QDate(2026, 12, 7), QTime(8, 0)).toUTC();
    QCOMPARE(probes->nextProbe(QStringLiteral("Twice")), eight);
    selectProfile(QStringLiteral("Twice"));
    const QString title = child<QLabel>("profileTitleLabel")->text();
    QVERIFY2(title.contains(QLatin1String("Probe at 8:00")) && title.contains(QLatin1String("1:30")) &&
                 title.contains(QLatin1String("the next at 8:00")),
             qPrintable(title));
    JobTableModel *model = m_window->jobController()->model();
    // Eight o'clock: a probe; the next at half past one.
    now = eight;
    probes->check();
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(model->recordAt(0).probe);
    QCOMPARE(probes->nextProbe(QStringLiteral("Twice")), QDateTime(QDate(2026, 12, 7), QTime(13, 30)).toUTC());
    QTRY_COMPARE_WITH_TIMEOUT(stateAt(0), jobStateLabel(JobState::Successful), 10000);
    // Asleep from before half past one until two the next afternoon: the turn that was due
    // (13:30) runs now, the two that came after it (08:00 and 13:30 the next day) are said.
    now = QDateTime(QDate(2026, 12, 8), QTime(14, 0)).toUTC();
    probes->check();
    QCOMPARE(model->rowCount(), 2);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("2 probes of Twice did not run")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(probes->nextProbe(QStringLiteral("Twice")), QDateTime(QDate(2026, 12, 9), QTime(8, 0)).toUTC());
}

void TestMainWindow::probeThatCannotRunSaysWhy()
{
    // A profile edited by hand into one that cannot be launched, its probe schedule on.
    TriggerProfile broken = test::simProfile(m_simulator, QStringLiteral("echo-async"), QStringLiteral("Broken"));
    broken.invokeUrl = QUrl(QStringLiteral("ftp://files.example.com/invoices"));
    broken.probeEveryMinutes = 10;
    broken.probeConfirmed = true;
    makeWindow({broken});
    ProbeScheduler *probes = m_window->probeScheduler();
    QDateTime now = QDateTime::currentDateTimeUtc();
    probes->setClock([&now] { return now; });
    now = now.addSecs(10 * 60);
    probes->check();
    // No job, and the status bar says why, in the editor's words.
    QCOMPARE(m_window->jobController()->model()->rowCount(), 0);
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(
                 QLatin1String("The probe of Broken did not run: The trigger URL must start with https://")),
             qPrintable(m_window->statusBar()->currentMessage()));
}

void TestMainWindow::pausedProbesStayPausedAcrossSessions()
{
    TriggerProfile probe = test::simProfile(m_simulator, QStringLiteral("echo-async"), QStringLiteral("Probe"));
    probe.probeEveryMinutes = 15;
    probe.probeConfirmed = true;
    makeWindow({probe});
    selectProfile(QStringLiteral("Probe"));
    auto *pause = child<QAction>("pauseProbesAction");
    QTRY_VERIFY(pause->isEnabled());
    pause->trigger();
    QVERIFY(m_window->probeScheduler()->isPaused(QStringLiteral("Probe")));
    // The next session: still paused, and the menu says so.
    reopenWindow();
    QVERIFY(m_window->probeScheduler()->isPaused(QStringLiteral("Probe")));
    QVERIFY(!m_window->probeScheduler()->nextProbe(QStringLiteral("Probe")).isValid());
    selectProfile(QStringLiteral("Probe"));
    QTRY_VERIFY(child<QAction>("pauseProbesAction")->isChecked());
    // Resumed: resumed for the sessions after too.
    child<QAction>("pauseProbesAction")->trigger();
    reopenWindow();
    QVERIFY(!m_window->probeScheduler()->isPaused(QStringLiteral("Probe")));
    QVERIFY(m_window->probeScheduler()->nextProbe(QStringLiteral("Probe")).isValid());
}

void TestMainWindow::heldRequestShowsInTheHops()
{
    makeWindow({test::simProfile(m_simulator, QStringLiteral("slow-long"), QStringLiteral("Month end"),
                                 CallMode::LongPolling)});
    selectProfile(QStringLiteral("Month end"));
    QTest::mouseClick(child<QPushButton>("launchButton"), Qt::LeftButton);
    auto *hops = child<QTreeWidget>("hopTree");
    // While the long poll is held, the request waiting is the last line of the hops.
    QTRY_VERIFY_WITH_TIMEOUT(hops->topLevelItemCount() >= 2 &&
                                 hops->topLevelItem(hops->topLevelItemCount() - 1)->text(4) ==
                                     QStringLiteral("waiting…"),
                             10000);
    QTreeWidgetItem *waiting = hops->topLevelItem(hops->topLevelItemCount() - 1);
    QCOMPARE(waiting->text(2), QStringLiteral("GET"));
    QVERIFY(waiting->text(3).contains(QLatin1String("/status")) || waiting->text(3).contains(QLatin1String("Jobs")));
    // Its time counts up.
    const QString before = waiting->text(5);
    QTRY_VERIFY_WITH_TIMEOUT(hops->topLevelItem(hops->topLevelItemCount() - 1)->text(5) != before, 3000);
    // Stopped: nothing waits any more.
    child<QAction>("stopWatchingAction")->trigger();
    QTRY_COMPARE(stateAt(0), jobStateLabel(JobState::Cancelled));
    for (int i = 0; i < hops->topLevelItemCount(); ++i)
        QVERIFY(hops->topLevelItem(i)->text(4) != QStringLiteral("waiting…"));
}

void TestMainWindow::titleNamesTheProfileAndHelpListsShortcuts()
{
    makeWindow({test::simProfile(m_simulator, QStringLiteral("echo-async"), QStringLiteral("Echo")),
                test::simProfile(m_simulator, QStringLiteral("fault-async"), QStringLiteral("Faulting"))});
    selectProfile(QStringLiteral("Faulting"));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Faulting"));
    selectProfile(QStringLiteral("Echo"));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Echo"));

    MessageBox::setNextAnswer(QMessageBox::Ok);
    child<QAction>("shortcutsAction")->trigger();
    for (const char *expected : {"Launch", "Ctrl+Return", "Find a job", "Ctrl+F", "Stop watching", "F1"})
        QVERIFY2(MessageBox::lastText().contains(QLatin1String(expected)), expected);
    QVERIFY(child<QAction>("aboutQtAction"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    child<QAction>("aboutAction")->trigger();
    QVERIFY(MessageBox::lastText().contains(QLatin1String(QT_VERSION_STR)));

    // File > Language: kept for the next start, and said so.
    const QList<QAction *> languages = child<QMenu>("languageMenu")->actions();
    QCOMPARE(languages.size(), 4); // the system's, English, Chinese, Japanese
    QVERIFY(languages.constFirst()->isChecked());
    languages.constLast()->trigger();
    QCOMPARE(GuiSettings(windowOptions().settingsPath).value(GuiSettings::Key::Language).toString(),
             QStringLiteral("ja"));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("next time")));
    reopenWindow();
    QVERIFY(child<QMenu>("languageMenu")->actions().constLast()->isChecked());
}

void TestMainWindow::qtsOwnWordsAreTranslated()
{
    const auto translators = [] { return qApp->findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly); };
    const auto reinstall = [&translators](const QString &language) {
        for (QTranslator *translator : translators()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        installTranslators(language);
    };
    const auto english = qScopeGuard([&reinstall] { reinstall(QString()); });
    // The language chosen in the settings, with Qt's own words (dialog buttons) in it too.
    reinstall(QStringLiteral("ja"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("キャンセル"));
    QCOMPARE(jobStateLabel(JobState::Cancelled), QStringLiteral("監視停止"));
    reinstall(QStringLiteral("zh_CN"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
