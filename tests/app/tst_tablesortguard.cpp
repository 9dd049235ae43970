// The table's sort indicator never claims more than was sorted, against the dev server over real HTTP,
// with a real table whose header is clicked: a list the server pages over several pages refuses the
// click and says why (no indicator, the rows in the server's order, nothing fetched); one that fits
// on one page, an empty one, and the active and inactive lists (sorted whole here) take it; an order
// remembered from before is shown only where it can be kept, and comes back there.
#include "testserver.h"
#include "testsettings.h"

#include "app/list/connectortableview.h"
#include "app/list/tablesortguard.h"
#include "core/list/connectorlistcontroller.h"
#include "core/list/connectorsortproxymodel.h"
#include "core/list/connectortablemodel.h"
#include "devserver/connectorstore.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <functional>

using devserver::Dialect;

namespace {

// The pieces as the window puts them together: the guard synced after each page.
struct Fixture
{
    explicit Fixture(int seedCount)
        : ts(Dialect::PipesHub, seedCount)
        , controller(ts.client.get(), table.connectorModel())
        , guard(&table, &controller)
        , tester(table.model(), QAbstractItemModelTester::FailureReportingMode::QtTest)
    {
        QObject::connect(&controller, &ConnectorListController::pageLoaded, &guard, &TableSortGuard::sync);
        table.resize(1000, 500);
    }
    // Runs `change` and waits for the page it asks for.
    bool loadAfter(const std::function<void()>& change)
    {
        QSignalSpy loaded(&controller, &ConnectorListController::pageLoaded);
        change();
        return !loaded.isEmpty() || loaded.wait(10000);
    }
    bool show()
    {
        table.show();
        return QTest::qWaitForWindowExposed(&table);
    }
    // A click on a column's header, as the admin's.
    void clickHeader(int column)
    {
        QHeaderView* header = table.horizontalHeader();
        const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    }
    // The rows as the table shows them (through the sorting proxy), and as the server sent them.
    QStringList shownIds() const
    {
        QStringList ids;
        for (int row = 0; row < table.model()->rowCount(); ++row)
            ids.append(table.model()->index(row, 0).data(ConnectorTableModel::IdRole).toString());
        return ids;
    }
    QStringList sourceIds() const
    {
        QStringList ids;
        for (const ConnectorInstance& c : table.connectorModel()->connectors())
            ids.append(c.id);
        return ids;
    }
    QStringList shownNames() const
    {
        QStringList names;
        for (int row = 0; row < table.model()->rowCount(); ++row)
            names.append(table.model()->index(row, ConnectorTableModel::NameColumn).data().toString());
        return names;
    }
    int indicator() const
    {
        return table.horizontalHeader()->sortIndicatorSection();
    }

    TestServer ts;
    ConnectorTableView table;
    ConnectorListController controller;
    TableSortGuard guard;
    QAbstractItemModelTester tester;
};

void addNamed(TestServer& ts, int count, bool active)
{
    for (int i = 0; i < count; ++i) {
        addInstance(ts,
                    {{QStringLiteral("name"), QStringLiteral("Item %1").arg(i, 2, 10, QLatin1Char('0'))},
                     {QStringLiteral("isActive"), active}});
    }
}

QStringList sorted(QStringList names, Qt::SortOrder order)
{
    std::sort(names.begin(), names.end());
    if (order == Qt::DescendingOrder)
        std::reverse(names.begin(), names.end());
    return names;
}

} // namespace

class TestTableSortGuard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aListTheServerPagesRefusesTheClick();
    void aServerListOnOnePageIsSortedWhole();
    void anEmptyListMaySort();
    void theActiveListSortsEveryPage();
    void aRememberedOrderShowsOnlyWhereItHolds();
};

void TestTableSortGuard::initTestCase()
{
    isolateSettings();
}

void TestTableSortGuard::aListTheServerPagesRefusesTheClick()
{
    Fixture f(0);
    addNamed(f.ts, 45, false);
    QVERIFY(f.show());
    QVERIFY(f.loadAfter([&] { f.controller.setScope(ListQuery::Scope::Team); }));
    QVERIFY(f.controller.pagination().hasMore); // page 1 of 3
    QVERIFY(!f.guard.canSort());
    QCOMPARE(f.indicator(), -1);
    const QString tooltip = f.table.horizontalHeader()->toolTip();
    QVERIFY2(tooltip.contains(QLatin1String("server cannot sort")), qPrintable(tooltip));

    QSignalSpy refused(&f.guard, &TableSortGuard::refused);
    f.ts.server.clearRequestLog();
    f.clickHeader(ConnectorTableModel::NameColumn);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.at(0).at(0).toString(), tooltip); // the reason the header's tooltip gives
    QCOMPARE(f.indicator(), -1);
    QCOMPARE(f.table.proxyModel()->sortColumn(), -1);
    QCOMPARE(f.shownIds(), f.sourceIds()); // the server's order, untouched
    QCOMPARE(f.controller.query().sortColumn(), -1);
    QTest::qWait(100);
    QVERIFY(f.ts.server.requestLog().isEmpty());
    // Again: refused again, never half done.
    f.clickHeader(ConnectorTableModel::CreatedColumn);
    QCOMPARE(refused.size(), 2);
    QCOMPARE(f.indicator(), -1);
}

void TestTableSortGuard::aServerListOnOnePageIsSortedWhole()
{
    Fixture f(0);
    addNamed(f.ts, 7, false);
    QVERIFY(f.show());
    QVERIFY(f.loadAfter([&] { f.controller.setScope(ListQuery::Scope::Team); }));
    QVERIFY(!f.controller.pagination().hasMore);
    QVERIFY(f.guard.canSort());
    QCOMPARE(f.table.horizontalHeader()->toolTip(),
             QStringLiteral("Click a column to sort every instance of this list"));
    QSignalSpy refused(&f.guard, &TableSortGuard::refused);
    f.ts.server.clearRequestLog();

    f.clickHeader(ConnectorTableModel::NameColumn);
    QVERIFY(refused.isEmpty());
    QCOMPARE(f.indicator(), int(ConnectorTableModel::NameColumn));
    const Qt::SortOrder order = f.table.horizontalHeader()->sortIndicatorOrder();
    QCOMPARE(f.controller.query().sortColumn(), int(ConnectorTableModel::NameColumn)); // remembered
    QCOMPARE(f.controller.query().sortOrder(), order);
    QCOMPARE(f.shownNames(), sorted(f.shownNames(), order));
    QCOMPARE(f.shownNames().size(), 7);
    // The other way round on the next click.
    f.clickHeader(ConnectorTableModel::NameColumn);
    const Qt::SortOrder other = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    QCOMPARE(f.table.horizontalHeader()->sortIndicatorOrder(), other);
    QCOMPARE(f.controller.query().sortOrder(), other);
    QCOMPARE(f.shownNames(), sorted(f.shownNames(), other));
    QTest::qWait(100);
    QVERIFY(f.ts.server.requestLog().isEmpty()); // the rows were all here: nothing to ask for
}

void TestTableSortGuard::anEmptyListMaySort()
{
    Fixture f(0);
    QVERIFY(f.show());
    QVERIFY(f.loadAfter([&] { f.controller.setScope(ListQuery::Scope::Team); }));
    QCOMPARE(f.table.model()->rowCount(), 0);
    QVERIFY(f.guard.canSort()); // nothing is partially sorted
    QSignalSpy refused(&f.guard, &TableSortGuard::refused);
    f.clickHeader(ConnectorTableModel::TypeColumn);
    QVERIFY(refused.isEmpty());
    QCOMPARE(f.indicator(), int(ConnectorTableModel::TypeColumn));
    QCOMPARE(f.controller.query().sortColumn(), int(ConnectorTableModel::TypeColumn));
}

void TestTableSortGuard::theActiveListSortsEveryPage()
{
    Fixture f(0);
    addNamed(f.ts, 45, true);
    QVERIFY(f.show());
    QVERIFY(f.loadAfter([&] {
        f.controller.setScope(ListQuery::Scope::Team);
        f.controller.setState(ListQuery::State::Active);
    }));
    QVERIFY(f.controller.pagination().hasMore); // 45 rows, pages of 20
    QVERIFY(f.guard.canSort()); // sorted whole here, before the page is cut
    QSignalSpy refused(&f.guard, &TableSortGuard::refused);

    // Two clicks make sure of a descending order, whichever a first click gives.
    QVERIFY(f.loadAfter([&] { f.clickHeader(ConnectorTableModel::NameColumn); }));
    if (f.table.horizontalHeader()->sortIndicatorOrder() != Qt::DescendingOrder)
        QVERIFY(f.loadAfter([&] { f.clickHeader(ConnectorTableModel::NameColumn); }));
    QVERIFY(refused.isEmpty());
    QCOMPARE(f.controller.query().sortColumn(), int(ConnectorTableModel::NameColumn));
    QCOMPARE(f.controller.query().sortOrder(), Qt::DescendingOrder);
    QCOMPARE(f.controller.query().page(), 1);
    QCOMPARE(f.indicator(), int(ConnectorTableModel::NameColumn));
    // Page 1 is the top of every page: Item 44 down to Item 25.
    QStringList top;
    for (int i = 44; i >= 25; --i)
        top.append(QStringLiteral("Item %1").arg(i));
    QCOMPARE(f.shownNames(), top);
    QVERIFY(f.loadAfter([&] { f.controller.lastPage(); }));
    QCOMPARE(f.shownNames().constLast(), QStringLiteral("Item 00"));
    QCOMPARE(f.indicator(), int(ConnectorTableModel::NameColumn)); // still true on every page
}

void TestTableSortGuard::aRememberedOrderShowsOnlyWhereItHolds()
{
    Fixture f(0);
    addNamed(f.ts, 30, true);
    addNamed(f.ts, 30, false);
    ListQuery remembered;
    remembered.setScope(ListQuery::Scope::Team);
    remembered.setSort(ConnectorTableModel::NameColumn, Qt::AscendingOrder);
    f.controller.restoreQuery(remembered); // from the last launch: shown, not fetched
    QVERIFY(f.show());
    QVERIFY(f.loadAfter([&] { f.controller.reload(); }));
    QVERIFY(f.controller.pagination().hasMore); // 60 rows the server pages
    QCOMPARE(f.indicator(), -1);
    QCOMPARE(f.table.proxyModel()->sortColumn(), -1);
    QCOMPARE(f.shownIds(), f.sourceIds());
    QCOMPARE(f.controller.query().sortColumn(), int(ConnectorTableModel::NameColumn)); // kept for where it holds

    QVERIFY(f.loadAfter([&] { f.controller.setState(ListQuery::State::Inactive); }));
    QCOMPARE(f.indicator(), int(ConnectorTableModel::NameColumn)); // back where it can be kept
    QCOMPARE(f.table.horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(f.shownNames().constFirst(), QStringLiteral("Item 00"));
    QVERIFY(f.guard.canSort());
}

QTEST_MAIN(TestTableSortGuard)
#include "tst_tablesortguard.moc"
