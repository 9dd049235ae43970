// The table model and its sorting proxy under QAbstractItemModelTester, with the instances a dev
// server lists and with made-up ones whose order is known: resets, updates and removals keep the
// model's contract, and sorting follows raw values, a person's order of names and stable tie breaks.
#include "testserver.h"

#include "core/list/connectorpageloader.h"
#include "core/list/connectorsortproxymodel.h"
#include "core/list/connectortablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

QList<ConnectorInstance> serverInstances(TestServer& ts)
{
    ConnectorPageLoader loader(ts.client.get());
    QList<ConnectorInstance> out;
    QObject::connect(&loader, &ConnectorPageLoader::allPagesLoaded, [&](const AllPages& all) { out = all.connectors; });
    ListQuery query;
    query.setLimit(ListQuery::maxLimit);
    loader.loadAllPages(query);
    if (!QTest::qWaitFor([&] { return !loader.isLoading(); }, 10000))
        qFatal("the list did not load");
    return out;
}

ConnectorInstance instance(const QString& id, const QString& name, bool active = false, const QDateTime& created = {})
{
    ConnectorInstance c;
    c.id = id;
    c.name = name;
    c.connectorType = QStringLiteral("Jira");
    c.scope = ConnectorScope::Team;
    c.isActive = active;
    c.createdAt = created;
    return c;
}

QStringList column(const QAbstractItemModel& model, int role, int col = ConnectorTableModel::NameColumn)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, col).data(role).toString());
    return out;
}

} // namespace

class TestConnectorModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tableModelKeepsItsContract();
    void tableModelShowsWhatTheServerSent();
    void markedDeletionLastsUntilTheRowIsGone();
    void proxyKeepsItsContractWhileSorting();
    void namesSortAsAPersonReadsThem();
    void datesSortByTimeNotByText();
    void tiesAreBrokenByNameThenId();
};

void TestConnectorModels::initTestCase()
{
    // ctest runs under LC_ALL=C.UTF-8, whose collation is a plain comparison of code points: the order
    // a person reads is that of a real locale. The proxy's collator takes the default locale when it
    // first sorts.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestConnectorModels::tableModelKeepsItsContract()
{
    TestServer ts(devserver::Dialect::PipesHub, 60);
    const QList<ConnectorInstance> all = serverInstances(ts);
    QCOMPARE(all.size(), 60);

    ConnectorTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    model.setConnectors(all);
    QCOMPARE(model.rowCount(), 60);
    QCOMPARE(model.columnCount(), int(ConnectorTableModel::ColumnCount));
    QCOMPARE(reset.count(), 1);

    ConnectorInstance renamed = all.at(7);
    renamed.name = QStringLiteral("Renamed in place");
    QVERIFY(model.updateConnector(renamed));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(7, 0));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(7, ConnectorTableModel::ColumnCount - 1));
    QCOMPARE(model.index(7, ConnectorTableModel::NameColumn).data().toString(), renamed.name);
    QVERIFY(!model.updateConnector(instance(QStringLiteral("not-shown"), QStringLiteral("x"))));
    QCOMPARE(changed.count(), 1);

    QVERIFY(model.removeConnector(all.at(0).id));
    QVERIFY(model.removeConnector(all.at(59).id));
    QVERIFY(!model.removeConnector(all.at(0).id)); // gone already
    QCOMPARE(removed.count(), 2);
    QCOMPARE(model.rowCount(), 58);
    QCOMPARE(model.rowOf(all.at(0).id), -1);
    QCOMPARE(model.rowOf(all.at(1).id), 0);
    QCOMPARE(model.instanceAt(0)->id, all.at(1).id);
    QVERIFY(!model.instanceAt(58));
    QVERIFY(!model.instanceAt(-1));

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.index(0, 0).isValid());
    model.setConnectors(all.mid(10, 5));
    QCOMPARE(model.rowCount(), 5);
}

void TestConnectorModels::markedDeletionLastsUntilTheRowIsGone()
{
    const QList<ConnectorInstance> page{instance(QStringLiteral("a"), QStringLiteral("Alpha")),
                                        instance(QStringLiteral("b"), QStringLiteral("Beta")),
                                        instance(QStringLiteral("c"), QStringLiteral("Gamma"))};
    ConnectorTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConnectors(page);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    auto deletingRole = [&](int row) {
        return model.index(row, ConnectorTableModel::StateColumn).data(ConnectorTableModel::DeletingRole).toBool();
    };
    QVERIFY(!deletingRole(1));
    QVERIFY(!model.isDeleting(QStringLiteral("b")));

    QVERIFY(model.markDeleting(QStringLiteral("b")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(1, 0));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(1, ConnectorTableModel::ColumnCount - 1));
    QVERIFY(model.isDeleting(QStringLiteral("b")));
    QVERIFY(deletingRole(1));
    QVERIFY(model.instanceAt(1)->isDeleting());
    QVERIFY(!model.instanceAt(1)->lockReason().isEmpty()); // rename and delete refuse it now
    QVERIFY(!deletingRole(0));
    QVERIFY(!model.markDeleting(QStringLiteral("not-shown")));
    QCOMPARE(changed.count(), 1);

    // A details answer or a reload fetched before the server started deleting does not undo the mark.
    ConnectorInstance stale = page.at(1);
    stale.name = QStringLiteral("Beta, renamed");
    QVERIFY(model.updateConnector(stale));
    QVERIFY(model.isDeleting(QStringLiteral("b")));
    QCOMPARE(model.instanceAt(1)->name, stale.name);
    model.setConnectors(page);
    QVERIFY(model.isDeleting(QStringLiteral("b")));
    QVERIFY(!model.isDeleting(QStringLiteral("a")));

    // Once a page comes without it, the mark is gone: the same id later is a new instance.
    model.setConnectors({page.at(0), page.at(2)});
    QVERIFY(!model.isDeleting(QStringLiteral("b")));
    model.setConnectors(page);
    QVERIFY(!model.isDeleting(QStringLiteral("b")));

    // Removing the row, or clearing the model for another server, forgets the mark as well.
    QVERIFY(model.markDeleting(QStringLiteral("c")));
    QVERIFY(model.removeConnector(QStringLiteral("c")));
    model.setConnectors(page);
    QVERIFY(!model.isDeleting(QStringLiteral("c")));
    QVERIFY(model.markDeleting(QStringLiteral("a")));
    model.clear();
    model.setConnectors(page);
    QVERIFY(!model.isDeleting(QStringLiteral("a")));
}

void TestConnectorModels::tableModelShowsWhatTheServerSent()
{
    TestServer ts(devserver::Dialect::Published, 25);
    const QList<ConnectorInstance> all = serverInstances(ts);
    ConnectorTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConnectors(all);
    for (int row = 0; row < all.size(); ++row) {
        const ConnectorInstance& c = all.at(row);
        QCOMPARE(model.index(row, ConnectorTableModel::NameColumn).data().toString(), c.name);
        QCOMPARE(model.index(row, ConnectorTableModel::ScopeColumn).data(ConnectorTableModel::SortRole).toString(),
                 model.index(row, ConnectorTableModel::ScopeColumn).data().toString());
        QCOMPARE(model.index(row, ConnectorTableModel::TypeColumn).data(ConnectorTableModel::IdRole).toString(), c.id);
        QCOMPARE(model.index(row, 0).data(ConnectorTableModel::InstanceRole).value<ConnectorInstance>(), c);
        QCOMPARE(model.index(row, 0).data(ConnectorTableModel::BadgesRole).toStringList(),
                 ConnectorTableModel::badges(c));
        QCOMPARE(model.index(row, ConnectorTableModel::CreatedColumn).data(ConnectorTableModel::SortRole).toLongLong(),
                 c.createdAt.toMSecsSinceEpoch());
        QCOMPARE(model.rowOf(c.id), row);
    }
    for (int col = 0; col < ConnectorTableModel::ColumnCount; ++col)
        QVERIFY(!model.headerData(col, Qt::Horizontal).toString().isEmpty());
    QVERIFY(!model.index(all.size(), 0).isValid());
}

void TestConnectorModels::proxyKeepsItsContractWhileSorting()
{
    TestServer ts(devserver::Dialect::PipesHub, 80);
    const QList<ConnectorInstance> all = serverInstances(ts);
    ConnectorTableModel model;
    ConnectorSortProxyModel proxy;
    QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    model.setConnectors(all);
    for (int col = 0; col < ConnectorTableModel::ColumnCount; ++col) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder})
            proxy.sort(col, order);
    }
    QCOMPARE(proxy.rowCount(), all.size());

    // Sorted by name, a rename moves the row to its new place (the proxy sorts dynamically), and back.
    proxy.sort(ConnectorTableModel::NameColumn, Qt::AscendingOrder);
    ConnectorInstance first = all.at(3);
    const int before = proxy.mapFromSource(model.index(3, 0)).row();
    QVERIFY(before > 0);
    first.name = QStringLiteral("!first");
    QVERIFY(model.updateConnector(first));
    QCOMPARE(proxy.index(0, 0).data(ConnectorTableModel::IdRole).toString(), first.id);
    first.name = all.at(3).name;
    QVERIFY(model.updateConnector(first));
    QCOMPARE(proxy.mapFromSource(model.index(3, 0)).row(), before);
    QVERIFY(model.removeConnector(first.id));
    QCOMPARE(proxy.rowCount(), all.size() - 1);
    model.clear();
    QCOMPARE(proxy.rowCount(), 0);
}

void TestConnectorModels::namesSortAsAPersonReadsThem()
{
    ConnectorTableModel model;
    model.setConnectors({instance(QStringLiteral("1"), QStringLiteral("drive 10")),
                         instance(QStringLiteral("2"), QStringLiteral("Drive 2")),
                         instance(QStringLiteral("3"), QStringLiteral("drive 1")),
                         instance(QStringLiteral("4"), QStringLiteral("Äpfel")),
                         instance(QStringLiteral("5"), QStringLiteral("apple"))});
    ConnectorSortProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(ConnectorTableModel::NameColumn, Qt::AscendingOrder);
    // Numbers by value, case ignored: "Drive 2" before "drive 10" (a plain string sort puts it after),
    // "Äpfel" among the a's.
    QCOMPARE(column(proxy, Qt::DisplayRole), (QStringList{"Äpfel", "apple", "drive 1", "Drive 2", "drive 10"}));
    proxy.sort(ConnectorTableModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(column(proxy, Qt::DisplayRole), (QStringList{"drive 10", "Drive 2", "drive 1", "apple", "Äpfel"}));
}

void TestConnectorModels::datesSortByTimeNotByText()
{
    const QDateTime base(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    ConnectorTableModel model;
    // As text, "Dec" < "Feb" < "Jan" and 9:00 > 10:00; by time they are in id order.
    model.setConnectors({instance(QStringLiteral("c"), QStringLiteral("x"), false, base.addMonths(11)),
                         instance(QStringLiteral("a"), QStringLiteral("x"), false, base.addSecs(9 * 3600)),
                         instance(QStringLiteral("none"), QStringLiteral("x"), false, QDateTime()),
                         instance(QStringLiteral("b"), QStringLiteral("x"), false, base.addSecs(10 * 3600))});
    ConnectorSortProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(ConnectorTableModel::CreatedColumn, Qt::AscendingOrder);
    // No date at all sorts first.
    QCOMPARE(column(proxy, ConnectorTableModel::IdRole), (QStringList{"none", "a", "b", "c"}));
}

void TestConnectorModels::tiesAreBrokenByNameThenId()
{
    ConnectorTableModel model;
    model.setConnectors({instance(QStringLiteral("id-3"), QStringLiteral("same"), true),
                         instance(QStringLiteral("id-1"), QStringLiteral("same"), true),
                         instance(QStringLiteral("id-2"), QStringLiteral("b other"), true),
                         instance(QStringLiteral("id-0"), QStringLiteral("a inactive"), false)});
    ConnectorSortProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(ConnectorTableModel::StateColumn, Qt::AscendingOrder);
    // Inactive ranks below active; the three active ones by name, the two "same" by id.
    QCOMPARE(column(proxy, ConnectorTableModel::IdRole), (QStringList{"id-0", "id-2", "id-1", "id-3"}));
    // Reloading the same rows in another order gives the same order again.
    QList<ConnectorInstance> reversed = model.connectors();
    std::reverse(reversed.begin(), reversed.end());
    model.setConnectors(reversed);
    QCOMPARE(column(proxy, ConnectorTableModel::IdRole), (QStringList{"id-0", "id-2", "id-1", "id-3"}));
}

QTEST_GUILESS_MAIN(TestConnectorModels)
#include "tst_connectormodels.moc"
