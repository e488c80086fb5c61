#pragma once

#include "credential.h"
#include "triggerprofile.h"

#include <QList>
#include <QString>

namespace td {

// The saved profiles and the credentials they refer to (never their secrets): one JSON file,
// written atomically. A file that cannot be read is moved
// aside (never overwritten) and reported, so a person can recover it.
class ProfileStore
{
public:
    explicit ProfileStore(const QString &path);

    // $TRIGGERDESK_PROFILES when set, else profiles.json in the platform's config location.
    static QString defaultPath();

    QString path() const { return m_path; }

    // Loads the file. Returns false when it existed but could not be read; then *error says why
    // and where the unreadable file was kept. A missing file is an empty, successful load. A file
    // of a newer format, or of the wrong shape, is refused and left as it is: save() then refuses
    // to write over it.
    bool load(QString *error = nullptr);
    bool save(QString *error = nullptr) const;

    const QList<TriggerProfile> &profiles() const { return m_profiles; }
    void setProfiles(const QList<TriggerProfile> &profiles) { m_profiles = profiles; }
    // The index of the profile with this name, or -1.
    int indexOf(const QString &name) const;

    const QList<Credential> &credentials() const { return m_credentials; }
    void setCredentials(const QList<Credential> &credentials) { m_credentials = credentials; }
    // The credential with this id (or, failing that, this name); nullptr when none.
    const Credential *credential(const QString &idOrName) const;

    // Profiles from an export file (or a single profile object); *error for what was skipped.
    static QList<TriggerProfile> importFile(const QString &path, QString *error);
    static bool exportFile(const QString &path, const QList<TriggerProfile> &profiles, QString *error);

private:
    QString m_path;
    QString m_refusal; // why the file on disk must not be overwritten, empty when it may
    QList<TriggerProfile> m_profiles;
    QList<Credential> m_credentials;
};

} // namespace td
