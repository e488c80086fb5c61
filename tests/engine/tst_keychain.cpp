#include "secretstore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace td;

// The real keychain path: QtKeychain against a Secret Service (gnome-keyring under
// dbus-run-session; see run-with-keyring.sh).
class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void storeReadUpdateDelete();
    void memoryStoreIsSessionOnly();

private:
    static QString readSecret(SecretStore &store, const QString &key, QByteArray *secret);
    static QString writeSecret(SecretStore &store, const QString &key, const QByteArray &secret);
    static QString removeSecret(SecretStore &store, const QString &key);
};

QString TestKeychain::readSecret(SecretStore &store, const QString &key, QByteArray *secret)
{
    QString error = QStringLiteral("no answer");
    bool done = false;
    QObject context;
    store.read(key, &context, [&](const QByteArray &value, const QString &message) {
        *secret = value;
        error = message;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
    return error;
}

QString TestKeychain::writeSecret(SecretStore &store, const QString &key, const QByteArray &secret)
{
    QString error = QStringLiteral("no answer");
    bool done = false;
    QObject context;
    store.write(key, secret, &context, [&](const QString &message) {
        error = message;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
    return error;
}

QString TestKeychain::removeSecret(SecretStore &store, const QString &key)
{
    QString error = QStringLiteral("no answer");
    bool done = false;
    QObject context;
    store.remove(key, &context, [&](const QString &message) {
        error = message;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
    return error;
}

void TestKeychain::storeReadUpdateDelete()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session: run through run-with-keyring.sh");
    KeychainSecretStore store(QStringLiteral("TriggerDesk-test"));
    const QString key = QStringLiteral("credential-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QByteArray secret;
    QVERIFY(!readSecret(store, key, &secret).isEmpty());

    QCOMPARE(writeSecret(store, key, QByteArrayLiteral("first-secret")), QString());
    QCOMPARE(readSecret(store, key, &secret), QString());
    QCOMPARE(secret, QByteArray("first-secret"));

    QCOMPARE(writeSecret(store, key, QByteArrayLiteral("second-secret")), QString());
    QCOMPARE(readSecret(store, key, &secret), QString());
    QCOMPARE(secret, QByteArray("second-secret"));

    QCOMPARE(removeSecret(store, key), QString());
    const QString error = readSecret(store, key, &secret);
    QVERIFY2(error.contains(QStringLiteral("No secret")), qPrintable(error));
    QVERIFY(secret.isEmpty());
}

void TestKeychain::memoryStoreIsSessionOnly()
{
    MemorySecretStore store;
    QVERIFY(!store.isPersistent());
    QByteArray secret;
    QCOMPARE(writeSecret(store, QStringLiteral("k"), QByteArrayLiteral("v")), QString());
    QCOMPARE(readSecret(store, QStringLiteral("k"), &secret), QString());
    QCOMPARE(secret, QByteArray("v"));
    QCOMPARE(removeSecret(store, QStringLiteral("k")), QString());
    QVERIFY(!readSecret(store, QStringLiteral("k"), &secret).isEmpty());
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
