// The dev server's handling of requests over real HTTP, in both dialects: search, paging, the
// validation of list parameters, the bearer token, id safety, unknown paths and the error bodies.
#include "devserver/connectorstore.h"
#include "devserver/devserver.h"
#include "testclient.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace devserver;

class TestDevServerRequests final : public QObject
{
    Q_OBJECT

private slots:
    void searchIsACaseInsensitiveSubstringOfTheName_data()
    {
        QTest::addColumn<QString>("search");
        QTest::newRow("Latin in another case") << QStringLiteral("eNGINEERING");
        QTest::newRow("Japanese") << QStringLiteral("チーム");
        QTest::newRow("Greek in upper case") << QStringLiteral("ΟΜΆΔΑ");
        QTest::newRow("an emoji") << QStringLiteral("🚀");
    }

    void searchIsACaseInsensitiveSubstringOfTheName()
    {
        QFETCH(QString, search);
        auto server = startServer(true, 500);
        TestClient client(server->baseUrl());
        const QByteArray query = "/connectors?scope=team&limit=200&search=" + QUrl::toPercentEncoding(search);
        const HttpResult result = client.get(query);
        QCOMPARE(result.status, 200);
        const QString folded = search.toCaseFolded();
        const int expected = countWhere(server->store(), [&](const QJsonObject& instance) {
            return inScope(instance, "team")
                && instance.value(QLatin1String("name")).toString().toCaseFolded().contains(folded);
        });
        QVERIFY(expected > 0);
        const QJsonArray connectors = result.json().value(QLatin1String("connectors")).toArray();
        QCOMPARE(result.json().value(QLatin1String("pagination")).toObject().value(QLatin1String("totalCount")).toInt(),
                 expected);
        for (const auto& connector : connectors)
            QVERIFY(connector.toObject().value(QLatin1String("name")).toString().toCaseFolded().contains(folded));
    }

    void paging_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<int>("expectedCount");
        QTest::addColumn<bool>("hasPrev");
        QTest::addColumn<bool>("hasNext");
        // 23 team instances in pages of 10: 10, 10, 3, then nothing.
        QTest::newRow("the first page has no previous page") << 1 << 10 << false << true;
        QTest::newRow("a middle page has both neighbours") << 2 << 10 << true << true;
        QTest::newRow("the last page is short and has no next page") << 3 << 3 << true << false;
        QTest::newRow("a page past the end is empty") << 4 << 0 << true << false;
    }

    void paging()
    {
        QFETCH(int, page);
        QFETCH(int, expectedCount);
        QFETCH(bool, hasPrev);
        QFETCH(bool, hasNext);
        auto server = startServer(true, 0);
        for (int i = 0; i < 23; ++i)
            server->store().addInstance({{QStringLiteral("name"), QStringLiteral("Team %1").arg(i)},
                                         {QStringLiteral("createdAt"), qint64(1700000000000) + i}});
        TestClient client(server->baseUrl());
        const HttpResult result = client.get("/connectors?scope=team&limit=10&page=" + QByteArray::number(page));
        QCOMPARE(result.status, 200);
        const QJsonArray connectors = result.json().value(QLatin1String("connectors")).toArray();
        QCOMPARE(connectors.size(), expectedCount);
        if (expectedCount > 0) // newest first
            QCOMPARE(connectors.at(0).toObject().value(QLatin1String("name")).toString(),
                     QStringLiteral("Team %1").arg(22 - (page - 1) * 10));
        const QJsonObject pagination = result.json().value(QLatin1String("pagination")).toObject();
        QCOMPARE(pagination.value(QLatin1String("totalCount")).toInt(), 23);
        QCOMPARE(pagination.value(QLatin1String("totalPages")).toInt(), 3);
        QCOMPARE(pagination.value(QLatin1String("hasPrev")).toBool(), hasPrev);
        QCOMPARE(pagination.value(QLatin1String("hasNext")).toBool(), hasNext);
        QCOMPARE(pagination.value(QLatin1String("prevPage")),
                 hasPrev ? QJsonValue(page - 1) : QJsonValue(QJsonValue::Null));
        QCOMPARE(pagination.value(QLatin1String("nextPage")),
                 hasNext ? QJsonValue(page + 1) : QJsonValue(QJsonValue::Null));
    }

    void limitAbove200MatchesTheFastApiSample()
    {
        auto server = startServer(true);
        TestClient client(server->baseUrl());
        const HttpResult result = client.get("/connectors?scope=team&limit=500");
        QCOMPARE(result.status, 422);
        QCOMPARE(result.json(), sampleObject(QStringLiteral("error-fastapi-422.json")));
    }

    void invalidListParameters_data()
    {
        QTest::addColumn<bool>("pipesHub");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("field");
        QTest::newRow("PipesHub: limit 0 is below the minimum")
            << true << QByteArray("/connectors?limit=0") << 422 << QStringLiteral("greater_than_equal")
            << QStringLiteral("limit");
        QTest::newRow("PipesHub: page 0 is below the minimum")
            << true << QByteArray("/connectors/configured?page=0") << 422 << QStringLiteral("greater_than_equal")
            << QStringLiteral("page");
        QTest::newRow("PipesHub: a page that is not a number")
            << true << QByteArray("/connectors/agents/active?page=two") << 422 << QStringLiteral("int_parsing")
            << QStringLiteral("page");
        QTest::newRow("PipesHub: a limit that is not an integer")
            << true << QByteArray("/connectors/registry?limit=1.5") << 422 << QStringLiteral("int_parsing")
            << QStringLiteral("limit");
        QTest::newRow("PipesHub: an unknown scope") << true << QByteArray("/connectors?scope=everyone") << 422
                                                    << QStringLiteral("enum") << QStringLiteral("scope");
        QTest::newRow("published: limit 201")
            << false << QByteArray("/connectors?limit=201") << 400 << QString() << QString();
        QTest::newRow("published: page -1")
            << false << QByteArray("/connectors?page=-1") << 400 << QString() << QString();
        QTest::newRow("published: an empty limit")
            << false << QByteArray("/connectors/configured?limit=") << 400 << QString() << QString();
        QTest::newRow("published: an unknown scope")
            << false << QByteArray("/connectors/registry?scope=org") << 400 << QString() << QString();
    }

    void invalidListParameters()
    {
        QFETCH(bool, pipesHub);
        QFETCH(QByteArray, path);
        QFETCH(int, status);
        QFETCH(QString, type);
        QFETCH(QString, field);
        auto server = startServer(pipesHub);
        TestClient client(server->baseUrl());
        const HttpResult result = client.get(path);
        QCOMPARE(result.status, status);
        if (pipesHub) {
            const QJsonObject issue = result.json().value(QLatin1String("detail")).toArray().at(0).toObject();
            QCOMPARE(issue.value(QLatin1String("type")).toString(), type);
            QCOMPARE(issue.value(QLatin1String("loc")).toArray(), (QJsonArray{QStringLiteral("query"), field}));
            QVERIFY(!issue.value(QLatin1String("msg")).toString().isEmpty());
        } else {
            QCOMPARE(keysOf(result.json()), (QStringList{QStringLiteral("message"), QStringLiteral("success")}));
            QCOMPARE(result.json().value(QLatin1String("success")).toBool(true), false);
        }
    }

    void bearerToken_data()
    {
        QTest::addColumn<bool>("pipesHub");
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<int>("status");
        QTest::newRow("PipesHub: no Authorization header") << true << QByteArray() << 401;
        QTest::newRow("PipesHub: a wrong token") << true << QByteArray("Bearer nope") << 401;
        QTest::newRow("PipesHub: a Basic credential") << true << QByteArray("Basic czNjcmV0") << 401;
        QTest::newRow("PipesHub: the right token") << true << QByteArray("Bearer s3cret") << 200;
        QTest::newRow("published: no Authorization header") << false << QByteArray() << 401;
        QTest::newRow("published: a wrong token") << false << QByteArray("Bearer s3cret2") << 401;
        QTest::newRow("published: the right token, scheme in lower case")
            << false << QByteArray("bearer s3cret") << 200;
    }

    void bearerToken()
    {
        QFETCH(bool, pipesHub);
        QFETCH(QByteArray, authorization);
        QFETCH(int, status);
        auto server = startServer(pipesHub);
        server->setToken(QStringLiteral("s3cret"));
        QNetworkAccessManager manager;
        QNetworkRequest request(QUrl::fromEncoded(server->baseUrl().toEncoded() + "/connectors/active"));
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        QNetworkReply* reply = manager.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        if (status == 401) {
            QCOMPARE(keysOf(body), QStringList{QStringLiteral("error")});
            QCOMPARE(body.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
                     QStringLiteral("UNAUTHORIZED"));
            if (authorization == "Bearer nope")
                QCOMPARE(body, sampleObject(QStringLiteral("error-gateway-401.json")));
        }
        const LoggedRequest logged = server->requestLog().constLast();
        QCOMPARE(logged.hadAuthorization, !authorization.isEmpty());
        QCOMPARE(logged.bearerMatched, status == 200);
    }

    void idsAreOneValidatedSegment_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("an encoded ../registry does not reach the registry")
            << QByteArray("GET") << QByteArray("/connectors/..%2Fregistry");
        QTest::newRow("an encoded slash stays inside the id") << QByteArray("GET") << QByteArray("/connectors/a%2Fb");
        QTest::newRow("an encoded query stays inside the id")
            << QByteArray("GET") << QByteArray("/connectors/x%3Fy%3D1");
        QTest::newRow("a 65-character id is refused") << QByteArray("DELETE") << "/connectors/" + QByteArray(65, 'a');
        QTest::newRow("an encoded ../registry cannot be renamed")
            << QByteArray("PUT") << QByteArray("/connectors/..%2Fregistry/name");
        QTest::newRow("a space in an id is refused") << QByteArray("GET") << QByteArray("/connectors/a%20b");
    }

    void idsAreOneValidatedSegment()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        for (bool pipesHub : {true, false}) {
            auto server = startServer(pipesHub);
            const int before = server->store().count();
            TestClient client(server->baseUrl());
            const HttpResult result = client.send(method, path, R"({"instanceName":"x"})");
            QCOMPARE(result.status, 400);
            QVERIFY(!result.json().contains(QLatin1String("connectors")));
            QCOMPARE(server->store().count(), before);
            QCOMPARE(server->requestLog().constLast().path, QUrl::fromPercentEncoding("/api/v1" + path));
        }
    }

    void dotSegmentsAreNeverResolved_data()
    {
        // QNetworkAccessManager resolves ".." itself, so these go out as raw bytes.
        QTest::addColumn<QByteArray>("requestLine");
        QTest::addColumn<int>("status");
        QTest::newRow("a dot-dot id is refused") << QByteArray("DELETE /api/v1/connectors/.. HTTP/1.1") << 400;
        QTest::newRow("an encoded dot-dot id is refused")
            << QByteArray("DELETE /api/v1/connectors/%2E%2E HTTP/1.1") << 400;
        QTest::newRow("../registry below connectors is no route")
            << QByteArray("GET /api/v1/connectors/x/../registry HTTP/1.1") << 404;
        QTest::newRow("a dot-dot above the API is no route")
            << QByteArray("GET /api/v1/../v1/connectors HTTP/1.1") << 404;
    }

    void dotSegmentsAreNeverResolved()
    {
        QFETCH(QByteArray, requestLine);
        QFETCH(int, status);
        auto server = startServer(true);
        const int before = server->store().count();
        const QByteArray answer
            = rawExchange(server->port(), requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        QCOMPARE(rawStatus(answer), status);
        QVERIFY(!answer.contains("\"connectors\""));
        QCOMPARE(server->store().count(), before);
    }

    void unknownPathsAndWrongMethods_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("allow");
        QTest::newRow("an unknown path") << QByteArray("GET") << QByteArray("/api/v1/widgets") << 404 << QByteArray();
        QTest::newRow("another API version")
            << QByteArray("GET") << QByteArray("/api/v2/connectors") << 404 << QByteArray();
        QTest::newRow("a trailing slash")
            << QByteArray("GET") << QByteArray("/api/v1/connectors/") << 404 << QByteArray();
        QTest::newRow("too deep below an instance")
            << QByteArray("GET") << QByteArray("/api/v1/connectors/abc/name/x") << 404 << QByteArray();
        QTest::newRow("PATCH on an instance")
            << QByteArray("PATCH") << QByteArray("/api/v1/connectors/abc") << 405 << QByteArray("GET, DELETE");
        QTest::newRow("DELETE on the active list")
            << QByteArray("DELETE") << QByteArray("/api/v1/connectors/active") << 405 << QByteArray("GET");
        QTest::newRow("GET on a name") << QByteArray("GET") << QByteArray("/api/v1/connectors/abc/name") << 405
                                       << QByteArray("PUT");
        QTest::newRow("PUT on the list") << QByteArray("PUT") << QByteArray("/api/v1/connectors") << 405
                                         << QByteArray("GET, POST");
    }

    void unknownPathsAndWrongMethods()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(int, status);
        QFETCH(QByteArray, allow);
        for (bool pipesHub : {true, false}) {
            auto server = startServer(pipesHub);
            QUrl root = server->baseUrl();
            root.setPath(QString());
            TestClient client(root);
            const HttpResult result = client.send(method, path);
            QCOMPARE(result.status, status);
            QCOMPARE(result.header("Allow"), allow);
            QCOMPARE(keysOf(result.json()),
                     pipesHub ? QStringList{QStringLiteral("detail")}
                              : (QStringList{QStringLiteral("message"), QStringLiteral("success")}));
        }
    }

    void notFoundMatchesTheFastApiSample()
    {
        auto server = startServer(true);
        TestClient client(server->baseUrl());
        const HttpResult result = client.get("/connectors/nope");
        QCOMPARE(result.status, 404);
        QCOMPARE(result.json(), sampleObject(QStringLiteral("error-fastapi-404.json")));
    }

    void personalInstancesOfOthersAreInvisible()
    {
        auto server = startServer(true, 0);
        const QString theirs
            = server->store().addInstance({{QStringLiteral("name"), QStringLiteral("Their Notes")},
                                           {QStringLiteral("scope"), QStringLiteral("personal")},
                                           {QStringLiteral("createdBy"), QStringLiteral("someone-else")}});
        TestClient client(server->baseUrl());
        QCOMPARE(client.get("/connectors/" + theirs.toUtf8()).status, 404);
        QCOMPARE(client.send("DELETE", "/connectors/" + theirs.toUtf8()).status, 404);
        QCOMPARE(client.get("/connectors?scope=personal").json().value(QLatin1String("connectors")).toArray().size(),
                 0);
        QCOMPARE(client.get("/connectors/inactive").json().value(QLatin1String("connectors")).toArray().size(), 0);
    }

    void dialectCanChangeWhileRunning()
    {
        auto server = startServer(true);
        TestClient client(server->baseUrl());
        QVERIFY(firstConnector(client.get("/connectors")).contains(QLatin1String("_key")));
        server->setDialect(Dialect::Published);
        QCOMPARE(server->dialect(), Dialect::Published);
        QVERIFY(firstConnector(client.get("/connectors")).contains(QLatin1String("connectorId")));
    }

    void stopClosesTheListeningSocket()
    {
        auto server = startServer(true);
        QVERIFY(server->isListening());
        const QUrl base = server->baseUrl();
        QCOMPARE(base.toString(), QStringLiteral("http://127.0.0.1:%1/api/v1").arg(server->port()));
        server->stop();
        QVERIFY(!server->isListening());
        TestClient client(base);
        client.setTransferTimeout(2000);
        const HttpResult result = client.get("/connectors");
        QCOMPARE(result.status, 0);
        QVERIFY(result.error != QNetworkReply::NoError);
        QVERIFY(server->start());
        QVERIFY(server->isListening());
    }
};

QTEST_GUILESS_MAIN(TestDevServerRequests)
#include "tst_devserverrequests.moc"
