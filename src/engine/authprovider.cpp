#include "authprovider.h"

namespace td {

StaticTokenProvider::StaticTokenProvider(const QByteArray &token, QObject *parent)
    : AuthProvider(parent), m_token(token)
{}

void StaticTokenProvider::fetchToken(QObject *context, TokenCallback done)
{
    Q_UNUSED(context)
    done(m_token, {});
}

} // namespace td
