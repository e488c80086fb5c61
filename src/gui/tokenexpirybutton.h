#pragma once

#include <QPushButton>
#include <QTimer>

namespace td {

class ProfileListModel;

// The status bar's warning that a personal access token expires soon or has expired (from
// Credential::kExpiryWarningDays before the date the credential holds): the soonest one named,
// every one in the tooltip. Hidden when there is nothing to say; checked again when the
// credentials change and every hour, so that a window left open sees the day come.
class TokenExpiryButton : public QPushButton
{
    Q_OBJECT

public:
    explicit TokenExpiryButton(const ProfileListModel *profiles, QWidget *parent = nullptr);

    // Looks at the credentials again (for today's date).
    void refresh();

signals:
    // Clicked: show this credential, where its token is replaced.
    void credentialRequested(const QString &credentialId);

private:
    const ProfileListModel *m_profiles;
    QTimer m_daily;
    QString m_credentialId;
};

} // namespace td
