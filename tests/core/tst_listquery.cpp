// The state-to-endpoint table of docs/API.md, and client-side filtering and paging of the unpaged states.
#include "core/listquery.h"

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
