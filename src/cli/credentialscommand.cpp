// triggerdesk-cli credentials: list, add and remove saved credentials; secrets go to the keychain.

#include "cliio.h"
#include "clioptions.h"
#include "clirunner.h"
#include "profilestore.h"
#include "secretstore.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace td::cli {

int CliRunner::credentials(const QStringList &arguments)
{
    CliOptions options;
    QString error;
    if (!parseOptions(Command::Credentials, arguments, &options, &error))
        return usageError(error);
    const QStringList &positional = options.positional;
    const QString action = positional.value(0);
    ProfileStore store(ProfileStore::defaultPath());
    if (!store.load(&error))
        return usageError(error);

    if (action == QLatin1String("list") && positional.size() == 1) {
        for (const Credential &credential : store.credentials()) {
            out() << credential.name << '\t' << credentialKindName(credential.kind) << '\t' << credential.clientId
                  << '\t' << credential.id << '\n';
        }
        out() << Qt::flush;
        return ExitSuccess;
    }
    if (action == QLatin1String("remove") && positional.size() == 2) {
        const Credential *found = store.credential(positional.at(1));
        if (!found)
            return usageError(
                QCoreApplication::translate("td::cli", "no credential named \"%1\"").arg(positional.at(1)));
        const Credential credential = *found;
        // The secret first: if the keychain refuses, the credential stays listed, and removing it
        // again is how to retry, rather than a secret left in the keychain that nothing names.
        const int removed = runSecretJob([&](SecretStore *secrets, QObject *context, SecretStore::DoneCallback done) {
            secrets->remove(credential.secretKey(), context, std::move(done));
        });
        if (removed != ExitSuccess)
            return removed;
        QList<Credential> all = store.credentials();
        all.removeIf([&credential](const Credential &entry) { return entry.id == credential.id; });
        store.setCredentials(all);
        if (!store.save(&error))
            return notSaved(error);
        return ExitSuccess;
    }
    if (action != QLatin1String("add") || positional.size() != 2 || options.pat == options.oauth)
        return usageError(QCoreApplication::translate(
            "td::cli", "credentials takes list, add NAME --pat|--oauth --client-id ID, or remove NAME"));
    if (store.credential(positional.at(1)))
        return usageError(
            QCoreApplication::translate("td::cli", "a credential named \"%1\" exists already").arg(positional.at(1)));
    Credential credential =
        Credential::create(positional.at(1), options.oauth ? Credential::Kind::OAuthClientCredentials
                                                           : Credential::Kind::PersonalAccessToken);
    if (credential.kind == Credential::Kind::OAuthClientCredentials) {
        credential.clientId = options.clientId;
        credential.scopes = options.scopes;
        credential.identityUrl = QUrl(options.identityUrl);
    }
    const QStringList problems = credential.validate();
    if (!problems.isEmpty())
        return usageError(problems.join(QLatin1Char(' ')));
    // The secret comes from standard input, so it never shows in a process list or shell history.
    QTextStream in(stdin);
    const QByteArray secret = in.readLine().trimmed().toUtf8();
    if (secret.isEmpty())
        return usageError(QCoreApplication::translate("td::cli", "give the secret on standard input"));
    const int written = runSecretJob([&](SecretStore *secrets, QObject *context, SecretStore::DoneCallback done) {
        secrets->write(credential.secretKey(), secret, context, std::move(done));
    });
    if (written != ExitSuccess)
        return written;
    store.setCredentials(store.credentials() + QList<Credential>{credential});
    if (!store.save(&error))
        return notSaved(error);
    err() << QCoreApplication::translate("td::cli",
                                         "Saved the credential \"%1\"; its secret is in the system keychain.")
                 .arg(credential.name)
          << Qt::endl;
    return ExitSuccess;
}

int CliRunner::runSecretJob(const std::function<void(SecretStore *, QObject *, SecretStore::DoneCallback)> &job)
{
    KeychainSecretStore secrets;
    QEventLoop loop;
    QString error;
    job(&secrets, &loop, [&](const QString &message) {
        error = message;
        loop.quit();
    });
    loop.exec();
    if (!error.isEmpty()) {
        err() << "triggerdesk-cli: " << error << Qt::endl;
        return ExitUsage;
    }
    return ExitSuccess;
}

} // namespace td::cli
