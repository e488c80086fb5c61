#pragma once

#include "credential.h"
#include "triggerprofile.h"

#include <QDialog>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace Ui {
class ProfileEditor;
}

namespace td {

// Edits one trigger profile: the URL is checked as it is typed and shown parsed, the argument
// specs are edited in a table or inferred from a JSON example. OK stays disabled while the
// profile has a problem, and the problems are listed in words.
class ProfileEditor : public QDialog
{
    Q_OBJECT

public:
    // takenNames: the other profiles' names (a name must be unique). credentials: the ones the
    // profile may use, offered by name and referred to by id; without them, the profile's
    // reference is kept as it is.
    ProfileEditor(const TriggerProfile &profile, const QStringList &takenNames, QWidget *parent = nullptr);
    ProfileEditor(const TriggerProfile &profile, const QStringList &takenNames, const QList<Credential> &credentials,
                  QWidget *parent = nullptr);
    ~ProfileEditor() override;

    TriggerProfile profile() const;
    QStringList problems() const;

    // The credentials changed while the dialog was open ("New credential…"): offered from now
    // on, and the one with selectId chosen.
    void setCredentials(const QList<Credential> &credentials, const QString &selectId);
    // The trigger URL as typed (what a new credential's connection test may use).
    QUrl typedUrl() const;

signals:
    // "New credential…": whoever keeps the credentials opens their editor, then calls
    // setCredentials().
    void newCredentialRequested();

public:
    // Appends specs inferred from a JSON object example (existing names are kept as they are).
    // Returns false, with a message, when the text is not a JSON object.
    bool inferFromExample(const QString &json, QString *error);

private:
    // The probe times typed, sorted, each once; what is not a time of day is named in *problems.
    QList<QTime> probeTimes(QStringList *problems) const;
    // credentials null: not known.
    ProfileEditor(const TriggerProfile &profile, const QStringList &takenNames, const QList<Credential> *credentials,
                  QWidget *parent);

    void setProfile(const TriggerProfile &profile);
    void fillCredentials(const QString &reference);
    void updateDemoCredential();
    void addArgumentRow(const ArgumentSpec &spec);
    QList<ArgumentSpec> argumentSpecs(QStringList *problems) const;
    void updateUrlParts();
    void revalidate();
    void inferClicked();

    std::unique_ptr<Ui::ProfileEditor> m_ui;
    QStringList m_takenNames;
    TriggerProfile m_original;
    QList<Credential> m_credentials;
    bool m_credentialsKnown = false;
};

} // namespace td
