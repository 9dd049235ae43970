// ConnectorPageLoader's all-pages mode over real HTTP: every instance once and in list order, handed
// over page by page, with progress, a stated upper limit, cancellation and the unpaged cache.
#include "testserver.h"

#include "core/list/connectorpageloader.h"
#include "core/net/apiclient.h"
#include "devserver/connectorstore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using devserver::Dialect;
using devserver::Fault;

Q_DECLARE_METATYPE(devserver::Dialect)
Q_DECLARE_METATYPE(ListQuery::Scope)
Q_DECLARE_METATYPE(ListQuery::State)

namespace {

struct Run
{
    std::optional<AllPages> result;
    ApiError error;
    QList<QList<ConnectorInstance>> pages; // as pageReady() handed them over
    QList<AllPagesProgress> progress;
};

Run loadAll(ConnectorPageLoader& loader, const ListQuery& query, const AllPagesOptions& options = {})
{
    Run run;
    bool done = false;
    QObject context;
    QObject::connect(&loader, &ConnectorPageLoader::pageReady, &context, [&](const QList<ConnectorInstance>& page) {
        run.pages.append(page);
    });
    QObject::connect(&loader, &ConnectorPageLoader::allPagesProgress, &context, [&](const AllPagesProgress& p) {
        run.progress.append(p);
    });
    QObject::connect(&loader, &ConnectorPageLoader::allPagesLoaded, &context, [&](const AllPages& all) {
        run.result = all;
        done = true;
    });
    QObject::connect(&loader, &ConnectorPageLoader::failed, &context, [&](const ApiError& e) {
        run.error = e;
        done = true;
    });
    loader.loadAllPages(query, options);
    if (!QTest::qWaitFor([&] { return done; }, 15000))
        qFatal("the all-pages load did not finish");
    return run;
}

QStringList ids(const QList<ConnectorInstance>& list)
{
    QStringList out;
    for (const ConnectorInstance& c : list)
        out.append(c.id);
    return out;
}

// The dev server's search: the name, the connector type or the app group, as a substring, any case.
bool matchesSearch(const QJsonObject& o, const QString& search)
{
    for (const char* field : {"name", "type", "appGroup"}) {
        if (o.value(QLatin1String(field)).toString().contains(search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// The server's own order of a scope's ids, filtered as a query filters.
QStringList
expectedIds(devserver::DevServer& server, const QString& scope, const QString& search, const char* flag = nullptr)
{
    QStringList out;
    for (const QString& id : server.store().ids()) {
        const QJsonObject o = server.store().instance(id);
        // Paged states search at the server, unpaged ones (a flag) in the core: by the same rule.
        const bool found = matchesSearch(o, search);
        if (o.value(QLatin1String("scope")).toString() == scope && found
            && (!flag || o.value(QLatin1String(flag)).toBool()))
            out.append(id);
    }
    return out;
}

} // namespace

class TestAllPages : public QObject
{
    Q_OBJECT

private slots:
    void everyInstanceOnceInListOrder_data();
    void everyInstanceOnceInListOrder();
    void pagesGoOutConcurrentlyOnceTheTotalIsKnown();
    void unpagedStatesTakeOneRequestAndTheCache();
    void aStatedLimitStopsEarly_data();
    void aStatedLimitStopsEarly();
    void notCollectedStillCounted();
    void cancelStopsEverything();
    void aNewerLoadDropsTheRun();
    void failuresCarryTheServersMessage();
};

void TestAllPages::everyInstanceOnceInListOrder_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<ListQuery::Scope>("scope");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QString>("search");
    QTest::addRow("published, both scopes, pages of 7")
        << Dialect::Published << ListQuery::Scope::All << 7 << QString();
    QTest::addRow("PipesHub, both scopes, pages of 7") << Dialect::PipesHub << ListQuery::Scope::All << 7 << QString();
    QTest::addRow("PipesHub, both, one page each") << Dialect::PipesHub << ListQuery::Scope::All << 200 << QString();
    QTest::addRow("PipesHub, personal, pages of 3")
        << Dialect::PipesHub << ListQuery::Scope::Personal << 3 << QString();
    QTest::addRow("PipesHub, both, a search") << Dialect::PipesHub << ListQuery::Scope::All << 4 << QStringLiteral("a");
}

void TestAllPages::everyInstanceOnceInListOrder()
{
    QFETCH(Dialect, dialect);
    QFETCH(ListQuery::Scope, scope);
    QFETCH(int, limit);
    QFETCH(QString, search);
    TestServer ts(dialect, 57);
    QStringList expected;
    if (scope != ListQuery::Scope::Personal)
        expected += expectedIds(ts.server, QStringLiteral("team"), search);
    expected += expectedIds(ts.server, QStringLiteral("personal"), search);
    QVERIFY(expected.size() > 5);

    ConnectorPageLoader loader(ts.client.get());
    ListQuery query;
    query.setScope(scope);
    query.setSearch(search);
    query.setLimit(limit);
    const Run run = loadAll(loader, query);
    QVERIFY2(run.result, qPrintable(run.error.toString()));
    QCOMPARE(ids(run.result->connectors), expected);
    QCOMPARE(run.result->count, expected.size());
    QVERIFY(!run.result->truncated);
    QCOMPARE(run.result->rowsWithoutId, 0);
    QVERIFY(!loader.isLoading());

    // Page by page, in the same order, nothing twice.
    QList<ConnectorInstance> handedOver;
    for (const auto& page : run.pages)
        handedOver += page;
    QCOMPARE(ids(handedOver), expected);

    // Every page asked for once, both scopes named.
    const int scopes = scope == ListQuery::Scope::All ? 2 : 1;
    QCOMPARE(ts.server.requestLog().size(), run.progress.last().pagesLoaded);
    for (const devserver::LoggedRequest& r : ts.server.requestLog())
        QVERIFY(!r.query.queryItemValue(QStringLiteral("scope")).isEmpty());
    QVERIFY(run.progress.last().pagesLoaded >= scopes);

    // Progress: one report a page, rising, ending at the totals.
    QCOMPARE(run.progress.size(), run.progress.last().pagesLoaded);
    for (int i = 1; i < run.progress.size(); ++i) {
        QCOMPARE(run.progress.at(i).pagesLoaded, run.progress.at(i - 1).pagesLoaded + 1);
        QVERIFY(run.progress.at(i).instancesLoaded >= run.progress.at(i - 1).instancesLoaded);
    }
    const AllPagesProgress last = run.progress.last();
    QCOMPARE(last.pagesTotal, last.pagesLoaded);
    QCOMPARE(last.instancesTotal, expected.size());
    QCOMPARE(last.instancesLoaded, expected.size());
    QCOMPARE(loader.expectedCount(), expected.size());
}

void TestAllPages::pagesGoOutConcurrentlyOnceTheTotalIsKnown()
{
    TestServer ts(Dialect::PipesHub, 120);
    Fault slow;
    slow.mode = Fault::Mode::Latency;
    slow.latencyMs = 150;
    slow.count = -1;
    ts.server.injectFault(slow);
    ConnectorPageLoader loader(ts.client.get());
    ListQuery query;
    query.setScope(ListQuery::Scope::Team);
    query.setLimit(5);
    const int pages = int((expectedIds(ts.server, QStringLiteral("team"), {}).size() + 4) / 5);
    QVERIFY(pages > ConnectorPageLoader::maxInFlight * 2);
    QElapsedTimer timer;
    timer.start();
    const Run run = loadAll(loader, query);
    QVERIFY(run.result);
    QCOMPARE(run.progress.last().pagesLoaded, pages);
    // One after the other, the pages would take pages * 150 ms; six at a time, about a sixth of it
    // (a wide margin: the machine may be busy).
    QVERIFY2(timer.elapsed() < pages * 150 * 2 / 3, qPrintable(QString::number(timer.elapsed())));
}

void TestAllPages::unpagedStatesTakeOneRequestAndTheCache()
{
    TestServer ts(Dialect::PipesHub, 90);
    ConnectorPageLoader loader(ts.client.get());
    ListQuery query;
    query.setState(ListQuery::State::Active);
    query.setScope(ListQuery::Scope::Team);
    query.setLimit(3); // no matter: one unpaged request
    const QStringList expected = expectedIds(ts.server, QStringLiteral("team"), {}, "isActive");
    QVERIFY(expected.size() > 3);
    const Run run = loadAll(loader, query);
    QVERIFY(run.result);
    QCOMPARE(ids(run.result->connectors), expected);
    QCOMPARE(run.pages.size(), 1);
    QCOMPARE(ts.server.requestLog().size(), 1);
    QCOMPARE(run.progress.size(), 1);
    QCOMPARE(run.progress.at(0).pagesLoaded, 1);
    QCOMPARE(run.progress.at(0).pagesTotal, 1);
    QCOMPARE(run.progress.at(0).instancesTotal, expected.size());

    // A search over the same state reuses the list the page mode and this mode share.
    query.setSearch(QStringLiteral("e"));
    const Run searched = loadAll(loader, query);
    QCOMPARE(ids(searched.result->connectors),
             expectedIds(ts.server, QStringLiteral("team"), QStringLiteral("e"), "isActive"));
    query.setPage(1);
    QSignalSpy loaded(&loader, &ConnectorPageLoader::loaded);
    loader.load(query);
    QCOMPARE(loaded.count(), 1); // from the cache, at once
    QCOMPARE(ts.server.requestLog().size(), 1);
}

void TestAllPages::aStatedLimitStopsEarly_data()
{
    QTest::addColumn<ListQuery::State>("state");
    QTest::addColumn<int>("max");
    QTest::addColumn<bool>("truncated");
    QTest::addRow("paged, mid-page") << ListQuery::State::All << 23 << true;
    QTest::addRow("paged, on a page boundary") << ListQuery::State::All << 20 << true;
    QTest::addRow("paged, exactly all") << ListQuery::State::All << 44 << false;
    QTest::addRow("paged, more than all") << ListQuery::State::All << 1000 << false;
    QTest::addRow("unpaged, mid-list") << ListQuery::State::Inactive << 7 << true;
}

void TestAllPages::aStatedLimitStopsEarly()
{
    QFETCH(ListQuery::State, state);
    QFETCH(int, max);
    QFETCH(bool, truncated);
    TestServer ts(Dialect::PipesHub, 44);
    QStringList all
        = expectedIds(ts.server, QStringLiteral("team"), {}) + expectedIds(ts.server, QStringLiteral("personal"), {});
    if (state == ListQuery::State::Inactive) {
        all.clear();
        for (const QString& id : ts.server.store().ids()) {
            if (!ts.server.store().instance(id).value(QLatin1String("isActive")).toBool())
                all.append(id);
        }
    }
    ConnectorPageLoader loader(ts.client.get());
    ListQuery query;
    query.setState(state);
    query.setLimit(5);
    const Run run = loadAll(loader, query, AllPagesOptions{true, max});
    QVERIFY(run.result);
    QCOMPARE(ids(run.result->connectors), all.mid(0, max));
    QCOMPARE(run.result->count, std::min<qsizetype>(max, all.size()));
    QCOMPARE(run.result->truncated, truncated);
    QVERIFY(!loader.isLoading());
    QTest::qWait(100); // nothing more arrives
    QCOMPARE(run.result->count, std::min<qsizetype>(max, all.size()));
}

void TestAllPages::notCollectedStillCounted()
{
    TestServer ts(Dialect::PipesHub, 30);
    ConnectorPageLoader loader(ts.client.get());
    ListQuery query;
    query.setLimit(4);
    const Run run = loadAll(loader, query, AllPagesOptions{false, 0});
    QVERIFY(run.result);
    QVERIFY(run.result->connectors.isEmpty());
    QCOMPARE(run.result->count, 30);
    qsizetype handedOver = 0;
    for (const auto& page : run.pages)
        handedOver += page.size();
    QCOMPARE(handedOver, 30);
}

void TestAllPages::cancelStopsEverything()
{
    TestServer ts(Dialect::PipesHub, 100);
    Fault slow;
    slow.mode = Fault::Mode::Latency;
    slow.latencyMs = 100;
    slow.count = -1;
    ts.server.injectFault(slow);
    ConnectorPageLoader loader(ts.client.get());
    QSignalSpy loaded(&loader, &ConnectorPageLoader::allPagesLoaded);
    QSignalSpy failed(&loader, &ConnectorPageLoader::failed);
    QSignalSpy progress(&loader, &ConnectorPageLoader::allPagesProgress);
    QSignalSpy pages(&loader, &ConnectorPageLoader::pageReady);
    ListQuery query;
    query.setLimit(3);
    loader.loadAllPages(query);
    QVERIFY(progress.wait(5000)); // under way
    loader.cancel();
    QVERIFY(!loader.isLoading());
    const int progressAtCancel = int(progress.count());
    const int pagesAtCancel = int(pages.count());
    const int requestsAtCancel = int(ts.server.requestLog().size());
    QTest::qWait(600);
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(progress.count(), progressAtCancel);
    QCOMPARE(pages.count(), pagesAtCancel);
    QVERIFY(ts.server.requestLog().size() <= requestsAtCancel + ConnectorPageLoader::maxInFlight);
    QVERIFY(ts.server.requestLog().size() < 30); // 34 pages would have been asked for
}

void TestAllPages::aNewerLoadDropsTheRun()
{
    TestServer ts(Dialect::PipesHub, 60);
    ConnectorPageLoader loader(ts.client.get());
    QSignalSpy all(&loader, &ConnectorPageLoader::allPagesLoaded);
    QSignalSpy page(&loader, &ConnectorPageLoader::loaded);
    ListQuery query;
    query.setLimit(5);
    loader.loadAllPages(query);
    loader.load(query);
    QVERIFY(page.wait(5000));
    QTest::qWait(300);
    QCOMPARE(all.count(), 0);
    QCOMPARE(page.count(), 1);
}

void TestAllPages::failuresCarryTheServersMessage()
{
    TestServer ts(Dialect::PipesHub, 30);
    ts.client->setRetryPolicy(RetryPolicy::none());
    Fault fault;
    fault.status = 500;
    fault.body = R"({"detail":"Database is down"})";
    fault.count = 2;
    ts.server.injectFault(fault);
    ConnectorPageLoader loader(ts.client.get());
    const Run run = loadAll(loader, ListQuery());
    QVERIFY(!run.result);
    QCOMPARE(run.error.kind, ApiError::Kind::Server);
    QCOMPARE(run.error.message, QStringLiteral("Database is down"));
    QVERIFY(!loader.isLoading());
}

QTEST_GUILESS_MAIN(TestAllPages)
#include "tst_allpages.moc"
