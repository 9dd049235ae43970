#include "core/net/retrypolicy.h"

#include "core/net/apierror.h"

#include <QDateTime>
#include <QLocale>
#include <QRandomGenerator>

#include <cmath>

bool RetryPolicy::isRetryableMethod(const QByteArray& method) const
{
    return method == "GET" || method == "PUT" || method == "DELETE" || method == "HEAD";
}

bool RetryPolicy::shouldRetry(const QByteArray& method, const ApiError& error, int retriesDone) const
{
    return retriesDone < maxRetries && isRetryableMethod(method) && error.isTransient();
}

int RetryPolicy::delayMs(int retriesDone, int retryAfterMs) const
{
    if (retryAfterMs >= 0)
        return std::min(retryAfterMs, maxRetryAfterMs);
    const double base = std::min<double>(maxDelayMs, initialDelayMs * std::pow(2.0, retriesDone));
    const double spread = base * jitter;
    const double jittered = base - spread + QRandomGenerator::global()->generateDouble() * 2 * spread;
    return int(std::clamp<double>(jittered, 0, maxDelayMs));
}

int RetryPolicy::parseRetryAfter(const QByteArray& header)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(std::min<qint64>(seconds, 24 * 3600) * 1000);
    // HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT"
    QDateTime when
        = QLocale::c().toDateTime(QString::fromLatin1(value), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeSpec(Qt::UTC);
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(when);
    return int(std::clamp<qint64>(ms, 0, 24 * 3600 * 1000));
}
