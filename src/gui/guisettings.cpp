#include "guisettings.h"

#include <QJsonDocument>
#include <QSettings>

namespace td {

namespace {

QString keyName(GuiSettings::Key key)
{
    switch (key) {
    case GuiSettings::Key::WindowGeometry:
        return QStringLiteral("window/geometry");
    case GuiSettings::Key::WindowState:
        return QStringLiteral("window/state");
    case GuiSettings::Key::MainSplitter:
        return QStringLiteral("window/mainSplitter");
    case GuiSettings::Key::SideSplitter:
        return QStringLiteral("window/sideSplitter");
    case GuiSettings::Key::JobSplitter:
        return QStringLiteral("window/jobSplitter");
    case GuiSettings::Key::JobTableHeader:
        return QStringLiteral("window/jobTableHeader");
    case GuiSettings::Key::LastProfile:
        return QStringLiteral("profiles/last");
    case GuiSettings::Key::HistoryLimit:
        return QStringLiteral("history/limit");
    case GuiSettings::Key::HistoryMaxAgeDays:
        return QStringLiteral("history/maxAgeDays");
    case GuiSettings::Key::TableLimit:
        return QStringLiteral("history/tableLimit");
    case GuiSettings::Key::RetryBudget:
        return QStringLiteral("jobs/retryBudget");
    case GuiSettings::Key::Language:
        return QStringLiteral("ui/language");
    case GuiSettings::Key::LongPollSlots:
        return QStringLiteral("jobs/longPollSlots");
    case GuiSettings::Key::WatchLimitHours:
        return QStringLiteral("jobs/watchLimitHours");
    case GuiSettings::Key::Proxy:
        return QStringLiteral("network/proxy");
    case GuiSettings::Key::RememberedProxies:
        return QStringLiteral("network/rememberedProxies");
    case GuiSettings::Key::PausedProbes:
        return QStringLiteral("probes/paused");
    }
    return {};
}

// Profile names may hold '/' and other characters QSettings treats as structure.
QString argumentsKey(const QString &profileName)
{
    return QStringLiteral("lastArguments/") + QString::fromLatin1(profileName.toUtf8().toHex());
}

} // namespace

GuiSettings::GuiSettings() : m_settings(std::make_unique<QSettings>()) {}

GuiSettings::GuiSettings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{}

GuiSettings::~GuiSettings() = default;

QVariant GuiSettings::value(Key key) const
{
    return m_settings->value(keyName(key));
}

void GuiSettings::setValue(Key key, const QVariant &value)
{
    m_settings->setValue(keyName(key), value);
}

QJsonObject GuiSettings::lastArguments(const QString &profileName) const
{
    const QByteArray json = m_settings->value(argumentsKey(profileName)).toByteArray();
    return QJsonDocument::fromJson(json).object();
}

void GuiSettings::setLastArguments(const QString &profileName, const QJsonObject &values)
{
    m_settings->setValue(argumentsKey(profileName), QJsonDocument(values).toJson(QJsonDocument::Compact));
}

void GuiSettings::sync()
{
    m_settings->sync();
}

QString GuiSettings::location() const
{
    return m_settings->fileName();
}

} // namespace td
