#include "triggerprofile.h"

#include "proxysetting.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

namespace td {

bool isSupportedMethod(const QString &method)
{
    static const QStringList kMethods{QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
                                      QStringLiteral("DELETE")};
    return kMethods.contains(method);
}

QString originOf(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    const int defaultPort = scheme == QLatin1String("https") ? 443 : scheme == QLatin1String("http") ? 80 : -1;
    return scheme + QLatin1String("://") + url.host().toLower() + QLatin1Char(':') +
           QString::number(url.port(defaultPort));
}

QUrl orchestratorUrlFor(const QUrl &invokeUrl)
{
    QUrl url = invokeUrl;
    const QString path = invokeUrl.path();
    const qsizetype t = path.lastIndexOf(QLatin1String("/t/"));
    url.setPath(t >= 0 ? path.left(t) : QString());
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

bool parseInvokeUrl(const QUrl &url, InvokeUrlParts *parts, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    if (!url.isValid() || url.host().isEmpty()) {
        message = QCoreApplication::translate(
            "td::TriggerProfile",
            "This is not a valid URL. Paste the full slug URL that Orchestrator copies for the trigger.");
        return false;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        message = QCoreApplication::translate("td::TriggerProfile",
                                              "The URL must start with https:// (or http:// for a local test server).");
        return false;
    }
    const QStringList segments = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const qsizetype t = segments.lastIndexOf(QStringLiteral("t"), segments.size() - 3);
    if (t < 0 || segments.size() != t + 3) {
        message = QCoreApplication::translate(
            "td::TriggerProfile",
            "The path must end in /t/{folder key}/{slug}, as in Orchestrator's \"copy full slug URL\".");
        return false;
    }
    InvokeUrlParts result;
    result.folderKey = segments.at(t + 1);
    result.slug = segments.at(t + 2);
    result.folderKeyIsGuid = !QUuid::fromString(result.folderKey).isNull();
    // Cloud and Automation Suite: /{organization}/{tenant}/orchestrator_/t/...
    if (t >= 3 && segments.at(t - 1) == QLatin1String("orchestrator_")) {
        result.organization = segments.at(t - 3);
        result.tenant = segments.at(t - 2);
    }
    if (parts)
        *parts = result;
    message.clear();
    return true;
}

QStringList TriggerProfile::validate() const
{
    QStringList problems;
    if (name.trimmed().isEmpty())
        problems.append(QCoreApplication::translate("td::TriggerProfile", "Give the profile a name."));
    const QString scheme = invokeUrl.scheme().toLower();
    if (invokeUrl.isEmpty())
        problems.append(QCoreApplication::translate(
            "td::TriggerProfile", "Paste the trigger URL: the full slug URL that Orchestrator copies."));
    else if (!invokeUrl.isValid())
        problems.append(QCoreApplication::translate("td::TriggerProfile",
                                                    "The trigger URL is not a valid URL (%1). Paste the full slug URL "
                                                    "that Orchestrator copies.")
                            .arg(invokeUrl.errorString()));
    else if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        problems.append(QCoreApplication::translate(
            "td::TriggerProfile", "The trigger URL must start with https:// (or http:// for a local test server)."));
    else if (invokeUrl.host().isEmpty())
        problems.append(QCoreApplication::translate("td::TriggerProfile",
                                                    "The trigger URL has no host name. Paste the full slug URL that "
                                                    "Orchestrator copies."));
    if (!isSupportedMethod(method))
        problems.append(
            QCoreApplication::translate("td::TriggerProfile", "The HTTP verb must be GET, POST, PUT or DELETE."));
    if (pollIntervalMs < kMinimumPollIntervalMs)
        problems.append(QCoreApplication::translate("td::TriggerProfile", "The poll interval must be at least %1 ms.")
                            .arg(kMinimumPollIntervalMs));
    if (deadlineSeconds <= 0 || deadlineSeconds > kMaximumDeadlineSeconds)
        problems.append(QCoreApplication::translate("td::TriggerProfile",
                                                    "The long-poll deadline must be from one second to %1 hours.")
                            .arg(kMaximumDeadlineSeconds / 3600));
    if (expectedDurationSeconds < 0 || expectedDurationSeconds > kMaximumExpectedDurationSeconds)
        problems.append(
            QCoreApplication::translate("td::TriggerProfile", "The expected duration must be from 0 (none) to %1 days.")
                .arg(kMaximumExpectedDurationSeconds / (24 * 3600)));
    if (probeEveryMinutes < 0 || probeEveryMinutes > kMaximumProbeMinutes)
        problems.append(QCoreApplication::translate("td::TriggerProfile",
                                                    "The probe interval must be from 0 (never) to %1 minutes.")
                            .arg(kMaximumProbeMinutes));
    if (probeEveryMinutes > 0 && !probeTimes.isEmpty())
        problems.append(QCoreApplication::translate(
            "td::TriggerProfile", "A probe runs every so many minutes or at set times, not both: clear one of them."));
    problems += tls.validate();
    ProxySetting proxySetting;
    if (QString proxyError; !ProxySetting::parse(proxy, &proxySetting, &proxyError))
        problems.append(proxyError);
    if (correlationArgument.startsWith(QLatin1Char('$')) || correlationArgument.contains(QLatin1Char(' ')))
        problems.append(QCoreApplication::translate("td::TriggerProfile",
                                                    "The correlation argument must be an argument name (no spaces, "
                                                    "not starting with $): %1.")
                            .arg(correlationArgument));
    QStringList seen;
    for (const ArgumentSpec &spec : arguments) {
        if (spec.name.trimmed().isEmpty())
            problems.append(QCoreApplication::translate("td::TriggerProfile", "Every argument needs a name."));
        else if (seen.contains(spec.name))
            problems.append(
                QCoreApplication::translate("td::TriggerProfile", "The argument %1 is defined twice.").arg(spec.name));
        else if (spec.name.startsWith(QLatin1Char('$')))
            problems.append(QCoreApplication::translate("td::TriggerProfile", "Argument names cannot start with $: %1.")
                                .arg(spec.name));
        else if (spec.name == correlationArgument)
            problems.append(QCoreApplication::translate("td::TriggerProfile",
                                                        "The argument %1 is the correlation argument: TriggerDesk "
                                                        "fills it at each launch, so it cannot be in the form too.")
                                .arg(spec.name));
        seen.append(spec.name);
        if (spec.type == ArgumentType::Choice && spec.choices.isEmpty())
            problems.append(
                QCoreApplication::translate("td::TriggerProfile", "The choice argument %1 needs at least one choice.")
                    .arg(spec.name));
    }
    return problems;
}

QJsonObject TriggerProfile::probeArguments() const
{
    if (!presets.isEmpty())
        return presets.first();
    QJsonObject values;
    for (const ArgumentSpec &spec : arguments) {
        if (!spec.defaultValue.isUndefined() && !spec.defaultValue.isNull())
            values.insert(spec.name, spec.defaultValue);
    }
    return values;
}

QJsonObject TriggerProfile::toJson() const
{
    QJsonArray args;
    for (const ArgumentSpec &spec : arguments)
        args.append(spec.toJson());
    QJsonObject presetsJson;
    for (auto it = presets.constBegin(); it != presets.constEnd(); ++it)
        presetsJson.insert(it.key(), it.value());
    QJsonObject json{
        {QStringLiteral("version"), kFormatVersion},
        {QStringLiteral("name"), name},
        {QStringLiteral("url"), invokeUrl.toString(QUrl::FullyEncoded)},
        {QStringLiteral("method"), method},
        {QStringLiteral("mode"), callModeName(mode)},
        {QStringLiteral("arguments"), args},
        {QStringLiteral("presets"), presetsJson},
        {QStringLiteral("pollIntervalMs"), pollIntervalMs},

        {QStringLiteral("deadlineSeconds"), deadlineSeconds},
        {QStringLiteral("requestTimeoutSeconds"), requestTimeoutSeconds},
        {QStringLiteral("credential"), credential},
        {QStringLiteral("trustedOrigins"), QJsonArray::fromStringList(trustedOrigins)},
        {QStringLiteral("sendTokenOnRedirects"), sendTokenOnRedirects},
        {QStringLiteral("folderId"), folderId},
    };
    tls.writeTo(&json);
    if (!proxy.isEmpty())
        json.insert(QStringLiteral("proxy"), proxy);
    if (!correlationArgument.isEmpty())
        json.insert(QStringLiteral("correlationArgument"), correlationArgument);
    if (adaptivePolling)
        json.insert(QStringLiteral("pollSchedule"), QStringLiteral("adaptive"));
    if (expectedDurationSeconds > 0)
        json.insert(QStringLiteral("expectedDurationSeconds"), expectedDurationSeconds);
    if (hasProbeSchedule()) {
        QJsonObject probe{{QStringLiteral("confirmed"), probeConfirmed}};
        if (probeEveryMinutes > 0)
            probe.insert(QStringLiteral("everyMinutes"), probeEveryMinutes);
        QJsonArray times;
        for (const QTime &time : probeTimes)
            times.append(time.toString(QStringLiteral("HH:mm")));
        if (!times.isEmpty())
            probe.insert(QStringLiteral("at"), times);
        json.insert(QStringLiteral("probe"), probe);
    }
    return json;
}

TriggerProfile TriggerProfile::fromJson(const QJsonObject &json, QString *error)
{
    TriggerProfile profile;
    if (!json.contains(QStringLiteral("name")) || !json.contains(QStringLiteral("url"))) {
        if (error)
            *error =
                QCoreApplication::translate("td::TriggerProfile", "A profile needs at least a \"name\" and a \"url\".");
        return {};
    }
    const int version = json.value(QStringLiteral("version")).toInt(kFormatVersion);
    if (version > kFormatVersion) {
        if (error)
            *error = QCoreApplication::translate("td::TriggerProfile",
                                                 "This profile was written by a newer TriggerDesk (format %1).")
                         .arg(version);
        return {};
    }
    profile.name = json.value(QStringLiteral("name")).toString();
    profile.invokeUrl = QUrl(json.value(QStringLiteral("url")).toString(), QUrl::StrictMode);
    profile.method = json.value(QStringLiteral("method")).toString(profile.method).toUpper();
    parseCallMode(json.value(QStringLiteral("mode")).toString(), &profile.mode);
    const QJsonArray args = json.value(QStringLiteral("arguments")).toArray();
    for (const QJsonValue &arg : args)
        profile.arguments.append(ArgumentSpec::fromJson(arg.toObject()));
    const QJsonObject presetsJson = json.value(QStringLiteral("presets")).toObject();
    for (auto it = presetsJson.constBegin(); it != presetsJson.constEnd(); ++it)
        profile.presets.insert(it.key(), it.value().toObject());
    profile.pollIntervalMs = json.value(QStringLiteral("pollIntervalMs")).toInt(kDefaultPollIntervalMs);
    profile.adaptivePolling = json.value(QStringLiteral("pollSchedule")).toString() == QLatin1String("adaptive");
    profile.deadlineSeconds = json.value(QStringLiteral("deadlineSeconds")).toInt(kDefaultDeadlineSeconds);
    profile.requestTimeoutSeconds =
        json.value(QStringLiteral("requestTimeoutSeconds")).toInt(kDefaultRequestTimeoutSeconds);
    profile.credential = json.value(QStringLiteral("credential")).toString();
    const QJsonArray origins = json.value(QStringLiteral("trustedOrigins")).toArray();
    for (const QJsonValue &origin : origins)
        profile.trustedOrigins.append(origin.toString());
    profile.sendTokenOnRedirects = json.value(QStringLiteral("sendTokenOnRedirects")).toBool(true);
    profile.folderId = json.value(QStringLiteral("folderId")).toInteger();
    profile.tls = TlsTrust::readFrom(json);
    profile.proxy = json.value(QStringLiteral("proxy")).toString();
    profile.correlationArgument = json.value(QStringLiteral("correlationArgument")).toString();
    profile.expectedDurationSeconds = json.value(QStringLiteral("expectedDurationSeconds")).toInt(0);
    const QJsonObject probe = json.value(QStringLiteral("probe")).toObject();
    profile.probeEveryMinutes = probe.value(QStringLiteral("everyMinutes")).toInt(0);
    const QJsonArray times = probe.value(QStringLiteral("at")).toArray();
    for (const QJsonValue &time : times) {
        const QTime at = QTime::fromString(time.toString(), QStringLiteral("HH:mm"));
        if (at.isValid() && !profile.probeTimes.contains(at))
            profile.probeTimes.append(at);
    }
    std::sort(profile.probeTimes.begin(), profile.probeTimes.end());
    profile.probeConfirmed = probe.value(QStringLiteral("confirmed")).toBool();
    if (error)
        error->clear();
    return profile;
}

QDateTime TriggerProfile::nextProbeAfter(const QDateTime &after) const
{
    if (probeTimes.isEmpty())
        return probeEveryMinutes > 0 ? after.addSecs(qint64(probeEveryMinutes) * 60) : QDateTime();
    // The first set time of day later than `after`, today or tomorrow, in local time.
    const QDateTime local = after.toLocalTime();
    for (const int day : {0, 1, 2}) {
        for (const QTime &time : probeTimes) {
            const QDateTime at(local.date().addDays(day), time);
            if (at > local)
                return at.toUTC();
        }
    }
    return {};
}

bool TriggerProfile::operator==(const TriggerProfile &other) const
{
    return toJson() == other.toJson();
}

} // namespace td
