// connectorctl list --type and --authenticated, in-process over real HTTP: sent to the server with
// --state all, applied here to active and inactive (the same instances either way), refused with the
// states whose lists take no such filter, and a search that follows the server's rule in every state.
#include "ctltest.h"

#include "devserver/connectorstore.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using devserver::Dialect;
using namespace ctltest;

class TestCtlListFilters : public CtlTestCase
{
    Q_OBJECT

private slots:
    void typeAndAuthenticatedAreSentWithStateAll();
    void activeAndInactiveAreFilteredHereAlike();
    void statesWithoutTheFiltersAreRefused();
    void badValuesAreUsageErrors();
    void searchMatchesTypeAndGroupInEveryState();
};

namespace {

// The visible instances of `type` (any case) whose isAuthenticated is `authenticated`, as stored.
QSet<QString> storedMatching(TestServer& ts, const QString& type, bool authenticated, std::optional<bool> active = {})
{
    QSet<QString> ids;
    for (const QString& id : visibleIds(ts.server)) {
        const QJsonObject o = ts.server.store().instance(id);
        if (o.value(QLatin1String("type")).toString().compare(type, Qt::CaseInsensitive) == 0
            && o.value(QLatin1String("isAuthenticated")).toBool() == authenticated
            && (!active || o.value(QLatin1String("isActive")).toBool() == *active))
            ids.insert(id);
    }
    return ids;
}

QString someType(TestServer& ts)
{
    return ts.server.store().instance(visibleIds(ts.server).constFirst()).value(QLatin1String("type")).toString();
}

QSet<QString> setOf(const QStringList& ids)
{
    return QSet<QString>(ids.cbegin(), ids.cend());
}

} // namespace

void TestCtlListFilters::typeAndAuthenticatedAreSentWithStateAll()
{
    TestServer ts(Dialect::PipesHub, 120);
    const QString type = someType(ts);
    const QSet<QString> expected = storedMatching(ts, type, false);
    QVERIFY(!expected.isEmpty());
    const CtlRun r = runCtl(ts, {"--output", "json", "list", "--type", type, "--authenticated", "no", "--all-pages"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(setOf(idsOf(r.json())), expected);
    const QList<devserver::LoggedRequest> log = ts.server.requestLog();
    QVERIFY(!log.isEmpty());
    for (const devserver::LoggedRequest& request : log) {
        QCOMPARE(request.path, QStringLiteral("/api/v1/connectors"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("connectorType")), type);
        QCOMPARE(request.query.queryItemValue(QStringLiteral("isAuthenticated")), QStringLiteral("false"));
    }
}

void TestCtlListFilters::activeAndInactiveAreFilteredHereAlike()
{
    TestServer ts(Dialect::PipesHub, 120);
    const QString type = someType(ts);
    for (const bool active : {true, false}) {
        for (const bool authenticated : {true, false}) {
            ts.server.clearRequestLog();
            const CtlRun r = runCtl(ts,
                                    {"--output",
                                     "json",
                                     "list",
                                     "--state",
                                     active ? "active" : "inactive",
                                     "--type",
                                     type.toLower(),
                                     "--authenticated",
                                     authenticated ? "yes" : "no",
                                     "--limit",
                                     "200"});
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
            QCOMPARE(setOf(idsOf(r.json())), storedMatching(ts, type, authenticated, active));
            QCOMPARE(r.json().value(QLatin1String("pagination")).toObject().value(QLatin1String("total")).toInt(),
                     storedMatching(ts, type, authenticated, active).size());
            QCOMPARE(ts.server.requestLog().size(), 1); // the unpaged list, filtered here
        }
    }
}

void TestCtlListFilters::statesWithoutTheFiltersAreRefused()
{
    TestServer ts(Dialect::PipesHub, 20);
    for (const char* state : {"configured", "agents"}) {
        ts.server.clearRequestLog();
        const CtlRun r = runCtl(ts, {"list", "--state", state, "--type", "Slack"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(QStringLiteral("--state all, active or inactive")), qPrintable(r.describe()));
        QCOMPARE(ts.server.requestLog().size(), 0);
    }
    const CtlRun r = runCtl(ts, {"list", "--state", "configured", "--authenticated", "yes"});
    QCOMPARE(r.exitCode, 2);
}

void TestCtlListFilters::badValuesAreUsageErrors()
{
    TestServer ts(Dialect::PipesHub, 20);
    const CtlRun maybe = runCtl(ts, {"list", "--authenticated", "maybe"});
    QCOMPARE(maybe.exitCode, 2);
    QVERIFY2(maybe.errText().contains(QStringLiteral("maybe")), qPrintable(maybe.describe()));
    const CtlRun any = runCtl(ts, {"list", "--authenticated", "any"});
    QCOMPARE(any.exitCode, 2);
    const CtlRun empty = runCtl(ts, {"list", "--type", "  "});
    QCOMPARE(empty.exitCode, 2);
    QCOMPARE(ts.server.requestLog().size(), 0);
    const CtlRun help = runCtl(ts, {"list", "--help"});
    QVERIFY2(help.outText().contains(QStringLiteral("--type"))
                 && help.outText().contains(QStringLiteral("--authenticated")),
             qPrintable(help.describe()));
}

void TestCtlListFilters::searchMatchesTypeAndGroupInEveryState()
{
    TestServer ts(Dialect::PipesHub, 120);
    // A word of an app group that is in no instance's name: only the group rule finds these.
    QString group;
    for (const QString& id : visibleIds(ts.server)) {
        const QJsonObject o = ts.server.store().instance(id);
        const QString g = o.value(QLatin1String("appGroup")).toString();
        if (!g.isEmpty() && !o.value(QLatin1String("name")).toString().contains(g, Qt::CaseInsensitive)) {
            group = g;
            break;
        }
    }
    QVERIFY(!group.isEmpty());
    QSet<QString> inGroup;
    QSet<QString> inGroupActive;
    for (const QString& id : visibleIds(ts.server)) {
        const QJsonObject o = ts.server.store().instance(id);
        const QString key = o.value(QLatin1String("name")).toString() + QLatin1Char('\n')
            + o.value(QLatin1String("type")).toString() + QLatin1Char('\n')
            + o.value(QLatin1String("appGroup")).toString();
        if (key.contains(group, Qt::CaseInsensitive)) {
            inGroup.insert(id);
            if (o.value(QLatin1String("isActive")).toBool())
                inGroupActive.insert(id);
        }
    }
    const QString term = group.toUpper();
    const CtlRun server = runCtl(ts, {"--output", "json", "list", "--search", term, "--all-pages"});
    QVERIFY2(server.exitCode == 0, qPrintable(server.describe()));
    QCOMPARE(setOf(idsOf(server.json())), inGroup);
    const CtlRun local = runCtl(ts, {"--output", "json", "list", "--state", "active", "--search", term, "--all-pages"});
    QVERIFY2(local.exitCode == 0, qPrintable(local.describe()));
    QCOMPARE(setOf(idsOf(local.json())), inGroupActive);
}

QTEST_MAIN(TestCtlListFilters)
#include "tst_ctllistfilters.moc"
