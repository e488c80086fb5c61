#include "proxysignin.h"

#include "guisettings.h"
#include "jobcontroller.h"
#include "jobrun.h"
#include "proxysetting.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace td {

ProxySignIn::ProxySignIn(JobController *jobs, GuiSettings *settings, QWidget *dialogParent)
    : QObject(dialogParent), m_jobs(jobs), m_settings(settings), m_dialogParent(dialogParent)
{
    connect(m_jobs, &JobController::jobFinished, this, &ProxySignIn::jobEnded);
}

void ProxySignIn::restoreRemembered()
{
    const QStringList proxies = m_settings->value(GuiSettings::Key::RememberedProxies).toStringList();
    for (const QString &proxy : proxies) {
        m_jobs->secrets()->deferredStore()->read(
            secretKey(proxy), this, [proxy](const QByteArray &secret, const QString &error) {
                const int split = secret.indexOf('\n');
                if (!error.isEmpty() || split <= 0)
                    return; // asked again at its next 407
                ProxyCredentials::set(
                    proxy, {QString::fromUtf8(secret.left(split)), QString::fromUtf8(secret.mid(split + 1))});
            });
    }
}

void ProxySignIn::jobEnded(JobRun *run)
{
    const JobRecord &record = run->record();
    if (record.hops.isEmpty() || !record.hops.constLast().proxyAuthRequired)
        return;
    const QString proxy = ProxyCredentials::keyOf(QUrl(record.hops.constLast().proxy));
    // Refused at the trigger call: nothing reached Orchestrator, so it may run again. Refused
    // later (a status poll), the job may exist: it is never run again without being asked.
    if (record.state == JobState::Failed)
        m_refused[proxy].append(record);
    if (m_asking.contains(proxy))
        return;
    ProxySetting setting;
    QString ignored;
    const QString user =
        ProxySetting::parse(record.profile.proxy, &setting, &ignored) && setting.kind == ProxySetting::Kind::Url
            ? setting.url.userName()
            : ProxyCredentials::find(proxy).user;
    ask(proxy, user);
}

void ProxySignIn::ask(const QString &proxy, const QString &user)
{
    m_asking.insert(proxy);
    auto *dialog = new QDialog(m_dialogParent);
    dialog->setObjectName(QStringLiteral("proxySignInDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Proxy sign-in"));
    auto *layout = new QVBoxLayout(dialog);
    auto *explanation =
        new QLabel(tr("The proxy %1 asks for a user name and password (HTTP 407). Nothing went past it: the "
                      "jobs it refused were not started in Orchestrator, and run again once you sign in.")
                       .arg(proxy),
                   dialog);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    auto *form = new QFormLayout;
    auto *userEdit = new QLineEdit(user, dialog);
    userEdit->setObjectName(QStringLiteral("proxyUserEdit"));
    auto *passwordEdit = new QLineEdit(dialog);
    passwordEdit->setObjectName(QStringLiteral("proxyPasswordEdit"));
    passwordEdit->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&User name:"), userEdit);
    form->addRow(tr("&Password:"), passwordEdit);
    layout->addLayout(form);
    auto *rememberBox = new QCheckBox(tr("&Remember in the system keychain"), dialog);
    rememberBox->setObjectName(QStringLiteral("rememberCheckBox"));
    const bool keychain = m_jobs->secrets()->backend() == SecretStoreFactory::Backend::Keychain;
    rememberBox->setEnabled(keychain);
    if (!keychain)
        rememberBox->setToolTip(tr("No keychain answered, so the password is kept for this session only: %1")
                                    .arg(m_jobs->secrets()->unavailableReason()));
    layout->addWidget(rememberBox);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Sign In and Run Again"));
    const auto complete = [userEdit, passwordEdit, ok] {
        ok->setEnabled(!userEdit->text().isEmpty() && !passwordEdit->text().isEmpty());
    };
    connect(userEdit, &QLineEdit::textChanged, dialog, complete);
    connect(passwordEdit, &QLineEdit::textChanged, dialog, complete);
    complete();
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::finished, this, [this, proxy, userEdit, passwordEdit, rememberBox](int result) {
        m_asking.remove(proxy);
        if (result == QDialog::Accepted) {
            signIn(proxy, {userEdit->text(), passwordEdit->text()}, rememberBox->isChecked());
            return;
        }
        const int refused = int(m_refused.take(proxy).size());
        emit message(
            tr("Not signed in to the proxy %1: %n job(s) it refused stay Failed. Re-run asks again.", nullptr, refused)
                .arg(proxy));
    });
    (userEdit->text().isEmpty() ? userEdit : passwordEdit)->setFocus();
    dialog->open();
}

void ProxySignIn::signIn(const QString &proxy, const ProxyCredentials::Entry &entry, bool keep)
{
    ProxyCredentials::set(proxy, entry);
    if (keep)
        remember(proxy, entry);
    else
        forget(proxy);
    const QList<JobRecord> refused = m_refused.take(proxy);
    for (const JobRecord &record : refused)
        m_jobs->rerun(record);
    emit message(tr("Signed in to the proxy %1 as %2: %n job(s) it refused run again.", nullptr, int(refused.size()))
                     .arg(proxy, entry.user));
}

void ProxySignIn::remember(const QString &proxy, const ProxyCredentials::Entry &entry)
{
    m_jobs->secrets()->deferredStore()->write(
        secretKey(proxy), entry.user.toUtf8() + '\n' + entry.password.toUtf8(), this,
        [this, proxy](const QString &error) {
            if (!error.isEmpty()) {
                emit problem(tr("Proxy password not kept"),
                             tr("The password for %1 is kept for this session only: %2").arg(proxy, error));
                return;
            }
            QStringList proxies = m_settings->value(GuiSettings::Key::RememberedProxies).toStringList();
            if (!proxies.contains(proxy)) {
                proxies.append(proxy);
                m_settings->setValue(GuiSettings::Key::RememberedProxies, proxies);
            }
        });
}

void ProxySignIn::forget(const QString &proxy)
{
    QStringList proxies = m_settings->value(GuiSettings::Key::RememberedProxies).toStringList();
    if (!proxies.removeAll(proxy))
        return;
    m_settings->setValue(GuiSettings::Key::RememberedProxies, proxies);
    m_jobs->secrets()->deferredStore()->remove(secretKey(proxy), this, [](const QString &) {});
}

} // namespace td
