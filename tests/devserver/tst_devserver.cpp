// The reading routes of the dev server over real HTTP, in both dialects: the shapes of its answers
// against the samples, the nested /configured, the registry and scopes. tst_devserverrequests has
// the list parameters, auth, id safety and the error bodies.
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
};

QTEST_GUILESS_MAIN(TestDevServerRoutes)
#include "tst_devserver.moc"
