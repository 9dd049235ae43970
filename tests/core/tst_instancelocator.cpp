// Finding the page of a list that holds one instance, over real HTTP to the dev server: the page of a
// list the server pages (in the server's order, team before personal when both scopes are asked for),
// the page of a list sorted here (active, inactive: in the query's order), nothing for an instance
// the list does not hold, is beyond the stated limit, or when the server fails; a cancel or a newer
// search silences the one before. The page found is checked against what the table would load.
#include "testserver.h"

#include "core/list/connectorpageloader.h"
#include "core/list/connectortablemodel.h"
#include "core/list/instancelocator.h"
#include "core/net/apiclient.h"
#include "devserver/connectorstore.h"

#include <QSignalSpy>
#include <QTest>

using devserver::Dialect;
using devserver::Fault;

namespace {

ListQuery queryOf(ListQuery::Scope scope, ListQuery::State state, int limit)
{
    ListQuery query;
    query.setScope(scope);
    query.setState(state);
    query.setLimit(limit);
    return query;
}

// The ids of `scope` in the dev server's list order (ConnectorStore keeps its records so).
QStringList listed(TestServer& ts, const QString& scope)
{
    QStringList ids;
    for (const devserver::ConnectorRecord& r : ts.server.store().records()) {
        if (r.scope == scope && r.isVisibleTo(QString::fromUtf16(devserver::kCurrentUserId)))
            ids.append(r.id);
    }
    return ids;
}

// What the table would show for `query`: the ids of the page it loads.
QStringList pageIds(TestServer& ts, const ListQuery& query)
{
    ConnectorPageLoader loader(ts.client.get());
    QSignalSpy loaded(&loader, &ConnectorPageLoader::loaded);
    loader.load(query);
    if (!loaded.wait(10000))
        return {};
    QStringList ids;
    for (const ConnectorInstance& c : loaded.at(0).at(0).value<ConnectorPage>().connectors)
        ids.append(c.id);
    return ids;
}

struct Outcome
{
    bool located = false;
    ListQuery query;
};

// Locates `id` and waits for the answer; the test fails (an empty outcome) when none comes.
Outcome locate(InstanceLocator& locator, const ListQuery& query, const QString& id)
{
    QSignalSpy located(&locator, &InstanceLocator::located);
    QSignalSpy notLocated(&locator, &InstanceLocator::notLocated);
    locator.locate(query, id);
    if (!QTest::qWaitFor([&] { return !located.isEmpty() || !notLocated.isEmpty(); }, 20000)) {
        qWarning("no answer for %s", qPrintable(id));
        return {};
    }
    if (located.size() + notLocated.size() != 1)
        qWarning("%d answers for %s", int(located.size() + notLocated.size()), qPrintable(id));
    if (!located.isEmpty())
        return {true, located.at(0).at(0).value<ListQuery>()};
    return {false, notLocated.at(0).at(0).value<ListQuery>()};
}

} // namespace

class TestInstanceLocator : public QObject
{
    Q_OBJECT

private slots:
    void anEmptyListHoldsNothing();
    void theOnlyInstanceIsOnPageOne();
    void manyOnAServerPagedList();
    void personalComesAfterTeamWhenBothScopesAreAskedFor();
    void aLocalListIsFoundInTheQuerysOrder();
    void anInstanceTheListDoesNotHoldIsNotLocated();
    void beyondTheStatedLimitIsNotLocated();
    void aFailingServerIsNotLocated();
    void cancelAndANewerSearchSilenceTheOneBefore();
};

void TestInstanceLocator::anEmptyListHoldsNothing()
{
    TestServer ts(Dialect::PipesHub, 0);
    InstanceLocator locator(ts.client.get());
    const ListQuery query = queryOf(ListQuery::Scope::Team, ListQuery::State::All, 20);
    const Outcome o = locate(locator, query, QStringLiteral("65f0c0ffee0000000000abcd"));
    QVERIFY(!o.located);
    QVERIFY(o.query == query); // the query as it was asked for
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors"), "GET"), 1); // one page said there is nothing
}

void TestInstanceLocator::theOnlyInstanceIsOnPageOne()
{
    TestServer ts(Dialect::Published, 0);
    const QString id = addInstance(ts);
    InstanceLocator locator(ts.client.get());
    ListQuery query = queryOf(ListQuery::Scope::Team, ListQuery::State::All, 20);
    query.setPage(3); // where the admin was: the answer names the page that holds it
    const Outcome o = locate(locator, query, id);
    QVERIFY(o.located);
    QCOMPARE(o.query.page(), 1);
    QCOMPARE(o.query.limit(), 20); // the page size of the table, not the size it read with
    QCOMPARE(o.query.scope(), ListQuery::Scope::Team);
    QCOMPARE(pageIds(ts, o.query), QStringList{id});
}

void TestInstanceLocator::manyOnAServerPagedList()
{
    TestServer ts(Dialect::PipesHub, 300);
    const QStringList team = listed(ts, QStringLiteral("team"));
    QVERIFY2(team.size() > 100, qPrintable(QString::number(team.size())));
    InstanceLocator locator(ts.client.get());
    const ListQuery query = queryOf(ListQuery::Scope::Team, ListQuery::State::All, 20);
    for (const int index : {0, 19, 20, 59, int(team.size()) - 1}) {
        const QString& id = team.at(index);
        ts.server.clearRequestLog();
        const Outcome o = locate(locator, query, id);
        QVERIFY2(o.located, qPrintable(id));
        QCOMPARE(o.query.page(), index / 20 + 1);
        // Read with the largest pages the server takes, never the table's 20: two requests, not 16.
        QCOMPARE(ts.countRequests(QStringLiteral("/connectors"), "GET"), int(team.size() + 199) / 200);
        for (const devserver::LoggedRequest& r : ts.server.requestLog())
            QCOMPARE(r.query.queryItemValue(QStringLiteral("limit")), QString::number(ListQuery::maxLimit));
        QVERIFY2(pageIds(ts, o.query).contains(id), qPrintable(id));
    }
}

void TestInstanceLocator::personalComesAfterTeamWhenBothScopesAreAskedFor()
{
    TestServer ts(Dialect::PipesHub, 0);
    QStringList team;
    for (int i = 0; i < 25; ++i)
        team.append(addInstance(ts, {{QStringLiteral("name"), QStringLiteral("Team %1").arg(i)}}));
    QStringList personal;
    for (int i = 0; i < 12; ++i) {
        personal.append(addInstance(ts,
                                    {{QStringLiteral("name"), QStringLiteral("Mine %1").arg(i)},
                                     {QStringLiteral("scope"), QStringLiteral("personal")}}));
    }
    const QStringList teamOrder = listed(ts, QStringLiteral("team"));
    const QStringList personalOrder = listed(ts, QStringLiteral("personal"));
    QCOMPARE(teamOrder.size(), 25);
    QCOMPARE(personalOrder.size(), 12);
    InstanceLocator locator(ts.client.get());
    const ListQuery query = queryOf(ListQuery::Scope::All, ListQuery::State::All, 10);
    // 25 team instances fill pages 1-3 (the third holds five); the personal ones follow them.
    const QString lastPersonal = personalOrder.constLast(); // the 37th row
    const Outcome o = locate(locator, query, lastPersonal);
    QVERIFY(o.located);
    QCOMPARE(o.query.page(), 4);
    QVERIFY(pageIds(ts, o.query).contains(lastPersonal));
    const Outcome firstPersonal = locate(locator, query, personalOrder.constFirst()); // the 26th row
    QVERIFY(firstPersonal.located);
    QCOMPARE(firstPersonal.query.page(), 3);
    QVERIFY(pageIds(ts, firstPersonal.query).contains(personalOrder.constFirst()));
}

void TestInstanceLocator::aLocalListIsFoundInTheQuerysOrder()
{
    TestServer ts(Dialect::PipesHub, 0);
    QHash<QString, QString> byName;
    for (int i = 0; i < 45; ++i) {
        const QString name = QStringLiteral("Item %1").arg(i, 2, 10, QLatin1Char('0'));
        byName.insert(name, addInstance(ts, {{QStringLiteral("name"), name}, {QStringLiteral("isActive"), true}}));
    }
    addInstance(ts, {{QStringLiteral("name"), QStringLiteral("Idle")}}); // inactive: not in the active list
    InstanceLocator locator(ts.client.get());
    ListQuery query = queryOf(ListQuery::Scope::Team, ListQuery::State::Active, 10);
    query.setSort(ConnectorTableModel::NameColumn, Qt::DescendingOrder);
    // Item 44 first, Item 00 last (the 45th row: page 5); Item 30 is the 15th row (page 2).
    const Outcome last = locate(locator, query, byName.value(QStringLiteral("Item 00")));
    QVERIFY(last.located);
    QCOMPARE(last.query.page(), 5);
    QCOMPARE(last.query.sortColumn(), int(ConnectorTableModel::NameColumn));
    QCOMPARE(last.query.sortOrder(), Qt::DescendingOrder);
    QCOMPARE(pageIds(ts, last.query).constLast(), byName.value(QStringLiteral("Item 00")));
    const Outcome middle = locate(locator, query, byName.value(QStringLiteral("Item 30")));
    QVERIFY(middle.located);
    QCOMPARE(middle.query.page(), 2);
    QCOMPARE(pageIds(ts, middle.query).at(4), byName.value(QStringLiteral("Item 30")));
    // Ascending, the same instance is on another page.
    query.setSort(ConnectorTableModel::NameColumn, Qt::AscendingOrder);
    const Outcome ascending = locate(locator, query, byName.value(QStringLiteral("Item 30")));
    QVERIFY(ascending.located);
    QCOMPARE(ascending.query.page(), 4);
}

void TestInstanceLocator::anInstanceTheListDoesNotHoldIsNotLocated()
{
    TestServer ts(Dialect::PipesHub, 0);
    addInstance(ts);
    const QString personal = addInstance(ts, {{QStringLiteral("scope"), QStringLiteral("personal")}});
    const QString inactive = addInstance(ts, {{QStringLiteral("isActive"), false}});
    InstanceLocator locator(ts.client.get());
    const ListQuery team = queryOf(ListQuery::Scope::Team, ListQuery::State::All, 20);
    const Outcome otherScope = locate(locator, team, personal);
    QVERIFY(!otherScope.located);
    QVERIFY(otherScope.query == team);
    const ListQuery active = queryOf(ListQuery::Scope::Team, ListQuery::State::Active, 20);
    const Outcome otherState = locate(locator, active, inactive);
    QVERIFY(!otherState.located);
    QVERIFY(otherState.query == active);
    QVERIFY(!locate(locator, team, QStringLiteral("no-such-instance")).located);
}

void TestInstanceLocator::beyondTheStatedLimitIsNotLocated()
{
    TestServer ts(Dialect::PipesHub, 0);
    const int count = int(InstanceLocator::maxInstances) + 20;
    for (int i = 0; i < count; ++i)
        addInstance(ts, {{QStringLiteral("name"), QStringLiteral("Bulk %1").arg(i)}});
    const QStringList team = listed(ts, QStringLiteral("team"));
    QCOMPARE(team.size(), count);
    InstanceLocator locator(ts.client.get());
    const ListQuery query = queryOf(ListQuery::Scope::Team, ListQuery::State::All, 50);
    const Outcome within = locate(locator, query, team.at(int(InstanceLocator::maxInstances) - 1));
    QVERIFY(within.located);
    QCOMPARE(within.query.page(), int(InstanceLocator::maxInstances) / 50);
    const Outcome beyond = locate(locator, query, team.constLast()); // the 5020th
    QVERIFY(!beyond.located);
    QVERIFY(beyond.query == query);
}

void TestInstanceLocator::aFailingServerIsNotLocated()
{
    TestServer ts(Dialect::PipesHub, 0);
    ts.client->setRetryPolicy(RetryPolicy::none());
    const QString id = addInstance(ts);
    Fault fault;
    fault.status = 500;
    fault.body = R"({"detail":"Arango is unreachable"})";
    ts.server.injectFault(fault);
    InstanceLocator locator(ts.client.get());
    const ListQuery query = queryOf(ListQuery::Scope::Team, ListQuery::State::All, 20);
    const Outcome o = locate(locator, query, id);
    QVERIFY(!o.located);
    QVERIFY(o.query == query);
    // The fault was one answer: the next search finds it.
    QVERIFY(locate(locator, query, id).located);
}

void TestInstanceLocator::cancelAndANewerSearchSilenceTheOneBefore()
{
    TestServer ts(Dialect::PipesHub, 0);
    const QString first = addInstance(ts, {{QStringLiteral("name"), QStringLiteral("First")}});
    const QString second = addInstance(ts, {{QStringLiteral("name"), QStringLiteral("Second")}});
    ts.server.setLatency(100);
    InstanceLocator locator(ts.client.get());
    QSignalSpy located(&locator, &InstanceLocator::located);
    QSignalSpy notLocated(&locator, &InstanceLocator::notLocated);
    const ListQuery query = queryOf(ListQuery::Scope::Team, ListQuery::State::All, 1);

    locator.locate(query, first);
    locator.cancel();
    QTest::qWait(400);
    QVERIFY(located.isEmpty());
    QVERIFY(notLocated.isEmpty());
    locator.cancel(); // nothing runs: nothing happens

    const int firstIndex = int(listed(ts, QStringLiteral("team")).indexOf(first));
    const int secondIndex = int(listed(ts, QStringLiteral("team")).indexOf(second));
    locator.locate(query, first);
    locator.locate(query, second); // the admin created another meanwhile: only it is answered
    QVERIFY(located.wait(5000));
    QTest::qWait(300);
    QCOMPARE(located.size(), 1);
    QVERIFY(notLocated.isEmpty());
    QCOMPARE(located.at(0).at(0).value<ListQuery>().page(), secondIndex + 1);
    QVERIFY(firstIndex != secondIndex);
}

QTEST_GUILESS_MAIN(TestInstanceLocator)
#include "tst_instancelocator.moc"
