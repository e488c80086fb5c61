#pragma once

#include "secretstorefactory.h"
#include "triggerengine.h"

#include <QJsonObject>
#include <QMainWindow>

#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace td {

class DemoSimulator;
class GuiSettings;
class JobController;
class JobFilterProxyModel;
class JobHistory;
class JobNotifier;
class JobPanel;
class JobRun;
class ProfileListModel;
class ProfileActions;
class ProbeScheduler;
class ProfilePanel;
struct JobRecord;
struct TriggerProfile;

struct MainWindowOptions
{
    QString profilesPath; // empty: ProfileStore::defaultPath()
    QString settingsPath; // empty: the platform's settings; else an INI file (tests)
    bool demo = false;    // start the simulator and its demo profiles even when profiles exist
    bool demoWhenEmpty = true;
    QString simulatorProgram; // empty: triggerdesk-sim next to the executable
    QString jobsDirectory;    // the job history; empty: JobStore::historyDirectory()
    TriggerEngine::ManagerFactory managerFactory;
    SecretStoreFactory::Probe keychainProbe; // empty: ask the system keychain
};

// Wiring only: the profile side (ProfilePanel, ProfileActions), the job side (JobPanel), tray
// notifications (JobNotifier), the job history and the demo simulator. The window decides what a
// launch does, when it may close, and what the status bar says.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const MainWindowOptions &options = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    JobController *jobController() const { return m_jobs; }
    ProbeScheduler *probeScheduler() const { return m_probes; }
    ProfileListModel *profileModel() const { return m_profiles; }
    JobFilterProxyModel *jobProxyModel() const;
    DemoSimulator *demoSimulator() const { return m_demo; }
    JobHistory *jobHistory() const { return m_history; }

    void selectProfile(int row);
    // What closing does once it is agreed: saves the layout and the jobs, stops the demo. Also
    // called when the session ends the program (SIGTERM), where nobody can be asked.
    void shutDown();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void loadProfiles();
    void startDemo();
    void restoreJobs();
    void launch(const TriggerProfile &profile, const QJsonObject &values, int copies);
    bool confirmClose();
    QList<JobRun *> demoRuns() const;
    void showMessage(const QString &text, int ms = 6000);
    void showProblem(const QString &title, const QString &text);
    void showAbout();
    void addLanguageMenu();
    void showShortcuts();

    std::unique_ptr<Ui::MainWindow> m_ui;
    MainWindowOptions m_options;
    std::unique_ptr<GuiSettings> m_settings;
    ProfileListModel *m_profiles = nullptr;
    JobController *m_jobs = nullptr;
    JobHistory *m_history = nullptr;
    DemoSimulator *m_demo = nullptr;
    ProfilePanel *m_profilePanel = nullptr;
    ProbeScheduler *m_probes = nullptr;
    ProfileActions *m_profileActions = nullptr;
    JobPanel *m_jobPanel = nullptr;
    JobNotifier *m_notifier = nullptr;
    QLabel *m_simulatorLabel = nullptr;
};

} // namespace td
