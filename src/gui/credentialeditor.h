#pragma once

#include "credential.h"
#include "proxysetting.h"
#include "secretstore.h"
#include "triggerprofile.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Ui {
class CredentialEditor;
}

namespace td {

// Adds, edits and deletes credentials. Their secrets are typed into a password field that is
// never filled with the stored secret; Save writes the secrets typed to the secret store (and
// removes those of deleted credentials), and only then closes. "Test connection" tries the
// values on screen, with the secret typed or else the stored one, against a trigger URL.
class CredentialEditor : public QDialog
{
    Q_OBJECT

public:
    // secrets: where the secrets live (not owned; a store that is not persistent is said to keep
    // them for this session only). manager: for Test connection. testUrl: a trigger URL to test
    // against, and to show the default identity URL for.
    CredentialEditor(const QList<Credential> &credentials, SecretStore *secrets, QNetworkAccessManager *manager,
                     const QUrl &testUrl = QUrl(), QWidget *parent = nullptr);
    ~CredentialEditor() override;

    // The saved profiles, to show which use each credential (by id or by name) and to warn
    // before one in use is deleted.
    void setProfiles(const QList<TriggerProfile> &profiles);
    // Test connection's manager for the identity server of a credential with a certificate trust
    // of its own (TriggerEngine::identityManager); without it, the manager given above.
    void setIdentityManagers(std::function<QNetworkAccessManager *(const TlsTrust &)> managerFor)
    {
        m_identityManagers = std::move(managerFor);
    }
    // The application's proxy, for a person's sign-in (the system's by default).
    void setApplicationProxy(const ProxySetting &proxy) { m_proxy = proxy; }
    // Adds a new credential and selects it, ready to be filled in.
    void addCredential() { addClicked(); }
    // Signs in with the selected credential (a person's), as its Sign In button does.
    void signIn() { signInClicked(); }
    // Selects the credential with this id or name, if there is one.
    void selectCredential(const QString &idOrName);

    // The credentials as edited (never their secrets). Take them after the dialog is accepted.
    QList<Credential> credentials() const;
    // What stops saving, each a sentence; empty when Save is possible.
    QStringList problems() const;

private:
    std::function<QNetworkAccessManager *(const TlsTrust &)> m_identityManagers;
    enum class SecretState
    {
        Unknown,  // not asked yet
        Checking, // a read is under way
        Stored,
        Missing,
    };

    struct Entry
    {
        Credential credential;
        Credential::Kind savedKind = Credential::Kind::PersonalAccessToken;
        bool isNew = false;
        SecretState secretState = SecretState::Unknown;
        QString secretError; // why the stored secret could not be read
        QString typedSecret; // typed in this dialog, written on Save
    };

    Entry *current();
    const Entry *current() const;
    Entry *entry(const QString &id);
    void addEntry(const Entry &entry);
    void showCurrent();
    void fieldsChanged();
    void secretChanged();
    void checkStoredSecret(const QString &id);
    void updateKindRows();
    void updateSecretStatus();
    void updateUsedBy();
    void updateIdentityPlaceholder();
    void updateItem(int row);
    void revalidate();
    QStringList profilesUsing(const Credential &credential, const QString &savedName) const;

    void addClicked();
    void deleteClicked();
    void testClicked();
    // A person signs in in the browser: the session's refresh token becomes the entry's secret,
    // written on Save like a typed one.
    void signInClicked();
    void signOutClicked();
    void showSignInStatus(const QString &text, bool problem);
    void showTestResult(bool ok, const QString &report);
    void cancelTest();
    void saveClicked();
    void operationDone();

    std::unique_ptr<Ui::CredentialEditor> m_ui;
    QPointer<SecretStore> m_secrets;
    QNetworkAccessManager *m_manager;
    QList<Entry> m_entries;               // in list order
    QHash<QString, QString> m_savedNames; // id -> name when the dialog opened (profiles may refer by name)
    QList<Credential> m_deleted;          // saved credentials deleted here: their secrets go on Save
    QList<TriggerProfile> m_profiles;
    bool m_profilesKnown = false;
    bool m_loading = false;
    // Save in progress: operations still running, and what went wrong.
    int m_pendingOperations = 0;
    QStringList m_saveErrors;
    QPointer<QObject> m_testRun;   // owns the provider and test of a running Test connection
    QPointer<QObject> m_signInRun; // owns a sign-in waiting for the browser
    ProxySetting m_proxy{ProxySetting::Kind::System, {}};
};

} // namespace td
