// Loading the page a ListQuery describes: both scopes stitched together, unpaged states paged here,
// and only the latest answer delivered.
#include "testserver.h"

#include "core/list/connectorpageloader.h"
#include "core/net/apiclient.h"
#include "core/net/apireply.h"
#include "devserver/connectorstore.h"

#include <QSignalSpy>
#include <QTest>

using devserver::Dialect;
using devserver::Fault;

Q_DECLARE_METATYPE(devserver::Dialect)

namespace {

struct Outcome
{
    std::optional<ConnectorPage> page;
    ApiError error;
};

Outcome load(ConnectorPageLoader& loader, const ListQuery& query)
{
    Outcome out;
    bool done = false;
    QMetaObject::Connection a = QObject::connect(&loader, &ConnectorPageLoader::loaded, [&](const ConnectorPage& p) {
        out.page = p;
        done = true;
    });
    QMetaObject::Connection b = QObject::connect(&loader, &ConnectorPageLoader::failed, [&](const ApiError& e) {
        out.error = e;
        done = true;
    });
    loader.load(query);
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qFatal("load did not finish");
    QObject::disconnect(a);
    QObject::disconnect(b);
    return out;
}

// The server's own order of one scope's ids, as the server lists them; `search` (no wildcards) matches
// the name, the connector type or the app group, as the server's does (docs/API.md).
QStringList idsInScope(devserver::DevServer& server, const QString& scope, const QString& search = {})
{
    QStringList out;
    for (const QString& id : server.store().ids()) {
        const QJsonObject o = server.store().instance(id);
        const bool found = o.value(QLatin1String("name")).toString().contains(search, Qt::CaseInsensitive)
            || o.value(QLatin1String("type")).toString().contains(search, Qt::CaseInsensitive)
            || o.value(QLatin1String("appGroup")).toString().contains(search, Qt::CaseInsensitive);
        if (o.value(QLatin1String("scope")).toString() == scope && found)
            out.append(id);
    }
    return out;
}

} // namespace

class TestConnectorPageLoader : public QObject
{
    Q_OBJECT

private slots:
    void bothScopesArePagedAsOneList_data();
    void bothScopesArePagedAsOneList();
    void oneScopeIsOneRequest();
    void activeIsFetchedOnceThenFilteredAndPagedHere();
    void onlyTheLatestAnswerIsDelivered();
    void largeListsAreDecodedOffTheGuiThreadAlike_data();
    void largeListsAreDecodedOffTheGuiThreadAlike();
    void aDecodeStillRunningIsDroppedByANewerLoad();
    void failuresCarryTheServersMessage();
};

void TestConnectorPageLoader::bothScopesArePagedAsOneList_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QString>("search");
    QTest::addRow("published, pages of 7") << Dialect::Published << 7 << QString();
    QTest::addRow("PipesHub, pages of 7") << Dialect::PipesHub << 7 << QString();
    QTest::addRow("PipesHub, pages of 20") << Dialect::PipesHub << 20 << QString();
    QTest::addRow("PipesHub, one page holds all") << Dialect::PipesHub << 200 << QString();
    QTest::addRow("PipesHub, with a search") << Dialect::PipesHub << 3 << QStringLiteral("a");
}

void TestConnectorPageLoader::bothScopesArePagedAsOneList()
{
    QFETCH(Dialect, dialect);
    QFETCH(int, limit);
    QFETCH(QString, search);
    TestServer ts(dialect, 53);
    const QStringList expected = idsInScope(ts.server, QStringLiteral("team"), search)
        + idsInScope(ts.server, QStringLiteral("personal"), search);
    QVERIFY(expected.size() > 5);

    ConnectorPageLoader loader(ts.client.get());
    ListQuery query;
    query.setLimit(limit);
    query.setSearch(search);
    QStringList seen;
    for (int page = 1; page <= 100; ++page) {
        query.setPage(page);
        ts.server.clearRequestLog();
        const Outcome out = load(loader, query);
        QVERIFY2(out.page, qPrintable(out.error.toString()));
        // One request per scope, even for the page where the team list ends and the personal one
        // begins: the personal slice is asked for with a page size that holds it in one page.
        QCOMPARE(ts.server.requestLog().size(), 2);
        QCOMPARE(out.page->pagination.total, expected.size());
        for (const ConnectorInstance& c : out.page->connectors)
            seen.append(c.id);
        if (!out.page->pagination.hasMore)
            break;
        QCOMPARE(out.page->connectors.size(), limit);
    }
    QCOMPARE(seen, expected);
}

void TestConnectorPageLoader::oneScopeIsOneRequest()
{
    TestServer ts(Dialect::PipesHub, 30);
    ConnectorPageLoader loader(ts.client.get());
    ListQuery query;
    query.setScope(ListQuery::Scope::Personal);
    query.setState(ListQuery::State::Configured);
    const Outcome out = load(loader, query);
    QVERIFY(out.page);
    QCOMPARE(ts.server.requestLog().size(), 1);
    const devserver::LoggedRequest r = ts.server.requestLog().constFirst();
    QCOMPARE(r.path, QStringLiteral("/api/v1/connectors/configured"));
    QCOMPARE(r.query.queryItemValue(QStringLiteral("scope")), QStringLiteral("personal"));
    QCOMPARE(r.query.queryItemValue(QStringLiteral("page")), QStringLiteral("1"));
    QCOMPARE(r.query.queryItemValue(QStringLiteral("limit")), QStringLiteral("20"));
    for (const ConnectorInstance& c : out.page->connectors) {
        QCOMPARE(c.scope.text(), QStringLiteral("personal"));
        QVERIFY(c.isConfigured);
    }
}

void TestConnectorPageLoader::activeIsFetchedOnceThenFilteredAndPagedHere()
{
    TestServer ts(Dialect::PipesHub, 80);
    ConnectorPageLoader loader(ts.client.get());
    ListQuery query;
    query.setState(ListQuery::State::Active);
    query.setScope(ListQuery::Scope::Team);
    query.setLimit(5);
    const Outcome first = load(loader, query);
    QVERIFY(first.page);
    int activeTeam = 0;
    for (const QString& id : ts.server.store().ids()) {
        const QJsonObject o = ts.server.store().instance(id);
        activeTeam += o.value(QLatin1String("isActive")).toBool()
            && o.value(QLatin1String("scope")).toString() == QLatin1String("team");
    }
    QCOMPARE(first.page->pagination.total, activeTeam);
    for (const ConnectorInstance& c : first.page->connectors) {
        QVERIFY(c.isActive);
        QCOMPARE(c.scope.text(), QStringLiteral("team"));
    }
    // Paging and searching reuse the list: no request at all.
    query.setPage(2);
    QVERIFY(load(loader, query).page);
    query.setSearch(QStringLiteral("e"));
    QVERIFY(load(loader, query).page);
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/active")), 1);
    QCOMPARE(ts.server.requestLog().size(), 1);
    // Until the cache is dropped (F5, or after a change).
    loader.invalidateCache();
    QVERIFY(load(loader, query).page);
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/active")), 2);
}

void TestConnectorPageLoader::onlyTheLatestAnswerIsDelivered()
{
    TestServer ts(Dialect::PipesHub, 30);
    ConnectorPageLoader loader(ts.client.get());
    Fault slow;
    slow.mode = Fault::Mode::Latency;
    slow.latencyMs = 600;
    ts.server.injectFault(slow); // only the first request is slow
    QSignalSpy loaded(&loader, &ConnectorPageLoader::loaded);
    ListQuery first;
    first.setScope(ListQuery::Scope::Team);
    ListQuery second = first;
    second.setSearch(QStringLiteral("a"));
    loader.load(first);
    loader.load(second);
    QVERIFY(loaded.wait(5000));
    QTest::qWait(800); // past the slow answer: it must not arrive
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loaded.at(0).at(1).value<ListQuery>(), second);
}

void TestConnectorPageLoader::largeListsAreDecodedOffTheGuiThreadAlike_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addRow("published") << Dialect::Published;
    QTest::addRow("PipesHub") << Dialect::PipesHub;
}

// Over 256 KB the answer is parsed on a worker thread, over 500 instances it is decoded there too:
// the page that comes out must be the one a small answer gives, item for item.
void TestConnectorPageLoader::largeListsAreDecodedOffTheGuiThreadAlike()
{
    QFETCH(Dialect, dialect);
    TestServer ts(dialect, 2500);
    ConnectorPageLoader loader(ts.client.get());
    ListQuery query;
    query.setState(ListQuery::State::Inactive);
    query.setLimit(50);
    query.setPage(3);
    const Outcome out = load(loader, query);
    QVERIFY(out.page);
    QStringList expected;
    for (const QString& id : ts.server.store().ids()) {
        if (!ts.server.store().instance(id).value(QLatin1String("isActive")).toBool())
            expected.append(id);
    }
    QVERIFY(expected.size() > 500);
    QCOMPARE(loader.cachedList(ListQuery::State::Inactive)->size(), expected.size());
    QCOMPARE(out.page->pagination.total, expected.size());
    QCOMPARE(out.page->connectors.size(), 50);
    for (int i = 0; i < 50; ++i) {
        const ConnectorInstance& c = out.page->connectors.at(i);
        QCOMPARE(c.id, expected.at(100 + i));
        QVERIFY(!c.isActive);
        QVERIFY(c.createdAt.isValid());
        QCOMPARE(c.name, ts.server.store().instance(c.id).value(QLatin1String("name")).toString());
    }
    QVERIFY(!loader.isLoading());
}

void TestConnectorPageLoader::aDecodeStillRunningIsDroppedByANewerLoad()
{
    TestServer ts(Dialect::PipesHub, 2500);
    ConnectorPageLoader loader(ts.client.get());
    QSignalSpy loaded(&loader, &ConnectorPageLoader::loaded);
    ListQuery inactive;
    inactive.setState(ListQuery::State::Inactive);
    ListQuery team;
    team.setScope(ListQuery::Scope::Team);
    // Once the answer is in and the loader has handed it to a worker (the loader's own slot runs
    // first; ours is queued after it), ask for another page.
    bool decodeWasRunning = false;
    QObject::connect(ts.client.get(), &ApiClient::callStarted, &loader, [&](ApiReply* reply) {
        if (!reply->url().path().endsWith(QLatin1String("/inactive")))
            return;
        QObject::connect(
            reply,
            &ApiReply::finished,
            &loader,
            [&] {
                decodeWasRunning = loader.isLoading();
                loader.load(team);
            },
            Qt::QueuedConnection);
    });
    loader.load(inactive);
    QVERIFY(loaded.wait(10000));
    QTest::qWait(500); // long enough for any decode of the inactive list to finish: it must not arrive
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loaded.at(0).at(1).value<ListQuery>(), team);
    QVERIFY(decodeWasRunning);
    QVERIFY(!loader.isLoading());
}

void TestConnectorPageLoader::failuresCarryTheServersMessage()
{
    TestServer ts(Dialect::PipesHub, 30);
    ts.client->setRetryPolicy(RetryPolicy::none());
    Fault fault;
    fault.status = 500;
    fault.body = R"({"detail":"Database is down"})";
    fault.count = 2; // the personal half fails too
    ts.server.injectFault(fault);
    ConnectorPageLoader loader(ts.client.get());
    const Outcome out = load(loader, ListQuery());
    QVERIFY(!out.page);
    QCOMPARE(out.error.kind, ApiError::Kind::Server);
    QCOMPARE(out.error.message, QStringLiteral("Database is down"));
}

QTEST_GUILESS_MAIN(TestConnectorPageLoader)
#include "tst_connectorpageloader.moc"
