// connectorctl rename, in-process over real HTTP: the whole instance printed, whatever the server answers.
#include "ctltest.h"

#include "devserver/connectorstore.h"

#include <QTest>

using devserver::Dialect;
using namespace ctltest;

class TestCtlRename : public CtlTestCase
{
    Q_OBJECT

private slots:
    void renamePrintsTheWholeInstance_data();
    void renamePrintsTheWholeInstance();
};

void TestCtlRename::renamePrintsTheWholeInstance_data()
{
    dialectRows("the real server's minimal answer is merged", "the published answer is printed whole");
}

void TestCtlRename::renamePrintsTheWholeInstance()
{
    QFETCH(Dialect, dialect);
    TestServer ts(dialect, 20);
    const devserver::ConnectorRecord* record = someTeamInstance(ts.server);
    QVERIFY(record);
    const QString id = record->id;
    const QString type = record->type;
    const QString createdAt = isoOf(record->createdAt);
    const CtlRun r = runCtl(ts, {"--output", "json", "rename", id, "  Renamed, with \"quotes\"  "});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject c = r.json().value(QLatin1String("connector")).toObject();
    QCOMPARE(c.value(QLatin1String("connectorId")).toString(), id);
    QCOMPARE(c.value(QLatin1String("instanceName")).toString(), QStringLiteral("Renamed, with \"quotes\""));
    QCOMPARE(c.value(QLatin1String("connectorType")).toString(), type);
    QCOMPARE(c.value(QLatin1String("createdAt")).toString(), createdAt);
    QCOMPARE(c.value(QLatin1String("scope")).toString(), QStringLiteral("team"));
    QCOMPARE(ts.server.store().instance(id).value(QLatin1String("name")).toString(),
             QStringLiteral("Renamed, with \"quotes\""));
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/") + id + QStringLiteral("/name"), "PUT"), 1);
}

QTEST_GUILESS_MAIN(TestCtlRename)
#include "tst_ctlrename.moc"
