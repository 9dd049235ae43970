// The create form's initial configuration turned into the `config` object of a new instance: only
// what was set is sent, in the shape of docs/API.md, and every mistake is refused with a message that
// names the field.
#include "core/model/initialconfig.h"

#include <QJsonDocument>
#include <QTest>

Q_DECLARE_METATYPE(InitialConfig)

namespace {

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

InitialConfig scheduled(InitialConfig::Schedule schedule)
{
    InitialConfig c;
    c.strategy = QStringLiteral("SCHEDULED");
    c.schedule = schedule;
    return c;
}

} // namespace

class TestInitialConfig : public QObject
{
    Q_OBJECT

private slots:
    void toJson_data();
    void toJson();
    void refused_data();
    void refused();
    void splitEvents_data();
    void splitEvents();
    void parseObject();
};

void TestInitialConfig::toJson_data()
{
    QTest::addColumn<InitialConfig>("config");
    QTest::addColumn<QByteArray>("expected"); // compact JSON, keys sorted as QJsonObject sorts them

    QTest::addRow("nothing set: nothing sent") << InitialConfig() << QByteArray("{}");

    InitialConfig auth;
    auth.authValues = {{QStringLiteral(" apiKey "), QStringLiteral("k-1")},
                       {QString(), QString()},
                       {QStringLiteral("domain"), QStringLiteral(" spaced ")}};
    auth.oauthConfigId = QStringLiteral("  oc-7 ");
    QTest::addRow("auth: keys trimmed, values as typed, empty rows ignored")
        << auth << QByteArray(R"({"auth":{"oauthConfigId":"oc-7","values":{"apiKey":"k-1","domain":" spaced "}}})");

    InitialConfig manual;
    manual.strategy = QStringLiteral("MANUAL");
    manual.cronExpression = QStringLiteral("not even cron"); // only read for SCHEDULED
    manual.webhookEvents = QStringLiteral("push"); // only read for WEBHOOK
    QTest::addRow("manual sends the strategy alone")
        << manual << QByteArray(R"({"sync":{"selectedStrategy":"MANUAL"}})");

    InitialConfig interval = scheduled(InitialConfig::Schedule::Interval);
    interval.intervalMinutes = 5;
    interval.timezone = QStringLiteral("Europe/Berlin");
    QTest::addRow("scheduled by interval")
        << interval
        << QByteArray(R"({"sync":{"scheduledConfig":{"intervalMinutes":5,"timezone":"Europe/Berlin"},)"
                      R"("selectedStrategy":"SCHEDULED"}})");

    InitialConfig cron = scheduled(InitialConfig::Schedule::Cron);
    cron.cronExpression = QStringLiteral("  0   */6 * * 1-5 ");
    QTest::addRow("scheduled by cron, spaces simplified")
        << cron
        << QByteArray(R"({"sync":{"scheduledConfig":{"cronExpression":"0 */6 * * 1-5","timezone":"UTC"},)"
                      R"("selectedStrategy":"SCHEDULED"}})");

    InitialConfig webhook;
    webhook.strategy = QStringLiteral("WEBHOOK");
    webhook.webhookEvents = QStringLiteral(" push, merge ,push,, ");
    QTest::addRow("webhook events split, each once")
        << webhook
        << QByteArray(R"({"sync":{"selectedStrategy":"WEBHOOK","webhookConfig":{"events":["push","merge"]}}})");

    InitialConfig webhookBare;
    webhookBare.strategy = QStringLiteral("WEBHOOK");
    QTest::addRow("webhook without events") << webhookBare << QByteArray(R"({"sync":{"selectedStrategy":"WEBHOOK"}})");

    InitialConfig filters;
    filters.syncFilters = QStringLiteral(R"({"fileTypes": ["pdf"]})");
    filters.indexingFilters = QStringLiteral("  ");
    QTest::addRow("sync filters only") << filters
                                       << QByteArray(R"({"filters":{"sync":{"values":{"fileTypes":["pdf"]}}}})");

    InitialConfig emptyObjects;
    emptyObjects.syncFilters = QStringLiteral("{}");
    emptyObjects.indexingFilters = QStringLiteral("{ }");
    QTest::addRow("empty filter objects are not sent") << emptyObjects << QByteArray("{}");
}

void TestInitialConfig::toJson()
{
    QFETCH(InitialConfig, config);
    QFETCH(QByteArray, expected);
    QString error;
    const auto json = config.toJson(&error);
    QVERIFY2(json, qPrintable(error));
    QCOMPARE(compact(*json), expected);
    QVERIFY(error.isEmpty());
}

void TestInitialConfig::refused_data()
{
    QTest::addColumn<InitialConfig>("config");
    QTest::addColumn<QString>("reason"); // a part of the message

    InitialConfig noKey;
    noKey.authValues = {{QStringLiteral("  "), QStringLiteral("secret")}};
    QTest::addRow("a value without a key") << noKey << "has no key";

    InitialConfig twice;
    twice.authValues
        = {{QStringLiteral("apiKey"), QStringLiteral("a")}, {QStringLiteral(" apiKey"), QStringLiteral("b")}};
    QTest::addRow("a key twice") << twice << "\"apiKey\" is given twice";

    InitialConfig unknown;
    unknown.strategy = QStringLiteral("HOURLY");
    QTest::addRow("unknown strategy") << unknown << "Unknown sync strategy \"HOURLY\"";

    InitialConfig tooOften = scheduled(InitialConfig::Schedule::Interval);
    tooOften.intervalMinutes = 4;
    QTest::addRow("interval under 5 minutes") << tooOften << "at least 5 minutes (it is 4)";

    InitialConfig badCron = scheduled(InitialConfig::Schedule::Cron);
    badCron.cronExpression = QStringLiteral("0 */6 * *");
    QTest::addRow("cron of four fields") << badCron << "five fields";

    InitialConfig cronRange = scheduled(InitialConfig::Schedule::Cron);
    cronRange.cronExpression = QStringLiteral("61 * * * *");
    QTest::addRow("cron minute out of range") << cronRange << "61";

    InitialConfig zone = scheduled(InitialConfig::Schedule::Interval);
    zone.timezone = QStringLiteral("Mars/Olympus");
    QTest::addRow("unknown time zone") << zone << "\"Mars/Olympus\" is not a known time zone";

    InitialConfig noZone = scheduled(InitialConfig::Schedule::Interval);
    noZone.timezone = QStringLiteral(" ");
    QTest::addRow("no time zone") << noZone << "is not a known time zone";

    InitialConfig badJson;
    badJson.syncFilters = QStringLiteral(R"({"fileTypes": [pdf]})");
    QTest::addRow("sync filters not JSON") << badJson << "The sync filters are not valid JSON";

    InitialConfig array;
    array.indexingFilters = QStringLiteral(R"(["pdf"])");
    QTest::addRow("indexing filters an array") << array << "The indexing filters must be a JSON object";
}

void TestInitialConfig::refused()
{
    QFETCH(InitialConfig, config);
    QFETCH(QString, reason);
    QString error;
    const auto json = config.toJson(&error);
    QVERIFY2(!json, json ? compact(*json).constData() : "");
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY(!config.toJson(nullptr)); // without a place for the message, refused all the same
}

void TestInitialConfig::splitEvents_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("events");
    QTest::addRow("empty") << "" << QStringList();
    QTest::addRow("commas only") << " , ,," << QStringList();
    QTest::addRow("one") << "push" << QStringList{"push"};
    QTest::addRow("trimmed, in order, each once") << "b, a ,b,c" << QStringList{"b", "a", "c"};
    QTest::addRow("case matters") << "Push,push" << QStringList{"Push", "push"};
}

void TestInitialConfig::splitEvents()
{
    QFETCH(QString, text);
    QFETCH(QStringList, events);
    QCOMPARE(InitialConfig::splitEvents(text), events);
}

void TestInitialConfig::parseObject()
{
    QString error;
    QCOMPARE(InitialConfig::parseObject(QStringLiteral(" \n "), QStringLiteral("X"), &error), QJsonObject());
    const auto ok = InitialConfig::parseObject(QStringLiteral(R"({"a": 1})"), QStringLiteral("X"), &error);
    QVERIFY(ok);
    QCOMPARE(ok->value(QLatin1String("a")).toInt(), 1);
    QVERIFY(error.isEmpty());
    // The position counts characters, not bytes: "ä" is two bytes in UTF-8 and one character.
    QVERIFY(!InitialConfig::parseObject(QStringLiteral(R"({"ä": x})"), QStringLiteral("X"), &error));
    QVERIFY2(error.startsWith(QLatin1String("X are not valid JSON")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("at character 7")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestInitialConfig)
#include "tst_initialconfig.moc"
