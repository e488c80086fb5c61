#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace td {

// Where secrets (personal access tokens, client secrets) live. Profiles, settings, job history
// and exports hold only the key. Asynchronous: an OS keychain may take a while, or ask.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(const QByteArray &secret, const QString &error)>;
    using DoneCallback = std::function<void(const QString &error)>;

    using QObject::QObject;

    // False when secrets are kept for this session only.
    virtual bool isPersistent() const = 0;
    // Callbacks are dropped if context is destroyed first. An empty error means success.
    virtual void read(const QString &key, QObject *context, ReadCallback done) = 0;
    virtual void write(const QString &key, const QByteArray &secret, QObject *context, DoneCallback done) = 0;
    virtual void remove(const QString &key, QObject *context, DoneCallback done) = 0;
};

// The operating system's keychain through QtKeychain: Secret Service on Linux, Keychain on
// macOS, Credential Manager on Windows.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(const QString &service = QStringLiteral("TriggerDesk"), QObject *parent = nullptr);

    bool isPersistent() const override { return true; }
    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(const QString &key, const QByteArray &secret, QObject *context, DoneCallback done) override;
    void remove(const QString &key, QObject *context, DoneCallback done) override;

private:
    QString m_service;
};

// Secrets in memory for this session only: where no keychain is available. Never written anywhere.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    bool isPersistent() const override { return false; }
    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(const QString &key, const QByteArray &secret, QObject *context, DoneCallback done) override;
    void remove(const QString &key, QObject *context, DoneCallback done) override;

private:
    QHash<QString, QByteArray> m_secrets;
};

} // namespace td
