// After a create, the new instance is selected wherever it is, against the dev server over real HTTP
// with a real table and list controller: on the page the reload brings (the first instance of an empty
// list too), on another page of the same list (found by reading the list), or on the list it shows in
// once the filters that hid it are taken off; one message says what happened. An instance the server
// does not list, or a list that cannot be read, is said so; a failed reload, or a query of the admin's
// own meanwhile, ends the search without a word.
#include "testserver.h"
#include "testsettings.h"

#include "app/list/connectortableview.h"
#include "app/list/createdrevealer.h"
#include "core/list/connectorlistcontroller.h"
#include "core/list/connectortablemodel.h"
#include "core/net/apiclient.h"
#include "devserver/connectorstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using devserver::Dialect;
using devserver::Fault;

namespace {

struct Fixture
{
    explicit Fixture(Dialect dialect = Dialect::PipesHub)
        : ts(dialect, 0)
        , controller(ts.client.get(), table.connectorModel())
        , revealer(ts.client.get(), &controller, &table)
        , messages(&revealer, &CreatedRevealer::message)
        , tester(table.model(), QAbstractItemModelTester::FailureReportingMode::QtTest)
    { }
    // Runs `change` and waits for the page it asks for.
    bool loadAfter(const std::function<void()>& change)
    {
        QSignalSpy loaded(&controller, &ConnectorListController::pageLoaded);
        change();
        return !loaded.isEmpty() || loaded.wait(10000);
    }
    bool open(const ListQuery& query)
    {
        return loadAfter([&] { controller.setQuery(query); });
    }
    // What a create dialog does once the server said created: reveal, then reload.
    void created(const ConnectorInstance& instance)
    {
        revealer.reveal(instance);
        controller.reload();
    }
    QString lastMessage() const
    {
        return messages.isEmpty() ? QString() : messages.constLast().at(0).toString();
    }

    TestServer ts;
    ConnectorTableView table;
    ConnectorListController controller;
    CreatedRevealer revealer;
    QSignalSpy messages;
    QAbstractItemModelTester tester;
};

ListQuery teamQuery(int limit = 20)
{
    ListQuery query;
    query.setScope(ListQuery::Scope::Team);
    query.setLimit(limit);
    return query;
}

void addMany(TestServer& ts, int count, bool active = false)
{
    for (int i = 0; i < count; ++i) {
        addInstance(ts,
                    {{QStringLiteral("name"), QStringLiteral("Item %1").arg(i, 2, 10, QLatin1Char('0'))},
                     {QStringLiteral("isActive"), active}});
    }
}

} // namespace

class TestCreatedRevealer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theFirstInstanceOfAnEmptyList();
    void onThePageTheReloadBrings();
    void onAnotherPageOfTheList();
    void onTheListItShowsInOnceFiltersAreCleared();
    void anInstanceTheServerDoesNotListIsSaidSo();
    void aListThatCannotBeReadIsSaidSo();
    void aFailedReloadEndsItSilently();
    void theAdminsOwnQueryWins();
};

void TestCreatedRevealer::initTestCase()
{
    isolateSettings();
}

void TestCreatedRevealer::theFirstInstanceOfAnEmptyList()
{
    Fixture f;
    QVERIFY(f.open(teamQuery()));
    QCOMPARE(f.table.model()->rowCount(), 0);
    const ConnectorInstance created
        = f.ts.fetch(addInstance(f.ts, {{QStringLiteral("name"), QStringLiteral("First")}}));
    QVERIFY(created.isValid());
    QVERIFY(f.loadAfter([&] { f.created(created); }));
    QCOMPARE(f.table.currentConnectorId(), created.id);
    QCOMPARE(f.messages.size(), 1);
    QCOMPARE(f.lastMessage(), QStringLiteral("Created \u201cFirst\u201d."));
    QVERIFY(!f.revealer.isRevealing());
}

void TestCreatedRevealer::onThePageTheReloadBrings()
{
    Fixture f(Dialect::Published);
    addMany(f.ts, 30);
    QVERIFY(f.open(teamQuery()));
    const ConnectorInstance created
        = f.ts.fetch(addInstance(f.ts, {{QStringLiteral("name"), QStringLiteral("Docs wiki")}})); // newest: page 1
    f.ts.server.clearRequestLog();
    QVERIFY(f.loadAfter([&] { f.created(created); }));
    QCOMPARE(f.table.currentConnectorId(), created.id);
    QCOMPARE(f.table.currentInstance()->name, QStringLiteral("Docs wiki"));
    QCOMPARE(f.lastMessage(), QStringLiteral("Created \u201cDocs wiki\u201d."));
    QCOMPARE(f.messages.size(), 1);
    QCOMPARE(f.controller.query().page(), 1);
    QTest::qWait(100);
    QCOMPARE(f.ts.countRequests(QStringLiteral("/connectors"), "GET"), 1); // the reload: nothing else read
}

void TestCreatedRevealer::onAnotherPageOfTheList()
{
    Fixture f;
    addMany(f.ts, 50);
    QVERIFY(f.open(teamQuery()));
    // The oldest of all: the last row of 51, on page 3 of the server's newest-first list.
    const QString id = addInstance(
        f.ts, {{QStringLiteral("name"), QStringLiteral("Imported archive")}, {QStringLiteral("createdAt"), 1000}});
    const ConnectorInstance created = f.ts.fetch(id);
    QVERIFY(created.isValid());
    f.created(created);
    QTRY_COMPARE_WITH_TIMEOUT(f.table.currentConnectorId(), id, 10000);
    QVERIFY(!f.revealer.isRevealing());
    QCOMPARE(f.controller.query().page(), 3);
    QCOMPARE(f.controller.query().scope(), ListQuery::Scope::Team); // nothing hid it: nothing cleared
    QCOMPARE(f.messages.size(), 2);
    QCOMPARE(f.messages.at(0).at(0).toString(),
             QStringLiteral("Created \u201cImported archive\u201d. Looking for the page that shows it\u2026"));
    QCOMPARE(f.lastMessage(), QStringLiteral("Created \u201cImported archive\u201d: it is on page 3."));
}

void TestCreatedRevealer::onTheListItShowsInOnceFiltersAreCleared()
{
    Fixture f;
    addMany(f.ts, 5, true);
    ListQuery query = teamQuery();
    query.setState(ListQuery::State::Active);
    query.setSearch(QStringLiteral("Item"));
    QVERIFY(f.open(query));
    QCOMPARE(f.table.model()->rowCount(), 5);
    // Personal, inactive and named otherwise: the state, the scope and the search all hide it.
    const QString id = addInstance(
        f.ts,
        {{QStringLiteral("name"), QStringLiteral("Helpdesk")}, {QStringLiteral("scope"), QStringLiteral("personal")}});
    f.created(f.ts.fetch(id));
    QTRY_COMPARE_WITH_TIMEOUT(f.table.currentConnectorId(), id, 10000);
    const ListQuery& now = f.controller.query();
    QCOMPARE(now.state(), ListQuery::State::All);
    QCOMPARE(now.scope(), ListQuery::Scope::All);
    QCOMPARE(now.search(), QString());
    QCOMPARE(now.page(), 1); // five team instances, then it
    QCOMPARE(f.lastMessage(),
             QStringLiteral("Created \u201cHelpdesk\u201d: it is on page 1, after clearing what hid it: state filter, "
                            "scope filter, search text."));
}

void TestCreatedRevealer::anInstanceTheServerDoesNotListIsSaidSo()
{
    Fixture f;
    addMany(f.ts, 3);
    QVERIFY(f.open(teamQuery()));
    const QString id = addInstance(f.ts, {{QStringLiteral("name"), QStringLiteral("Ghost")}});
    const ConnectorInstance created = f.ts.fetch(id);
    QVERIFY(f.ts.server.store().removeInstance(id)); // listed nowhere (yet)
    f.created(created);
    QTRY_VERIFY_WITH_TIMEOUT(f.lastMessage().contains(QLatin1String("does not list it")), 10000);
    QCOMPARE(
        f.lastMessage(),
        QStringLiteral("Created \u201cGhost\u201d, but the server does not list it yet: reload (F5) to look again."));
    QVERIFY(!f.revealer.isRevealing());
    QCOMPARE(f.controller.query().page(), 1);
    QCOMPARE(f.table.model()->rowCount(), 3);
}

void TestCreatedRevealer::aListThatCannotBeReadIsSaidSo()
{
    Fixture f;
    f.ts.client->setRetryPolicy(RetryPolicy::none());
    addMany(f.ts, 25);
    QVERIFY(f.open(teamQuery()));
    const QString id = addInstance(
        f.ts, {{QStringLiteral("name"), QStringLiteral("Old import")}, {QStringLiteral("createdAt"), 1000}}); // page 2
    const ConnectorInstance created = f.ts.fetch(id);
    // Once the reload came, the list read to find the page fails.
    QObject::connect(&f.controller, &ConnectorListController::pageLoaded, &f.ts.server, [&f] {
        Fault fault;
        fault.status = 500;
        fault.body = R"({"detail":"Arango is unreachable"})";
        f.ts.server.injectFault(fault);
    });
    f.created(created);
    QTRY_VERIFY_WITH_TIMEOUT(!f.revealer.isRevealing(), 10000);
    QCOMPARE(f.lastMessage(),
             QStringLiteral(
                 "Created \u201cOld import\u201d, but the server does not list it yet: reload (F5) to look again."));
    QCOMPARE(f.controller.query().page(), 1); // stays where it was
    QVERIFY(f.table.currentConnectorId() != id);
}

void TestCreatedRevealer::aFailedReloadEndsItSilently()
{
    Fixture f;
    f.ts.client->setRetryPolicy(RetryPolicy::none());
    addMany(f.ts, 4);
    QVERIFY(f.open(teamQuery()));
    const ConnectorInstance created = f.ts.fetch(addInstance(f.ts, {{QStringLiteral("name"), QStringLiteral("New")}}));
    Fault fault;
    fault.status = 503;
    f.ts.server.injectFault(fault);
    QSignalSpy failed(&f.controller, &ConnectorListController::loadFailed);
    f.revealer.reveal(created);
    QVERIFY(f.revealer.isRevealing());
    f.controller.reload();
    QVERIFY(failed.wait(5000));
    QVERIFY(!f.revealer.isRevealing());
    // The next page the admin loads is theirs: no selection, no message of the create's.
    QVERIFY(f.loadAfter([&] { f.controller.reload(); }));
    QVERIFY(f.messages.isEmpty());
    QVERIFY(f.table.currentConnectorId() != created.id);
}

void TestCreatedRevealer::theAdminsOwnQueryWins()
{
    Fixture f;
    addMany(f.ts, 40);
    QVERIFY(f.open(teamQuery()));
    const QString id = addInstance(
        f.ts, {{QStringLiteral("name"), QStringLiteral("Far away")}, {QStringLiteral("createdAt"), 1000}});
    const ConnectorInstance created = f.ts.fetch(id);
    f.ts.server.setLatency(300); // time enough for the admin to act while its page is looked for
    f.created(created);
    QTRY_COMPARE_WITH_TIMEOUT(f.messages.size(), 1, 10000); // "Looking for the page..."
    QVERIFY(f.revealer.isRevealing());
    QVERIFY(f.loadAfter([&] { f.controller.setState(ListQuery::State::Inactive); })); // the admin's own
    QVERIFY(!f.revealer.isRevealing());
    QTest::qWait(300);
    QCOMPARE(f.messages.size(), 1);
    QCOMPARE(f.controller.query().state(), ListQuery::State::Inactive);
    QCOMPARE(f.controller.query().page(), 1);
}

QTEST_MAIN(TestCreatedRevealer)
#include "tst_createdrevealer.moc"
