#pragma once

#include "devserver/devserver.h"

#include <QByteArray>
#include <QString>

#include <memory>

class ApiClient;

// A dev server on 127.0.0.1 (ephemeral port) and a client pointed at it, for one test.
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
};
