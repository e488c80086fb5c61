#include "secretstore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QPointer>

namespace td {

namespace {

QString keychainError(const QKeychain::Job *job)
{
    if (job->error() == QKeychain::NoError)
        return {};
    if (job->error() == QKeychain::EntryNotFound)
        return QCoreApplication::translate("td::SecretStore", "No secret is stored under this name.");
    if (job->error() == QKeychain::NoBackendAvailable)
        return QCoreApplication::translate("td::SecretStore",
                                           "No keychain is available on this system (%1). Secrets are kept for "
                                           "this session only.")
            .arg(job->errorString());
    return QCoreApplication::translate("td::SecretStore", "The keychain refused: %1").arg(job->errorString());
}

template <typename JobType, typename Callback, typename Finish>
void startJob(JobType *job, QObject *context, Callback done, Finish finish)
{
    const QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, job, [job, guard, done, finish] {
        if (guard)
            finish(job, done);
    });
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent), m_service(service)
{}

void KeychainSecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    startJob(job, context, std::move(done), [](QKeychain::ReadPasswordJob *finished, const ReadCallback &callback) {
        callback(finished->binaryData(), keychainError(finished));
    });
}

void KeychainSecretStore::write(const QString &key, const QByteArray &secret, QObject *context, DoneCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setBinaryData(secret);
    startJob(job, context, std::move(done), [](QKeychain::WritePasswordJob *finished, const DoneCallback &callback) {
        callback(keychainError(finished));
    });
}

void KeychainSecretStore::remove(const QString &key, QObject *context, DoneCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    startJob(job, context, std::move(done), [](QKeychain::DeletePasswordJob *finished, const DoneCallback &callback) {
        callback(keychainError(finished));
    });
}

void MemorySecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    Q_UNUSED(context)
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd())
        done({}, QCoreApplication::translate("td::SecretStore", "No secret is stored under this name."));
    else
        done(it.value(), QString());
}

void MemorySecretStore::write(const QString &key, const QByteArray &secret, QObject *context, DoneCallback done)
{
    Q_UNUSED(context)
    m_secrets.insert(key, secret);
    done(QString());
}

void MemorySecretStore::remove(const QString &key, QObject *context, DoneCallback done)
{
    Q_UNUSED(context)
    m_secrets.remove(key);
    done(QString());
}

} // namespace td
