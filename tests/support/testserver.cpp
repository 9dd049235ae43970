#include "testserver.h"

#include "core/list/connectorpageloader.h"
#include "core/net/apiclient.h"
#include "core/net/apireply.h"
#include "core/wire/apianswer.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

namespace {

devserver::ServerOptions optionsFor(devserver::Dialect dialect, int seedCount)
{
    devserver::ServerOptions options;
    options.dialect = dialect;
    options.seedCount = seedCount;
    options.token = testToken;
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
    client->setToken(testToken);
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

QList<ConnectorInstance> TestServer::loadAll(const ListQuery& query)
{
    ConnectorPageLoader loader(client.get());
    QSignalSpy loaded(&loader, &ConnectorPageLoader::allPagesLoaded);
    QSignalSpy failed(&loader, &ConnectorPageLoader::failed);
    loader.loadAllPages(query);
    if (!QTest::qWaitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, 30000)) {
        qWarning("the list was not read within 30 s");
        return {};
    }
    if (!failed.isEmpty()) {
        qWarning("the list could not be read: %s", qPrintable(failed.at(0).at(0).value<ApiError>().toString()));
        return {};
    }
    return loaded.at(0).at(0).value<AllPages>().connectors;
}

ConnectorInstance TestServer::fetch(const QString& id)
{
    ConnectorInstance read;
    bool done = false;
    ApiReply* reply = client->getConnector(id);
    QObject::connect(reply, &ApiReply::finished, reply, [&read, &done, reply] {
        ApiError error;
        if (!reply->hasError())
            read = reply->answer().instance(&error).value_or(ConnectorInstance());
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 10000))
        qWarning("GET /connectors/%s did not finish within 10 s", qPrintable(id));
    return read;
}
