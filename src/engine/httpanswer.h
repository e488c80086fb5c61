#pragma once

#include "phrase.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

namespace td {

// What came back for one request, complete or not.
struct HttpAnswer
{
    QUrl url; // the request's URL
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    Phrase errorString;   // Qt's words, or ours for a refused certificate
    QByteArray body;      // at most bodyLimit bytes
    qint64 bodyBytes = 0; // bytes received (decoded); more than body.size() when tooLarge
    qint64 bodyLimit = 0;
    bool tooLarge = false;
    bool timedOut = false;            // nothing arrived for the inactivity timeout
    bool requestSent = false;         // the request may have reached the server (followed for requests sent once)
    bool handshakeUnfinished = false; // a new https connection failed before its handshake ended
    bool http2 = false;               // the answer came over HTTP/2
    // The server refused the request before processing it: an HTTP/2 stream its GOAWAY turned
    // away (RFC 9113, 6.8), or one the stack could not start after a GOAWAY. Safe to send again.
    bool refusedUnprocessed = false;
    QString proxy; // the proxy it went through, "" for none
    int timeoutSeconds = 0;
    qint64 elapsedMs = 0;
    QByteArray location;
    QByteArray retryAfter;

    // A status line came and everything after it arrived as promised.
    bool complete() const { return status != 0 && error == QNetworkReply::NoError && !tooLarge; }
    bool isRedirect() const { return status >= 300 && status < 400 && status != 304; }
    bool isSuccess() const { return status >= 200 && status < 300; }
};

} // namespace td
