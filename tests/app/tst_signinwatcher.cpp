// The console's OAuth sign-in, over real HTTP to the dev server in both dialects: it asks the server for
// the authorization URL, hands it to the "browser" (a function here, which opens the dev server's
// consent page as an admin would), and waits until the server says signed in. It refuses what is not
// OAuth, says why when the server refuses or no browser opens, ends when the instance disappears
// while it waits, and a cancel or a new sign-in stops the reads of the one before.
#include "testserver.h"

#include "app/lifecycle/signinwatcher.h"
#include "core/net/apiclient.h"
#include "devserver/connectorstore.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using devserver::Dialect;
using devserver::Fault;

Q_DECLARE_METATYPE(devserver::Dialect)

namespace {

QString addOAuthInstance(TestServer& ts, const QString& name = QStringLiteral("Drive"))
{
    return addInstance(ts,
                       {{QStringLiteral("name"), name},
                        {QStringLiteral("type"), QStringLiteral("Drive")},
                        {QStringLiteral("authType"), QStringLiteral("OAUTH")},
                        {QStringLiteral("isAuthenticated"), false}});
}

// The watch's reads of the instance: GET /connectors/{id} itself, not its sign-in URL.
int readsOf(const TestServer& ts, const QString& id)
{
    int n = 0;
    for (const devserver::LoggedRequest& r : ts.server.requestLog())
        n += r.method == "GET" && r.path == QStringLiteral("/api/v1/connectors/") + id ? 1 : 0;
    return n;
}

// A browser: opens the consent page (no bearer token, as a browser) and tells whether it said signed in.
class Browser
{
public:
    void open(const QUrl& url)
    {
        QNetworkReply* page = m_manager.get(QNetworkRequest(url));
        QObject::connect(page, &QNetworkReply::finished, page, [this, page] {
            m_statuses.append(page->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
            page->deleteLater();
        });
    }
    const QList<int>& statuses() const
    {
        return m_statuses;
    }

private:
    QNetworkAccessManager m_manager;
    QList<int> m_statuses;
};

} // namespace

class TestSignInWatcher : public QObject
{
    Q_OBJECT

private slots:
    void onlyAnOAuthInstanceStarts();
    void signsInThroughTheConsentPage_data();
    void signsInThroughTheConsentPage();
    void aBrowserThatCannotOpenSaysWhereToGo();
    void aRefusalOfTheServerFails_data();
    void aRefusalOfTheServerFails();
    void anInstanceGoneWhileWaitingEndsIt();
    void cancelStopsTheReads();
    void aNewSignInReplacesTheOneInProgress();
};

void TestSignInWatcher::onlyAnOAuthInstanceStarts()
{
    TestServer ts(Dialect::PipesHub, 0);
    const QString apiToken = addInstance(ts, {{QStringLiteral("isAuthenticated"), false}});
    const ConnectorInstance instance = ts.fetch(apiToken);
    QVERIFY(instance.isValid());
    SignInWatcher watcher(ts.client.get());
    int opened = 0;
    watcher.setUrlOpener([&opened](const QUrl&) { return ++opened > 0; });
    QSignalSpy running(&watcher, &SignInWatcher::runningChanged);
    ts.server.clearRequestLog();

    QVERIFY(!watcher.start(instance)); // an API token: nothing to sign in to
    QVERIFY(!watcher.start(ConnectorInstance())); // no instance at all
    QVERIFY(!watcher.isRunning());
    QVERIFY(running.isEmpty());
    QTest::qWait(50);
    QVERIFY(ts.server.requestLog().isEmpty());
    QCOMPARE(opened, 0);
    QVERIFY(watcher.authorizationUrl().isEmpty());
}

void TestSignInWatcher::signsInThroughTheConsentPage_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::newRow("pipeshub") << Dialect::PipesHub;
    QTest::newRow("published") << Dialect::Published;
}

void TestSignInWatcher::signsInThroughTheConsentPage()
{
    QFETCH(Dialect, dialect);
    TestServer ts(dialect, 0);
    const QString id = addOAuthInstance(ts);
    SignInWatcher watcher(ts.client.get());
    watcher.setIntervals(30, 120);
    Browser browser;
    QList<QUrl> opened;
    watcher.setUrlOpener([&](const QUrl& url) {
        opened.append(url);
        QTimer::singleShot(150, &watcher, [&browser, url] { browser.open(url); }); // the admin takes a moment
        return true;
    });
    QSignalSpy running(&watcher, &SignInWatcher::runningChanged);
    QSignalSpy waiting(&watcher, &SignInWatcher::waiting);
    QSignalSpy signedIn(&watcher, &SignInWatcher::signedIn);
    QSignalSpy failed(&watcher, &SignInWatcher::failed);

    const ConnectorInstance instance = ts.fetch(id);
    ts.server.clearRequestLog(); // from here, the watcher's requests only
    QVERIFY(watcher.start(instance));
    QVERIFY(watcher.isRunning());
    QCOMPARE(watcher.instance().id, id);
    QCOMPARE(running.size(), 1);
    QCOMPARE(running.at(0).at(0).toBool(), true);
    QVERIFY(signedIn.wait(10000));

    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).path(), QStringLiteral("/oauth/consent"));
    QCOMPARE(opened.at(0).host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(watcher.authorizationUrl(), opened.at(0));
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.at(0).at(0).toUrl(), opened.at(0));
    QCOMPARE(browser.statuses(), QList<int>{200});
    const auto done = signedIn.at(0).at(0).value<ConnectorInstance>();
    QCOMPARE(done.id, id);
    QVERIFY(done.isAuthenticated);
    QVERIFY(ts.server.store().instance(id).value(QLatin1String("isAuthenticated")).toBool());
    QVERIFY(!watcher.isRunning());
    QCOMPARE(running.size(), 2);
    QCOMPARE(running.at(1).at(0).toBool(), false);
    QVERIFY(failed.isEmpty());
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/") + id + QStringLiteral("/oauth/authorize"), "GET"), 1);
    QVERIFY(readsOf(ts, id) >= 1); // watched by reads of the instance
    // Signed in: nothing more is read.
    const int reads = readsOf(ts, id);
    QTest::qWait(300);
    QCOMPARE(readsOf(ts, id), reads);
}

void TestSignInWatcher::aBrowserThatCannotOpenSaysWhereToGo()
{
    TestServer ts(Dialect::PipesHub, 0);
    const QString id = addOAuthInstance(ts);
    SignInWatcher watcher(ts.client.get());
    watcher.setIntervals(30, 120);
    watcher.setUrlOpener([](const QUrl&) { return false; });
    QSignalSpy failed(&watcher, &SignInWatcher::failed);
    QSignalSpy waiting(&watcher, &SignInWatcher::waiting);
    QSignalSpy running(&watcher, &SignInWatcher::runningChanged);
    const ConnectorInstance instance = ts.fetch(id);
    ts.server.clearRequestLog();

    QVERIFY(watcher.start(instance));
    QVERIFY(failed.wait(5000));
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.startsWith(QLatin1String("No web browser could be opened")), qPrintable(message));
    // The address to open by hand is in the message: the sign-in can still be done.
    QVERIFY(!watcher.authorizationUrl().isEmpty());
    QVERIFY2(message.endsWith(watcher.authorizationUrl().toString()), qPrintable(message));
    QVERIFY(waiting.isEmpty());
    QVERIFY(!watcher.isRunning());
    QCOMPARE(running.size(), 2);
    QTest::qWait(200);
    QCOMPARE(readsOf(ts, id), 0); // nobody is waited for
}

void TestSignInWatcher::aRefusalOfTheServerFails_data()
{
    QTest::addColumn<QString>("refusal");
    QTest::addColumn<QString>("words");
    QTest::newRow("the instance is gone (404)") << QStringLiteral("gone") << QStringLiteral("not found");
    QTest::newRow("the server fails (500)") << QStringLiteral("500") << QStringLiteral("Vault is sealed");
}

void TestSignInWatcher::aRefusalOfTheServerFails()
{
    QFETCH(QString, refusal);
    QFETCH(QString, words);
    TestServer ts(Dialect::PipesHub, 0);
    ts.client->setRetryPolicy(RetryPolicy::none());
    const QString id = addOAuthInstance(ts);
    const ConnectorInstance instance = ts.fetch(id);
    QVERIFY(instance.isValid());
    ts.server.clearRequestLog();
    if (refusal == QLatin1String("gone")) {
        QVERIFY(ts.server.store().removeInstance(id));
    } else {
        Fault fault;
        fault.status = 500;
        fault.body = R"({"detail":"Vault is sealed"})";
        fault.pathPrefix = QStringLiteral("/connectors/") + id + QStringLiteral("/oauth/authorize");
        ts.server.injectFault(fault);
    }
    SignInWatcher watcher(ts.client.get());
    int opened = 0;
    watcher.setUrlOpener([&opened](const QUrl&) { return ++opened > 0; });
    QSignalSpy failed(&watcher, &SignInWatcher::failed);
    QSignalSpy running(&watcher, &SignInWatcher::runningChanged);

    QVERIFY(watcher.start(instance));
    QVERIFY(failed.wait(5000));
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(words, Qt::CaseInsensitive), qPrintable(message));
    QCOMPARE(opened, 0); // no browser for a URL the server did not give
    QVERIFY(watcher.authorizationUrl().isEmpty());
    QVERIFY(!watcher.isRunning());
    QCOMPARE(running.size(), 2);
    QCOMPARE(readsOf(ts, id), 0);
}

void TestSignInWatcher::anInstanceGoneWhileWaitingEndsIt()
{
    TestServer ts(Dialect::Published, 0);
    const QString id = addOAuthInstance(ts);
    SignInWatcher watcher(ts.client.get());
    watcher.setIntervals(30, 60);
    watcher.setUrlOpener([](const QUrl&) { return true; }); // nobody signs in
    QSignalSpy waiting(&watcher, &SignInWatcher::waiting);
    QSignalSpy failed(&watcher, &SignInWatcher::failed);
    QSignalSpy signedIn(&watcher, &SignInWatcher::signedIn);
    const ConnectorInstance instance = ts.fetch(id);
    ts.server.clearRequestLog();

    QVERIFY(watcher.start(instance));
    QVERIFY(waiting.wait(5000));
    QTRY_VERIFY_WITH_TIMEOUT(readsOf(ts, id) >= 1, 5000);
    QVERIFY(watcher.isRunning()); // still not signed in: the reads go on
    QVERIFY(ts.server.store().removeInstance(id));
    QVERIFY(failed.wait(5000));
    QVERIFY2(failed.at(0).at(0).toString().contains(QLatin1String("not found"), Qt::CaseInsensitive),
             qPrintable(failed.at(0).at(0).toString()));
    QVERIFY(signedIn.isEmpty());
    QVERIFY(!watcher.isRunning());
    const int reads = readsOf(ts, id);
    QTest::qWait(200);
    QCOMPARE(readsOf(ts, id), reads);
}

void TestSignInWatcher::cancelStopsTheReads()
{
    TestServer ts(Dialect::PipesHub, 0);
    const QString id = addOAuthInstance(ts);
    SignInWatcher watcher(ts.client.get());
    watcher.setIntervals(30, 60);
    watcher.setUrlOpener([](const QUrl&) { return true; });
    QSignalSpy waiting(&watcher, &SignInWatcher::waiting);
    QSignalSpy cancelled(&watcher, &SignInWatcher::cancelled);
    QSignalSpy running(&watcher, &SignInWatcher::runningChanged);

    watcher.cancel(); // nothing runs: nothing to say
    QVERIFY(cancelled.isEmpty());
    QVERIFY(running.isEmpty());

    const ConnectorInstance instance = ts.fetch(id);
    ts.server.clearRequestLog();
    QVERIFY(watcher.start(instance));
    QVERIFY(waiting.wait(5000));
    QTRY_VERIFY_WITH_TIMEOUT(readsOf(ts, id) >= 2, 5000);
    watcher.cancel();
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(!watcher.isRunning());
    QCOMPARE(running.size(), 2);
    QCOMPARE(running.at(1).at(0).toBool(), false);
    QTest::qWait(50); // a read already on its way when Cancel was pressed still reaches the server
    const int reads = readsOf(ts, id);
    QTest::qWait(300);
    QCOMPARE(readsOf(ts, id), reads);
    watcher.cancel();
    QCOMPARE(cancelled.size(), 1); // once
}

void TestSignInWatcher::aNewSignInReplacesTheOneInProgress()
{
    TestServer ts(Dialect::PipesHub, 0);
    const QString first = addOAuthInstance(ts, QStringLiteral("First drive"));
    const QString second = addOAuthInstance(ts, QStringLiteral("Second drive"));
    const ConnectorInstance firstInstance = ts.fetch(first);
    const ConnectorInstance secondInstance = ts.fetch(second);
    ts.server.clearRequestLog();
    SignInWatcher watcher(ts.client.get());
    watcher.setIntervals(30, 60);
    Browser browser;
    QList<QUrl> opened;
    watcher.setUrlOpener([&](const QUrl& url) {
        opened.append(url);
        browser.open(url);
        return true;
    });
    QSignalSpy signedIn(&watcher, &SignInWatcher::signedIn);

    QVERIFY(watcher.start(firstInstance));
    QVERIFY(watcher.start(secondInstance)); // before the first's URL came: that answer is dropped
    QCOMPARE(watcher.instance().id, second);
    QVERIFY(signedIn.wait(10000));
    QCOMPARE(signedIn.size(), 1);
    QCOMPARE(signedIn.at(0).at(0).value<ConnectorInstance>().id, second);
    QCOMPARE(opened.size(), 1); // the browser opened once, for the second
    QVERIFY(ts.server.store().instance(second).value(QLatin1String("isAuthenticated")).toBool());
    QVERIFY(!ts.server.store().instance(first).value(QLatin1String("isAuthenticated")).toBool());
    QCOMPARE(readsOf(ts, first), 0);
}

QTEST_MAIN(TestSignInWatcher)
#include "tst_signinwatcher.moc"
