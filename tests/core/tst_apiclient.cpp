// Every operation of docs/API.md over real HTTP to the dev server, in both dialects, and the client's
// behaviour under faults: retries, Retry-After, timeouts, oversize and broken answers, id safety.
#include "testserver.h"

#include "core/model/connectorinstance.h"
#include "core/net/apiclient.h"
#include "core/wire/pagination.h"
#include "devserver/connectorstore.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using devserver::Dialect;
using devserver::Fault;

Q_DECLARE_METATYPE(devserver::Dialect)

namespace {

// Waits for the reply and returns it still alive (it deletes itself on the next event-loop turn).
struct Finished
{
    ApiError error;
    int status = 0;
    QJsonObject json;
    int attempts = 0;
};

Finished wait(ApiReply* reply, int timeoutMs = 10000)
{
    Finished f;
    bool done = false;
    QObject::connect(reply, &ApiReply::finished, reply, [&] {
        f.error = reply->error();
        f.status = reply->httpStatus();
        f.json = reply->json();
        f.attempts = reply->attempts();
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        qFatal("reply did not finish");
    return f;
}

void addDialects()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addRow("published dialect") << Dialect::Published;
    QTest::addRow("PipesHub dialect") << Dialect::PipesHub;
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private slots:
    void listsWithPagingAndTotals_data();
    void listsWithPagingAndTotals();
    void everyListEndpointDecodes_data();
    void everyListEndpointDecodes();
    void searchReachesTheServerVerbatim();
    void getCreateRenameDelete_data();
    void getCreateRenameDelete();
    void sendsBearerAndJsonContentType();
    void serverMessagesReachTheCaller_data();
    void serverMessagesReachTheCaller();
    void retriesTransientFailuresOfIdempotentCalls();
    void honoursRetryAfter();
    void neverReplaysAPost();
    void timesOutWhenTheServerGoesSilent();
    void brokenAnswersAreClearErrors_data();
    void brokenAnswersAreClearErrors();
    void idsCannotReachAnotherEndpoint_data();
    void idsCannotReachAnotherEndpoint();
    void invalidParametersSendNothing();
    void abortCancelsAndReportsCancelled();
    void deadServerIsANetworkError();
};

void TestApiClient::listsWithPagingAndTotals_data()
{
    addDialects();
}

void TestApiClient::listsWithPagingAndTotals()
{
    QFETCH(Dialect, dialect);
    TestServer ts(dialect, 45);
    int teamCount = 0;
    for (const QString& id : ts.server.store().ids())
        teamCount += ts.server.store().instance(id).value(QLatin1String("scope")).toString() == QLatin1String("team");

    const Finished f = wait(ts.client->listConnectors({QStringLiteral("team"), 2, 10, {}}));
    QVERIFY2(!f.error.isError(), qPrintable(f.error.toString()));
    ApiError error;
    const auto page = decode::connectorPage(f.json, Pagination{2, 10, -1, false}, &error);
    QVERIFY(page);
    QCOMPARE(page->pagination.total, teamCount);
    QCOMPARE(page->pagination.page, 2);
    QCOMPARE(page->connectors.size(), std::min(10, teamCount - 10));
    for (const ConnectorInstance& c : page->connectors) {
        QVERIFY(!c.id.isEmpty());
        QVERIFY(!c.name.isEmpty());
        QVERIFY(!c.connectorType.isEmpty());
        QCOMPARE(c.scope.text(), QStringLiteral("team"));
        QVERIFY(c.createdAt.isValid());
    }
}

void TestApiClient::everyListEndpointDecodes_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<int>("state");
    for (auto [dialect, name] :
         {std::pair{Dialect::Published, "published"}, std::pair{Dialect::PipesHub, "pipeshub"}}) {
        QTest::addRow("%s active", name) << dialect << int(ListQuery::State::Active);
        QTest::addRow("%s inactive", name) << dialect << int(ListQuery::State::Inactive);
        QTest::addRow("%s configured", name) << dialect << int(ListQuery::State::Configured);
        QTest::addRow("%s agents", name) << dialect << int(ListQuery::State::AgentEnabled);
    }
}

void TestApiClient::everyListEndpointDecodes()
{
    QFETCH(Dialect, dialect);
    QFETCH(int, state);
    TestServer ts(dialect, 60);
    const auto s = ListQuery::State(state);
    const Finished f = wait(ts.client->listForState(s, {QStringLiteral("team"), 1, 200, {}}));
    QVERIFY2(!f.error.isError(), qPrintable(f.error.toString()));
    ApiError error;
    const auto page = decode::connectorPage(f.json, Pagination{1, 200, -1, false}, &error);
    QVERIFY2(page, qPrintable(error.message));
    QVERIFY(!page->connectors.isEmpty());
    for (const ConnectorInstance& c : page->connectors) {
        switch (s) {
        case ListQuery::State::Active:
            QVERIFY(c.isActive);
            break;
        case ListQuery::State::Inactive:
            QVERIFY(!c.isActive);
            break;
        case ListQuery::State::Configured:
            QVERIFY(c.isConfigured);
            break;
        case ListQuery::State::AgentEnabled:
            QVERIFY(c.agentEnabled);
            break;
        case ListQuery::State::All:
            break;
        }
    }
    QCOMPARE(ts.countRequests(QStringLiteral("/") + ListQuery::endpoint(s), "GET"), 1);
}

void TestApiClient::searchReachesTheServerVerbatim()
{
    TestServer ts(Dialect::PipesHub, 0);
    const QString tricky = QStringLiteral("R&D + Ops=100% #1 東京");
    ts.server.store().addInstance({{QLatin1String("name"), tricky},
                                   {QLatin1String("type"), QStringLiteral("Confluence")},
                                   {QLatin1String("scope"), QStringLiteral("team")}});
    ts.server.store().addInstance({{QLatin1String("name"), QStringLiteral("R")},
                                   {QLatin1String("type"), QStringLiteral("Confluence")},
                                   {QLatin1String("scope"), QStringLiteral("team")}});
    const Finished f = wait(ts.client->listConnectors({QStringLiteral("team"), 1, 20, tricky}));
    QVERIFY2(!f.error.isError(), qPrintable(f.error.toString()));
    const auto page = decode::connectorPage(f.json, {}, nullptr);
    QVERIFY(page);
    QCOMPARE(page->connectors.size(), 1);
    QCOMPARE(page->connectors.at(0).name, tricky);
    QCOMPARE(ts.server.requestLog().constLast().query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded),
             tricky);
}

void TestApiClient::getCreateRenameDelete_data()
{
    addDialects();
}

void TestApiClient::getCreateRenameDelete()
{
    QFETCH(Dialect, dialect);
    TestServer ts(dialect, 5);
    // create
    CreateConnectorRequest request{QStringLiteral("Confluence"),
                                   QStringLiteral("  Docs Wiki  "),
                                   QStringLiteral("team"),
                                   QStringLiteral("API_TOKEN"),
                                   {},
                                   {}};
    Finished f = wait(ts.client->createConnector(request));
    QVERIFY2(!f.error.isError(), qPrintable(f.error.toString()));
    QVERIFY(f.status == 200 || f.status == 201);
    const auto created = decode::connectorObject(f.json, nullptr);
    QVERIFY(created);
    const ConnectorInstance instance = ConnectorInstance::fromJson(*created);
    QVERIFY(instance.isValid());
    QCOMPARE(instance.name, QStringLiteral("Docs Wiki"));
    QCOMPARE(instance.connectorType, QStringLiteral("Confluence"));
    QVERIFY(ts.server.store().contains(instance.id));
    QCOMPARE(ts.server.store().count(), 6);

    // get
    f = wait(ts.client->getConnector(instance.id));
    QVERIFY(!f.error.isError());
    ConnectorInstance full = ConnectorInstance::fromJson(*decode::connectorObject(f.json, nullptr));
    QCOMPARE(full.id, instance.id);
    QCOMPARE(full.authType, QStringLiteral("API_TOKEN"));

    // rename: the real server's answer is minimal, so merge it into what we hold
    f = wait(ts.client->updateName(instance.id, QStringLiteral("Renamed Wiki")));
    QVERIFY2(!f.error.isError(), qPrintable(f.error.toString()));
    full.mergeFrom(*decode::connectorObject(f.json, nullptr));
    QCOMPARE(full.name, QStringLiteral("Renamed Wiki"));
    QCOMPARE(full.connectorType, QStringLiteral("Confluence"));
    QCOMPARE(full.authType, QStringLiteral("API_TOKEN"));
    QCOMPARE(ts.server.store().instance(instance.id).value(QLatin1String("name")).toString(),
             QStringLiteral("Renamed Wiki"));

    // duplicate name in the same scope is refused with the server's own words
    f = wait(ts.client->createConnector({QStringLiteral("Confluence"),
                                         QStringLiteral("renamed wiki"),
                                         QStringLiteral("team"),
                                         QStringLiteral("OAUTH"),
                                         {},
                                         {}}));
    QCOMPARE(f.error.kind, ApiError::Kind::Rejected);
    QVERIFY(!f.error.message.isEmpty());

    // delete: 202 and DELETING in the real dialect, 200 in the published one
    f = wait(ts.client->deleteConnector(instance.id));
    QVERIFY2(!f.error.isError(), qPrintable(f.error.toString()));
    QCOMPARE(f.status, dialect == Dialect::PipesHub ? 202 : 200);
    QTRY_VERIFY(!ts.server.store().contains(instance.id));
    f = wait(ts.client->getConnector(instance.id));
    QCOMPARE(f.error.kind, ApiError::Kind::NotFound);
}

void TestApiClient::sendsBearerAndJsonContentType()
{
    TestServer ts;
    wait(ts.client->createConnector(
        {QStringLiteral("Jira"), QStringLiteral("Ops"), QStringLiteral("personal"), QStringLiteral("OAUTH"), {}, {}}));
    const devserver::LoggedRequest post = ts.server.requestLog().constLast();
    QCOMPARE(post.method, QByteArray("POST"));
    QVERIFY(post.bearerMatched);
    QVERIFY(post.contentType.startsWith("application/json"));
    const QJsonObject body = QJsonDocument::fromJson(post.body).object();
    QCOMPARE(body.value(QLatin1String("instanceName")).toString(), QStringLiteral("Ops"));
    QCOMPARE(body.value(QLatin1String("connectorType")).toString(), QStringLiteral("Jira"));

    ts.client->setToken(QStringLiteral("wrong"));
    const Finished f = wait(ts.client->listActive());
    QCOMPARE(f.error.kind, ApiError::Kind::Unauthorized);
    QCOMPARE(f.status, 401);
    QVERIFY(!f.error.message.isEmpty());
    QVERIFY(!f.error.toString().contains(QLatin1String("wrong")));
}

void TestApiClient::serverMessagesReachTheCaller_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("message");
    QTest::addRow("FastAPI 404") << 404 << TestServer::readSample(QStringLiteral("error-fastapi-404.json"))
                                 << ApiError::Kind::NotFound
                                 << QStringLiteral("Connector instance nope not found or access denied");
    QTest::addRow("FastAPI 422 list") << 422 << TestServer::readSample(QStringLiteral("error-fastapi-422.json"))
                                      << ApiError::Kind::Rejected
                                      << QStringLiteral("limit: Input should be less than or equal to 200");
    QTest::addRow("gateway 401") << 401 << TestServer::readSample(QStringLiteral("error-gateway-401.json"))
                                 << ApiError::Kind::Unauthorized << QStringLiteral("Invalid token");
    QTest::addRow("409 in progress") << 409
                                     << TestServer::readSample(QStringLiteral("error-delete-409-in-progress.json"))
                                     << ApiError::Kind::Conflict
                                     << QStringLiteral("Connector deletion is already in progress");
}

void TestApiClient::serverMessagesReachTheCaller()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    TestServer ts;
    ts.client->setRetryPolicy(RetryPolicy::none());
    Fault fault;
    fault.status = status;
    fault.body = body;
    ts.server.injectFault(fault);
    const Finished f = wait(ts.client->listConnectors({QStringLiteral("team"), 1, 20, {}}));
    QTEST(f.error.kind, "kind");
    QTEST(f.error.message, "message");
    QCOMPARE(f.error.httpStatus, status);
}

void TestApiClient::retriesTransientFailuresOfIdempotentCalls()
{
    TestServer ts;
    Fault fault;
    fault.status = 503;
    fault.count = 2;
    ts.server.injectFault(fault);
    const Finished f = wait(ts.client->listConnectors({QStringLiteral("team"), 1, 20, {}}));
    QVERIFY2(!f.error.isError(), qPrintable(f.error.toString()));
    QCOMPARE(f.attempts, 3);
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors"), "GET"), 3);

    // More failures than retries: the last error is reported, after 1 + 3 attempts.
    ts.server.clearRequestLog();
    fault.count = 10;
    ts.server.injectFault(fault);
    const Finished failed = wait(ts.client->listActive());
    QCOMPARE(failed.error.kind, ApiError::Kind::Server);
    QCOMPARE(failed.attempts, 4);
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/active")), 4);
}

void TestApiClient::honoursRetryAfter()
{
    TestServer ts;
    Fault fault;
    fault.status = 429;
    fault.retryAfterSeconds = 1;
    ts.server.injectFault(fault);
    QElapsedTimer clock;
    clock.start();
    const Finished f = wait(ts.client->listActive());
    QVERIFY2(!f.error.isError(), qPrintable(f.error.toString()));
    QCOMPARE(f.attempts, 2);
    // Our own backoff is 5 ms in tests: only the server's Retry-After explains a wait of a second.
    QVERIFY2(clock.elapsed() >= 950, qPrintable(QString::number(clock.elapsed())));
}

void TestApiClient::neverReplaysAPost()
{
    TestServer ts;
    Fault fault;
    fault.status = 503;
    fault.method = "POST";
    ts.server.injectFault(fault);
    const int before = ts.server.store().count();
    const Finished f = wait(ts.client->createConnector(
        {QStringLiteral("Jira"), QStringLiteral("Once"), QStringLiteral("team"), QStringLiteral("OAUTH"), {}, {}}));
    QCOMPARE(f.error.kind, ApiError::Kind::Server);
    QCOMPARE(f.attempts, 1);
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors"), "POST"), 1);
    QCOMPARE(ts.server.store().count(), before);
}

void TestApiClient::timesOutWhenTheServerGoesSilent()
{
    TestServer ts;
    ts.client->setTimeout(300);
    ts.client->setRetryPolicy(RetryPolicy::none());
    Fault fault;
    fault.mode = Fault::Mode::HeadersThenSilence;
    ts.server.injectFault(fault);
    const Finished f = wait(ts.client->listActive());
    QCOMPARE(f.error.kind, ApiError::Kind::Timeout);
    QVERIFY(f.error.message.contains(QLatin1String("0.3")));

    // A timeout is transient: with retries the next attempt gets the answer.
    RetryPolicy fast;
    fast.initialDelayMs = 5;
    ts.client->setRetryPolicy(fast);
    ts.server.injectFault(fault);
    const Finished retried = wait(ts.client->listActive());
    QVERIFY2(!retried.error.isError(), qPrintable(retried.error.toString()));
    QCOMPARE(retried.attempts, 2);
}

void TestApiClient::brokenAnswersAreClearErrors_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addRow("an HTML 502 from a proxy")
        << int(Fault::Mode::Html) << 502 << QByteArray() << ApiError::Kind::Server;
    QTest::addRow("truncated JSON") << int(Fault::Mode::TruncatedJson) << 200 << QByteArray()
                                    << ApiError::Kind::Malformed;
    QTest::addRow("a reset in the middle of the body")
        << int(Fault::Mode::ResetMidBody) << 200 << QByteArray() << ApiError::Kind::Network;
    QTest::addRow("a body over the size cap")
        << int(Fault::Mode::Oversize) << 200 << QByteArray() << ApiError::Kind::Malformed;
    QTest::addRow("connectors null") << int(Fault::Mode::Status) << 200
                                     << QByteArray(R"({"success":true,"connectors":null})")
                                     << ApiError::Kind::Malformed;
    QTest::addRow("a JSON array instead of an object")
        << int(Fault::Mode::Status) << 200 << QByteArray("[1,2,3]") << ApiError::Kind::Malformed;
    QTest::addRow("success false with a message")
        << int(Fault::Mode::Status) << 200 << QByteArray(R"({"success":false,"message":"Nope"})")
        << ApiError::Kind::Rejected;
}

void TestApiClient::brokenAnswersAreClearErrors()
{
    QFETCH(int, mode);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    TestServer ts;
    ts.client->setRetryPolicy(RetryPolicy::none());
    ts.client->setMaxResponseBytes(1 << 20);
    Fault fault;
    fault.mode = Fault::Mode(mode);
    fault.status = status;
    fault.body = body;
    fault.oversizeBytes = 8 << 20;
    ts.server.injectFault(fault);
    ApiReply* reply = ts.client->listConnectors({QStringLiteral("team"), 1, 20, {}});
    const Finished f = wait(reply);
    ApiError error = f.error;
    if (!error.isError()) // a well-formed JSON object: the list decoder must refuse it
        decode::connectorPage(f.json, {}, &error);
    QTEST(error.kind, "kind");
    QVERIFY(!error.message.isEmpty());
    // And the client still works afterwards.
    const Finished next = wait(ts.client->listActive());
    QVERIFY2(!next.error.isError(), qPrintable(next.error.toString()));
}

void TestApiClient::idsCannotReachAnotherEndpoint_data()
{
    QTest::addColumn<QString>("id");
    QTest::addRow("parent directory") << QStringLiteral("../registry");
    QTest::addRow("a slash") << QStringLiteral("a/b");
    QTest::addRow("a query") << QStringLiteral("x?y=1");
    QTest::addRow("a fragment") << QStringLiteral("x#y");
    QTest::addRow("percent-encoded slash") << QStringLiteral("a%2Fb");
    QTest::addRow("empty") << QString();
    QTest::addRow("65 characters") << QString(65, QLatin1Char('a'));
    QTest::addRow("a space") << QStringLiteral("a b");
    QTest::addRow("non-ASCII") << QStringLiteral("é");
}

void TestApiClient::idsCannotReachAnotherEndpoint()
{
    QFETCH(QString, id);
    TestServer ts;
    QCOMPARE(wait(ts.client->getConnector(id)).error.kind, ApiError::Kind::Validation);
    QCOMPARE(wait(ts.client->deleteConnector(id)).error.kind, ApiError::Kind::Validation);
    QCOMPARE(wait(ts.client->updateName(id, QStringLiteral("x"))).error.kind, ApiError::Kind::Validation);
    QVERIFY(ts.server.requestLog().isEmpty());
}

void TestApiClient::invalidParametersSendNothing()
{
    TestServer ts;
    QCOMPARE(wait(ts.client->listConnectors({QStringLiteral("team"), 0, 20, {}})).error.kind,
             ApiError::Kind::Validation);
    QCOMPARE(wait(ts.client->listConnectors({QStringLiteral("team"), 1, 201, {}})).error.kind,
             ApiError::Kind::Validation);
    QCOMPARE(wait(ts.client->listConfigured({QStringLiteral("org"), 1, 20, {}})).error.kind,
             ApiError::Kind::Validation);
    QCOMPARE(wait(ts.client->updateName(QStringLiteral("abc"), QStringLiteral("   "))).error.kind,
             ApiError::Kind::Validation);
    QCOMPARE(wait(ts.client->createConnector(
                      {QStringLiteral("Jira"), QString(101, QLatin1Char('x')), QStringLiteral("team"), {}, {}, {}}))
                 .error.kind,
             ApiError::Kind::Validation);
    QVERIFY(ts.server.requestLog().isEmpty());
}

void TestApiClient::abortCancelsAndReportsCancelled()
{
    TestServer ts;
    ts.server.setLatency(2000);
    ApiReply* reply = ts.client->listActive();
    QSignalSpy finished(reply, &ApiReply::finished);
    QTimer::singleShot(50, reply, &ApiReply::abort);
    const Finished f = wait(reply);
    QCOMPARE(f.error.kind, ApiError::Kind::Cancelled);
    QCOMPARE(finished.count(), 1);
}

void TestApiClient::deadServerIsANetworkError()
{
    ApiClient client;
    quint16 port = 0;
    {
        TestServer ts; // listen, note the port, close: nothing listens there now
        port = ts.server.port();
    }
    client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(port)));
    RetryPolicy fast;
    fast.initialDelayMs = 1;
    fast.maxDelayMs = 2;
    client.setRetryPolicy(fast);
    const Finished f = wait(client.listActive());
    QCOMPARE(f.error.kind, ApiError::Kind::Network);
    QCOMPARE(f.attempts, 4);
    QVERIFY(!f.error.message.isEmpty());
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
