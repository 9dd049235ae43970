// The controller behind the table: one request per user intent, debounced search, paging limits,
// the range text, and a failing reload that leaves the rows and says why.
#include "testserver.h"

#include "core/list/connectorlistcontroller.h"
#include "core/list/connectortablemodel.h"
#include "core/net/apiclient.h"
#include "devserver/connectorstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using devserver::Dialect;
using devserver::Fault;

class TestConnectorListController : public QObject
{
    Q_OBJECT

private slots:
    void burstOfTypingSendsOneRequest();
    void pagingFollowsThePagination();
    void rangeTextSaysWhereWeAre();
    void failedReloadKeepsRowsAndReportsTheError();
    void pagePastTheEndFallsBackToTheLastPage();
};

namespace {

struct Fixture
{
    explicit Fixture(int seed)
        : ts(Dialect::PipesHub, seed)
        , controller(ts.client.get(), &model)
        , tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest)
    {
        controller.setScope(ListQuery::Scope::Team);
    }
    bool waitLoaded()
    {
        return QTest::qWaitFor([this] { return !controller.isLoading(); }, 10000);
    }
    TestServer ts;
    ConnectorTableModel model;
    ConnectorListController controller;
    QAbstractItemModelTester tester;
};

} // namespace

void TestConnectorListController::burstOfTypingSendsOneRequest()
{
    Fixture f(40);
    QVERIFY(f.waitLoaded());
    f.ts.server.clearRequestLog();
    f.controller.setSearchDelay(150);
    for (const char* text : {"e", "en", "eng", "engi", "engin"})
        f.controller.setSearch(QLatin1String(text));
    QTRY_COMPARE(f.ts.server.requestLog().size(), 1);
    QVERIFY(f.waitLoaded());
    QTest::qWait(300);
    QCOMPARE(f.ts.server.requestLog().size(), 1);
    QCOMPARE(f.ts.server.requestLog().constFirst().query.queryItemValue(QStringLiteral("search")),
             QStringLiteral("engin"));
    // The same text again is no new intent.
    f.controller.setSearch(QStringLiteral("engin "));
    QTest::qWait(300);
    QCOMPARE(f.ts.server.requestLog().size(), 1);
}

void TestConnectorListController::pagingFollowsThePagination()
{
    Fixture f(90);
    QVERIFY(f.waitLoaded());
    const Pagination p = f.controller.pagination();
    QVERIFY(p.hasTotal());
    QVERIFY(p.pageCount() >= 2);
    f.controller.lastPage();
    QVERIFY(f.waitLoaded());
    QCOMPARE(f.controller.query().page(), p.pageCount());
    QCOMPARE(f.model.rowCount(), int(p.total - qint64(p.pageCount() - 1) * p.limit));
    f.ts.server.clearRequestLog();
    f.controller.nextPage(); // there is none: nothing is sent
    QTest::qWait(50);
    QVERIFY(f.ts.server.requestLog().isEmpty());
    f.controller.firstPage();
    QVERIFY(f.waitLoaded());
    QCOMPARE(f.controller.query().page(), 1);
    f.controller.previousPage();
    QTest::qWait(50);
    QCOMPARE(f.ts.server.requestLog().size(), 1);
}

void TestConnectorListController::rangeTextSaysWhereWeAre()
{
    Fixture f(90);
    QVERIFY(f.waitLoaded());
    const qint64 total = f.controller.pagination().total;
    QCOMPARE(f.controller.rangeText(), QStringLiteral("1-20 of %1").arg(total));
    f.controller.nextPage();
    QVERIFY(f.waitLoaded());
    QCOMPARE(f.controller.rangeText(), QStringLiteral("21-40 of %1").arg(total));
    f.controller.setSearch(QStringLiteral("no instance is called this"));
    f.controller.applySearchNow();
    QVERIFY(f.waitLoaded());
    QCOMPARE(f.model.rowCount(), 0);
    QCOMPARE(f.controller.rangeText(), QStringLiteral("No connector instances"));
}

void TestConnectorListController::failedReloadKeepsRowsAndReportsTheError()
{
    Fixture f(30);
    QVERIFY(f.waitLoaded());
    const int rows = f.model.rowCount();
    QVERIFY(rows > 0);
    f.ts.client->setRetryPolicy(RetryPolicy::none());
    Fault fault;
    fault.status = 500;
    fault.body = R"({"detail":"Arango is unreachable"})";
    f.ts.server.injectFault(fault);
    QSignalSpy failed(&f.controller, &ConnectorListController::loadFailed);
    f.controller.reload();
    QVERIFY(failed.wait());
    QCOMPARE(f.model.rowCount(), rows);
    QCOMPARE(f.controller.lastError().message, QStringLiteral("Arango is unreachable"));
    QVERIFY(!f.controller.isLoading());
    f.controller.reload();
    QVERIFY(f.waitLoaded());
    QVERIFY(!f.controller.lastError().isError());
}

void TestConnectorListController::pagePastTheEndFallsBackToTheLastPage()
{
    Fixture f(60);
    QVERIFY(f.waitLoaded());
    f.controller.lastPage();
    QVERIFY(f.waitLoaded());
    const int lastPage = f.controller.query().page();
    // Another admin deletes everything on the last page.
    for (int row = 0; row < f.model.rowCount(); ++row)
        f.ts.server.store().removeInstance(f.model.instanceAt(row)->id);
    f.controller.reload();
    QTRY_VERIFY(!f.controller.isLoading() && f.controller.query().page() < lastPage);
    QVERIFY(f.model.rowCount() > 0);
}

QTEST_GUILESS_MAIN(TestConnectorListController)
#include "tst_connectorlistcontroller.moc"
