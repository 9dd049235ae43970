// The main window against the dev server over HTTP: filters, search, paging, selection, the actions
// and what they may do, driven through the real widgets.
#include "apptestutil.h"

#include "core/connectorinstance.h"
#include "core/connectorsortproxymodel.h"
#include "detailspane.h"
#include "dialoglauncher.h"
#include "filterbar.h"
#include "pagerwidget.h"
#include "statuspanel.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>
#include <QTreeWidget>

using namespace apptest;
using devserver::Dialect;
using devserver::Fault;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

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
    void selectionIsKeptByIdAcrossReload();
    void detailsShowEveryFieldFromTheServer();
    void lockedInstanceCannotBeRenamedOrDeleted();
    void deletingInstanceCannotBeRenamedOrDeleted();
    void noSelectionDisablesRowActions();
    void contextMenuOffersTheRowActions();
    void createdInstanceIsSelectedAfterReload();
    void createdInstanceOffThePageIsReported();
    void renameUpdatesTheRowInPlace();
    void backgroundDeleteShowsDeletingThenReloads();
    void switchingServerReloadsFromTheNewOne();
    void titleAndStatusNameTheServer();
    void hiddenDetailsPaneFetchesNothingUntilShown();
    void rowShortcutsActOnTheTableOnly();
    void copyActionsPutIdAndNameOnTheClipboard();
    void aboutNamesVersionQtAndLicence();
    void layoutAndPageSizeOutliveTheWindow();
};

void TestMainWindow::initTestCase()
{
    isolateSettings();
    const QString file = QSettings(QStringLiteral("PipesHub"), QStringLiteral("connector-admin")).fileName();
    QVERIFY2(!file.startsWith(QDir::homePath() + QStringLiteral("/.config")), qPrintable(file));
}

void TestMainWindow::init()
{
    QSettings(QStringLiteral("PipesHub"), QStringLiteral("connector-admin")).clear();
}

void TestMainWindow::firstLoadFillsTableAndRange()
{
    Harness h(137);
    QVERIFY(h.open());
    QCOMPARE(h.model()->rowCount(), 20);
    QCOMPARE(h.child<QLabel>("rangeLabel")->text(), QStringLiteral("1-20 of 137"));
    QCOMPARE(h.child<QLabel>("statusRangeLabel")->text(), QStringLiteral("1-20 of 137"));
    QCOMPARE(h.window->statusPanel()->connectionText(), QStringLiteral("Connected"));
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

void TestMainWindow::selectionIsKeptByIdAcrossReload()
{
    Harness h(60);
    QVERIFY(h.open());
    const QString id = h.model()->instanceAt(7)->id;
    QSignalSpy changed(h.table(), &ConnectorTableView::currentConnectorChanged);
    QVERIFY(h.table()->selectConnector(id));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(h.window->detailsPane()->connectorId(), id);
    // Sorting moves the row; the selection follows it.
    h.table()->sortByColumn(ConnectorTableModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(h.table()->currentConnectorId(), id);
    // Someone else adds an instance (it comes first: newest first): the row moves on the page.
    h.ts.server.store().addInstance({{QStringLiteral("name"), QStringLiteral("Brand new")}});
    QVERIFY(h.loadAfter([&] { h.child<QAction>("actionReload")->trigger(); }));
    QCOMPARE(h.table()->currentConnectorId(), id);
    QCOMPARE(changed.size(), 1);
    QVERIFY(h.table()->selectionModel()->isRowSelected(h.table()->currentIndex().row(), {}));
    // Once it is gone from the page, nothing is selected and the details pane says so.
    h.ts.server.store().removeInstance(id);
    QVERIFY(h.loadAfter([&] { h.child<QAction>("actionReload")->trigger(); }));
    QVERIFY(h.table()->currentConnectorId().isEmpty());
    QCOMPARE(changed.size(), 2);
    QVERIFY(h.window->detailsPane()->connectorId().isEmpty());
}

void TestMainWindow::detailsShowEveryFieldFromTheServer()
{
    Harness h(30);
    QVERIFY(h.open());
    const ConnectorInstance row = *h.model()->instanceAt(2);
    DetailsPane* details = h.window->detailsPane();
    QSignalSpy fetched(details, &DetailsPane::instanceFetched);
    const int before = h.ts.countRequests(QStringLiteral("/connectors/") + row.id, "GET");
    QVERIFY(h.table()->selectConnector(row.id));
    // The row at once...
    QCOMPARE(details->connectorId(), row.id);
    QVERIFY(!details->tree()->findItems(row.name, Qt::MatchExactly | Qt::MatchRecursive, 1).isEmpty());
    // ...then the server's whole answer, unknown fields included.
    QVERIFY(fetched.wait(5000));
    QCOMPARE(h.ts.countRequests(QStringLiteral("/connectors/") + row.id, "GET"), before + 1);
    const ConnectorInstance full = details->instance();
    QVERIFY(!full.extra.isEmpty());
    for (auto it = full.extra.constBegin(); it != full.extra.constEnd(); ++it)
        QVERIFY2(!details->tree()->findItems(it.key(), Qt::MatchExactly | Qt::MatchRecursive, 0).isEmpty(),
                 qPrintable(it.key()));
    QVERIFY(details->errorText().isEmpty());
}

void TestMainWindow::lockedInstanceCannotBeRenamedOrDeleted()
{
    Harness h(30);
    QVERIFY(h.open());
    const QString locked = h.model()->instanceAt(3)->id;
    const QString free = h.model()->instanceAt(4)->id;
    h.ts.server.store().setLocked(locked, true, QStringLiteral("SYNCING"));
    h.ts.server.store().setLocked(free, false);
    QVERIFY(h.loadAfter([&] { h.child<QAction>("actionReload")->trigger(); }));
    auto* rename = h.child<QAction>("actionRename");
    auto* remove = h.child<QAction>("actionDelete");

    QVERIFY(h.table()->selectConnector(locked));
    QVERIFY(h.table()->currentInstance()->isLocked);
    QVERIFY(!rename->isEnabled());
    QVERIFY(!remove->isEnabled());
    QVERIFY2(rename->toolTip().contains(QStringLiteral("Locked")), qPrintable(rename->toolTip()));
    QVERIFY(remove->toolTip().contains(h.table()->currentInstance()->lockReason()));
    QVERIFY(h.child<QAction>("actionCopyId")->isEnabled());
    // The details pane's Rename button follows the action.
    auto* detailsRename = h.child<QToolButton>("detailsRenameButton");
    QVERIFY(!detailsRename->isEnabled());
    // Triggered anyway (a shortcut, a stale menu): nothing opens, nothing is sent.
    const int requests = h.ts.server.requestLog().size();
    h.window->deleteCurrent();
    QVERIFY(!h.window->dialogs()->deleteDialog());
    QCOMPARE(h.ts.server.requestLog().size(), requests);

    QVERIFY(h.table()->selectConnector(free));
    QVERIFY(rename->isEnabled());
    QVERIFY(remove->isEnabled());
    QVERIFY(!rename->toolTip().contains(QStringLiteral("unavailable")));
    QVERIFY(detailsRename->isEnabled());
}

void TestMainWindow::deletingInstanceCannotBeRenamedOrDeleted()
{
    Harness h(30);
    QVERIFY(h.open());
    const QString id = h.model()->instanceAt(1)->id;
    h.ts.server.store().setLocked(id, true, QStringLiteral("DELETING"));
    QVERIFY(h.loadAfter([&] { h.child<QAction>("actionReload")->trigger(); }));
    QVERIFY(h.table()->selectConnector(id));
    QVERIFY(h.table()->currentInstance()->isDeleting());
    QVERIFY(!h.child<QAction>("actionRename")->isEnabled());
    QVERIFY(!h.child<QAction>("actionDelete")->isEnabled());
    QVERIFY(h.child<QAction>("actionDelete")->toolTip().contains(QStringLiteral("Deletion is in progress")));
}

void TestMainWindow::noSelectionDisablesRowActions()
{
    Harness h(10);
    QVERIFY(h.open());
    QVERIFY(h.table()->currentConnectorId().isEmpty());
    for (const char* name : {"actionRename", "actionDelete", "actionCopyId", "actionCopyName", "actionDetails"})
        QVERIFY2(!h.child<QAction>(name)->isEnabled(), name);
    QVERIFY(h.child<QAction>("actionNew")->isEnabled());
    QVERIFY(h.child<QAction>("actionReload")->isEnabled());
}

void TestMainWindow::contextMenuOffersTheRowActions()
{
    Harness h(10);
    QVERIFY(h.open());
    h.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(h.window.get()));
    const QModelIndex index = h.table()->model()->index(2, 0);
    const QPoint pos = h.table()->visualRect(index).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, h.table()->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(h.table()->viewport(), &event);
    QCOMPARE(h.table()->currentIndex().row(), 2);
    auto* menu = h.window->findChild<QMenu*>(QStringLiteral("tableContextMenu"));
    QVERIFY(menu);
    QStringList names;
    for (QAction* a : menu->actions()) {
        if (!a->isSeparator())
            names.append(a->objectName());
    }
    QCOMPARE(names.mid(0, 5),
             QStringList({QStringLiteral("actionCopyId"),
                          QStringLiteral("actionCopyName"),
                          QStringLiteral("actionDetails"),
                          QStringLiteral("actionRename"),
                          QStringLiteral("actionDelete")}));
    menu->close();
}

void TestMainWindow::createdInstanceIsSelectedAfterReload()
{
    Harness h(30);
    QVERIFY(h.open());
    // What the create dialog reports after its POST: the instance exists on the server.
    const QString id = h.ts.server.store().addInstance({{QStringLiteral("name"), QStringLiteral("Fresh Confluence")}});
    ConnectorInstance created;
    created.id = id;
    created.name = QStringLiteral("Fresh Confluence");
    QVERIFY(h.loadAfter([&] { h.window->onConnectorCreated(created); }));
    QCOMPARE(h.table()->currentConnectorId(), id);
    QVERIFY(h.window->statusBar()->currentMessage().contains(QStringLiteral("Fresh Confluence")));
}

void TestMainWindow::createdInstanceOffThePageIsReported()
{
    Harness h(30);
    QVERIFY(h.open());
    QVERIFY(h.loadAfter([&] { h.child<QComboBox>("scopeCombo")->setCurrentIndex(1); })); // team only
    const QString id = h.ts.server.store().addInstance(
        {{QStringLiteral("name"), QStringLiteral("Mine only")}, {QStringLiteral("scope"), QStringLiteral("personal")}});
    ConnectorInstance created;
    created.id = id;
    created.name = QStringLiteral("Mine only");
    QVERIFY(h.loadAfter([&] { h.window->onConnectorCreated(created); }));
    QVERIFY(h.table()->currentConnectorId().isEmpty());
    QVERIFY2(h.window->statusBar()->currentMessage().contains(QStringLiteral("not on this page")),
             qPrintable(h.window->statusBar()->currentMessage()));
}

void TestMainWindow::renameUpdatesTheRowInPlace()
{
    Harness h(30);
    QVERIFY(h.open());
    ConnectorInstance renamed = *h.model()->instanceAt(5);
    QVERIFY(h.table()->selectConnector(renamed.id));
    renamed.name = QStringLiteral("Renamed in place");
    h.ts.server.clearRequestLog();
    h.window->onConnectorRenamed(renamed);
    QCOMPARE(h.model()->instanceAt(h.model()->rowOf(renamed.id))->name, QStringLiteral("Renamed in place"));
    QCOMPARE(h.table()->currentConnectorId(), renamed.id);
    QCOMPARE(h.window->detailsPane()->instance().name, QStringLiteral("Renamed in place"));
    QCOMPARE(listRequests(h.ts.server).size(), 0); // no reload needed for that
}

void TestMainWindow::backgroundDeleteShowsDeletingThenReloads()
{
    Harness h(30);
    QVERIFY(h.open());
    const QString id = h.model()->instanceAt(0)->id;
    QVERIFY(h.table()->selectConnector(id));
    // The server took it away meanwhile, as a background deletion does.
    h.ts.server.store().removeInstance(id);
    QSignalSpy loaded(h.controller(), &ConnectorListController::pageLoaded);
    h.window->onConnectorDeleted(id, true, QStringLiteral("Deletion started"));
    QVERIFY(h.model()->instanceAt(h.model()->rowOf(id))->isDeleting());
    QVERIFY(!h.child<QAction>("actionDelete")->isEnabled());
    QVERIFY(h.window->statusBar()->currentMessage().contains(QStringLiteral("Deletion started")));
    QVERIFY(loaded.wait(5000)); // the reload "shortly after"
    QCOMPARE(h.model()->rowOf(id), -1);
}

void TestMainWindow::switchingServerReloadsFromTheNewOne()
{
    Harness h(30);
    QVERIFY(h.open());
    TestServer other(Dialect::Published, 7);
    QVERIFY(h.loadAfter([&] { h.window->openServer(other.server.baseUrl(), token, QStringLiteral("Other")); }));
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

void TestMainWindow::hiddenDetailsPaneFetchesNothingUntilShown()
{
    Harness h(10);
    QVERIFY(h.open());
    h.child<QAction>("actionShowDetailsPane")->setChecked(false);
    const QString id = h.model()->instanceAt(1)->id;
    QVERIFY(h.table()->selectConnector(id));
    QCOMPARE(h.ts.countRequests(QStringLiteral("/connectors/") + id, "GET"), 0);
    QSignalSpy fetched(h.window->detailsPane(), &DetailsPane::instanceFetched);
    h.child<QAction>("actionDetails")->trigger();
    QVERIFY(h.child<QAction>("actionShowDetailsPane")->isChecked());
    QVERIFY(fetched.wait(5000));
    QCOMPARE(h.window->detailsPane()->connectorId(), id);
    QCOMPARE(h.ts.countRequests(QStringLiteral("/connectors/") + id, "GET"), 1);
}

void TestMainWindow::rowShortcutsActOnTheTableOnly()
{
    Harness h(10);
    QVERIFY(h.open());
    h.window->show();
    h.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(h.window.get()));
    QVERIFY(h.table()->selectConnector(h.model()->instanceAt(0)->id));
    // In the search box, Del and F2 edit text: no dialog.
    auto* search = h.child<QLineEdit>("searchEdit");
    search->setFocus();
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClick(search, Qt::Key_Delete);
    QTest::keyClick(search, Qt::Key_F2);
    QVERIFY(!h.window->dialogs()->deleteDialog());
    QVERIFY(!h.window->dialogs()->renameDialog());
    // In the table they act on the selected row; a second F2 raises the same dialog.
    h.table()->setFocus();
    QTRY_VERIFY(h.table()->hasFocus());
    QTest::keyClick(h.table(), Qt::Key_F2);
    QPointer<QWidget> rename = h.window->dialogs()->renameDialog();
    QVERIFY(rename);
    QTest::keyClick(h.table(), Qt::Key_F2);
    QCOMPARE(h.window->dialogs()->renameDialog(), rename.data());
    rename->close();
    QTRY_VERIFY(!rename); // deletes itself on close
    h.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(h.window.get()));
    h.table()->setFocus();
    QTRY_VERIFY(h.table()->hasFocus());
    QTest::keyClick(h.table(), Qt::Key_Delete);
    QPointer<QWidget> remove = h.window->dialogs()->deleteDialog();
    QVERIFY(remove);
    // Another server: a dialog about this one's instance must not act there.
    TestServer other(Dialect::PipesHub, 2);
    QVERIFY(h.loadAfter([&] { h.window->openServer(other.server.baseUrl(), token); }));
    QTRY_VERIFY(!remove);
}

void TestMainWindow::copyActionsPutIdAndNameOnTheClipboard()
{
    Harness h(10);
    QVERIFY(h.open());
    const ConnectorInstance row = *h.model()->instanceAt(3);
    QVERIFY(h.table()->selectConnector(row.id));
    h.child<QAction>("actionCopyId")->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), row.id);
    h.child<QAction>("actionCopyName")->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), row.name);
}

void TestMainWindow::aboutNamesVersionQtAndLicence()
{
    Harness h(1);
    h.child<QAction>("actionAbout")->trigger();
    auto* about = h.window->findChild<QMessageBox*>(QStringLiteral("aboutBox"));
    QVERIFY(about);
    QVERIFY(about->text().contains(QLatin1String(CONNECTOR_VERSION)));
    QVERIFY(about->text().contains(QLatin1String(qVersion())));
    QVERIFY(about->text().contains(QStringLiteral("Apache License, Version 2.0")));
    QVERIFY(!about->isModal());
    // A second trigger raises the same box.
    h.child<QAction>("actionAbout")->trigger();
    QCOMPARE(h.window->findChildren<QMessageBox*>().size(), 1);
}

void TestMainWindow::layoutAndPageSizeOutliveTheWindow()
{
    TestServer ts(Dialect::PipesHub, 60);
    {
        MainWindow first(ts.client.get());
        QSignalSpy loaded(first.controller(), &ConnectorListController::pageLoaded);
        first.openServer(ts.server.baseUrl(), token);
        QVERIFY(loaded.wait(5000));
        auto* size = first.findChild<QComboBox*>(QStringLiteral("pageSizeCombo"));
        size->setCurrentIndex(size->findData(50));
        QVERIFY(loaded.wait(5000));
        first.tableView()->horizontalHeader()->resizeSection(ConnectorTableModel::NameColumn, 277);
        first.tableView()->sortByColumn(ConnectorTableModel::CreatedColumn, Qt::DescendingOrder);
        first.findChild<QAction*>(QStringLiteral("actionShowDetailsPane"))->setChecked(false);
        first.close(); // saves
    }
    ts.server.clearRequestLog();
    MainWindow second(ts.client.get());
    QCOMPARE(second.tableView()->horizontalHeader()->sectionSize(ConnectorTableModel::NameColumn), 277);
    QCOMPARE(second.tableView()->proxyModel()->sortColumn(), int(ConnectorTableModel::CreatedColumn));
    QVERIFY(!second.findChild<QAction*>(QStringLiteral("actionShowDetailsPane"))->isChecked());
    QCOMPARE(second.findChild<QComboBox*>(QStringLiteral("pageSizeCombo"))->currentData().toInt(), 50);
    QSignalSpy loaded(second.controller(), &ConnectorListController::pageLoaded);
    second.openServer(ts.server.baseUrl(), token);
    QVERIFY(loaded.wait(5000));
    // The first load already uses the saved page size: one request, not a 20 and then a 50.
    const QList<devserver::LoggedRequest> requests = listRequests(ts.server);
    QVERIFY(!requests.isEmpty());
    QCOMPARE(requests.constFirst().query.queryItemValue(QStringLiteral("limit")), QStringLiteral("50"));
    for (const devserver::LoggedRequest& r : requests)
        QVERIFY(r.query.queryItemValue(QStringLiteral("limit")) != QStringLiteral("20"));
    QCOMPARE(second.tableModel()->rowCount(), 50);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
