#pragma once

#include "secretstorefactory.h"
#include "triggerengine.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>

class QLabel;
class QSystemTrayIcon;

namespace Ui {
class MainWindow;
}

namespace td {

class DemoSimulator;
class GuiSettings;
class JobController;
class JobFilterProxyModel;
class JobHistory;
class JobRun;
class ProfileListModel;
struct JobRecord;
struct TriggerProfile;

struct MainWindowOptions
{
    QString profilesPath; // empty: ProfileStore::defaultPath()
    QString settingsPath; // empty: the platform's settings; else an INI file (tests)
    bool demo = false;    // start the simulator and its demo profiles even when profiles exist
    bool demoWhenEmpty = true;
    QString simulatorProgram; // empty: triggerdesk-sim next to the executable
    QString jobsDirectory;    // the job history; empty: JobHistory::defaultDirectory()
    TriggerEngine::ManagerFactory managerFactory;
    SecretStoreFactory::Probe keychainProbe; // empty: ask the system keychain
};

// Wiring only: the profile list, the argument form and Launch, the job table and the details of
// the selected job. The work is done by ProfileListModel, JobController, JobTableModel,
// ArgumentForm and JobDetailsView.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const MainWindowOptions &options = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    JobController *jobController() const { return m_jobs; }
    ProfileListModel *profileModel() const { return m_profiles; }
    JobFilterProxyModel *jobProxyModel() const { return m_proxy; }
    DemoSimulator *demoSimulator() const { return m_demo; }
    JobHistory *jobHistory() const { return m_history; }

    void selectProfile(int row);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpActions();
    void setUpJobTable();
    void restoreLayout();
    void saveLayout();
    void loadProfiles();
    void startDemo();
    void restoreJobs();
    bool confirmClose();
    QList<JobRun *> demoRuns() const;

    int currentProfileRow() const;
    void currentProfileChanged();
    void updateLaunchEnabled();
    void updatePresets(const QString &select = QString());
    void launch();

    void newProfile();
    void editCredentials();
    void editProfile();
    void openProfileEditor(int row);
    void duplicateProfile();
    void renameProfile();
    void deleteProfile();
    void moveProfile(int delta);
    void importProfiles();
    void exportProfiles();
    void presetChosen(int index);
    void savePreset();
    void deletePreset();

    QList<int> selectedJobRows() const; // source rows
    int currentJobRow() const;          // source row, -1 for none
    void currentJobChanged();
    void updateJobActions();
    void stopWatching();
    void resumeWatching();
    void rerun();
    void copyOutput();
    void copyCurl();
    void exportJobs(bool json);
    void stateFilterChanged(int index);
    void updateCounts();
    void jobFinished(JobRun *run);
    void showNotifications();
    void showProblem(const QString &title, const QString &text);

    std::unique_ptr<Ui::MainWindow> m_ui;
    MainWindowOptions m_options;
    std::unique_ptr<GuiSettings> m_settings;
    ProfileListModel *m_profiles = nullptr;
    JobController *m_jobs = nullptr;
    JobHistory *m_history = nullptr;
    JobFilterProxyModel *m_proxy = nullptr;
    DemoSimulator *m_demo = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_simulatorLabel = nullptr;
    QTimer m_notifyTimer;
    QTimer m_actionsTimer;
    QList<QPointer<JobRun>> m_endedJobs;
    QString m_shownProfile;
};

} // namespace td
