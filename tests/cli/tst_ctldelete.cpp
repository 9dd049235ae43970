// connectorctl delete, in-process over real HTTP: what the server said, deleted at once or in the background.
#include "ctltest.h"

#include <QTest>

using devserver::Dialect;
using namespace ctltest;

class TestCtlDelete : public CtlTestCase
{
    Q_OBJECT

private slots:
    void deleteSaysWhatTheServerSaid_data();
    void deleteSaysWhatTheServerSaid();
};

void TestCtlDelete::deleteSaysWhatTheServerSaid_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("status");
    QTest::newRow("the real server deletes in the background") << Dialect::PipesHub << QStringLiteral("DELETING");
    QTest::newRow("the published server deletes at once") << Dialect::Published << QString();
}

void TestCtlDelete::deleteSaysWhatTheServerSaid()
{
    QFETCH(Dialect, dialect);
    QFETCH(QString, status);
    TestServer ts(dialect, 20);
    const devserver::ConnectorRecord* record = someTeamInstance(ts.server);
    QVERIFY(record);
    const QString id = record->id;
    const CtlRun r = runCtl(ts, {"--output", "json", "delete", id, "--yes"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject answer = r.json();
    QCOMPARE(answer.value(QLatin1String("deleted")).toString(), id);
    QVERIFY(!answer.value(QLatin1String("message")).toString().isEmpty());
    QCOMPARE(answer.value(QLatin1String("status")).toString(), status);
    QCOMPARE(answer.contains(QLatin1String("status")), !status.isEmpty());
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/") + id, "DELETE"), 1);

    const CtlRun table = runCtl(ts, {"delete", someTeamInstance(ts.server)->id, "--yes"});
    QVERIFY2(table.exitCode == 0, qPrintable(table.describe()));
    QVERIFY(table.outText().contains(status.isEmpty() ? QLatin1String("Deleted") : QLatin1String("background")));
}

QTEST_GUILESS_MAIN(TestCtlDelete)
#include "tst_ctldelete.moc"
