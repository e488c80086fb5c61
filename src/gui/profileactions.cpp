#include "profileactions.h"

#include "credentialeditor.h"
#include "dialogs.h"
#include "guisettings.h"
#include "healthdialog.h"
#include "jobcontroller.h"
#include "profileeditor.h"
#include "profilelistmodel.h"
#include "profilepanel.h"
#include "ui_mainwindow.h"

#include <QDir>

namespace td {

ProfileActions::ProfileActions(Ui::MainWindow *ui, ProfileListModel *profiles, ProfilePanel *panel, JobController *jobs,
                               const JobHistory *history, GuiSettings *settings, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_ui(ui)
    , m_profiles(profiles)
    , m_panel(panel)
    , m_jobs(jobs)
    , m_history(history)
    , m_settings(settings)
    , m_dialogParent(dialogParent)
{
    // The profile buttons next to the list show the same actions as the menu.
    m_ui->newProfileToolButton->setDefaultAction(m_ui->newProfileAction);
    m_ui->editProfileToolButton->setDefaultAction(m_ui->editProfileAction);
    m_ui->moveProfileUpToolButton->setDefaultAction(m_ui->moveProfileUpAction);
    m_ui->moveProfileDownToolButton->setDefaultAction(m_ui->moveProfileDownAction);
    m_ui->profileList->addActions({m_ui->editProfileAction, m_ui->duplicateProfileAction, m_ui->renameProfileAction,
                                   m_ui->deleteProfileAction, m_ui->moveProfileUpAction, m_ui->moveProfileDownAction});
    m_ui->deleteProfileAction->setShortcut(QKeySequence::Delete);
    m_ui->deleteProfileAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    connect(m_ui->newProfileAction, &QAction::triggered, this, [this] { openEditor(-1); });
    connect(m_ui->editProfileAction, &QAction::triggered, this, [this] {
        if (m_panel->currentRow() >= 0)
            openEditor(m_panel->currentRow());
    });
    connect(m_ui->duplicateProfileAction, &QAction::triggered, this, &ProfileActions::duplicate);
    connect(m_ui->renameProfileAction, &QAction::triggered, this, &ProfileActions::rename);
    connect(m_ui->deleteProfileAction, &QAction::triggered, this, &ProfileActions::remove);
    connect(m_ui->moveProfileUpAction, &QAction::triggered, this, [this] { move(-1); });
    connect(m_ui->moveProfileDownAction, &QAction::triggered, this, [this] { move(1); });
    connect(m_ui->importProfilesAction, &QAction::triggered, this, &ProfileActions::importFile);
    connect(m_ui->exportProfilesAction, &QAction::triggered, this, &ProfileActions::exportFile);
    connect(m_ui->credentialsAction, &QAction::triggered, this, &ProfileActions::editCredentials);
    connect(m_ui->healthAction, &QAction::triggered, this, &ProfileActions::showHealth);
}

void ProfileActions::openEditor(int row)
{
    TriggerProfile profile;
    QStringList taken = m_profiles->names();
    if (row >= 0) {
        profile = m_profiles->profileAt(row);
        taken.removeAll(profile.name);
    } else {
        profile.name = m_profiles->uniqueName(tr("New trigger"));
        // The call mode the trigger was given in Orchestrator, until the person chooses another.
        profile.mode = CallMode::TriggerDefault;
        // Fewer requests for long jobs, their end still told within a fifth of their running
        // time (docs/protocol.md, "Adaptive polling").
        profile.adaptivePolling = true;
        // A new profile uses a saved credential when there is one, not an environment variable.
        if (const QList<Credential> credentials = m_profiles->credentials(); !credentials.isEmpty())
            profile.credential = credentials.constFirst().id;
    }
    // open(), not exec(): the window keeps running jobs and tests can drive the dialog.
    auto *editor = new ProfileEditor(profile, taken, m_profiles->credentials(), m_dialogParent);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowTitle(row >= 0 ? tr("Edit profile") : tr("New profile"));
    connect(editor, &ProfileEditor::newCredentialRequested, this, [this, editor] {
        CredentialEditor *credentials = openCredentials(editor->typedUrl(), editor);
        credentials->addCredential();
        const QList<Credential> before = m_profiles->credentials();
        connect(credentials, &QDialog::accepted, editor, [this, editor, before] {
            // The profile uses the credential just made (the first one that was not there).
            const QList<Credential> after = m_profiles->credentials();
            const auto made = std::find_if(after.cbegin(), after.cend(), [&before](const Credential &c) {
                return std::none_of(before.cbegin(), before.cend(),
                                    [&c](const Credential &old) { return old.id == c.id; });
            });
            editor->setCredentials(after, made != after.cend() ? made->id : QString());
        });
    });
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
            emit problem(tr("Profile not saved"), error);
        m_panel->select(m_profiles->indexOf(edited.name));
        m_panel->refresh();
    });
    editor->open();
}

void ProfileActions::editCredentials()
{
    const int row = m_panel->currentRow();
    const TriggerProfile current = row >= 0 ? m_profiles->profileAt(row) : TriggerProfile();
    CredentialEditor *editor = openCredentials(current.invokeUrl, m_dialogParent);
    if (!current.credential.isEmpty())
        editor->selectCredential(current.credential);
}

void ProfileActions::signInAgain(const QString &credentialId, const QUrl &triggerUrl)
{
    CredentialEditor *editor = openCredentials(triggerUrl, m_dialogParent);
    editor->selectCredential(credentialId);
    editor->signIn();
}

void ProfileActions::showCredential(const QString &credentialId)
{
    openCredentials(QUrl(), m_dialogParent)->selectCredential(credentialId);
}

CredentialEditor *ProfileActions::openCredentials(const QUrl &testUrl, QWidget *parent)
{
    auto *editor = new CredentialEditor(m_profiles->credentials(), m_jobs->secrets()->deferredStore(),
                                        m_jobs->authManager(), testUrl, parent);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setIdentityManagers(
        [jobs = m_jobs](const TlsTrust &trust) { return jobs->engine()->identityManager(trust, jobs->authManager()); });
    editor->setApplicationProxy(m_jobs->engine()->proxy());
    QList<TriggerProfile> profiles;
    for (int i = 0; i < m_profiles->rowCount(); ++i)
        profiles.append(m_profiles->profileAt(i));
    editor->setProfiles(profiles);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        QString error;
        if (!m_profiles->setCredentials(editor->credentials(), &error))
            emit problem(tr("Credentials not saved"), error);
        m_jobs->setCredentials(m_profiles->credentials());
    });
    editor->open();
    return editor;
}

void ProfileActions::showHealth()
{
    const int row = m_panel->currentRow();
    if (row < 0)
        return;
    auto *dialog = new HealthDialog(m_jobs->model(), m_history, m_profiles->profileAt(row).name, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void ProfileActions::duplicate()
{
    const int row = m_panel->currentRow();
    if (row < 0)
        return;
    const bool fromDemo = m_profiles->isDemo(row);
    QString error;
    const int copy = m_profiles->duplicate(row, &error);
    if (copy < 0) {
        emit problem(tr("Profile not saved"), error);
        return;
    }
    m_panel->select(copy);
    if (fromDemo)
        emit message(tr("Saved \"%1\". It still calls the demo simulator, which has another address at every "
                        "start: Profile > Edit profile points it at your own trigger.")
                         .arg(m_profiles->profileAt(copy).name));
}

void ProfileActions::trustCertificate(const QString &profileName, const QString &fingerprint)
{
    const int row = m_profiles->indexOf(profileName);
    if (row < 0) {
        emit problem(tr("Certificate not saved"),
                     tr("The profile \"%1\" no longer exists. To trust the certificate in another profile, paste "
                        "its fingerprint into Pinned certificate in that profile's editor: %2")
                         .arg(profileName, fingerprint));
        return;
    }
    TriggerProfile profile = m_profiles->profileAt(row);
    profile.tls.pinSha256 = fingerprint;
    QString error;
    if (!m_profiles->updateProfile(row, profile, &error)) {
        emit problem(tr("Profile not saved"), error);
        return;
    }
    emit message(tr("\"%1\" now trusts the server certificate %2.").arg(profileName, fingerprint));
}

void ProfileActions::rename()
{
    const int row = m_panel->currentRow();
    if (row < 0)
        return;
    QString name = m_profiles->profileAt(row).name;
    const QString original = name;
    if (!InputDialog::getText(m_dialogParent, tr("Rename profile"), tr("New name:"), &name) || name == original)
        return;
    QString error;
    const QJsonObject lastValues = m_settings->lastArguments(original);
    if (!m_profiles->rename(row, name, &error)) {
        emit problem(tr("Profile not renamed"), error);
        return;
    }
    m_settings->setLastArguments(name.trimmed(), lastValues);
}

void ProfileActions::remove()
{
    const int row = m_panel->currentRow();
    if (row < 0)
        return;
    const QString name = m_profiles->profileAt(row).name;
    if (MessageBox::question(m_dialogParent, tr("Delete profile"),
                             tr("Delete the profile \"%1\"? Its presets are deleted with it.").arg(name),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    QString error;
    if (!m_profiles->remove(row, &error))
        emit problem(tr("Profile not deleted"), error);
    if (m_profiles->rowCount() > 0)
        m_panel->select(qMin(row, m_profiles->rowCount() - 1));
    m_panel->refresh();
}

void ProfileActions::move(int delta)
{
    const int row = m_panel->currentRow();
    if (row < 0)
        return;
    QString error;
    if (!m_profiles->move(row, delta, &error))
        emit problem(tr("Profile order not saved"), error);
}

void ProfileActions::importFile()
{
    const QString path =
        FileDialog::getOpenFileName(m_dialogParent, tr("Import profiles"), tr("Profiles (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    const int count = m_profiles->importFile(path, &error);
    if (count == 0) {
        emit problem(tr("Nothing imported"),
                     tr("No profile could be imported from %1.\n%2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    if (!error.isEmpty())
        emit problem(tr("Some profiles were not imported"), error);
    emit message(tr("Imported %n profile(s).", nullptr, count));
}

void ProfileActions::exportFile()
{
    const QString path = FileDialog::getSaveFileName(m_dialogParent, tr("Export profiles"),
                                                     QStringLiteral("profiles.json"), tr("Profiles (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_profiles->exportFile(path, &error))
        emit problem(tr("Profiles not exported"), error);
    else
        emit message(tr("Exported the profiles to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace td
