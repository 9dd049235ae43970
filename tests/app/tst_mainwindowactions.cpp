// The main window against the dev server over HTTP: the selected row and what may be done with it
// (details, rename, delete, create's result, the context menu, shortcuts, the clipboard), driven
// through the real widgets and actions. The list itself is tst_mainwindow's.
#include "mainwindowtest.h"

#include "app/details/detailspane.h"
#include "app/dialoglauncher.h"
#include "app/list/filterbar.h"
#include "app/list/pagerwidget.h"
#include "app/statuspanel.h"
#include "core/list/connectorsortproxymodel.h"
#include "core/model/connectorinstance.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QStatusBar>
#include <QToolButton>
#include <QTreeWidget>

using namespace apptest;
using devserver::Dialect;

class TestMainWindowActions : public MainWindowTest
{
    Q_OBJECT

private slots:
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
    void hiddenDetailsPaneFetchesNothingUntilShown();
    void rowShortcutsActOnTheTableOnly();
    void copyActionsPutIdAndNameOnTheClipboard();
    void aboutNamesVersionQtAndLicence();
};

void TestMainWindowActions::selectionIsKeptByIdAcrossReload()
{
    Harness h(15); // one page: the header may sort it
    QVERIFY(h.open());
    const QString id = h.model()->instanceAt(7)->id;
    QSignalSpy changed(h.table(), &ConnectorTableView::currentConnectorChanged);
    QVERIFY(h.table()->selectConnector(id));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(h.details()->connectorId(), id);
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
    QVERIFY(h.details()->connectorId().isEmpty());
}

void TestMainWindowActions::detailsShowEveryFieldFromTheServer()
{
    Harness h(30);
    QVERIFY(h.open());
    const ConnectorInstance row = *h.model()->instanceAt(2);
    DetailsPane* details = h.details();
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

void TestMainWindowActions::lockedInstanceCannotBeRenamedOrDeleted()
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
    // Triggered anyway (a shortcut, a stale menu): the disabled action opens nothing, sends nothing.
    const int requests = h.ts.server.requestLog().size();
    trigger(h.window.get(), "actionDelete");
    QVERIFY(!h.dialogs()->deleteDialog());
    QCOMPARE(h.ts.server.requestLog().size(), requests);

    QVERIFY(h.table()->selectConnector(free));
    QVERIFY(rename->isEnabled());
    QVERIFY(remove->isEnabled());
    QVERIFY(!rename->toolTip().contains(QStringLiteral("unavailable")));
    QVERIFY(detailsRename->isEnabled());
}

void TestMainWindowActions::deletingInstanceCannotBeRenamedOrDeleted()
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

void TestMainWindowActions::noSelectionDisablesRowActions()
{
    Harness h(10);
    QVERIFY(h.open());
    QVERIFY(h.table()->currentConnectorId().isEmpty());
    for (const char* name : {"actionRename", "actionDelete", "actionCopyId", "actionCopyName", "actionDetails"})
        QVERIFY2(!h.child<QAction>(name)->isEnabled(), name);
    QVERIFY(h.child<QAction>("actionNew")->isEnabled());
    QVERIFY(h.child<QAction>("actionReload")->isEnabled());
}

void TestMainWindowActions::contextMenuOffersTheRowActions()
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

void TestMainWindowActions::createdInstanceIsSelectedAfterReload()
{
    Harness h(30);
    QVERIFY(h.open());
    // What the create dialog reports after its POST: the instance exists on the server.
    const QString id = h.ts.server.store().addInstance({{QStringLiteral("name"), QStringLiteral("Fresh Confluence")}});
    ConnectorInstance created;
    created.id = id;
    created.name = QStringLiteral("Fresh Confluence");
    QVERIFY(h.loadAfter([&] { emit h.dialogs()->created(created); }));
    QCOMPARE(h.table()->currentConnectorId(), id);
    QVERIFY(h.window->statusBar()->currentMessage().contains(QStringLiteral("Fresh Confluence")));
}

void TestMainWindowActions::createdInstanceOffThePageIsReported()
{
    Harness h(30);
    QVERIFY(h.open());
    QVERIFY(h.loadAfter([&] { h.child<QComboBox>("scopeCombo")->setCurrentIndex(1); })); // team only
    const QString id = h.ts.server.store().addInstance(
        {{QStringLiteral("name"), QStringLiteral("Mine only")}, {QStringLiteral("scope"), QStringLiteral("personal")}});
    ConnectorInstance created;
    created.id = id;
    created.name = QStringLiteral("Mine only");
    created.scope = ConnectorScope::Personal;
    emit h.dialogs()->created(created);
    // The team filter hid it: it goes, and the new instance is selected where it is.
    QTRY_COMPARE_WITH_TIMEOUT(h.table()->currentConnectorId(), id, 10000);
    QCOMPARE(h.child<QComboBox>("scopeCombo")->currentIndex(), 0);
    QVERIFY2(h.window->statusBar()->currentMessage().contains(QStringLiteral("scope")),
             qPrintable(h.window->statusBar()->currentMessage()));
}

void TestMainWindowActions::renameUpdatesTheRowInPlace()
{
    Harness h(30);
    QVERIFY(h.open());
    ConnectorInstance renamed = *h.model()->instanceAt(5);
    QVERIFY(h.table()->selectConnector(renamed.id));
    renamed.name = QStringLiteral("Renamed in place");
    h.ts.server.clearRequestLog();
    emit h.dialogs()->renamed(renamed);
    QCOMPARE(h.model()->instanceAt(h.model()->rowOf(renamed.id))->name, QStringLiteral("Renamed in place"));
    QCOMPARE(h.table()->currentConnectorId(), renamed.id);
    QCOMPARE(h.details()->instance().name, QStringLiteral("Renamed in place"));
    QCOMPARE(listRequests(h.ts.server).size(), 0); // no reload needed for that
}

void TestMainWindowActions::backgroundDeleteShowsDeletingThenReloads()
{
    Harness h(30);
    QVERIFY(h.open());
    const QString id = h.model()->instanceAt(0)->id;
    QVERIFY(h.table()->selectConnector(id));
    // The server took it away meanwhile, as a background deletion does.
    h.ts.server.store().removeInstance(id);
    QSignalSpy loaded(h.controller(), &ConnectorListController::pageLoaded);
    emit h.dialogs()->deleted(id, true, QStringLiteral("Deletion started"));
    QVERIFY(h.model()->instanceAt(h.model()->rowOf(id))->isDeleting());
    QVERIFY(!h.child<QAction>("actionDelete")->isEnabled());
    QVERIFY(h.window->statusBar()->currentMessage().contains(QStringLiteral("Deletion started")));
    QVERIFY(loaded.wait(5000)); // the reload "shortly after"
    QCOMPARE(h.model()->rowOf(id), -1);
}

void TestMainWindowActions::hiddenDetailsPaneFetchesNothingUntilShown()
{
    Harness h(10);
    QVERIFY(h.open());
    h.child<QAction>("actionShowDetailsPane")->setChecked(false);
    const QString id = h.model()->instanceAt(1)->id;
    QVERIFY(h.table()->selectConnector(id));
    QCOMPARE(h.ts.countRequests(QStringLiteral("/connectors/") + id, "GET"), 0);
    QSignalSpy fetched(h.details(), &DetailsPane::instanceFetched);
    h.child<QAction>("actionDetails")->trigger();
    QVERIFY(h.child<QAction>("actionShowDetailsPane")->isChecked());
    QVERIFY(fetched.wait(5000));
    QCOMPARE(h.details()->connectorId(), id);
    QCOMPARE(h.ts.countRequests(QStringLiteral("/connectors/") + id, "GET"), 1);
}

void TestMainWindowActions::rowShortcutsActOnTheTableOnly()
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
    QVERIFY(!h.dialogs()->deleteDialog());
    QVERIFY(!h.dialogs()->renameDialog());
    // In the table they act on the selected row; a second F2 raises the same dialog.
    h.table()->setFocus();
    QTRY_VERIFY(h.table()->hasFocus());
    QTest::keyClick(h.table(), Qt::Key_F2);
    QPointer<QWidget> rename = h.dialogs()->renameDialog();
    QVERIFY(rename);
    QTest::keyClick(h.table(), Qt::Key_F2);
    QCOMPARE(h.dialogs()->renameDialog(), rename.data());
    rename->close();
    QTRY_VERIFY(!rename); // deletes itself on close
    h.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(h.window.get()));
    h.table()->setFocus();
    QTRY_VERIFY(h.table()->hasFocus());
    QTest::keyClick(h.table(), Qt::Key_Delete);
    QPointer<QWidget> remove = h.dialogs()->deleteDialog();
    QVERIFY(remove);
    // Another server: a dialog about this one's instance must not act there.
    TestServer other(Dialect::PipesHub, 2);
    QVERIFY(h.loadAfter([&] { h.window->openServer(other.server.baseUrl(), testToken); }));
    QTRY_VERIFY(!remove);
}

void TestMainWindowActions::copyActionsPutIdAndNameOnTheClipboard()
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

void TestMainWindowActions::aboutNamesVersionQtAndLicence()
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

QTEST_MAIN(TestMainWindowActions)
#include "tst_mainwindowactions.moc"
