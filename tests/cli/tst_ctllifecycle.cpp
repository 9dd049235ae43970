// connectorctl enable, disable and delete of several ids: in-process (ConnectorCtl against buffers),
// over real HTTP to a dev server on 127.0.0.1, both dialects. An intent sends a toggle only when the
// flag differs and never twice (not even after a timeout), refusals keep the server's words and exit
// codes, ids (also from standard input) are all checked before anything is sent, JSON lines parse,
// the exit code is the worst, and --concurrency bounds the requests in flight.
#include "ctltest.h"

#include "devserver/connectorstore.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

using devserver::Dialect;
using namespace ctltest;
using devserver::Fault;

namespace {

constexpr int kLong = 3600000; // background syncs end only when a test moves the clock

QString togglePath(const QString& id)
{
    return QStringLiteral("/connectors/") + id + QStringLiteral("/toggle");
}

} // namespace

class TestCtlLifecycle : public CtlTestCase
{
    Q_OBJECT

private slots:
    void dialects_data();
    void enablingWhatIsEnabledSendsNoToggle_data()
    {
        dialects_data();
    }
    void enablingWhatIsEnabledSendsNoToggle();
    void disableThenEnable_data()
    {
        dialects_data();
    }
    void disableThenEnable();
    void theAgentFlag();
    void refusalsKeepTheServersWordsAndExitCodes_data();
    void refusalsKeepTheServersWordsAndExitCodes();
    void aToggleWhoseAnswerTimesOutIsNotResent();
    void aToggleAnswered504IsUnknown();
    void oneBadIdSendsNothing_data();
    void oneBadIdSendsNothing();
    void jsonLinesAndTheWorstExitCode_data()
    {
        dialects_data();
    }
    void jsonLinesAndTheWorstExitCode();
    void csvHasAHeader();
    void concurrencyBoundsRequestsInFlight();
    void deleteTakesSeveralIds_data()
    {
        dialects_data();
    }
    void deleteTakesSeveralIds();
    void deleteOfOneIdPrintsAsBefore();
};

void TestCtlLifecycle::dialects_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::newRow("pipeshub") << Dialect::PipesHub;
    QTest::newRow("published") << Dialect::Published;
}

void TestCtlLifecycle::enablingWhatIsEnabledSendsNoToggle()
{
    QFETCH(Dialect, dialect);
    TestServer ts(dialect, 0);
    const QString id = addInstance(ts, {{QStringLiteral("isActive"), true}});
    const CtlRun r = runCtlNoRetries(ts, {QStringLiteral("enable"), id});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.outText(), id + QStringLiteral("  Lifecycle test: already enabled\n"));
    QCOMPARE(ts.server.requestLog().size(), 1); // one GET, no POST
    QCOMPARE(ts.countRequests(togglePath(id), "POST"), 0);
}

void TestCtlLifecycle::disableThenEnable()
{
    QFETCH(Dialect, dialect);
    TestServer ts(dialect, 0);
    ts.server.setSyncDuration(kLong);
    const QString id = addInstance(ts, {{QStringLiteral("isActive"), true}});

    const CtlRun off = runCtlNoRetries(ts, {QStringLiteral("disable"), id});
    QVERIFY2(off.exitCode == 0, qPrintable(off.describe()));
    QVERIFY2(off.outText().startsWith(id + QStringLiteral("  Lifecycle test: sync disabled")),
             qPrintable(off.describe()));
    QVERIFY(!stored(ts, id, "isActive"));
    QCOMPARE(ts.server.requestLog().size(), 3); // GET, POST, GET

    const CtlRun on
        = runCtlNoRetries(ts, {QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("enable"), id});
    QVERIFY2(on.exitCode == 0, qPrintable(on.describe()));
    const QList<QJsonObject> lines = on.jsonLines();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.at(0).value(QLatin1String("result")).toString(), QStringLiteral("done"));
    QCOMPARE(lines.at(0).value(QLatin1String("isActive")).toBool(), true);
    QVERIFY(stored(ts, id, "isActive"));
    QCOMPARE(ts.countRequests(togglePath(id), "POST"), 2);
}

void TestCtlLifecycle::theAgentFlag()
{
    TestServer ts(Dialect::PipesHub, 0);
    const QString id = addInstance(ts, {{QStringLiteral("isActive"), true}});
    const CtlRun r = runCtlNoRetries(ts, {QStringLiteral("enable"), QStringLiteral("--agent"), id});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.outText().contains(QLatin1String(": agent enabled")), qPrintable(r.describe()));
    QVERIFY(stored(ts, id, "isAgentActive"));
    QVERIFY(stored(ts, id, "isActive")); // sync untouched
    const QJsonObject body = QJsonDocument::fromJson(ts.server.requestLog().at(1).body).object();
    QCOMPARE(body.value(QLatin1String("type")).toString(), QStringLiteral("agent"));

    const CtlRun again = runCtlNoRetries(ts, {QStringLiteral("enable"), QStringLiteral("--agent"), id});
    QVERIFY2(again.outText().contains(QLatin1String("agent already enabled")), qPrintable(again.describe()));
    QCOMPARE(ts.countRequests(togglePath(id), "POST"), 1);
}

void TestCtlLifecycle::refusalsKeepTheServersWordsAndExitCodes_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("refusal");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("words");
    for (const Dialect dialect : {Dialect::PipesHub, Dialect::Published}) {
        const char* name = dialect == Dialect::PipesHub ? "pipeshub" : "published";
        QTest::addRow("%s 400", name) << dialect << QStringLiteral("unconfigured") << 5
                                      << QStringLiteral("must be configured");
        QTest::addRow("%s 403", name) << dialect << QStringLiteral("not admin") << 4
                                      << QStringLiteral("Only administrators");
        QTest::addRow("%s 404", name) << dialect << QStringLiteral("unknown") << 3 << QStringLiteral("not found");
        QTest::addRow("%s 409", name) << dialect << QStringLiteral("locked") << 5 << QStringLiteral("locked");
    }
}

void TestCtlLifecycle::refusalsKeepTheServersWordsAndExitCodes()
{
    QFETCH(Dialect, dialect);
    QFETCH(QString, refusal);
    QFETCH(int, exitCode);
    QFETCH(QString, words);
    TestServer ts(dialect, 0);
    QString id = addInstance(ts, {{QStringLiteral("isConfigured"), refusal != QLatin1String("unconfigured")}});
    if (refusal == QLatin1String("not admin"))
        ts.server.setAdmin(false);
    if (refusal == QLatin1String("locked"))
        ts.server.store().setLocked(id, true, QStringLiteral("FULL_SYNCING"));
    if (refusal == QLatin1String("unknown"))
        id = QStringLiteral("no-such-instance");

    const CtlRun r = runCtlNoRetries(ts, {QStringLiteral("enable"), id});
    QVERIFY2(r.exitCode == exitCode, qPrintable(r.describe()));
    QVERIFY2(r.outText().contains(QLatin1String(": failed: ")), qPrintable(r.describe()));
    QVERIFY2(r.outText().contains(words, Qt::CaseInsensitive), qPrintable(r.describe()));
    QVERIFY(!stored(ts, id, "isActive"));
    QVERIFY(ts.countRequests(togglePath(id), "POST") <= 1);
}

void TestCtlLifecycle::aToggleWhoseAnswerTimesOutIsNotResent()
{
    TestServer ts(Dialect::PipesHub, 0);
    const QString id = addInstance(ts, {{QStringLiteral("isActive"), true}});
    Fault slow;
    slow.mode = Fault::Mode::Latency;
    slow.latencyMs = 2000;
    slow.method = "POST";
    slow.pathPrefix = togglePath(id);
    ts.server.injectFault(slow);

    const CtlRun r = runCtlNoRetries(ts,
                                     {QStringLiteral("--timeout"),
                                      QStringLiteral("0.5"),
                                      QStringLiteral("--output"),
                                      QStringLiteral("json"),
                                      QStringLiteral("disable"),
                                      id});
    // The server did it; the read-back shows it, so the core says done. Never sent a second time.
    const QList<QJsonObject> lines = r.jsonLines();
    QVERIFY2(lines.size() == 1, qPrintable(r.describe()));
    const QString result = lines.at(0).value(QLatin1String("result")).toString();
    QVERIFY2((result == QLatin1String("done") && r.exitCode == 0)
                 || (result == QLatin1String("unknown") && r.exitCode == 6),
             qPrintable(r.describe()));
    QCOMPARE(ts.countRequests(togglePath(id), "POST"), 1);
    QTest::qWait(2200); // the late answer reaches nobody, and nothing else is sent
    QCOMPARE(ts.countRequests(togglePath(id), "POST"), 1);
    QVERIFY(!stored(ts, id, "isActive"));
}

void TestCtlLifecycle::aToggleAnswered504IsUnknown()
{
    // A gateway timeout: the toggle may or may not have been done (here it was not). It is not sent
    // again, the read-back says the flag is unchanged, and the outcome is unknown: exit 6.
    TestServer ts(Dialect::PipesHub, 0);
    const QString id = addInstance(ts, {{QStringLiteral("isActive"), true}});
    Fault gateway;
    gateway.mode = Fault::Mode::Status;
    gateway.status = 504;
    gateway.count = 5;
    gateway.method = "POST";
    ts.server.injectFault(gateway);
    const CtlRun r
        = runCtlNoRetries(ts, {QStringLiteral("--retries"), QStringLiteral("3"), QStringLiteral("disable"), id});
    QVERIFY2(r.exitCode == 6, qPrintable(r.describe()));
    QVERIFY2(r.outText().contains(QLatin1String(": unknown: ")) && r.outText().contains(QLatin1String("504"))
                 && r.outText().contains(QLatin1String("it reads enabled now")),
             qPrintable(r.describe()));
    QCOMPARE(ts.countRequests(togglePath(id), "POST"), 1);
    QVERIFY(stored(ts, id, "isActive"));
}

void TestCtlLifecycle::oneBadIdSendsNothing_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("enable") << QStringLiteral("enable");
    QTest::newRow("disable") << QStringLiteral("disable");
    QTest::newRow("delete") << QStringLiteral("delete");
}

void TestCtlLifecycle::oneBadIdSendsNothing()
{
    QFETCH(QString, command);
    TestServer ts(Dialect::PipesHub, 0);
    const QString a = addInstance(ts, {{QStringLiteral("isActive"), true}});
    const QString b = addInstance(ts);
    const QByteArray input = b.toUtf8() + "\n\n  " + a.toUtf8() + "  \nbad/id\n";
    const QStringList yes = command == QLatin1String("delete") ? QStringList{QStringLiteral("--yes")} : QStringList();
    const CtlRun fromStdin
        = runCtlNoRetries(ts, QStringList{command} + yes + QStringList{a, QStringLiteral("-")}, input);
    QVERIFY2(fromStdin.exitCode == 2, qPrintable(fromStdin.describe()));
    QVERIFY2(fromStdin.errText().contains(QLatin1String("\"bad/id\" (standard input, line 4)")),
             qPrintable(fromStdin.describe()));
    QVERIFY(fromStdin.outText().isEmpty());

    const CtlRun fromArguments
        = runCtlNoRetries(ts, QStringList{command} + yes + QStringList{a, QStringLiteral("x y"), b});
    QVERIFY2(fromArguments.exitCode == 2, qPrintable(fromArguments.describe()));
    QVERIFY2(fromArguments.errText().contains(QLatin1String("\"x y\" (argument 2)")),
             qPrintable(fromArguments.describe()));
    QVERIFY(ts.server.requestLog().isEmpty());
}

void TestCtlLifecycle::jsonLinesAndTheWorstExitCode()
{
    QFETCH(Dialect, dialect);
    TestServer ts(dialect, 0);
    ts.server.setSyncDuration(kLong);
    const QString already = addInstance(ts, {{QStringLiteral("isActive"), true}});
    const QString toEnable = addInstance(ts);
    const QString unconfigured = addInstance(ts, {{QStringLiteral("isConfigured"), false}});
    const QString missing = QStringLiteral("no-such-instance");
    const QByteArray input = toEnable.toUtf8() + '\n' + unconfigured.toUtf8() + '\n';
    const CtlRun r = runCtlNoRetries(ts,
                                     {QStringLiteral("--output"),
                                      QStringLiteral("json"),
                                      QStringLiteral("enable"),
                                      already,
                                      QStringLiteral("-"),
                                      missing},
                                     input);
    QVERIFY2(r.exitCode == 5, qPrintable(r.describe())); // 0, 0, 5 (400) and 3 (404): the worst is 5
    const QList<QJsonObject> lines = r.jsonLines();
    QVERIFY2(lines.size() == 4, qPrintable(r.describe()));
    const QStringList ids{already, toEnable, unconfigured, missing}; // in the order given
    const QStringList results{
        QStringLiteral("already"), QStringLiteral("done"), QStringLiteral("failed"), QStringLiteral("failed")};
    for (int i = 0; i < 4; ++i) {
        const QJsonObject& line = lines.at(i);
        QCOMPARE(line.value(QLatin1String("connectorId")).toString(), ids.at(i));
        QCOMPARE(line.value(QLatin1String("result")).toString(), results.at(i));
        for (const char* key : {"instanceName", "isActive", "agentEnabled", "message"})
            QVERIFY2(line.contains(QLatin1String(key)), key);
    }
    QCOMPARE(lines.at(0).value(QLatin1String("instanceName")).toString(), QStringLiteral("Lifecycle test"));
    QVERIFY(lines.at(1).value(QLatin1String("isActive")).toBool());
    QVERIFY(lines.at(2).value(QLatin1String("message")).toString().contains(QLatin1String("must be configured")));
    QVERIFY(lines.at(3).value(QLatin1String("isActive")).isNull());
    QVERIFY(stored(ts, toEnable, "isActive"));
}

void TestCtlLifecycle::csvHasAHeader()
{
    TestServer ts(Dialect::PipesHub, 0);
    const QString id = addInstance(ts, {{QStringLiteral("isActive"), true}});
    const CtlRun r
        = runCtlNoRetries(ts, {QStringLiteral("--output"), QStringLiteral("csv"), QStringLiteral("enable"), id});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.outText(),
             QStringLiteral("connectorId,instanceName,result,isActive,agentEnabled,message\r\n") + id
                 + QStringLiteral(",Lifecycle test,already,true,false,\r\n"));
}

void TestCtlLifecycle::concurrencyBoundsRequestsInFlight()
{
    // Each enable of an enabled instance is one GET; every answer takes 400 ms. Those that arrive
    // before the first answer could have come back were all in flight at once.
    TestServer ts(Dialect::PipesHub, 0);
    QStringList ids;
    for (int i = 0; i < 6; ++i)
        ids.append(addInstance(ts, {{QStringLiteral("isActive"), true}}));
    ts.server.setLatency(400);
    for (const int concurrency : {1, 2, 4}) {
        ts.server.clearRequestLog();
        QElapsedTimer clock;
        QList<qint64> arrivals;
        const QMetaObject::Connection logged = connect(
            &ts.server, &devserver::DevServer::requestServed, this, [&] { arrivals.append(clock.elapsed()); });
        clock.start();
        const CtlRun r = runCtlNoRetries(
            ts,
            QStringList{QStringLiteral("enable"), QStringLiteral("--concurrency"), QString::number(concurrency)} + ids);
        disconnect(logged);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(arrivals.size(), 6);
        int inFirstWindow = 0;
        for (const qint64 at : std::as_const(arrivals))
            inFirstWindow += at < arrivals.constFirst() + 300 ? 1 : 0;
        QCOMPARE(inFirstWindow, concurrency);
    }
    const CtlRun refused = runCtlNoRetries(
        ts, {QStringLiteral("enable"), QStringLiteral("--concurrency"), QStringLiteral("17"), ids.at(0)});
    QCOMPARE(refused.exitCode, 2);
}

void TestCtlLifecycle::deleteTakesSeveralIds()
{
    QFETCH(Dialect, dialect);
    TestServer ts(dialect, 0);
    const QString a = addInstance(ts);
    const QString b = addInstance(ts);
    const QString locked = addInstance(ts);
    ts.server.store().setLocked(locked, true, QStringLiteral("SYNCING"));

    const CtlRun noYes = runCtlNoRetries(ts, {QStringLiteral("delete"), a, b});
    QCOMPARE(noYes.exitCode, 2);
    QVERIFY(ts.server.requestLog().isEmpty());

    const CtlRun r = runCtlNoRetries(ts,
                                     {QStringLiteral("--output"),
                                      QStringLiteral("json"),
                                      QStringLiteral("delete"),
                                      QStringLiteral("--yes"),
                                      QStringLiteral("--concurrency"),
                                      QStringLiteral("2"),
                                      QStringLiteral("-"),
                                      locked},
                                     a.toUtf8() + '\n' + b.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 5, qPrintable(r.describe())); // the locked one: 409
    const QList<QJsonObject> lines = r.jsonLines();
    QVERIFY2(lines.size() == 2, qPrintable(r.describe()));
    QCOMPARE(lines.at(0).value(QLatin1String("deleted")).toString(), a);
    QCOMPARE(lines.at(1).value(QLatin1String("deleted")).toString(), b);
    QVERIFY2(r.errText().contains(locked + QStringLiteral(": ")), qPrintable(r.describe()));
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/"), "DELETE"), 3);
}

void TestCtlLifecycle::deleteOfOneIdPrintsAsBefore()
{
    TestServer ts(Dialect::Published, 0);
    const QString id = addInstance(ts);
    const CtlRun r = runCtlNoRetries(
        ts,
        {QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("delete"), QStringLiteral("--yes"), id});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    // One id: the indented object of a single delete, not a JSON line.
    QVERIFY2(r.outText().startsWith(QLatin1String("{\n")), qPrintable(r.describe()));
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("deleted")).toString(), id);
    const CtlRun missing = runCtlNoRetries(ts, {QStringLiteral("delete"), QStringLiteral("--yes"), id});
    QCOMPARE(missing.exitCode, 3);
}

QTEST_GUILESS_MAIN(TestCtlLifecycle)
#include "tst_ctllifecycle.moc"
