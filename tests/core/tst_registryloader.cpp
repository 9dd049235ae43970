// The connector registry, page after page over real HTTP to the dev server, without a display: every
// type once, progress as pages come, failures with the server's words, and a cancelled load silent.
#include "testserver.h"

#include "core/net/apiclient.h"
#include "core/ops/registryloader.h"
#include "devserver/connectorstore.h"

#include <QSignalSpy>
#include <QTest>

using devserver::Dialect;
using devserver::Fault;

Q_DECLARE_METATYPE(devserver::Dialect)

namespace {

QStringList typesOf(const QList<ConnectorType>& types)
{
    QStringList out;
    for (const ConnectorType& t : types)
        out.append(t.type);
    return out;
}

// The first page of a registry that says it has more: the real server's answer (2 of 12 types).
Fault samplePageSayingMore(int count)
{
    Fault fault;
    fault.status = 200;
    fault.body = TestServer::readSample(QStringLiteral("real-registry.json"));
    fault.pathPrefix = QStringLiteral("/connectors/registry");
    fault.count = count;
    return fault;
}

// One 503 with the server's words, for the registry.
Fault registryWarmingUp()
{
    Fault fault;
    fault.status = 503;
    fault.body = R"({"detail":"Registry is warming up"})";
    fault.pathPrefix = QStringLiteral("/connectors/registry");
    return fault;
}

} // namespace

class TestRegistryLoader : public QObject
{
    Q_OBJECT

private slots:
    void loadsTheWholeRegistry_data();
    void loadsTheWholeRegistry();
    void followsMorePagesAndKeepsEachTypeOnce();
    void stopsAServerThatNeverStopsSayingMore();
    void failuresCarryTheServersMessage();
    void aCancelledLoadIsSilent();
    void loadStartsOver();
    void oneLoadServesEveryLoaderOfTheServer();
    void anotherServerIsAskedAgain();
    void aFailedLoadIsNotKeptAndReloadAsksAgain();
    void aNarrowedRegistryIsAskedForAndNeverKept();
};

void TestRegistryLoader::loadsTheWholeRegistry_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addRow("published") << Dialect::Published;
    QTest::addRow("PipesHub") << Dialect::PipesHub;
}

void TestRegistryLoader::loadsTheWholeRegistry()
{
    QFETCH(Dialect, dialect);
    TestServer ts(dialect, 5);
    QStringList expected;
    for (const auto& type : ts.server.store().types())
        expected.append(type.type);
    QVERIFY(expected.size() > 10);

    RegistryLoader loader(ts.client.get());
    QSignalSpy progress(&loader, &RegistryLoader::progress);
    QSignalSpy loaded(&loader, &RegistryLoader::loaded);
    QSignalSpy failed(&loader, &RegistryLoader::failed);
    loader.load();
    QVERIFY(loader.isLoading());
    QVERIFY(loaded.wait(5000));
    QVERIFY(!loader.isLoading());
    QCOMPARE(failed.count(), 0);
    const auto types = loaded.at(0).at(0).value<QList<ConnectorType>>();
    QCOMPARE(typesOf(types), expected);
    QCOMPARE(typesOf(loader.types()), expected);
    for (const ConnectorType& t : types) {
        QVERIFY(!t.displayName.isEmpty());
        QVERIFY(!t.scopes.isEmpty());
    }
    // One page of 200 holds them all.
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/registry")), 1);
    const devserver::LoggedRequest r = ts.server.requestLog().constLast();
    QCOMPARE(r.query.queryItemValue(QStringLiteral("page")), QStringLiteral("1"));
    QCOMPARE(r.query.queryItemValue(QStringLiteral("limit")), QString::number(RegistryLoader::pageSize));
    QCOMPARE(progress.count(), 1);
    QCOMPARE(progress.at(0).at(0).toInt(), expected.size());
    QCOMPARE(progress.at(0).at(1).toLongLong(), qint64(expected.size()));
}

void TestRegistryLoader::followsMorePagesAndKeepsEachTypeOnce()
{
    // Page 1 is the real server's answer: 2 types of 12, more to come. Page 2 comes from the dev server,
    // whose whole registry fits in page 1 of 200: page 2 is empty, and an empty page ends the load.
    TestServer ts(Dialect::PipesHub, 5);
    ts.server.injectFault(samplePageSayingMore(1));
    RegistryLoader loader(ts.client.get());
    QSignalSpy progress(&loader, &RegistryLoader::progress);
    QSignalSpy loaded(&loader, &RegistryLoader::loaded);
    loader.load();
    QVERIFY(loaded.wait(5000));
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/registry")), 2);
    const devserver::LoggedRequest second = ts.server.requestLog().constLast();
    QCOMPARE(second.query.queryItemValue(QStringLiteral("page")), QStringLiteral("2"));
    QCOMPARE(second.query.queryItemValue(QStringLiteral("limit")), QString::number(RegistryLoader::pageSize));
    QCOMPARE(typesOf(loader.types()), (QStringList{QStringLiteral("Confluence"), QStringLiteral("Jira")}));
    QCOMPARE(progress.count(), 2);
    QCOMPARE(progress.at(0).at(0).toInt(), 2);
    QCOMPARE(progress.at(0).at(1).toLongLong(), 12); // as the first page said
    QCOMPARE(progress.at(1).at(0).toInt(), 2);
}

void TestRegistryLoader::stopsAServerThatNeverStopsSayingMore()
{
    TestServer ts(Dialect::PipesHub, 5);
    ts.server.injectFault(samplePageSayingMore(-1)); // every page: "2 of 12, more to come"
    RegistryLoader loader(ts.client.get());
    QSignalSpy loaded(&loader, &RegistryLoader::loaded);
    loader.load();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/registry")), RegistryLoader::maxPages);
    QCOMPARE(loader.types().size(), 2);
}

void TestRegistryLoader::failuresCarryTheServersMessage()
{
    TestServer ts(Dialect::PipesHub, 5);
    ts.client->setRetryPolicy(RetryPolicy::none());
    ts.server.injectFault(registryWarmingUp());
    RegistryLoader loader(ts.client.get());
    QSignalSpy loaded(&loader, &RegistryLoader::loaded);
    QSignalSpy failed(&loader, &RegistryLoader::failed);
    loader.load();
    QVERIFY(failed.wait(5000));
    const auto error = failed.at(0).at(0).value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Server);
    QCOMPARE(error.message, QStringLiteral("Registry is warming up"));
    QCOMPARE(loaded.count(), 0);
    QVERIFY(!loader.isLoading());
}

void TestRegistryLoader::aCancelledLoadIsSilent()
{
    TestServer ts(Dialect::PipesHub, 5);
    Fault slow;
    slow.mode = Fault::Mode::Latency;
    slow.latencyMs = 400;
    ts.server.injectFault(slow);
    RegistryLoader loader(ts.client.get());
    QSignalSpy loaded(&loader, &RegistryLoader::loaded);
    QSignalSpy failed(&loader, &RegistryLoader::failed);
    QSignalSpy progress(&loader, &RegistryLoader::progress);
    loader.load();
    QTest::qWait(50);
    loader.cancel();
    QVERIFY(!loader.isLoading());
    QTest::qWait(700);
    QCOMPARE(loaded.count() + failed.count() + progress.count(), 0);
}

void TestRegistryLoader::loadStartsOver()
{
    TestServer ts(Dialect::Published, 5);
    RegistryLoader loader(ts.client.get());
    QSignalSpy loaded(&loader, &RegistryLoader::loaded);
    loader.load();
    QVERIFY(loaded.wait(5000));
    const QStringList first = typesOf(loader.types());
    loader.load(); // not appended to the first: the same list again
    QVERIFY(loader.types().isEmpty());
    QVERIFY(loaded.wait(5000));
    QCOMPARE(typesOf(loader.types()), first);
    QCOMPARE(loaded.count(), 2);
}

void TestRegistryLoader::oneLoadServesEveryLoaderOfTheServer()
{
    TestServer ts(Dialect::PipesHub, 5);
    RegistryLoader first(ts.client.get());
    QSignalSpy firstLoaded(&first, &RegistryLoader::loaded);
    first.load();
    QVERIFY(firstLoaded.wait(5000));
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/registry")), 1);

    // The type filter, the create dialog and the lifecycle actions each have a loader: the server is
    // asked once. The answer still comes after load() returns, as from the server.
    RegistryLoader second(ts.client.get());
    QSignalSpy secondLoaded(&second, &RegistryLoader::loaded);
    QSignalSpy progress(&second, &RegistryLoader::progress);
    second.load();
    QCOMPARE(secondLoaded.count(), 0);
    QVERIFY(secondLoaded.wait(5000));
    QCOMPARE(typesOf(second.types()), typesOf(first.types()));
    QCOMPARE(progress.count(), 1);
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/registry")), 1);

    // A cancel before the cached answer is delivered keeps it silent, as for a load from the server.
    RegistryLoader third(ts.client.get());
    QSignalSpy thirdLoaded(&third, &RegistryLoader::loaded);
    third.load();
    third.cancel();
    QTest::qWait(50);
    QCOMPARE(thirdLoaded.count(), 0);
}

void TestRegistryLoader::anotherServerIsAskedAgain()
{
    TestServer one(Dialect::PipesHub, 5);
    TestServer other(Dialect::Published, 5);
    RegistryLoader loader(one.client.get());
    QSignalSpy loaded(&loader, &RegistryLoader::loaded);
    loader.load();
    QVERIFY(loaded.wait(5000));
    // The same client pointed at another server: what the first one said is not that server's registry.
    one.client->setBaseUrl(other.client->baseUrl());
    loader.load();
    QVERIFY(loaded.wait(5000));
    QCOMPARE(one.countRequests(QStringLiteral("/connectors/registry")), 1);
    QCOMPARE(other.countRequests(QStringLiteral("/connectors/registry")), 1);
}

void TestRegistryLoader::aFailedLoadIsNotKeptAndReloadAsksAgain()
{
    TestServer ts(Dialect::PipesHub, 5);
    ts.client->setRetryPolicy(RetryPolicy::none());
    ts.server.injectFault(registryWarmingUp());
    RegistryLoader loader(ts.client.get());
    QSignalSpy loaded(&loader, &RegistryLoader::loaded);
    QSignalSpy failed(&loader, &RegistryLoader::failed);
    loader.load();
    QVERIFY(failed.wait(5000));
    loader.load(); // the next use asks again: a failure is not remembered as the registry
    QVERIFY(loaded.wait(5000));
    QVERIFY(!loader.types().isEmpty());
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/registry")), 2);
    loader.reload(); // asks the server whatever was cached
    QVERIFY(loaded.wait(5000));
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/registry")), 3);
}

void TestRegistryLoader::aNarrowedRegistryIsAskedForAndNeverKept()
{
    TestServer ts(Dialect::PipesHub, 5);
    RegistryLoader narrowed(ts.client.get());
    narrowed.setFilter(QStringLiteral("team"), QStringLiteral("conf"));
    QSignalSpy loaded(&narrowed, &RegistryLoader::loaded);
    narrowed.load();
    QVERIFY(loaded.wait(5000));
    const devserver::LoggedRequest asked = ts.server.requestLog().constLast();
    QCOMPARE(asked.query.queryItemValue(QStringLiteral("scope")), QStringLiteral("team"));
    QCOMPARE(asked.query.queryItemValue(QStringLiteral("search")), QStringLiteral("conf"));
    QVERIFY(typesOf(narrowed.types()).contains(QStringLiteral("Confluence")));
    QVERIFY(!typesOf(narrowed.types()).contains(QStringLiteral("Slack")));

    // The narrowed answer is not the registry: the whole one is asked for, then kept; a narrowed load
    // after it still asks the server.
    RegistryLoader whole(ts.client.get());
    QSignalSpy wholeLoaded(&whole, &RegistryLoader::loaded);
    whole.load();
    QVERIFY(wholeLoaded.wait(5000));
    QVERIFY(whole.types().size() > narrowed.types().size());
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/registry")), 2);
    narrowed.load();
    QVERIFY(loaded.wait(5000));
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/registry")), 3);
}

QTEST_GUILESS_MAIN(TestRegistryLoader)
#include "tst_registryloader.moc"
