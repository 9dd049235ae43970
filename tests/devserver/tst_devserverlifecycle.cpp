// The lifecycle routes of the dev server over real HTTP, in both dialects: toggle (sync and agent),
// resync and deletion on the clock the test controls, and the OAuth sign-in through the consent page.
#include "devserver/connectorstore.h"
#include "devserver/devserver.h"
#include "testclient.h"
#include "testfixtures.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace devserver;

namespace {

constexpr int kLong = 3600000; // an hour: nothing ends unless the test moves the clock

const QString kOtherUser = QStringLiteral("6650f0c1a2b3c4d5e6f70002");

std::unique_ptr<DevServer> startControlled(bool pipesHub)
{
    auto server = startServer(pipesHub);
    server->setSyncDuration(kLong);
    server->setDeletionDelay(kLong);
    return server;
}

QJsonObject stored(DevServer& server, const QString& id)
{
    return server.store().instance(id);
}

QString statusOf(DevServer& server, const QString& id)
{
    return stored(server, id).value(QLatin1String("status")).toString();
}

QByteArray path(const QString& id, const char* tail)
{
    return "/connectors/" + id.toUtf8() + tail;
}

void dialects_data()
{
    QTest::addColumn<bool>("pipesHub");
    QTest::newRow("pipeshub") << true;
    QTest::newRow("published") << false;
}

} // namespace

class TestDevServerLifecycle final : public QObject
{
    Q_OBJECT

private slots:
    void toggleSyncFlipsAndTwiceTurnsBack_data()
    {
        ::dialects_data();
    }

    void toggleSyncFlipsAndTwiceTurnsBack()
    {
        QFETCH(bool, pipesHub);
        auto server = startControlled(pipesHub);
        const QString id = addInstance(*server, {{QStringLiteral("name"), QStringLiteral("Flip me")}});
        TestClient client(server->baseUrl());

        const HttpResult on = client.send("POST", path(id, "/toggle"), R"({"type":"sync"})");
        QCOMPARE(on.status, 200);
        QCOMPARE(on.json().value(QLatin1String("success")), QJsonValue(true));
        QVERIFY(stored(*server, id).value(QLatin1String("isActive")).toBool());
        QCOMPARE(statusOf(*server, id), QStringLiteral("SYNCING")); // enabling starts a sync
        QVERIFY(!stored(*server, id).value(QLatin1String("isLocked")).toBool());
        if (pipesHub) {
            QCOMPARE(keysOf(on.json()), (QStringList{QStringLiteral("message"), QStringLiteral("success")}));
            QCOMPARE(on.json().value(QLatin1String("message")).toString(),
                     QStringLiteral("Connector instance %1 sync toggled successfully").arg(id));
        } else {
            QCOMPARE(on.json().value(QLatin1String("message")).toString(), QStringLiteral("Sync enabled successfully"));
            const QJsonObject connector = on.json().value(QLatin1String("connector")).toObject();
            QCOMPARE(connector.value(QLatin1String("connectorId")).toString(), id);
            QCOMPARE(connector.value(QLatin1String("isActive")), QJsonValue(true));
        }

        const HttpResult off = client.send("POST", path(id, "/toggle"), R"({"type":"sync"})");
        QCOMPARE(off.status, 200);
        QVERIFY(!stored(*server, id).value(QLatin1String("isActive")).toBool());
        QVERIFY(stored(*server, id).value(QLatin1String("status")).isNull()); // the running sync stopped
        QCOMPARE(server->pendingBackgroundJobs(), 0);
        if (!pipesHub) {
            QCOMPARE(off.json().value(QLatin1String("message")).toString(),
                     QStringLiteral("Sync disabled successfully"));
            QCOMPARE(off.json().value(QLatin1String("connector")).toObject().value(QLatin1String("isActive")),
                     QJsonValue(false));
        }
    }

    void toggleAgentFlipsAndTwiceTurnsBack_data()
    {
        ::dialects_data();
    }

    void toggleAgentFlipsAndTwiceTurnsBack()
    {
        QFETCH(bool, pipesHub);
        auto server = startControlled(pipesHub);
        const QString id = addInstance(*server, {{QStringLiteral("isActive"), true}});
        TestClient client(server->baseUrl());
        for (const bool expected : {true, false}) {
            const HttpResult result = client.send("POST", path(id, "/toggle"), R"({"type":"agent"})");
            QCOMPARE(result.status, 200);
            QCOMPARE(stored(*server, id).value(QLatin1String("isAgentActive")).toBool(), expected);
            QVERIFY(stored(*server, id).value(QLatin1String("isActive")).toBool()); // sync untouched
            if (pipesHub) {
                QCOMPARE(result.json().value(QLatin1String("message")).toString(),
                         QStringLiteral("Connector instance %1 agent toggled successfully").arg(id));
            } else {
                QCOMPARE(result.json().value(QLatin1String("message")).toString(),
                         expected ? QStringLiteral("Agent enabled successfully")
                                  : QStringLiteral("Agent disabled successfully"));
                QCOMPARE(
                    result.json().value(QLatin1String("connector")).toObject().value(QLatin1String("agentEnabled")),
                    QJsonValue(expected));
            }
        }
    }

    void toggleRefusals_data()
    {
        QTest::addColumn<bool>("pipesHub");
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message"); // exact; "%1" is the id; empty: only the status

        const QString typeRule = QStringLiteral("Toggle type is required and must be 'sync' or 'agent'");
        for (const bool pipesHub : {true, false}) {
            const char* d = pipesHub ? "pipeshub" : "published";
            const auto row = [&](const char* name) -> QTestData& {
                return QTest::addRow("%s: %s", d, name) << pipesHub;
            };
            row("an unknown type") << "free" << QByteArray(R"({"type":"both"})") << 400 << typeRule;
            row("no type") << "free" << QByteArray(R"({"fullSync":true})") << 400 << typeRule;
            row("a body without the JSON content type") << "free" << QByteArray("text") << 400 << typeRule;
            row("enabling an unconfigured instance") << "unconfigured" << QByteArray(R"({"type":"sync"})") << 400
                                                     << QStringLiteral("Connector must be configured before enabling");
            const QString oauth = QStringLiteral("Connector cannot be enabled until OAuth authentication is completed");
            row("enabling OAuth before the sign-in") << "oauth" << QByteArray(R"({"type":"sync"})") << 400 << oauth;
            row("enabling admin-consent OAuth before the sign-in")
                << "adminConsent" << QByteArray(R"({"type":"sync"})") << 400 << oauth;
            row("an agent toggle on a type without agents")
                << "noAgent" << QByteArray(R"({"type":"agent"})") << 400
                << QStringLiteral("This connector does not support agent functionality");
            row("a team instance without admin rights")
                << "notAdmin" << QByteArray(R"({"type":"sync"})") << 403
                << QStringLiteral("Only administrators can toggle team connectors");
            row("another user's personal instance") << "otherUser" << QByteArray(R"({"type":"agent"})") << 403
                                                    << QStringLiteral("Only the creator can toggle this connector");
            row("an unknown instance") << "missing" << QByteArray(R"({"type":"sync"})") << 404
                                       << QStringLiteral("Connector instance %1 not found or access denied");
            row("a locked instance") << "locked" << QByteArray(R"({"type":"sync"})") << 409 << QString();
            row("an instance being deleted") << "deleting" << QByteArray(R"({"type":"agent"})") << 409 << QString();
            row("enabling an API token instance without a sign-in is fine")
                << "apiTokenUnauthenticated" << QByteArray(R"({"type":"sync"})") << 200 << QString();
        }
    }

    void toggleRefusals()
    {
        QFETCH(bool, pipesHub);
        QFETCH(QString, setup);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, message);
        auto server = startControlled(pipesHub);
        QJsonObject fields;
        if (setup == QLatin1String("unconfigured"))
            fields = {{QStringLiteral("isConfigured"), false}};
        else if (setup == QLatin1String("oauth"))
            fields = {{QStringLiteral("type"), QStringLiteral("Drive")},
                      {QStringLiteral("authType"), QStringLiteral("OAUTH")},
                      {QStringLiteral("isAuthenticated"), false}};
        else if (setup == QLatin1String("adminConsent"))
            fields = {{QStringLiteral("type"), QStringLiteral("SharePoint Online")},
                      {QStringLiteral("authType"), QStringLiteral("OAUTH_ADMIN_CONSENT")},
                      {QStringLiteral("isAuthenticated"), false}};
        else if (setup == QLatin1String("noAgent"))
            fields = {{QStringLiteral("type"), QStringLiteral("S3")}};
        else if (setup == QLatin1String("otherUser"))
            fields = {{QStringLiteral("scope"), QStringLiteral("personal")}, {QStringLiteral("createdBy"), kOtherUser}};
        else if (setup == QLatin1String("apiTokenUnauthenticated"))
            fields = {{QStringLiteral("isAuthenticated"), false}};
        QString id = addInstance(*server, fields);
        const QJsonObject before = stored(*server, id);
        if (setup == QLatin1String("notAdmin"))
            server->setAdmin(false);
        else if (setup == QLatin1String("missing"))
            id = QStringLiteral("no-such-instance");
        else if (setup == QLatin1String("locked"))
            server->store().setLocked(id, true, QStringLiteral("FULL_SYNCING"));
        else if (setup == QLatin1String("deleting"))
            server->store().setLocked(id, true, QStringLiteral("DELETING"));

        TestClient client(server->baseUrl());
        const QByteArray contentType = body == "text" ? QByteArray("text/plain") : QByteArray("application/json");
        const HttpResult result = client.send("POST", path(id, "/toggle"), body, contentType);
        QCOMPARE(result.status, status);
        if (status == 200)
            return;
        const QString text = errorMessageOf(result, pipesHub);
        QVERIFY2(!text.isEmpty(), result.body.constData()); // the dialect's error shape
        if (!message.isEmpty())
            QCOMPARE(text, message.contains(QLatin1String("%1")) ? message.arg(id) : message);
        if (status == 409)
            QVERIFY2(text.contains(QLatin1String("locked")), qPrintable(text));
        if (server->store().contains(id)) { // nothing changed
            QCOMPARE(stored(*server, id).value(QLatin1String("isActive")), before.value(QLatin1String("isActive")));
            QCOMPARE(stored(*server, id).value(QLatin1String("isAgentActive")),
                     before.value(QLatin1String("isAgentActive")));
        }
    }

    void toggleWithFullSyncLocksUntilTheClockSettlesIt()
    {
        auto server = startControlled(true);
        const QString id = addInstance(*server, {});
        TestClient client(server->baseUrl());
        QCOMPARE(client.send("POST", path(id, "/toggle"), R"({"type":"sync","fullSync":true})").status, 200);
        QCOMPARE(statusOf(*server, id), QStringLiteral("FULL_SYNCING"));
        QVERIFY(stored(*server, id).value(QLatin1String("isLocked")).toBool());
        QCOMPARE(client.send("POST", path(id, "/toggle"), R"({"type":"sync"})").status, 409);
        server->completeBackgroundWork();
        QVERIFY(stored(*server, id).value(QLatin1String("status")).isNull());
        QVERIFY(!stored(*server, id).value(QLatin1String("isLocked")).toBool());
        QVERIFY(stored(*server, id).value(QLatin1String("isActive")).toBool());
    }

    void disablingSyncStopsAnUnlockedSync()
    {
        auto server = startControlled(true);
        TestClient client(server->baseUrl());
        for (const char* status : {"SYNCING", "FULL_SYNCING"}) {
            const QString id = addInstance(
                *server, {{QStringLiteral("isActive"), true}, {QStringLiteral("status"), QString::fromUtf8(status)}});
            QCOMPARE(client.send("POST", path(id, "/toggle"), R"({"type":"sync"})").status, 200);
            QVERIFY(!stored(*server, id).value(QLatin1String("isActive")).toBool());
            QVERIFY2(stored(*server, id).value(QLatin1String("status")).isNull(), status);
        }
    }

    void resyncRules_data()
    {
        ::dialects_data();
    }

    void resyncRules()
    {
        QFETCH(bool, pipesHub);
        auto server = startControlled(pipesHub);
        TestClient client(server->baseUrl());
        const QString inactive = addInstance(*server, {});
        const HttpResult refused = client.send("POST", path(inactive, "/resync"), R"({"connectorName":"Confluence"})");
        QCOMPARE(refused.status, 400);
        QCOMPARE(errorMessageOf(refused, pipesHub), QStringLiteral("Connector %1 not allowed").arg(inactive));
        QVERIFY(stored(*server, inactive).value(QLatin1String("status")).isNull());

        const QString locked = addInstance(*server, {{QStringLiteral("isActive"), true}});
        server->store().setLocked(locked, true, QStringLiteral("FULL_SYNCING"));
        const HttpResult busy = client.send("POST", path(locked, "/resync"), R"({"connectorName":"Confluence"})");
        QCOMPARE(busy.status, 409);
        QVERIFY(!errorMessageOf(busy, pipesHub).isEmpty());

        QCOMPARE(client.send("POST", "/connectors/nope/resync", R"({"connectorName":"Confluence"})").status, 404);
        const QString active = addInstance(*server, {{QStringLiteral("isActive"), true}});
        QCOMPARE(client.send("POST", path(active, "/resync"), R"({"fullSync":true})").status, 400);
        QCOMPARE(client.send("POST", path(active, "/resync"), R"({"connectorName":"Confluence"})", "text/plain").status,
                 400);
        QCOMPARE(client.send("GET", path(active, "/resync")).status, 405);
        QVERIFY(stored(*server, active).value(QLatin1String("status")).isNull());
    }

    void resyncSyncsForTheSyncDuration_data()
    {
        ::dialects_data();
    }

    void resyncSyncsForTheSyncDuration()
    {
        QFETCH(bool, pipesHub);
        auto server = startServer(pipesHub);
        server->setSyncDuration(60000);
        const QString id = addInstance(*server, {{QStringLiteral("isActive"), true}});
        TestClient client(server->baseUrl());
        const HttpResult result = client.send("POST", path(id, "/resync"), R"({"connectorName":"confluence"})");
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json().value(QLatin1String("success")), QJsonValue(true));
        QVERIFY(result.json().value(QLatin1String("resyncConnectorResponse")).isObject());
        QCOMPARE(statusOf(*server, id), QStringLiteral("SYNCING"));
        QVERIFY(!stored(*server, id).value(QLatin1String("isLocked")).toBool());
        const QJsonObject seen = client.get(path(id, "")).json().value(QLatin1String("connector")).toObject();
        if (pipesHub)
            QCOMPARE(seen.value(QLatin1String("status")).toString(), QStringLiteral("SYNCING"));
        QCOMPARE(client.send("PUT", path(id, "/name"), R"({"instanceName":"Still free"})").status, 200);

        server->advanceClock(59000);
        QCOMPARE(statusOf(*server, id), QStringLiteral("SYNCING"));
        server->advanceClock(1500);
        QVERIFY(stored(*server, id).value(QLatin1String("status")).isNull());
        QVERIFY(stored(*server, id).value(QLatin1String("lastSyncAt")).toInteger() > 0);
        QCOMPARE(server->pendingBackgroundJobs(), 0);
    }

    void fullResyncLocksUntilTheClockSettlesIt()
    {
        auto server = startControlled(true);
        const QString id = addInstance(*server, {{QStringLiteral("isActive"), true}});
        TestClient client(server->baseUrl());
        QCOMPARE(client.send("POST", path(id, "/resync"), R"({"connectorName":"Confluence","fullSync":true})").status,
                 200);
        const QJsonObject during = client.get(path(id, "")).json().value(QLatin1String("connector")).toObject();
        QCOMPARE(during.value(QLatin1String("status")).toString(), QStringLiteral("FULL_SYNCING"));
        QCOMPARE(during.value(QLatin1String("isLocked")), QJsonValue(true));
        QCOMPARE(client.send("PUT", path(id, "/name"), R"({"instanceName":"x"})").status, 409);
        QCOMPARE(client.send("POST", path(id, "/resync"), R"({"connectorName":"Confluence"})").status, 409);
        QCOMPARE(server->pendingBackgroundJobs(), 1);

        server->completeBackgroundWork();
        const QJsonObject after = client.get(path(id, "")).json().value(QLatin1String("connector")).toObject();
        QVERIFY(after.value(QLatin1String("status")).isNull());
        QCOMPARE(after.value(QLatin1String("isLocked")), QJsonValue(false));
        QCOMPARE(client.send("PUT", path(id, "/name"), R"({"instanceName":"x"})").status, 200);
    }

    void aZeroSyncDurationEndsOnTheNextTurn()
    {
        auto server = startServer(true);
        server->setSyncDuration(0);
        const QString id = addInstance(*server, {{QStringLiteral("isActive"), true}});
        TestClient client(server->baseUrl());
        QCOMPARE(client.send("POST", path(id, "/resync"), R"({"connectorName":"Confluence","fullSync":true})").status,
                 200);
        QTRY_VERIFY_WITH_TIMEOUT(stored(*server, id).value(QLatin1String("status")).isNull(), 2000);
        QVERIFY(!stored(*server, id).value(QLatin1String("isLocked")).toBool());
    }

    void deletionShowsDeletingUntilTheClockSaysSo()
    {
        auto server = startServer(true);
        server->setDeletionDelay(30000);
        const QString id = addInstance(*server, {});
        TestClient client(server->baseUrl());
        QCOMPARE(client.send("DELETE", path(id, "")).status, 202);
        const QJsonObject during = client.get(path(id, "")).json().value(QLatin1String("connector")).toObject();
        QCOMPARE(during.value(QLatin1String("status")).toString(), QStringLiteral("DELETING"));
        QCOMPARE(during.value(QLatin1String("isLocked")), QJsonValue(true));
        QCOMPARE(client.send("POST", path(id, "/toggle"), R"({"type":"sync"})").status, 409);

        server->advanceClock(29000);
        QVERIFY(server->store().contains(id));
        server->advanceClock(1500);
        QVERIFY(!server->store().contains(id));
        QCOMPARE(client.get(path(id, "")).status, 404);
        QCOMPARE(server->pendingBackgroundJobs(), 0);
    }

    void oauthSignInThroughTheConsentPage_data()
    {
        ::dialects_data();
    }

    void oauthSignInThroughTheConsentPage()
    {
        QFETCH(bool, pipesHub);
        auto server = startControlled(pipesHub);
        server->setToken(QStringLiteral("secret"));
        const QString id = addInstance(*server,
                                       {{QStringLiteral("type"), QStringLiteral("Drive")},
                                        {QStringLiteral("authType"), QStringLiteral("OAUTH")},
                                        {QStringLiteral("isAuthenticated"), false}});
        TestClient client(server->baseUrl());
        client.setToken("secret");
        QCOMPARE(client.send("POST", path(id, "/toggle"), R"({"type":"sync"})").status, 400);

        const HttpResult result = client.get(path(id, "/oauth/authorize?base_url=https%3A%2F%2Fconsole.example"));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json().value(QLatin1String("success")), QJsonValue(true));
        const QString state = result.json().value(QLatin1String("state")).toString();
        QVERIFY(state.size() >= 16);
        const QUrl url(result.json().value(QLatin1String("authorizationUrl")).toString());
        QCOMPARE(url.adjusted(QUrl::RemoveQuery),
                 server->baseUrl().adjusted(QUrl::RemovePath).resolved(QUrl("/oauth/consent")));
        QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("state")), state);
        QVERIFY(!stored(*server, id).value(QLatin1String("isAuthenticated")).toBool());

        const HttpResult page = client.getUrl(url); // a browser: no bearer token
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("content-type").startsWith("text/html"));
        QVERIFY2(page.body.contains("Signed in, you can close this tab"), page.body.constData());
        QVERIFY(stored(*server, id).value(QLatin1String("isAuthenticated")).toBool());
        QCOMPARE(client.getUrl(url).status, 400); // single-use
        QCOMPARE(client.send("POST", path(id, "/toggle"), R"({"type":"sync"})").status, 200);

        QUrl forged = url;
        forged.setQuery(QStringLiteral("state=forged"));
        QCOMPARE(client.getUrl(forged).status, 400);
    }

    void oauthAuthorizeRefusals_data()
    {
        ::dialects_data();
    }

    void oauthAuthorizeRefusals()
    {
        QFETCH(bool, pipesHub);
        auto server = startControlled(pipesHub);
        TestClient client(server->baseUrl());
        const QString apiToken = addInstance(*server, {});
        const HttpResult notOAuth = client.get(path(apiToken, "/oauth/authorize"));
        QCOMPARE(notOAuth.status, 400);
        QVERIFY(!errorMessageOf(notOAuth, pipesHub).isEmpty());
        const HttpResult missing = client.get("/connectors/nope/oauth/authorize");
        QCOMPARE(missing.status, 404);
        QVERIFY(!errorMessageOf(missing, pipesHub).isEmpty());
        const QString oauth = addInstance(
            *server,
            {{QStringLiteral("type"), QStringLiteral("Gmail")}, {QStringLiteral("authType"), QStringLiteral("OAUTH")}});
        QCOMPARE(client.get(path(oauth, "/oauth/authorize?base_url=ftp%3A%2F%2Fx")).status, 400);
        QCOMPARE(client.send("POST", path(oauth, "/oauth/authorize")).status, 405);

        // Two sign-ins in flight: each state completes its own, once.
        const QUrl first(
            client.get(path(oauth, "/oauth/authorize")).json().value(QLatin1String("authorizationUrl")).toString());
        const QUrl second(
            client.get(path(oauth, "/oauth/authorize")).json().value(QLatin1String("authorizationUrl")).toString());
        QVERIFY(first != second);
        QCOMPARE(client.getUrl(second).status, 200);
        QCOMPARE(client.getUrl(first).status, 200);
        QCOMPARE(client.getUrl(first).status, 400);
    }

    void theRequestLogShowsLifecycleRequests()
    {
        auto server = startControlled(true);
        const QString id = addInstance(*server, {{QStringLiteral("isActive"), true}});
        QSignalSpy served(server.get(), &DevServer::requestServed);
        TestClient client(server->baseUrl());
        server->clearRequestLog();
        client.send("POST", path(id, "/toggle"), R"({"type":"agent"})");
        client.get(path(id, "/stats"));
        client.send("POST", path(id, "/resync"), R"({"connectorName":"Confluence"})");
        client.get(path(id, "/oauth/authorize"));
        client.getUrl(server->baseUrl().adjusted(QUrl::RemovePath).resolved(QUrl("/oauth/consent?state=x")));
        const QList<LoggedRequest> log = server->requestLog();
        QCOMPARE(log.size(), 5);
        QCOMPARE(served.size(), 5);
        QCOMPARE(log.at(0).method, QByteArray("POST"));
        QCOMPARE(log.at(0).path, QStringLiteral("/api/v1/connectors/%1/toggle").arg(id));
        QCOMPARE(log.at(0).body, QByteArray(R"({"type":"agent"})"));
        QCOMPARE(log.at(0).contentType, QByteArray("application/json"));
        QCOMPARE(log.at(1).path, QStringLiteral("/api/v1/connectors/%1/stats").arg(id));
        QCOMPARE(log.at(2).path, QStringLiteral("/api/v1/connectors/%1/resync").arg(id));
        QCOMPARE(log.at(3).path, QStringLiteral("/api/v1/connectors/%1/oauth/authorize").arg(id));
        QCOMPARE(log.at(4).path, QStringLiteral("/oauth/consent"));
        QCOMPARE(log.at(4).query.queryItemValue(QStringLiteral("state")), QStringLiteral("x"));
    }
};

QTEST_GUILESS_MAIN(TestDevServerLifecycle)
#include "tst_devserverlifecycle.moc"
