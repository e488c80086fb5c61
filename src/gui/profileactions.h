#pragma once

#include <QObject>
#include <QUrl>

class QWidget;

namespace Ui {
class MainWindow;
}

namespace td {

class CredentialEditor;
class GuiSettings;
class JobController;
class JobHistory;
class ProfileListModel;
class ProfilePanel;

// The Profile menu: new, edit, duplicate, rename, delete, reorder, import, export, and the
// credentials dialog. Each opens its dialog, saves through the model, and reports a failure.
class ProfileActions : public QObject
{
    Q_OBJECT

public:
    ProfileActions(Ui::MainWindow *ui, ProfileListModel *profiles, ProfilePanel *panel, JobController *jobs,
                   const JobHistory *history, GuiSettings *settings, QWidget *dialogParent);

    void openEditor(int row); // -1 for a new profile
    // The Credentials dialog on a person's credential, its sign-in started (the browser opens).
    // triggerUrl: a trigger of the credential's, where its identity server is when it names none.
    void signInAgain(const QString &credentialId, const QUrl &triggerUrl);
    // The Credentials dialog on this credential.
    void showCredential(const QString &credentialId);
    // Pins the certificate (its SHA-256 fingerprint) in the saved profile of that name.
    void trustCertificate(const QString &profileName, const QString &fingerprint);
    // The current profile's Health dialog: its jobs' durations and outcomes, as charts and words.
    void showHealth();

signals:
    void problem(const QString &title, const QString &text);
    void message(const QString &text);

private:
    void editCredentials();
    // The Credentials dialog, open over parent, saving what it is accepted with.
    CredentialEditor *openCredentials(const QUrl &testUrl, QWidget *parent);
    void duplicate();
    void rename();
    void remove();
    void move(int delta);
    void importFile();
    void exportFile();

    Ui::MainWindow *m_ui;
    ProfileListModel *m_profiles;
    ProfilePanel *m_panel;
    JobController *m_jobs;
    const JobHistory *m_history;
    GuiSettings *m_settings;
    QWidget *m_dialogParent;
};

} // namespace td
