#include "credentialeditor.h"

#include "browsersignin.h"

#include "connectiontest.h"
#include "credentialauth.h"
#include "dialogs.h"
#include "oauthprovider.h"
#include "secretstore.h"
#include "tlspolicy.h"
#include "ui_credentialeditor.h"

#include <QCheckBox>
#include <QClipboard>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSpinBox>

namespace td {

namespace {

// The trigger URL typed for testing, or an empty URL when it names no host.
QUrl triggerUrl(const QString &text)
{
    const QUrl url = QUrl::fromUserInput(text.trimmed());
    return url.isValid() && !url.host().isEmpty() ? url : QUrl();
}

// KeychainSecretStore and MemorySecretStore both say this for a key they do not hold: removing
// the secret of a deleted credential that has none is not a failure.
bool isNotFound(const QString &error)
{
    return error == QCoreApplication::translate("td::SecretStore", "No secret is stored under this name.");
}

} // namespace

CredentialEditor::CredentialEditor(const QList<Credential> &credentials, SecretStore *secrets,
                                   QNetworkAccessManager *manager, const QUrl &testUrl, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CredentialEditor>()), m_secrets(secrets), m_manager(manager)
{
    m_ui->setupUi(this);
    m_ui->kindComboBox->addItem(tr("Personal access token"), int(Credential::Kind::PersonalAccessToken));
    m_ui->kindComboBox->addItem(tr("OAuth client credentials (external application)"),
                                int(Credential::Kind::OAuthClientCredentials));
    m_ui->kindComboBox->addItem(tr("Sign in with browser (a person's account)"), int(Credential::Kind::BrowserSignIn));
    m_ui->testUrlLineEdit->setText(testUrl.toString());
    m_ui->testUrlLineEdit->setCursorPosition(0); // the host, not the slug, is what tells triggers apart
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));

    const bool persistent = m_secrets && m_secrets->isPersistent();
    m_ui->storageNoticeLabel->setText(
        tr("No keychain is available: secrets are kept for this session only and never written to disk."));
    m_ui->storageNoticeLabel->setVisible(!persistent);
    m_ui->saveStatusLabel->hide();
    m_ui->problemsLabel->hide();
    m_ui->detailsLayout->setRowVisible(m_ui->usedByLabel, false);
    // The two forms read as one: their fields start at the same x.
    m_ui->secretLabel->setText(tr("Client &secret:")); // the longer of its two texts
    int labelWidth = 0;
    for (const QWidget *label : std::initializer_list<const QWidget *>{
             m_ui->nameLabel, m_ui->kindLabel, m_ui->identityUrlLabel, m_ui->clientIdLabel, m_ui->scopesLabel,
             m_ui->secretLabel, m_ui->expiresCheckBox, m_ui->usedByTitleLabel, m_ui->testUrlLabel})
        labelWidth = qMax(labelWidth, label->sizeHint().width());
    m_ui->nameLabel->setMinimumWidth(labelWidth);
    m_ui->testUrlLabel->setMinimumWidth(labelWidth);
    // Wrapped notes span the form (QFormLayout gives a wrapped label in the field column the wrong
    // height), and start where the fields do. A margin, not QLabel::indent, which would also push
    // top-aligned text down.
    const int fieldsStart = labelWidth + qMax(0, m_ui->detailsLayout->horizontalSpacing());
    m_ui->secretStatusLabel->setContentsMargins(fieldsStart, 0, 0, 0);
    m_ui->expiryNoticeLabel->setContentsMargins(fieldsStart, 0, 0, 0);
    m_ui->expiryNoticeLabel->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_ui->testResultLabel->setContentsMargins(fieldsStart, 0, 0, 0);

    for (const Credential &credential : credentials) {
        Entry entry;
        entry.credential = credential;
        entry.savedKind = credential.kind;
        m_savedNames.insert(credential.id, credential.name);
        addEntry(entry);
    }

    connect(m_ui->credentialList, &QListWidget::currentRowChanged, this, &CredentialEditor::showCurrent);
    for (QLineEdit *edit : {m_ui->nameLineEdit, m_ui->identityUrlLineEdit, m_ui->clientIdLineEdit, m_ui->scopesLineEdit,
                            m_ui->identityCaFileLineEdit, m_ui->identityPinLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &CredentialEditor::fieldsChanged);
    connect(m_ui->kindComboBox, &QComboBox::currentIndexChanged, this, &CredentialEditor::fieldsChanged);
    connect(m_ui->redirectPortSpinBox, &QSpinBox::valueChanged, this, &CredentialEditor::fieldsChanged);
    connect(m_ui->expiresCheckBox, &QCheckBox::toggled, this, &CredentialEditor::fieldsChanged);
    connect(m_ui->expiresDateEdit, &QDateEdit::dateChanged, this, &CredentialEditor::fieldsChanged);
    connect(m_ui->copyRedirectUriButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_ui->redirectUriLabel->text()); });
    connect(m_ui->signInButton, &QPushButton::clicked, this, &CredentialEditor::signInClicked);
    connect(m_ui->signOutButton, &QPushButton::clicked, this, &CredentialEditor::signOutClicked);
    connect(m_ui->secretLineEdit, &QLineEdit::textChanged, this, &CredentialEditor::secretChanged);
    connect(m_ui->testUrlLineEdit, &QLineEdit::textChanged, this, [this] {
        updateIdentityPlaceholder();
        cancelTest();
    });
    connect(m_ui->addCredentialButton, &QPushButton::clicked, this, &CredentialEditor::addClicked);
    connect(m_ui->deleteCredentialButton, &QPushButton::clicked, this, &CredentialEditor::deleteClicked);
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this, &CredentialEditor::testClicked);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CredentialEditor::saveClicked);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    updateIdentityPlaceholder();
    if (!m_entries.isEmpty())
        m_ui->credentialList->setCurrentRow(0);
    showCurrent();
}

CredentialEditor::~CredentialEditor() = default;

void CredentialEditor::setProfiles(const QList<TriggerProfile> &profiles)
{
    m_profiles = profiles;
    m_profilesKnown = true;
    for (int row = 0; row < m_entries.size(); ++row)
        updateItem(row);
    updateUsedBy();
}

void CredentialEditor::selectCredential(const QString &idOrName)
{
    for (const bool byId : {true, false}) {
        for (int row = 0; row < m_entries.size(); ++row) {
            const Credential &credential = m_entries.at(row).credential;
            if ((byId ? credential.id : credential.name) == idOrName) {
                m_ui->credentialList->setCurrentRow(row);
                return;
            }
        }
    }
}

QList<Credential> CredentialEditor::credentials() const
{
    QList<Credential> list;
    for (const Entry &entry : m_entries)
        list.append(entry.credential);
    return list;
}

QStringList CredentialEditor::problems() const
{
    QStringList problems;
    QStringList seen;
    for (const Entry &entry : m_entries) {
        const Credential &credential = entry.credential;
        QStringList own = credential.validate();
        const QString key = credential.name.toCaseFolded();
        if (!key.isEmpty() && seen.contains(key))
            own.append(tr("There is already a credential named \"%1\".").arg(credential.name));
        seen.append(key);
        // A person's credential may be saved before anyone signs in (jobs then say to sign in).
        if ((entry.isNew || entry.credential.kind != entry.savedKind) && entry.typedSecret.trimmed().isEmpty() &&
            credential.kind != Credential::Kind::BrowserSignIn) {
            own.append(credential.kind == Credential::Kind::OAuthClientCredentials
                           ? tr("Enter the client secret.")
                           : tr("Enter the personal access token."));
        }
        // With several credentials, say which one each problem is about.
        for (const QString &problem : std::as_const(own)) {
            problems.append(m_entries.size() > 1 && !credential.name.trimmed().isEmpty()
                                ? tr("%1: %2").arg(credential.name, problem)
                                : problem);
        }
    }
    problems.removeDuplicates();
    return problems;
}

CredentialEditor::Entry *CredentialEditor::current()
{
    const int row = m_ui->credentialList->currentRow();
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

const CredentialEditor::Entry *CredentialEditor::current() const
{
    const int row = m_ui->credentialList->currentRow();
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

CredentialEditor::Entry *CredentialEditor::entry(const QString &id)
{
    for (Entry &entry : m_entries) {
        if (entry.credential.id == id)
            return &entry;
    }
    return nullptr;
}

void CredentialEditor::addEntry(const Entry &entry)
{
    m_entries.append(entry);
    m_ui->credentialList->addItem(QString());
    updateItem(int(m_entries.size()) - 1);
}

void CredentialEditor::updateItem(int row)
{
    QListWidgetItem *item = m_ui->credentialList->item(row);
    if (!item || row >= m_entries.size())
        return;
    const Entry &entry = m_entries.at(row);
    const Credential::Kind kind = entry.credential.kind;
    QString detail = kind == Credential::Kind::OAuthClientCredentials ? tr("OAuth client")
                     : kind == Credential::Kind::BrowserSignIn        ? tr("Browser sign-in")
                                                                      : tr("Access token");
    if (kind == Credential::Kind::PersonalAccessToken && entry.credential.expiresOn.isValid())
        detail = tr("%1 until %2").arg(detail, entry.credential.expiresOn.toString(Qt::ISODate));
    if (m_profilesKnown) {
        const int used = int(profilesUsing(entry.credential, m_savedNames.value(entry.credential.id)).size());
        detail = tr("%1 · %n profile(s)", nullptr, used).arg(detail);
    }
    const QString name = entry.credential.name.isEmpty() ? tr("(no name)") : entry.credential.name;
    item->setText(name + QLatin1Char('\n') + detail);
    item->setData(Qt::UserRole, entry.credential.id);
}

void CredentialEditor::showCurrent()
{
    cancelTest();
    const Entry *entry = current();
    m_ui->detailsGroupBox->setEnabled(entry != nullptr);
    m_ui->testGroupBox->setEnabled(entry != nullptr);
    m_ui->deleteCredentialButton->setEnabled(entry != nullptr);
    m_ui->emptyListLabel->setVisible(m_entries.isEmpty());
    {
        const QScopedValueRollback<bool> loading(m_loading, true);
        const Credential credential = entry ? entry->credential : Credential();
        m_ui->nameLineEdit->setText(credential.name);
        m_ui->kindComboBox->setCurrentIndex(m_ui->kindComboBox->findData(int(credential.kind)));
        m_ui->identityUrlLineEdit->setText(credential.identityUrl.toString());
        m_ui->clientIdLineEdit->setText(credential.clientId);
        m_ui->scopesLineEdit->setText(credential.scopes);
        m_ui->identityCaFileLineEdit->setText(credential.tls.caFile);
        m_ui->identityPinLineEdit->setText(credential.tls.pinSha256);
        m_ui->redirectPortSpinBox->setValue(credential.redirectPort);
        m_ui->expiresCheckBox->setChecked(credential.expiresOn.isValid());
        // Without a date, the field offers a month from today, ready to be corrected.
        m_ui->expiresDateEdit->setDate(credential.expiresOn.isValid() ? credential.expiresOn
                                                                      : QDate::currentDate().addDays(30));
        // A session's refresh token is never shown, even before it is saved.
        m_ui->secretLineEdit->setText(entry && credential.kind != Credential::Kind::BrowserSignIn ? entry->typedSecret
                                                                                                  : QString());
    }
    if (entry && !entry->isNew && entry->secretState == SecretState::Unknown)
        checkStoredSecret(entry->credential.id);
    updateKindRows();
    updateSecretStatus();
    updateUsedBy();
    revalidate();
}

void CredentialEditor::fieldsChanged()
{
    Entry *entry = current();
    if (m_loading || !entry)
        return;
    cancelTest();
    Credential &credential = entry->credential;
    const auto kind = Credential::Kind(m_ui->kindComboBox->currentData().toInt());
    // Another kind's default scopes (or none) become this kind's; scopes someone typed stay.
    if (credential.kind != kind) {
        const QString typed = m_ui->scopesLineEdit->text().simplified();
        const QString before = Credential::defaultScopes(credential.kind);
        if (typed.isEmpty() || typed == before) {
            const QScopedValueRollback<bool> loading(m_loading, true);
            m_ui->scopesLineEdit->setText(Credential::defaultScopes(kind));
        }
    }
    credential.name = m_ui->nameLineEdit->text().trimmed();
    if (credential.kind == Credential::Kind::BrowserSignIn && kind != credential.kind)
        entry->typedSecret.clear(); // a session is no token or client secret
    credential.kind = kind;
    const QString identity = m_ui->identityUrlLineEdit->text().trimmed();
    credential.identityUrl = identity.isEmpty() ? QUrl() : QUrl(identity, QUrl::StrictMode);
    credential.clientId = m_ui->clientIdLineEdit->text().trimmed();
    credential.scopes = m_ui->scopesLineEdit->text().simplified();
    credential.tls = {m_ui->identityCaFileLineEdit->text().trimmed(), m_ui->identityPinLineEdit->text().trimmed()};
    credential.redirectPort = quint16(m_ui->redirectPortSpinBox->value());
    credential.expiresOn = m_ui->expiresCheckBox->isChecked() ? m_ui->expiresDateEdit->date() : QDate();
    updateItem(m_ui->credentialList->currentRow());
    updateKindRows();
    updateSecretStatus();
    updateUsedBy();
    revalidate();
}

void CredentialEditor::secretChanged()
{
    Entry *entry = current();
    if (m_loading || !entry)
        return;
    cancelTest();
    entry->typedSecret = m_ui->secretLineEdit->text();
    updateSecretStatus();
    revalidate();
}

void CredentialEditor::checkStoredSecret(const QString &id)
{
    Entry *entry = this->entry(id);
    if (!m_secrets) {
        entry->secretState = SecretState::Missing;
        entry->secretError = tr("No secret store is available.");
        return;
    }
    entry->secretState = SecretState::Checking;
    // Only whether there is one: the secret itself is dropped at once, never shown.
    m_secrets->read(entry->credential.secretKey(), this, [this, id](const QByteArray &secret, const QString &error) {
        Entry *checked = this->entry(id);
        if (!checked)
            return;
        const bool stored = error.isEmpty() && !secret.isEmpty();
        checked->secretState = stored ? SecretState::Stored : SecretState::Missing;
        checked->secretError = stored ? QString() : error;
        if (checked == current())
            updateSecretStatus();
    });
}

void CredentialEditor::updateKindRows()
{
    const Entry *entry = current();
    const bool oauth = entry && entry->credential.kind == Credential::Kind::OAuthClientCredentials;
    const bool browser = entry && entry->credential.kind == Credential::Kind::BrowserSignIn;
    for (QWidget *field :
         {static_cast<QWidget *>(m_ui->identityUrlLineEdit), static_cast<QWidget *>(m_ui->clientIdLineEdit),
          static_cast<QWidget *>(m_ui->scopesLineEdit), static_cast<QWidget *>(m_ui->identityCaFileLineEdit),
          static_cast<QWidget *>(m_ui->identityPinLineEdit)})
        m_ui->detailsLayout->setRowVisible(field, oauth || browser);
    // A person signs in: no secret to type, a redirect URI to register, and the sign-in itself.
    m_ui->detailsLayout->setRowVisible(m_ui->secretLineEdit, !browser);
    m_ui->detailsLayout->setRowVisible(m_ui->redirectLayout, browser);
    m_ui->detailsLayout->setRowVisible(m_ui->signInLayout, browser);
    const bool token = entry && entry->credential.kind == Credential::Kind::PersonalAccessToken;
    m_ui->detailsLayout->setRowVisible(m_ui->expiresDateEdit, token);
    m_ui->expiresDateEdit->setEnabled(m_ui->expiresCheckBox->isChecked());
    const QString notice = token ? entry->credential.expiryNotice(QDate::currentDate()).text() : QString();
    m_ui->detailsLayout->setRowVisible(m_ui->expiryNoticeLabel, !notice.isEmpty());
    m_ui->expiryNoticeLabel->setText(notice);
    if (entry)
        m_ui->redirectUriLabel->setText(BrowserSignIn::redirectUri(entry->credential.redirectPort));
    m_ui->secretLabel->setText(oauth ? tr("Client &secret:") : tr("&Token:"));
}

void CredentialEditor::updateSecretStatus()
{
    const Entry *entry = current();
    QLabel *status = m_ui->secretStatusLabel;
    status->setStyleSheet(QString());
    if (!entry) {
        status->clear();
        m_ui->secretLineEdit->setPlaceholderText(QString());
        return;
    }
    const bool persistent = m_secrets && m_secrets->isPersistent();
    if (entry->credential.kind == Credential::Kind::BrowserSignIn) {
        m_ui->signOutButton->setEnabled(entry->secretState == SecretState::Stored || !entry->typedSecret.isEmpty());
        status->setText(!entry->typedSecret.isEmpty()
                            ? (persistent ? tr("Signed in: Save keeps the session in the keychain.")
                                          : tr("Signed in: Save keeps the session for this session only."))
                        : entry->secretState == SecretState::Stored &&
                                entry->savedKind == Credential::Kind::BrowserSignIn
                            ? tr("Signed in: the session is kept in the keychain and renewed as jobs use it.")
                            : tr("Not signed in: jobs of this credential will ask for a sign-in."));
        return;
    }
    const bool oauth = entry->credential.kind == Credential::Kind::OAuthClientCredentials;
    const bool kindChanged = entry->credential.kind != entry->savedKind;
    QString placeholder;
    QString text;
    bool warn = false;
    if (!entry->typedSecret.trimmed().isEmpty()) {
        if (entry->isNew || entry->secretState == SecretState::Missing)
            text = persistent ? tr("Stored in the keychain when you save.")
                              : tr("Kept for this session only when you save, never written to disk.");
        else
            text = tr("Replaces the stored secret when you save.");
    } else if (entry->isNew) {
        placeholder = oauth ? tr("Paste the client secret") : tr("Paste the personal access token");
        text = persistent ? tr("It is stored in the keychain, never in a file.")
                          : tr("It is kept for this session only, never written to disk.");
    } else if (kindChanged) {
        placeholder = oauth ? tr("Paste the client secret") : tr("Paste the personal access token");
        text = tr("The kind changed: enter the secret for it.");
    } else if (entry->secretState == SecretState::Stored) {
        placeholder = persistent ? tr("Stored in the keychain") : tr("Kept for this session only");
        text = persistent ? tr("A secret is stored in the keychain. Leave this empty to keep it, or type a new one "
                               "to replace it.")
                          : tr("A secret is kept for this session only. Leave this empty to keep it, or type a new "
                               "one to replace it.");
    } else if (entry->secretState == SecretState::Missing) {
        placeholder = oauth ? tr("Paste the client secret") : tr("Paste the personal access token");
        text = isNotFound(entry->secretError)
                   ? tr("No secret is stored for this credential: enter it.")
                   : tr("The secret of this credential could not be read: %1 Enter it again.").arg(entry->secretError);
        warn = true;
    } else {
        text = persistent ? tr("Looking for the secret in the keychain…") : tr("Looking for the secret…");
    }
    m_ui->secretLineEdit->setPlaceholderText(placeholder);
    status->setText(text);
    if (warn)
        status->setStyleSheet(QStringLiteral("color: #b03a2e;"));
}

QStringList CredentialEditor::profilesUsing(const Credential &credential, const QString &savedName) const
{
    QStringList names;
    for (const TriggerProfile &profile : m_profiles) {
        if (!profile.credential.isEmpty() &&
            (profile.credential == credential.id || (!savedName.isEmpty() && profile.credential == savedName)))
            names.append(profile.name);
    }
    return names;
}

void CredentialEditor::updateUsedBy()
{
    const Entry *entry = current();
    m_ui->detailsLayout->setRowVisible(m_ui->usedByLabel, m_profilesKnown && entry);
    if (!m_profilesKnown || !entry)
        return;
    const QString savedName = m_savedNames.value(entry->credential.id);
    const QStringList names = profilesUsing(entry->credential, savedName);
    QString text = names.isEmpty()
                       ? tr("No profile uses it.")
                       : tr("%n profile(s): %1", nullptr, int(names.size())).arg(names.join(QLatin1String(", ")));
    if (!savedName.isEmpty() && entry->credential.name != savedName) {
        int byName = 0;
        for (const TriggerProfile &profile : m_profiles)
            byName += profile.credential == savedName ? 1 : 0;
        if (byName > 0)
            text += QLatin1Char(' ') + tr("%n of them refer to it by its old name \"%1\" and will not find it "
                                          "until you choose it again in their profile.",
                                          nullptr, byName)
                                           .arg(savedName);
    }
    m_ui->usedByLabel->setText(text);
}

void CredentialEditor::updateIdentityPlaceholder()
{
    const QUrl url = triggerUrl(m_ui->testUrlLineEdit->text());
    m_ui->identityUrlLineEdit->setPlaceholderText(
        url.isEmpty() ? tr("Empty: the trigger host's, e.g. https://cloud.uipath.com/identity_")
                      : tr("Empty: %1 (from the trigger URL)")
                            .arg(OAuthClientCredentialsProvider::defaultIdentityUrl(url).toString()));
}

void CredentialEditor::revalidate()
{
    const QStringList list = problems();
    m_ui->problemsLabel->setText(list.join(QLatin1Char('\n')));
    m_ui->problemsLabel->setVisible(!list.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(list.isEmpty() && m_pendingOperations == 0);
}

void CredentialEditor::addClicked()
{
    auto taken = [this](const QString &name) {
        for (const Entry &entry : std::as_const(m_entries)) {
            if (entry.credential.name.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    QString name = tr("New credential");
    for (int n = 2; taken(name); ++n)
        name = tr("New credential %1").arg(n);
    Entry entry;
    entry.credential = Credential::create(name, Credential::Kind::PersonalAccessToken);
    entry.savedKind = entry.credential.kind;
    entry.isNew = true;
    addEntry(entry);
    m_ui->credentialList->setCurrentRow(int(m_entries.size()) - 1);
    m_ui->nameLineEdit->setFocus();
    m_ui->nameLineEdit->selectAll();
}

void CredentialEditor::deleteClicked()
{
    const int row = m_ui->credentialList->currentRow();
    const Entry *entry = current();
    if (!entry)
        return;
    const QString name = entry->credential.name.isEmpty() ? tr("(no name)") : entry->credential.name;
    const QStringList users = profilesUsing(entry->credential, m_savedNames.value(entry->credential.id));
    QString text = tr("Delete the credential \"%1\" and its secret?").arg(name);
    if (!users.isEmpty())
        text += QLatin1Char('\n') + tr("%n profile(s) use it (%1) and will have no credential until you choose "
                                       "another.",
                                       nullptr, int(users.size()))
                                        .arg(users.join(QLatin1String(", ")));
    if (MessageBox::question(this, tr("Delete credential"), text, QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No) != QMessageBox::Yes)
        return;
    if (!entry->isNew)
        m_deleted.append(entry->credential); // its secret goes when the dialog is saved
    m_entries.removeAt(row);
    delete m_ui->credentialList->takeItem(row); // selects the next row, which shows it
    showCurrent();
}

void CredentialEditor::signInClicked()
{
    Entry *entry = current();
    if (!entry)
        return;
    const Credential credential = entry->credential;
    const QUrl testUrl = triggerUrl(m_ui->testUrlLineEdit->text());
    const QUrl identity = !credential.identityUrl.isEmpty() ? credential.identityUrl
                          : testUrl.isEmpty()               ? QUrl()
                                              : OAuthClientCredentialsProvider::defaultIdentityUrl(testUrl);
    QString problem = credential.validate().value(0);
    if (problem.isEmpty() && identity.isEmpty())
        problem = tr("Enter the identity URL, or a trigger URL below to take it from.");
    if (!problem.isEmpty()) {
        showSignInStatus(problem, true);
        return;
    }
    delete m_signInRun;
    auto *run = new QObject(this);
    m_signInRun = run;
    QString tlsError;
    auto tls = TlsPolicy::load(credential.tls, &tlsError);
    if (!tls) {
        delete run;
        showSignInStatus(tlsError, true);
        return;
    }
    auto *signIn = new BrowserSignIn(identity, credential.clientId, credential.scopes, credential.redirectPort,
                                     ProxyRouting(m_proxy), std::move(tls), run);
    connect(signIn, &BrowserSignIn::openBrowser, this, [this](const QUrl &url) {
        showSignInStatus(
            tr("Waiting for the browser… If it did not open, open this page: %1").arg(url.toString(QUrl::FullyEncoded)),
            false);
        QDesktopServices::openUrl(url);
    });
    connect(signIn, &BrowserSignIn::finished, this,
            [this, run, id = credential.id](const BrowserSignIn::Tokens &tokens, const QString &error) {
                run->deleteLater();
                Entry *signedIn = this->entry(id);
                if (!signedIn)
                    return;
                if (error.isEmpty() && tokens.refreshToken.isEmpty()) {
                    showSignInStatus(tr("The identity server gave no refresh token, so the session would end "
                                        "within the hour: add offline_access to the scopes."),
                                     true);
                    return;
                }
                if (!error.isEmpty()) {
                    showSignInStatus(error, true);
                    return;
                }
                signedIn->typedSecret = QString::fromUtf8(tokens.refreshToken);
                if (signedIn == current())
                    updateSecretStatus();
                revalidate();
            });
    if (QString error; !signIn->start(&error)) {
        delete run;
        showSignInStatus(error, true);
    }
}

void CredentialEditor::signOutClicked()
{
    Entry *entry = current();
    if (!entry)
        return;
    entry->typedSecret.clear();
    if (entry->secretState != SecretState::Stored || !m_secrets) {
        updateSecretStatus();
        return;
    }
    m_secrets->remove(entry->credential.secretKey(), this, [this, id = entry->credential.id](const QString &error) {
        Entry *signedOut = this->entry(id);
        if (!signedOut)
            return;
        signedOut->secretState = error.isEmpty() || isNotFound(error) ? SecretState::Missing : signedOut->secretState;
        if (signedOut == current())
            updateSecretStatus();
        if (!error.isEmpty() && !isNotFound(error))
            showSignInStatus(error, true);
    });
}

void CredentialEditor::showSignInStatus(const QString &text, bool problem)
{
    m_ui->secretStatusLabel->setText(text);
    m_ui->secretStatusLabel->setStyleSheet(problem ? QStringLiteral("color: #b03a2e;") : QString());
}

void CredentialEditor::cancelTest()
{
    delete m_testRun; // its requests are abandoned with it
    m_ui->testConnectionButton->setEnabled(true);
    m_ui->testResultLabel->clear();
    m_ui->testResultLabel->hide();
}

void CredentialEditor::testClicked()
{
    const Entry *entry = current();
    if (!entry)
        return;
    cancelTest();
    const QUrl url = triggerUrl(m_ui->testUrlLineEdit->text());
    if (url.isEmpty()) {
        showTestResult(false, tr("Enter the trigger's full slug URL to test against."));
        return;
    }
    const QStringList problems = entry->credential.validate();
    if (!problems.isEmpty()) {
        showTestResult(false, problems.join(QLatin1Char('\n')));
        return;
    }
    auto *run = new QObject(this);
    m_testRun = run;
    // The secret typed wins over the stored one, and stays in memory only, with this test.
    SecretStore *secrets = m_secrets;
    const QString typed = entry->typedSecret.trimmed();
    if (!typed.isEmpty()) {
        auto *memory = new MemorySecretStore(run);
        memory->write(entry->credential.secretKey(), typed.toUtf8(), run, [](const QString &) {});
        secrets = memory;
    } else if (entry->isNew) {
        delete run;
        showTestResult(false, tr("Enter the secret to test with."));
        return;
    }
    QNetworkAccessManager *identityManager = m_identityManagers ? m_identityManagers(entry->credential.tls) : m_manager;
    auto *auth = new CredentialAuthProvider(entry->credential, OAuthClientCredentialsProvider::defaultIdentityUrl(url),
                                            secrets, identityManager, run);
    auto *test = new ConnectionTest(m_manager, auth, url, {}, run);
    connect(test, &ConnectionTest::finished, this,
            [this, run, secrets, id = entry->credential.id](bool ok, const QString &report) {
                if (m_testRun != run)
                    return;
                m_testRun = nullptr;
                // A session not saved yet was renewed by the test: its refresh token served once,
                // and the new one is what Save must keep.
                if (Entry *tested = this->entry(id);
                    tested && tested->credential.kind == Credential::Kind::BrowserSignIn && secrets != m_secrets) {
                    secrets->read(tested->credential.secretKey(), this,
                                  [this, id](const QByteArray &kept, const QString &) {
                                      if (Entry *renewed = this->entry(id); renewed && !kept.isEmpty())
                                          renewed->typedSecret = QString::fromUtf8(kept);
                                  });
                }
                run->deleteLater();
                showTestResult(ok, report);
            });
    m_ui->testConnectionButton->setEnabled(false);
    m_ui->testResultLabel->setStyleSheet(QString());
    m_ui->testResultLabel->setText(tr("Testing…"));
    m_ui->testResultLabel->show();
    test->start();
}

void CredentialEditor::showTestResult(bool ok, const QString &report)
{
    m_ui->testConnectionButton->setEnabled(true);
    m_ui->testResultLabel->setStyleSheet(ok ? QStringLiteral("color: #1e8449;") : QStringLiteral("color: #b03a2e;"));
    m_ui->testResultLabel->setText(report);
    m_ui->testResultLabel->show();
}

void CredentialEditor::saveClicked()
{
    if (m_pendingOperations > 0)
        return;
    revalidate();
    if (!problems().isEmpty())
        return;
    m_saveErrors.clear();
    m_ui->saveStatusLabel->hide();
    // What to write and remove, taken first: a store may answer (and change m_deleted) at once.
    struct Write
    {
        QString id, name, key;
        QByteArray secret;
    };
    QList<Write> writes;
    for (const Entry &entry : std::as_const(m_entries)) {
        const QString secret = entry.typedSecret.trimmed();
        if (!secret.isEmpty())
            writes.append({entry.credential.id, entry.credential.name, entry.credential.secretKey(), secret.toUtf8()});
    }
    const QList<Credential> removals = m_deleted;
    // One for this function, so that a store answering at once does not finish the save half-way.
    m_pendingOperations = 1;
    m_ui->buttonBox->setEnabled(false);
    if (!m_secrets && (!writes.isEmpty() || !removals.isEmpty()))
        m_saveErrors.append(tr("No secret store is available: the secrets were not saved."));
    for (const Write &write : std::as_const(writes)) {
        if (!m_secrets)
            break;
        ++m_pendingOperations;
        m_secrets->write(write.key, write.secret, this, [this, id = write.id, name = write.name](const QString &error) {
            if (!error.isEmpty()) {
                m_saveErrors.append(tr("The secret of \"%1\" was not saved: %2").arg(name, error));
            } else if (Entry *saved = entry(id)) {
                saved->typedSecret.clear();
                saved->isNew = false;
                saved->savedKind = saved->credential.kind;
                saved->secretState = SecretState::Stored;
            }
            operationDone();
        });
    }
    for (const Credential &deleted : removals) {
        if (!m_secrets)
            break;
        ++m_pendingOperations;
        m_secrets->remove(
            deleted.secretKey(), this, [this, id = deleted.id, name = deleted.name](const QString &error) {
                if (error.isEmpty() || isNotFound(error))
                    m_deleted.removeIf([&id](const Credential &c) { return c.id == id; });
                else
                    m_saveErrors.append(
                        tr("The secret of the deleted credential \"%1\" was not removed: %2").arg(name, error));
                operationDone();
            });
    }
    operationDone();
}

void CredentialEditor::operationDone()
{
    if (--m_pendingOperations > 0)
        return;
    m_ui->buttonBox->setEnabled(true);
    if (m_saveErrors.isEmpty()) {
        accept();
        return;
    }
    m_ui->saveStatusLabel->setText(m_saveErrors.join(QLatin1Char('\n')));
    m_ui->saveStatusLabel->show();
    showCurrent(); // the secrets that were saved are no longer "typed"
}

} // namespace td
