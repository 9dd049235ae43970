#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace devserver {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One request, copied out of QHttpServerRequest (which the server reuses for the next request on
// the same connection), so that an answer can be written later, after a latency.
struct IncomingRequest
{
    QByteArray method; // "GET", "POST", ...
    QByteArray rawPath; // percent-encoded path
    QString path; // decoded path
    QByteArray rawQuery; // percent-encoded query, without '?'
    HeaderList headers;
    QByteArray body;

    QByteArray header(const QByteArray& name) const; // case-insensitive; empty when absent
    bool hasHeader(const QByteArray& name) const;
    bool wantsClose() const; // "Connection: close"
};

// What the routes decide; written to the socket by the delivery code (faultinjection.h).
struct Answer
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    HeaderList headers; // extra headers (Allow, Retry-After, ...)
    std::function<void()> afterSent; // runs once the answer was handed to the socket (or dropped)
};

QByteArray reasonPhrase(int status);

// Status line and headers of an answer with a body of `contentLength` bytes, ending with the blank line.
QByteArray responseHead(
    int status, const QByteArray& contentType, qint64 contentLength, const HeaderList& headers, bool closeConnection);

} // namespace devserver
