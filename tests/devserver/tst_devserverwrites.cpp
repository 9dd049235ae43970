// The writing routes of the dev server over real HTTP, in both dialects: create, rename and
// delete, their rules (names, scopes, admins, locks, agents) and their answers.
#include "devserver/connectorstore.h"
#include "devserver/devserver.h"
#include "testclient.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace devserver;

class TestDevServerWrites final : public QObject
{
    Q_OBJECT

private slots:
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
        QCOMPARE(stored.value(QLatin1String("createdBy")).toString(), kCurrentUser);
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
};

QTEST_GUILESS_MAIN(TestDevServerWrites)
#include "tst_devserverwrites.moc"
