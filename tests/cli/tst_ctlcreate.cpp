// connectorctl create, in-process over real HTTP: the request it sends, the instance it prints, and the
// --config file, refused before anything is sent when it is not a usable config.
#include "ctltest.h"

#include "devserver/connectorstore.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using devserver::Dialect;
using namespace ctltest;

class TestCtlCreate : public CtlTestCase
{
    Q_OBJECT

private slots:
    void createSendsTheRequestAndPrintsTheInstance_data();
    void createSendsTheRequestAndPrintsTheInstance();
    void createReadsTheConfigFile_data();
    void createReadsTheConfigFile();
};

void TestCtlCreate::createSendsTheRequestAndPrintsTheInstance_data()
{
    dialectRows("with the real server's dialect", "with the published dialect");
}

void TestCtlCreate::createSendsTheRequestAndPrintsTheInstance()
{
    QFETCH(Dialect, dialect);
    TestServer ts(dialect, 5);
    const CtlRun r = runCtl(ts,
                            {"--output",
                             "json",
                             "create",
                             "--type",
                             "Confluence",
                             "--name",
                             "Docs 東京",
                             "--scope",
                             "personal",
                             "--auth-type",
                             "API_TOKEN",
                             "--base-url",
                             "https://wiki.example.com"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject c = r.json().value(QLatin1String("connector")).toObject();
    const QString id = c.value(QLatin1String("connectorId")).toString();
    QVERIFY(ts.server.store().contains(id));
    QCOMPARE(c.value(QLatin1String("instanceName")).toString(), QStringLiteral("Docs 東京"));
    QCOMPARE(c.value(QLatin1String("connectorType")).toString(), QStringLiteral("Confluence"));
    QCOMPARE(c.value(QLatin1String("scope")).toString(), QStringLiteral("personal"));
    QVERIFY(!c.value(QLatin1String("createdAt")).toString().isEmpty());

    QCOMPARE(ts.countRequests(QStringLiteral("/connectors"), "POST"), 1);
    const QJsonObject body = lastPostBody(ts);
    QCOMPARE(body,
             (QJsonObject{{QStringLiteral("connectorType"), QStringLiteral("Confluence")},
                          {QStringLiteral("instanceName"), QStringLiteral("Docs 東京")},
                          {QStringLiteral("scope"), QStringLiteral("personal")},
                          {QStringLiteral("authType"), QStringLiteral("API_TOKEN")},
                          {QStringLiteral("baseUrl"), QStringLiteral("https://wiki.example.com")}}));
}

void TestCtlCreate::createReadsTheConfigFile_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: no file at all
    QTest::addColumn<int>("expectedCode");
    QTest::addColumn<QString>("expectedError");
    const QByteArray good = R"({"auth": {"values": {"apiToken": "x"}},
        "sync": {"selectedStrategy": "SCHEDULED", "scheduledConfig": {"intervalMinutes": 60, "timezone": "UTC"}}})";
    QTest::newRow("a valid config is sent as the request's config") << good << 0 << QString();
    QTest::newRow("a missing file is a usage error") << QByteArray() << 2 << QStringLiteral("Cannot read");
    QTest::newRow("a file that is not JSON is a usage error")
        << QByteArray("{auth: nope") << 2 << QStringLiteral("not valid JSON");
    QTest::newRow("a JSON array is a usage error") << QByteArray("[1, 2]") << 2 << QStringLiteral("JSON object");
    QTest::newRow("an invalid cron expression is a usage error")
        << QByteArray(R"({"sync": {"scheduledConfig": {"cronExpression": "every day"}}})") << 2
        << QStringLiteral("cron");
}

void TestCtlCreate::createReadsTheConfigFile()
{
    QFETCH(QByteArray, content);
    QFETCH(int, expectedCode);
    QFETCH(QString, expectedError);
    TestServer ts(Dialect::PipesHub, 5);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config.json"));
    if (!content.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const CtlRun r = runCtl(ts,
                            {"create",
                             "--type",
                             "Confluence",
                             "--name",
                             "Configured wiki",
                             "--scope",
                             "team",
                             "--auth-type",
                             "API_TOKEN",
                             "--config",
                             path});
    QVERIFY2(r.exitCode == expectedCode, qPrintable(r.describe()));
    if (expectedCode != 0) {
        QVERIFY2(r.errText().startsWith(QLatin1String("connectorctl: ")), qPrintable(r.errText()));
        QVERIFY2(r.errText().contains(expectedError), qPrintable(r.errText()));
        QVERIFY(ts.server.requestLog().isEmpty());
        return;
    }
    const QJsonObject body = lastPostBody(ts);
    QCOMPARE(body.value(QLatin1String("config")).toObject(), QJsonDocument::fromJson(content).object());
}

QTEST_GUILESS_MAIN(TestCtlCreate)
#include "tst_ctlcreate.moc"
