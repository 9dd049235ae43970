// Signing in: a profile's token from the environment (or the keychain), a keychain that has nothing
// or is not there, an unreadable CA file, and a keychain answer that comes after the user moved on.
#include "apptestutil.h"

#include "app/list/errorbanner.h"
#include "app/serversession.h"
#include "core/settings/credentialstore.h"

#include <QStatusBar>
#include <QTemporaryDir>

using namespace apptest;

class TestServerSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void profileTokenComesFromTheEnvironment();
    void missingTokenIsSaidAndTheServerAnswersForItself();
    void unreadableCaFileIsSaid();
    void lateTokenForAServerLeftBehindIsIgnored();
};

void TestServerSession::initTestCase()
{
    isolateSettings();
}

void TestServerSession::init()
{
    qunsetenv(CredentialStore::environmentVariable);
}

void TestServerSession::cleanup()
{
    qunsetenv(CredentialStore::environmentVariable);
}

void TestServerSession::profileTokenComesFromTheEnvironment()
{
    Harness h(25);
    qputenv(CredentialStore::environmentVariable, testToken.toUtf8());
    ServerProfile profile;
    profile.name = QStringLiteral("From env");
    profile.url = h.ts.server.baseUrl();
    QSignalSpy ready(h.session(), &ServerSession::ready);
    QVERIFY(h.loadAfter([&] { h.window->openProfile(profile); }));
    QCOMPARE(ready.size(), 1);
    QCOMPARE(h.model()->rowCount(), 20);
    QCOMPARE(h.session()->tokenSource(), QStringLiteral("environment"));
    for (const devserver::LoggedRequest& r : h.ts.server.requestLog())
        QVERIFY(r.bearerMatched);
    QVERIFY(h.window->windowTitle().contains(QStringLiteral("From env")));
}

void TestServerSession::missingTokenIsSaidAndTheServerAnswersForItself()
{
    Harness h(10);
    ServerProfile profile;
    profile.name = QStringLiteral("No token");
    // An ephemeral port: no keychain has a token for it, whether or not a keychain runs here.
    profile.url = h.ts.server.baseUrl();
    QSignalSpy problem(h.session(), &ServerSession::problem);
    QSignalSpy failed(h.controller(), &ConnectorListController::loadFailed);
    h.window->openProfile(profile);
    QVERIFY(failed.wait(30000));
    QCOMPARE(problem.size(), 1);
    const QString said = problem.constFirst().constFirst().toString();
    QVERIFY2(said.contains(QLatin1String(CredentialStore::environmentVariable)), qPrintable(said));
    QVERIFY(!h.window->statusBar()->currentMessage().isEmpty());
    // The server's own 401 explains the rest.
    QCOMPARE(failed.constFirst().constFirst().value<ApiError>().kind, ApiError::Kind::Unauthorized);
    QVERIFY(h.banner()->message().contains(QStringLiteral("401")));
}

void TestServerSession::unreadableCaFileIsSaid()
{
    Harness h(5);
    qputenv(CredentialStore::environmentVariable, testToken.toUtf8());
    QTemporaryDir dir;
    ServerProfile profile;
    profile.name = QStringLiteral("Custom CA");
    profile.url = h.ts.server.baseUrl();
    profile.caFile = dir.filePath(QStringLiteral("missing-ca.pem"));
    QSignalSpy problem(h.session(), &ServerSession::problem);
    QVERIFY(h.loadAfter([&] { h.window->openProfile(profile); }));
    QCOMPARE(problem.size(), 1);
    QVERIFY(problem.constFirst().constFirst().toString().contains(QStringLiteral("missing-ca.pem")));
    QCOMPARE(h.model()->rowCount(), 5); // plain http here: the CAs change nothing, the list loads
}

void TestServerSession::lateTokenForAServerLeftBehindIsIgnored()
{
    Harness h(12);
    TestServer other(devserver::Dialect::PipesHub, 3);
    qputenv(CredentialStore::environmentVariable, testToken.toUtf8());
    ServerProfile first;
    first.name = QStringLiteral("Left behind");
    first.url = h.ts.server.baseUrl();
    QSignalSpy ready(h.session(), &ServerSession::ready);
    // The token read for the first server is still on its way when the user picks another one.
    h.window->openProfile(first);
    QVERIFY(h.loadAfter([&] { h.window->openServer(other.server.baseUrl(), testToken, QStringLiteral("Chosen")); }));
    QTRY_COMPARE(ready.size(), 1);
    QCOMPARE(h.model()->rowCount(), 3);
    QCOMPARE(h.session()->baseUrl(), other.server.baseUrl());
    QCOMPARE(listRequests(h.ts.server).size(), 0);
    // The keychain answer was queued before the second server's request went out, so it has been
    // delivered while the page was awaited; it changed nothing.
    QCoreApplication::processEvents();
    QCOMPARE(ready.size(), 1);
    QCOMPARE(h.model()->rowCount(), 3);
}

QTEST_MAIN(TestServerSession)
#include "tst_serversession.moc"
