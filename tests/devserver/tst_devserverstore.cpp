// ConnectorStore: seeding (deterministic, varied, large), its test API, and persistence.
#include "devserver/connectorstore.h"
#include "devserver/devserver.h"
#include "testclient.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace devserver;

namespace {

bool hasScript(const QString& text, char32_t first, char32_t last)
{
    for (const char32_t c : text.toUcs4()) {
        if (c >= first && c <= last)
            return true;
    }
    return false;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

} // namespace

class TestConnectorStore final : public QObject
{
    Q_OBJECT

private slots:
    void seedingIsDeterministic_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("no instances") << 0;
        QTest::newRow("one instance") << 1;
        QTest::newRow("the default forty") << 40;
        QTest::newRow("a thousand") << 1000;
    }

    void seedingIsDeterministic()
    {
        QFETCH(int, count);
        ConnectorStore first(7);
        ConnectorStore second(7);
        first.seed(count, 7);
        second.seed(count, 7);
        QCOMPARE(first.count(), count);
        QCOMPARE(first.ids(), second.ids());
        for (const QString& id : first.ids())
            QCOMPARE(first.instance(id), second.instance(id));
        second.reseed(count);
        QCOMPARE(first.ids(), second.ids());
    }

    void anotherSeedGivesOtherData()
    {
        ConnectorStore first;
        ConnectorStore second;
        first.seed(40, 1);
        second.seed(40, 2);
        QVERIFY(first.ids() != second.ids());
    }

    void seedCoversEveryState()
    {
        ConnectorStore store;
        store.seed(40, 20241201);
        QSet<QString> seen;
        for (const QString& id : store.ids()) {
            const QJsonObject instance = store.instance(id);
            seen.insert(QStringLiteral("scope:") + instance.value(QLatin1String("scope")).toString());
            for (const char* flag : {"isActive", "isConfigured", "isAuthenticated", "isAgentActive", "isLocked"})
                seen.insert(QString::fromLatin1(flag) + (instance.value(QLatin1String(flag)).toBool() ? u'1' : u'0'));
            seen.insert(QStringLiteral("status:") + instance.value(QLatin1String("status")).toString());
            if (!instance.value(QLatin1String("usedByAgents")).toArray().isEmpty())
                seen.insert(QStringLiteral("usedByAgents"));
            if (!instance.value(QLatin1String("baseUrl")).isNull())
                seen.insert(QStringLiteral("baseUrl"));
        }
        for (const char* expected : {"scope:team",
                                     "scope:personal",
                                     "isActive0",
                                     "isActive1",
                                     "isConfigured0",
                                     "isConfigured1",
                                     "isAuthenticated0",
                                     "isAuthenticated1",
                                     "isAgentActive0",
                                     "isAgentActive1",
                                     "isLocked0",
                                     "isLocked1",
                                     "status:",
                                     "status:SYNCING",
                                     "status:FULL_SYNCING",
                                     "usedByAgents",
                                     "baseUrl"}) {
            QVERIFY2(seen.contains(QString::fromUtf8(expected)), expected);
        }
    }

    void seededNamesUseSeveralScriptsAndAreUniquePerScope()
    {
        ConnectorStore store;
        store.seed(1000, 99);
        QSet<QString> names;
        QString all;
        for (const QString& id : store.ids()) {
            const QJsonObject instance = store.instance(id);
            const QString key = instance.value(QLatin1String("scope")).toString() + u'\n'
                + instance.value(QLatin1String("name")).toString().toCaseFolded();
            QVERIFY2(!names.contains(key), qPrintable(key));
            names.insert(key);
            all += instance.value(QLatin1String("name")).toString();
        }
        QVERIFY(hasScript(all, 0x3040, 0x30ff)); // Japanese kana
        QVERIFY(hasScript(all, 0x0600, 0x06ff)); // Arabic
        QVERIFY(hasScript(all, 0x0400, 0x04ff)); // Cyrillic
        QVERIFY(hasScript(all, 0x0370, 0x03ff)); // Greek
        QVERIFY(hasScript(all, 0x0900, 0x097f)); // Devanagari
        QVERIFY(hasScript(all, 0x1f300, 0x1faff)); // emoji
    }

    void idsLookLikeUuidsAndTheOrderIsNewestFirst()
    {
        ConnectorStore store;
        store.seed(200, 5);
        const QRegularExpression uuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
        qint64 previous = std::numeric_limits<qint64>::max();
        for (const QString& id : store.ids()) {
            QVERIFY2(uuid.match(id).hasMatch(), qPrintable(id));
            const qint64 createdAt = store.instance(id).value(QLatin1String("createdAt")).toInteger();
            QVERIFY(createdAt <= previous);
            QVERIFY(store.instance(id).value(QLatin1String("updatedAt")).toInteger() >= createdAt);
            previous = createdAt;
        }
    }

    void tenThousandInstancesServeQuickly()
    {
        ServerOptions options;
        options.seedCount = 10000;
        DevServer server(options);
        QVERIFY(server.start());
        QCOMPARE(server.store().count(), 10000);
        TestClient client(server.baseUrl());
        const HttpResult page = client.get("/connectors?scope=personal&page=3&limit=200&search=a");
        QCOMPARE(page.status, 200);
        QCOMPARE(page.json().value(QLatin1String("connectors")).toArray().size(), 200);
        const HttpResult active = client.get("/connectors/active");
        QCOMPARE(active.status, 200);
        QVERIFY(active.json().value(QLatin1String("connectors")).toArray().size() > 5000);
    }

    void storeApiForTests()
    {
        ConnectorStore store;
        store.seed(0, 1);
        const QString id = store.addInstance({{QStringLiteral("type"), QStringLiteral("slack")},
                                              {QStringLiteral("name"), QStringLiteral("Chat")},
                                              {QStringLiteral("scope"), QStringLiteral("personal")}});
        QCOMPARE(store.count(), 1);
        QVERIFY(store.contains(id));
        QJsonObject instance = store.instance(id);
        for (const char* key : {"id",
                                "name",
                                "type",
                                "scope",
                                "isActive",
                                "isConfigured",
                                "isAgentActive",
                                "isLocked",
                                "status",
                                "usedByAgents"})
            QVERIFY2(instance.contains(QLatin1String(key)), key);
        QCOMPARE(instance.value(QLatin1String("type")).toString(), QStringLiteral("Slack"));
        QCOMPARE(instance.value(QLatin1String("appGroup")).toString(), QStringLiteral("Slack"));
        QCOMPARE(instance.value(QLatin1String("authType")).toString(), QStringLiteral("OAUTH"));
        QCOMPARE(instance.value(QLatin1String("isActive")).toBool(true), false);
        QVERIFY(instance.value(QLatin1String("status")).isNull());

        store.setLocked(id, true, QStringLiteral("FULL_SYNCING"));
        instance = store.instance(id);
        QVERIFY(instance.value(QLatin1String("isLocked")).toBool());
        QCOMPARE(instance.value(QLatin1String("status")).toString(), QStringLiteral("FULL_SYNCING"));
        store.setLocked(id, false);
        instance = store.instance(id);
        QVERIFY(!instance.value(QLatin1String("isLocked")).toBool());
        QVERIFY(instance.value(QLatin1String("status")).isNull());

        store.setUsedByAgents(id, {QStringLiteral("Bot")});
        QCOMPARE(store.instance(id).value(QLatin1String("usedByAgents")).toArray(), QJsonArray{QStringLiteral("Bot")});
        QVERIFY(store.updateInstance(id, {{QStringLiteral("isActive"), true}}));
        QVERIFY(store.instance(id).value(QLatin1String("isActive")).toBool());

        const QString explicitId = store.addInstance({{QStringLiteral("id"), QStringLiteral("fixed-id_1")}});
        QCOMPARE(explicitId, QStringLiteral("fixed-id_1"));
        QVERIFY(store.removeInstance(explicitId));
        QVERIFY(!store.removeInstance(explicitId));
        QVERIFY(store.instance(explicitId).isEmpty());

        store.clear();
        QCOMPARE(store.count(), 0);
        store.reseed(12);
        QCOMPARE(store.count(), 12);

        const QJsonArray types = store.registryTypes();
        QVERIFY(types.size() >= 14);
        for (const char* key : {"type",
                                "authTypes",
                                "scopes",
                                "description",
                                "categories",
                                "iconPath",
                                "supportsAgent",
                                "isBeta",
                                "selfHosted"})
            QVERIFY2(types.at(0).toObject().contains(QLatin1String(key)), key);
    }

    void persistenceRoundTrip()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("data.json"));
        ServerOptions options;
        options.dialect = Dialect::Published;
        options.seedCount = 25;
        options.dataFile = path;
        QString createdId;
        QStringList ids;
        {
            DevServer server(options);
            QString error;
            QVERIFY2(server.start(&error), qPrintable(error));
            QVERIFY(QFile::exists(path));
            QCOMPARE(server.store().count(), 25);
            TestClient client(server.baseUrl());
            const HttpResult created = client.sendJson("POST",
                                                       "/connectors",
                                                       {{QStringLiteral("connectorType"), QStringLiteral("Notion")},
                                                        {QStringLiteral("instanceName"), QStringLiteral("Заметки")},
                                                        {QStringLiteral("scope"), QStringLiteral("personal")},
                                                        {QStringLiteral("authType"), QStringLiteral("API_TOKEN")}});
            QCOMPARE(created.status, 201);
            createdId = created.json()
                            .value(QLatin1String("connector"))
                            .toObject()
                            .value(QLatin1String("connectorId"))
                            .toString();
            const QString victim = server.store().ids().last();
            server.store().setLocked(victim, false);
            server.store().setUsedByAgents(victim, {});
            QCOMPARE(client.send("DELETE", "/connectors/" + victim.toUtf8()).status, 200);
            QCOMPARE(
                client.send("PUT", "/connectors/" + createdId.toUtf8() + "/name", R"({"instanceName":"Notes"})").status,
                200);
            ids = server.store().ids();
        }
        DevServer reloaded(options);
        QString error;
        QVERIFY2(reloaded.start(&error), qPrintable(error));
        QCOMPARE(reloaded.store().ids(), ids);
        QCOMPARE(reloaded.store().instance(createdId).value(QLatin1String("name")).toString(), QStringLiteral("Notes"));
        TestClient client(reloaded.baseUrl());
        QCOMPARE(client.get("/connectors/" + createdId.toUtf8()).status, 200);
    }

    void anEmptyDataFileIsSeeded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.json"));
        writeFile(path, {});
        ServerOptions options;
        options.seedCount = 3;
        options.dataFile = path;
        DevServer server(options);
        QVERIFY(server.start());
        QCOMPARE(server.store().count(), 3);
        QVERIFY(readFile(path).contains("\"instances\""));
    }

    void aCorruptDataFileStopsTheStart_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not JSON") << QByteArray("{\"format\": ") << QStringLiteral("not valid JSON");
        QTest::newRow("JSON of something else")
            << QByteArray(R"({"hello": "world"})") << QStringLiteral("not a connector-dev-server data file");
        QTest::newRow("an instance with an unsafe id") << QByteArray(
            R"({"format":"connector-dev-server","version":1,"instances":[{"id":"../x","type":"Drive","name":"n","scope":"team"}]})")
                                                       << QStringLiteral("instance #1 is invalid");
        QTest::newRow("an instance with an unknown scope") << QByteArray(
            R"({"format":"connector-dev-server","version":1,"instances":[{"id":"a","type":"Drive","name":"n","scope":"org"}]})")
                                                           << QStringLiteral("instance #1 is invalid");
    }

    void aCorruptDataFileStopsTheStart()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        writeFile(path, content);
        ServerOptions options;
        options.dataFile = path;
        DevServer server(options);
        QString error;
        QVERIFY(!server.start(&error));
        QVERIFY(!server.isListening());
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.contains(path), qPrintable(error));
        server.store().addInstance({});
        QCOMPARE(readFile(path), content); // never overwritten
    }

    void listeningBeyondLoopbackNeedsAToken()
    {
        ServerOptions options;
        options.address = QHostAddress::AnyIPv4;
        DevServer open(options);
        QString error;
        QVERIFY(!open.start(&error));
        QVERIFY2(error.contains(QLatin1String("without a token")), qPrintable(error));

        options.token = QStringLiteral("t0ken");
        DevServer guarded(options);
        QVERIFY2(guarded.start(&error), qPrintable(error));
        QCOMPARE(guarded.baseUrl().host(), QStringLiteral("127.0.0.1"));
    }

    void aPortInUseIsReported()
    {
        DevServer first;
        QVERIFY(first.start());
        ServerOptions options;
        options.port = first.port();
        DevServer second(options);
        QString error;
        QVERIFY(!second.start(&error));
        QVERIFY2(error.contains(QLatin1String("cannot listen")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestConnectorStore)
#include "tst_devserverstore.moc"
