#include "app/demoserver.h"

#include <QRandomGenerator>

DemoServer::DemoServer()
    : DemoServer(Options{})
{ }

DemoServer::DemoServer(const Options& options)
    : m_token(randomToken())
{
    devserver::ServerOptions server;
    server.dialect = options.dialect;
    server.seedCount = options.seedCount;
    server.token = m_token;
    server.latencyMs = options.latencyMs;
    server.deletionDelayMs = options.deletionDelayMs;
    server.address = QHostAddress::LocalHost; // never reachable from another machine
    server.port = 0;
    m_server = std::make_unique<devserver::DevServer>(server);
}

DemoServer::~DemoServer() = default;

bool DemoServer::start(QString* errorMessage)
{
    return m_server->start(errorMessage);
}

QUrl DemoServer::baseUrl() const
{
    return m_server->baseUrl();
}

QString DemoServer::randomToken()
{
    // Anything else on this machine can reach the port, so the token must not be guessable.
    QString token;
    token.reserve(32);
    for (int i = 0; i < 4; ++i)
        token += QStringLiteral("%1").arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    return QStringLiteral("demo-") + token;
}
