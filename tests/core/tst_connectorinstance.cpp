// Mapping of both server dialects (docs/API.md) into the value types, and back to the published names.
#include "core/model/connectorinstance.h"
#include "core/model/connectortype.h"
#include "core/net/apierror.h"
#include "core/wire/pagination.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

QJsonObject sample(const char* name)
{
    QFile file(QStringLiteral(CONNECTOR_SAMPLES_DIR "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing sample %s", name);
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestConnectorInstance : public QObject
{
    Q_OBJECT

private slots:
    void readsBothDialects_data();
    void readsBothDialects();
    void keepsUnknownFieldsForTheDetailsPane();
    void toleratesWrongTypes_data();
    void toleratesWrongTypes();
    void writesPublishedNamesWithIsoTimestamps();
    void mergeOfMinimalRenameAnswerKeepsEverythingElse();
    void mergeOfPublishedNameOverRealNameWins();
    void lockReasonSaysWhatHoldsIt();
    void paginationOfBothDialects_data();
    void paginationOfBothDialects();
    void decodesRealListAndNestedConfiguredAnswers();
    void rejectsAnswersWithoutAList_data();
    void rejectsAnswersWithoutAList();
    void countsRowsWithoutIdInsteadOfHidingThem();
    void registryTypesOfBothDialects();
};

void TestConnectorInstance::readsBothDialects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addRow("the published document's names")
        << QByteArray(R"({"connectorId":"c1","connectorType":"google-drive","instanceName":"Drive","scope":"team",
            "authType":"OAUTH","createdBy":"u1","isActive":true,"isConfigured":true,"isAuthenticated":false,
            "agentEnabled":true,"createdAt":"2024-11-30T20:33:19.915Z","updatedAt":"2024-11-30T21:32:49.012Z"})");
    QTest::addRow("the real server's names")
        << QByteArray(R"({"_key":"c1","type":"google-drive","name":"Drive","scope":"team","authType":"OAUTH",
            "createdBy":"u1","isActive":true,"isConfigured":true,"isAuthenticated":false,"isAgentActive":true,
            "createdAtTimestamp":1732998799915,"updatedAtTimestamp":1733002369012})");
    QTest::addRow("booleans and timestamps sent as strings")
        << QByteArray(R"({"_key":"c1","type":"google-drive","name":"Drive","scope":"team","authType":"OAUTH",
            "createdBy":"u1","isActive":"true","isConfigured":1,"isAuthenticated":"false","isAgentActive":"TRUE",
            "createdAtTimestamp":"1732998799915","updatedAtTimestamp":"2024-11-30T21:32:49.012Z"})");
}

void TestConnectorInstance::readsBothDialects()
{
    QFETCH(QByteArray, json);
    const ConnectorInstance c = ConnectorInstance::fromJson(QJsonDocument::fromJson(json).object());
    QCOMPARE(c.id, QStringLiteral("c1"));
    QCOMPARE(c.connectorType, QStringLiteral("google-drive"));
    QCOMPARE(c.name, QStringLiteral("Drive"));
    QCOMPARE(c.scope.text(), QStringLiteral("team"));
    QCOMPARE(c.authType, QStringLiteral("OAUTH"));
    QCOMPARE(c.createdBy, QStringLiteral("u1"));
    QVERIFY(c.isActive);
    QVERIFY(c.isConfigured);
    QVERIFY(!c.isAuthenticated);
    QVERIFY(c.agentEnabled);
    QCOMPARE(c.createdAt, QDateTime::fromMSecsSinceEpoch(1732998799915, Qt::UTC));
    QCOMPARE(c.updatedAt, QDateTime::fromMSecsSinceEpoch(1733002369012, Qt::UTC));
    QVERIFY(c.extra.isEmpty());
}

void TestConnectorInstance::keepsUnknownFieldsForTheDetailsPane()
{
    const QJsonObject real = sample("real-get.json").value(QLatin1String("connector")).toObject();
    const ConnectorInstance c = ConnectorInstance::fromJson(real);
    QCOMPARE(c.id, QStringLiteral("70849623-8775-528c-82c8-640a89b497eb"));
    QCOMPARE(c.connectorType, QStringLiteral("Confluence"));
    QCOMPARE(c.appGroup, QStringLiteral("Atlassian"));
    QVERIFY(c.extra.value(QLatin1String("config")).isObject());
    QCOMPARE(c.extra.value(QLatin1String("supportedAuthTypes")).toArray().size(), 2);
    QCOMPARE(c.extra.value(QLatin1String("appDescription")).toString(),
             QStringLiteral("Sync pages, blog posts and attachments from Confluence Cloud spaces"));
    QVERIFY(!c.extra.contains(QLatin1String("_key")));
    QVERIFY(!c.extra.contains(QLatin1String("name")));
}

void TestConnectorInstance::toleratesWrongTypes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    QTest::addRow("every field null") << QByteArray(
        R"({"_key":null,"name":null,"type":null,"isActive":null,"createdAtTimestamp":null,"status":null})")
                                      << false;
    QTest::addRow("objects where strings belong")
        << QByteArray(R"({"_key":"x","name":{"a":1},"type":[1,2],"scope":{},"isActive":{}})") << true;
    QTest::addRow("a numeric id") << QByteArray(R"({"_key":12345,"name":"n"})") << true;
    QTest::addRow("a fractional id is no id") << QByteArray(R"({"_key":1.5,"name":"n"})") << false;
    QTest::addRow("absurd timestamps") << QByteArray(
        R"({"_key":"x","createdAtTimestamp":1e300,"updatedAtTimestamp":-5,"createdAt":"yesterday"})")
                                       << true;
    QTest::addRow("booleans as words nobody uses")
        << QByteArray(R"({"_key":"x","isActive":"yes","isLocked":2})") << true;
}

void TestConnectorInstance::toleratesWrongTypes()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    const ConnectorInstance c = ConnectorInstance::fromJson(QJsonDocument::fromJson(json).object());
    QCOMPARE(c.isValid(), valid);
    QVERIFY(!c.createdAt.isValid() || c.createdAt.date().year() < 10000);
    QVERIFY(!c.isActive);
    QVERIFY(!c.isLocked);
    QVERIFY(c.name.isEmpty() || c.name == QLatin1String("n"));
}

void TestConnectorInstance::writesPublishedNamesWithIsoTimestamps()
{
    const ConnectorInstance c = ConnectorInstance::fromJson(
        sample("real-list.json").value(QLatin1String("connectors")).toArray().at(0).toObject());
    const QJsonObject o = c.toJson();
    QCOMPARE(o.value(QLatin1String("connectorId")).toString(), QStringLiteral("70849623-8775-528c-82c8-640a89b497eb"));
    QCOMPARE(o.value(QLatin1String("instanceName")).toString(), QStringLiteral("Engineering Confluence"));
    QCOMPARE(o.value(QLatin1String("connectorType")).toString(), QStringLiteral("Confluence"));
    QCOMPARE(o.value(QLatin1String("agentEnabled")).toBool(), true);
    QCOMPARE(o.value(QLatin1String("createdAt")).toString(), QStringLiteral("2024-11-30T20:53:19.915Z"));
    QVERIFY(!o.contains(QLatin1String("_key")));
    QVERIFY(!o.contains(QLatin1String("createdAtTimestamp")));
    // And it reads back to the same instance.
    QCOMPARE(ConnectorInstance::fromJson(o), c);
}

void TestConnectorInstance::mergeOfMinimalRenameAnswerKeepsEverythingElse()
{
    ConnectorInstance c
        = ConnectorInstance::fromJson(sample("real-get.json").value(QLatin1String("connector")).toObject());
    const ConnectorInstance before = c;
    c.mergeFrom(sample("real-rename.json").value(QLatin1String("connector")).toObject());
    QCOMPARE(c.name, QStringLiteral("Renamed Wiki"));
    QCOMPARE(c.id, before.id);
    QCOMPARE(c.connectorType, before.connectorType);
    QCOMPARE(c.createdAt, before.createdAt);
    QCOMPARE(c.isActive, before.isActive);
    QCOMPARE(c.extra.value(QLatin1String("config")), before.extra.value(QLatin1String("config")));
}

void TestConnectorInstance::mergeOfPublishedNameOverRealNameWins()
{
    ConnectorInstance c = ConnectorInstance::fromJson(parse(R"({"_key":"a","name":"Old","isAgentActive":true})"));
    c.mergeFrom(parse(R"({"connectorId":"a","instanceName":"New","agentEnabled":false})"));
    QCOMPARE(c.name, QStringLiteral("New"));
    QVERIFY(!c.agentEnabled);
    c.mergeFrom(parse(R"({"name":"Newer"})"));
    QCOMPARE(c.name, QStringLiteral("Newer"));
}

void TestConnectorInstance::lockReasonSaysWhatHoldsIt()
{
    QVERIFY(ConnectorInstance::fromJson(parse(R"({"_key":"a","isLocked":false})")).lockReason().isEmpty());
    QVERIFY(ConnectorInstance::fromJson(parse(R"({"_key":"a","isLocked":true,"status":"SYNCING"})"))
                .lockReason()
                .contains(QLatin1String("SYNCING")));
    const ConnectorInstance deleting = ConnectorInstance::fromJson(parse(R"({"_key":"a","status":"DELETING"})"));
    QVERIFY(deleting.isDeleting());
    QVERIFY(deleting.lockReason().contains(QLatin1String("Deletion")));
}

void TestConnectorInstance::paginationOfBothDialects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("items");
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("limit");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<bool>("hasMore");
    QTest::addColumn<int>("pageCount");
    QTest::addRow("published, more to come") << QByteArray(R"({"page":2,"limit":20,"total":137,"hasMore":true})") << 20
                                             << 2 << 20 << qint64(137) << true << 7;
    QTest::addRow("real server, last page")
        << QByteArray(R"({"page":7,"limit":20,"totalCount":137,"totalPages":7,"hasPrev":true,"hasNext":false,
                         "prevPage":6,"nextPage":null})")
        << 17 << 7 << 20 << qint64(137) << false << 7;
    QTest::addRow("no pagination at all, a full page")
        << QByteArray("null") << 20 << 1 << 20 << qint64(-1) << true << 2;
    QTest::addRow("no pagination at all, a short page") << QByteArray("{}") << 3 << 1 << 20 << qint64(-1) << false << 1;
    QTest::addRow("garbage values fall back to what was asked")
        << QByteArray(R"({"page":"x","limit":-4,"total":-1,"hasMore":"maybe"})") << 20 << 1 << 20 << qint64(-1) << true
        << 2;
    QTest::addRow("a total without hasMore")
        << QByteArray(R"({"page":1,"limit":20,"totalCount":25})") << 20 << 1 << 20 << qint64(25) << true << 2;
}

void TestConnectorInstance::paginationOfBothDialects()
{
    QFETCH(QByteArray, json);
    QFETCH(int, items);
    const QJsonValue value = QJsonDocument::fromJson("[" + json + "]").array().at(0);
    const Pagination p = Pagination::fromJson(value, Pagination{1, 20, -1, false}, items);
    QTEST(p.page, "page");
    QTEST(p.limit, "limit");
    QTEST(p.total, "total");
    QTEST(p.hasMore, "hasMore");
    QTEST(p.pageCount(), "pageCount");
}

void TestConnectorInstance::decodesRealListAndNestedConfiguredAnswers()
{
    ApiError error;
    const auto list = decode::connectorPage(sample("real-list.json"), Pagination{1, 3, -1, false}, &error);
    QVERIFY2(list, qPrintable(error.message));
    QCOMPARE(list->connectors.size(), 3);
    QCOMPARE(list->pagination.total, 9);
    QVERIFY(list->pagination.hasMore);
    QCOMPARE(list->connectors.at(2).status.text(), QStringLiteral("SYNCING"));
    QCOMPARE(list->connectors.at(1).name, QStringLiteral("東京チーム ドライブ"));
    QCOMPARE(list->connectors.at(2).name, QStringLiteral("فريق المبيعات"));

    const auto configured
        = decode::connectorPage(sample("real-configured-nested.json"), Pagination{1, 2, -1, false}, &error);
    QVERIFY2(configured, qPrintable(error.message));
    QCOMPARE(configured->connectors.size(), 2);
    QCOMPARE(configured->pagination.total, 10);
    QCOMPARE(configured->pagination.pageCount(), 5);

    const auto active = decode::connectorPage(sample("real-active.json"), Pagination{}, &error);
    QVERIFY(active);
    QCOMPARE(active->connectors.size(), 3);
}

void TestConnectorInstance::rejectsAnswersWithoutAList_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addRow("connectors is null") << QByteArray(R"({"success":true,"connectors":null})");
    QTest::addRow("connectors is an object without a list") << QByteArray(R"({"success":true,"connectors":{"a":1}})");
    QTest::addRow("connectors is a string") << QByteArray(R"({"success":true,"connectors":"[]"})");
    QTest::addRow("no connectors at all") << QByteArray(R"({"success":true})");
    QTest::addRow("only rows without ids") << QByteArray(R"({"connectors":[{"name":"a"},7,null]})");
}

void TestConnectorInstance::rejectsAnswersWithoutAList()
{
    QFETCH(QByteArray, json);
    ApiError error;
    QVERIFY(!decode::connectorPage(QJsonDocument::fromJson(json).object(), Pagination{}, &error));
    QCOMPARE(error.kind, ApiError::Kind::Malformed);
    QVERIFY(!error.message.isEmpty());
}

void TestConnectorInstance::countsRowsWithoutIdInsteadOfHidingThem()
{
    ApiError error;
    const auto page
        = decode::connectorPage(parse(R"({"connectors":[{"_key":"a"},{"name":"no id"},"junk"]})"), {}, &error);
    QVERIFY(page);
    QCOMPARE(page->connectors.size(), 1);
    QCOMPARE(page->rowsWithoutId, 2);
}

void TestConnectorInstance::registryTypesOfBothDialects()
{
    ApiError error;
    const auto real = decode::typePage(sample("real-registry.json"), Pagination{1, 2, -1, false}, &error);
    QVERIFY(real);
    QCOMPARE(real->types.size(), 2);
    const ConnectorType& confluence = real->types.at(0);
    QCOMPARE(confluence.type, QStringLiteral("Confluence"));
    QCOMPARE(confluence.authTypes, (QStringList{QStringLiteral("OAUTH"), QStringLiteral("API_TOKEN")}));
    QCOMPARE(confluence.scopes, (QStringList{QStringLiteral("personal"), QStringLiteral("team")}));
    QCOMPARE(confluence.categories, QStringList{QStringLiteral("Knowledge Management")});
    QCOMPARE(real->pagination.total, 12);

    const ConnectorType published = ConnectorType::fromJson(parse(
        R"({"connectorType":"google-drive","displayName":"Google Drive","authTypes":["OAUTH_ADMIN_CONSENT"],
            "supportedScopes":["team"],"isBeta":true,"appGroup":"Google Workspace"})"));
    QCOMPARE(published.type, QStringLiteral("google-drive"));
    QCOMPARE(published.displayName, QStringLiteral("Google Drive"));
    QVERIFY(published.isBeta);
    QVERIFY(published.supportsScope(QStringLiteral("team")));
    QVERIFY(!published.supportsScope(QStringLiteral("personal")));
}

QTEST_GUILESS_MAIN(TestConnectorInstance)
#include "tst_connectorinstance.moc"
