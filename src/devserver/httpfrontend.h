#pragma once

#include "devserver/httpmessage.h"

#include <QAbstractHttpServer>

#include <functional>

class QTcpSocket;

namespace devserver {

// QAbstractHttpServer with our own routing: each complete request is copied into an
// IncomingRequest and handed over with its socket, so that answers can be delayed, cut or withheld.
class HttpFrontend final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpFrontend)

public:
    using Handler = std::function<void(const IncomingRequest& request, QTcpSocket* socket)>;

    explicit HttpFrontend(Handler handler, QObject* parent = nullptr);
    ~HttpFrontend() override;

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    Handler m_handler;
};

} // namespace devserver
