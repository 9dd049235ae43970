// connectorctl get, in-process over real HTTP: the whole instance, in JSON and as a table.
#include "ctltest.h"

#include <QTest>

using devserver::Dialect;
using namespace ctltest;

class TestCtlGet : public CtlTestCase
{
    Q_OBJECT

private slots:
    void getPrintsTheWholeInstance_data();
    void getPrintsTheWholeInstance();
};

void TestCtlGet::getPrintsTheWholeInstance_data()
{
    dialectRows("from the real server's dialect", "from the published dialect");
}

void TestCtlGet::getPrintsTheWholeInstance()
{
    QFETCH(Dialect, dialect);
    TestServer ts(dialect, 20);
    const devserver::ConnectorRecord* record = someTeamInstance(ts.server);
    QVERIFY(record);
    const CtlRun r = runCtl(ts, {"--output", "json", "get", record->id});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject c = r.json().value(QLatin1String("connector")).toObject();
    QCOMPARE(c.value(QLatin1String("connectorId")).toString(), record->id);
    QCOMPARE(c.value(QLatin1String("instanceName")).toString(), record->name);
    QCOMPARE(c.value(QLatin1String("connectorType")).toString(), record->type);
    QCOMPARE(c.value(QLatin1String("authType")).toString(), record->authType);
    QCOMPARE(c.value(QLatin1String("agentEnabled")).toBool(), record->isAgentActive);
    QCOMPARE(c.value(QLatin1String("updatedAt")).toString(), isoOf(record->updatedAt));

    const CtlRun table = runCtl(ts, {"get", record->id});
    QVERIFY2(table.exitCode == 0, qPrintable(table.describe()));
    QVERIFY(table.outText().contains(record->name));
    QVERIFY(table.outText().contains(QLatin1String("Name:")));
}

QTEST_GUILESS_MAIN(TestCtlGet)
#include "tst_ctlget.moc"
