#pragma once

#include "profilestore.h"
#include "triggerprofile.h"

#include <QAbstractListModel>
#include <QList>

namespace td {

// The saved trigger profiles as the profile list shows them. Every change is saved at once
// through ProfileStore (atomic writes). Demo profiles, which point at this session's simulator,
// are listed but never saved.
class ProfileListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        DemoRole = Qt::UserRole + 1,
    };

    explicit ProfileListModel(const QString &storePath, QObject *parent = nullptr);

    // Loads the store. Returns false with a message when the file could not be read (it was kept
    // aside by the store and is never overwritten).
    bool load(QString *error);
    QString storePath() const { return m_store.path(); }
    int savedCount() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    const TriggerProfile &profileAt(int row) const { return m_entries.at(row).profile; }
    bool isDemo(int row) const { return m_entries.at(row).demo; }
    int indexOf(const QString &name) const;
    QStringList names() const;
    // The name itself when free, else "name (2)", "name (3)"...
    QString uniqueName(const QString &base) const;

    // Each returns false, with a message, when the profiles could not be saved.
    int addProfile(const TriggerProfile &profile, QString *error);
    bool updateProfile(int row, const TriggerProfile &profile, QString *error);
    int duplicate(int row, QString *error);
    bool rename(int row, const QString &name, QString *error);
    bool remove(int row, QString *error);
    bool move(int row, int delta, QString *error);
    // Replaces the demo profiles (they come last in the list).
    void setDemoProfiles(const QList<TriggerProfile> &profiles);

    const QList<Credential> &credentials() const { return m_store.credentials(); }
    // Saves the credentials (never their secrets) with the profiles.
    bool setCredentials(const QList<Credential> &credentials, QString *error);

    // Imports every profile of the file (names made unique); returns how many.
    int importFile(const QString &path, QString *error);
    bool exportFile(const QString &path, QString *error) const;

signals:
    // The credentials were loaded or replaced.
    void credentialsChanged();

private:
    struct Entry
    {
        TriggerProfile profile;
        bool demo = false;
    };

    bool save(QString *error);

    ProfileStore m_store;
    QList<Entry> m_entries;
};

} // namespace td
