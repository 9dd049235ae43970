#include "testserver.h"

#include "core/net/apiclient.h"

#include <QFile>
#include <QTest>

namespace {

devserver::ServerOptions optionsFor(devserver::Dialect dialect, int seedCount)
{
    devserver::ServerOptions options;
    options.dialect = dialect;
    options.seedCount = seedCount;
    options.token = QStringLiteral("test-token-7f3a");
    return options;
}

} // namespace

TestServer::TestServer(devserver::Dialect dialect, int seedCount)
    : server(optionsFor(dialect, seedCount))
    , client(std::make_unique<ApiClient>())
{
    QString error;
    if (!server.start(&error))
        qFatal("dev server did not start: %s", qPrintable(error));
    client->setBaseUrl(server.baseUrl());
    client->setToken(QStringLiteral("test-token-7f3a"));
    client->setTimeout(5000);
    RetryPolicy fast;
    fast.initialDelayMs = 5;
    fast.maxDelayMs = 20;
    client->setRetryPolicy(fast);
}

TestServer::~TestServer() = default;

QByteArray TestServer::readSample(const QString& name)
{
    QFile file(QStringLiteral(CONNECTOR_SAMPLES_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing sample %s", qPrintable(name));
    return file.readAll();
}

int TestServer::countRequests(const QString& pathPrefix, const QByteArray& method) const
{
    int n = 0;
    for (const devserver::LoggedRequest& r : server.requestLog()) {
        if (r.path.startsWith(QStringLiteral("/api/v1") + pathPrefix) && (method.isEmpty() || r.method == method))
            ++n;
    }
    return n;
}
