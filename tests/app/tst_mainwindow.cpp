// The main window against the dev server over HTTP: the list it shows (filters, search, paging, a
// slow answer overtaken, the empty state), the server it talks to and what outlives it, driven
// through the real widgets. The rows' actions are tst_mainwindowactions'.
#include "mainwindowtest.h"

#include "app/details/detailspane.h"
#include "app/dialoglauncher.h"
#include "app/list/filterbar.h"
#include "app/list/pagerwidget.h"
#include "app/statuspanel.h"
#include "core/list/connectorsortproxymodel.h"
#include "core/model/connectorinstance.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QToolButton>

using namespace apptest;
using devserver::Dialect;
using devserver::Fault;

class TestMainWindow : public MainWindowTest
{
    Q_OBJECT

private slots:
    void firstLoadFillsTableAndRange();
    void stateFilterAsksItsEndpoint_data();
    void stateFilterAsksItsEndpoint();
    void scopeFilterAsksOneScopeAndReturnsToFirstPage();
    void burstOfTypingSendsOneRequest();
    void enterAppliesSearchAtOnceAndEscapeClearsIt();
    void ctrlFFocusesTheSearch();
    void pagerButtonsPageSizeAndRange();
    void pagerButtonsAreEnabledOnlyWhereTheyLead();
    void slowFirstAnswerOvertakenByFastSecond();
    void emptyStateNamesTheFilters();
    void switchingServerReloadsFromTheNewOne();
    void titleAndStatusNameTheServer();
    void layoutAndPageSizeOutliveTheWindow();
};

void TestMainWindow::firstLoadFillsTableAndRange()
{
    Harness h(137);
    QVERIFY(h.open());
    QCOMPARE(h.model()->rowCount(), 20);
    QCOMPARE(h.child<QLabel>("rangeLabel")->text(), QStringLiteral("1-20 of 137"));
    // Once: the status bar does not repeat the pager's range.
    for (const QLabel* label : h.window->findChildren<QLabel*>())
        QVERIFY2(label == h.child<QLabel>("rangeLabel") || !label->text().contains(QStringLiteral("of 137")),
                 qPrintable(label->objectName()));
    QCOMPARE(h.status()->connectionText(), QStringLiteral("Connected"));
    QVERIFY(h.child<QWidget>("errorBanner")->isHidden());
    // Every request carried the token.
    for (const devserver::LoggedRequest& r : h.ts.server.requestLog())
        QVERIFY(r.bearerMatched);
}

void TestMainWindow::stateFilterAsksItsEndpoint_data()
{
    QTest::addColumn<int>("comboIndex");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("paged");
    QTest::newRow("active instances come unpaged from /connectors/active") << 1 << "/api/v1/connectors/active" << false;
    QTest::newRow("inactive instances come unpaged from /connectors/inactive")
        << 2 << "/api/v1/connectors/inactive" << false;
    QTest::newRow("configured instances come paged from /connectors/configured")
        << 3 << "/api/v1/connectors/configured" << true;
    QTest::newRow("agent-enabled instances come paged from /connectors/agents/active")
        << 4 << "/api/v1/connectors/agents/active" << true;
}

void TestMainWindow::stateFilterAsksItsEndpoint()
{
    QFETCH(int, comboIndex);
    QFETCH(QString, path);
    QFETCH(bool, paged);
    Harness h(60);
    QVERIFY(h.open());
    auto* scope = h.child<QComboBox>("scopeCombo");
    QVERIFY(h.loadAfter([&] { scope->setCurrentIndex(1); })); // team: one request per page
    h.ts.server.clearRequestLog();
    auto* state = h.child<QComboBox>("stateCombo");
    QVERIFY(h.loadAfter([&] { state->setCurrentIndex(comboIndex); }));
    const QList<devserver::LoggedRequest> requests = listRequests(h.ts.server);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.constFirst().path, path);
    if (paged) {
        QCOMPARE(requests.constFirst().query.queryItemValue(QStringLiteral("scope")), QStringLiteral("team"));
        QCOMPARE(requests.constFirst().query.queryItemValue(QStringLiteral("page")), QStringLiteral("1"));
    } else {
        QVERIFY(requests.constFirst().query.isEmpty());
    }
    QCOMPARE(h.controller()->query().state(), ListQuery::State(comboIndex));
}

void TestMainWindow::scopeFilterAsksOneScopeAndReturnsToFirstPage()
{
    Harness h(137);
    QVERIFY(h.open());
    auto* next = h.child<QToolButton>("nextPageButton");
    QVERIFY(h.loadAfter([&] { QTest::mouseClick(next, Qt::LeftButton); }));
    QVERIFY(h.loadAfter([&] { QTest::mouseClick(next, Qt::LeftButton); }));
    QCOMPARE(h.controller()->query().page(), 3);
    h.ts.server.clearRequestLog();
    QVERIFY(h.loadAfter([&] { h.child<QComboBox>("scopeCombo")->setCurrentIndex(2); }));
    const QList<devserver::LoggedRequest> requests = listRequests(h.ts.server);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.constFirst().path, QStringLiteral("/api/v1/connectors"));
    QCOMPARE(requests.constFirst().query.queryItemValue(QStringLiteral("scope")), QStringLiteral("personal"));
    QCOMPARE(requests.constFirst().query.queryItemValue(QStringLiteral("page")), QStringLiteral("1"));
    QCOMPARE(h.controller()->query().page(), 1);
    const int personal = countScope(h.ts.server, QStringLiteral("personal"));
    QCOMPARE(h.child<QLabel>("rangeLabel")->text(),
             QStringLiteral("1-%1 of %2").arg(std::min(20, personal)).arg(personal));
    for (const ConnectorInstance& c : h.model()->connectors())
        QCOMPARE(c.scope.text(), QStringLiteral("personal"));
}

void TestMainWindow::burstOfTypingSendsOneRequest()
{
    Harness h(137);
    QVERIFY(h.open());
    QVERIFY(h.loadAfter([&] { h.child<QComboBox>("scopeCombo")->setCurrentIndex(1); }));
    h.ts.server.clearRequestLog();
    auto* search = h.child<QLineEdit>("searchEdit");
    QVERIFY(h.loadAfter([&] { QTest::keyClicks(search, QStringLiteral("Notion")); }));
    const QList<devserver::LoggedRequest> requests = listRequests(h.ts.server);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.constFirst().query.queryItemValue(QStringLiteral("search")), QStringLiteral("Notion"));
    QCOMPARE(requests.constFirst().query.queryItemValue(QStringLiteral("page")), QStringLiteral("1"));
    QVERIFY(h.model()->rowCount() > 0);
    for (const ConnectorInstance& c : h.model()->connectors())
        QVERIFY2(c.name.contains(QStringLiteral("notion"), Qt::CaseInsensitive), qPrintable(c.name));
    // Nothing else is on its way: a later debounce would have started by now.
    QVERIFY(!h.controller()->isLoading());
    QTest::qWait(h.controller()->searchDelay() + 100);
    QCOMPARE(listRequests(h.ts.server).size(), 1);
}

void TestMainWindow::enterAppliesSearchAtOnceAndEscapeClearsIt()
{
    Harness h(80);
    QVERIFY(h.open());
    QVERIFY(h.loadAfter([&] { h.child<QComboBox>("scopeCombo")->setCurrentIndex(1); }));
    h.controller()->setSearchDelay(60 * 60 * 1000); // only Enter can apply it now
    auto* search = h.child<QLineEdit>("searchEdit");
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("GitHub"));
    QVERIFY(!h.controller()->isLoading());
    QVERIFY(h.loadAfter([&] { QTest::keyClick(search, Qt::Key_Return); }));
    QCOMPARE(h.controller()->query().search(), QStringLiteral("GitHub"));
    QCOMPARE(listRequests(h.ts.server).constLast().query.queryItemValue(QStringLiteral("search")),
             QStringLiteral("GitHub"));

    QVERIFY(h.loadAfter([&] { QTest::keyClick(search, Qt::Key_Escape); }));
    QVERIFY(search->text().isEmpty());
    QVERIFY(h.controller()->query().search().isEmpty());
    QVERIFY(!listRequests(h.ts.server).constLast().query.hasQueryItem(QStringLiteral("search")));
}

void TestMainWindow::ctrlFFocusesTheSearch()
{
    Harness h(20);
    QVERIFY(h.open());
    h.window->show();
    h.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(h.window.get()));
    h.table()->setFocus();
    QTRY_VERIFY(h.table()->hasFocus());
    QTest::keyClick(h.window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(h.child<QLineEdit>("searchEdit")->hasFocus());
}

void TestMainWindow::pagerButtonsPageSizeAndRange()
{
    Harness h(137);
    QVERIFY(h.open());
    QVERIFY(h.loadAfter([&] { h.child<QComboBox>("scopeCombo")->setCurrentIndex(1); }));
    const int team = countScope(h.ts.server, QStringLiteral("team"));
    QVERIFY2(team > 60, "the seed should give more than three pages of team instances");
    auto* range = h.child<QLabel>("rangeLabel");
    auto lastRequest = [&] {
        return listRequests(h.ts.server).constLast().query;
    };

    QVERIFY(h.loadAfter([&] { QTest::mouseClick(h.child<QToolButton>("nextPageButton"), Qt::LeftButton); }));
    QCOMPARE(lastRequest().queryItemValue(QStringLiteral("page")), QStringLiteral("2"));
    QCOMPARE(range->text(), QStringLiteral("21-40 of %1").arg(team));

    QVERIFY(h.loadAfter([&] { QTest::mouseClick(h.child<QToolButton>("lastPageButton"), Qt::LeftButton); }));
    const int lastPage = (team + 19) / 20;
    QCOMPARE(lastRequest().queryItemValue(QStringLiteral("page")), QString::number(lastPage));
    QCOMPARE(range->text(), QStringLiteral("%1-%2 of %2").arg((lastPage - 1) * 20 + 1).arg(team));
    QCOMPARE(h.model()->rowCount(), team - (lastPage - 1) * 20);

    QVERIFY(h.loadAfter([&] { QTest::mouseClick(h.child<QToolButton>("previousPageButton"), Qt::LeftButton); }));
    QCOMPARE(lastRequest().queryItemValue(QStringLiteral("page")), QString::number(lastPage - 1));

    QVERIFY(h.loadAfter([&] { QTest::mouseClick(h.child<QToolButton>("firstPageButton"), Qt::LeftButton); }));
    QCOMPARE(lastRequest().queryItemValue(QStringLiteral("page")), QStringLiteral("1"));
    QCOMPARE(range->text(), QStringLiteral("1-20 of %1").arg(team));

    // A new page size starts again from page 1.
    QVERIFY(h.loadAfter([&] { QTest::mouseClick(h.child<QToolButton>("nextPageButton"), Qt::LeftButton); }));
    auto* size = h.child<QComboBox>("pageSizeCombo");
    QVERIFY(h.loadAfter([&] { size->setCurrentIndex(size->findData(50)); }));
    QCOMPARE(lastRequest().queryItemValue(QStringLiteral("limit")), QStringLiteral("50"));
    QCOMPARE(lastRequest().queryItemValue(QStringLiteral("page")), QStringLiteral("1"));
    QCOMPARE(h.model()->rowCount(), 50);
    QCOMPARE(range->text(), QStringLiteral("1-50 of %1").arg(team));
    QCOMPARE(h.child<QLabel>("pageLabel")->text(), QStringLiteral("Page 1 of %1").arg((team + 49) / 50));
}

void TestMainWindow::pagerButtonsAreEnabledOnlyWhereTheyLead()
{
    Harness h(45);
    QVERIFY(h.open());
    auto* first = h.child<QToolButton>("firstPageButton");
    auto* previous = h.child<QToolButton>("previousPageButton");
    auto* next = h.child<QToolButton>("nextPageButton");
    auto* last = h.child<QToolButton>("lastPageButton");
    QVERIFY(!first->isEnabled());
    QVERIFY(!previous->isEnabled());
    QVERIFY(next->isEnabled());
    QVERIFY(last->isEnabled());
    QVERIFY(h.loadAfter([&] { QTest::mouseClick(last, Qt::LeftButton); }));
    QCOMPARE(h.controller()->query().page(), 3);
    QVERIFY(first->isEnabled());
    QVERIFY(previous->isEnabled());
    QVERIFY(!next->isEnabled());
    QVERIFY(!last->isEnabled());
    QCOMPARE(h.child<QLabel>("rangeLabel")->text(), QStringLiteral("41-45 of 45"));
    // A disabled button sends nothing.
    h.ts.server.clearRequestLog();
    QTest::mouseClick(next, Qt::LeftButton);
    QVERIFY(!h.controller()->isLoading());
    QCOMPARE(listRequests(h.ts.server).size(), 0);
}

void TestMainWindow::slowFirstAnswerOvertakenByFastSecond()
{
    Harness h(80);
    QVERIFY(h.open());
    constexpr int slowMs = 1200;
    Fault slow;
    slow.mode = Fault::Mode::Latency;
    slow.latencyMs = slowMs;
    slow.count = 1;
    slow.pathPrefix = QStringLiteral("/connectors");
    h.ts.server.injectFault(slow);
    QSignalSpy loaded(h.controller(), &ConnectorListController::pageLoaded);
    QSignalSpy served(&h.ts.server, &devserver::DevServer::requestServed);
    auto* scope = h.child<QComboBox>("scopeCombo");
    auto* busy = h.child<QProgressBar>("busyIndicator");
    QVERIFY(!busy->isVisibleTo(h.window.get()));
    scope->setCurrentIndex(1); // team: the slow one
    QVERIFY(busy->isVisibleTo(h.window.get())); // loading shows at once
    QVERIFY(served.wait(5000));
    scope->setCurrentIndex(2); // personal: fast
    QVERIFY(loaded.wait(5000));
    QCOMPARE(loaded.size(), 1);
    QVERIFY(!busy->isVisibleTo(h.window.get()));
    // Wait past the moment the slow answer was due: the server's timer was started first.
    QTimer beyond;
    beyond.setSingleShot(true);
    QSignalSpy passed(&beyond, &QTimer::timeout);
    beyond.start(slowMs + 300);
    QVERIFY(passed.wait(slowMs + 5000));
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(h.controller()->query().scope(), ListQuery::Scope::Personal);
    QVERIFY(h.model()->rowCount() > 0);
    for (const ConnectorInstance& c : h.model()->connectors())
        QCOMPARE(c.scope.text(), QStringLiteral("personal"));
    QVERIFY(h.child<QWidget>("errorBanner")->isHidden());
}

void TestMainWindow::emptyStateNamesTheFilters()
{
    Harness h(30);
    QVERIFY(h.open());
    QVERIFY(h.table()->emptyText().isEmpty());
    h.controller()->setSearchDelay(0);
    QVERIFY(h.loadAfter([&] { QTest::keyClicks(h.child<QLineEdit>("searchEdit"), QStringLiteral("zz-no-such")); }));
    QCOMPARE(h.model()->rowCount(), 0);
    QVERIFY2(h.table()->emptyText().contains(QStringLiteral("No connector instances match")),
             qPrintable(h.table()->emptyText()));
    QVERIFY(h.table()->emptyText().contains(QStringLiteral("zz-no-such")));
    QCOMPARE(h.child<QLabel>("rangeLabel")->text(), QStringLiteral("No connector instances"));
    QVERIFY(!h.child<QToolButton>("nextPageButton")->isEnabled());
}

void TestMainWindow::switchingServerReloadsFromTheNewOne()
{
    Harness h(30);
    QVERIFY(h.open());
    TestServer other(Dialect::Published, 7);
    QVERIFY(h.loadAfter([&] { h.window->openServer(other.server.baseUrl(), testToken, QStringLiteral("Other")); }));
    QCOMPARE(h.model()->rowCount(), 7);
    QCOMPARE(h.child<QLabel>("rangeLabel")->text(), QStringLiteral("1-7 of 7"));
    QVERIFY(other.countRequests(QStringLiteral("/connectors"), "GET") > 0);
    QVERIFY(h.window->windowTitle().contains(QStringLiteral("Other")));
    for (const ConnectorInstance& c : h.model()->connectors())
        QVERIFY(other.server.store().contains(c.id));
}

void TestMainWindow::titleAndStatusNameTheServer()
{
    Harness h(5);
    QVERIFY(h.open());
    QVERIFY(h.window->windowTitle().contains(QStringLiteral("Test server")));
    const QString server = h.child<QLabel>("serverLabel")->text();
    QVERIFY2(server.contains(QStringLiteral("127.0.0.1")), qPrintable(server));
}

void TestMainWindow::layoutAndPageSizeOutliveTheWindow()
{
    TestServer ts(Dialect::PipesHub, 60);
    {
        MainWindow first(ts.client.get());
        QSignalSpy loaded(controllerOf(&first), &ConnectorListController::pageLoaded);
        first.openServer(ts.server.baseUrl(), testToken);
        QVERIFY(loaded.wait(5000));
        auto* size = first.findChild<QComboBox*>(QStringLiteral("pageSizeCombo"));
        size->setCurrentIndex(size->findData(100));
        QVERIFY(loaded.wait(5000));
        tableOf(&first)->horizontalHeader()->resizeSection(ConnectorTableModel::NameColumn, 277);
        // All 60 on one page: a column sorts them all (a page of a longer list would not be sorted).
        tableOf(&first)->sortByColumn(ConnectorTableModel::CreatedColumn, Qt::DescendingOrder);
        first.findChild<QAction*>(QStringLiteral("actionShowDetailsPane"))->setChecked(false);
        first.close(); // saves
    }
    ts.server.clearRequestLog();
    MainWindow second(ts.client.get());
    QCOMPARE(tableOf(&second)->horizontalHeader()->sectionSize(ConnectorTableModel::NameColumn), 277);
    QVERIFY(!second.findChild<QAction*>(QStringLiteral("actionShowDetailsPane"))->isChecked());
    QCOMPARE(second.findChild<QComboBox*>(QStringLiteral("pageSizeCombo"))->currentData().toInt(), 100);
    QSignalSpy loaded(controllerOf(&second), &ConnectorListController::pageLoaded);
    second.openServer(ts.server.baseUrl(), testToken);
    QVERIFY(loaded.wait(5000));
    // The first load already uses the saved page size: one request, not a 20 and then a 100.
    const QList<devserver::LoggedRequest> requests = listRequests(ts.server);
    QVERIFY(!requests.isEmpty());
    QCOMPARE(requests.constFirst().query.queryItemValue(QStringLiteral("limit")), QStringLiteral("100"));
    for (const devserver::LoggedRequest& r : requests)
        QVERIFY(r.query.queryItemValue(QStringLiteral("limit")) != QStringLiteral("20"));
    QCOMPARE(modelOf(&second)->rowCount(), 60);
    // The whole result is on the page: the order comes back with it.
    QCOMPARE(tableOf(&second)->proxyModel()->sortColumn(), int(ConnectorTableModel::CreatedColumn));
    QCOMPARE(tableOf(&second)->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
