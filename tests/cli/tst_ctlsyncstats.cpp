// connectorctl sync, stats and signin: in-process (ConnectorCtl against buffers), over real HTTP to a
// dev server on 127.0.0.1, both dialects where the answers differ. A full sync needs --yes, an
// inactive instance is refused with the server's words, stats show every status (unknown ones too)
// in the three formats, and signin prints the URL and waits until someone opens it, or times out.
#include "ctltest.h"

#include "devserver/connectorstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>

using devserver::Dialect;
using namespace ctltest;

namespace {

constexpr int kLong = 3600000;

QString resyncPath(const QString& id)
{
    return QStringLiteral("/connectors/") + id + QStringLiteral("/resync");
}

void setStats(TestServer& ts, const QString& id)
{
    ts.server.store().setIndexingStats(
        id,
        QJsonArray{QJsonObject{{QStringLiteral("recordType"), QStringLiteral("FILE")},
                               {QStringLiteral("indexingStatus"),
                                QJsonObject{{QStringLiteral("COMPLETED"), 7}, {QStringLiteral("FAILED"), 2}}}},
                   QJsonObject{{QStringLiteral("recordType"), QStringLiteral("MAIL")},
                               {QStringLiteral("indexingStatus"),
                                QJsonObject{{QStringLiteral("QUEUED"), 3}, {QStringLiteral("ARCHIVED"), 1}}}}});
}

} // namespace

class TestCtlSyncStats : public CtlTestCase
{
    Q_OBJECT

private slots:
    void dialects_data();
    void aFullSyncNeedsYes();
    void anInactiveInstanceIsRefused_data()
    {
        dialects_data();
    }
    void anInactiveInstanceIsRefused();
    void syncPrintsWhatWasAskedAndTheStatus_data()
    {
        dialects_data();
    }
    void syncPrintsWhatWasAskedAndTheStatus();
    void statsTable_data()
    {
        dialects_data();
    }
    void statsTable();
    void statsJsonAndCsv();
    void signinPrintsTheUrl();
    void signinWaitsUntilTheUrlIsOpened();
    void signinTimesOutWhenNobodySignsIn();
    void signinOfASignedInInstanceSaysSo();
};

void TestCtlSyncStats::dialects_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::newRow("pipeshub") << Dialect::PipesHub;
    QTest::newRow("published") << Dialect::Published;
}

void TestCtlSyncStats::aFullSyncNeedsYes()
{
    TestServer ts(Dialect::PipesHub, 0);
    const QString id = addInstance(ts, {{QStringLiteral("isActive"), true}});
    const CtlRun r = runCtlNoRetries(ts, {QStringLiteral("sync"), id, QStringLiteral("--full")});
    QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    QVERIFY2(r.errText().contains(QLatin1String("re-reads everything")) && r.errText().contains(QLatin1String("locked"))
                 && r.errText().contains(QLatin1String("--yes")),
             qPrintable(r.describe()));
    QVERIFY(ts.server.requestLog().isEmpty());
}

void TestCtlSyncStats::anInactiveInstanceIsRefused()
{
    QFETCH(Dialect, dialect);
    TestServer ts(dialect, 0);
    const QString id = addInstance(ts);
    const CtlRun r = runCtlNoRetries(ts, {QStringLiteral("sync"), id});
    QVERIFY2(r.exitCode == 5, qPrintable(r.describe()));
    QVERIFY2(r.errText().contains(QLatin1String("not allowed")), qPrintable(r.describe()));
    QVERIFY(r.outText().isEmpty());
    QCOMPARE(ts.countRequests(resyncPath(id), "POST"), 1);
}

void TestCtlSyncStats::syncPrintsWhatWasAskedAndTheStatus()
{
    QFETCH(Dialect, dialect);
    TestServer ts(dialect, 0);
    ts.server.setSyncDuration(kLong);
    const QString id = addInstance(ts, {{QStringLiteral("isActive"), true}});
    const bool showsJobs = dialect == Dialect::PipesHub; // the published instance has no status

    const CtlRun r = runCtlNoRetries(ts, {QStringLiteral("sync"), id});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.outText().startsWith(QStringLiteral("Sync of %1  Lifecycle test requested.\n").arg(id)),
             qPrintable(r.describe()));
    QVERIFY2(r.outText().contains(showsJobs ? QLatin1String("Status: SYNCING\n")
                                            : QLatin1String("Status: no job reported\n")),
             qPrintable(r.describe()));
    ts.server.completeBackgroundWork();

    const CtlRun full = runCtlNoRetries(ts,
                                        {QStringLiteral("--output"),
                                         QStringLiteral("json"),
                                         QStringLiteral("sync"),
                                         id,
                                         QStringLiteral("--full"),
                                         QStringLiteral("--yes")});
    QVERIFY2(full.exitCode == 0, qPrintable(full.describe()));
    const QJsonObject object = QJsonDocument::fromJson(full.out).object();
    QCOMPARE(object.value(QLatin1String("result")).toString(), QStringLiteral("done"));
    QCOMPARE(object.value(QLatin1String("fullSync")).toBool(), true);
    if (showsJobs) {
        QCOMPARE(object.value(QLatin1String("status")).toString(), QStringLiteral("FULL_SYNCING"));
        QCOMPARE(object.value(QLatin1String("isLocked")).toBool(), true);
    }
    const QJsonObject body
        = QJsonDocument::fromJson(ts.server.requestLog().at(ts.server.requestLog().size() - 2).body).object();
    QCOMPARE(body.value(QLatin1String("fullSync")).toBool(), true);
    QCOMPARE(ts.countRequests(resyncPath(id), "POST"), 2);
    ts.server.completeBackgroundWork();
}

void TestCtlSyncStats::statsTable()
{
    QFETCH(Dialect, dialect);
    TestServer ts(dialect, 0);
    const QString id = addInstance(ts, {{QStringLiteral("isActive"), true}});
    setStats(ts, id);
    const CtlRun r = runCtlNoRetries(ts, {QStringLiteral("stats"), id});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QStringList lines = r.outText().split(QLatin1Char('\n'));
    QVERIFY2(QRegularExpression(QStringLiteral("^Total +13$")).match(lines.at(0)).hasMatch(), qPrintable(r.describe()));
    QVERIFY2(QRegularExpression(QStringLiteral("^  COMPLETED +7$")).match(lines.at(1)).hasMatch(),
             qPrintable(r.describe()));
    QVERIFY2(r.outText().contains(QRegularExpression(QStringLiteral("\n  COMPLETED +7\n"))), qPrintable(r.describe()));
    QVERIFY2(r.outText().contains(QRegularExpression(QStringLiteral("\n  ARCHIVED \\(unknown status\\) +1\n"))),
             qPrintable(r.describe()));
    QVERIFY2(r.outText().contains(QRegularExpression(QStringLiteral("By record type:\nFILE +9\n"))),
             qPrintable(r.describe()));
    QVERIFY2(r.outText().contains(QRegularExpression(QStringLiteral("\nMAIL +4\n"))), qPrintable(r.describe()));

    const CtlRun missing = runCtlNoRetries(ts, {QStringLiteral("stats"), QStringLiteral("no-such-instance")});
    QCOMPARE(missing.exitCode, 3);
}

void TestCtlSyncStats::statsJsonAndCsv()
{
    TestServer ts(Dialect::PipesHub, 0);
    const QString id = addInstance(ts, {{QStringLiteral("isActive"), true}});
    setStats(ts, id);
    const CtlRun json
        = runCtlNoRetries(ts, {QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("stats"), id});
    QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
    const QJsonObject object = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(object.value(QLatin1String("connectorId")).toString(), id);
    QCOMPARE(object.value(QLatin1String("total")).toInteger(), 13);
    QCOMPARE(object.value(QLatin1String("indexingStatus")).toObject().value(QLatin1String("ARCHIVED")).toInteger(), 1);
    QCOMPARE(object.value(QLatin1String("byRecordType")).toArray().size(), 2);

    const CtlRun csv
        = runCtlNoRetries(ts, {QStringLiteral("--output"), QStringLiteral("csv"), QStringLiteral("stats"), id});
    QVERIFY2(csv.exitCode == 0, qPrintable(csv.describe()));
    const QStringList rows = csv.outText().split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(rows.at(0), QStringLiteral("recordType,status,count"));
    QCOMPARE(rows.at(1), QStringLiteral(",,13")); // the total over all record types
    QVERIFY(rows.contains(QStringLiteral(",COMPLETED,7")));
    QVERIFY(rows.contains(QStringLiteral(",ARCHIVED,1")));
    QVERIFY(rows.contains(QStringLiteral("FILE,,9")));
    QVERIFY(rows.contains(QStringLiteral("MAIL,ARCHIVED,1")));
    // Every known status appears in every group, zeros included: a total and 10 known statuses per
    // group, and ARCHIVED where the server listed it (over all types, and MAIL).
    QCOMPARE(rows.size(), 1 + 3 * 11 + 2);
}

void TestCtlSyncStats::signinPrintsTheUrl()
{
    TestServer ts(Dialect::PipesHub, 0);
    const QString id = addInstance(
        ts, {{QStringLiteral("authType"), QStringLiteral("OAUTH")}, {QStringLiteral("isAuthenticated"), false}});
    const CtlRun r = runCtlNoRetries(ts, {QStringLiteral("signin"), id});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QUrl url(r.outText().trimmed());
    QVERIFY2(url.isValid() && url.scheme() == QLatin1String("http"), qPrintable(r.describe()));
    QVERIFY(url.path().endsWith(QLatin1String("/oauth/consent")));

    const QString apiToken = addInstance(ts, {{QStringLiteral("isAuthenticated"), false}});
    const CtlRun refused = runCtlNoRetries(ts, {QStringLiteral("signin"), apiToken});
    QVERIFY2(refused.exitCode == 5, qPrintable(refused.describe()));
    QVERIFY2(refused.errText().contains(QLatin1String("does not use OAuth")), qPrintable(refused.describe()));
}

void TestCtlSyncStats::signinWaitsUntilTheUrlIsOpened()
{
    TestServer ts(Dialect::Published, 0);
    const QString id = addInstance(
        ts, {{QStringLiteral("authType"), QStringLiteral("OAUTH")}, {QStringLiteral("isAuthenticated"), false}});
    // The browser: once connectorctl has printed the URL, open it. connectorctl runs its own nested
    // event loop, in which this timer fires.
    CtlRun live;
    QNetworkAccessManager browser;
    bool opened = false;
    QTimer opener;
    opener.setInterval(100);
    connect(&opener, &QTimer::timeout, this, [&] {
        const QUrl url(live.outText().trimmed());
        if (opened || !url.isValid() || url.scheme() != QLatin1String("http"))
            return;
        opened = true;
        QNetworkReply* page = browser.get(QNetworkRequest(url));
        connect(page, &QNetworkReply::finished, page, &QObject::deleteLater);
    });
    opener.start();
    runCtlNoRetries(ts, {QStringLiteral("signin"), id, QStringLiteral("--wait")}, {}, &live);
    opener.stop();
    QVERIFY(opened);
    QVERIFY2(live.exitCode == 0, qPrintable(live.describe()));
    QVERIFY2(live.outText().endsWith(id + QStringLiteral(" is signed in.\n")), qPrintable(live.describe()));
    QVERIFY(stored(ts, id, "isAuthenticated"));
}

void TestCtlSyncStats::signinTimesOutWhenNobodySignsIn()
{
    TestServer ts(Dialect::PipesHub, 0);
    const QString id = addInstance(
        ts, {{QStringLiteral("authType"), QStringLiteral("OAUTH")}, {QStringLiteral("isAuthenticated"), false}});
    QElapsedTimer clock;
    clock.start();
    const CtlRun r = runCtlNoRetries(
        ts, {QStringLiteral("--timeout"), QStringLiteral("1"), QStringLiteral("signin"), id, QStringLiteral("--wait")});
    QVERIFY2(r.exitCode == 6, qPrintable(r.describe()));
    QVERIFY2(r.errText().contains(QLatin1String("still not signed in after 1 s")), qPrintable(r.describe()));
    QVERIFY(clock.elapsed() < 5000);
}

void TestCtlSyncStats::signinOfASignedInInstanceSaysSo()
{
    TestServer ts(Dialect::PipesHub, 0);
    const QString id = addInstance(ts, {{QStringLiteral("authType"), QStringLiteral("OAUTH")}});
    const CtlRun r = runCtlNoRetries(ts, {QStringLiteral("signin"), id, QStringLiteral("--wait")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.outText(), id + QStringLiteral(" is already signed in.\n"));
    QCOMPARE(ts.server.requestLog().size(), 1); // one GET: no URL asked for, no polling
}

QTEST_GUILESS_MAIN(TestCtlSyncStats)
#include "tst_ctlsyncstats.moc"
