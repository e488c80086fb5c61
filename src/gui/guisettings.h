#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QVariant>

#include <memory>

class QSettings;

namespace td {

// What the window remembers between sessions, behind one enum-keyed facade. Tests use an
// instance over a temporary file instead of the user's settings.
class GuiSettings
{
public:
    enum class Key
    {
        WindowGeometry,
        WindowState,
        MainSplitter,
        SideSplitter,
        JobSplitter,
        JobTableHeader,
        LastProfile,
        HistoryLimit,      // ended jobs kept in the history's database (default 100000)
        HistoryMaxAgeDays, // ended jobs older than this are dropped (default 90)
        TableLimit,        // ended jobs shown in the table, the newest (default 1000)
        RetryBudget,       // failed status and output GETs in a row before a job is Unknown (default 6)
        Language,          // "en", "zh_CN", "ja"; empty: the system's (applies at the next start)
        LongPollSlots,     // long polls held at once per server (default 50); more wait as Queued
        Proxy,             // "system" (default), "none" or a proxy URL, for profiles that defer to it
        WatchLimitHours,   // how long any job is watched before it ends TimedOut (default 24)
        RememberedProxies, // "host:port" of proxies whose credentials are in the keychain
        PausedProbes,      // names of the profiles whose probe schedule is paused
    };

    // The platform's settings for TriggerDesk.
    GuiSettings();
    // An INI file at this path (tests).
    explicit GuiSettings(const QString &iniPath);
    ~GuiSettings();

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);

    // The argument values last launched with a profile.
    QJsonObject lastArguments(const QString &profileName) const;
    void setLastArguments(const QString &profileName, const QJsonObject &values);

    void sync();
    // Where the settings are kept: a file, or the registry key on Windows.
    QString location() const;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace td
