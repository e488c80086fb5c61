#include "profilelistmodel.h"

#include <QFont>

namespace td {

ProfileListModel::ProfileListModel(const QString &storePath, QObject *parent)
    : QAbstractListModel(parent), m_store(storePath)
{}

bool ProfileListModel::load(QString *error)
{
    const bool ok = m_store.load(error);
    beginResetModel(); // loading happens once, before the list is shown
    m_entries.clear();
    for (const TriggerProfile &profile : m_store.profiles())
        m_entries.append({profile, false});
    endResetModel();
    emit credentialsChanged();
    return ok;
}

int ProfileListModel::savedCount() const
{
    int count = 0;
    for (const Entry &entry : m_entries)
        count += entry.demo ? 0 : 1;
    return count;
}

int ProfileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ProfileListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return entry.demo ? tr("%1 (demo)").arg(entry.profile.name) : entry.profile.name;
    case Qt::EditRole:
        return entry.profile.name;
    case Qt::ToolTipRole: {
        QString tip = tr("%1 %2\n%3")
                          .arg(entry.profile.method, entry.profile.invokeUrl.toDisplayString(),
                               callModeLabel(entry.profile.mode));
        if (entry.demo)
            tip +=
                QLatin1Char('\n') + tr("Demo profile for the local simulator: not saved. Duplicate it to keep a copy.");
        return tip;
    }
    case Qt::FontRole:
        if (entry.demo) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case DemoRole:
        return entry.demo;
    default:
        break;
    }
    return {};
}

bool ProfileListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    QString error;
    return rename(index.row(), value.toString(), &error);
}

Qt::ItemFlags ProfileListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

int ProfileListModel::indexOf(const QString &name) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).profile.name == name)
            return row;
    }
    return -1;
}

QStringList ProfileListModel::names() const
{
    QStringList result;
    for (const Entry &entry : m_entries)
        result.append(entry.profile.name);
    return result;
}

QString ProfileListModel::uniqueName(const QString &base) const
{
    if (indexOf(base) < 0)
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = tr("%1 (%2)").arg(base).arg(n);
        if (indexOf(candidate) < 0)
            return candidate;
    }
}

bool ProfileListModel::setCredentials(const QList<Credential> &credentials, QString *error)
{
    m_store.setCredentials(credentials);
    emit credentialsChanged();
    return save(error);
}

bool ProfileListModel::save(QString *error)
{
    QList<TriggerProfile> saved;
    for (const Entry &entry : std::as_const(m_entries)) {
        if (!entry.demo)
            saved.append(entry.profile);
    }
    m_store.setProfiles(saved);
    return m_store.save(error);
}

int ProfileListModel::addProfile(const TriggerProfile &profile, QString *error)
{
    // New profiles go before the demo ones, which always come last.
    int row = 0;
    while (row < m_entries.size() && !m_entries.at(row).demo)
        ++row;
    TriggerProfile copy = profile;
    copy.name = uniqueName(profile.name);
    beginInsertRows(QModelIndex(), row, row);
    m_entries.insert(row, {copy, false});
    endInsertRows();
    if (!save(error))
        return -1;
    return row;
}

bool ProfileListModel::updateProfile(int row, const TriggerProfile &profile, QString *error)
{
    m_entries[row].profile = profile;
    emit dataChanged(index(row), index(row));
    return m_entries.at(row).demo || save(error);
}

int ProfileListModel::duplicate(int row, QString *error)
{
    TriggerProfile copy = m_entries.at(row).profile;
    copy.name = tr("%1 copy").arg(copy.name);
    return addProfile(copy, error);
}

bool ProfileListModel::rename(int row, const QString &name, QString *error)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        *error = tr("A profile needs a name.");
        return false;
    }
    const int other = indexOf(trimmed);
    if (other >= 0 && other != row) {
        *error = tr("There is already a profile named \"%1\".").arg(trimmed);
        return false;
    }
    TriggerProfile profile = m_entries.at(row).profile;
    profile.name = trimmed;
    return updateProfile(row, profile, error);
}

bool ProfileListModel::remove(int row, QString *error)
{
    const bool demo = m_entries.at(row).demo;
    beginRemoveRows(QModelIndex(), row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    return demo || save(error);
}

bool ProfileListModel::move(int row, int delta, QString *error)
{
    const int target = row + delta;
    if (delta == 0 || target < 0 || target >= m_entries.size() || m_entries.at(row).demo || m_entries.at(target).demo)
        return true;
    // beginMoveRows takes the destination as "insert before" in the old numbering.
    beginMoveRows(QModelIndex(), row, row, QModelIndex(), delta > 0 ? target + 1 : target);
    m_entries.move(row, target);
    endMoveRows();
    return save(error);
}

void ProfileListModel::setDemoProfiles(const QList<TriggerProfile> &profiles)
{
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        if (m_entries.at(row).demo) {
            beginRemoveRows(QModelIndex(), row, row);
            m_entries.removeAt(row);
            endRemoveRows();
        }
    }
    if (profiles.isEmpty())
        return;
    const int first = int(m_entries.size());
    beginInsertRows(QModelIndex(), first, first + int(profiles.size()) - 1);
    for (const TriggerProfile &profile : profiles)
        m_entries.append({profile, true});
    endInsertRows();
}

int ProfileListModel::importFile(const QString &path, QString *error)
{
    QString problems;
    const QList<TriggerProfile> imported = ProfileStore::importFile(path, &problems);
    if (imported.isEmpty()) {
        *error = problems.isEmpty() ? tr("The file holds no profiles.") : problems;
        return 0;
    }
    int row = 0;
    while (row < m_entries.size() && !m_entries.at(row).demo)
        ++row;
    beginInsertRows(QModelIndex(), row, row + int(imported.size()) - 1);
    for (TriggerProfile profile : imported) {
        profile.name = uniqueName(profile.name);
        m_entries.insert(row++, {profile, false});
    }
    endInsertRows();
    QString saveError;
    if (!save(&saveError))
        problems = problems.isEmpty() ? saveError : problems + QLatin1Char('\n') + saveError;
    *error = problems;
    return int(imported.size());
}

bool ProfileListModel::exportFile(const QString &path, QString *error) const
{
    QList<TriggerProfile> profiles;
    for (const Entry &entry : m_entries)
        profiles.append(entry.profile);
    return ProfileStore::exportFile(path, profiles, error);
}

} // namespace td
