// connectorctl signin --wait against the dev server, in-process over real HTTP: it waits with the
// core's SignInWatch, the rule the console follows too. An error that waiting cannot mend (the
// instance deleted meanwhile) ends the wait with that error's exit code at once; a passing one (a
// 503) is said on stderr and waited through.
#include "ctltest.h"

#include "devserver/connectorstore.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

using devserver::Dialect;
using devserver::Fault;
using namespace ctltest;

namespace {

QString addUnsignedOAuthInstance(TestServer& ts)
{
    return addInstance(ts.server,
                       {{QStringLiteral("name"), QStringLiteral("Drive of the team")},
                        {QStringLiteral("type"), QStringLiteral("Drive")},
                        {QStringLiteral("authType"), QStringLiteral("OAUTH")},
                        {QStringLiteral("isAuthenticated"), false}});
}

} // namespace

class TestCtlSignin : public CtlTestCase
{
    Q_OBJECT

private slots:
    void theWaitEndsWhenTheInstanceIsGone();
    void aPassingErrorIsSaidAndWaitedThrough();
};

void TestCtlSignin::theWaitEndsWhenTheInstanceIsGone()
{
    TestServer ts(Dialect::PipesHub, 0);
    const QString id = addUnsignedOAuthInstance(ts);
    // Deleted by someone else while connectorctl waits (its first read comes after 2 s).
    QTimer::singleShot(500, &ts.server, [&ts, id] { QVERIFY(ts.server.store().removeInstance(id)); });
    QElapsedTimer clock;
    clock.start();
    const CtlRun r = runCtlNoRetries(ts, {QStringLiteral("signin"), id, QStringLiteral("--wait")});
    QVERIFY2(r.exitCode == 3, qPrintable(r.describe())); // not found, not "still not signed in"
    QVERIFY2(!r.errText().contains(QLatin1String("still not signed in")), qPrintable(r.describe()));
    QVERIFY2(r.errText().contains(QLatin1String("404")), qPrintable(r.describe()));
    QVERIFY(clock.elapsed() < 10000); // at the first read, not at the end of the 300 s
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/") + id, "GET"), 3); // read, URL, one poll
}

void TestCtlSignin::aPassingErrorIsSaidAndWaitedThrough()
{
    TestServer ts(Dialect::PipesHub, 0);
    const QString id = addUnsignedOAuthInstance(ts);
    CtlRun live;
    bool faulted = false;
    bool signedIn = false;
    QTimer driver;
    driver.setInterval(50);
    connect(&driver, &QTimer::timeout, this, [&] {
        // Once the URL is out, the next read of the instance gets a 503; after it was said, the admin signs in.
        if (!faulted && live.outText().contains(QLatin1String("/oauth/consent"))) {
            faulted = true;
            Fault unavailable;
            unavailable.status = 503;
            unavailable.body = R"({"detail":"Service restarting"})";
            unavailable.method = "GET";
            unavailable.pathPrefix = QStringLiteral("/connectors/") + id;
            ts.server.injectFault(unavailable);
        }
        if (faulted && !signedIn && live.errText().contains(QLatin1String("still waiting"))) {
            signedIn = true;
            ts.server.store().updateInstance(id, {{QStringLiteral("isAuthenticated"), true}});
        }
    });
    driver.start();
    const CtlRun r = runCtlNoRetries(ts, {QStringLiteral("signin"), id, QStringLiteral("--wait")}, {}, &live);
    driver.stop();
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.errText().contains(QLatin1String("could not read")), qPrintable(r.describe()));
    QVERIFY2(r.errText().contains(QLatin1String("Service restarting")), qPrintable(r.describe()));
    QVERIFY2(r.outText().endsWith(id + QStringLiteral(" is signed in.\n")), qPrintable(r.describe()));
    QVERIFY(signedIn);
}

QTEST_GUILESS_MAIN(TestCtlSignin)
#include "tst_ctlsignin.moc"
