#include "devserver.h"

#include "devserver_p.h"
#include "httpfrontend.h"
#include "routes.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace devserver {

namespace {

constexpr qsizetype kMaxLoggedRequests = 10000; // a long --demo session must not grow without end
const auto kApiPrefix = QLatin1String("/api/v1");

} // namespace

DevServerPrivate::DevServerPrivate(DevServer* owner, const ServerOptions& serverOptions)
    : q(owner)
    , options(serverOptions)
    , store(serverOptions.randomSeed)
{
    if (options.dataFile.isEmpty())
        store.seed(options.seedCount, options.randomSeed);
}

DevServerPrivate::~DevServerPrivate()
{
    delete frontend.data();
}

LoggedRequest DevServerPrivate::logEntry(const IncomingRequest& request) const
{
    LoggedRequest entry;
    entry.method = request.method;
    entry.rawPath = request.rawPath;
    entry.path = request.path;
    entry.query = QUrlQuery(QString::fromUtf8(request.rawQuery));
    entry.contentType = request.header("content-type");
    entry.hadAuthorization = request.hasHeader("authorization");
    entry.bearerMatched = bearerMatches(request, options.token);
    entry.body = request.body;
    return entry;
}

void DevServerPrivate::handle(const IncomingRequest& request, QTcpSocket* socket)
{
    const LoggedRequest entry = logEntry(request);
    log.append(entry);
    if (log.size() > kMaxLoggedRequests)
        log.removeFirst();

    const QPointer<QTcpSocket> guard(socket);
    emit q->requestServed(entry);
    if (!guard || !frontend)
        return; // a slot stopped the server

    const QString apiPath = request.path.startsWith(kApiPrefix) ? request.path.mid(kApiPrefix.size()) : request.path;
    const std::optional<Fault> fault = faults.take(request.method, apiPath);

    Answer answer;
    if (!fault || faultRunsRoute(fault->mode)) {
        RouteContext context{store,
                             options.dialect,
                             options.isAdmin,
                             options.token,
                             QString::fromUtf16(kCurrentUserId),
                             [this](const QString& id) {
                                 removeLater(id);
                             }};
        answer = routeRequest(request, context);
    } else {
        answer = faultAnswer(*fault, options.dialect);
    }

    const int delay = std::max(0, options.latencyMs)
        + (fault && fault->mode == Fault::Mode::Latency ? std::max(0, fault->latencyMs) : 0);
    const bool close = request.wantsClose();
    if (delay > 0) {
        // Never block: the answer goes out from a timer, to a socket that may be gone by then.
        QTimer::singleShot(delay, q, [this, guard, answer, fault, close] { deliver(guard, answer, fault, close); });
    } else {
        deliver(guard, answer, fault, close);
    }
}

void DevServerPrivate::deliver(const QPointer<QTcpSocket>& socket,
                               const Answer& answer,
                               const std::optional<Fault>& fault,
                               bool close)
{
    if (socket && socket->state() == QAbstractSocket::ConnectedState)
        deliverAnswer(socket, answer, fault, close);
    if (answer.afterSent)
        answer.afterSent();
}

void DevServerPrivate::removeLater(const QString& id)
{
    QTimer::singleShot(std::max(0, options.deletionDelayMs), q, [this, id] {
        const auto* record = store.record(id);
        if (record && record->status == QLatin1String("DELETING"))
            store.removeInstance(id);
    });
}

DevServer::DevServer(const ServerOptions& options, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<DevServerPrivate>(this, options))
{ }

DevServer::~DevServer() = default;

bool DevServer::start(QString* errorMessage)
{
    const auto fail = [errorMessage](const QString& message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    if (d->frontend)
        return true;
    const QHostAddress address = d->options.address;
    if (!address.isLoopback() && d->options.token.isEmpty()) {
        return fail(QStringLiteral("refusing to listen on %1 without a token: anyone who can reach it could change "
                                   "the data; set a token or listen on 127.0.0.1")
                        .arg(address.toString()));
    }
    if (!d->options.dataFile.isEmpty() && !d->dataLoaded) {
        d->store.setDataFile(d->options.dataFile);
        QString error;
        if (!d->store.load(d->options.seedCount, &error)) {
            d->store.setDataFile({}); // never overwrite a file we could not read
            return fail(error);
        }
        d->dataLoaded = true;
    }

    auto* tcpServer = new QTcpServer;
    if (!tcpServer->listen(address, d->options.port)) {
        const QString error = QStringLiteral("cannot listen on %1 port %2: %3")
                                  .arg(address.toString())
                                  .arg(d->options.port)
                                  .arg(tcpServer->errorString());
        delete tcpServer;
        return fail(error);
    }
    d->frontend = new HttpFrontend(
        [this](const IncomingRequest& request, QTcpSocket* socket) { d->handle(request, socket); }, this);
    d->frontend->bind(tcpServer); // reparents tcpServer to the frontend
    d->port = tcpServer->serverPort();
    return true;
}

void DevServer::stop()
{
    if (!d->frontend)
        return;
    for (QTcpServer* server : d->frontend->servers())
        server->close();
    // Later: stop() may run from a slot of requestServed, inside the frontend's own socket handler.
    d->frontend->deleteLater();
    d->frontend = nullptr;
    d->port = 0;
}

bool DevServer::isListening() const
{
    return d->frontend != nullptr;
}

quint16 DevServer::port() const
{
    return d->port;
}

QUrl DevServer::baseUrl() const
{
    QHostAddress host = d->options.address;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress(QHostAddress::LocalHost);
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress(QHostAddress::LocalHostIPv6);
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host.toString());
    url.setPort(d->port);
    url.setPath(QStringLiteral("/api/v1"));
    return url;
}

Dialect DevServer::dialect() const
{
    return d->options.dialect;
}

void DevServer::setDialect(Dialect dialect)
{
    d->options.dialect = dialect;
}

void DevServer::setAdmin(bool isAdmin)
{
    d->options.isAdmin = isAdmin;
}

void DevServer::setToken(const QString& token)
{
    d->options.token = token;
}

void DevServer::setLatency(int milliseconds)
{
    d->options.latencyMs = milliseconds;
}

void DevServer::setDeletionDelay(int milliseconds)
{
    d->options.deletionDelayMs = milliseconds;
}

ConnectorStore& DevServer::store()
{
    return d->store;
}

QList<LoggedRequest> DevServer::requestLog() const
{
    return d->log;
}

void DevServer::clearRequestLog()
{
    d->log.clear();
}

void DevServer::injectFault(const Fault& fault)
{
    d->faults.add(fault);
}

void DevServer::clearFaults()
{
    d->faults.clear();
}

} // namespace devserver
