// CredentialEditor: credentials added, edited and deleted with their secrets in the secret store
// (never in the credential list or the profile file), the "session only" notice, and Test
// connection against the in-process simulator's token endpoint.

#include "browsersignin.h"
#include "credentialeditor.h"
#include "dialogs.h"
#include "guitestutil.h"
#include "localports.h"
#include "orchestratorsimulator.h"
#include "profilestore.h"
#include "scriptedbrowser.h"
#include "secretstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

namespace {

const QUrl kCloudUrl(QStringLiteral(
    "https://cloud.uipath.com/acme/DefaultTenant/orchestrator_/t/8a4f3c2e-5b1d-4e6f-9a7b-0c1d2e3f4a5b/month-end"));

template <typename T>
T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

QPushButton *saveButton(CredentialEditor &editor)
{
    return child<QDialogButtonBox>(&editor, "buttonBox")->button(QDialogButtonBox::Save);
}

void setKind(CredentialEditor &editor, Credential::Kind kind)
{
    auto *combo = child<QComboBox>(&editor, "kindComboBox");
    combo->setCurrentIndex(combo->findData(int(kind)));
}

// What the store holds under key ("" when nothing; the store answers at once).
QByteArray stored(SecretStore &store, const QString &key)
{
    QByteArray result;
    QObject context;
    store.read(key, &context, [&result](const QByteArray &secret, const QString &) { result = secret; });
    return result;
}

void put(SecretStore &store, const QString &key, const QByteArray &secret)
{
    QObject context;
    store.write(key, secret, &context, [](const QString &) {});
}

// Stands in for the keychain: kept in memory, but says it is persistent.
class PersistentStore : public MemorySecretStore
{
public:
    bool isPersistent() const override { return true; }
};

// A keychain that refuses every write (locked, or the user said no).
class RefusingStore : public MemorySecretStore
{
public:
    bool isPersistent() const override { return true; }
    void write(const QString &, const QByteArray &, QObject *, DoneCallback done) override
    {
        done(QStringLiteral("The keychain refused: the collection is locked."));
    }
};

} // namespace

class TestCredentialEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sessionOnlyNotice();
    void createsTokenAndOAuthCredentials();
    void editKeepsSecretUnlessReplaced();
    void tokenExpiryIsKeptAndWarned();
    void deleteAsksAndRemovesSecret();
    void saveErrorIsShownInline();
    void identityUrlDefaultsFromTriggerUrl();
    void testConnection_data();
    void testConnection();
    void testConnectionWithStoredSecret();
    void personSignsInInTheBrowser();

private:
    sim::OrchestratorSimulator m_sim;
    QNetworkAccessManager m_manager;
};

// Catches the page the dialog hands to the desktop's browser (QDesktopServices::setUrlHandler).
class BrowserCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl &url) { urls << url; }
};

void TestCredentialEditor::initTestCase()
{
    QVERIFY(m_sim.listen());
    m_sim.addClient(QStringLiteral("robot"), QStringLiteral("s3cret"), {QStringLiteral("OR.Jobs")});
}

void TestCredentialEditor::sessionOnlyNotice()
{
    MemorySecretStore memory;
    CredentialEditor sessionOnly({}, &memory, &m_manager);
    auto *notice = child<QLabel>(&sessionOnly, "storageNoticeLabel");
    QVERIFY(!notice->isHidden());
    QCOMPARE(notice->text(),
             QStringLiteral("No keychain is available: secrets are kept for this session only and never written "
                            "to disk."));

    PersistentStore keychain;
    CredentialEditor persistent({}, &keychain, &m_manager);
    QVERIFY(child<QLabel>(&persistent, "storageNoticeLabel")->isHidden());
}

void TestCredentialEditor::createsTokenAndOAuthCredentials()
{
    MemorySecretStore secrets;
    CredentialEditor editor({}, &secrets, &m_manager, kCloudUrl);
    auto *list = child<QListWidget>(&editor, "credentialList");
    auto *name = child<QLineEdit>(&editor, "nameLineEdit");
    auto *secret = child<QLineEdit>(&editor, "secretLineEdit");
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QVERIFY(!child<QWidget>(&editor, "detailsGroupBox")->isEnabled()); // nothing to edit yet
    auto *empty = child<QLabel>(&editor, "emptyListLabel");            // says what Add does
    QVERIFY(empty->isVisibleTo(&editor));

    // A personal access token: Save waits for the secret.
    QTest::mouseClick(child<QPushButton>(&editor, "addCredentialButton"), Qt::LeftButton);
    QCOMPARE(list->count(), 1);
    QVERIFY(!empty->isVisibleTo(&editor));
    name->setText(QStringLiteral("Tenant PAT"));
    QVERIFY(!saveButton(editor)->isEnabled());
    QVERIFY(child<QLabel>(&editor, "problemsLabel")->text().contains(QLatin1String("personal access token")));
    secret->setText(QStringLiteral("  pat-secret-1  ")); // pasted with blanks: trimmed
    QVERIFY(saveButton(editor)->isEnabled());

    // OAuth client credentials: scopes default to OR.Jobs, the client id is required.
    QTest::mouseClick(child<QPushButton>(&editor, "addCredentialButton"), Qt::LeftButton);
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->currentRow(), 1);
    QVERIFY(secret->text().isEmpty()); // the first one's secret is not carried over
    name->setText(QStringLiteral("Robot"));
    setKind(editor, Credential::Kind::OAuthClientCredentials);
    QCOMPARE(child<QLineEdit>(&editor, "scopesLineEdit")->text(), QStringLiteral("OR.Jobs"));
    QVERIFY(!child<QLineEdit>(&editor, "clientIdLineEdit")->isHidden());
    secret->setText(QStringLiteral("client-secret-2"));
    QVERIFY(!saveButton(editor)->isEnabled());
    QVERIFY(child<QLabel>(&editor, "problemsLabel")->text().contains(QLatin1String("client id")));
    child<QLineEdit>(&editor, "clientIdLineEdit")->setText(QStringLiteral("robot"));
    QVERIFY(saveButton(editor)->isEnabled());
    // The identity server's own certificate trust: a pin that is not a SHA-256 fingerprint stops
    // Save, a real one is kept.
    auto *pin = child<QLineEdit>(&editor, "identityPinLineEdit");
    QVERIFY(!pin->isHidden() && !child<QLineEdit>(&editor, "identityCaFileLineEdit")->isHidden());
    pin->setText(QStringLiteral("AB:CD"));
    QVERIFY(!saveButton(editor)->isEnabled());
    QVERIFY(child<QLabel>(&editor, "problemsLabel")->text().contains(QLatin1String("64")));
    const QString fingerprint = QStringLiteral("AB").repeated(32);
    pin->setText(fingerprint);
    QVERIFY(saveButton(editor)->isEnabled());

    // Going back shows the first credential, and the secret typed for it (never a stored one).
    list->setCurrentRow(0);
    QCOMPARE(name->text(), QStringLiteral("Tenant PAT"));
    QVERIFY(child<QLineEdit>(&editor, "clientIdLineEdit")->isHidden());

    QTest::mouseClick(saveButton(editor), Qt::LeftButton);
    QTRY_COMPARE(editor.result(), int(QDialog::Accepted));

    const QList<Credential> credentials = editor.credentials();
    QCOMPARE(credentials.size(), 2);
    QCOMPARE(credentials.at(0).name, QStringLiteral("Tenant PAT"));
    QCOMPARE(credentials.at(0).kind, Credential::Kind::PersonalAccessToken);
    QCOMPARE(credentials.at(1).kind, Credential::Kind::OAuthClientCredentials);
    QCOMPARE(credentials.at(1).clientId, QStringLiteral("robot"));
    QCOMPARE(credentials.at(1).tls.pinSha256, fingerprint);
    QCOMPARE(Credential::fromJson(credentials.at(1).toJson()).tls.pinSha256, fingerprint);
    QCOMPARE(credentials.at(1).scopes, QStringLiteral("OR.Jobs"));
    QVERIFY(credentials.at(1).identityUrl.isEmpty()); // derived from the trigger URL when used
    QCOMPARE(stored(secrets, credentials.at(0).secretKey()), QByteArray("pat-secret-1"));
    QCOMPARE(stored(secrets, credentials.at(1).secretKey()), QByteArray("client-secret-2"));

    // Neither the credentials' JSON nor the profile file holds a secret.
    QJsonArray json;
    for (const Credential &credential : credentials)
        json.append(credential.toJson());
    const QByteArray text = QJsonDocument(json).toJson();
    QVERIFY(text.contains("Tenant PAT"));
    QVERIFY(!text.contains("pat-secret-1"));
    QVERIFY(!text.contains("client-secret-2"));
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.json")));
    store.setCredentials(credentials);
    QVERIFY(store.save());
    QFile file(store.path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QVERIFY(saved.contains("robot"));
    QVERIFY(!saved.contains("pat-secret-1"));
    QVERIFY(!saved.contains("client-secret-2"));
}

void TestCredentialEditor::editKeepsSecretUnlessReplaced()
{
    MemorySecretStore secrets;
    Credential credential = Credential::create(QStringLiteral("Robot"), Credential::Kind::OAuthClientCredentials);
    credential.clientId = QStringLiteral("robot");
    put(secrets, credential.secretKey(), "old-secret");

    {
        CredentialEditor editor({credential}, &secrets, &m_manager);
        auto *secret = child<QLineEdit>(&editor, "secretLineEdit");
        QVERIFY(secret->text().isEmpty()); // never filled with the stored secret
        QTRY_VERIFY(secret->placeholderText().contains(QLatin1String("session only")));
        QVERIFY(child<QLabel>(&editor, "secretStatusLabel")->text().contains(QLatin1String("session only")));
        child<QLineEdit>(&editor, "nameLineEdit")->setText(QStringLiteral("Robot (prod)"));
        child<QLineEdit>(&editor, "scopesLineEdit")->setText(QStringLiteral("OR.Jobs  OR.Folders.Read"));
        QVERIFY(saveButton(editor)->isEnabled());
        QTest::mouseClick(saveButton(editor), Qt::LeftButton);
        QTRY_COMPARE(editor.result(), int(QDialog::Accepted));
        QCOMPARE(editor.credentials().constFirst().name, QStringLiteral("Robot (prod)"));
        QCOMPARE(editor.credentials().constFirst().scopes, QStringLiteral("OR.Jobs OR.Folders.Read"));
        QCOMPARE(editor.credentials().constFirst().id, credential.id);
    }
    QCOMPARE(stored(secrets, credential.secretKey()), QByteArray("old-secret"));

    {
        CredentialEditor editor({credential}, &secrets, &m_manager);
        child<QLineEdit>(&editor, "secretLineEdit")->setText(QStringLiteral("new-secret"));
        QVERIFY(child<QLabel>(&editor, "secretStatusLabel")->text().contains(QLatin1String("Replaces")));
        QTest::mouseClick(saveButton(editor), Qt::LeftButton);
        QTRY_COMPARE(editor.result(), int(QDialog::Accepted));
    }
    QCOMPARE(stored(secrets, credential.secretKey()), QByteArray("new-secret"));

    // Changing the kind asks for the secret of the new kind.
    {
        CredentialEditor editor({credential}, &secrets, &m_manager);
        setKind(editor, Credential::Kind::PersonalAccessToken);
        QVERIFY(!saveButton(editor)->isEnabled());
        child<QLineEdit>(&editor, "secretLineEdit")->setText(QStringLiteral("a-token"));
        QVERIFY(saveButton(editor)->isEnabled());
    }

    // A credential whose secret is gone says so.
    Credential lost = Credential::create(QStringLiteral("Lost"), Credential::Kind::PersonalAccessToken);
    CredentialEditor editor({lost}, &secrets, &m_manager);
    QTRY_VERIFY(child<QLabel>(&editor, "secretStatusLabel")->text().contains(QLatin1String("No secret")));
}

void TestCredentialEditor::tokenExpiryIsKeptAndWarned()
{
    MemorySecretStore secrets;
    Credential token = Credential::create(QStringLiteral("Ops"), Credential::Kind::PersonalAccessToken);
    put(secrets, token.secretKey(), "a-token");
    CredentialEditor editor({token}, &secrets, &m_manager);
    auto *expires = child<QCheckBox>(&editor, "expiresCheckBox");
    auto *date = child<QDateEdit>(&editor, "expiresDateEdit");
    auto *notice = child<QLabel>(&editor, "expiryNoticeLabel");
    QVERIFY(expires->isVisibleTo(&editor));
    QVERIFY(!expires->isChecked());
    QVERIFY(!date->isEnabled());
    QVERIFY(!notice->isVisibleTo(&editor));

    // A date two days on: kept with the credential, and warned about at once.
    expires->setChecked(true);
    QVERIFY(date->isEnabled());
    date->setDate(QDate::currentDate().addDays(2));
    QVERIFY(notice->isVisibleTo(&editor));
    QVERIFY2(notice->text().contains(QLatin1String("in 2 day")), qPrintable(notice->text()));
    // A month on: nothing to say yet.
    date->setDate(QDate::currentDate().addDays(30));
    QVERIFY(!notice->isVisibleTo(&editor));
    date->setDate(QDate::currentDate().addDays(-3));
    QVERIFY(notice->text().contains(QLatin1String("expired on")));
    QTest::mouseClick(saveButton(editor), Qt::LeftButton);
    QTRY_COMPARE(editor.result(), int(QDialog::Accepted));
    QCOMPARE(editor.credentials().constFirst().expiresOn, QDate::currentDate().addDays(-3));

    // Only a personal access token has one; OAuth kinds renew theirs.
    CredentialEditor again(editor.credentials(), &secrets, &m_manager);
    QVERIFY(child<QCheckBox>(&again, "expiresCheckBox")->isChecked());
    setKind(again, Credential::Kind::OAuthClientCredentials);
    QVERIFY(!child<QCheckBox>(&again, "expiresCheckBox")->isVisibleTo(&again));
    QVERIFY(!child<QLabel>(&again, "expiryNoticeLabel")->isVisibleTo(&again));
    QVERIFY(!again.credentials().constFirst().toJson().contains(QStringLiteral("expiresOn")));
}

void TestCredentialEditor::deleteAsksAndRemovesSecret()
{
    MemorySecretStore secrets;
    const Credential keep = Credential::create(QStringLiteral("Keep"), Credential::Kind::PersonalAccessToken);
    const Credential drop = Credential::create(QStringLiteral("Drop"), Credential::Kind::PersonalAccessToken);
    put(secrets, keep.secretKey(), "keep-secret");
    put(secrets, drop.secretKey(), "drop-secret");
    TriggerProfile byId;
    byId.name = QStringLiteral("Month end");
    byId.credential = drop.id;
    TriggerProfile byName;
    byName.name = QStringLiteral("Invoices");
    byName.credential = QStringLiteral("Drop");
    TriggerProfile other;
    other.name = QStringLiteral("Other");
    other.credential = keep.id;

    CredentialEditor editor({keep, drop}, &secrets, &m_manager);
    editor.setProfiles({byId, byName, other});
    editor.selectCredential(QStringLiteral("Drop"));
    auto *list = child<QListWidget>(&editor, "credentialList");
    QCOMPARE(list->currentRow(), 1);
    QVERIFY(list->item(1)->text().contains(QLatin1String("2 profile")));
    QVERIFY(list->item(0)->text().contains(QLatin1String("1 profile")));
    const QString usedBy = child<QLabel>(&editor, "usedByLabel")->text();
    QVERIFY2(usedBy.contains(QLatin1String("Month end")) && usedBy.contains(QLatin1String("Invoices")),
             qPrintable(usedBy));

    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(child<QPushButton>(&editor, "deleteCredentialButton"), Qt::LeftButton);
    QCOMPARE(list->count(), 2);
    QVERIFY(MessageBox::lastText().contains(QLatin1String("\"Drop\"")));
    QVERIFY(MessageBox::lastText().contains(QLatin1String("Month end, Invoices")));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(&editor, "deleteCredentialButton"), Qt::LeftButton);
    QCOMPARE(list->count(), 1);
    QCOMPARE(child<QLineEdit>(&editor, "nameLineEdit")->text(), QStringLiteral("Keep"));
    QCOMPARE(stored(secrets, drop.secretKey()), QByteArray("drop-secret")); // until saved: Cancel keeps it

    QTest::mouseClick(saveButton(editor), Qt::LeftButton);
    QTRY_COMPARE(editor.result(), int(QDialog::Accepted));
    QCOMPARE(editor.credentials(), QList<Credential>{keep});
    QVERIFY(stored(secrets, drop.secretKey()).isEmpty());
    QCOMPARE(stored(secrets, keep.secretKey()), QByteArray("keep-secret"));
}

void TestCredentialEditor::saveErrorIsShownInline()
{
    RefusingStore secrets;
    CredentialEditor editor({}, &secrets, &m_manager);
    QTest::mouseClick(child<QPushButton>(&editor, "addCredentialButton"), Qt::LeftButton);
    child<QLineEdit>(&editor, "secretLineEdit")->setText(QStringLiteral("pat"));
    QTest::mouseClick(saveButton(editor), Qt::LeftButton);
    auto *status = child<QLabel>(&editor, "saveStatusLabel");
    QTRY_VERIFY(!status->isHidden());
    QVERIFY2(status->text().contains(QLatin1String("the collection is locked")), qPrintable(status->text()));
    QCOMPARE(editor.result(), int(QDialog::Rejected));                                    // still open
    QCOMPARE(child<QLineEdit>(&editor, "secretLineEdit")->text(), QStringLiteral("pat")); // not lost
    QVERIFY(saveButton(editor)->isEnabled());                                             // try again
}

void TestCredentialEditor::identityUrlDefaultsFromTriggerUrl()
{
    MemorySecretStore secrets;
    Credential credential = Credential::create(QStringLiteral("Robot"), Credential::Kind::OAuthClientCredentials);
    credential.clientId = QStringLiteral("robot");
    CredentialEditor editor({credential}, &secrets, &m_manager, kCloudUrl);
    auto *identity = child<QLineEdit>(&editor, "identityUrlLineEdit");
    QVERIFY2(identity->placeholderText().contains(QLatin1String("https://cloud.uipath.com/identity_")),
             qPrintable(identity->placeholderText()));
    child<QLineEdit>(&editor, "testUrlLineEdit")->setText(m_sim.invokeUrl(QStringLiteral("x")).toString());
    QVERIFY(identity->placeholderText().contains(m_sim.baseUrl().toString() + QLatin1String("/identity_")));

    identity->setText(QStringLiteral("not a url"));
    QVERIFY(!saveButton(editor)->isEnabled());
    identity->setText(QStringLiteral("https://login.example.com/identity_"));
    QVERIFY(saveButton(editor)->isEnabled());
}

void TestCredentialEditor::testConnection_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("report");
    const int oauth = int(Credential::Kind::OAuthClientCredentials);
    const int pat = int(Credential::Kind::PersonalAccessToken);
    QTest::newRow("oauth right secret") << oauth << QStringLiteral("s3cret") << true << QStringLiteral("accepts it");
    QTest::newRow("oauth wrong secret") << oauth << QStringLiteral("nope") << false << QStringLiteral("invalid_client");
    QTest::newRow("token accepted") << pat << QStringLiteral("demo-token") << true << QStringLiteral("accepts it");
    QTest::newRow("token refused") << pat << QStringLiteral("bad-token") << false << QStringLiteral("401");
}

void TestCredentialEditor::testConnection()
{
    QFETCH(int, kind);
    QFETCH(QString, secret);
    QFETCH(bool, ok);
    QFETCH(QString, report);
    MemorySecretStore secrets;
    CredentialEditor editor({}, &secrets, &m_manager, m_sim.invokeUrl(QStringLiteral("echo-async")));
    QTest::mouseClick(child<QPushButton>(&editor, "addCredentialButton"), Qt::LeftButton);
    setKind(editor, Credential::Kind(kind));
    child<QLineEdit>(&editor, "clientIdLineEdit")->setText(QStringLiteral("robot"));
    child<QLineEdit>(&editor, "secretLineEdit")->setText(secret);

    m_sim.clearRequests();
    auto *result = child<QLabel>(&editor, "testResultLabel");
    auto *button = child<QPushButton>(&editor, "testConnectionButton");
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 15000);
    QVERIFY2(result->text().contains(report), qPrintable(result->text()));
    QVERIFY(result->styleSheet().contains(ok ? QLatin1String("#1e8449") : QLatin1String("#b03a2e")));
    if (kind == int(Credential::Kind::OAuthClientCredentials) && !ok)
        QVERIFY2(result->text().contains(QLatin1String("Unknown client or wrong secret.")), qPrintable(result->text()));

    // Testing writes nothing: the typed secret is not in the store until Save.
    QVERIFY(stored(secrets, editor.credentials().constFirst().secretKey()).isEmpty());
    // Nothing was launched.
    for (const sim::SimRequest &request : m_sim.requests())
        QVERIFY2(!request.path.contains(QLatin1String("/t/")), qPrintable(request.path));
}

void TestCredentialEditor::testConnectionWithStoredSecret()
{
    MemorySecretStore secrets;
    Credential credential = Credential::create(QStringLiteral("Robot"), Credential::Kind::OAuthClientCredentials);
    credential.clientId = QStringLiteral("robot");
    put(secrets, credential.secretKey(), "s3cret");
    CredentialEditor editor({credential}, &secrets, &m_manager);
    auto *result = child<QLabel>(&editor, "testResultLabel");
    auto *button = child<QPushButton>(&editor, "testConnectionButton");

    // No URL to test against: said so.
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(result->text().contains(QLatin1String("URL")));

    child<QLineEdit>(&editor, "testUrlLineEdit")->setText(m_sim.invokeUrl(QStringLiteral("echo-async")).toString());
    const int tokenRequests = m_sim.tokenRequestCount();
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("accepts it")), 15000);
    QCOMPARE(m_sim.tokenRequestCount(), tokenRequests + 1);

    // Editing a value clears the result: it no longer describes what is on screen.
    child<QLineEdit>(&editor, "scopesLineEdit")->setText(QStringLiteral("OR.Jobs OR.Queues"));
    QVERIFY(result->text().isEmpty());
}

// A person's credential: the redirect URI to register is shown; Sign In opens the identity
// server's page in the browser (played here) and the session becomes the credential's secret,
// written to the keychain on Save and never shown; Sign Out forgets it.
void TestCredentialEditor::personSignsInInTheBrowser()
{
    const quint16 port = test::freeLoopbackPort();
    m_sim.addPublicClient(QStringLiteral("desk"), {BrowserSignIn::redirectUri(port)}, {QStringLiteral("OR.Jobs")});
    m_sim.addUser(QStringLiteral("ada"), QStringLiteral("s3cret!"));
    BrowserCatcher browser;
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "open");
    auto unset = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("http")); });
    MemorySecretStore secrets;
    CredentialEditor editor({}, &secrets, &m_manager, m_sim.invokeUrl(QStringLiteral("echo-async")));
    QTest::mouseClick(child<QPushButton>(&editor, "addCredentialButton"), Qt::LeftButton);
    child<QLineEdit>(&editor, "nameLineEdit")->setText(QStringLiteral("Ada"));
    setKind(editor, Credential::Kind::BrowserSignIn);
    QVERIFY(child<QLineEdit>(&editor, "secretLineEdit")->isHidden()); // nothing to type
    QCOMPARE(child<QLineEdit>(&editor, "scopesLineEdit")->text(), QStringLiteral("OR.Jobs offline_access"));
    child<QLineEdit>(&editor, "clientIdLineEdit")->setText(QStringLiteral("desk"));
    child<QSpinBox>(&editor, "redirectPortSpinBox")->setValue(port);
    QCOMPARE(child<QLabel>(&editor, "redirectUriLabel")->text(), BrowserSignIn::redirectUri(port));
    QVERIFY(saveButton(editor)->isEnabled()); // it may be saved before anyone signs in
    QVERIFY(child<QLabel>(&editor, "secretStatusLabel")->text().contains(QLatin1String("Not signed in")));
    QVERIFY(test::unnamedControls(&editor).isEmpty());

    QTest::mouseClick(child<QPushButton>(&editor, "signInButton"), Qt::LeftButton);
    QTRY_COMPARE(browser.urls.size(), 1);
    const QUrl page = browser.urls.constFirst();
    QVERIFY(child<QLabel>(&editor, "secretStatusLabel")->text().contains(QLatin1String("Waiting for the browser")));
    // The person, in the browser: the form, a name and password, back to the loopback port.
    test::browse(&m_manager, test::submitSignIn(&m_manager, page, "username=ada&password=s3cret%21"));
    QTRY_VERIFY(child<QLabel>(&editor, "secretStatusLabel")->text().startsWith(QLatin1String("Signed in")));
    QVERIFY(child<QLineEdit>(&editor, "secretLineEdit")->text().isEmpty()); // the session is never shown
    QVERIFY(child<QPushButton>(&editor, "signOutButton")->isEnabled());

    QTest::mouseClick(saveButton(editor), Qt::LeftButton);
    QTRY_COMPARE(editor.result(), int(QDialog::Accepted));
    const Credential saved = editor.credentials().constFirst();
    QCOMPARE(saved.kind, Credential::Kind::BrowserSignIn);
    QCOMPARE(saved.redirectPort, port);
    QByteArray session;
    secrets.read(saved.secretKey(), this, [&session](const QByteArray &secret, const QString &) { session = secret; });
    QTRY_VERIFY(!session.isEmpty()); // the refresh token, in the store

    // Reopened: signed in; Sign Out forgets the session at once.
    CredentialEditor again({saved}, &secrets, &m_manager);
    QTRY_VERIFY(child<QLabel>(&again, "secretStatusLabel")->text().contains(QLatin1String("kept in")));
    QTest::mouseClick(child<QPushButton>(&again, "signOutButton"), Qt::LeftButton);
    QTRY_VERIFY(child<QLabel>(&again, "secretStatusLabel")->text().contains(QLatin1String("Not signed in")));
    QString gone;
    secrets.read(saved.secretKey(), this, [&gone](const QByteArray &, const QString &error) { gone = error; });
    QTRY_VERIFY(!gone.isEmpty());
}

QTEST_MAIN(TestCredentialEditor)
#include "tst_credentialeditor.moc"
