#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

// What went wrong with a call, in terms a person and a script can act on.
struct ApiError
{
    enum class Kind
    {
        None,
        Validation, // rejected before sending: bad id, name, limit...; no request was made
        Unauthorized, // 401 or 403
        NotFound, // 404
        Conflict, // 409: locked, in use by agents, deletion running
        Rejected, // other 4xx: 400, 422, 405, 413...
        RateLimited, // 429 after the retries ran out
        Server, // 5xx
        Network, // connection refused, reset, host not found
        Timeout,
        Tls,
        Malformed, // the answer is not what the API promises (not JSON, wrong shape, too large)
        Cancelled,
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString message; // the server's own words where it gave any, else ours
    QString details; // more for a details box: certificate chain, the raw start of an HTML page...
    int retryAfterMs = -1; // a 429's Retry-After, when the server sent one: when to ask again

    bool isError() const
    {
        return kind != Kind::None;
    }
    // A transient failure that a retry might cure.
    bool isTransient() const;
    // The request may have been carried out although no success came back: a timeout, a cut
    // connection, a 5xx, a garbled answer, a call cancelled in flight. What is not idempotent (a
    // toggle, a resync, a delete of a bulk run) is not sent again after such an error.
    bool mayHaveReachedServer() const;
    // A one-line text for a status bar or stderr: the message, with the status when there is one.
    QString toString() const;

    static ApiError validation(const QString& message);
    static ApiError malformed(const QString& message, int httpStatus = 0);
    // What a 2xx body amounts to when it is not the JSON object the API promises (the start of the
    // body goes to the details), or when it says `success: false` (a refusal in the server's words).
    static ApiError invalidJson(const QByteArray& body, int httpStatus, const QString& reason, qint64 offset);
    static ApiError notAnObject(const QByteArray& body, int httpStatus);
    static ApiError refusal(const QByteArray& body, int httpStatus);
    // The same error with `token` masked wherever a server put it (a message that repeats it, a debug
    // page listing the request's headers): the user still reads the server's words, never the token.
    ApiError withTokenMasked(const QString& token) const;
    // Maps an HTTP error answer, with its message pulled out of whichever error shape the body has.
    static ApiError fromHttp(int status, const QByteArray& reasonPhrase, const QByteArray& body);
    static Kind kindForStatus(int status);
    // The server's message from `{"detail": "..."}`, `{"detail": [{"msg": ...}]}`,
    // `{"error": {"message": ...}}` or `{"message": "..."}`; empty when the body has none.
    static QString messageFromBody(const QByteArray& body);
    static QString kindName(Kind kind);
};

Q_DECLARE_METATYPE(ApiError)
