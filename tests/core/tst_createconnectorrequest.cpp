// The create body is checked before sending: a mistake costs no round trip and names its field.
#include "core/model/createconnectorrequest.h"
#include "core/net/serverurl.h"

#include <QJsonDocument>
#include <QTest>

class TestCreateConnectorRequest : public QObject
{
    Q_OBJECT

private slots:
    void validatesEveryField_data();
    void validatesEveryField();
    void writesOnlyWhatWasGiven();
    void serverUrlsGetTheApiPath_data();
    void serverUrlsGetTheApiPath();
};

void TestCreateConnectorRequest::validatesEveryField_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("authType");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("problem"); // a word the message must contain; empty: valid

    const QString t = QStringLiteral("Confluence");
    const QString team = QStringLiteral("team");
    QTest::addRow("a minimal valid request")
        << t << QStringLiteral("Wiki") << team << QString() << QString() << QByteArray() << QString();
    QTest::addRow("the SDK's full example")
        << t << QStringLiteral("My Confluence") << QStringLiteral("personal") << QStringLiteral("API_TOKEN")
        << QStringLiteral("https://confluence.mycompany.com")
        << QByteArray(R"({"auth":{"values":{"apiKey":"k"},"oauthConfigId":"oauth_config_123"},
                         "sync":{"selectedStrategy":"SCHEDULED","scheduledConfig":{"cronExpression":"0 */6 * * *",
                         "timezone":"America/New_York","intervalMinutes":60},
                         "webhookConfig":{"events":["file.created","file.deleted"]}},
                         "filters":{"sync":{"values":{"folders":["a"]}},"indexing":{"values":{}}}})")
        << QString();
    QTest::addRow("no type") << QString() << QStringLiteral("Wiki") << team << QString() << QString() << QByteArray()
                             << QStringLiteral("type");
    QTest::addRow("blank name") << t << QStringLiteral("   ") << team << QString() << QString() << QByteArray()
                                << QStringLiteral("empty");
    QTest::addRow("101 characters") << t << QString(101, QLatin1Char('n')) << team << QString() << QString()
                                    << QByteArray() << QStringLiteral("100");
    QTest::addRow("100 characters after trimming is fine")
        << t << QStringLiteral("  ") + QString(100, QLatin1Char('n')) + QStringLiteral("  ") << team << QString()
        << QString() << QByteArray() << QString();
    QTest::addRow("100 emoji are 100 characters")
        << t << QString(100, QChar()).fill(QChar(0x2B50)).replace(QChar(0x2B50), QStringLiteral("\U0001F600")) << team
        << QString() << QString() << QByteArray() << QString();
    QTest::addRow("a control character") << t << QStringLiteral("a\tb") << team << QString() << QString()
                                         << QByteArray() << QStringLiteral("control");
    QTest::addRow("unknown scope") << t << QStringLiteral("Wiki") << QStringLiteral("org") << QString() << QString()
                                   << QByteArray() << QStringLiteral("scope");
    QTest::addRow("unknown auth type") << t << QStringLiteral("Wiki") << team << QStringLiteral("MAGIC") << QString()
                                       << QByteArray() << QStringLiteral("MAGIC");
    QTest::addRow("base URL without scheme")
        << t << QStringLiteral("Wiki") << team << QString() << QStringLiteral("confluence.local") << QByteArray()
        << QStringLiteral("base URL");
    QTest::addRow("interval under five minutes")
        << t << QStringLiteral("Wiki") << team << QString() << QString()
        << QByteArray(R"({"sync":{"scheduledConfig":{"intervalMinutes":2}}})") << QStringLiteral("interval");
    QTest::addRow("cron with four fields")
        << t << QStringLiteral("Wiki") << team << QString() << QString()
        << QByteArray(R"({"sync":{"scheduledConfig":{"cronExpression":"0 * * *"}}})") << QStringLiteral("five fields");
    QTest::addRow("cron hour 24") << t << QStringLiteral("Wiki") << team << QString() << QString()
                                  << QByteArray(R"({"sync":{"scheduledConfig":{"cronExpression":"0 24 * * *"}}})")
                                  << QStringLiteral("hour");
    QTest::addRow("unknown time zone") << t << QStringLiteral("Wiki") << team << QString() << QString()
                                       << QByteArray(R"({"sync":{"scheduledConfig":{"timezone":"Mars/Olympus"}}})")
                                       << QStringLiteral("Mars/Olympus");
    QTest::addRow("unknown strategy") << t << QStringLiteral("Wiki") << team << QString() << QString()
                                      << QByteArray(R"({"sync":{"selectedStrategy":"HOURLY"}})")
                                      << QStringLiteral("selectedStrategy");
    QTest::addRow("events not a list") << t << QStringLiteral("Wiki") << team << QString() << QString()
                                       << QByteArray(R"({"sync":{"webhookConfig":{"events":"file.created"}}})")
                                       << QStringLiteral("events");
    QTest::addRow("filters values not an object")
        << t << QStringLiteral("Wiki") << team << QString() << QString()
        << QByteArray(R"({"filters":{"sync":{"values":[1]}}})") << QStringLiteral("values");
    QTest::addRow("auth not an object") << t << QStringLiteral("Wiki") << team << QString() << QString()
                                        << QByteArray(R"({"auth":"token"})") << QStringLiteral("auth");
}

void TestCreateConnectorRequest::validatesEveryField()
{
    QFETCH(QString, type);
    QFETCH(QString, name);
    QFETCH(QString, scope);
    QFETCH(QString, authType);
    QFETCH(QString, baseUrl);
    QFETCH(QByteArray, config);
    QFETCH(QString, problem);
    CreateConnectorRequest r{type, name, scope, authType, baseUrl, QJsonDocument::fromJson(config).object()};
    const QString message = r.validate();
    if (problem.isEmpty())
        QVERIFY2(message.isEmpty(), qPrintable(message));
    else
        QVERIFY2(message.contains(problem, Qt::CaseInsensitive), qPrintable(message));
}

void TestCreateConnectorRequest::writesOnlyWhatWasGiven()
{
    CreateConnectorRequest r{QStringLiteral("Jira"), QStringLiteral("  Ops Jira "), QStringLiteral("team"), {}, {}, {}};
    QCOMPARE(r.toJson(),
             (QJsonObject{{QLatin1String("connectorType"), QStringLiteral("Jira")},
                          {QLatin1String("instanceName"), QStringLiteral("Ops Jira")},
                          {QLatin1String("scope"), QStringLiteral("team")}}));
    r.authType = QStringLiteral("OAUTH");
    r.baseUrl = QStringLiteral("https://jira.example.com");
    r.config = QJsonObject{{QLatin1String("auth"), QJsonObject{}}};
    const QJsonObject full = r.toJson();
    QCOMPARE(full.value(QLatin1String("authType")).toString(), QStringLiteral("OAUTH"));
    QCOMPARE(full.value(QLatin1String("baseUrl")).toString(), QStringLiteral("https://jira.example.com"));
    QVERIFY(full.value(QLatin1String("config")).isObject());
}

void TestCreateConnectorRequest::serverUrlsGetTheApiPath_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: rejected
    QTest::addRow("bare host") << QStringLiteral("https://pipeshub.example.com")
                               << QStringLiteral("https://pipeshub.example.com/api/v1");
    QTest::addRow("bare host with slash")
        << QStringLiteral("https://pipeshub.example.com/") << QStringLiteral("https://pipeshub.example.com/api/v1");
    QTest::addRow("explicit path kept") << QStringLiteral("http://127.0.0.1:8088/api/v1/")
                                        << QStringLiteral("http://127.0.0.1:8088/api/v1");
    QTest::addRow("proxy prefix kept") << QStringLiteral("https://corp.example.com/pipeshub/api/v1")
                                       << QStringLiteral("https://corp.example.com/pipeshub/api/v1");
    QTest::addRow("upper-case scheme") << QStringLiteral("HTTPS://host") << QStringLiteral("https://host/api/v1");
    QTest::addRow("no scheme") << QStringLiteral("pipeshub.example.com") << QString();
    QTest::addRow("ftp") << QStringLiteral("ftp://host") << QString();
    QTest::addRow("credentials in the URL") << QStringLiteral("https://user:pw@host") << QString();
    QTest::addRow("a query") << QStringLiteral("https://host/?token=1") << QString();
    QTest::addRow("empty") << QString() << QString();
}

void TestCreateConnectorRequest::serverUrlsGetTheApiPath()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QString error;
    const auto url = serverurl::normalize(input, &error);
    if (expected.isEmpty()) {
        QVERIFY(!url);
        QVERIFY(!error.isEmpty());
    } else {
        QVERIFY2(url, qPrintable(error));
        QCOMPARE(url->toString(), expected);
    }
}

QTEST_GUILESS_MAIN(TestCreateConnectorRequest)
#include "tst_createconnectorrequest.moc"
