// Fault injection, latency and the request log of the dev server, over real HTTP.
#include "devserver/connectorstore.h"
#include "devserver/devserver.h"
#include "testclient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace devserver;

namespace {

Fault makeFault(Fault::Mode mode, int status = 0)
{
    Fault fault;
    fault.mode = mode;
    fault.status = status;
    return fault;
}

} // namespace

class TestDevServerFaults final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DevServer> startServer(Dialect dialect = Dialect::PipesHub)
    {
        ServerOptions options;
        options.dialect = dialect;
        options.seedCount = 30;
        auto server = std::make_unique<DevServer>(options);
        if (!server->start())
            qWarning() << "dev server did not start";
        return server;
    }

private slots:
    void statusFaultsUseTheDialectsErrorShape_data()
    {
        QTest::addColumn<bool>("pipesHub");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<QStringList>("keys");
        const QStringList fastApi{QStringLiteral("detail")};
        const QStringList published{QStringLiteral("message"), QStringLiteral("success")};
        QTest::newRow("PipesHub 503 with Retry-After") << true << 503 << 7 << fastApi;
        QTest::newRow("PipesHub 429 with Retry-After 0") << true << 429 << 0 << fastApi;
        QTest::newRow("PipesHub 500 without Retry-After") << true << 500 << -1 << fastApi;
        QTest::newRow("a 401 is the gateway's in PipesHub")
            << true << 401 << -1 << QStringList{QStringLiteral("error")};
        QTest::newRow("published 502 with Retry-After") << false << 502 << 3 << published;
        QTest::newRow("a 401 is the gateway's in published")
            << false << 401 << -1 << QStringList{QStringLiteral("error")};
    }

    void statusFaultsUseTheDialectsErrorShape()
    {
        QFETCH(bool, pipesHub);
        QFETCH(int, status);
        QFETCH(int, retryAfter);
        QFETCH(QStringList, keys);
        auto server = startServer(pipesHub ? Dialect::PipesHub : Dialect::Published);
        Fault fault = makeFault(Fault::Mode::Status, status);
        fault.retryAfterSeconds = retryAfter;
        server->injectFault(fault);
        TestClient client(server->baseUrl());
        const HttpResult faulted = client.get("/connectors/active");
        QCOMPARE(faulted.status, status);
        QCOMPARE(keysOf(faulted.json()), keys);
        QCOMPARE(faulted.header("Retry-After"), retryAfter >= 0 ? QByteArray::number(retryAfter) : QByteArray());
        QCOMPARE(client.get("/connectors/active").status, 200); // consumed
    }

    void statusFaultKeepsTheGivenBodyAndType()
    {
        auto server = startServer();
        Fault fault = makeFault(Fault::Mode::Status, 500);
        fault.body = "boom";
        fault.contentType = "text/plain";
        server->injectFault(fault);
        TestClient client(server->baseUrl());
        const HttpResult result = client.get("/connectors");
        QCOMPARE(result.status, 500);
        QCOMPARE(result.body, QByteArray("boom"));
        QCOMPARE(result.header("Content-Type"), QByteArray("text/plain"));
    }

    void statusFaultsDoNotReachTheRoutes()
    {
        auto server = startServer();
        const int before = server->store().count();
        server->injectFault(makeFault(Fault::Mode::Status, 503));
        TestClient client(server->baseUrl());
        const HttpResult result = client.sendJson("POST",
                                                  "/connectors",
                                                  {{QStringLiteral("connectorType"), QStringLiteral("Drive")},
                                                   {QStringLiteral("instanceName"), QStringLiteral("Never")},
                                                   {QStringLiteral("scope"), QStringLiteral("team")}});
        QCOMPARE(result.status, 503);
        QCOMPARE(server->store().count(), before);
    }

    void htmlFaultLooksLikeAProxyPage_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("expected");
        QTest::newRow("the default is a 502") << 0 << 502;
        QTest::newRow("a gateway timeout") << 504 << 504;
    }

    void htmlFaultLooksLikeAProxyPage()
    {
        QFETCH(int, status);
        QFETCH(int, expected);
        auto server = startServer();
        server->injectFault(makeFault(Fault::Mode::Html, status));
        TestClient client(server->baseUrl());
        const HttpResult result = client.get("/connectors");
        QCOMPARE(result.status, expected);
        QVERIFY(result.header("Content-Type").startsWith("text/html"));
        QVERIFY(result.body.startsWith("<html>"));
        QVERIFY(result.body.contains(QByteArray::number(expected)));
    }

    void truncatedJsonIsCutInHalf()
    {
        auto server = startServer();
        TestClient client(server->baseUrl());
        const HttpResult whole = client.get("/connectors?scope=team");
        server->injectFault(makeFault(Fault::Mode::TruncatedJson));
        const HttpResult cut = client.get("/connectors?scope=team");
        QCOMPARE(cut.status, 200);
        QCOMPARE(cut.error, QNetworkReply::NoError);
        QCOMPARE(cut.body, whole.body.left(whole.body.size() / 2));
        QJsonParseError error{};
        QJsonDocument::fromJson(cut.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    }

    void headersThenSilenceMakesTheClientTimeOut()
    {
        auto server = startServer();
        server->injectFault(makeFault(Fault::Mode::HeadersThenSilence));
        TestClient client(server->baseUrl());
        client.setTransferTimeout(400);
        const HttpResult result = client.get("/connectors");
        QVERIFY(result.finished);
        QVERIFY2(result.error == QNetworkReply::OperationCanceledError || result.error == QNetworkReply::TimeoutError,
                 qPrintable(result.errorString));
        QVERIFY(result.elapsedMs >= 350);
        client.setTransferTimeout(5000);
        QCOMPARE(client.get("/connectors").status, 200); // the server is still fine
    }

    void headersThenSilenceSendsOnlyTheHead()
    {
        auto server = startServer();
        server->injectFault(makeFault(Fault::Mode::HeadersThenSilence));
        const QByteArray answer
            = rawExchange(server->port(), "GET /api/v1/connectors HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 500);
        QCOMPARE(rawStatus(answer), 200);
        QVERIFY(answer.contains("Content-Length: "));
        QVERIFY(answer.endsWith("\r\n\r\n")); // and nothing after the blank line
    }

    void resetMidBodyIsANetworkError_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::newRow("a read") << QByteArray("GET");
        QTest::newRow("a create still happens on the server") << QByteArray("POST");
    }

    void resetMidBodyIsANetworkError()
    {
        QFETCH(QByteArray, method);
        auto server = startServer();
        const int before = server->store().count();
        server->injectFault(makeFault(Fault::Mode::ResetMidBody));
        TestClient client(server->baseUrl());
        const HttpResult result
            = client.send(method, "/connectors", R"({"connectorType":"Drive","instanceName":"Half","scope":"team"})");
        QVERIFY(result.finished);
        QVERIFY2(result.error != QNetworkReply::NoError, qPrintable(result.errorString));
        // The server did the work; only the answer was lost (a client must not replay the POST).
        QCOMPARE(server->store().count(), before + (method == "POST" ? 1 : 0));
        QCOMPARE(client.get("/connectors").status, 200);
    }

    void oversizeSendsExactlyTheAskedBytes()
    {
        auto server = startServer();
        Fault fault = makeFault(Fault::Mode::Oversize);
        fault.oversizeBytes = 3 * 1024 * 1024 + 17;
        server->injectFault(fault);
        TestClient client(server->baseUrl());
        const HttpResult result = client.get("/connectors");
        QCOMPARE(result.status, 200);
        QCOMPARE(result.error, QNetworkReply::NoError);
        QCOMPARE(result.body.size(), fault.oversizeBytes);
        QVERIFY(QJsonDocument::fromJson(result.body).isObject());
    }

    void latencyFaultDelaysTheNormalAnswer()
    {
        auto server = startServer();
        Fault fault = makeFault(Fault::Mode::Latency);
        fault.latencyMs = 300;
        server->injectFault(fault);
        TestClient client(server->baseUrl());
        const HttpResult slow = client.get("/connectors/active");
        QCOMPARE(slow.status, 200);
        QVERIFY(slow.elapsedMs >= 290);
        QVERIFY(slow.json().value(QLatin1String("success")).toBool());
    }

    void serverLatencyNeverBlocksTheEventLoop()
    {
        auto server = startServer();
        server->setLatency(300);
        QNetworkAccessManager manager;
        QElapsedTimer timer;
        timer.start();
        QList<QNetworkReply*> replies;
        for (int i = 0; i < 5; ++i)
            replies.append(
                manager.get(QNetworkRequest(QUrl::fromEncoded(server->baseUrl().toEncoded() + "/connectors"))));
        for (QNetworkReply* reply : replies) {
            if (!reply->isFinished())
                QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(5000));
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            reply->deleteLater();
        }
        QVERIFY(timer.elapsed() >= 290);
        QVERIFY2(timer.elapsed() < 1200, "delayed answers must overlap, not queue"); // 5 x 300 if blocking
    }

    void faultsMatchMethodAndPathPrefix_data()
    {
        QTest::addColumn<QByteArray>("faultMethod");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<bool>("faulted");
        QTest::newRow("any method, any path")
            << QByteArray() << QString() << QByteArray("GET") << QByteArray("/connectors") << true;
        QTest::newRow("a matching prefix") << QByteArray() << QStringLiteral("/connectors/active") << QByteArray("GET")
                                           << QByteArray("/connectors/active") << true;
        QTest::newRow("another path") << QByteArray() << QStringLiteral("/connectors/active") << QByteArray("GET")
                                      << QByteArray("/connectors/inactive") << false;
        QTest::newRow("a matching method") << QByteArray("DELETE") << QStringLiteral("/connectors/")
                                           << QByteArray("DELETE") << QByteArray("/connectors/nope") << true;
        QTest::newRow("another method") << QByteArray("POST") << QString() << QByteArray("GET")
                                        << QByteArray("/connectors") << false;
        QTest::newRow("the prefix is matched on the decoded path")
            << QByteArray() << QStringLiteral("/connectors/a b") << QByteArray("GET") << QByteArray("/connectors/a%20b")
            << true;
    }

    void faultsMatchMethodAndPathPrefix()
    {
        QFETCH(QByteArray, faultMethod);
        QFETCH(QString, prefix);
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(bool, faulted);
        auto server = startServer();
        Fault fault = makeFault(Fault::Mode::Status, 418);
        fault.method = faultMethod;
        fault.pathPrefix = prefix;
        server->injectFault(fault);
        TestClient client(server->baseUrl());
        QCOMPARE(client.send(method, path).status == 418, faulted);
    }

    void faultCountsAreConsumedPerRequest()
    {
        auto server = startServer();
        TestClient client(server->baseUrl());
        Fault twice = makeFault(Fault::Mode::Status, 503);
        twice.count = 2;
        server->injectFault(twice);
        QCOMPARE(client.get("/connectors").status, 503);
        QCOMPARE(client.get("/connectors").status, 503);
        QCOMPARE(client.get("/connectors").status, 200);

        Fault always = makeFault(Fault::Mode::Status, 500);
        always.count = -1;
        server->injectFault(always);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(client.get("/connectors").status, 500);
        server->clearFaults();
        QCOMPARE(client.get("/connectors").status, 200);
    }

    void everyRequestIsLogged()
    {
        auto server = startServer();
        server->setToken(QStringLiteral("tok"));
        QSignalSpy served(server.get(), &DevServer::requestServed);
        TestClient client(server->baseUrl());
        client.setToken("tok");
        server->injectFault(makeFault(Fault::Mode::Status, 503));
        QCOMPARE(client.get("/connectors/registry?search=a%2Bb&limit=5").status, 503);
        QCOMPARE(client.send("POST", "/connectors", "{}", "application/json; charset=utf-8").status, 422);
        QCOMPARE(served.size(), 2);

        const QList<LoggedRequest> log = server->requestLog();
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.at(0).method, QByteArray("GET"));
        QCOMPARE(log.at(0).rawPath, QByteArray("/api/v1/connectors/registry"));
        QCOMPARE(log.at(0).query.queryItemValue(QStringLiteral("limit")), QStringLiteral("5"));
        QCOMPARE(log.at(0).query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded), QStringLiteral("a+b"));
        QVERIFY(log.at(0).bearerMatched);
        QVERIFY(log.at(0).hadAuthorization);
        QCOMPARE(log.at(1).method, QByteArray("POST"));
        QCOMPARE(log.at(1).contentType, QByteArray("application/json; charset=utf-8"));
        QCOMPARE(log.at(1).body, QByteArray("{}"));
        QCOMPARE(served.at(1).at(0).value<LoggedRequest>().method, QByteArray("POST"));

        server->clearRequestLog();
        QVERIFY(server->requestLog().isEmpty());
    }

    void rawPathKeepsThePercentEncoding()
    {
        auto server = startServer();
        TestClient client(server->baseUrl());
        client.get("/connectors/a%2Fb");
        const LoggedRequest logged = server->requestLog().constLast();
        QCOMPARE(logged.rawPath, QByteArray("/api/v1/connectors/a%2Fb"));
        QCOMPARE(logged.path, QStringLiteral("/api/v1/connectors/a/b"));
    }
};

QTEST_GUILESS_MAIN(TestDevServerFaults)
#include "tst_devserverfaults.moc"
