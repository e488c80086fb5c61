// Notifications on a desktop without a system tray: through the desktop's notification service
// (freedesktop.org, over a private D-Bus session) to a real daemon, dunst, driven with dunstctl as
// a person clicks a notification.

#include "desktopnotifications.h"
#include "guitestutil.h"
#include "jobtablemodel.h"
#include "mainwindow.h"
#include "probescheduler.h"
#include "profilestore.h"
#include "translators.h"

#include <QAction>
#include <QDir>
#include <QProcess>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

class TestNotifications : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void endedJobIsNotifiedAndItsActionShowsIt();
    void failedProbeIsNotifiedWhileTheWindowIsInFront();

private:
    // The profiles saved in directory, and a window's options over them (and its own settings and
    // history there, never the person's keychain).
    static bool saveProfiles(const QString &directory, const QList<TriggerProfile> &profiles,
                             MainWindowOptions *options)
    {
        ProfileStore store(QDir(directory).filePath(QStringLiteral("profiles.json")));
        store.setProfiles(profiles);
        options->profilesPath = store.path();
        options->settingsPath = QDir(directory).filePath(QStringLiteral("settings.ini"));
        options->jobsDirectory = QDir(directory).filePath(QStringLiteral("jobs"));
        options->demoWhenEmpty = false;
        options->keychainProbe = [](QObject *, SecretStoreFactory::ProbeCallback done) {
            done(false, QStringLiteral("test"));
        };
        return store.save();
    }
    // dunstctl's answer (trimmed), as a person's click or a look at the screen.
    static QString dunstctl(const QStringList &arguments);
    // The notifications dunst keeps after they closed, as dbus-send prints them (dunstctl's own
    // "history" needs systemd's busctl, which a minimal system lacks).
    static QString dunstHistory();

    sim::OrchestratorSimulator m_simulator;
};

QString TestNotifications::dunstctl(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("dunstctl"), arguments);
    if (!process.waitForFinished(10000))
        return QStringLiteral("(dunstctl did not answer)");
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

QString TestNotifications::dunstHistory()
{
    QProcess process;
    process.start(QStringLiteral("dbus-send"), {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                                                QStringLiteral("--dest=org.freedesktop.Notifications"),
                                                QStringLiteral("/org/freedesktop/Notifications"),
                                                QStringLiteral("org.dunstproject.cmd0.NotificationListHistory")});
    if (!process.waitForFinished(10000))
        return QStringLiteral("(dbus-send did not answer)");
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

void TestNotifications::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session: run through run-with-notifications.sh");
    QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable()); // as on GNOME: the tray is not the way
    QVERIFY2(DesktopNotifications::isAvailable(), "no notification service on the session bus (dunst)");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    installTranslators();
    QVERIFY(test::startSimulator(&m_simulator));
}

void TestNotifications::endedJobIsNotifiedAndItsActionShowsIt()
{
    QTemporaryDir dir;
    MainWindowOptions options;
    QVERIFY(saveProfiles(
        dir.path(),
        {test::simProfile(m_simulator, QStringLiteral("echo-fire"), QStringLiteral("Fire"), CallMode::FireAndForget)},
        &options));
    MainWindow window(options);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The operator is in another window when the job ends.
    QWidget elsewhere;
    elsewhere.show();
    elsewhere.activateWindow();
    QTRY_VERIFY(!window.isActiveWindow());

    window.selectProfile(0);
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("launchButton")), Qt::LeftButton);
    JobTableModel *model = window.jobController()->model();
    QTRY_COMPARE(model->finishedCount(), 1);
    QCOMPARE(model->recordAt(0).state, JobState::Started);
    // One notification on the desktop.
    QTRY_COMPARE_WITH_TIMEOUT(dunstctl({QStringLiteral("count"), QStringLiteral("displayed")}), QStringLiteral("1"),
                              10000);
    // Another job is current when the person clicks it...
    auto *table = window.findChild<QTableView *>(QStringLiteral("jobTable"));
    table->clearSelection();
    table->setCurrentIndex(QModelIndex());
    QVERIFY(dunstctl({QStringLiteral("action"), QStringLiteral("0")}).isEmpty());
    // ...and the click shows the job it is about, in the window brought forward.
    const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(table->model());
    QTRY_COMPARE(proxy->mapToSource(table->currentIndex()).row(), model->rowOf(model->recordAt(0).id));
    QTRY_VERIFY(window.isActiveWindow());
    // What it said: the profile and the state, as the table does (dunst keeps closed ones).
    dunstctl({QStringLiteral("close-all")});
    QString history;
    QTRY_VERIFY2((history = dunstHistory()).contains(QLatin1String("Fire: Started")),
                 qPrintable(history.simplified().left(3000)));
}

void TestNotifications::failedProbeIsNotifiedWhileTheWindowIsInFront()
{
    // A probe of a trigger that is gone (404: Failed), and the same trigger launched by hand.
    TriggerProfile gone = test::simProfile(m_simulator, QStringLiteral("no-such-trigger"), QStringLiteral("Gone"));
    gone.probeEveryMinutes = 5;
    gone.probeConfirmed = true;
    QTemporaryDir dir;
    MainWindowOptions options;
    QVERIFY(saveProfiles(dir.path(), {gone}, &options));
    dunstctl({QStringLiteral("close-all")});
    MainWindow window(options);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.isActiveWindow());
    JobTableModel *model = window.jobController()->model();

    // In front, a job a person launched fails: the table says so, no notification.
    window.selectProfile(0);
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("launchButton")), Qt::LeftButton);
    QTRY_COMPARE(model->finishedCount(), 1);
    QCOMPARE(model->recordAt(0).state, JobState::Failed);
    // Its probe fails the same way: notified, the window in front or not.
    QDateTime now = QDateTime::currentDateTimeUtc();
    window.probeScheduler()->setClock([&now] { return now; });
    now = now.addSecs(5 * 60);
    window.probeScheduler()->check();
    QTRY_COMPARE(model->finishedCount(), 2);
    QVERIFY(window.isActiveWindow());
    QTRY_COMPARE_WITH_TIMEOUT(dunstctl({QStringLiteral("count"), QStringLiteral("displayed")}), QStringLiteral("1"),
                              10000);
    dunstctl({QStringLiteral("close-all")});
    QString history;
    QTRY_VERIFY2((history = dunstHistory()).contains(QLatin1String("Probe of Gone: Failed")),
                 qPrintable(history.simplified().left(3000)));
    // The person's job was not notified: no summary of its own.
    QVERIFY2(!history.contains(QLatin1String("string \"Gone: Failed\"")), qPrintable(history.simplified().left(3000)));
}

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
