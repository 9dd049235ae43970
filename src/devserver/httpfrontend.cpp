#include "devserver/httpfrontend.h"

#include <QHttpServerRequest>
#include <QTcpSocket>

namespace devserver {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

} // namespace

HttpFrontend::HttpFrontend(Handler handler, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{ }

HttpFrontend::~HttpFrontend() = default;

bool HttpFrontend::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // QHttpServerRequest gives no access to the request line, so the raw target is rebuilt from the
    // parsed URL with QUrl::FullyEncoded: "%2F" and ".." come through as sent.
    const QUrl url = request.url();
    IncomingRequest incoming;
    incoming.method = methodName(request.method());
    incoming.rawPath = url.path(QUrl::FullyEncoded).toUtf8();
    incoming.path = url.path(QUrl::FullyDecoded);
    incoming.rawQuery = url.query(QUrl::FullyEncoded).toUtf8();
    incoming.headers = request.headers();
    incoming.body = request.body();
    m_handler(incoming, socket);
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // Never reached: handleRequest() takes every request.
    Q_UNUSED(request);
    const QByteArray body = R"({"detail":"Not Found"})";
    socket->write(responseHead(404, "application/json", body.size(), {}, false) + body);
}

} // namespace devserver
