// The sign-in watch both front ends wait with, over real HTTP to the dev server: it reads the instance
// with a growing interval until the server says it is authenticated, goes on through errors that
// may pass (a 503, a cut connection, an odd answer), ends on those that waiting cannot mend (the
// instance gone, the token refused), and a deadline ends it as timed out.
#include "testserver.h"

#include "core/net/apiclient.h"
#include "core/ops/signinwatch.h"
#include "devserver/connectorstore.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using devserver::Dialect;
using devserver::Fault;

namespace {

QString addOAuthInstance(TestServer& ts)
{
    return ts.server.store().addInstance({{QStringLiteral("name"), QStringLiteral("Drive")},
                                          {QStringLiteral("type"), QStringLiteral("Drive")},
                                          {QStringLiteral("authType"), QStringLiteral("OAUTH")},
                                          {QStringLiteral("isAuthenticated"), false}});
}

int getsOf(const TestServer& ts, const QString& id)
{
    return ts.countRequests(QStringLiteral("/connectors/") + id, "GET");
}

} // namespace

class TestSignInWatch : public QObject
{
    Q_OBJECT

private slots:
    void theIntervalGrowsByItsFirstStepUpToTheMaximum();
    void signedInEndsTheWatchWithTheInstanceAsRead();
    void passingErrorsAreReportedAndTheWatchGoesOn();
    void errorsWaitingCannotMendEndIt_data();
    void errorsWaitingCannotMendEndIt();
    void aDeadlineEndsItAsTimedOut();
    void cancelSendsNothingMore();
};

void TestSignInWatch::theIntervalGrowsByItsFirstStepUpToTheMaximum()
{
    TestServer ts(Dialect::PipesHub, 0);
    const QString id = addOAuthInstance(ts);
    SignInWatch watch(ts.client.get());
    QCOMPARE(watch.currentInterval(), SignInWatch::defaultFirstMs); // 2 s, 4 s, ... every 10 s
    watch.setIntervals(20, 70);
    QSignalSpy waiting(&watch, &SignInWatch::stillWaiting);
    watch.start(id);
    QList<int> intervals{watch.currentInterval()};
    while (intervals.size() < 5) {
        QVERIFY(waiting.wait(2000));
        intervals.append(watch.currentInterval());
    }
    // Read after start: the next wait is already one step longer than the first.
    QCOMPARE(intervals, (QList<int>{40, 60, 70, 70, 70}));
    QVERIFY(watch.isRunning());
    QCOMPARE(getsOf(ts, id), 4);
    watch.cancel();
}

void TestSignInWatch::signedInEndsTheWatchWithTheInstanceAsRead()
{
    TestServer ts(Dialect::PipesHub, 0);
    const QString id = addOAuthInstance(ts);
    SignInWatch watch(ts.client.get());
    watch.setIntervals(20, 40);
    QSignalSpy signedIn(&watch, &SignInWatch::signedIn);
    QSignalSpy waiting(&watch, &SignInWatch::stillWaiting);
    watch.start(id);
    QVERIFY(waiting.wait(2000)); // not yet
    ts.server.store().updateInstance(id, {{QStringLiteral("isAuthenticated"), true}}); // the admin signed in
    QVERIFY(signedIn.wait(2000));
    const auto instance = signedIn.at(0).at(0).value<ConnectorInstance>();
    QCOMPARE(instance.id, id);
    QVERIFY(instance.isAuthenticated);
    QVERIFY(!watch.isRunning());
    const int gets = getsOf(ts, id);
    QTest::qWait(150);
    QCOMPARE(getsOf(ts, id), gets); // nothing after the end
}

void TestSignInWatch::passingErrorsAreReportedAndTheWatchGoesOn()
{
    TestServer ts(Dialect::PipesHub, 0);
    ts.client->setRetryPolicy(RetryPolicy::none());
    const QString id = addOAuthInstance(ts);
    Fault unavailable;
    unavailable.status = 503;
    unavailable.body = R"({"detail":"Service restarting"})";
    unavailable.pathPrefix = QStringLiteral("/connectors/") + id;
    unavailable.count = 2;
    ts.server.injectFault(unavailable);
    SignInWatch watch(ts.client.get());
    watch.setIntervals(20, 40);
    QSignalSpy waiting(&watch, &SignInWatch::stillWaiting);
    QSignalSpy failed(&watch, &SignInWatch::failed);
    QSignalSpy signedIn(&watch, &SignInWatch::signedIn);
    watch.start(id);
    QVERIFY(waiting.wait(2000));
    const auto passing = waiting.at(0).at(1).value<ApiError>();
    QCOMPARE(passing.kind, ApiError::Kind::Server);
    QCOMPARE(passing.message, QStringLiteral("Service restarting"));
    QVERIFY(!waiting.at(0).at(0).value<ConnectorInstance>().isValid()); // nothing read
    QTRY_VERIFY(waiting.count() >= 3);
    QVERIFY(!waiting.at(2).at(1).value<ApiError>().isError()); // read fine, not signed in yet
    ts.server.store().updateInstance(id, {{QStringLiteral("isAuthenticated"), true}});
    QVERIFY(signedIn.wait(2000));
    QCOMPARE(failed.count(), 0);
}

void TestSignInWatch::errorsWaitingCannotMendEndIt_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");
    QTest::addRow("the instance is gone (404)") << 404 << int(ApiError::Kind::NotFound);
    QTest::addRow("the token is refused (401)") << 401 << int(ApiError::Kind::Unauthorized);
    QTest::addRow("no longer ours (403)") << 403 << int(ApiError::Kind::Unauthorized);
}

void TestSignInWatch::errorsWaitingCannotMendEndIt()
{
    QFETCH(int, status);
    QFETCH(int, kind);
    TestServer ts(Dialect::PipesHub, 0);
    const QString id = addOAuthInstance(ts);
    Fault fault;
    fault.status = status;
    fault.pathPrefix = QStringLiteral("/connectors/") + id;
    ts.server.injectFault(fault);
    SignInWatch watch(ts.client.get());
    watch.setIntervals(20, 40);
    QSignalSpy failed(&watch, &SignInWatch::failed);
    QSignalSpy waiting(&watch, &SignInWatch::stillWaiting);
    watch.start(id);
    QVERIFY(failed.wait(2000));
    QCOMPARE(int(failed.at(0).at(0).value<ApiError>().kind), kind);
    QCOMPARE(failed.at(0).at(0).value<ApiError>().httpStatus, status);
    QCOMPARE(waiting.count(), 0);
    QVERIFY(!watch.isRunning());
    QTest::qWait(120);
    QCOMPARE(getsOf(ts, id), 1);
}

void TestSignInWatch::aDeadlineEndsItAsTimedOut()
{
    TestServer ts(Dialect::PipesHub, 0);
    const QString id = addOAuthInstance(ts);
    SignInWatch watch(ts.client.get());
    watch.setIntervals(30, 60);
    watch.setDeadline(200);
    QSignalSpy timedOut(&watch, &SignInWatch::timedOut);
    QSignalSpy signedIn(&watch, &SignInWatch::signedIn);
    watch.start(id);
    QVERIFY(timedOut.wait(3000));
    QVERIFY(watch.elapsedMs() >= 200);
    QVERIFY(!watch.isRunning());
    QCOMPARE(signedIn.count(), 0);
    QVERIFY(getsOf(ts, id) >= 2); // it did ask until then
}

void TestSignInWatch::cancelSendsNothingMore()
{
    TestServer ts(Dialect::PipesHub, 0);
    const QString id = addOAuthInstance(ts);
    SignInWatch watch(ts.client.get());
    watch.setIntervals(20, 20);
    QSignalSpy waiting(&watch, &SignInWatch::stillWaiting);
    QSignalSpy failed(&watch, &SignInWatch::failed);
    watch.start(id);
    QVERIFY(waiting.wait(2000));
    watch.cancel();
    QVERIFY(!watch.isRunning());
    const int gets = getsOf(ts, id);
    QTest::qWait(150);
    QCOMPARE(getsOf(ts, id), gets);
    QCOMPARE(failed.count(), 0); // a cancel is silent
}

QTEST_GUILESS_MAIN(TestSignInWatch)
#include "tst_signinwatch.moc"
