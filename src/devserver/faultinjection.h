#pragma once

#include "devserver/devserver.h"
#include "devserver/httpmessage.h"

#include <QList>

#include <optional>

class QTcpSocket;

namespace devserver {

// The faults waiting for requests, matched by method and path prefix, consumed one per request.
class FaultList final
{
public:
    void add(const Fault& fault);
    void clear();
    bool isEmpty() const;
    // The first fault matching `method` and `apiPath` (decoded, below /api/v1), with its count used up by one.
    std::optional<Fault> take(const QByteArray& method, const QString& apiPath);

private:
    QList<Fault> m_faults;
};

// Whether the normal route still runs under `mode`: it does when only the delivery of the answer
// fails (TruncatedJson, HeadersThenSilence, ResetMidBody, Latency), as when a proxy or the network
// breaks after the server did the work; it does not when the fault stands for the server's answer.
bool faultRunsRoute(Fault::Mode mode);

// The answer that replaces the routed one (Status, Html, Oversize), in the dialect's error shape.
Answer faultAnswer(const Fault& fault, Dialect dialect);

// Writes `answer` to `socket`, as `fault` (if any) mangles it. `close`: the client asked for
// "Connection: close". HeadersThenSilence leaves the connection open with nothing more to come.
void deliverAnswer(QTcpSocket* socket, const Answer& answer, const std::optional<Fault>& fault, bool close);

} // namespace devserver
