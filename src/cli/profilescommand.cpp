// triggerdesk-cli profiles: list, show, import and export the saved profiles.

#include "cliio.h"
#include "clirunner.h"
#include "profilestore.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace td::cli {

int CliRunner::profiles(const QStringList &arguments)
{
    const QString action = arguments.value(2);
    const QString operand = arguments.value(3);
    ProfileStore store(ProfileStore::defaultPath());
    QString error;
    if (!store.load(&error))
        return usageError(error);
    if (action == QLatin1String("list") && arguments.size() == 3) {
        for (const TriggerProfile &profile : store.profiles()) {
            out() << profile.name << '\t' << profile.method << '\t' << callModeName(profile.mode) << '\t'
                  << profile.invokeUrl.toDisplayString() << '\n';
        }
        out() << Qt::flush;
        return ExitSuccess;
    }
    if (action == QLatin1String("show") && arguments.size() == 4) {
        const int index = store.indexOf(operand);
        if (index < 0)
            return usageError(QCoreApplication::translate("td::cli", "no profile named \"%1\"").arg(operand));
        out() << QString::fromUtf8(QJsonDocument(store.profiles().at(index).toJson()).toJson()) << Qt::flush;
        return ExitSuccess;
    }
    if (action == QLatin1String("import") && arguments.size() == 4) {
        const QList<TriggerProfile> imported = ProfileStore::importFile(operand, &error);
        if (!error.isEmpty())
            err() << error << Qt::endl;
        if (imported.isEmpty())
            return ExitUsage;
        QList<TriggerProfile> all = store.profiles();
        for (const TriggerProfile &profile : imported) {
            const int index = store.indexOf(profile.name);
            if (index >= 0)
                all[index] = profile;
            else
                all.append(profile);
        }
        store.setProfiles(all);
        if (!store.save(&error))
            return notSaved(error);
        err() << QCoreApplication::translate("td::cli", "Imported %n profile(s) into %1.", nullptr,
                                             int(imported.size()))
                     .arg(store.path())
              << Qt::endl;
        return ExitSuccess;
    }
    if (action == QLatin1String("export") && arguments.size() == 4) {
        if (!ProfileStore::exportFile(operand, store.profiles(), &error))
            return notSaved(error);
        return ExitSuccess;
    }
    return usageError(
        QCoreApplication::translate("td::cli", "profiles takes list, show NAME, import FILE or export FILE"));
}

} // namespace td::cli
