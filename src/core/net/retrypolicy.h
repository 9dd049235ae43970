#pragma once

#include <QByteArray>

struct ApiError;

// What the official SDKs do: idempotent calls are retried on 429, 500, 502, 503, 504 and connection
// errors, with exponential backoff and jitter; Retry-After is honoured. A POST is never replayed.
struct RetryPolicy
{
    int maxRetries = 3;
    int initialDelayMs = 500;
    int maxDelayMs = 8000;
    double jitter = 0.25; // +-25% so that many clients do not retry in lockstep
    int maxRetryAfterMs = 60000; // a longer Retry-After is not worth a frozen call: give up instead

    bool isRetryableMethod(const QByteArray& method) const;
    bool shouldRetry(const QByteArray& method, const ApiError& error, int retriesDone) const;
    // The wait before retry number `retriesDone + 1`; `retryAfterMs` >= 0 wins when the server sent one.
    int delayMs(int retriesDone, int retryAfterMs = -1) const;
    // Retry-After as seconds or an HTTP date; -1 when absent or unreadable.
    static int parseRetryAfter(const QByteArray& header);

    static RetryPolicy none()
    {
        RetryPolicy p;
        p.maxRetries = 0;
        return p;
    }
};
