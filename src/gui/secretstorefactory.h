#pragma once

#include "secretstore.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace td {

// Decides, once per session, where secrets live: the operating system's keychain when it
// answers, else memory for this session only (and the reason, to tell the user plainly). The
// keychain is asked asynchronously (a Secret Service may take a while to start, or not exist);
// nothing here blocks.
class SecretStoreFactory : public QObject
{
    Q_OBJECT

public:
    enum class Backend
    {
        Probing,     // start() not called yet, or no answer yet
        Keychain,    // KeychainSecretStore
        SessionOnly, // MemorySecretStore: no keychain answered
    };

    // available: the keychain answered (a missing entry is an answer); reason: why not, in words.
    using ProbeCallback = std::function<void(bool available, const QString &reason)>;
    using Probe = std::function<void(QObject *context, ProbeCallback done)>;

    // probe: how to find out whether the keychain works (tests pass a fake); empty: keychainProbe().
    explicit SecretStoreFactory(QObject *parent = nullptr, Probe probe = {});
    ~SecretStoreFactory() override;

    // Asks the keychain, once; ready() follows, never from within this call.
    void start();

    Backend backend() const { return m_backend; }
    bool isReady() const { return m_backend != Backend::Probing; }
    // The chosen store, owned by this object; null until ready.
    SecretStore *store() const { return m_store; }
    // Why secrets are kept for this session only (the keychain's own words); empty otherwise.
    QString unavailableReason() const { return m_reason; }

    // A store usable at once: its calls wait until the keychain has answered, then go to store().
    SecretStore *deferredStore() const { return m_deferred; }

    // Calls then with the store at once when ready, else when it becomes ready (dropped if
    // context is destroyed first).
    void whenReady(QObject *context, std::function<void(SecretStore *store)> then);

    // Reads an entry that does not exist from the keychain under service: "not found" or a
    // value means the keychain works; "no backend" or any other failure means it does not.
    static Probe keychainProbe(const QString &service = QStringLiteral("TriggerDesk"));

signals:
    void ready(td::SecretStore *store);

private:
    void settle(bool available, const QString &reason);

    Probe m_probe;
    Backend m_backend = Backend::Probing;
    bool m_started = false;
    QPointer<SecretStore> m_store;
    SecretStore *m_deferred = nullptr;
    QString m_reason;
};

} // namespace td
