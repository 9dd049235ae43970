// The dev server's search and filters over real HTTP, in both dialects: `search` matches the name, the
// connector type or the app group, case-insensitively, with LIKE's '%' and '_' wildcards, on the three
// paged instance lists; GET /connectors filters by connectorType, isActive and isAuthenticated.
#include "devserver/connectorstore.h"
#include "devserver/devserver.h"
#include "testclient.h"

#include <QTest>
#include <QUrl>

#include <memory>

using namespace devserver;

namespace {

// The names in a list answer, in either dialect (PipesHub /configured nests them).
QStringList namesIn(const HttpResult& result, bool pipesHub)
{
    QJsonValue connectors = result.json().value(QLatin1String("connectors"));
    if (connectors.isObject())
        connectors = connectors.toObject().value(QLatin1String("connectors"));
    QStringList names;
    for (const auto& value : connectors.toArray())
        names.append(value.toObject().value(QLatin1String(pipesHub ? "name" : "instanceName")).toString());
    names.sort();
    return names;
}

QStringList idsIn(const HttpResult& result, bool pipesHub)
{
    QStringList ids;
    for (const auto& value : result.json().value(QLatin1String("connectors")).toArray())
        ids.append(value.toObject().value(QLatin1String(pipesHub ? "_key" : "connectorId")).toString());
    return ids;
}

QByteArray encoded(const QString& text)
{
    return QUrl::toPercentEncoding(text);
}

} // namespace

class TestDevServerSearch final : public QObject
{
    Q_OBJECT

private slots:
    void searchMatchesNameTypeOrAppGroup_data()
    {
        QTest::addColumn<bool>("pipesHub");
        QTest::addColumn<QByteArray>("list");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("expected");

        const QStringList all{QStringLiteral("100% Coverage"),
                              QStringLiteral("Docs_Wiki"),
                              QStringLiteral("Inbox Zero"),
                              QStringLiteral("Specs"),
                              QStringLiteral("Team Calendar"),
                              QStringLiteral("Ünïcödé Straße")};
        const QStringList google{QStringLiteral("Inbox Zero"), QStringLiteral("Team Calendar")};
        const struct
        {
            const char* what;
            const char* search;
            QStringList expected;
        } cases[] = {
            {"the app group finds instances named otherwise", "google", google},
            {"the app group, in another case", "GOOGLE WORKSPACE", google},
            {"the connector type", "gmail", {QStringLiteral("Inbox Zero")}},
            {"the connector type, in another case", "CONFLUENCE", {QStringLiteral("Specs")}},
            {"an app group of two types", "atlassian", {QStringLiteral("100% Coverage"), QStringLiteral("Specs")}},
            {"the name", "inBOX", {QStringLiteral("Inbox Zero")}},
            {"a name beyond ASCII", "ünïcödé", {QStringLiteral("Ünïcödé Straße")}},
            {"% matches any run", "in%zero", {QStringLiteral("Inbox Zero")}},
            {"_ matches the space", "inbox_zero", {QStringLiteral("Inbox Zero")}},
            {"_ matches exactly one character", "inbox__zero", {}},
            {"_ also matches a literal underscore", "docs_wiki", {QStringLiteral("Docs_Wiki")}},
            {"_ matches any one character", "docsxwiki", {}},
            {"a trailing %", "100%", {QStringLiteral("100% Coverage")}},
            {"% alone matches everything", "%", all},
            {"_ alone matches everything", "_", all},
            {"regex characters are literal", "(.*)", {}},
            {"no match", "zzz", {}},
        };
        for (const bool pipesHub : {true, false}) {
            for (const char* list : {"/connectors", "/connectors/configured", "/connectors/agents/active"}) {
                for (const auto& c : cases) {
                    QTest::addRow("%s %s: %s", pipesHub ? "pipeshub" : "published", list, c.what)
                        << pipesHub << QByteArray(list) << QString::fromUtf8(c.search) << c.expected;
                }
            }
        }
    }

    void searchMatchesNameTypeOrAppGroup()
    {
        QFETCH(bool, pipesHub);
        QFETCH(QByteArray, list);
        QFETCH(QString, search);
        QFETCH(QStringList, expected);
        auto server = startServer(pipesHub, 0);
        const auto add = [&](const char* name, const char* type) {
            server->store().addInstance({{QStringLiteral("name"), QString::fromUtf8(name)},
                                         {QStringLiteral("type"), QString::fromUtf8(type)},
                                         {QStringLiteral("scope"), QStringLiteral("team")},
                                         {QStringLiteral("isActive"), true},
                                         {QStringLiteral("isConfigured"), true},
                                         {QStringLiteral("isAuthenticated"), true},
                                         {QStringLiteral("isAgentActive"), true}});
        };
        add("Inbox Zero", "Gmail");
        add("Team Calendar", "Calendar");
        add("Specs", "Confluence");
        add("100% Coverage", "Jira");
        add("Docs_Wiki", "Notion");
        add("Ünïcödé Straße", "Slack");
        QCOMPARE(
            server->store().instance(server->store().ids().constFirst()).value(QLatin1String("appGroup")).isString(),
            true);

        TestClient client(server->baseUrl());
        const HttpResult result = client.get(list + "?scope=team&limit=200&search=" + encoded(search));
        QCOMPARE(result.status, 200);
        QCOMPARE(namesIn(result, pipesHub), expected);
    }

    void searchOverTheSeedFindsGoogleWorkspaceInstances()
    {
        auto server = startServer(true, 200);
        const auto isGoogle = [](const QJsonObject& instance) {
            return instance.value(QLatin1String("appGroup")).toString() == QLatin1String("Google Workspace")
                && inScope(instance, "team");
        };
        const int expected = countWhere(server->store(), isGoogle);
        const int byName = countWhere(server->store(), [&](const QJsonObject& instance) {
            return isGoogle(instance)
                && instance.value(QLatin1String("name"))
                       .toString()
                       .contains(QLatin1String("google"), Qt::CaseInsensitive);
        });
        QVERIFY(expected > byName); // Gmail instances are found by their app group only
        TestClient client(server->baseUrl());
        const HttpResult result = client.get("/connectors?scope=team&limit=200&search=Google");
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json().value(QLatin1String("pagination")).toObject().value(QLatin1String("totalCount")).toInt(),
                 expected);
        for (const QString& id : idsIn(result, true))
            QVERIFY(isGoogle(server->store().instance(id)));
    }

    void filters_data()
    {
        QTest::addColumn<bool>("pipesHub");
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QString>("type"); // empty: any
        QTest::addColumn<int>("active"); // -1: any
        QTest::addColumn<int>("authenticated"); // -1: any

        for (const bool pipesHub : {true, false}) {
            const char* d = pipesHub ? "pipeshub" : "published";
            QTest::addRow("%s: a connector type", d)
                << pipesHub << QByteArray("connectorType=Drive") << "Drive" << -1 << -1;
            QTest::addRow("%s: a connector type in another case", d)
                << pipesHub << QByteArray("connectorType=dRIVE") << "Drive" << -1 << -1;
            QTest::addRow("%s: a type name of two words", d)
                << pipesHub << QByteArray("connectorType=sharepoint%20online") << "SharePoint Online" << -1 << -1;
            QTest::addRow("%s: a type is exact, not a substring", d)
                << pipesHub << QByteArray("connectorType=Driv") << "Driv" << -1 << -1;
            QTest::addRow("%s: an unknown type finds nothing", d)
                << pipesHub << QByteArray("connectorType=Fax") << "Fax" << -1 << -1;
            QTest::addRow("%s: active", d) << pipesHub << QByteArray("isActive=true") << "" << 1 << -1;
            QTest::addRow("%s: inactive, upper case", d) << pipesHub << QByteArray("isActive=FALSE") << "" << 0 << -1;
            QTest::addRow("%s: not authenticated", d)
                << pipesHub << QByteArray("isAuthenticated=false") << "" << -1 << 0;
            QTest::addRow("%s: all three", d)
                << pipesHub << QByteArray("connectorType=slack&isActive=true&isAuthenticated=true") << "Slack" << 1
                << 1;
            QTest::addRow("%s: with a search", d)
                << pipesHub << QByteArray("isActive=false&search=google") << "" << 0 << -1;
        }
    }

    void filters()
    {
        QFETCH(bool, pipesHub);
        QFETCH(QByteArray, query);
        QFETCH(QString, type);
        QFETCH(int, active);
        QFETCH(int, authenticated);
        auto server = startServer(pipesHub, 300);
        const bool searching = query.contains("search=google");
        const auto matches = [&](const QJsonObject& instance) {
            if (!inScope(instance, "team"))
                return false;
            if (!type.isEmpty() && instance.value(QLatin1String("type")).toString() != type)
                return false;
            if (active >= 0 && instance.value(QLatin1String("isActive")).toBool() != bool(active))
                return false;
            if (authenticated >= 0 && instance.value(QLatin1String("isAuthenticated")).toBool() != bool(authenticated))
                return false;
            return !searching
                || instance.value(QLatin1String("appGroup")).toString() == QLatin1String("Google Workspace")
                || instance.value(QLatin1String("name"))
                       .toString()
                       .contains(QLatin1String("google"), Qt::CaseInsensitive);
        };
        const int expected = countWhere(server->store(), matches);
        if (type != QLatin1String("Driv") && type != QLatin1String("Fax"))
            QVERIFY(expected > 0);
        TestClient client(server->baseUrl());
        const HttpResult result = client.get("/connectors?scope=team&limit=200&" + query);
        QCOMPARE(result.status, 200);
        const QJsonObject pagination = result.json().value(QLatin1String("pagination")).toObject();
        QCOMPARE(pagination.value(QLatin1String(pipesHub ? "totalCount" : "total")).toInt(-1), expected);
        const QStringList ids = idsIn(result, pipesHub);
        QCOMPARE(ids.size(), std::min(expected, 200));
        for (const QString& id : ids)
            QVERIFY(matches(server->store().instance(id)));
    }

    void invalidFilterValues_data()
    {
        QTest::addColumn<bool>("pipesHub");
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QString>("field");
        for (const bool pipesHub : {true, false}) {
            const char* d = pipesHub ? "pipeshub" : "published";
            QTest::addRow("%s: isActive=yes", d) << pipesHub << QByteArray("isActive=yes") << "isActive";
            QTest::addRow("%s: isActive=1", d) << pipesHub << QByteArray("isActive=1") << "isActive";
            QTest::addRow("%s: isAuthenticated empty", d)
                << pipesHub << QByteArray("isAuthenticated=") << "isAuthenticated";
            QTest::addRow("%s: isAuthenticated=maybe", d)
                << pipesHub << QByteArray("connectorType=Drive&isAuthenticated=maybe") << "isAuthenticated";
        }
    }

    void invalidFilterValues()
    {
        QFETCH(bool, pipesHub);
        QFETCH(QByteArray, query);
        QFETCH(QString, field);
        auto server = startServer(pipesHub);
        TestClient client(server->baseUrl());
        const HttpResult result = client.get("/connectors?" + query);
        // The same answer as an invalid scope or limit: FastAPI's 422 in the real dialect, 400 in the published one.
        if (pipesHub) {
            QCOMPARE(result.status, 422);
            const QJsonObject issue = result.json().value(QLatin1String("detail")).toArray().at(0).toObject();
            QCOMPARE(issue.value(QLatin1String("loc")).toArray(), (QJsonArray{QStringLiteral("query"), field}));
            QCOMPARE(issue.value(QLatin1String("type")).toString(), QStringLiteral("bool_parsing"));
        } else {
            QCOMPARE(result.status, 400);
            QVERIFY2(errorMessageOf(result, false).contains(field), result.body.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestDevServerSearch)
#include "tst_devserversearch.moc"
