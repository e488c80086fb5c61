#include "profilestore.h"

#include "jsonfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>

namespace td {

namespace {

QJsonDocument profilesDocument(const QList<TriggerProfile> &profiles, const QList<Credential> &credentials = {})
{
    QJsonArray array;
    for (const TriggerProfile &profile : profiles)
        array.append(profile.toJson());
    QJsonObject root{{QStringLiteral("version"), TriggerProfile::kFormatVersion}, {QStringLiteral("profiles"), array}};
    if (!credentials.isEmpty()) {
        QJsonArray credentialsJson;
        for (const Credential &entry : credentials)
            credentialsJson.append(entry.toJson());
        root.insert(QStringLiteral("credentials"), credentialsJson);
    }
    return QJsonDocument(root);
}

// Accepts {"profiles": [...]}, a bare array, or one profile object.
QList<TriggerProfile> profilesFromDocument(const QJsonDocument &doc, QStringList *problems)
{
    QJsonArray array;
    if (doc.isArray())
        array = doc.array();
    else if (doc.object().contains(QStringLiteral("profiles")))
        array = doc.object().value(QStringLiteral("profiles")).toArray();
    else if (doc.isObject())
        array.append(doc.object());
    QList<TriggerProfile> profiles;
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString error;
        const TriggerProfile profile = TriggerProfile::fromJson(array.at(i).toObject(), &error);
        if (error.isEmpty())
            profiles.append(profile);
        else
            problems->append(QCoreApplication::translate("td::ProfileStore", "Profile %1: %2").arg(i + 1).arg(error));
    }
    return profiles;
}

// Why a document that parsed as JSON is not a profile file this version can use; empty if it is.
QString refusalOf(const QJsonDocument &doc)
{
    if (!doc.isObject() && !doc.isArray())
        return QCoreApplication::translate("td::ProfileStore", "The file does not hold a list of profiles.");
    const QJsonObject root = doc.object();
    const int version = root.value(QStringLiteral("version")).toInt(TriggerProfile::kFormatVersion);
    if (version > TriggerProfile::kFormatVersion)
        return QCoreApplication::translate("td::ProfileStore",
                                           "The file was written by a newer TriggerDesk (format %1; this version "
                                           "reads format %2). Update TriggerDesk to use it.")
            .arg(version)
            .arg(TriggerProfile::kFormatVersion);
    if (root.contains(QStringLiteral("profiles")) && !root.value(QStringLiteral("profiles")).isArray())
        return QCoreApplication::translate("td::ProfileStore", "The file's \"profiles\" is not a list of profiles.");
    return QString();
}

} // namespace

ProfileStore::ProfileStore(const QString &path) : m_path(path) {}

QString ProfileStore::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("TRIGGERDESK_PROFILES");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QLatin1String("/profiles.json");
}

int ProfileStore::indexOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).name == name)
            return int(i);
    }
    return -1;
}

bool ProfileStore::load(QString *error)
{
    m_profiles.clear();
    m_credentials.clear();
    m_refusal.clear();
    if (!QFile::exists(m_path))
        return true;
    QString readError;
    const QJsonDocument doc = readJsonFile(m_path, &readError);
    if (!doc.isNull() || readError.isEmpty()) {
        // Readable, but not ours to rewrite: leave it exactly as it is.
        const QString refusal = refusalOf(doc);
        if (!refusal.isEmpty()) {
            m_refusal = QCoreApplication::translate("td::ProfileStore", "%1\nThe file %2 was left untouched.")
                            .arg(refusal, QDir::toNativeSeparators(m_path));
            if (error)
                *error = m_refusal;
            return false;
        }
    }
    QStringList problems;
    if (!doc.isNull()) {
        m_profiles = profilesFromDocument(doc, &problems);
        const QJsonArray credentials = doc.object().value(QStringLiteral("credentials")).toArray();
        for (const QJsonValue &entry : credentials)
            m_credentials.append(Credential::fromJson(entry.toObject()));
    }
    if (doc.isNull() || !problems.isEmpty()) {
        // Keep the file aside so the next save cannot overwrite what the person may want back.
        const QString aside = m_path + QLatin1String(".corrupt-") +
                              QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const bool kept = QFile::copy(m_path, aside);
        if (doc.isNull() && kept)
            QFile::remove(m_path);
        if (error) {
            const QString why = doc.isNull() ? readError : problems.join(QLatin1Char('\n'));
            *error = kept ? QCoreApplication::translate("td::ProfileStore", "%1\nThe file was kept as %2.")
                                .arg(why, QDir::toNativeSeparators(aside))
                          : QCoreApplication::translate("td::ProfileStore",
                                                        "%1\nA copy could not be kept; the file was left untouched.")
                                .arg(why);
        }
        return false;
    }
    return true;
}

bool ProfileStore::save(QString *error) const
{
    if (!m_refusal.isEmpty()) {
        if (error)
            *error = m_refusal;
        return false;
    }
    return writeJsonFile(m_path, profilesDocument(m_profiles, m_credentials), error);
}

const Credential *ProfileStore::credential(const QString &idOrName) const
{
    for (const Credential &entry : m_credentials) {
        if (entry.id == idOrName)
            return &entry;
    }
    for (const Credential &entry : m_credentials) {
        if (entry.name == idOrName)
            return &entry;
    }
    return nullptr;
}

QList<TriggerProfile> ProfileStore::importFile(const QString &path, QString *error)
{
    QString readError;
    const QJsonDocument doc = readJsonFile(path, &readError);
    if (doc.isNull()) {
        if (error)
            *error = readError;
        return {};
    }
    QStringList problems;
    const QList<TriggerProfile> profiles = profilesFromDocument(doc, &problems);
    if (error)
        *error = problems.join(QLatin1Char('\n'));
    return profiles;
}

bool ProfileStore::exportFile(const QString &path, const QList<TriggerProfile> &profiles, QString *error)
{
    return writeJsonFile(path, profilesDocument(profiles), error);
}

} // namespace td
