// connectorctl create without --auth-type: a connector type with one auth type uses it; a type with
// several is refused before anything is sent, naming them. In-process (ConnectorCtl against buffers),
// over real HTTP to a dev server on 127.0.0.1, both dialects.
#include "ctltest.h"

#include <QTest>

using devserver::Dialect;
using namespace ctltest;

namespace {

CtlRun create(TestServer& ts, const QStringList& options)
{
    return runCtl(ts,
                  QStringList{QStringLiteral("--output"),
                              QStringLiteral("json"),
                              QStringLiteral("create"),
                              QStringLiteral("--scope"),
                              QStringLiteral("personal")}
                      + options);
}

} // namespace

class TestCtlAuthType : public CtlTestCase
{
    Q_OBJECT

private slots:
    void aTypeWithOneAuthTypeUsesIt_data();
    void aTypeWithOneAuthTypeUsesIt();
    void aTypeWithSeveralIsRefusedBeforeSending_data();
    void aTypeWithSeveralIsRefusedBeforeSending();
    void theChosenAuthTypeIsSent_data();
    void theChosenAuthTypeIsSent();
};

void TestCtlAuthType::aTypeWithOneAuthTypeUsesIt_data()
{
    dialectRows("pipeshub", "published");
}

void TestCtlAuthType::aTypeWithOneAuthTypeUsesIt()
{
    QFETCH(Dialect, dialect);
    TestServer ts(dialect, 5);
    const CtlRun r = create(
        ts,
        {QStringLiteral("--type"), QStringLiteral("Box"), QStringLiteral("--name"), QStringLiteral("Box of the test")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.outText().contains(QLatin1String("\"authType\": \"OAUTH\"")), qPrintable(r.describe()));
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors"), "POST"), 1);
}

void TestCtlAuthType::aTypeWithSeveralIsRefusedBeforeSending_data()
{
    QTest::addColumn<QStringList>("authOption");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none given") << QStringList{} << QStringLiteral("several auth types (OAUTH, API_TOKEN)");
    QTest::newRow("one it does not support")
        << QStringList{QStringLiteral("--auth-type"), QStringLiteral("username_password")}
        << QStringLiteral("does not support the auth type USERNAME_PASSWORD; it supports OAUTH, API_TOKEN");
}

void TestCtlAuthType::aTypeWithSeveralIsRefusedBeforeSending()
{
    QFETCH(QStringList, authOption);
    QFETCH(QString, expected);
    TestServer ts(Dialect::PipesHub, 5);
    const CtlRun r = create(
        ts,
        QStringList{
            QStringLiteral("--type"), QStringLiteral("notion"), QStringLiteral("--name"), QStringLiteral("Wiki")}
            + authOption);
    QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    QVERIFY2(r.errText().contains(expected), qPrintable(r.describe()));
    QVERIFY2(r.errText().contains(QLatin1String("Notion")), qPrintable(r.describe()));
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors"), "POST"), 0);
}

void TestCtlAuthType::theChosenAuthTypeIsSent_data()
{
    aTypeWithOneAuthTypeUsesIt_data();
}

void TestCtlAuthType::theChosenAuthTypeIsSent()
{
    QFETCH(Dialect, dialect);
    TestServer ts(dialect, 5);
    const CtlRun r = create(ts,
                            {QStringLiteral("--type"),
                             QStringLiteral("Notion"),
                             QStringLiteral("--name"),
                             QStringLiteral("Wiki"),
                             QStringLiteral("--auth-type"),
                             QStringLiteral("api_token")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.outText().contains(QLatin1String("\"authType\": \"API_TOKEN\"")), qPrintable(r.describe()));
}

QTEST_GUILESS_MAIN(TestCtlAuthType)
#include "tst_ctlauthtype.moc"
