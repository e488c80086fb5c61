// SecretStoreFactory: the keychain when it answers, memory for the session otherwise; decided
// asynchronously, once.

#include "secretstorefactory.h"

#include <QSignalSpy>
#include <QTest>

using namespace td;

namespace {

// A probe that answers once the event loop runs, as a keychain does; counts how often it is asked.
SecretStoreFactory::Probe fakeProbe(bool available, int *calls)
{
    return [available, calls](QObject *context, SecretStoreFactory::ProbeCallback done) {
        ++*calls;
        QMetaObject::invokeMethod(
            context, [available, done] { done(available, available ? QString() : QStringLiteral("No D-Bus.")); },
            Qt::QueuedConnection);
    };
}

} // namespace

class TestSecretStoreFactory : public QObject
{
    Q_OBJECT

private slots:
    void noKeychainMeansSessionOnly();
    void keychainWhenItAnswers();
    void whenReadyWaitsOrCallsAtOnce();
    void realProbeSettles();
};

void TestSecretStoreFactory::noKeychainMeansSessionOnly()
{
    int calls = 0;
    SecretStoreFactory factory(nullptr, fakeProbe(false, &calls));
    QSignalSpy ready(&factory, &SecretStoreFactory::ready);
    QCOMPARE(factory.backend(), SecretStoreFactory::Backend::Probing);
    factory.start();
    factory.start();            // once only
    QCOMPARE(ready.count(), 0); // never from within start()
    QVERIFY(!factory.store());
    QTRY_COMPARE(ready.count(), 1);
    QCOMPARE(calls, 1);
    QCOMPARE(factory.backend(), SecretStoreFactory::Backend::SessionOnly);
    QVERIFY(factory.store());
    QVERIFY(!factory.store()->isPersistent());
    QCOMPARE(factory.unavailableReason(), QStringLiteral("No D-Bus."));
    QCOMPARE(ready.first().at(0).value<SecretStore *>(), factory.store());
}

void TestSecretStoreFactory::keychainWhenItAnswers()
{
    int calls = 0;
    SecretStoreFactory factory(nullptr, fakeProbe(true, &calls));
    factory.start();
    QTRY_VERIFY(factory.isReady());
    QCOMPARE(factory.backend(), SecretStoreFactory::Backend::Keychain);
    QVERIFY(factory.store()->isPersistent());
    QVERIFY(factory.unavailableReason().isEmpty());
}

void TestSecretStoreFactory::whenReadyWaitsOrCallsAtOnce()
{
    int calls = 0;
    SecretStoreFactory factory(nullptr, fakeProbe(false, &calls));
    SecretStore *early = nullptr;
    int earlyCalls = 0;
    QObject context;
    factory.whenReady(&context, [&](SecretStore *store) {
        early = store;
        ++earlyCalls;
    });
    // A context destroyed first drops its callback.
    auto *gone = new QObject;
    bool goneCalled = false;
    factory.whenReady(gone, [&goneCalled](SecretStore *) { goneCalled = true; });
    delete gone;
    factory.start();
    QTRY_VERIFY(early);
    QCOMPARE(early, factory.store());
    QVERIFY(!goneCalled);

    SecretStore *late = nullptr;
    factory.whenReady(&context, [&late](SecretStore *store) { late = store; });
    QCOMPARE(late, factory.store()); // at once
    QCOMPARE(earlyCalls, 1);
}

void TestSecretStoreFactory::realProbeSettles()
{
    // ctest runs this under run-with-keyring.sh (a private gnome-keyring): the keychain is chosen
    // and really keeps a secret. Run bare, without a D-Bus session, it is memory for the session,
    // with the reason in words. Either way the answer comes without blocking.
    SecretStoreFactory factory;
    factory.start();
    QCOMPARE(factory.backend(), SecretStoreFactory::Backend::Probing);
    QTRY_VERIFY_WITH_TIMEOUT(factory.isReady(), 60000);
    qInfo("backend: %s %s", factory.backend() == SecretStoreFactory::Backend::Keychain ? "keychain" : "session only",
          qPrintable(factory.unavailableReason()));
    SecretStore *store = factory.store();
    QCOMPARE(store->isPersistent(), factory.backend() == SecretStoreFactory::Backend::Keychain);
#ifdef Q_OS_LINUX
    if (!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS")) {
        QCOMPARE(factory.backend(), SecretStoreFactory::Backend::SessionOnly);
        QVERIFY(!factory.unavailableReason().isEmpty());
    }
#endif
    if (factory.backend() == SecretStoreFactory::Backend::SessionOnly)
        return;

    const QString key = QStringLiteral("credential/tst-secretstorefactory");
    QString writeError = QStringLiteral("pending");
    store->write(key, "probe-secret", this, [&writeError](const QString &error) { writeError = error; });
    QTRY_VERIFY_WITH_TIMEOUT(writeError != QLatin1String("pending"), 30000);
    QVERIFY2(writeError.isEmpty(), qPrintable(writeError));
    QByteArray read;
    bool readDone = false;
    store->read(key, this, [&](const QByteArray &secret, const QString &) {
        read = secret;
        readDone = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(readDone, 30000);
    QCOMPARE(read, QByteArray("probe-secret"));
    bool removed = false;
    store->remove(key, this, [&removed](const QString &) { removed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 30000);
}

QTEST_GUILESS_MAIN(TestSecretStoreFactory)
#include "tst_secretstorefactory.moc"
