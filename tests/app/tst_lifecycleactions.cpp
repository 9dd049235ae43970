// The console's side of an instance's life, over real HTTP to the dev server: the lifecycle actions
// are enabled or say why not for every state, Disable sync reads, toggles and reads back, Enable of
// an enabled instance sends no toggle, Full resync asks first, the sign-in watches until the server
// says authenticated, and a rename is read back.
#include "apptestutil.h"

#include "app/details/detailspane.h"
#include "app/lifecycle/lifecycleactions.h"
#include "app/lifecycle/signinwatcher.h"
#include "app/list/errorbanner.h"

#include "devserver/connectorrecord.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QJsonObject>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QToolBar>

using namespace apptest;
using Kind = LifecycleActions::Kind;

namespace {

constexpr int kLong = 3600000;

// The requests since the log was cleared, as "GET /connectors/ID" lines below /api/v1.
QStringList requestLines(const devserver::DevServer& server)
{
    QStringList lines;
    for (const devserver::LoggedRequest& r : server.requestLog())
        lines.append(QString::fromLatin1(r.method) + QLatin1Char(' ') + r.path.mid(int(qstrlen("/api/v1"))));
    return lines;
}

} // namespace

class TestLifecycleActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void actionsAreInTheMenusWithTheirOwnShortcuts();
    void actionsSayWhyTheyAreOff();
    void agentNeedsSupportFromTheRegistry();
    void teamInstancesNeedAnAdminAfterA403();
    void disableSyncReadsTogglesAndReadsBack();
    void enableOfAnEnabledInstanceSendsNoToggle();
    void unknownOutcomeSaysSoAndShowsTheReadBack();
    void fullResyncAsksFirst();
    void signInWatchesUntilAuthenticated();
    void renameIsReadBack();

private:
    static QAction* action(Harness& h, Kind kind)
    {
        return lifecycleOf(h.window.get())->action(kind);
    }
    static bool runAndWait(Harness& h, Kind kind);
};

void TestLifecycleActions::initTestCase()
{
    isolateSettings();
}

bool TestLifecycleActions::runAndWait(Harness& h, Kind kind)
{
    LifecycleActions* actions = lifecycleOf(h.window.get());
    QSignalSpy done(actions, &LifecycleActions::message);
    QSignalSpy refused(actions, &LifecycleActions::problem);
    action(h, kind)->trigger();
    return QTest::qWaitFor([&] { return !done.isEmpty() || !refused.isEmpty(); }, 10000);
}

void TestLifecycleActions::actionsAreInTheMenusWithTheirOwnShortcuts()
{
    Harness h(10);
    QVERIFY(h.open());
    h.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(h.window.get()));
    const QList<QAction*> lifecycle = lifecycleOf(h.window.get())->actions();
    auto* edit = h.child<QMenu>("menuEdit");
    auto* toolbar = h.child<QToolBar>("mainToolBar");
    for (QAction* a : lifecycle) {
        QVERIFY2(edit->actions().contains(a), qPrintable(a->objectName()));
        QVERIFY(!a->objectName().isEmpty());
    }
    QVERIFY(toolbar->actions().contains(lifecycleOf(h.window.get())->action(Kind::DisableSync)));
    QVERIFY(toolbar->actions().contains(lifecycleOf(h.window.get())->action(Kind::SyncNow)));
    // The table's context menu, after the row actions.
    const QModelIndex index = h.table()->model()->index(1, 0);
    const QPoint pos = h.table()->visualRect(index).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, h.table()->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(h.table()->viewport(), &event);
    auto* menu = h.window->findChild<QMenu*>(QStringLiteral("tableContextMenu"));
    QVERIFY(menu);
    for (QAction* a : lifecycle)
        QVERIFY2(menu->actions().contains(a), qPrintable(a->objectName()));
    menu->close();
    // No shortcut is taken twice in the window (Ctrl+N, F2, Del, F5, Ctrl+F... stay as they were).
    QHash<QKeySequence, QString> owners;
    for (QAction* a : h.window->findChildren<QAction*>()) {
        for (const QKeySequence& key : a->shortcuts()) {
            QVERIFY2(
                !owners.contains(key) || owners.value(key) == a->objectName(),
                qPrintable(key.toString() + QLatin1Char(' ') + a->objectName() + QLatin1Char(' ') + owners.value(key)));
            owners.insert(key, a->objectName());
        }
    }
    // Ctrl+E is File > Export view: the sync moved to Ctrl+K.
    QCOMPARE(lifecycleOf(h.window.get())->action(Kind::EnableSync)->shortcut(), QKeySequence(QStringLiteral("Ctrl+K")));
    QCOMPARE(lifecycleOf(h.window.get())->action(Kind::DisableSync)->shortcut(),
             QKeySequence(QStringLiteral("Ctrl+Shift+K")));
    QCOMPARE(owners.value(QKeySequence(QStringLiteral("Ctrl+E"))), QStringLiteral("actionExportView"));
    QCOMPARE(lifecycleOf(h.window.get())->action(Kind::SyncNow)->shortcut(), QKeySequence(QStringLiteral("F6")));
}

void TestLifecycleActions::actionsSayWhyTheyAreOff()
{
    Harness h(0);
    TestServer& ts = h.ts;
    const QString ready = addInstance(ts, {{"name", "Ready"}});
    const QString active = addInstance(ts, {{"name", "Active"}, {"isActive", true}});
    const QString unconfigured = addInstance(ts, {{"name", "Half done"}, {"isConfigured", false}});
    const QString oauth
        = addInstance(ts, {{"name", "Needs sign-in"}, {"authType", "OAUTH"}, {"isAuthenticated", false}});
    const QString syncing = addInstance(ts, {{"name", "Syncing"}, {"isActive", true}});
    ts.server.store().setLocked(syncing, true, QStringLiteral("SYNCING"));
    const QString deleting = addInstance(ts, {{"name", "Going"}, {"isActive", true}});
    ts.server.store().setLocked(deleting, true, QStringLiteral("DELETING"));
    QVERIFY(h.open());

    QVERIFY(h.table()->selectConnector(ready));
    QVERIFY(action(h, Kind::EnableSync)->isEnabled());
    QVERIFY(action(h, Kind::EnableSync)->isVisible());
    QVERIFY(!action(h, Kind::DisableSync)->isVisible());
    QVERIFY(!action(h, Kind::SyncNow)->isEnabled()); // inactive: nothing to sync
    QVERIFY(action(h, Kind::SyncNow)->toolTip().contains(QLatin1String("Enable sync before")));
    QVERIFY(!action(h, Kind::SignIn)->isVisible()); // API token: nothing to sign in to

    QVERIFY(h.table()->selectConnector(active));
    QVERIFY(!action(h, Kind::EnableSync)->isVisible());
    QVERIFY(action(h, Kind::DisableSync)->isVisible());
    QVERIFY(action(h, Kind::DisableSync)->isEnabled());
    QVERIFY(action(h, Kind::SyncNow)->isEnabled());
    QVERIFY(action(h, Kind::FullResync)->isEnabled());

    QVERIFY(h.table()->selectConnector(unconfigured));
    QVERIFY(!action(h, Kind::EnableSync)->isEnabled());
    QCOMPARE(action(h, Kind::EnableSync)->toolTip(),
             QStringLiteral("Finish configuration before you can enable sync."));

    QVERIFY(h.table()->selectConnector(oauth));
    QVERIFY(!action(h, Kind::EnableSync)->isEnabled());
    QCOMPARE(action(h, Kind::EnableSync)->toolTip(),
             QStringLiteral("Authenticate this connector before you can enable sync."));
    QVERIFY(action(h, Kind::SignIn)->isVisible());
    QVERIFY(action(h, Kind::SignIn)->isEnabled());

    QVERIFY(h.table()->selectConnector(syncing));
    for (Kind kind : {Kind::DisableSync, Kind::SyncNow, Kind::FullResync, Kind::EnableAgent}) {
        QVERIFY(!action(h, kind)->isEnabled());
        QCOMPARE(action(h, kind)->toolTip(), QStringLiteral("Locked while syncing."));
    }

    QVERIFY(h.table()->selectConnector(deleting));
    for (Kind kind : {Kind::DisableSync, Kind::SyncNow, Kind::FullResync, Kind::EnableAgent}) {
        QVERIFY(!action(h, kind)->isEnabled());
        QCOMPARE(action(h, kind)->toolTip(), QStringLiteral("This instance is being deleted."));
    }
    // Triggered anyway (a stale menu, a shortcut): nothing is sent.
    QTRY_VERIFY(!detailsOf(h.window.get())->isFetching());
    ts.server.clearRequestLog();
    action(h, Kind::DisableSync)->trigger();
    lifecycleOf(h.window.get())->trigger(Kind::DisableSync);
    lifecycleOf(h.window.get())->trigger(Kind::SyncNow);
    QTest::qWait(100);
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/") + deleting + QStringLiteral("/"), "POST"), 0);
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/") + deleting, "GET"), 0);

    // No row: everything off, with the ordinary tooltip.
    h.table()->clearSelection();
    h.table()->setCurrentIndex({});
    QTRY_VERIFY(!action(h, Kind::DisableSync)->isEnabled());
}

void TestLifecycleActions::agentNeedsSupportFromTheRegistry()
{
    Harness h(0);
    TestServer& ts = h.ts;
    QString without;
    for (const devserver::ConnectorTypeInfo& type : ts.server.store().types()) {
        if (!type.supportsAgent) {
            without = type.type;
            break;
        }
    }
    QVERIFY(!without.isEmpty());
    const QString id = addInstance(ts, {{"name", "No agents"}, {"type", without}});
    // The registry is read once the window is on screen.
    h.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(h.window.get()));
    QVERIFY(h.open());
    QVERIFY(h.table()->selectConnector(id));
    QTRY_VERIFY_WITH_TIMEOUT(!action(h, Kind::EnableAgent)->isEnabled(), 10000);
    QCOMPARE(action(h, Kind::EnableAgent)->toolTip(), QStringLiteral("This connector does not support agents."));
}

void TestLifecycleActions::teamInstancesNeedAnAdminAfterA403()
{
    Harness h(0);
    TestServer& ts = h.ts;
    const QString team = addInstance(ts, {{"name", "Team wiki"}, {"isActive", true}});
    const QString mine = addInstance(ts, {{"name", "Mine"}, {"scope", "personal"}, {"isActive", true}});
    QVERIFY(h.open());
    ts.server.setAdmin(false);
    QVERIFY(h.table()->selectConnector(team));
    QVERIFY(action(h, Kind::DisableSync)->isEnabled()); // nobody knows yet
    QSignalSpy problem(lifecycleOf(h.window.get()), &LifecycleActions::problem);
    QVERIFY(runAndWait(h, Kind::DisableSync));
    QCOMPARE(problem.count(), 1);
    QVERIFY2(problem.at(0).at(0).toString().contains(QLatin1String("Only administrators")),
             qPrintable(problem.at(0).at(0).toString()));
    QVERIFY(bannerOf(h.window.get())->message().contains(QLatin1String("Only administrators")));
    QVERIFY(ts.server.store().instance(team).value("isActive").toBool());
    // From now on the team instance says why before the admin tries; the personal one does not.
    QVERIFY(!action(h, Kind::DisableSync)->isEnabled());
    QVERIFY(action(h, Kind::DisableSync)->toolTip().contains(QLatin1String("admin")));
    QVERIFY(h.table()->selectConnector(mine));
    QVERIFY(action(h, Kind::DisableSync)->isEnabled());
}

void TestLifecycleActions::disableSyncReadsTogglesAndReadsBack()
{
    Harness h(0);
    TestServer& ts = h.ts;
    const QString id = addInstance(ts, {{"name", "Active"}, {"isActive", true}});
    QVERIFY(h.open());
    QVERIFY(h.table()->selectConnector(id));
    QVERIFY(h.table()->currentInstance()->isActive);
    QTRY_VERIFY(!detailsOf(h.window.get())->isFetching()); // the selection's own GET is not the intent's
    ts.server.clearRequestLog();
    QSignalSpy message(lifecycleOf(h.window.get()), &LifecycleActions::message);
    QVERIFY(runAndWait(h, Kind::DisableSync));
    const QString path = QStringLiteral("/connectors/") + id;
    QStringList lines = requestLines(ts.server);
    // Only the intent's own requests count here (no list, no details).
    lines.removeIf([&](const QString& line) { return line != "GET " + path && line != "POST " + path + "/toggle"; });
    QCOMPARE(lines, (QStringList{"GET " + path, "POST " + path + "/toggle", "GET " + path}));
    QCOMPARE(message.count(), 1);
    QVERIFY(message.at(0).at(0).toString().contains(QLatin1String("Sync disabled")));
    // The row shows the instance as read back: inactive; the actions follow.
    QVERIFY(!h.model()->instanceAt(h.model()->rowOf(id))->isActive);
    QVERIFY(!ts.server.store().instance(id).value("isActive").toBool());
    QVERIFY(action(h, Kind::EnableSync)->isVisible());
    QVERIFY(action(h, Kind::EnableSync)->isEnabled());
    QVERIFY(!action(h, Kind::SyncNow)->isEnabled());
    QCOMPARE(detailsOf(h.window.get())->instance().isActive, false);
}

void TestLifecycleActions::enableOfAnEnabledInstanceSendsNoToggle()
{
    Harness h(0);
    TestServer& ts = h.ts;
    const QString id = addInstance(ts, {{"name", "Stale row"}});
    QVERIFY(h.open());
    QVERIFY(h.table()->selectConnector(id));
    // Someone else enabled it meanwhile: the row still shows it off.
    ts.server.store().updateInstance(id, {{"isActive", true}});
    ts.server.clearRequestLog();
    QSignalSpy message(lifecycleOf(h.window.get()), &LifecycleActions::message);
    QVERIFY(runAndWait(h, Kind::EnableSync));
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/") + id + QStringLiteral("/toggle")), 0);
    QVERIFY(message.at(0).at(0).toString().contains(QLatin1String("already enabled")));
    QVERIFY(h.model()->instanceAt(h.model()->rowOf(id))->isActive);
}

void TestLifecycleActions::unknownOutcomeSaysSoAndShowsTheReadBack()
{
    Harness h(0);
    TestServer& ts = h.ts;
    const QString id = addInstance(ts, {{"name", "Gateway trouble"}, {"isActive", true}});
    QVERIFY(h.open());
    QVERIFY(h.table()->selectConnector(id));
    devserver::Fault fault;
    fault.status = 502; // may or may not have reached the server: never sent again
    fault.method = "POST";
    fault.pathPrefix = QStringLiteral("/connectors/") + id + QStringLiteral("/toggle");
    ts.server.injectFault(fault);
    QSignalSpy problem(lifecycleOf(h.window.get()), &LifecycleActions::problem);
    QVERIFY(runAndWait(h, Kind::DisableSync));
    QCOMPARE(problem.count(), 1);
    const QString text = problem.at(0).at(0).toString();
    QVERIFY2(text.contains(QLatin1String("not known")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Read back from the server: sync on")), qPrintable(text));
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/") + id + QStringLiteral("/toggle"), "POST"), 1);
    QVERIFY(bannerOf(h.window.get())->message().contains(QLatin1String("not known")));
    QVERIFY(h.model()->instanceAt(h.model()->rowOf(id))->isActive); // as read back
}

void TestLifecycleActions::fullResyncAsksFirst()
{
    Harness h(0);
    TestServer& ts = h.ts;
    ts.server.setSyncDuration(kLong);
    const QString id = addInstance(ts, {{"name", "Big space"}, {"isActive", true}});
    QVERIFY(h.open());
    QVERIFY(h.table()->selectConnector(id));
    ts.server.clearRequestLog();
    action(h, Kind::FullResync)->trigger();
    auto* box = h.window->findChild<QMessageBox*>(QStringLiteral("fullResyncConfirmation"));
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY(box->informativeText().contains(QLatin1String("re-reads everything from the source")));
    QVERIFY(box->informativeText().contains(QLatin1String("locked")));
    QVERIFY(box->text().contains(QLatin1String("Big space")));
    box->button(QMessageBox::Cancel)->click();
    QTest::qWait(50);
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/") + id + QStringLiteral("/resync")), 0);

    action(h, Kind::FullResync)->trigger();
    QTRY_VERIFY(h.window->findChild<QMessageBox*>(QStringLiteral("fullResyncConfirmation")));
    box = h.window->findChild<QMessageBox*>(QStringLiteral("fullResyncConfirmation"));
    QSignalSpy message(lifecycleOf(h.window.get()), &LifecycleActions::message);
    box->findChild<QPushButton*>(QStringLiteral("fullResyncButton"))->click();
    QVERIFY(message.wait(10000));
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/") + id + QStringLiteral("/resync"), "POST"), 1);
    // Now full syncing and locked: the row says so and the actions are off.
    const ConnectorInstance* row = h.model()->instanceAt(h.model()->rowOf(id));
    QCOMPARE(row->status.text(), QStringLiteral("FULL_SYNCING"));
    QVERIFY(!action(h, Kind::DisableSync)->isEnabled());
    QVERIFY(action(h, Kind::DisableSync)->toolTip().startsWith(QLatin1String("Locked while")));
    ts.server.completeBackgroundWork();
}

void TestLifecycleActions::signInWatchesUntilAuthenticated()
{
    Harness h(0);
    TestServer& ts = h.ts;
    const QString id
        = addInstance(ts, {{"name", "Drive"}, {"type", "Drive"}, {"authType", "OAUTH"}, {"isAuthenticated", false}});
    QVERIFY(h.open());
    QVERIFY(h.table()->selectConnector(id));
    SignInWatcher* watcher = lifecycleOf(h.window.get())->signInWatcher();
    watcher->setIntervals(30, 120);
    // The "browser": opens the consent page a little later, as an admin would.
    QNetworkAccessManager browser;
    QList<QUrl> opened;
    watcher->setUrlOpener([&](const QUrl& url) {
        opened.append(url);
        QTimer::singleShot(200, &browser, [&browser, url] {
            QNetworkReply* page = browser.get(QNetworkRequest(url));
            QObject::connect(page, &QNetworkReply::finished, page, &QObject::deleteLater);
        });
        return true;
    });
    auto* progress = h.window->findChild<QWidget*>(QStringLiteral("signInProgress"));
    QVERIFY(progress);
    QSignalSpy signedIn(watcher, &SignInWatcher::signedIn);
    action(h, Kind::SignIn)->trigger();
    QVERIFY(watcher->isRunning());
    QVERIFY(!progress->isHidden());
    QVERIFY(!action(h, Kind::SignIn)->isEnabled()); // one sign-in at a time
    QVERIFY(signedIn.wait(10000));
    QCOMPARE(opened.size(), 1);
    QVERIFY(opened.at(0).path().endsWith(QLatin1String("/oauth/consent")));
    QVERIFY(ts.countRequests(QStringLiteral("/connectors/") + id, "GET") >= 1); // watched by GETs
    QVERIFY(!watcher->isRunning());
    QVERIFY(progress->isHidden());
    QVERIFY(h.model()->instanceAt(h.model()->rowOf(id))->isAuthenticated);
    // Signed in: Enable sync is possible now.
    QVERIFY(action(h, Kind::EnableSync)->isEnabled());

    // Cancel stops the watching: no more GETs.
    ts.server.store().updateInstance(id, {{"isAuthenticated", false}});
    QVERIFY(h.table()->selectConnector(id));
    detailsOf(h.window.get())->refresh();
    QTRY_VERIFY(!h.model()->instanceAt(h.model()->rowOf(id))->isAuthenticated);
    watcher->setUrlOpener([](const QUrl&) { return true; }); // nobody signs in
    action(h, Kind::SignIn)->trigger();
    QTRY_VERIFY(!watcher->authorizationUrl().isEmpty());
    progress->findChild<QPushButton*>(QStringLiteral("signInCancelButton"))->click();
    QVERIFY(!watcher->isRunning());
    QTest::qWait(50); // a GET already on its way when Cancel was pressed still reaches the server
    const int gets = ts.countRequests(QStringLiteral("/connectors/") + id, "GET");
    QTest::qWait(300);
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/") + id, "GET"), gets);
}

void TestLifecycleActions::renameIsReadBack()
{
    Harness h(0);
    TestServer& ts = h.ts;
    const QString id = addInstance(ts, {{"name", "Old"}, {"isActive", true}});
    QVERIFY(h.open());
    QVERIFY(h.table()->selectConnector(id));
    ConnectorInstance renamed = *h.table()->currentInstance();
    renamed.name = QStringLiteral("New");
    ts.server.store().updateInstance(id, {{"name", "New"}, {"isActive", false}}); // the server's truth
    ts.server.clearRequestLog();
    emit dialogsOf(h.window.get())->renamed(renamed); // as the rename dialog does
    QTRY_VERIFY(!h.model()->instanceAt(h.model()->rowOf(id))->isActive);
    QVERIFY(ts.countRequests(QStringLiteral("/connectors/") + id, "GET") >= 1);
    QCOMPARE(h.model()->instanceAt(h.model()->rowOf(id))->name, QStringLiteral("New"));
}

QTEST_MAIN(TestLifecycleActions)
#include "tst_lifecycleactions.moc"
