#pragma once

#include "testfixtures.h"

#include "core/list/listquery.h"
#include "devserver/devserver.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

class ApiClient;

// A dev server on 127.0.0.1 (ephemeral port) that wants testToken, and a client pointed at it with that
// token, for one test.
// Retries are fast so fault tests take milliseconds, and still exercise the real backoff code.
struct TestServer
{
    explicit TestServer(devserver::Dialect dialect = devserver::Dialect::PipesHub, int seedCount = 40);
    ~TestServer();

    devserver::DevServer server;
    std::unique_ptr<ApiClient> client;

    static QByteArray readSample(const QString& name); // from tests/data/samples
    // Requests to `pathPrefix` (decoded, below /api/v1) in the log.
    int countRequests(const QString& pathPrefix, const QByteArray& method = {}) const;
    // Every instance of `query`, every page, as the console reads them (ConnectorPageLoader, over
    // HTTP); empty when the read failed (a warning says why).
    QList<ConnectorInstance> loadAll(const ListQuery& query);
    // The instance as GET /connectors/{id} describes it, as the console holds it (an answer to create
    // or a read-back); invalid when it could not be read.
    ConnectorInstance fetch(const QString& id);
};

// addInstance() on the test's dev server: a configured, authenticated team instance (an API_TOKEN
// Confluence named "Lifecycle test") with `fields` on top. Returns its id.
inline QString addInstance(TestServer& ts, const QJsonObject& fields = {})
{
    return addInstance(ts.server, fields);
}
