#pragma once

// A person's browser, scripted, for the sign-in tests: one request at a time (a page, or a form
// posted), redirects never followed, each answer waited for until it has all come.

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

namespace td::test {

// GET url, or POST form to it when there is one; the reply (the manager's child), finished.
inline QNetworkReply *browse(QNetworkAccessManager *browser, const QUrl &url, const QByteArray &form = {})
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = nullptr;
    if (form.isEmpty()) {
        reply = browser->get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = browser->post(request, form);
    }
    [reply] { QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000); }();
    return reply;
}

// The identity server's sign-in page (its authorize URL) submitted with these extra fields (a
// name and password, or cancel=1): where the server sends the browser back.
inline QUrl submitSignIn(QNetworkAccessManager *browser, const QUrl &page, const QByteArray &fields)
{
    const QByteArray form = page.query(QUrl::FullyEncoded).toUtf8() + '&' + fields;
    return QUrl::fromEncoded(browse(browser, page.adjusted(QUrl::RemoveQuery), form)->rawHeader("Location"));
}

} // namespace td::test
