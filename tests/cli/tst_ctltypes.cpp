// connectorctl types, in-process over real HTTP: the connector registry, in JSON and searched as a table.
#include "ctltest.h"

#include "devserver/connectorstore.h"

#include <QJsonArray>
#include <QTest>

using devserver::Dialect;
using namespace ctltest;

class TestCtlTypes : public CtlTestCase
{
    Q_OBJECT

private slots:
    void typesListsTheRegistry();
};

void TestCtlTypes::typesListsTheRegistry()
{
    TestServer ts(Dialect::PipesHub, 0);
    const CtlRun r = runCtl(ts, {"--output", "json", "types"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonArray types = r.json().value(QLatin1String("types")).toArray();
    QCOMPARE(types.size(), ts.server.store().types().size());
    QStringList names;
    for (const QJsonValue& v : types)
        names.append(v.toObject().value(QLatin1String("connectorType")).toString());
    QVERIFY(names.contains(QLatin1String("Confluence")));
    QVERIFY(!names.contains(QString()));
    QCOMPARE(r.json().value(QLatin1String("pagination")).toObject().value(QLatin1String("total")).toInt(),
             types.size());

    const CtlRun table = runCtl(ts, {"types", "--search", "conf"});
    QVERIFY2(table.exitCode == 0, qPrintable(table.describe()));
    QVERIFY(table.outText().contains(QLatin1String("Confluence")));
    QVERIFY(!table.outText().contains(QLatin1String("Dropbox")));
}

QTEST_GUILESS_MAIN(TestCtlTypes)
#include "tst_ctltypes.moc"
