#include "tokenexpirybutton.h"

#include "profilelistmodel.h"

#include <QDate>
#include <QStyle>

#include <chrono>

namespace td {

TokenExpiryButton::TokenExpiryButton(const ProfileListModel *profiles, QWidget *parent)
    : QPushButton(parent), m_profiles(profiles)
{
    setObjectName(QStringLiteral("tokenExpiryButton"));
    setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    hide();
    connect(profiles, &ProfileListModel::credentialsChanged, this, &TokenExpiryButton::refresh);
    connect(this, &QPushButton::clicked, this, [this] { emit credentialRequested(m_credentialId); });
    using namespace std::chrono_literals;
    m_daily.setInterval(1h);
    connect(&m_daily, &QTimer::timeout, this, &TokenExpiryButton::refresh);
    m_daily.start();
    refresh();
}

void TokenExpiryButton::refresh()
{
    const QDate today = QDate::currentDate();
    const Credential *soonest = nullptr;
    QStringList notices;
    for (const Credential &credential : m_profiles->credentials()) {
        const QString notice = credential.expiryNotice(today).text();
        if (notice.isEmpty())
            continue;
        notices.append(notice);
        if (!soonest || credential.expiresOn < soonest->expiresOn)
            soonest = &credential;
    }
    setVisible(soonest);
    if (!soonest) {
        m_credentialId.clear();
        return;
    }
    m_credentialId = soonest->id;
    const qint64 days = today.daysTo(soonest->expiresOn);
    setText(days < 0    ? tr("Token of \"%1\" expired").arg(soonest->name)
            : days == 0 ? tr("Token of \"%1\" expires today").arg(soonest->name)
                        : tr("Token of \"%1\" expires in %n day(s)", nullptr, int(days)).arg(soonest->name));
    setToolTip(notices.join(QLatin1String("\n\n")));
    setAccessibleDescription(notices.join(QLatin1Char(' ')));
}

} // namespace td
