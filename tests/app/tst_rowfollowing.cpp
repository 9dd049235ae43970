// Rows that follow the server, over real HTTP: while a row on screen is DELETING
// the window re-reads its page (one list request per poll), backing off, and stops once the row is
// gone; with no such row, or with the window minimised, nothing is polled at all.
#include "apptestutil.h"

#include "app/list/pagefollower.h"
#include "core/list/rowfollower.h"

#include <QJsonObject>

using namespace apptest;

namespace {

constexpr int kLong = 3600000;

} // namespace

class TestRowFollowing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void neverPollsSettledRows();
    void followsADeletingRowUntilItIsGone();
    void followsASyncUntilItEnds();
    void nothingWhileMinimised();

private:
    static RowFollower* follower(Harness& h)
    {
        return followerOf(h.window.get())->follower();
    }
};

void TestRowFollowing::initTestCase()
{
    isolateSettings();
}

void TestRowFollowing::neverPollsSettledRows()
{
    Harness h(30);
    for (const QString& id : h.ts.server.store().ids())
        h.ts.server.store().updateInstance(id, {{"status", QJsonValue::Null}, {"isLocked", false}});
    follower(h)->setIntervals(20, 80);
    QVERIFY(h.open());
    const int lists = listRequests(h.ts.server).size();
    QTest::qWait(400);
    QCOMPARE(listRequests(h.ts.server).size(), lists);
    QVERIFY(!follower(h)->isFollowing());
    QCOMPARE(follower(h)->pollCount(), 0);
}

void TestRowFollowing::followsADeletingRowUntilItIsGone()
{
    Harness h(0);
    TestServer& ts = h.ts;
    ts.server.setDeletionDelay(kLong);
    const QString keep = ts.server.store().addInstance({{"name", "Stays"}});
    const QString going = ts.server.store().addInstance({{"name", "Goes"}});
    follower(h)->setIntervals(40, 160);
    QVERIFY(h.open());
    // One scope: a page is one list request (all scopes take one per scope, still one page load).
    QVERIFY(h.loadAfter([&] { h.controller()->setScope(ListQuery::Scope::Team); }));
    QVERIFY(!follower(h)->isFollowing());
    QVERIFY(h.table()->selectConnector(going));

    // Deleted in the background: the row shows DELETING and the page is read again and again.
    ApiReply* reply = ts.client->deleteConnector(going);
    QSignalSpy finished(reply, &ApiReply::finished);
    QVERIFY(finished.wait(5000));
    ts.server.clearRequestLog();
    QVERIFY(h.loadAfter([&] { trigger(h.window.get(), "actionReload"); }));
    QVERIFY(h.model()->instanceAt(h.model()->rowOf(going))->isDeleting());
    QVERIFY(follower(h)->isFollowing());
    QTRY_VERIFY_WITH_TIMEOUT(follower(h)->pollCount() >= 3, 5000);
    QVERIFY(follower(h)->currentInterval() > 40); // backed off
    // ONE request per poll, the page's own list call; never one per row. (The reload above is one.)
    const int polls = follower(h)->pollCount();
    const int lists = listRequests(ts.server).size() - 1;
    QVERIFY2(lists >= polls - 1 && lists <= polls, qPrintable(QStringLiteral("%1 %2").arg(lists).arg(polls)));
    QCOMPARE(ts.server.requestLog().size(), listRequests(ts.server).size());
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/") + keep), 0);

    // An admin action in between resets the back-off.
    follower(h)->resetBackoff();
    QCOMPARE(follower(h)->currentInterval(), 40);

    // The deletion ends: the next poll finds the row gone, and the polling stops.
    ts.server.completeBackgroundWork();
    QTRY_VERIFY_WITH_TIMEOUT(h.model()->rowOf(going) < 0, 5000);
    QTRY_VERIFY(!follower(h)->isFollowing());
    const int after = listRequests(ts.server).size();
    QTest::qWait(500);
    QCOMPARE(listRequests(ts.server).size(), after);
}

void TestRowFollowing::followsASyncUntilItEnds()
{
    Harness h(0);
    TestServer& ts = h.ts;
    const QString id = ts.server.store().addInstance({{"name", "Syncing"}, {"isActive", true}});
    ts.server.store().updateInstance(id, {{"status", "SYNCING"}});
    follower(h)->setIntervals(30, 60);
    QVERIFY(h.open());
    QVERIFY(follower(h)->isFollowing());
    QTRY_VERIFY_WITH_TIMEOUT(follower(h)->pollCount() >= 2, 5000);
    ts.server.store().updateInstance(id, {{"status", QJsonValue::Null}});
    QTRY_VERIFY_WITH_TIMEOUT(!follower(h)->isFollowing(), 5000);
    QCOMPARE(h.model()->instanceAt(h.model()->rowOf(id))->status.isEmpty(), true);
}

void TestRowFollowing::nothingWhileMinimised()
{
    Harness h(0);
    TestServer& ts = h.ts;
    const QString id = ts.server.store().addInstance({{"name", "Locked"}, {"isActive", true}});
    ts.server.store().setLocked(id, true, QStringLiteral("FULL_SYNCING"));
    follower(h)->setIntervals(30, 60);
    h.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(h.window.get()));
    QVERIFY(h.open());
    QVERIFY(follower(h)->isFollowing());
    h.window->setWindowState(Qt::WindowMinimized);
    QTRY_VERIFY(!follower(h)->isScheduled());
    const int lists = listRequests(ts.server).size();
    QTest::qWait(300);
    QCOMPARE(listRequests(ts.server).size(), lists);
    h.window->setWindowState(Qt::WindowNoState);
    QTRY_VERIFY_WITH_TIMEOUT(listRequests(ts.server).size() > lists, 5000);
}

QTEST_MAIN(TestRowFollowing)
#include "tst_rowfollowing.moc"
