// RowFollower's policy, without a display or a server: it polls only while a row is in motion, backs
// off, stops when the rows settle, pauses while inactive, and an admin's action resets the back-off.
#include "core/list/rowfollower.h"

#include <QSignalSpy>
#include <QTest>

namespace {

ConnectorInstance row(const QString& id, JobStatus status = JobStatus::None, bool locked = false)
{
    ConnectorInstance c;
    c.id = id;
    c.name = id;
    if (status != JobStatus::None)
        c.status = status;
    c.isLocked = locked;
    return c;
}

} // namespace

class TestRowFollower : public QObject
{
    Q_OBJECT

private slots:
    void whatIsInMotion();
    void neverPollsSettledRows();
    void backsOffThenStops();
    void oneOutstandingPollAtATime();
    void pausesWhileInactive();
    void adminActionResetsTheBackoff();
    void failedPageTriesAgain();
};

void TestRowFollower::whatIsInMotion()
{
    QVERIFY(!RowFollower::isInMotion(row("a")));
    QVERIFY(RowFollower::isInMotion(row("a", JobStatus::Syncing)));
    QVERIFY(RowFollower::isInMotion(row("a", JobStatus::FullSyncing)));
    QVERIFY(RowFollower::isInMotion(row("a", JobStatus::Deleting)));
    QVERIFY(RowFollower::isInMotion(row("a", JobStatus::None, true)));
    QVERIFY(!RowFollower::anyInMotion({row("a"), row("b")}));
    QVERIFY(RowFollower::anyInMotion({row("a"), row("b", JobStatus::Deleting)}));
    QVERIFY(!RowFollower::anyInMotion({}));
}

void TestRowFollower::neverPollsSettledRows()
{
    RowFollower follower;
    follower.setIntervals(10, 40);
    QSignalSpy polls(&follower, &RowFollower::pollDue);
    follower.pageArrived({row("a"), row("b")});
    QVERIFY(!follower.isFollowing());
    QVERIFY(!follower.isScheduled());
    QTest::qWait(150);
    QCOMPARE(polls.count(), 0);
}

void TestRowFollower::backsOffThenStops()
{
    RowFollower follower;
    follower.setIntervals(20, 80);
    QSignalSpy polls(&follower, &RowFollower::pollDue);
    QSignalSpy following(&follower, &RowFollower::followingChanged);
    const QList<ConnectorInstance> moving{row("a"), row("b", JobStatus::Deleting)};
    follower.pageArrived(moving);
    QVERIFY(follower.isFollowing());
    QCOMPARE(following.count(), 1);
    QCOMPARE(follower.currentInterval(), 20);
    QList<int> waits;
    for (int i = 0; i < 4; ++i) {
        QVERIFY(polls.wait(1000));
        waits.append(follower.currentInterval());
        follower.pageArrived(moving); // the poll's page: still deleting
    }
    QCOMPARE(waits, (QList<int>{40, 80, 80, 80})); // doubled, never beyond the ceiling
    QVERIFY(polls.wait(1000));
    follower.pageArrived({row("a")}); // gone: settled
    QVERIFY(!follower.isFollowing());
    QVERIFY(!follower.isScheduled());
    QCOMPARE(follower.currentInterval(), 20);
    const int count = polls.count();
    QTest::qWait(200);
    QCOMPARE(polls.count(), count);
}

void TestRowFollower::oneOutstandingPollAtATime()
{
    RowFollower follower;
    follower.setIntervals(10, 10);
    QSignalSpy polls(&follower, &RowFollower::pollDue);
    follower.pageArrived({row("a", JobStatus::Syncing)});
    QVERIFY(polls.wait(1000));
    // No page answers the poll: nothing else is asked meanwhile, however long it takes.
    follower.observe({row("a", JobStatus::Syncing)});
    QTest::qWait(100);
    QCOMPARE(polls.count(), 1);
    follower.pageArrived({row("a", JobStatus::Syncing)});
    QVERIFY(polls.wait(1000));
}

void TestRowFollower::pausesWhileInactive()
{
    RowFollower follower;
    follower.setIntervals(10, 20);
    QSignalSpy polls(&follower, &RowFollower::pollDue);
    follower.setActive(false); // minimised
    follower.pageArrived({row("a", JobStatus::FullSyncing, true)});
    QTest::qWait(100);
    QCOMPARE(polls.count(), 0);
    follower.setActive(true);
    QVERIFY(polls.wait(1000));
}

void TestRowFollower::adminActionResetsTheBackoff()
{
    RowFollower follower;
    follower.setIntervals(20, 1000);
    QSignalSpy polls(&follower, &RowFollower::pollDue);
    const QList<ConnectorInstance> moving{row("a", JobStatus::Syncing)};
    follower.pageArrived(moving);
    for (int i = 0; i < 3; ++i) {
        QVERIFY(polls.wait(2000));
        follower.pageArrived(moving);
    }
    QCOMPARE(follower.currentInterval(), 160);
    follower.resetBackoff();
    QCOMPARE(follower.currentInterval(), 20);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(polls.wait(2000));
    QVERIFY2(clock.elapsed() < 150, qPrintable(QString::number(clock.elapsed())));
}

void TestRowFollower::failedPageTriesAgain()
{
    RowFollower follower;
    follower.setIntervals(10, 20);
    QSignalSpy polls(&follower, &RowFollower::pollDue);
    follower.pageArrived({row("a", JobStatus::Deleting)});
    QVERIFY(polls.wait(1000));
    follower.pageFailed();
    QVERIFY(polls.wait(1000));
}

QTEST_GUILESS_MAIN(TestRowFollower)
#include "tst_rowfollower.moc"
