#include "devserver/devserver.h"

#include "devserver/devserver_p.h"
#include "devserver/httpfrontend.h"
#include "devserver/routes/routes.h"

#include "platform/opensslexit.h"

#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#endif

namespace devserver {

namespace {

constexpr qsizetype kMaxLoggedRequests = 10000; // a long --demo session must not grow without end
const auto kApiPrefix = QLatin1String("/api/v1");

#if QT_CONFIG(ssl)
// The server's certificate (chain) and key from PEM files, as QAbstractHttpServer::sslSetup() takes
// them; the peer verification mode stays Qt's default.
bool loadTlsConfiguration(const ServerOptions& options, QSslConfiguration* configuration, QString* error)
{
    if (!QSslSocket::supportsSsl()) {
        *error = QStringLiteral("TLS is not available: Qt found no TLS backend");
        return false;
    }
    if (options.tlsCertificateFile.isEmpty() || options.tlsKeyFile.isEmpty()) {
        *error = QStringLiteral("HTTPS needs both a certificate file and a key file");
        return false;
    }
    QFile certificateFile(options.tlsCertificateFile);
    if (!certificateFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the TLS certificate %1: %2")
                     .arg(options.tlsCertificateFile, certificateFile.errorString());
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificateFile.readAll(), QSsl::Pem);
    if (chain.isEmpty() || chain.constFirst().isNull()) {
        *error = QStringLiteral("no PEM certificate in %1").arg(options.tlsCertificateFile);
        return false;
    }
    QFile keyFile(options.tlsKeyFile);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the TLS key %1: %2").arg(options.tlsKeyFile, keyFile.errorString());
        return false;
    }
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
        key = QSslKey(keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        *error = QStringLiteral("no unencrypted PEM private key (RSA or EC) in %1").arg(options.tlsKeyFile);
        return false;
    }
    QSslConfiguration tls;
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::SecureProtocols);
    *configuration = tls;
    return true;
}
#endif

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
                             &work,
                             options.deletionDelayMs,
                             options.syncDurationMs,
                             &oauthStates,
                             q->baseUrl().adjusted(QUrl::RemovePath)};
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

DevServer::DevServer(const ServerOptions& options, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<DevServerPrivate>(this, options))
{
    // Before any TLS; for programs whose main() did not (the tests).
    opensslexit::skipCleanupAtExit();
}

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

    QTcpServer* tcpServer = nullptr;
    if (isTls()) {
#if QT_CONFIG(ssl)
        // QAbstractHttpServer::sslSetup() only reaches its own listen(), which gives no error text:
        // the same configuration goes into a QSslServer of ours, bound like the plain one.
        QSslConfiguration tls;
        QString error;
        if (!loadTlsConfiguration(d->options, &tls, &error))
            return fail(error);
        auto* sslServer = new QSslServer;
        sslServer->setSslConfiguration(tls);
        tcpServer = sslServer;
#else
        return fail(QStringLiteral("this build of Qt has no TLS support"));
#endif
    } else {
        tcpServer = new QTcpServer;
    }
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
    url.setScheme(isTls() ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(host.toString());
    url.setPort(d->port);
    url.setPath(QStringLiteral("/api/v1"));
    return url;
}

bool DevServer::isTls() const
{
    return !d->options.tlsCertificateFile.isEmpty() || !d->options.tlsKeyFile.isEmpty();
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

void DevServer::setSyncDuration(int milliseconds)
{
    d->options.syncDurationMs = milliseconds;
}

void DevServer::advanceClock(int milliseconds)
{
    d->work.advance(milliseconds);
}

void DevServer::completeBackgroundWork()
{
    d->work.completeAll();
}

int DevServer::pendingBackgroundJobs() const
{
    return d->work.pendingCount();
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
