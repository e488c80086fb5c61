#include "jobpolicy.h"

#include "httpmessages.h"
#include "jobrecord.h"
#include "triggerprofile.h"

#include <QHostAddress>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace td::policy {

qint64 pollIntervalMs(const TriggerProfile &profile, qint64 elapsedMs)
{
    const qint64 base = qMax(kMinimumIntervalMs, profile.pollIntervalMs);
    if (!profile.adaptivePolling)
        return base;
    return qBound(base, qMax<qint64>(0, elapsedMs) / kAdaptivePollDivisor, qMax<qint64>(base, kAdaptivePollCapMs));
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QString literal = host;
    if (literal.startsWith(QLatin1Char('[')) && literal.endsWith(QLatin1Char(']')))
        literal = literal.mid(1, literal.size() - 2);
    const QHostAddress address(literal);
    return !address.isNull() && address.isLoopback();
}

TokenDecision tokenDecision(const QUrl &url, const QUrl &home, const QStringList &trustedOrigins)
{
    const QString origin = originOf(url);
    const bool trusted = std::any_of(trustedOrigins.cbegin(), trustedOrigins.cend(),
                                     [&origin](const QString &entry) { return originOf(QUrl(entry)) == origin; });
    if (origin != originOf(home) && !trusted)
        return TokenDecision::OtherOrigin;
    if (url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0 && !isLoopbackHost(url.host()) &&
        !trusted)
        return TokenDecision::PlainHttp;
    return TokenDecision::Send;
}

bool isTokenSafe(const QByteArray &token)
{
    return std::all_of(token.cbegin(), token.cend(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte > 0x20 && byte < 0x7f;
    });
}

RedirectTarget resolveRedirect(const QUrl &from, const QByteArray &location)
{
    RedirectTarget result;
    const QUrl relative = QUrl::fromEncoded(location.trimmed());
    const QUrl target = from.resolved(relative);
    const QString scheme = target.scheme().toLower();
    if (!relative.isValid() || !target.isValid() || target.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        result.problem = Phrase::translate("td::Engine", "The server redirected to an unusable address: %1")
                             .arg(redactedUrl(relative));
        return result;
    }
    if (from.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 && scheme == QLatin1String("http")) {
        result.problem =
            Phrase::translate("td::Engine",
                              "Refused a redirect from https to plain http (%1): it would expose the request.")
                .arg(redactedUrl(target));
        return result;
    }
    result.url = target;
    return result;
}

RetryAfter parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    RetryAfter result;
    const QByteArray trimmed = value.simplified();
    if (trimmed.isEmpty())
        return result;
    const bool digitsOnly = std::all_of(trimmed.cbegin(), trimmed.cend(), [](char c) { return c >= '0' && c <= '9'; });
    qint64 ms = -1;
    if (digitsOnly) {
        // delta-seconds; more digits than a 64-bit number holds is a long wait too.
        bool fits = false;
        const qint64 seconds = trimmed.toLongLong(&fits);
        ms = !fits || seconds > kMaxRetryAfterMs / 1000 ? kMaxRetryAfterMs + 1 : seconds * 1000;
    } else {
        // IMF-fixdate, then the obsolete RFC 850 and asctime forms HTTP still allows. The weekday
        // is left out: Qt refuses a date whose weekday does not fit the year it assumes for "yy".
        static const char *const kFormats[] = {"dd MMM yyyy HH:mm:ss 'GMT'", "dd-MMM-yy HH:mm:ss 'GMT'",
                                               "MMM d HH:mm:ss yyyy"};
        const QString text = QString::fromLatin1(trimmed).section(QLatin1Char(' '), 1);
        QDateTime at;
        for (const char *format : kFormats) {
            at = QLocale::c().toDateTime(text, QLatin1String(format));
            if (at.isValid())
                break;
        }
        if (!at.isValid())
            return result;
        at.setTimeZone(QTimeZone::utc());
        if (text.contains(QLatin1Char('-'))) {
            // RFC 850's two-digit year, which Qt reads as 19yy: the most recent such year not more
            // than 50 years ahead (RFC 9110, section 5.6.7).
            int year = now.date().year() / 100 * 100 + at.date().year() % 100;
            if (year > now.date().year() + 50)
                year -= 100;
            at = at.addYears(year - at.date().year());
        }
        ms = qMax<qint64>(0, now.msecsTo(at));
    }
    result.clamped = ms > kMaxRetryAfterMs;
    result.ms = qMin(ms, kMaxRetryAfterMs);
    return result;
}

QPair<QByteArray, QByteArray> folderHeader(const QUrl &invokeUrl, qint64 folderId)
{
    if (folderId > 0)
        return {"X-UIPATH-OrganizationUnitId", QByteArray::number(folderId)};
    InvokeUrlParts parts;
    if (parseInvokeUrl(invokeUrl, &parts, nullptr) && !parts.folderKey.isEmpty())
        return {"X-UIPATH-FolderKey", parts.folderKey.toUtf8()};
    return {};
}

bool worthRetrying(const HttpAnswer &answer)
{
    if (answer.tooLarge)
        return false;
    if (answer.refusedUnprocessed)
        return true;
    if (answer.status == 0) {
        switch (answer.error) {
        case QNetworkReply::ProtocolUnknownError:
        case QNetworkReply::ProtocolInvalidOperationError:
            return false;
        default:
            return true;
        }
    }
    if (!answer.complete())
        return true; // the status line came, the rest did not
    const int status = answer.status;
    return status == 408 || status == 425 || status == 429 || status >= 500;
}

bool triggerMayBeRepeated(const HttpAnswer &answer)
{
    if (answer.status == 0)
        return !answer.requestSent &&
               (answer.error == QNetworkReply::ConnectionRefusedError || answer.refusedUnprocessed);
    return answer.status == 429;
}

bool isJobError(const HttpAnswer &answer)
{
    static const int kNotTheJob[] = {401, 403, 404, 407, 408, 425, 429, 502, 503, 504};
    if (!answer.complete() || answer.status < 400 ||
        std::find(std::begin(kNotTheJob), std::end(kNotTheJob), answer.status) != std::end(kNotTheJob))
        return false;
    return !parseServerError(answer.body).message.isEmpty();
}

bool sameJobError(const HttpAnswer &first, const HttpAnswer &second)
{
    const ServerError a = parseServerError(first.body);
    const ServerError b = parseServerError(second.body);
    return first.status == second.status && a.message == b.message && a.code == b.code;
}

int sightingsToBelieve(const HttpAnswer &answer)
{
    return answer.status >= 500 ? 3 : 2;
}

qint64 backoffMs(int attempt, const RetryPolicy &retry, double unitRandom)
{
    const int doublings = qBound(0, attempt - 1, 20);
    const qint64 backoff = qMin<qint64>(retry.maxDelayMs, qint64(retry.baseDelayMs) << doublings);
    const double jitter = (unitRandom * 2.0 - 1.0) * 0.25; // +-25%
    return qMax<qint64>(kMinimumIntervalMs, backoff + qint64(double(backoff) * jitter));
}

} // namespace td::policy
