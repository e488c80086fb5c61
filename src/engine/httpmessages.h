#pragma once

#include "httpanswer.h"
#include "phrase.h"

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

namespace td {

// The server's own error, from a body like {"message": "...", "errorCode": 1623} (or an OAuth
// {"error": "...", "error_description": "..."}).
struct ServerError
{
    QString message;
    int code = 0;
};
ServerError parseServerError(const QByteArray &body);

// What an HTTP status means for a person, with what to check; the server's words follow it.
Phrase describeHttpStatus(int status, const QString &method, const QUrl &url, const ServerError &server);
// The sentence followed by the server's own words, quoted as they came.
Phrase withServerWords(const Phrase &what, const ServerError &server);
// What a network failure means for a person.
Phrase describeNetworkError(QNetworkReply::NetworkError error, const Phrase &errorString, const QUrl &url,
                            bool timedOut, int timeoutSeconds);

// What went wrong with an answer: no answer at all, one cut short, one over the size limit.
// Empty for a complete answer (its status speaks for itself).
Phrase describeAnswerProblem(const HttpAnswer &answer);
// An answer that is not what was hoped for: its problem, else what its status means, with the
// server's words.
Phrase describeAnswer(const HttpAnswer &answer, const QString &method);

// Why nothing was sent to url: the token would have gone over plain http to a host that is
// neither loopback nor trusted.
Phrase plainHttpTokenRefusal(const QUrl &url);
// Why a token was not sent: it holds a control character or a space (policy::isTokenSafe).
Phrase unsafeTokenRefusal();

} // namespace td
