// The reading routes of the dev server over real HTTP, in both dialects: shapes against the
// samples, validation of the list parameters, auth, id safety, and the error bodies.
#include "devserver/connectorstore.h"
#include "devserver/devserver.h"
#include "testclient.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace devserver;

class TestDevServerRoutes final : public QObject
{
    Q_OBJECT

private slots:
    void listShapeMatchesTheSample()
    {
        auto server = startServer(true);
        TestClient client(server->baseUrl());
        const HttpResult result = client.get("/connectors?scope=team&page=1&limit=3");
        QCOMPARE(result.status, 200);
        const QJsonObject sample = sampleObject(QStringLiteral("real-list.json"));
        QVERIFY(!sample.isEmpty());
        QCOMPARE(keysOf(result.json()), keysOf(sample));
        QCOMPARE(result.json().value(QLatin1String("connectors")).toArray().size(), 3);
        QCOMPARE(keysOf(firstConnector(result)),
                 keysOf(sample.value(QLatin1String("connectors")).toArray().at(0).toObject()));
        QCOMPARE(keysOf(result.json().value(QLatin1String("pagination")).toObject()),
                 keysOf(sample.value(QLatin1String("pagination")).toObject()));
        QVERIFY(firstConnector(result).value(QLatin1String("createdAtTimestamp")).isDouble());
    }

    void getShapeMatchesTheSample()
    {
        auto server = startServer(true);
        TestClient client(server->baseUrl());
        const QString id = server->store().ids().constFirst();
        const HttpResult result = client.get("/connectors/" + id.toUtf8());
        QCOMPARE(result.status, 200);
        const QJsonObject sample = sampleObject(QStringLiteral("real-get.json"));
        const QJsonObject connector = result.json().value(QLatin1String("connector")).toObject();
        QCOMPARE(keysOf(result.json()), keysOf(sample));
        QCOMPARE(keysOf(connector), keysOf(sample.value(QLatin1String("connector")).toObject()));
        QCOMPARE(connector.value(QLatin1String("_key")).toString(), id);
        const QJsonObject sampleConfig
            = sample.value(QLatin1String("connector")).toObject().value(QLatin1String("config")).toObject();
        const QJsonObject config = connector.value(QLatin1String("config")).toObject();
        for (const QString& key : sampleConfig.keys())
            QVERIFY2(config.contains(key), qPrintable(key));
    }

    void configuredIsNestedInPipesHubAndFlatInPublished_data()
    {
        QTest::addColumn<bool>("pipesHub");
        QTest::newRow("the PipesHub dialect nests connectors and pagination") << true;
        QTest::newRow("the published dialect answers a flat list") << false;
    }

    void configuredIsNestedInPipesHubAndFlatInPublished()
    {
        QFETCH(bool, pipesHub);
        auto server = startServer(pipesHub);
        TestClient client(server->baseUrl());
        const HttpResult result = client.get("/connectors/configured?scope=team&limit=2");
        QCOMPARE(result.status, 200);
        const int expected = countWhere(server->store(), [](const QJsonObject& instance) {
            return inScope(instance, "team") && instance.value(QLatin1String("isConfigured")).toBool();
        });
        QJsonArray connectors;
        QJsonObject pagination;
        if (pipesHub) {
            const QJsonObject sample = sampleObject(QStringLiteral("real-configured-nested.json"));
            QCOMPARE(keysOf(result.json()), keysOf(sample));
            const QJsonObject nested = result.json().value(QLatin1String("connectors")).toObject();
            QCOMPARE(keysOf(nested), keysOf(sample.value(QLatin1String("connectors")).toObject()));
            connectors = nested.value(QLatin1String("connectors")).toArray();
            pagination = nested.value(QLatin1String("pagination")).toObject();
            QCOMPARE(keysOf(pagination),
                     keysOf(sample.value(QLatin1String("connectors"))
                                .toObject()
                                .value(QLatin1String("pagination"))
                                .toObject()));
            QCOMPARE(pagination.value(QLatin1String("totalCount")).toInt(), expected);
            QVERIFY(pagination.value(QLatin1String("search")).isNull());
        } else {
            connectors = result.json().value(QLatin1String("connectors")).toArray();
            pagination = result.json().value(QLatin1String("pagination")).toObject();
            QCOMPARE(pagination.value(QLatin1String("total")).toInt(), expected);
        }
        QCOMPARE(connectors.size(), 2);
        for (const auto& connector : connectors)
            QVERIFY(connector.toObject().value(QLatin1String("isConfigured")).toBool());
    }

    void registryShapes_data()
    {
        QTest::addColumn<bool>("pipesHub");
        QTest::newRow("PipesHub registry entries look like the sample") << true;
        QTest::newRow("published registry entries follow the ConnectorType schema") << false;
    }

    void registryShapes()
    {
        QFETCH(bool, pipesHub);
        auto server = startServer(pipesHub);
        TestClient client(server->baseUrl());
        const HttpResult result = client.get("/connectors/registry?limit=200");
        QCOMPARE(result.status, 200);
        const QJsonArray types = result.json().value(QLatin1String("connectors")).toArray();
        QVERIFY(types.size() >= 14);
        QCOMPARE(types.size(), server->store().registryTypes().size());
        if (pipesHub) {
            const QJsonObject sample = sampleObject(QStringLiteral("real-registry.json"));
            const QStringList sampleKeys = keysOf(sample.value(QLatin1String("connectors")).toArray().at(0).toObject());
            bool sawBeta = false;
            bool sawBaseUrl = false;
            for (const auto& value : types) {
                QJsonObject type = value.toObject();
                if (type.contains(QLatin1String("isBeta"))) {
                    QVERIFY(type.value(QLatin1String("isBeta")).toBool());
                    sawBeta = true;
                    type.remove(QLatin1String("isBeta"));
                }
                // The dev server's one extension: which types take a self-hosted base URL.
                if (type.contains(QLatin1String("supportsBaseUrl"))) {
                    QVERIFY(type.value(QLatin1String("supportsBaseUrl")).toBool());
                    sawBaseUrl = true;
                    type.remove(QLatin1String("supportsBaseUrl"));
                }
                QCOMPARE(keysOf(type), sampleKeys);
            }
            QVERIFY(sawBeta);
            QVERIFY(sawBaseUrl);
            QCOMPARE(keysOf(result.json().value(QLatin1String("pagination")).toObject()),
                     keysOf(sample.value(QLatin1String("pagination")).toObject()));
        } else {
            const QStringList expected{QStringLiteral("appGroup"),
                                       QStringLiteral("appGroupId"),
                                       QStringLiteral("authTypes"),
                                       QStringLiteral("categories"),
                                       QStringLiteral("connectorType"),
                                       QStringLiteral("description"),
                                       QStringLiteral("displayName"),
                                       QStringLiteral("iconPath"),
                                       QStringLiteral("isBeta"),
                                       QStringLiteral("supportedScopes"),
                                       QStringLiteral("supportsAgent"),
                                       QStringLiteral("supportsBaseUrl"),
                                       QStringLiteral("supportsRealtime"),
                                       QStringLiteral("supportsSync")};
            for (const auto& value : types)
                QCOMPARE(keysOf(value.toObject()), expected);
            QCOMPARE(keysOf(result.json().value(QLatin1String("pagination")).toObject()),
                     (QStringList{QStringLiteral("hasMore"),
                                  QStringLiteral("limit"),
                                  QStringLiteral("page"),
                                  QStringLiteral("total")}));
        }
    }

    void registryFiltersByScopeAndName_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QStringList>("mustContain");
        QTest::addColumn<QStringList>("mustNotContain");
        QTest::newRow("personal scope leaves out team-only types")
            << QByteArray("scope=personal&limit=200") << QStringList{QStringLiteral("Calendar")}
            << QStringList{QStringLiteral("SharePoint Online"), QStringLiteral("S3")};
        QTest::newRow("team scope leaves out personal-only types")
            << QByteArray("scope=team&limit=200") << QStringList{QStringLiteral("SharePoint Online")}
            << QStringList{QStringLiteral("Calendar")};
        QTest::newRow("search matches a substring of the name, ignoring case")
            << QByteArray("search=DRIVE") << QStringList{QStringLiteral("Drive"), QStringLiteral("OneDrive")}
            << QStringList{QStringLiteral("Slack")};
        QTest::newRow("a space in the search may come as a plus sign")
            << QByteArray("search=point+online") << QStringList{QStringLiteral("SharePoint Online")}
            << QStringList{QStringLiteral("Drive")};
    }

    void registryFiltersByScopeAndName()
    {
        QFETCH(QByteArray, query);
        QFETCH(QStringList, mustContain);
        QFETCH(QStringList, mustNotContain);
        auto server = startServer(true);
        TestClient client(server->baseUrl());
        const HttpResult result = client.get("/connectors/registry?" + query);
        QCOMPARE(result.status, 200);
        QStringList names;
        for (const auto& type : result.json().value(QLatin1String("connectors")).toArray())
            names.append(type.toObject().value(QLatin1String("type")).toString());
        for (const QString& name : mustContain)
            QVERIFY2(names.contains(name), qPrintable(names.join(u',')));
        for (const QString& name : mustNotContain)
            QVERIFY2(!names.contains(name), qPrintable(names.join(u',')));
    }

    void publishedInstanceUsesThePublishedNames()
    {
        auto server = startServer(false);
        TestClient client(server->baseUrl());
        const HttpResult result = client.get("/connectors?limit=200");
        QCOMPARE(result.status, 200);
        const QRegularExpression iso(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)"));
        const QStringList expected{QStringLiteral("agentEnabled"),
                                   QStringLiteral("authType"),
                                   QStringLiteral("connectorId"),
                                   QStringLiteral("connectorType"),
                                   QStringLiteral("createdAt"),
                                   QStringLiteral("createdBy"),
                                   QStringLiteral("instanceName"),
                                   QStringLiteral("isActive"),
                                   QStringLiteral("isAuthenticated"),
                                   QStringLiteral("isConfigured"),
                                   QStringLiteral("orgId"),
                                   QStringLiteral("scope"),
                                   QStringLiteral("syncEnabled"),
                                   QStringLiteral("updatedAt")};
        bool sawLastSync = false;
        for (const auto& value : result.json().value(QLatin1String("connectors")).toArray()) {
            QJsonObject connector = value.toObject();
            QVERIFY(iso.match(connector.value(QLatin1String("createdAt")).toString()).hasMatch());
            if (connector.contains(QLatin1String("lastSyncAt"))) {
                QVERIFY(iso.match(connector.value(QLatin1String("lastSyncAt")).toString()).hasMatch());
                connector.remove(QLatin1String("lastSyncAt"));
                sawLastSync = true;
            }
            QCOMPARE(keysOf(connector), expected);
        }
        QVERIFY(sawLastSync);
        const QJsonObject pagination = result.json().value(QLatin1String("pagination")).toObject();
        QCOMPARE(pagination.value(QLatin1String("total")).toInt(), server->store().count());
        QCOMPARE(pagination.value(QLatin1String("hasMore")).toBool(), false);
    }

    void missingScope_data()
    {
        QTest::addColumn<bool>("pipesHub");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<bool>("teamOnly");
        QTest::newRow("PipesHub treats a missing scope on the list as team")
            << true << QByteArray("/connectors") << true;
        QTest::newRow("PipesHub treats a missing scope on agents as team")
            << true << QByteArray("/connectors/agents/active") << true;
        QTest::newRow("published returns both scopes on the list") << false << QByteArray("/connectors") << false;
        QTest::newRow("published returns both scopes on configured")
            << false << QByteArray("/connectors/configured") << false;
    }

    void missingScope()
    {
        QFETCH(bool, pipesHub);
        QFETCH(QByteArray, path);
        QFETCH(bool, teamOnly);
        auto server = startServer(pipesHub);
        TestClient client(server->baseUrl());
        const HttpResult result = client.get(path + "?limit=200");
        QCOMPARE(result.status, 200);
        const bool agents = path.endsWith("/active");
        const bool configured = path.endsWith("/configured");
        const int expected = countWhere(server->store(), [&](const QJsonObject& instance) {
            if (teamOnly && !inScope(instance, "team"))
                return false;
            if (agents)
                return instance.value(QLatin1String("isAgentActive")).toBool()
                    && instance.value(QLatin1String("isActive")).toBool();
            return !configured || instance.value(QLatin1String("isConfigured")).toBool();
        });
        const QJsonObject pagination = result.json().value(QLatin1String("pagination")).toObject();
        QCOMPARE(pagination.value(pipesHub ? QLatin1String("totalCount") : QLatin1String("total")).toInt(), expected);
        QVERIFY(expected > 0);
    }

    void activeAndInactiveIgnoreQueryParameters_data()
    {
        QTest::addColumn<bool>("pipesHub");
        QTest::addColumn<bool>("active");
        QTest::newRow("PipesHub active") << true << true;
        QTest::newRow("PipesHub inactive") << true << false;
        QTest::newRow("published active") << false << true;
        QTest::newRow("published inactive") << false << false;
    }

    void activeAndInactiveIgnoreQueryParameters()
    {
        QFETCH(bool, pipesHub);
        QFETCH(bool, active);
        auto server = startServer(pipesHub, 300);
        TestClient client(server->baseUrl());
        const QByteArray path = active ? "/connectors/active" : "/connectors/inactive";
        const HttpResult result = client.get(path + "?scope=personal&page=7&limit=500&search=zzz");
        QCOMPARE(result.status, 200);
        QCOMPARE(keysOf(result.json()), (QStringList{QStringLiteral("connectors"), QStringLiteral("success")}));
        const int expected = countWhere(server->store(), [active](const QJsonObject& instance) {
            return instance.value(QLatin1String("isActive")).toBool() == active;
        });
        const QJsonArray connectors = result.json().value(QLatin1String("connectors")).toArray();
        QCOMPARE(connectors.size(), expected);
        QVERIFY(expected > 20); // unpaged: more than a default page
        QSet<QString> scopes;
        for (const auto& connector : connectors) {
            QCOMPARE(connector.toObject().value(QLatin1String("isActive")).toBool(), active);
            scopes.insert(connector.toObject().value(QLatin1String("scope")).toString());
        }
        QCOMPARE(scopes.size(), 2);
    }

    void agentsActiveListsOnlyActiveAgentInstances()
    {
        auto server = startServer(true, 200);
        TestClient client(server->baseUrl());
        const HttpResult result = client.get("/connectors/agents/active?scope=personal&limit=200");
        QCOMPARE(result.status, 200);
        const QJsonArray connectors = result.json().value(QLatin1String("connectors")).toArray();
        QVERIFY(!connectors.isEmpty());
        for (const auto& value : connectors) {
            const QJsonObject connector = value.toObject();
            QVERIFY(connector.value(QLatin1String("isAgentActive")).toBool());
            QVERIFY(connector.value(QLatin1String("isActive")).toBool());
            QCOMPARE(connector.value(QLatin1String("scope")).toString(), QStringLiteral("personal"));
        }
        // A seeded instance has the agent flag on while disabled: it must not be listed.
        QVERIFY(countWhere(server->store(),
                           [](const QJsonObject& instance) {
                               return instance.value(QLatin1String("isAgentActive")).toBool()
                                   && !instance.value(QLatin1String("isActive")).toBool();
                           })
                > 0);
    }

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

QTEST_GUILESS_MAIN(TestDevServerRoutes)
#include "tst_devserver.moc"
