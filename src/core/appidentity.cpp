#include "appidentity.h"

#include <QCoreApplication>

namespace td {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TriggerDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("triggerdesk"));
}

} // namespace td
