#pragma once

#include "devserver/backgroundwork.h"
#include "devserver/connectorstore.h"
#include "devserver/devserver.h"
#include "devserver/faultinjection.h"
#include "devserver/httpmessage.h"

#include <QHash>
#include <QList>
#include <QPointer>

#include <optional>

class QTcpSocket;

namespace devserver {

class HttpFrontend;

class DevServerPrivate final
{
    Q_DISABLE_COPY_MOVE(DevServerPrivate)

public:
    DevServerPrivate(DevServer* owner, const ServerOptions& serverOptions);
    ~DevServerPrivate();

    void handle(const IncomingRequest& request, QTcpSocket* socket);
    void
    deliver(const QPointer<QTcpSocket>& socket, const Answer& answer, const std::optional<Fault>& fault, bool close);
    LoggedRequest logEntry(const IncomingRequest& request) const;

    DevServer* const q;
    ServerOptions options;
    ConnectorStore store;
    BackgroundWork work{store};
    QHash<QString, QString> oauthStates; // state -> instance id, single-use
    FaultList faults;
    QList<LoggedRequest> log;
    QPointer<HttpFrontend> frontend; // child of q; deleted later by stop()
    quint16 port = 0;
    bool dataLoaded = false;
};

} // namespace devserver
