// The list's type and sign-in filters, sorting and pasted ids in the window, against the dev server over HTTP: the type
// combo filled from the registry and "Not authenticated", filters and order that outlive the window, a sort indicator
// that never claims more than it sorted, a pasted id that opens its instance, a new instance selected on whatever page
// holds it, and a rename read back.
#include "mainwindowtest.h"

#include "app/list/filterbar.h"
#include "core/list/connectorpageloader.h"
#include "core/list/connectorsortproxymodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonObject>
#include <QLineEdit>
#include <QStatusBar>

using namespace apptest;
using devserver::Dialect;

class TestMainWindowFilters : public MainWindowTest
{
    Q_OBJECT

private slots:
    void typeComboComesFromTheRegistryAndFilters();
    void notAuthenticatedAsksTheServer();
    void filtersAndOrderOutliveTheWindow();
    void rememberedSortDoesNotDressUpServerPages();
    void headerSortsWhereTheWholeResultIsHere();
    void pastedIdOpensTheInstance();
    void createdInstanceIsSelectedOnAnotherPage();
    void createdInstanceHiddenByFiltersIsRevealed();
    void renameReadsBackUpdatedAndDetails();
};

namespace {

QString currentMessage(const Harness& h)
{
    return h.window->statusBar()->currentMessage();
}

// The rows as the table shows them (through the sorting proxy).
QStringList shownIds(const Harness& h)
{
    QStringList ids;
    const QAbstractItemModel* model = h.table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->index(row, 0).data(ConnectorTableModel::IdRole).toString());
    return ids;
}

QStringList sourceIds(const Harness& h)
{
    QStringList ids;
    for (const ConnectorInstance& c : h.model()->connectors())
        ids.append(c.id);
    return ids;
}

// A click on a column's header, as the admin's: the window is shown for it to land.
void clickHeader(const Harness& h, int column)
{
    h.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(h.window.get()));
    QHeaderView* header = h.table()->horizontalHeader();
    const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
}

} // namespace

void TestMainWindowFilters::typeComboComesFromTheRegistryAndFilters()
{
    Harness h(60);
    QVERIFY(h.open());
    QCOMPARE(h.ts.countRequests(QStringLiteral("/connectors/registry")), 0); // not at every start
    auto* combo = h.child<QComboBox>("typeCombo");
    combo->showPopup();
    QTRY_COMPARE(combo->count(), int(h.ts.server.store().types().size()) + 1);
    combo->hidePopup();
    QCOMPARE(combo->itemText(0), QStringLiteral("All types"));
    // The type of the first row: the list then holds only that type, as the server filtered it.
    const QString type = h.model()->instanceAt(0)->connectorType;
    h.ts.server.clearRequestLog();
    QVERIFY(h.loadAfter([&] { combo->setCurrentIndex(combo->findData(type)); }));
    const QList<devserver::LoggedRequest> requests = listRequests(h.ts.server);
    QVERIFY(!requests.isEmpty());
    for (const devserver::LoggedRequest& r : requests)
        QCOMPARE(r.query.queryItemValue(QStringLiteral("connectorType")), type);
    QVERIFY(h.model()->rowCount() > 0);
    for (const ConnectorInstance& c : h.model()->connectors())
        QCOMPARE(c.connectorType, type);
}

void TestMainWindowFilters::notAuthenticatedAsksTheServer()
{
    Harness h(60);
    QVERIFY(h.open());
    auto* check = h.child<QCheckBox>("notAuthenticatedCheck");
    h.ts.server.clearRequestLog();
    QVERIFY(h.loadAfter([&] { check->click(); }));
    for (const devserver::LoggedRequest& r : listRequests(h.ts.server))
        QCOMPARE(r.query.queryItemValue(QStringLiteral("isAuthenticated")), QStringLiteral("false"));
    QVERIFY(h.model()->rowCount() > 0);
    for (const ConnectorInstance& c : h.model()->connectors())
        QVERIFY(!c.isAuthenticated);
    // The configured list takes no such filter: the box is off there and nothing is sent.
    auto* state = h.child<QComboBox>("stateCombo");
    h.ts.server.clearRequestLog();
    QVERIFY(h.loadAfter([&] { state->setCurrentIndex(state->findData(int(ListQuery::State::Configured))); }));
    QVERIFY(!check->isEnabled());
    for (const devserver::LoggedRequest& r : listRequests(h.ts.server))
        QVERIFY(!r.query.hasQueryItem(QStringLiteral("isAuthenticated")));
}

void TestMainWindowFilters::filtersAndOrderOutliveTheWindow()
{
    TestServer ts(Dialect::PipesHub, 80);
    QString type;
    {
        MainWindow first(ts.client.get());
        QSignalSpy loaded(controllerOf(&first), &ConnectorListController::pageLoaded);
        first.openServer(ts.server.baseUrl(), testToken);
        QVERIFY(loaded.wait(5000));
        type = modelOf(&first)->instanceAt(0)->connectorType;
        auto* bar = first.findChild<FilterBar*>(QStringLiteral("filterBar"));
        bar->scopeCombo()->setCurrentIndex(bar->scopeCombo()->findData(int(ListQuery::Scope::Team)));
        bar->stateCombo()->setCurrentIndex(bar->stateCombo()->findData(int(ListQuery::State::Inactive)));
        bar->notAuthenticatedCheck()->setChecked(true);
        controllerOf(&first)->setConnectorType(type); // as the combo does
        QTRY_VERIFY(!controllerOf(&first)->isLoading());
        // Inactive is sorted whole here: the click is taken.
        tableOf(&first)->sortByColumn(ConnectorTableModel::NameColumn, Qt::DescendingOrder);
        QTRY_VERIFY(!controllerOf(&first)->isLoading());
        QCOMPARE(controllerOf(&first)->query().sortColumn(), int(ConnectorTableModel::NameColumn));
        first.close(); // saves
    }
    ts.server.clearRequestLog();
    MainWindow second(ts.client.get());
    auto* bar = second.findChild<FilterBar*>(QStringLiteral("filterBar"));
    // Shown before any server answers.
    QCOMPARE(bar->scope(), ListQuery::Scope::Team);
    QCOMPARE(bar->state(), ListQuery::State::Inactive);
    QCOMPARE(bar->connectorType(), type);
    QVERIFY(bar->notAuthenticatedCheck()->isChecked());
    QSignalSpy loaded(controllerOf(&second), &ConnectorListController::pageLoaded);
    second.openServer(ts.server.baseUrl(), testToken);
    QVERIFY(loaded.wait(5000));
    const QList<devserver::LoggedRequest> requests = listRequests(ts.server);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.constFirst().path, QStringLiteral("/api/v1/connectors/inactive"));
    QHeaderView* header = tableOf(&second)->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), int(ConnectorTableModel::NameColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    for (const ConnectorInstance& c : modelOf(&second)->connectors()) {
        QCOMPARE(c.connectorType, type);
        QVERIFY(!c.isActive && !c.isAuthenticated && c.scope == ConnectorScope::Team);
    }
}

void TestMainWindowFilters::rememberedSortDoesNotDressUpServerPages()
{
    {
        QSettings settings = appsettings::open();
        settings.setValue(QStringLiteral("list/state"), QStringLiteral("all"));
        settings.setValue(QStringLiteral("list/sortColumn"), int(ConnectorTableModel::NameColumn));
        settings.setValue(QStringLiteral("list/sortDescending"), false);
    }
    Harness h(137);
    QCOMPARE(h.table()->horizontalHeader()->sortIndicatorSection(), -1); // nothing claimed before the rows
    QVERIFY(h.open());
    QVERIFY(h.controller()->pagination().hasMore);
    // Page 1 of 7 is shown in the server's order, with no indicator.
    QCOMPARE(h.table()->horizontalHeader()->sortIndicatorSection(), -1);
    QCOMPARE(h.table()->proxyModel()->sortColumn(), -1);
    QCOMPARE(shownIds(h), sourceIds(h));
    QVERIFY(h.table()->horizontalHeader()->toolTip().contains(QStringLiteral("cannot sort")));
    // A click does not sort a page of seven, and says why.
    clickHeader(h, ConnectorTableModel::NameColumn);
    QCOMPARE(h.table()->horizontalHeader()->sortIndicatorSection(), -1);
    QCOMPARE(shownIds(h), sourceIds(h));
    QVERIFY2(currentMessage(h).contains(QStringLiteral("cannot sort")), qPrintable(currentMessage(h)));
}

void TestMainWindowFilters::headerSortsWhereTheWholeResultIsHere()
{
    Harness h(137);
    QVERIFY(h.open());
    // A search narrow enough for one page: the whole result is here, the click sorts it all.
    const QString name = h.model()->instanceAt(0)->name;
    const QString term = name.section(QLatin1Char(' '), -1); // the type's display name
    auto* search = h.child<QLineEdit>("searchEdit");
    const auto searchFor = [&](const QString& text) {
        return h.loadAfter([&] {
            search->clear();
            QTest::keyClicks(search, text);
            QTest::keyClick(search, Qt::Key_Return);
        });
    };
    QVERIFY(searchFor(term));
    if (h.controller()->pagination().hasMore) // a common type: narrow by the whole name
        QVERIFY(searchFor(name));
    QVERIFY(!h.controller()->pagination().hasMore);
    clickHeader(h, ConnectorTableModel::NameColumn);
    QCOMPARE(h.table()->horizontalHeader()->sortIndicatorSection(), int(ConnectorTableModel::NameColumn));
    QCOMPARE(h.table()->proxyModel()->sortColumn(), int(ConnectorTableModel::NameColumn));
    const QAbstractItemModel* shown = h.table()->model();
    QVERIFY(shown->rowCount() > 0);
    for (int row = 1; row < shown->rowCount(); ++row) {
        const auto before = shown->index(row - 1, 0).data(ConnectorTableModel::InstanceRole).value<ConnectorInstance>();
        const auto after = shown->index(row, 0).data(ConnectorTableModel::InstanceRole).value<ConnectorInstance>();
        QVERIFY2(!h.controller()->query().comesBefore(after, before),
                 qPrintable(before.name + QLatin1String(" / ") + after.name));
    }
    // The Inactive list, many pages of it: sorted whole, page 1 is the top of every page.
    QVERIFY(h.loadAfter([&] {
        search->clear();
        emit h.child<FilterBar>("filterBar")->searchSubmitted();
    }));
    QVERIFY(h.loadAfter([&] { h.controller()->setLimit(5); })); // pages of five: surely several
    auto* state = h.child<QComboBox>("stateCombo");
    QVERIFY(h.loadAfter([&] { state->setCurrentIndex(state->findData(int(ListQuery::State::Inactive))); }));
    QVERIFY(h.controller()->pagination().hasMore);
    QCOMPARE(h.table()->horizontalHeader()->sortIndicatorSection(), int(ConnectorTableModel::NameColumn));
    const QString firstShown = h.table()->model()->index(0, 0).data(ConnectorTableModel::IdRole).toString();
    // No inactive instance of any page comes before it by name.
    const QList<ConnectorInstance>* cached = h.controller()->loader()->cachedList(ListQuery::State::Inactive);
    QVERIFY(cached);
    const int firstRow = h.model()->rowOf(firstShown);
    QVERIFY(firstRow >= 0);
    for (const ConnectorInstance& c : *cached)
        QVERIFY2(!h.controller()->query().comesBefore(c, *h.model()->instanceAt(firstRow)), qPrintable(c.name));
}

void TestMainWindowFilters::pastedIdOpensTheInstance()
{
    Harness h(137);
    QVERIFY(h.open());
    const QString id = h.ts.server.store().ids().constLast(); // the oldest: on the last page
    QVERIFY(h.model()->rowOf(id) < 0);
    auto* search = h.child<QLineEdit>("searchEdit");
    search->setFocus();
    QVERIFY(h.loadAfter([&] {
        QTest::keyClicks(search, id);
        QTest::keyClick(search, Qt::Key_Return);
    }));
    QCOMPARE(h.model()->rowCount(), 1);
    QCOMPARE(h.table()->currentConnectorId(), id);
    QTRY_COMPARE(h.details()->connectorId(), id);
    QVERIFY2(currentMessage(h).contains(id), qPrintable(currentMessage(h)));
}

void TestMainWindowFilters::createdInstanceIsSelectedOnAnotherPage()
{
    Harness h(137);
    QVERIFY(h.open());
    // A personal instance: the list is every team instance first, so it lands on a later page.
    const QString id = h.ts.server.store().addInstance(
        {{QStringLiteral("name"), QStringLiteral("Far away")}, {QStringLiteral("scope"), QStringLiteral("personal")}});
    ConnectorInstance created;
    created.id = id;
    created.name = QStringLiteral("Far away");
    created.scope = ConnectorScope::Personal;
    emit h.dialogs()->created(created);
    QTRY_COMPARE_WITH_TIMEOUT(h.table()->currentConnectorId(), id, 10000);
    QVERIFY(h.controller()->query().page() > 1);
    QCOMPARE(h.controller()->query().scope(), ListQuery::Scope::All); // no filter had to go
    QVERIFY2(currentMessage(h).contains(QStringLiteral("page %1").arg(h.controller()->query().page())),
             qPrintable(currentMessage(h)));
}

void TestMainWindowFilters::createdInstanceHiddenByFiltersIsRevealed()
{
    Harness h(30);
    QVERIFY(h.open());
    auto* state = h.child<QComboBox>("stateCombo");
    QVERIFY(h.loadAfter([&] { state->setCurrentIndex(state->findData(int(ListQuery::State::Active))); }));
    const QString id = h.ts.server.store().addInstance({{QStringLiteral("name"), QStringLiteral("Not active yet")}});
    ConnectorInstance created;
    created.id = id;
    created.name = QStringLiteral("Not active yet");
    created.scope = ConnectorScope::Team;
    emit h.dialogs()->created(created);
    QTRY_COMPARE_WITH_TIMEOUT(h.table()->currentConnectorId(), id, 10000);
    QCOMPARE(h.controller()->query().state(), ListQuery::State::All);
    QCOMPARE(h.child<FilterBar>("filterBar")->state(), ListQuery::State::All);
    QVERIFY2(currentMessage(h).contains(QStringLiteral("state")), qPrintable(currentMessage(h)));
}

void TestMainWindowFilters::renameReadsBackUpdatedAndDetails()
{
    Harness h(30);
    QVERIFY(h.open());
    ConnectorInstance renamed = *h.model()->instanceAt(3);
    QVERIFY(h.table()->selectConnector(renamed.id));
    QTRY_COMPARE(h.details()->instance().id, renamed.id);
    // The server's truth after the rename: its name, and a later "updated" than the row has.
    const QDateTime updated = renamed.updatedAt.addSecs(3600);
    h.ts.server.store().updateInstance(renamed.id,
                                       {{QStringLiteral("name"), QStringLiteral("Renamed")},
                                        {QStringLiteral("updatedAt"), updated.toMSecsSinceEpoch()}});
    renamed.name = QStringLiteral("Renamed"); // what the minimal rename answer brings
    emit h.dialogs()->renamed(renamed);
    const int row = h.model()->rowOf(renamed.id);
    QTRY_COMPARE(h.model()->instanceAt(row)->updatedAt, updated);
    QCOMPARE(h.model()->instanceAt(row)->name, QStringLiteral("Renamed"));
    QTRY_COMPARE(h.details()->instance().updatedAt, updated);
    QCOMPARE(h.table()
                 ->model()
                 ->index(h.table()->currentIndex().row(), ConnectorTableModel::UpdatedColumn)
                 .data()
                 .toString(),
             ConnectorTableModel::formatTime(updated));
}

QTEST_MAIN(TestMainWindowFilters)
#include "tst_mainwindowfilters.moc"
