// The demo default: the real triggerdesk-sim started as a process, its banner read without
// blocking, demo profiles that work, the simulator stopped with the window.

#include "demosimulator.h"
#include "dialogs.h"
#include "historyreader.h"
#include "jobtablemodel.h"
#include "mainwindow.h"
#include "profilelistmodel.h"
#include "profilestore.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace td;

namespace {

QString simulatorProgram()
{
    return QDir(qEnvironmentVariable("TRIGGERDESK_BIN_DIR")).filePath(QStringLiteral("triggerdesk-sim"));
}

// The pids of the processes whose parent is parent and whose name is name (Linux's /proc).
QList<qint64> childProcesses(qint64 parent, const QString &name)
{
    QList<qint64> found;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        QFile status(QStringLiteral("/proc/%1/status").arg(entry));
        if (!status.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(status.readAll());
        if (text.contains(QStringLiteral("\nPPid:\t%1\n").arg(parent)) &&
            text.startsWith(QStringLiteral("Name:\t%1\n").arg(name.left(15))))
            found << entry.toLongLong();
    }
    return found;
}

// Starts the window as a person would, with a home of its own (no profiles: the demo).
void startWindow(QProcess *window, const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const char *variable : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        environment.insert(QString::fromLatin1(variable), home);
    window->setProcessEnvironment(environment);
    window->start(QDir(qEnvironmentVariable("TRIGGERDESK_BIN_DIR")).filePath(QStringLiteral("triggerdesk")),
                  {QStringLiteral("--demo")});
}

bool processExists(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    // A zombie is gone for our purpose: it no longer listens.
    return status.open(QIODevice::ReadOnly) && !status.readAll().contains("State:\tZ");
}

} // namespace

class TestDemoSimulator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startsAndStops();
    void missingProgramIsReported();
    void windowLoadsDemoProfilesAndLaunches();
    void killedWindowTakesTheSimulatorWithIt_data();
    void killedWindowTakesTheSimulatorWithIt();
    void secondStartShowsTheFirstWindow();
};

void TestDemoSimulator::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("TRIGGERDESK_BIN_DIR"))
        QSKIP("TRIGGERDESK_BIN_DIR is not set (run through ctest)");
}

void TestDemoSimulator::startsAndStops()
{
    DemoSimulator demo(simulatorProgram());
    QSignalSpy ready(&demo, &DemoSimulator::ready);
    QSignalSpy failed(&demo, &DemoSimulator::failed);
    demo.start();
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 10000);
    QCOMPARE(failed.count(), 0);
    const QUrl base = ready.at(0).at(0).toUrl();
    QCOMPARE(base.host(), QStringLiteral("127.0.0.1"));
    const auto profiles = ready.at(0).at(1).value<QList<TriggerProfile>>();
    QCOMPARE(profiles.size(), 6); // both outcomes and every mode, one GET
    for (const TriggerProfile &p : profiles) {
        QVERIFY2(p.validate().isEmpty(), qPrintable(p.name));
        QCOMPARE(p.invokeUrl.port(), base.port());
    }
    QVERIFY(demo.isRunning());
    demo.stop();
    QVERIFY(!demo.isRunning());
    QCOMPARE(failed.count(), 0);
}

void TestDemoSimulator::missingProgramIsReported()
{
    DemoSimulator demo(QStringLiteral("/nonexistent/triggerdesk-sim"));
    QSignalSpy failed(&demo, &DemoSimulator::failed);
    demo.start();
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(QLatin1String("/nonexistent/triggerdesk-sim")));
}

void TestDemoSimulator::windowLoadsDemoProfilesAndLaunches()
{
    QTemporaryDir dir;
    MainWindowOptions options;
    options.profilesPath = dir.filePath(QStringLiteral("profiles.json"));
    options.settingsPath = dir.filePath(QStringLiteral("settings.ini"));
    options.jobsDirectory = dir.filePath(QStringLiteral("jobs"));
    options.simulatorProgram = simulatorProgram(); // no saved profiles: the demo starts by itself
    MainWindow window(options);
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(window.profileModel()->rowCount(), 6, 10000);
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("simulatorLabel"))->text().contains(QLatin1String("127.0.0.1")));

    window.selectProfile(window.profileModel()->indexOf(QStringLiteral("Invoices (async polling)")));
    auto *launch = window.findChild<QPushButton *>(QStringLiteral("launchButton"));
    QVERIFY(launch->isEnabled());
    QTest::mouseClick(launch, Qt::LeftButton);
    const QAbstractItemModel *jobs = window.findChild<QTableView *>(QStringLiteral("jobTable"))->model();
    QTRY_COMPARE_WITH_TIMEOUT(jobs->index(0, JobTableModel::StateColumn).data().toString(),
                              jobStateLabel(JobState::Successful), 15000);

    // Demo profiles point at this session's port: they are never saved, and say so.
    QVERIFY(!QFile::exists(options.profilesPath));
    const QString title = window.findChild<QLabel *>(QStringLiteral("profileTitleLabel"))->text();
    QVERIFY2(title.contains(QLatin1String("Demo profile: not saved")) &&
                 title.contains(QLatin1String("Profile &gt; Duplicate profile keeps a copy")),
             qPrintable(title));
    // Kept by duplicating: the copy is saved, and the status bar says it still calls the demo.
    window.findChild<QAction *>(QStringLiteral("duplicateProfileAction"))->trigger();
    QTRY_VERIFY(QFile::exists(options.profilesPath));
    QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("still calls the demo simulator")),
             qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("profileTitleLabel"))->text().contains(QLatin1String("Demo")));
    QCOMPARE(window.profileModel()->rowCount(), 7);

    // A demo job still running cannot be resumed by the next session (its simulator stops with the
    // window): closing says so, and the job ends instead of coming back.
    window.selectProfile(window.profileModel()->indexOf(QStringLiteral("Month-end report (slow long poll)")));
    QTest::mouseClick(launch, Qt::LeftButton);
    QTRY_COMPARE(jobs->index(0, JobTableModel::StateColumn).data().toString(),
                 jobStateLabel(JobState::Triggering)); // a long poll holds its trigger call
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(window.close());
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("demo job")), qPrintable(MessageBox::lastText()));
    QVERIFY(!window.demoSimulator()->isRunning());
    QCOMPARE(test::storedRecords(options.jobsDirectory).size(), 2);
    QVERIFY(test::storedUnfinished(options.jobsDirectory).isEmpty());
}

void TestDemoSimulator::killedWindowTakesTheSimulatorWithIt_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM (logout, kill)") << int(SIGTERM);
    QTest::newRow("SIGKILL (no goodbye)") << int(SIGKILL);
}

void TestDemoSimulator::killedWindowTakesTheSimulatorWithIt()
{
#ifndef Q_OS_LINUX
    QSKIP("reads /proc");
#else
    QFETCH(int, signal);
    QTemporaryDir home;
    QProcess window;
    startWindow(&window, home.path());
    QVERIFY(window.waitForStarted());
    QList<qint64> simulators;
    QTRY_VERIFY_WITH_TIMEOUT(
        !(simulators = childProcesses(window.processId(), QStringLiteral("triggerdesk-sim"))).isEmpty(), 10000);
    QCOMPARE(simulators.size(), 1);
    ::kill(pid_t(window.processId()), signal);
    QVERIFY(window.waitForFinished(10000));
    if (signal == SIGTERM) // closed as by the window's own Quit, without a question
        QCOMPARE(window.exitStatus(), QProcess::NormalExit);
    QTRY_VERIFY_WITH_TIMEOUT(!processExists(simulators.constFirst()), 10000);
#endif
}

void TestDemoSimulator::secondStartShowsTheFirstWindow()
{
#ifndef Q_OS_LINUX
    QSKIP("reads /proc");
#else
    QTemporaryDir home;
    QProcess first;
    startWindow(&first, home.path());
    QVERIFY(first.waitForStarted());
    // Its demo simulator runs: the window is up, and listening.
    QTRY_VERIFY_WITH_TIMEOUT(!childProcesses(first.processId(), QStringLiteral("triggerdesk-sim")).isEmpty(), 10000);

    QProcess second;
    startWindow(&second, home.path());
    QVERIFY(second.waitForFinished(10000));
    QCOMPARE(second.exitCode(), 0);
    QVERIFY2(second.readAllStandardOutput().contains("already running"), "the second start said nothing");
    QCOMPARE(first.state(), QProcess::Running);
    // Another home is another user's window: it opens.
    QTemporaryDir otherHome;
    QProcess other;
    startWindow(&other, otherHome.path());
    QVERIFY(!other.waitForFinished(3000));
    for (QProcess *window : {&first, &other}) {
        window->terminate();
        QVERIFY(window->waitForFinished(10000));
    }
#endif
}

QTEST_MAIN(TestDemoSimulator)
#include "tst_demosimulator.moc"
