// connectorctl list, in-process over real HTTP, in both dialects: the JSON names and totals, both scopes,
// CSV that parses back, tables aligned by terminal width, every page once, and the states the client
// filters and pages itself.
#include "ctltest.h"

#include "devserver/connectorstore.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using devserver::Dialect;
using namespace ctltest;

class TestCtlList : public CtlTestCase
{
    Q_OBJECT

private slots:
    void listJsonHasPublishedNamesAndTotals_data();
    void listJsonHasPublishedNamesAndTotals();
    void listWithoutScopeCoversBothScopes();
    void csvIsRfc4180AndParsesBack();
    void tableShowsNamesAndTheRange();
    void tableAlignsWideCharactersAndEscapesControls();
    void allPagesReturnsEachInstanceOnce_data();
    void allPagesReturnsEachInstanceOnce();
    void activeAndInactiveAreFilteredAndPagedHere();
};

void TestCtlList::listJsonHasPublishedNamesAndTotals_data()
{
    dialectRows("the real server's dialect comes out with the published names",
                "the published dialect comes out the same");
}

void TestCtlList::listJsonHasPublishedNamesAndTotals()
{
    QFETCH(Dialect, dialect);
    TestServer ts(dialect, 60);
    const QStringList team = visibleIds(ts.server, QStringLiteral("team"));
    QVERIFY(team.size() > 10);

    const CtlRun r = runCtl(ts, {"--output", "json", "list", "--scope", "team", "--limit", "10", "--page", "2"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject answer = r.json();
    const QJsonArray connectors = answer.value(QLatin1String("connectors")).toArray();
    QCOMPARE(connectors.size(), 10);
    QCOMPARE(idsOf(answer), team.mid(10, 10));
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
    for (const QJsonValue& v : connectors) {
        const QJsonObject c = v.toObject();
        const QJsonObject stored = ts.server.store().instance(c.value(QLatin1String("connectorId")).toString());
        QVERIFY(!stored.isEmpty());
        QCOMPARE(c.value(QLatin1String("instanceName")).toString(), stored.value(QLatin1String("name")).toString());
        QCOMPARE(c.value(QLatin1String("connectorType")).toString(), stored.value(QLatin1String("type")).toString());
        QCOMPARE(c.value(QLatin1String("scope")).toString(), QStringLiteral("team"));
        QVERIFY2(iso.match(c.value(QLatin1String("createdAt")).toString()).hasMatch(),
                 qPrintable(c.value(QLatin1String("createdAt")).toString()));
        QCOMPARE(c.value(QLatin1String("createdAt")).toString(),
                 isoOf(qint64(stored.value(QLatin1String("createdAt")).toDouble())));
        QVERIFY(!c.contains(QLatin1String("_key")));
        QVERIFY(!c.contains(QLatin1String("createdAtTimestamp")));
    }
    const QJsonObject pagination = answer.value(QLatin1String("pagination")).toObject();
    QCOMPARE(pagination.value(QLatin1String("page")).toInt(), 2);
    QCOMPARE(pagination.value(QLatin1String("limit")).toInt(), 10);
    QCOMPARE(pagination.value(QLatin1String("total")).toInt(), team.size());
    QCOMPARE(pagination.value(QLatin1String("hasMore")).toBool(), team.size() > 20);
}

void TestCtlList::listWithoutScopeCoversBothScopes()
{
    TestServer ts(Dialect::PipesHub, 30);
    const QStringList all
        = visibleIds(ts.server, QStringLiteral("team")) + visibleIds(ts.server, QStringLiteral("personal"));
    const CtlRun r = runCtl(ts, {"--output", "json", "list", "--limit", "200"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(idsOf(r.json()), all);
    QSet<QString> scopes;
    for (const QJsonValue& v : r.json().value(QLatin1String("connectors")).toArray())
        scopes.insert(v.toObject().value(QLatin1String("scope")).toString());
    QCOMPARE(scopes, (QSet<QString>{QStringLiteral("team"), QStringLiteral("personal")}));
    QCOMPARE(r.json().value(QLatin1String("pagination")).toObject().value(QLatin1String("total")).toInt(), all.size());
    // Both scopes were asked for by name: the gateway would read a missing scope as team.
    bool askedTeam = false;
    bool askedPersonal = false;
    for (const devserver::LoggedRequest& request : ts.server.requestLog()) {
        askedTeam = askedTeam || request.query.queryItemValue(QStringLiteral("scope")) == QLatin1String("team");
        askedPersonal
            = askedPersonal || request.query.queryItemValue(QStringLiteral("scope")) == QLatin1String("personal");
    }
    QVERIFY(askedTeam);
    QVERIFY(askedPersonal);
}

void TestCtlList::csvIsRfc4180AndParsesBack()
{
    TestServer ts(Dialect::PipesHub, 20);
    const QString awkward = QStringLiteral("Sales, \"EMEA\"\nsecond line");
    const QString id = ts.server.store().addInstance(
        {{QStringLiteral("name"), awkward}, {QStringLiteral("scope"), QStringLiteral("team")}});

    const CtlRun r = runCtl(ts, {"--output", "csv", "list", "--scope", "team", "--all-pages"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    bool onlyCrlf = false;
    const QList<QStringList> records = parseCsv(r.outText(), &onlyCrlf);
    QVERIFY(onlyCrlf);
    QCOMPARE(records.value(0),
             QString("connectorId,instanceName,connectorType,scope,authType,isActive,isConfigured,isAuthenticated,"
                     "agentEnabled,status,isLocked,createdBy,createdAt,updatedAt")
                 .split(QLatin1Char(',')));
    // One vocabulary: each column is named as the same value is in --output json, and holds it.
    const CtlRun json = runCtl(ts, {"--output", "json", "list", "--scope", "team", "--all-pages"});
    const QJsonObject first = json.json().value(QLatin1String("connectors")).toArray().first().toObject();
    for (qsizetype column = 0; column < records.value(0).size(); ++column) {
        const QString key = records.value(0).at(column);
        QVERIFY2(first.contains(key) || key == QLatin1String("status"), qPrintable(key));
        const QJsonValue value = first.value(key);
        if (value.isString())
            QCOMPARE(records.value(1).at(column), value.toString());
        else if (value.isBool())
            QCOMPARE(records.value(1).at(column), value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    }
    QCOMPARE(records.size(), visibleIds(ts.server, QStringLiteral("team")).size() + 1);
    bool found = false;
    for (const QStringList& record : records.mid(1)) {
        QCOMPARE(record.size(), 14);
        const QJsonObject stored = ts.server.store().instance(record.at(0));
        QCOMPARE(record.at(1), stored.value(QLatin1String("name")).toString());
        QCOMPARE(record.at(2), stored.value(QLatin1String("type")).toString());
        QCOMPARE(record.at(5),
                 stored.value(QLatin1String("isActive")).toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        if (record.at(0) == id) {
            QCOMPARE(record.at(1), awkward);
            found = true;
        }
    }
    QVERIFY(found);
}

void TestCtlList::tableShowsNamesAndTheRange()
{
    TestServer ts(Dialect::Published, 70);
    const QStringList team = visibleIds(ts.server, QStringLiteral("team"));
    QVERIFY(team.size() > 25);
    const CtlRun r = runCtl(ts, {"list", "--scope", "team", "--limit", "10", "--page", "2"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QStringList lines = r.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 10 + 1); // header, rows, range
    QVERIFY(lines.constFirst().startsWith(QLatin1String("ID")));
    QVERIFY(lines.constFirst().contains(QLatin1String("NAME")));
    for (int i = 0; i < 10; ++i) {
        const QJsonObject stored = ts.server.store().instance(team.at(10 + i));
        QVERIFY2(lines.at(1 + i).startsWith(team.at(10 + i)), qPrintable(lines.at(1 + i)));
        QVERIFY2(lines.at(1 + i).contains(stored.value(QLatin1String("name")).toString().left(6)),
                 qPrintable(lines.at(1 + i)));
    }
    QCOMPARE(lines.constLast(), QStringLiteral("11-20 of %1").arg(team.size()));
}

void TestCtlList::tableAlignsWideCharactersAndEscapesControls()
{
    TestServer ts(Dialect::PipesHub, 0);
    const QString longName = QStringLiteral("Quarterly planning archive ").repeated(3).trimmed();
    const QStringList names{QStringLiteral("漢字の名前テスト"),
                            QStringLiteral("plain name"),
                            QStringLiteral("Line one\nLine two\t\x1b[31mred"),
                            longName};
    for (const QString& name : names) {
        ts.server.store().addInstance({{QStringLiteral("name"), name},
                                       {QStringLiteral("type"), QStringLiteral("Confluence")},
                                       {QStringLiteral("scope"), QStringLiteral("team")}});
    }
    const CtlRun r = runCtl(ts, {"list", "--scope", "team"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(!r.out.contains('\x1b'));
    QVERIFY(!r.out.contains('\t'));
    const QStringList lines = r.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + names.size() + 1); // no name broke its row
    QCOMPARE(lines.constLast(), QStringLiteral("1-4 of 4"));
    // The TYPE column starts at the same terminal column on every line.
    const int typeColumn = columns(lines.constFirst().left(lines.constFirst().indexOf(QLatin1String("TYPE"))));
    for (int i = 1; i <= names.size(); ++i) {
        const qsizetype at = lines.at(i).indexOf(QLatin1String("Confluence"));
        QVERIFY2(at > 0, qPrintable(lines.at(i)));
        QCOMPARE(columns(lines.at(i).left(at)), typeColumn);
    }
    QVERIFY(r.outText().contains(QLatin1String("Line one\\nLine two\\t\\x1b[31mred")));
    QVERIFY(r.outText().contains(QStringLiteral("漢字の名前テスト")));
    QVERIFY(!r.outText().contains(longName));
    QVERIFY(r.outText().contains(longName.left(39) + QChar(0x2026)));
}

void TestCtlList::allPagesReturnsEachInstanceOnce_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("scope");
    QTest::newRow("both scopes of the real server's dialect") << Dialect::PipesHub << QString();
    QTest::newRow("both scopes of the published dialect") << Dialect::Published << QString();
    QTest::newRow("the personal scope alone") << Dialect::PipesHub << QStringLiteral("personal");
}

void TestCtlList::allPagesReturnsEachInstanceOnce()
{
    QFETCH(Dialect, dialect);
    QFETCH(QString, scope);
    TestServer ts(dialect, 1000);
    const QStringList team = visibleIds(ts.server, QStringLiteral("team"));
    const QStringList personal = visibleIds(ts.server, QStringLiteral("personal"));
    const QStringList expected = scope.isEmpty() ? team + personal : personal;
    QVERIFY(team.size() > 200 && personal.size() > 200);

    QStringList arguments{"--output", "json", "list", "--all-pages", "--limit", "200"};
    if (!scope.isEmpty())
        arguments << "--scope" << scope;
    const CtlRun r = runCtl(ts, arguments);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe().left(2000)));
    const QStringList ids = idsOf(r.json());
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
    QCOMPARE(ids, expected);
    const QJsonObject pagination = r.json().value(QLatin1String("pagination")).toObject();
    QCOMPARE(pagination.value(QLatin1String("page")).toInt(), 1);
    QCOMPARE(pagination.value(QLatin1String("limit")).toInt(), expected.size());
    QCOMPARE(pagination.value(QLatin1String("total")).toInt(), expected.size());
    QCOMPARE(pagination.value(QLatin1String("hasMore")).toBool(), false);
    // Each page once: no page asked for twice, none beyond the end.
    auto pages = [](qsizetype n) {
        return int((n + 199) / 200);
    };
    const int expectedRequests = scope.isEmpty() ? pages(team.size()) + pages(personal.size()) : pages(personal.size());
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors"), "GET"), expectedRequests);
}

void TestCtlList::activeAndInactiveAreFilteredAndPagedHere()
{
    TestServer ts(Dialect::PipesHub, 120);
    QStringList active;
    QStringList inactivePersonal;
    for (const QString& id : visibleIds(ts.server)) {
        const QJsonObject o = ts.server.store().instance(id);
        if (o.value(QLatin1String("isActive")).toBool())
            active.append(id);
        else if (o.value(QLatin1String("scope")).toString() == QLatin1String("personal"))
            inactivePersonal.append(id);
    }
    QVERIFY(!active.isEmpty());
    QVERIFY(inactivePersonal.size() > 10);

    const CtlRun all = runCtl(ts, {"--output", "json", "list", "--state", "active", "--all-pages"});
    QVERIFY2(all.exitCode == 0, qPrintable(all.describe()));
    const QStringList activeIds = idsOf(all.json());
    QCOMPARE(activeIds.size(), active.size());
    QCOMPARE(QSet<QString>(activeIds.cbegin(), activeIds.cend()), QSet<QString>(active.cbegin(), active.cend()));
    for (const QJsonValue& v : all.json().value(QLatin1String("connectors")).toArray())
        QVERIFY(v.toObject().value(QLatin1String("isActive")).toBool());
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/active"), "GET"), 1);

    ts.server.clearRequestLog();
    const CtlRun page = runCtl(
        ts, {"--output", "json", "list", "--state", "inactive", "--scope", "personal", "--limit", "5", "--page", "2"});
    QVERIFY2(page.exitCode == 0, qPrintable(page.describe()));
    const QStringList ids = idsOf(page.json());
    QCOMPARE(ids.size(), 5);
    for (const QString& id : ids)
        QVERIFY(inactivePersonal.contains(id));
    const QJsonObject pagination = page.json().value(QLatin1String("pagination")).toObject();
    QCOMPARE(pagination.value(QLatin1String("total")).toInt(), inactivePersonal.size());
    QCOMPARE(pagination.value(QLatin1String("page")).toInt(), 2);
    // The unpaged endpoint got no paging or scope parameters, and was asked once.
    const QList<devserver::LoggedRequest> log = ts.server.requestLog();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.constFirst().path, QStringLiteral("/api/v1/connectors/inactive"));
    QVERIFY(log.constFirst().query.isEmpty());
}

QTEST_GUILESS_MAIN(TestCtlList)
#include "tst_ctllist.moc"
