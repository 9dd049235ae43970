// The selection for bulk actions, on a real table whose pages come from the dev server over real HTTP
// (a list controller pages through 25 instances by 10): nothing, one and many rows selected with
// clicks and keys; a selection that outlives the page and shows again on it; a plain click or arrow
// that starts over; Ctrl+A that takes the rows of this page only; Select all matching, fresher data
// from a bulk run (and deletions), rows updated in place or read again by a reload; and clear.
#include "testserver.h"
#include "testsettings.h"

#include "app/bulk/selectiontracker.h"
#include "app/list/connectortableview.h"
#include "core/list/connectorlistcontroller.h"
#include "core/list/connectortablemodel.h"
#include "devserver/connectorstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using devserver::Dialect;

namespace {

struct Fixture
{
    Fixture()
        : ts(Dialect::PipesHub, 0)
        , controller(ts.client.get(), table.connectorModel())
        , tracker(&table)
        , changed(&tracker, &SelectionTracker::changed)
        , tester(table.model(), QAbstractItemModelTester::FailureReportingMode::QtTest)
    {
        for (int i = 0; i < 25; ++i)
            addInstance(ts, {{QStringLiteral("name"), QStringLiteral("Item %1").arg(i, 2, 10, QLatin1Char('0'))}});
        table.resize(1000, 600);
    }
    // Shows the table (so that clicks land on laid-out rows) with page 1 of the team list, by 10.
    bool open()
    {
        table.show();
        if (!QTest::qWaitForWindowExposed(&table))
            return false;
        ListQuery query;
        query.setScope(ListQuery::Scope::Team);
        query.setLimit(10);
        return loadAfter([&] { controller.setQuery(query); });
    }
    bool loadAfter(const std::function<void()>& change)
    {
        QSignalSpy loaded(&controller, &ConnectorListController::pageLoaded);
        change();
        return !loaded.isEmpty() || loaded.wait(10000);
    }
    void clickRow(int row, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        const QRect rect = table.visualRect(table.model()->index(row, 1));
        QTest::mouseClick(table.viewport(), Qt::LeftButton, modifiers, rect.center());
    }
    // The id of the row shown at `row` (through the sorting proxy).
    QString idAt(int row) const
    {
        return table.model()->index(row, 0).data(ConnectorTableModel::IdRole).toString();
    }
    int selectedRowsInView() const
    {
        return int(table.selectionModel()->selectedRows().size());
    }
    QStringList instanceIds() const
    {
        QStringList ids;
        for (const ConnectorInstance& c : tracker.instances())
            ids.append(c.id);
        return ids;
    }

    TestServer ts;
    ConnectorTableView table;
    ConnectorListController controller;
    SelectionTracker tracker;
    QSignalSpy changed;
    QAbstractItemModelTester tester;
};

} // namespace

class TestSelectionTracker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void nothingSelected();
    void oneRowThenManyWithCtrlAndShift();
    void theSelectionOutlivesThePage();
    void aPlainClickOrArrowStartsOver();
    void ctrlATakesTheRowsOfThisPageOnly();
    void selectAllMatchingReplacesTheSelection();
    void freshDataAndDeletionsFromABulkRun();
    void rowsReadAgainAreTakenIn();
    void clearForgetsEverything();
};

void TestSelectionTracker::initTestCase()
{
    isolateSettings();
}

void TestSelectionTracker::nothingSelected()
{
    Fixture f;
    QVERIFY(f.open());
    QCOMPARE(f.tracker.count(), 0);
    QCOMPARE(f.tracker.countOnOtherPages(), 0);
    QVERIFY(f.tracker.ids().isEmpty());
    QVERIFY(f.tracker.instances().isEmpty());
    QCOMPARE(f.tracker.statusText(), QString());
    QVERIFY(!f.tracker.contains(f.idAt(0)));
}

void TestSelectionTracker::oneRowThenManyWithCtrlAndShift()
{
    Fixture f;
    QVERIFY(f.open());
    f.changed.clear();
    f.clickRow(2);
    QCOMPARE(f.tracker.count(), 1);
    QCOMPARE(f.tracker.ids(), QStringList{f.idAt(2)});
    QVERIFY(f.tracker.contains(f.idAt(2)));
    QCOMPARE(f.tracker.statusText(), QStringLiteral("1 selected"));
    QVERIFY(!f.changed.isEmpty());
    QCOMPARE(f.tracker.instances().constFirst().name,
             f.table.connectorModel()->instanceAt(f.table.connectorModel()->rowOf(f.idAt(2)))->name);

    f.clickRow(5, Qt::ShiftModifier); // rows 2 to 5
    QCOMPARE(f.tracker.count(), 4);
    f.clickRow(8, Qt::ControlModifier);
    QCOMPARE(f.tracker.count(), 5);
    QCOMPARE(f.tracker.statusText(), QStringLiteral("5 selected"));
    QCOMPARE(f.selectedRowsInView(), 5);
    // In the order they were selected: the first click's row first, the Ctrl+click's last.
    QCOMPARE(f.tracker.ids().constFirst(), f.idAt(2));
    QCOMPARE(f.tracker.ids().constLast(), f.idAt(8));
    QCOMPARE(f.instanceIds(), f.tracker.ids());

    f.clickRow(3, Qt::ControlModifier); // Ctrl+click on a selected row takes it out
    QCOMPARE(f.tracker.count(), 4);
    QVERIFY(!f.tracker.contains(f.idAt(3)));
    QCOMPARE(f.tracker.countOnOtherPages(), 0);
}

void TestSelectionTracker::theSelectionOutlivesThePage()
{
    Fixture f;
    QVERIFY(f.open());
    f.clickRow(0);
    f.clickRow(2, Qt::ShiftModifier);
    const QStringList firstPage = f.tracker.ids();
    QCOMPARE(firstPage.size(), 3);

    QVERIFY(f.loadAfter([&] { f.controller.nextPage(); }));
    QCOMPARE(f.tracker.count(), 3); // a model reset does not clear it
    QCOMPARE(f.tracker.countOnOtherPages(), 3);
    QCOMPARE(f.selectedRowsInView(), 0);
    QCOMPARE(f.tracker.statusText(), QStringLiteral("3 selected (3 on other pages)"));
    f.clickRow(4, Qt::ControlModifier);
    f.clickRow(6, Qt::ControlModifier);
    QCOMPARE(f.tracker.count(), 5);
    QCOMPARE(f.tracker.statusText(), QStringLiteral("5 selected (3 on other pages)"));

    QVERIFY(f.loadAfter([&] { f.controller.previousPage(); }));
    QCOMPARE(f.tracker.count(), 5);
    QCOMPARE(f.tracker.statusText(), QStringLiteral("5 selected (2 on other pages)"));
    // The rows of this page that are selected show selected again.
    QCOMPARE(f.selectedRowsInView(), 3);
    for (int row = 0; row < 3; ++row)
        QVERIFY(f.table.selectionModel()->isRowSelected(row, {}));
    QCOMPARE(f.tracker.ids().mid(0, 3), firstPage);

    QVERIFY(f.loadAfter([&] { f.controller.lastPage(); })); // page 3: none of them
    QCOMPARE(f.tracker.countOnOtherPages(), 5);
    QCOMPARE(f.selectedRowsInView(), 0);
}

void TestSelectionTracker::aPlainClickOrArrowStartsOver()
{
    Fixture f;
    QVERIFY(f.open());
    f.clickRow(0);
    f.clickRow(1, Qt::ControlModifier);
    QVERIFY(f.loadAfter([&] { f.controller.nextPage(); }));
    f.clickRow(0, Qt::ControlModifier);
    QCOMPARE(f.tracker.count(), 3);

    // A plain click: a new selection, the rows of other pages included, as in a file manager.
    f.clickRow(5);
    QCOMPARE(f.tracker.count(), 1);
    QCOMPARE(f.tracker.ids(), QStringList{f.idAt(5)});
    QCOMPARE(f.tracker.countOnOtherPages(), 0);
    // Shift+arrows extend it; a plain arrow starts over again.
    QTest::keyClick(&f.table, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(&f.table, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(f.tracker.count(), 3);
    QTest::keyClick(&f.table, Qt::Key_Down);
    QCOMPARE(f.tracker.count(), 1);
    QCOMPARE(f.tracker.ids(), QStringList{f.idAt(8)});
    QCOMPARE(f.tracker.statusText(), QStringLiteral("1 selected"));
}

void TestSelectionTracker::ctrlATakesTheRowsOfThisPageOnly()
{
    Fixture f;
    QVERIFY(f.open());
    f.clickRow(3);
    QVERIFY(f.loadAfter([&] { f.controller.lastPage(); })); // five rows
    QCOMPARE(f.table.model()->rowCount(), 5);
    f.clickRow(0, Qt::ControlModifier);
    QCOMPARE(f.tracker.count(), 2);
    QTest::keyClick(&f.table, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(f.tracker.count(), 5); // the rows of this page, and only them
    QCOMPARE(f.tracker.countOnOtherPages(), 0);
    QCOMPARE(f.selectedRowsInView(), 5);
    QCOMPARE(f.tracker.statusText(), QStringLiteral("5 selected"));
}

void TestSelectionTracker::selectAllMatchingReplacesTheSelection()
{
    Fixture f;
    QVERIFY(f.open());
    f.clickRow(9);
    ListQuery team;
    team.setScope(ListQuery::Scope::Team);
    const QList<ConnectorInstance> all = f.ts.loadAll(team); // what Select all matching gathers
    QCOMPARE(all.size(), 25);
    f.changed.clear();
    f.tracker.setInstances(all);
    QCOMPARE(f.changed.size(), 1);
    QCOMPARE(f.tracker.count(), 25);
    QCOMPARE(f.instanceIds().size(), 25);
    QCOMPARE(f.tracker.instances().constFirst().id, all.constFirst().id); // in the order given
    QCOMPARE(f.tracker.countOnOtherPages(), 15);
    QCOMPARE(f.selectedRowsInView(), 10); // this page shows it
    QCOMPARE(f.tracker.statusText(), QStringLiteral("25 selected (15 on other pages)"));

    // The same instance twice, or one without an id, is taken once or not at all.
    ConnectorInstance noId;
    noId.name = QStringLiteral("nameless");
    f.tracker.setInstances({all.at(0), all.at(0), noId});
    QCOMPARE(f.tracker.count(), 1);
    QCOMPARE(f.selectedRowsInView(), 1); // the first of the list is on this page
    f.tracker.setInstances({});
    QCOMPARE(f.tracker.count(), 0);
    QCOMPARE(f.selectedRowsInView(), 0);
}

void TestSelectionTracker::freshDataAndDeletionsFromABulkRun()
{
    Fixture f;
    QVERIFY(f.open());
    f.clickRow(0);
    f.clickRow(3, Qt::ShiftModifier);
    const QStringList ids = f.tracker.ids();
    QCOMPARE(ids.size(), 4);
    // A disable of all four: the read-backs say inactive... and a stranger's instance is not taken in.
    QList<ConnectorInstance> readBacks;
    for (const QString& id : ids) {
        ConnectorInstance c = f.ts.fetch(id);
        c.isActive = false;
        c.name = c.name + QStringLiteral(" (read back)");
        readBacks.append(c);
    }
    ConnectorInstance stranger = readBacks.constFirst();
    stranger.id = QStringLiteral("not-selected");
    readBacks.append(stranger);
    f.changed.clear();
    f.tracker.refresh(readBacks);
    QCOMPARE(f.changed.size(), 1);
    QCOMPARE(f.tracker.count(), 4);
    QVERIFY(!f.tracker.contains(QStringLiteral("not-selected")));
    for (const ConnectorInstance& c : f.tracker.instances())
        QVERIFY2(c.name.endsWith(QLatin1String(" (read back)")), qPrintable(c.name));

    // A delete of two of them: they leave the selection, and their rows are no longer shown selected.
    f.tracker.refresh({}, {ids.at(1), ids.at(2)});
    QCOMPARE(f.tracker.ids(), (QStringList{ids.at(0), ids.at(3)}));
    QCOMPARE(f.selectedRowsInView(), 2);
    QCOMPARE(f.tracker.statusText(), QStringLiteral("2 selected"));
}

void TestSelectionTracker::rowsReadAgainAreTakenIn()
{
    Fixture f;
    QVERIFY(f.open());
    f.clickRow(1);
    const QString id = f.idAt(1);
    // A row updated in place (a read-back of the details, a follower).
    ConnectorInstance renamed = *f.table.connectorModel()->instanceAt(f.table.connectorModel()->rowOf(id));
    renamed.name = QStringLiteral("Renamed in place");
    QVERIFY(f.table.connectorModel()->updateConnector(renamed));
    QCOMPARE(f.tracker.instances().constFirst().name, QStringLiteral("Renamed in place"));

    // A reload with what the server holds now: the kept instance is the server's.
    QVERIFY(
        f.ts.server.store().updateInstance(id, {{QStringLiteral("name"), QStringLiteral("Renamed on the server")}}));
    QVERIFY(f.loadAfter([&] { f.controller.reload(); }));
    QCOMPARE(f.tracker.count(), 1);
    QCOMPARE(f.tracker.instances().constFirst().name, QStringLiteral("Renamed on the server"));
    QVERIFY(f.table.selectionModel()->isRowSelected(f.table.connectorModel()->rowOf(id), {}));
}

void TestSelectionTracker::clearForgetsEverything()
{
    Fixture f;
    QVERIFY(f.open());
    f.clickRow(0);
    f.clickRow(4, Qt::ShiftModifier);
    QVERIFY(f.loadAfter([&] { f.controller.nextPage(); }));
    f.changed.clear();
    f.tracker.clear();
    QCOMPARE(f.changed.size(), 1);
    QCOMPARE(f.tracker.count(), 0);
    QCOMPARE(f.tracker.statusText(), QString());
    QVERIFY(f.loadAfter([&] { f.controller.previousPage(); }));
    QCOMPARE(f.selectedRowsInView(), 0); // nothing shows selected when the page comes back
}

QTEST_MAIN(TestSelectionTracker)
#include "tst_selectiontracker.moc"
