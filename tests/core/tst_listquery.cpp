// The state-to-endpoint table of docs/API.md, and client-side filtering and paging of the unpaged states.
#include "core/list/connectortablemodel.h"
#include "core/list/listquery.h"

#include <QTest>

Q_DECLARE_METATYPE(ListQuery::State)

namespace {

ConnectorInstance instance(const QString& id, const QString& name, const QString& scope)
{
    ConnectorInstance c;
    c.id = id;
    c.name = name;
    c.scope = InstanceScope::fromText(scope);
    return c;
}

ConnectorInstance typed(const QString& id, const QString& name, const QString& type, bool authenticated)
{
    ConnectorInstance c = instance(id, name, QStringLiteral("team"));
    c.connectorType = type;
    c.isAuthenticated = authenticated;
    return c;
}

QStringList idsOf(const ConnectorPage& page)
{
    QStringList ids;
    for (const ConnectorInstance& c : page.connectors)
        ids.append(c.id);
    return ids;
}

} // namespace

class TestListQuery : public QObject
{
    Q_OBJECT

private slots:
    void stateMapsToEndpoint_data();
    void stateMapsToEndpoint();
    void settersReportChangesAndReturnToPageOne();
    void limitsAreClamped();
    void serverQueryCarriesScopePageLimitSearch();
    void localPagingFiltersByScopeAndSearch_data();
    void localPagingFiltersByScopeAndSearch();
    void namesRoundTrip();
    void foldedNamesPageAlikeInEveryScript();
    void searchFollowsTheServersRule_data();
    void searchFollowsTheServersRule();
    void typeAndAuthenticatedFilterLocally();
    void typeFiltersAreSentOnlyToTheListThatTakesThem();
    void localSortSortsTheWholeListBeforePaging();
    void sortChangesOnlyWhatItOrders();
    void pastedIdsAreRecognised_data();
    void pastedIdsAreRecognised();
    void revealingTakesOffOnlyTheFiltersThatHide();
};

void TestListQuery::stateMapsToEndpoint_data()
{
    QTest::addColumn<ListQuery::State>("state");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<bool>("serverPaged");
    QTest::addRow("all") << ListQuery::State::All << QStringLiteral("connectors") << true;
    QTest::addRow("configured") << ListQuery::State::Configured << QStringLiteral("connectors/configured") << true;
    QTest::addRow("agent-enabled") << ListQuery::State::AgentEnabled << QStringLiteral("connectors/agents/active")
                                   << true;
    QTest::addRow("active is paged here") << ListQuery::State::Active << QStringLiteral("connectors/active") << false;
    QTest::addRow("inactive is paged here")
        << ListQuery::State::Inactive << QStringLiteral("connectors/inactive") << false;
}

void TestListQuery::stateMapsToEndpoint()
{
    QFETCH(ListQuery::State, state);
    QTEST(ListQuery::endpoint(state), "endpoint");
    QTEST(ListQuery::isServerPaged(state), "serverPaged");
}

void TestListQuery::settersReportChangesAndReturnToPageOne()
{
    ListQuery q;
    QVERIFY(q.setPage(4));
    QVERIFY(!q.setPage(4));
    QVERIFY(q.setSearch(QStringLiteral("  wiki ")));
    QCOMPARE(q.search(), QStringLiteral("wiki"));
    QCOMPARE(q.page(), 1);
    QVERIFY(!q.setSearch(QStringLiteral("wiki  ")));
    q.setPage(3);
    QVERIFY(q.setState(ListQuery::State::Active));
    QCOMPARE(q.page(), 1);
    q.setPage(3);
    QVERIFY(q.setScope(ListQuery::Scope::Team));
    QCOMPARE(q.page(), 1);
    q.setPage(3);
    QVERIFY(q.setLimit(50));
    QCOMPARE(q.page(), 1);
    QVERIFY(!q.setScope(ListQuery::Scope::Team));
}

void TestListQuery::limitsAreClamped()
{
    ListQuery q;
    q.setLimit(0);
    QCOMPARE(q.limit(), 1);
    q.setLimit(5000);
    QCOMPARE(q.limit(), 200);
    q.setPage(-3);
    QCOMPARE(q.page(), 1);
}

void TestListQuery::serverQueryCarriesScopePageLimitSearch()
{
    ListQuery q;
    q.setSearch(QStringLiteral("a&b"));
    const QUrlQuery query = q.serverQuery(QStringLiteral("team"), 2, 50);
    QCOMPARE(query.queryItemValue(QStringLiteral("scope")), QStringLiteral("team"));
    QCOMPARE(query.queryItemValue(QStringLiteral("page")), QStringLiteral("2"));
    QCOMPARE(query.queryItemValue(QStringLiteral("limit")), QStringLiteral("50"));
    QVERIFY(q.serverQuery(QString(), 1, 20).queryItemValue(QStringLiteral("scope")).isEmpty());
}

void TestListQuery::localPagingFiltersByScopeAndSearch_data()
{
    QTest::addColumn<int>("scope");
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<bool>("hasMore");
    QTest::addRow("everything, first page")
        << int(ListQuery::Scope::All) << QString() << 1 << 2 << QStringList{QStringLiteral("1"), QStringLiteral("2")}
        << qint64(5) << true;
    QTest::addRow("everything, last short page")
        << int(ListQuery::Scope::All) << QString() << 3 << 2 << QStringList{QStringLiteral("5")} << qint64(5) << false;
    QTest::addRow("team only") << int(ListQuery::Scope::Team) << QString() << 1 << 10
                               << QStringList{QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("5")}
                               << qint64(3) << false;
    QTest::addRow("search is case-insensitive, any script")
        << int(ListQuery::Scope::All) << QStringLiteral("ドライブ") << 1 << 10 << QStringList{QStringLiteral("4")}
        << qint64(1) << false;
    QTest::addRow("search and scope together") << int(ListQuery::Scope::Personal) << QStringLiteral("WIKI") << 1 << 10
                                               << QStringList{QStringLiteral("2")} << qint64(1) << false;
    QTest::addRow("a page past the end is empty but tells the total")
        << int(ListQuery::Scope::All) << QString() << 9 << 2 << QStringList{} << qint64(5) << false;
}

void TestListQuery::localPagingFiltersByScopeAndSearch()
{
    QFETCH(int, scope);
    QFETCH(QString, search);
    QFETCH(int, page);
    QFETCH(int, limit);
    const QList<ConnectorInstance> all{
        instance(QStringLiteral("1"), QStringLiteral("Team wiki"), QStringLiteral("team")),
        instance(QStringLiteral("2"), QStringLiteral("My Wiki"), QStringLiteral("personal")),
        instance(QStringLiteral("3"), QStringLiteral("Slack"), QStringLiteral("team")),
        instance(QStringLiteral("4"), QStringLiteral("東京 ドライブ"), QStringLiteral("personal")),
        instance(QStringLiteral("5"), QStringLiteral("Jira"), QStringLiteral("team"))};
    ListQuery q;
    q.setScope(ListQuery::Scope(scope));
    q.setSearch(search);
    q.setLimit(limit);
    q.setPage(page);
    const ConnectorPage result = q.pageLocally(all);
    QStringList ids;
    for (const ConnectorInstance& c : result.connectors)
        ids.append(c.id);
    QTEST(ids, "ids");
    QTEST(result.pagination.total, "total");
    QTEST(result.pagination.hasMore, "hasMore");
    QCOMPARE(result.pagination.page, page);
}

void TestListQuery::namesRoundTrip()
{
    for (auto state : {ListQuery::State::All,
                       ListQuery::State::Active,
                       ListQuery::State::Inactive,
                       ListQuery::State::Configured,
                       ListQuery::State::AgentEnabled})
        QCOMPARE(ListQuery::stateFromName(ListQuery::stateName(state)), state);
    QCOMPARE(ListQuery::scopeFromName(QStringLiteral("TEAM")), ListQuery::Scope::Team);
    QVERIFY(!ListQuery::scopeFromName(QStringLiteral("everyone")));
    QVERIFY(!ListQuery::stateFromName(QStringLiteral("sleepy")));
}

void TestListQuery::searchFollowsTheServersRule_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("matches");
    // The instance: "Sales wiki", a Confluence of the Atlassian group.
    QTest::newRow("part of the name") << QStringLiteral("WIKI") << true;
    QTest::newRow("part of the type") << QStringLiteral("conflu") << true;
    QTest::newRow("part of the app group") << QStringLiteral("atlassian") << true;
    QTest::newRow("in none of them") << QStringLiteral("google") << false;
    QTest::newRow("% is any run") << QStringLiteral("sa%ki") << true;
    QTest::newRow("_ is one character") << QStringLiteral("w_ki") << true;
    QTest::newRow("_ is exactly one") << QStringLiteral("w__ki") << false;
    QTest::newRow("a wildcard never reaches into the next field") << QStringLiteral("wiki%confluence") << false;
    QTest::newRow("other characters are literal") << QStringLiteral("wiki.") << false;
    QTest::newRow("a lone %") << QStringLiteral("%") << true;
}

void TestListQuery::searchFollowsTheServersRule()
{
    QFETCH(QString, search);
    QFETCH(bool, matches);
    ConnectorInstance instance;
    instance.id = QStringLiteral("c1");
    instance.name = QStringLiteral("Sales wiki");
    instance.connectorType = QStringLiteral("Confluence");
    instance.appGroup = QStringLiteral("Atlassian");
    instance.scope = ConnectorScope::Team;
    ListQuery query;
    query.setSearch(search);
    QCOMPARE(query.matches(instance), matches);
    // The cached path agrees, and so does a page filtered here.
    QCOMPARE(query.matchesKey(instance, SearchTerm::keyOf(instance), SearchTerm(search)), matches);
    QCOMPARE(query.pageLocally({instance}).connectors.size(), matches ? 1 : 0);
}

void TestListQuery::typeAndAuthenticatedFilterLocally()
{
    const QList<ConnectorInstance> all{
        typed(QStringLiteral("1"), QStringLiteral("a"), QStringLiteral("Drive"), true),
        typed(QStringLiteral("2"), QStringLiteral("b"), QStringLiteral("Slack"), false),
        typed(QStringLiteral("3"), QStringLiteral("c"), QStringLiteral("drive"), false),
        typed(QStringLiteral("4"), QStringLiteral("d"), QStringLiteral("Drive2"), false)};
    ListQuery q;
    q.setState(ListQuery::State::Inactive);
    q.setPage(2);
    QVERIFY(q.setConnectorType(QStringLiteral(" Drive ")));
    QCOMPARE(q.page(), 1);
    QCOMPARE(q.connectorType(), QStringLiteral("Drive"));
    // The exact type, whatever its case (as the dev server compares it); "Drive2" is another type.
    QCOMPARE(idsOf(q.pageLocally(all)), (QStringList{QStringLiteral("1"), QStringLiteral("3")}));
    q.setPage(2);
    QVERIFY(q.setAuthenticated(ListQuery::Authenticated::No));
    QCOMPARE(q.page(), 1);
    QCOMPARE(idsOf(q.pageLocally(all)), QStringList{QStringLiteral("3")});
    QCOMPARE(q.pageLocally(all).pagination.total, 1);
    q.setConnectorType({});
    QCOMPARE(idsOf(q.pageLocally(all)), (QStringList{QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")}));
    q.setAuthenticated(ListQuery::Authenticated::Yes);
    QCOMPARE(idsOf(q.pageLocally(all)), QStringList{QStringLiteral("1")});
    QVERIFY(!q.setAuthenticated(ListQuery::Authenticated::Yes));
    QCOMPARE(ListQuery::authenticatedFromName(QStringLiteral("NO")), ListQuery::Authenticated::No);
    QCOMPARE(ListQuery::authenticatedFromName(ListQuery::authenticatedName(ListQuery::Authenticated::Yes)),
             ListQuery::Authenticated::Yes);
    QVERIFY(!ListQuery::authenticatedFromName(QStringLiteral("maybe")));
}

void TestListQuery::typeFiltersAreSentOnlyToTheListThatTakesThem()
{
    ListQuery q;
    q.setConnectorType(QStringLiteral("Drive"));
    q.setAuthenticated(ListQuery::Authenticated::No);
    QUrlQuery query = q.serverQuery(QStringLiteral("team"), 1, 20);
    QCOMPARE(query.queryItemValue(QStringLiteral("connectorType")), QStringLiteral("Drive"));
    QCOMPARE(query.queryItemValue(QStringLiteral("isAuthenticated")), QStringLiteral("false"));
    QVERIFY(!query.hasQueryItem(QStringLiteral("isActive")));
    for (const auto state : {ListQuery::State::Configured, ListQuery::State::AgentEnabled}) {
        q.setState(state);
        QVERIFY(!ListQuery::takesTypeFilters(state));
        query = q.serverQuery(QStringLiteral("team"), 1, 20);
        QVERIFY(!query.hasQueryItem(QStringLiteral("connectorType")));
        QVERIFY(!query.hasQueryItem(QStringLiteral("isAuthenticated")));
    }
    QVERIFY(ListQuery::takesTypeFilters(ListQuery::State::Active));
    QVERIFY(ListQuery::takesTypeFilters(ListQuery::State::Inactive));
}

void TestListQuery::localSortSortsTheWholeListBeforePaging()
{
    // Seven names in no order; a page of three.
    QList<ConnectorInstance> all;
    const QStringList names{QStringLiteral("delta"),
                            QStringLiteral("Alpha"),
                            QStringLiteral("golf"),
                            QStringLiteral("charlie"),
                            QStringLiteral("Echo"),
                            QStringLiteral("bravo"),
                            QStringLiteral("foxtrot")};
    for (int i = 0; i < names.size(); ++i)
        all.append(instance(QString::number(i), names.at(i), QStringLiteral("team")));
    ListQuery q;
    q.setState(ListQuery::State::Active);
    q.setLimit(3);
    QCOMPARE(q.pageLocally(all).connectors.constFirst().name, QStringLiteral("delta")); // the server's order
    q.setSort(ConnectorTableModel::NameColumn, Qt::AscendingOrder);
    QStringList seen;
    for (int page = 1; page <= 3; ++page) {
        q.setPage(page);
        for (const ConnectorInstance& c : q.pageLocally(all).connectors)
            seen.append(c.name);
    }
    QCOMPARE(seen,
             (QStringList{QStringLiteral("Alpha"),
                          QStringLiteral("bravo"),
                          QStringLiteral("charlie"),
                          QStringLiteral("delta"),
                          QStringLiteral("Echo"),
                          QStringLiteral("foxtrot"),
                          QStringLiteral("golf")}));
    // Descending: page 1 holds the last names of the whole list, not of the server's first page.
    q.setSort(ConnectorTableModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(q.page(), 1);
    const ConnectorPage first = q.pageLocally(all);
    QCOMPARE(first.connectors.size(), 3);
    QCOMPARE(first.connectors.at(0).name, QStringLiteral("golf"));
    QCOMPARE(first.connectors.at(2).name, QStringLiteral("Echo"));
    QCOMPARE(first.pagination.total, 7);
    // Sorted after filtering: the search narrows, the sort orders what is left.
    q.setSearch(QStringLiteral("o"));
    QCOMPARE(idsOf(q.pageLocally(all)), (QStringList{QStringLiteral("2"), QStringLiteral("6"), QStringLiteral("4")}));
}

void TestListQuery::sortChangesOnlyWhatItOrders()
{
    ListQuery a;
    ListQuery b;
    // The server's lists come in its order: a sort asked for there is remembered, the page kept.
    b.setPage(3);
    a.setPage(3);
    QVERIFY(b.setSort(ConnectorTableModel::NameColumn, Qt::AscendingOrder));
    QCOMPARE(b.page(), 3);
    QVERIFY(a == b);
    QCOMPARE(b.sortColumn(), int(ConnectorTableModel::NameColumn));
    // A local list sorted anew is another list: page 1.
    a.setState(ListQuery::State::Active);
    b.setState(ListQuery::State::Active);
    QVERIFY(a != b);
    b.setPage(2);
    QVERIFY(b.setSort(ConnectorTableModel::NameColumn, Qt::DescendingOrder));
    QCOMPARE(b.page(), 1);
    QVERIFY(!b.setSort(ConnectorTableModel::NameColumn, Qt::DescendingOrder));
    QVERIFY(b.setSort(-1, Qt::DescendingOrder));
    QVERIFY(a == b);
}

void TestListQuery::pastedIdsAreRecognised_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("id");
    QTest::newRow("a UUID") << QStringLiteral("70849623-8775-528c-82c8-640a89b497eb")
                            << QStringLiteral("70849623-8775-528c-82c8-640a89b497eb");
    QTest::newRow("pasted with spaces") << QStringLiteral("  2623CAB9-4EA8-5710-B24B-AE0EB3C5F613 ")
                                        << QStringLiteral("2623CAB9-4EA8-5710-B24B-AE0EB3C5F613");
    QTest::newRow("an object id") << QStringLiteral("65f1c0ffee0123456789abcd")
                                  << QStringLiteral("65f1c0ffee0123456789abcd");
    QTest::newRow("a name") << QStringLiteral("drive") << QString();
    QTest::newRow("a name that the gateway would take as an id") << QStringLiteral("team-wiki_2") << QString();
    QTest::newRow("a UUID with something after it")
        << QStringLiteral("70849623-8775-528c-82c8-640a89b497eb x") << QString();
    QTest::newRow("not hex") << QStringLiteral("7084962z-8775-528c-82c8-640a89b497eb") << QString();
    QTest::newRow("a wildcard") << QStringLiteral("70849623-8775-528c-82c8-640a89b497e%") << QString();
}

void TestListQuery::pastedIdsAreRecognised()
{
    QFETCH(QString, text);
    QTEST(ListQuery::instanceIdIn(text), "id");
}

void TestListQuery::revealingTakesOffOnlyTheFiltersThatHide()
{
    ConnectorInstance fresh = typed(QStringLiteral("n"), QStringLiteral("New drive"), QStringLiteral("Drive"), false);
    fresh.scope = ConnectorScope::Personal;
    ListQuery q;
    q.setState(ListQuery::State::Inactive); // holds it: a new instance is inactive
    q.setScope(ListQuery::Scope::Personal);
    q.setConnectorType(QStringLiteral("Drive"));
    q.setAuthenticated(ListQuery::Authenticated::No);
    q.setSearch(QStringLiteral("drive"));
    q.setPage(4);
    ListQuery revealed = q.revealing(fresh);
    QCOMPARE(revealed.page(), 1);
    revealed.setPage(4);
    QVERIFY(revealed == q); // nothing hid it
    q.setState(ListQuery::State::Active);
    q.setScope(ListQuery::Scope::Team);
    q.setConnectorType(QStringLiteral("Slack"));
    q.setAuthenticated(ListQuery::Authenticated::Yes);
    q.setSearch(QStringLiteral("wiki"));
    revealed = q.revealing(fresh);
    QCOMPARE(revealed.state(), ListQuery::State::All);
    QCOMPARE(revealed.scope(), ListQuery::Scope::All);
    QVERIFY(revealed.connectorType().isEmpty());
    QCOMPARE(revealed.authenticated(), ListQuery::Authenticated::Any);
    QVERIFY(revealed.search().isEmpty());
    QVERIFY(revealed.matches(fresh) && revealed.stateHolds(fresh));
}

QTEST_GUILESS_MAIN(TestListQuery)
// The keystroke path searches names case-folded once when the list was cached: it must find what
// the plain case-insensitive search finds, in every script the seeded names use.
void TestListQuery::foldedNamesPageAlikeInEveryScript()
{
    const QStringList names{QStringLiteral("Engineering Google Drive"),
                            QStringLiteral("東京チーム Slack"),
                            QStringLiteral("فريق المبيعات Jira"),
                            QStringLiteral("ОТДЕЛ ПРОДАЖ Gmail"),
                            QStringLiteral("Ομάδα Πωλήσεων Notion"),
                            QStringLiteral("बिक्री टीम Box"),
                            QStringLiteral("🚀 Launch GOOGLE Calendar"),
                            QStringLiteral("Café Équipe Web"),
                            QStringLiteral("Zürich Office Straße")};
    QList<ConnectorInstance> all;
    QStringList folded;
    for (int i = 0; i < 60; ++i) {
        ConnectorInstance c;
        c.id = QString::number(i);
        c.name = names.at(i % names.size()) + QLatin1Char(' ') + QString::number(i);
        c.scope = i % 3 ? ConnectorScope::Team : ConnectorScope::Personal;
        all.append(c);
        folded.append(SearchTerm::keyOf(c));
    }
    for (const QString& search : {QString(),
                                  QStringLiteral("google"),
                                  QStringLiteral("отдел"),
                                  QStringLiteral("ΠΩΛΉΣΕΩΝ"),
                                  QStringLiteral("café é"),
                                  QStringLiteral("🚀 l"),
                                  QStringLiteral("STRASSE"),
                                  QStringLiteral("straße"),
                                  QStringLiteral("1")}) {
        for (const auto scope : {ListQuery::Scope::All, ListQuery::Scope::Team, ListQuery::Scope::Personal}) {
            ListQuery query;
            query.setSearch(search);
            query.setScope(scope);
            query.setLimit(7);
            for (int page = 1; page <= 3; ++page) {
                query.setPage(page);
                const ConnectorPage plain = query.pageLocally(all);
                const ConnectorPage fast = query.pageLocally(all, folded);
                QCOMPARE(fast.pagination, plain.pagination);
                QCOMPARE(fast.connectors, plain.connectors);
            }
        }
    }
}

#include "tst_listquery.moc"
