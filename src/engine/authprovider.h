#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include "phrase.h"

#include <functional>

namespace td {

// Supplies the bearer token for a job's calls. Asynchronous, because an OAuth token may have to
// be fetched first; a provider may call back at once.
class AuthProvider : public QObject
{
    Q_OBJECT

public:
    using TokenCallback = std::function<void(const QByteArray &token, const Phrase &error)>;

    using QObject::QObject;

    // Calls done with a token, or with an empty token and a message a person can act on. The
    // callback is dropped if context is destroyed first.
    virtual void fetchToken(QObject *context, TokenCallback done) = 0;
    // After a 401 on a safe GET: forget the cached token. Returns true when a fresh token may
    // differ from the rejected one (worth one repeat of the GET).
    virtual bool invalidateToken() { return false; }
    // Why the server may have refused this provider's token (a 401), when the provider knows (a
    // personal access token past its expiry date): a sentence a person can act on, or empty.
    virtual Phrase refusalReason() const { return {}; }
};

// A fixed token: a personal access token, or none at all.
class StaticTokenProvider : public AuthProvider
{
    Q_OBJECT

public:
    explicit StaticTokenProvider(const QByteArray &token, QObject *parent = nullptr);

    void fetchToken(QObject *context, TokenCallback done) override;

private:
    QByteArray m_token;
};

} // namespace td
