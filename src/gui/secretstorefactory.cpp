#include "secretstorefactory.h"

#include "secretstore.h"

#include <qt6keychain/keychain.h>

#include <QMetaObject>

namespace td {

namespace {

// Forwards to the factory's store once the keychain has answered.
class DeferredSecretStore : public SecretStore
{
public:
    explicit DeferredSecretStore(SecretStoreFactory *factory) : SecretStore(factory), m_factory(factory) {}

    bool isPersistent() const override { return m_factory->backend() == SecretStoreFactory::Backend::Keychain; }
    void read(const QString &key, QObject *context, ReadCallback done) override
    {
        m_factory->whenReady(context, [=](SecretStore *store) { store->read(key, context, done); });
    }
    void write(const QString &key, const QByteArray &secret, QObject *context, DoneCallback done) override
    {
        m_factory->whenReady(context, [=](SecretStore *store) { store->write(key, secret, context, done); });
    }
    void remove(const QString &key, QObject *context, DoneCallback done) override
    {
        m_factory->whenReady(context, [=](SecretStore *store) { store->remove(key, context, done); });
    }

private:
    SecretStoreFactory *m_factory;
};

} // namespace

SecretStoreFactory::SecretStoreFactory(QObject *parent, Probe probe)
    : QObject(parent), m_probe(probe ? std::move(probe) : keychainProbe()), m_deferred(new DeferredSecretStore(this))
{}

SecretStoreFactory::~SecretStoreFactory() = default;

SecretStoreFactory::Probe SecretStoreFactory::keychainProbe(const QString &service)
{
    return [service](QObject *context, ProbeCallback done) {
        auto *job = new QKeychain::ReadPasswordJob(service, context); // deletes itself when finished
        job->setKey(QStringLiteral("triggerdesk/keychain-probe"));
        QObject::connect(job, &QKeychain::Job::finished, context, [job, done] {
            // Access denied by the user still means there is a keychain: using it will ask again.
            switch (job->error()) {
            case QKeychain::NoError:
            case QKeychain::EntryNotFound:
            case QKeychain::AccessDeniedByUser:
                done(true, QString());
                break;
            default:
                done(false, job->errorString());
                break;
            }
        });
        job->start();
    };
}

void SecretStoreFactory::start()
{
    if (m_started)
        return;
    m_started = true;
    // Queued, so ready() never fires inside start() even when a probe answers at once.
    QMetaObject::invokeMethod(
        this, [this] { m_probe(this, [this](bool available, const QString &reason) { settle(available, reason); }); },
        Qt::QueuedConnection);
}

void SecretStoreFactory::settle(bool available, const QString &reason)
{
    if (isReady())
        return;
    if (available) {
        m_store = new KeychainSecretStore(QStringLiteral("TriggerDesk"), this);
        m_backend = Backend::Keychain;
    } else {
        m_store = new MemorySecretStore(this);
        m_backend = Backend::SessionOnly;
        m_reason = reason.isEmpty() ? tr("No keychain answered.") : reason;
    }
    emit ready(m_store);
}

void SecretStoreFactory::whenReady(QObject *context, std::function<void(SecretStore *store)> then)
{
    if (isReady()) {
        then(m_store);
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(this, &SecretStoreFactory::ready, context, [connection, then](SecretStore *store) {
        QObject::disconnect(*connection);
        then(store);
    });
}

} // namespace td
