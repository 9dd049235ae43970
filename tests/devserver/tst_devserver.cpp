// The routes of the dev server over real HTTP, in both dialects: shapes against the samples,
// the API's rules, and the error bodies.
#include "devserver/connectorstore.h"
#include "devserver/devserver.h"
#include "testclient.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

using namespace devserver;

namespace {

using InstancePredicate = std::function<bool(const QJsonObject&)>;

const QString kMe = QStringLiteral("6650f0c1a2b3c4d5e6f70001");

QString firstId(ConnectorStore& store, const InstancePredicate& predicate)
{
    for (const QString& id : store.ids()) {
        if (predicate(store.instance(id)))
            return id;
    }
    return {};
}

bool isVisible(const QJsonObject& instance)
{
    return instance.value(QLatin1String("scope")).toString() == QLatin1String("team")
        || instance.value(QLatin1String("createdBy")).toString() == kMe;
}

int countWhere(ConnectorStore& store, const InstancePredicate& predicate)
{
    int count = 0;
    for (const QString& id : store.ids()) {
        const QJsonObject instance = store.instance(id);
        if (isVisible(instance) && predicate(instance))
            ++count;
    }
    return count;
}

bool isFree(const QJsonObject& instance)
{
    return !instance.value(QLatin1String("isLocked")).toBool()
        && instance.value(QLatin1String("usedByAgents")).toArray().isEmpty()
        && instance.value(QLatin1String("status")).isNull();
}

bool inScope(const QJsonObject& instance, const char* scope)
{
    return instance.value(QLatin1String("scope")).toString() == QLatin1String(scope);
}

QJsonObject firstConnector(const HttpResult& result)
{
    return result.json().value(QLatin1String("connectors")).toArray().at(0).toObject();
}

} // namespace

class TestDevServerRoutes final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DevServer> startServer(bool pipesHub, int seedCount = 40)
    {
        ServerOptions options;
        options.dialect = pipesHub ? Dialect::PipesHub : Dialect::Published;
        options.seedCount = seedCount;
        auto server = std::make_unique<DevServer>(options);
        QString error;
        if (!server->start(&error))
            qWarning() << "dev server did not start:" << error;
        return server;
    }

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
            for (const auto& value : types) {
                QJsonObject type = value.toObject();
                if (type.contains(QLatin1String("isBeta"))) {
                    QVERIFY(type.value(QLatin1String("isBeta")).toBool());
                    sawBeta = true;
                    type.remove(QLatin1String("isBeta"));
                }
                QCOMPARE(keysOf(type), sampleKeys);
            }
            QVERIFY(sawBeta);
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

    void create_data()
    {
        QTest::addColumn<bool>("pipesHub");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expected"); // a 422 issue type, or a fragment of the message

        const QByteArray json = "application/json";
        QTest::newRow("PipesHub: a valid team instance")
            << true
            << QByteArray(
                   R"({"connectorType":"Confluence","instanceName":"Docs Wiki","scope":"team","authType":"API_TOKEN"})")
            << json << 200 << QString();
        QTest::newRow("PipesHub: the type matches without regard to case, charset allowed")
            << true
            << QByteArray(R"({"connectorType":"slack","instanceName":"Chat","scope":"personal","authType":"OAUTH"})")
            << QByteArray("application/json; charset=utf-8") << 200 << QString();
        QTest::newRow("PipesHub: a single auth type may be left out")
            << true << QByteArray(R"({"connectorType":"Drive","instanceName":"Files","scope":"team"})") << json << 200
            << QString();
        QTest::newRow("PipesHub: a body without the JSON content type is ignored")
            << true << QByteArray(R"({"connectorType":"Drive","instanceName":"Files","scope":"team"})")
            << QByteArray("text/plain") << 422 << QStringLiteral("missing");
        QTest::newRow("PipesHub: a body that is not JSON")
            << true << QByteArray("{oops") << json << 422 << QStringLiteral("json_invalid");
        QTest::newRow("PipesHub: a JSON array")
            << true << QByteArray("[1]") << json << 422 << QStringLiteral("model_attributes_type");
        QTest::newRow("PipesHub: a missing scope")
            << true << QByteArray(R"({"connectorType":"Drive","instanceName":"Files"})") << json << 422
            << QStringLiteral("missing");
        QTest::newRow("PipesHub: a name of spaces only")
            << true << QByteArray(R"({"connectorType":"Drive","instanceName":"   ","scope":"team"})") << json << 422
            << QStringLiteral("string_too_short");
        QTest::newRow("PipesHub: a name of 101 characters")
            << true
            << "{\"connectorType\":\"Drive\",\"scope\":\"team\",\"instanceName\":\"" + QByteArray(101, 'n') + "\"}"
            << json << 422 << QStringLiteral("string_too_long");
        QTest::newRow("PipesHub: 100 emoji are 100 characters")
            << true
            << "{\"connectorType\":\"Drive\",\"scope\":\"team\",\"instanceName\":\""
                + QString(QStringLiteral("😀")).repeated(100).toUtf8() + "\"}"
            << json << 200 << QString();
        QTest::newRow("PipesHub: a number for a name")
            << true << QByteArray(R"({"connectorType":"Drive","instanceName":7,"scope":"team"})") << json << 422
            << QStringLiteral("string_type");
        QTest::newRow("PipesHub: an unknown scope")
            << true << QByteArray(R"({"connectorType":"Drive","instanceName":"x","scope":"org"})") << json << 422
            << QStringLiteral("enum");
        QTest::newRow("PipesHub: a config that is not an object")
            << true << QByteArray(R"({"connectorType":"Drive","instanceName":"x","scope":"team","config":[]})") << json
            << 422 << QStringLiteral("dict_type");
        QTest::newRow("PipesHub: an unknown connector type")
            << true << QByteArray(R"({"connectorType":"Fax","instanceName":"x","scope":"team"})") << json << 404
            << QStringLiteral("Connector type Fax not found");
        QTest::newRow("PipesHub: a scope the type does not support")
            << true << QByteArray(R"({"connectorType":"Calendar","instanceName":"x","scope":"team"})") << json << 400
            << QStringLiteral("does not support team scope");
        QTest::newRow("PipesHub: an auth type the type does not support")
            << true
            << QByteArray(R"({"connectorType":"Drive","instanceName":"x","scope":"team","authType":"API_TOKEN"})")
            << json << 400 << QStringLiteral("Unsupported auth type");
        QTest::newRow("PipesHub: no auth type for a type with several")
            << true << QByteArray(R"({"connectorType":"Jira","instanceName":"x","scope":"team"})") << json << 400
            << QStringLiteral("authType is required");
        QTest::newRow("PipesHub: a baseUrl that is not http")
            << true
            << QByteArray(
                   "{\"connectorType\":\"Jira\",\"instanceName\":\"x\",\"scope\":\"team\",\"authType\":\"OAUTH\","
                   "\"baseUrl\":\"ftp://jira.example\"}") // moc reads "//" in a raw string as a comment
            << json << 400 << QStringLiteral("baseUrl");
        QTest::newRow("published: a valid instance answers 201")
            << false
            << QByteArray(
                   R"({"connectorType":"Confluence","instanceName":"Docs Wiki","scope":"team","authType":"OAUTH"})")
            << json << 201 << QString();
        QTest::newRow("published: a missing name") << false << QByteArray(R"({"connectorType":"Drive","scope":"team"})")
                                                   << json << 400 << QStringLiteral("instanceName");
        QTest::newRow("published: an unknown connector type")
            << false << QByteArray(R"({"connectorType":"Fax","instanceName":"x","scope":"team"})") << json << 400
            << QStringLiteral("Invalid connector type");
        QTest::newRow("published: an empty body")
            << false << QByteArray() << json << 400 << QStringLiteral("JSON object");
    }

    void create()
    {
        QFETCH(bool, pipesHub);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        QFETCH(QString, expected);
        auto server = startServer(pipesHub);
        const int before = server->store().count();
        TestClient client(server->baseUrl());
        const HttpResult result = client.send("POST", "/connectors", body, contentType);
        QCOMPARE(result.status, status);
        QCOMPARE(server->store().count(), before + (status < 300 ? 1 : 0));
        if (status == 422) {
            QCOMPARE(result.json()
                         .value(QLatin1String("detail"))
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(QLatin1String("type"))
                         .toString(),
                     expected);
        } else if (status >= 400) {
            const QString message = pipesHub ? result.json().value(QLatin1String("detail")).toString()
                                             : result.json().value(QLatin1String("message")).toString();
            QVERIFY2(message.contains(expected), qPrintable(message));
        }
        QCOMPARE(server->requestLog().constLast().body, body);
    }

    void createAnswers_data()
    {
        QTest::addColumn<bool>("pipesHub");
        QTest::newRow("PipesHub answers 200 shaped like the sample") << true;
        QTest::newRow("published answers 201 with the full instance") << false;
    }

    void createAnswers()
    {
        QFETCH(bool, pipesHub);
        auto server = startServer(pipesHub);
        TestClient client(server->baseUrl());
        const QJsonObject config{
            {QStringLiteral("sync"), QJsonObject{{QStringLiteral("selectedStrategy"), QStringLiteral("MANUAL")}}}};
        const HttpResult result
            = client.sendJson("POST",
                              "/connectors",
                              {{QStringLiteral("connectorType"), QStringLiteral("confluence")},
                               {QStringLiteral("instanceName"), QStringLiteral("  Docs Wiki  ")},
                               {QStringLiteral("scope"), QStringLiteral("team")},
                               {QStringLiteral("authType"), QStringLiteral("API_TOKEN")},
                               {QStringLiteral("baseUrl"), QStringLiteral("https://wiki.example.com")},
                               {QStringLiteral("config"), config}});
        QCOMPARE(result.status, pipesHub ? 200 : 201);
        const QJsonObject connector = result.json().value(QLatin1String("connector")).toObject();
        const QString id = connector.value(QLatin1String("connectorId")).toString();
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"))
                    .match(id)
                    .hasMatch());
        QCOMPARE(connector.value(QLatin1String("instanceName")).toString(), QStringLiteral("Docs Wiki"));
        QCOMPARE(connector.value(QLatin1String("connectorType")).toString(), QStringLiteral("Confluence"));
        if (pipesHub) {
            const QJsonObject sample = sampleObject(QStringLiteral("real-create.json"));
            QCOMPARE(keysOf(result.json()), keysOf(sample));
            QCOMPARE(keysOf(connector), keysOf(sample.value(QLatin1String("connector")).toObject()));
            QCOMPARE(result.json().value(QLatin1String("message")), sample.value(QLatin1String("message")));
            QVERIFY(connector.value(QLatin1String("created")).toBool());
        } else {
            QVERIFY(connector.contains(QLatin1String("orgId")));
            QVERIFY(connector.contains(QLatin1String("createdAt")));
        }
        const QJsonObject stored = server->store().instance(id);
        QCOMPARE(stored.value(QLatin1String("isActive")).toBool(true), false);
        QCOMPARE(stored.value(QLatin1String("isConfigured")).toBool(true), false);
        QCOMPARE(stored.value(QLatin1String("isAuthenticated")).toBool(true), false);
        QCOMPARE(stored.value(QLatin1String("createdBy")).toString(), kMe);
        QCOMPARE(stored.value(QLatin1String("baseUrl")).toString(), QStringLiteral("https://wiki.example.com"));
        QCOMPARE(stored.value(QLatin1String("config")).toObject(), config);
        QCOMPARE(server->store().ids().constFirst(), id); // newest first
    }

    void namesAreUniquePerScopeIgnoringCase_data()
    {
        QTest::addColumn<bool>("pipesHub");
        QTest::newRow("PipesHub") << true;
        QTest::newRow("published") << false;
    }

    void namesAreUniquePerScopeIgnoringCase()
    {
        QFETCH(bool, pipesHub);
        auto server = startServer(pipesHub, 0);
        TestClient client(server->baseUrl());
        const auto create = [&](const QString& name, const QString& scope) {
            return client
                .sendJson("POST",
                          "/connectors",
                          {{QStringLiteral("connectorType"), QStringLiteral("Drive")},
                           {QStringLiteral("instanceName"), name},
                           {QStringLiteral("scope"), scope}})
                .status;
        };
        const int created = pipesHub ? 200 : 201;
        QCOMPARE(create(QStringLiteral("Ελληνικά Αρχεία"), QStringLiteral("team")), created);
        QCOMPARE(create(QStringLiteral("ελληνικά αρχεία"), QStringLiteral("team")), 400);
        QCOMPARE(create(QStringLiteral("ελληνικά αρχεία"), QStringLiteral("personal")), created);
        QCOMPARE(create(QStringLiteral(" Ελληνικά Αρχεία "), QStringLiteral("personal")), 400);
    }

    void rename_data()
    {
        QTest::addColumn<bool>("pipesHub");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expected");
        QTest::newRow("PipesHub: a new name")
            << true << QByteArray(R"({"instanceName":"  Renamed Wiki "})") << 200 << QStringLiteral("Renamed Wiki");
        QTest::newRow("PipesHub: the same name in another case")
            << true << QByteArray(R"({"instanceName":"TAKEN HERE"})") << 200 << QStringLiteral("TAKEN HERE");
        QTest::newRow("PipesHub: an empty name")
            << true << QByteArray(R"({"instanceName":"  "})") << 400 << QStringLiteral("cannot be empty");
        QTest::newRow("PipesHub: 101 characters")
            << true << "{\"instanceName\":\"" + QByteArray(101, 'x') + "\"}" << 400 << QStringLiteral("at most 100");
        QTest::newRow("PipesHub: the name of another instance of the scope")
            << true << QByteArray(R"({"instanceName":"other one"})") << 400 << QStringLiteral("already exists");
        QTest::newRow("PipesHub: no instanceName")
            << true << QByteArray(R"({"name":"x"})") << 422 << QStringLiteral("missing");
        QTest::newRow("published: a new name")
            << false << QByteArray(R"({"instanceName":"Renamed Wiki"})") << 200 << QStringLiteral("Renamed Wiki");
        QTest::newRow("published: a duplicate")
            << false << QByteArray(R"({"instanceName":"Other One"})") << 400 << QStringLiteral("already exists");
    }

    void rename()
    {
        QFETCH(bool, pipesHub);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, expected);
        auto server = startServer(pipesHub, 0);
        const QString id = server->store().addInstance({{QStringLiteral("name"), QStringLiteral("Taken Here")},
                                                        {QStringLiteral("scope"), QStringLiteral("team")}});
        server->store().addInstance(
            {{QStringLiteral("name"), QStringLiteral("Other One")}, {QStringLiteral("scope"), QStringLiteral("team")}});
        TestClient client(server->baseUrl());
        const HttpResult result = client.send("PUT", "/connectors/" + id.toUtf8() + "/name", body);
        QCOMPARE(result.status, status);
        if (status == 200) {
            const QJsonObject connector = result.json().value(QLatin1String("connector")).toObject();
            if (pipesHub) {
                QCOMPARE(
                    keysOf(connector),
                    keysOf(
                        sampleObject(QStringLiteral("real-rename.json")).value(QLatin1String("connector")).toObject()));
                QCOMPARE(connector.value(QLatin1String("_key")).toString(), id);
                QCOMPARE(connector.value(QLatin1String("name")).toString(), expected);
            } else {
                QCOMPARE(connector.value(QLatin1String("connectorId")).toString(), id);
                QCOMPARE(connector.value(QLatin1String("instanceName")).toString(), expected);
                QVERIFY(connector.contains(QLatin1String("updatedAt")));
            }
            QCOMPARE(server->store().instance(id).value(QLatin1String("name")).toString(), expected);
        } else if (status == 422) {
            QCOMPARE(result.json()
                         .value(QLatin1String("detail"))
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(QLatin1String("type"))
                         .toString(),
                     expected);
        } else {
            const QString message
                = result.json().value(pipesHub ? QLatin1String("detail") : QLatin1String("message")).toString();
            QVERIFY2(message.contains(expected), qPrintable(message));
            QCOMPARE(server->store().instance(id).value(QLatin1String("name")).toString(),
                     QStringLiteral("Taken Here"));
        }
    }

    void renameOfAnUnknownInstanceIsNotFound()
    {
        auto server = startServer(true);
        TestClient client(server->baseUrl());
        QCOMPARE(client.send("PUT", "/connectors/nope/name", R"({"instanceName":"x"})").status, 404);
    }

    void deleteInPipesHubShowsDeletingThenDisappears()
    {
        auto server = startServer(true);
        server->setDeletionDelay(300);
        const QString id = firstId(server->store(), isFree);
        TestClient client(server->baseUrl());
        const HttpResult result = client.send("DELETE", "/connectors/" + id.toUtf8());
        QCOMPARE(result.status, 202);
        const QJsonObject sample = sampleObject(QStringLiteral("real-delete-202.json"));
        QCOMPARE(keysOf(result.json()), keysOf(sample));
        QCOMPARE(result.json().value(QLatin1String("connectorId")).toString(), id);
        QCOMPARE(result.json().value(QLatin1String("status")), sample.value(QLatin1String("status")));

        const HttpResult during = client.get("/connectors/" + id.toUtf8());
        QCOMPARE(during.status, 200);
        const QJsonObject connector = during.json().value(QLatin1String("connector")).toObject();
        QCOMPARE(connector.value(QLatin1String("status")).toString(), QStringLiteral("DELETING"));
        QVERIFY(connector.value(QLatin1String("isLocked")).toBool());

        const HttpResult again = client.send("DELETE", "/connectors/" + id.toUtf8());
        QCOMPARE(again.status, 409);
        QCOMPARE(again.json(), sampleObject(QStringLiteral("error-delete-409-in-progress.json")));
        QCOMPARE(client.send("PUT", "/connectors/" + id.toUtf8() + "/name", R"({"instanceName":"x"})").status, 409);

        QTRY_VERIFY_WITH_TIMEOUT(!server->store().contains(id), 5000);
        QCOMPARE(client.get("/connectors/" + id.toUtf8()).status, 404);
    }

    void deleteWithoutDelayRemovesOnTheNextTurn()
    {
        auto server = startServer(true);
        const QString id = firstId(server->store(), isFree);
        TestClient client(server->baseUrl());
        QCOMPARE(client.send("DELETE", "/connectors/" + id.toUtf8()).status, 202);
        QTRY_VERIFY_WITH_TIMEOUT(!server->store().contains(id), 2000);
    }

    void deleteInPublishedRemovesAtOnce()
    {
        auto server = startServer(false);
        const QString id = firstId(server->store(), isFree);
        TestClient client(server->baseUrl());
        const HttpResult result = client.send("DELETE", "/connectors/" + id.toUtf8());
        QCOMPARE(result.status, 200);
        QCOMPARE(keysOf(result.json()), (QStringList{QStringLiteral("message"), QStringLiteral("success")}));
        QVERIFY(!server->store().contains(id));
        QCOMPARE(client.get("/connectors/" + id.toUtf8()).status, 404);
    }

    void conflicts_data()
    {
        QTest::addColumn<bool>("pipesHub");
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("expected");
        QTest::newRow("PipesHub: a sync lock refuses delete, naming the sync")
            << true << QStringLiteral("locked") << QByteArray("DELETE") << QStringLiteral("SYNCING");
        QTest::newRow("PipesHub: a sync lock refuses rename")
            << true << QStringLiteral("locked") << QByteArray("PUT") << QStringLiteral("SYNCING");
        QTest::newRow("PipesHub: agents using the instance refuse delete, named")
            << true << QStringLiteral("agents") << QByteArray("DELETE")
            << QStringLiteral("Connector is in use by agents: Support Assistant, Sales Copilot");
        QTest::newRow("PipesHub: a lock held by something else is named")
            << true << QStringLiteral("custom") << QByteArray("DELETE") << QStringLiteral("REINDEXING");
        QTest::newRow("published: a full-sync lock refuses delete")
            << false << QStringLiteral("full") << QByteArray("DELETE") << QStringLiteral("FULL_SYNCING");
        QTest::newRow("published: agents refuse delete")
            << false << QStringLiteral("agents") << QByteArray("DELETE") << QStringLiteral("Support Assistant");
    }

    void conflicts()
    {
        QFETCH(bool, pipesHub);
        QFETCH(QString, setup);
        QFETCH(QByteArray, method);
        QFETCH(QString, expected);
        auto server = startServer(pipesHub);
        ConnectorStore& store = server->store();
        const QString id = firstId(store, isFree);
        if (setup == QLatin1String("locked"))
            store.setLocked(id, true);
        else if (setup == QLatin1String("full"))
            store.setLocked(id, true, QStringLiteral("FULL_SYNCING"));
        else if (setup == QLatin1String("custom"))
            store.setLocked(id, true, QStringLiteral("REINDEXING"));
        else
            store.setUsedByAgents(id, {QStringLiteral("Support Assistant"), QStringLiteral("Sales Copilot")});
        TestClient client(server->baseUrl());
        const QByteArray path = method == "PUT" ? "/connectors/" + id.toUtf8() + "/name" : "/connectors/" + id.toUtf8();
        const HttpResult result = client.send(method, path, R"({"instanceName":"Fresh Name"})");
        QCOMPARE(result.status, 409);
        const QString message
            = result.json().value(pipesHub ? QLatin1String("detail") : QLatin1String("message")).toString();
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY(store.contains(id));

        // Once released, the same request goes through.
        store.setLocked(id, false);
        store.setUsedByAgents(id, {});
        QVERIFY(client.send(method, path, R"({"instanceName":"Fresh Name"})").status < 300);
    }

    void teamScopeNeedsAnAdmin_data()
    {
        QTest::addColumn<bool>("pipesHub");
        QTest::newRow("PipesHub") << true;
        QTest::newRow("published") << false;
    }

    void teamScopeNeedsAnAdmin()
    {
        QFETCH(bool, pipesHub);
        auto server = startServer(pipesHub);
        server->setAdmin(false);
        ConnectorStore& store = server->store();
        const QString team = firstId(store, [](const QJsonObject& i) { return isFree(i) && inScope(i, "team"); });
        const QString personal
            = firstId(store, [](const QJsonObject& i) { return isFree(i) && inScope(i, "personal"); });
        TestClient client(server->baseUrl());
        const auto createIn = [&](const char* scope) {
            return client
                .sendJson("POST",
                          "/connectors",
                          {{QStringLiteral("connectorType"), QStringLiteral("Drive")},
                           {QStringLiteral("instanceName"), QStringLiteral("Mine")},
                           {QStringLiteral("scope"), QString::fromLatin1(scope)}})
                .status;
        };
        QCOMPARE(createIn("team"), 403);
        QCOMPARE(client.send("PUT", "/connectors/" + team.toUtf8() + "/name", R"({"instanceName":"x y"})").status, 403);
        QCOMPARE(client.send("DELETE", "/connectors/" + team.toUtf8()).status, 403);
        QVERIFY(store.contains(team));

        QCOMPARE(createIn("personal"), pipesHub ? 200 : 201);
        QCOMPARE(client.send("PUT", "/connectors/" + personal.toUtf8() + "/name", R"({"instanceName":"x y"})").status,
                 200);
        QVERIFY(client.send("DELETE", "/connectors/" + personal.toUtf8()).status < 300);
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
