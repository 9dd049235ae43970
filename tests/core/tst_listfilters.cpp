// List filters in the controller, against the dev server over HTTP: the connector-type and authenticated
// filters (sent on the All state, applied here on active/inactive, never sent where the list takes
// none), a local list sorted whole across its pages, and a pasted instance id opened by GET.
#include "testserver.h"

#include "core/list/connectorlistcontroller.h"
#include "core/list/connectororder.h"
#include "core/list/connectortablemodel.h"
#include "devserver/connectorstore.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using devserver::Dialect;

class TestListFilters : public QObject
{
    Q_OBJECT

private slots:
    void typeFiltersAreSentOnTheAllState();
    void activeAndInactiveFilterAlikeHere();
    void configuredIsAskedWithoutTypeFilters();
    void localSortOrdersEveryPage();
    void pastedIdOpensThatInstance();
    void pastedIdOfNoInstanceIsSearchedAsText();
};

namespace {

struct Fixture
{
    explicit Fixture(int seed)
        : ts(Dialect::PipesHub, seed)
        , controller(ts.client.get(), &model)
        , tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest)
    {
        controller.setSearchDelay(0);
    }
    bool waitLoaded()
    {
        return QTest::qWaitFor([this] { return !controller.isLoading(); }, 10000);
    }
    // Team instances (all visible) that pass `keep`, from the server's own records.
    int countTeam(const std::function<bool(const QJsonObject&)>& keep)
    {
        int n = 0;
        for (const QString& id : ts.server.store().ids()) {
            const QJsonObject record = ts.server.store().instance(id);
            n += record.value(QStringLiteral("scope")).toString() == QLatin1String("team") && keep(record) ? 1 : 0;
        }
        return n;
    }
    // The most common type among team instances, so that a filter by it keeps several.
    QString commonTeamType()
    {
        QHash<QString, int> counts;
        for (const QString& id : ts.server.store().ids()) {
            const QJsonObject record = ts.server.store().instance(id);
            if (record.value(QStringLiteral("scope")).toString() == QLatin1String("team"))
                ++counts[record.value(QStringLiteral("type")).toString()];
        }
        QString best;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (best.isEmpty() || it.value() > counts.value(best))
                best = it.key();
        }
        return best;
    }
    TestServer ts;
    ConnectorTableModel model;
    ConnectorListController controller;
    QAbstractItemModelTester tester;
};

bool passes(const QJsonObject& record, const QString& type, bool authenticated)
{
    return record.value(QStringLiteral("type")).toString() == type
        && record.value(QStringLiteral("isAuthenticated")).toBool() == authenticated;
}

} // namespace

void TestListFilters::typeFiltersAreSentOnTheAllState()
{
    Fixture f(150);
    f.controller.setScope(ListQuery::Scope::Team);
    QVERIFY(f.waitLoaded());
    const QString type = f.commonTeamType();
    f.ts.server.clearRequestLog();
    f.controller.setConnectorType(type);
    QVERIFY(f.waitLoaded());
    f.controller.setAuthenticated(ListQuery::Authenticated::No);
    QVERIFY(f.waitLoaded());
    const devserver::LoggedRequest last = f.ts.server.requestLog().constLast();
    QCOMPARE(last.path, QStringLiteral("/api/v1/connectors"));
    QCOMPARE(last.query.queryItemValue(QStringLiteral("connectorType")), type);
    QCOMPARE(last.query.queryItemValue(QStringLiteral("isAuthenticated")), QStringLiteral("false"));
    QVERIFY(!last.query.hasQueryItem(QStringLiteral("isActive")));
    // The server's answer is what the filters mean: its total is the count of its own records.
    const int expected = f.countTeam([&](const QJsonObject& r) { return passes(r, type, false); });
    QVERIFY(expected > 0);
    QCOMPARE(f.controller.pagination().total, expected);
    for (const ConnectorInstance& c : f.model.connectors())
        QVERIFY(c.connectorType == type && !c.isAuthenticated);
    // Both scopes: both requests carry them.
    f.ts.server.clearRequestLog();
    f.controller.setScope(ListQuery::Scope::All);
    QVERIFY(f.waitLoaded());
    QVERIFY(f.ts.server.requestLog().size() >= 2);
    for (const devserver::LoggedRequest& r : f.ts.server.requestLog())
        QCOMPARE(r.query.queryItemValue(QStringLiteral("connectorType")), type);
}

void TestListFilters::activeAndInactiveFilterAlikeHere()
{
    Fixture f(150);
    f.controller.setScope(ListQuery::Scope::Team);
    QVERIFY(f.waitLoaded());
    const QString type = f.commonTeamType();
    f.controller.setConnectorType(type.toLower()); // the type's case does not matter
    f.controller.setAuthenticated(ListQuery::Authenticated::No);
    QVERIFY(f.waitLoaded());
    for (const bool active : {true, false}) {
        f.ts.server.clearRequestLog();
        f.controller.setState(active ? ListQuery::State::Active : ListQuery::State::Inactive);
        QVERIFY(f.waitLoaded());
        // One request for the unpaged list (an overtaken GET /connectors of the lines above may
        // still arrive: it is not this state's).
        const QString endpoint = active ? QStringLiteral("/connectors/active") : QStringLiteral("/connectors/inactive");
        QCOMPARE(f.ts.countRequests(endpoint), 1);
        for (const devserver::LoggedRequest& r : f.ts.server.requestLog())
            QVERIFY(r.path == QStringLiteral("/api/v1") + endpoint || r.path == QStringLiteral("/api/v1/connectors"));
        const int expected = f.countTeam([&](const QJsonObject& r) {
            return passes(r, type, false) && r.value(QStringLiteral("isActive")).toBool() == active;
        });
        QCOMPARE(f.controller.pagination().total, expected);
        for (const ConnectorInstance& c : f.model.connectors())
            QVERIFY(c.connectorType == type && !c.isAuthenticated && c.isActive == active);
    }
}

void TestListFilters::configuredIsAskedWithoutTypeFilters()
{
    Fixture f(40);
    f.controller.setConnectorType(QStringLiteral("Slack"));
    f.controller.setAuthenticated(ListQuery::Authenticated::Yes);
    QVERIFY(f.waitLoaded());
    f.ts.server.clearRequestLog();
    f.controller.setState(ListQuery::State::Configured);
    QVERIFY(f.waitLoaded());
    QVERIFY(!f.ts.server.requestLog().isEmpty());
    for (const devserver::LoggedRequest& r : f.ts.server.requestLog()) {
        QCOMPARE(r.path, QStringLiteral("/api/v1/connectors/configured"));
        QVERIFY(!r.query.hasQueryItem(QStringLiteral("connectorType")));
        QVERIFY(!r.query.hasQueryItem(QStringLiteral("isAuthenticated")));
    }
}

void TestListFilters::localSortOrdersEveryPage()
{
    Fixture f(120);
    f.controller.setState(ListQuery::State::Inactive);
    f.controller.setLimit(7);
    QVERIFY(f.waitLoaded());
    const qint64 total = f.controller.pagination().total;
    QVERIFY(total > 14);
    f.controller.setPage(3);
    QVERIFY(f.waitLoaded());
    f.ts.server.clearRequestLog();
    f.controller.setSort(ConnectorTableModel::NameColumn, Qt::DescendingOrder);
    QVERIFY(f.waitLoaded());
    QCOMPARE(f.controller.query().page(), 1); // a new order starts at its beginning
    QCOMPARE(f.ts.server.requestLog().size(), 0); // sorted from the cached list
    // Page after page, the rows continue one order: page 1 is the top of the whole list.
    QList<ConnectorInstance> seen;
    for (int page = 1; page <= f.controller.pagination().pageCount(); ++page) {
        f.controller.setPage(page);
        QVERIFY(f.waitLoaded());
        seen.append(f.model.connectors());
    }
    QCOMPARE(seen.size(), total);
    for (qsizetype i = 1; i < seen.size(); ++i)
        QVERIFY2(!connectororder::lessThan(seen.at(i - 1), seen.at(i), ConnectorTableModel::NameColumn),
                 qPrintable(seen.at(i - 1).name + QStringLiteral(" before ") + seen.at(i).name));
    // On a server-paged list a sort changes nothing to fetch: the server keeps its order.
    f.controller.setState(ListQuery::State::All);
    QVERIFY(f.waitLoaded());
    f.ts.server.clearRequestLog();
    f.controller.setSort(ConnectorTableModel::TypeColumn, Qt::AscendingOrder);
    QCOMPARE(f.ts.server.requestLog().size(), 0);
    QVERIFY(!f.controller.showsWholeResult());
}

void TestListFilters::pastedIdOpensThatInstance()
{
    Fixture f(90);
    f.controller.setState(ListQuery::State::Active);
    QVERIFY(f.waitLoaded());
    // The oldest inactive instance: on no page of this list.
    QString id;
    for (const QString& candidate : f.ts.server.store().ids()) {
        const QJsonObject record = f.ts.server.store().instance(candidate);
        if (!record.value(QStringLiteral("isActive")).toBool()
            && record.value(QStringLiteral("scope")).toString() == QLatin1String("team"))
            id = candidate;
    }
    QVERIFY(!id.isEmpty());
    QSignalSpy opened(&f.controller, &ConnectorListController::instanceOpened);
    f.ts.server.clearRequestLog();
    f.controller.setSearch(QStringLiteral(" ") + id + QStringLiteral(" ")); // as pasted, with spaces
    f.controller.applySearchNow();
    QVERIFY(f.waitLoaded());
    QCOMPARE(opened.size(), 1);
    QCOMPARE(f.model.rowCount(), 1);
    QCOMPARE(f.model.instanceAt(0)->id, id);
    QCOMPARE(f.controller.openedId(), id);
    QVERIFY(f.controller.showsWholeResult());
    QCOMPARE(f.ts.countRequests(QStringLiteral("/connectors/") + id, "GET"), 1);
    QCOMPARE(f.ts.countRequests(QStringLiteral("/connectors/active")), 0); // not searched as a name
    // A reload opens it again; clearing the search brings the list back.
    f.controller.reload();
    QVERIFY(f.waitLoaded());
    QCOMPARE(opened.size(), 2);
    f.controller.setSearch(QString());
    f.controller.applySearchNow();
    QVERIFY(f.waitLoaded());
    QVERIFY(f.controller.openedId().isEmpty());
    QVERIFY(f.model.rowCount() > 1);
}

void TestListFilters::pastedIdOfNoInstanceIsSearchedAsText()
{
    Fixture f(30);
    f.controller.setScope(ListQuery::Scope::Team);
    QVERIFY(f.waitLoaded());
    // An id that no instance has, which is the name of one.
    const QString text = QStringLiteral("0a0b0c0d-1111-4222-8333-444455556666");
    QVERIFY(!f.ts.server.store().contains(text));
    const QString named = f.ts.server.store().addInstance({{QStringLiteral("name"), text}});
    QSignalSpy notFound(&f.controller, &ConnectorListController::idNotFound);
    QSignalSpy opened(&f.controller, &ConnectorListController::instanceOpened);
    f.ts.server.clearRequestLog();
    f.controller.setSearch(text);
    f.controller.applySearchNow();
    QVERIFY(f.waitLoaded());
    QCOMPARE(notFound.size(), 1);
    QCOMPARE(opened.size(), 0);
    QCOMPARE(f.ts.countRequests(QStringLiteral("/connectors/") + text, "GET"), 1);
    const QList<devserver::LoggedRequest> log = f.ts.server.requestLog();
    QCOMPARE(log.constLast().query.queryItemValue(QStringLiteral("search")), text);
    QCOMPARE(f.model.rowCount(), 1);
    QCOMPARE(f.model.instanceAt(0)->id, named);
    QVERIFY(f.controller.openedId().isEmpty());
}

QTEST_MAIN(TestListFilters)
#include "tst_listfilters.moc"
