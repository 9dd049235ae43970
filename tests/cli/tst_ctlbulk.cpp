// connectorctl enable, disable and delete of many ids run on the console's BulkOperation: in-process
// (ConnectorCtl against buffers), over real HTTP to a dev server on 127.0.0.1 whose fault injection
// answers 429 with Retry-After, delays an answer past the timeout or cuts it. A 429 is no failure:
// the refused call is sent again once Retry-After has passed and ends done; a delete whose answer was
// lost is unknown and never sent again (the server's request log shows one DELETE), exit status 6.
#include "ctltest.h"

#include "devserver/connectorstore.h"

#include <QElapsedTimer>
#include <QTest>

using devserver::Dialect;
using devserver::Fault;
using namespace ctltest;

Q_DECLARE_METATYPE(devserver::Fault::Mode)

namespace {

// `count` active, configured team instances on the server; their ids in order.
QStringList seed(TestServer& ts, int count)
{
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        ids.append(ts.server.store().addInstance({{QStringLiteral("type"), QStringLiteral("Confluence")},
                                                  {QStringLiteral("authType"), QStringLiteral("API_TOKEN")},
                                                  {QStringLiteral("scope"), QStringLiteral("team")},
                                                  {QStringLiteral("name"), QStringLiteral("Bulk %1").arg(i)},
                                                  {QStringLiteral("isConfigured"), true},
                                                  {QStringLiteral("isAuthenticated"), true},
                                                  {QStringLiteral("isActive"), true}}));
    }
    return ids;
}

QString togglePath(const QString& id)
{
    return QStringLiteral("/connectors/%1/toggle").arg(id);
}

QString instancePath(const QString& id)
{
    return QStringLiteral("/connectors/") + id;
}

Fault busy(const QString& path, const QByteArray& method, int retryAfterSeconds)
{
    Fault fault;
    fault.mode = Fault::Mode::Status;
    fault.status = 429;
    fault.body = R"({"error":{"message":"Too many requests"}})";
    fault.retryAfterSeconds = retryAfterSeconds;
    fault.method = method;
    fault.pathPrefix = path;
    return fault;
}

// When each request reached the server, in ms since a clock started; `path` as countRequests takes it.
struct Arrivals
{
    QList<QPair<QString, qint64>> log; // method and path, time

    QList<qint64> of(const QByteArray& method, const QString& path) const
    {
        QList<qint64> times;
        const QString key = QString::fromLatin1(method) + QStringLiteral(" /api/v1") + path;
        for (const auto& entry : log) {
            if (entry.first == key)
                times.append(entry.second);
        }
        return times;
    }
};

} // namespace

class TestCtlBulk : public CtlTestCase
{
    Q_OBJECT

private slots:
    void a429OnAToggleIsSentAgainAfterRetryAfterAndEndsDone();
    void aDeleteWhoseAnswerIsLostIsUnknownAndSentOnce_data();
    void aDeleteWhoseAnswerIsLostIsUnknownAndSentOnce();
    void a429OnADeleteIsSentAgainAfterRetryAfter();
    void aSingleDeleteRefused429PrintsAsBefore();

private:
    // Records the arrival of every request at `ts` into `arrivals` until the returned connection ends.
    QMetaObject::Connection record(TestServer& ts, QElapsedTimer& clock, Arrivals& arrivals)
    {
        return connect(&ts.server, &devserver::DevServer::requestServed, this, [&](const devserver::LoggedRequest& r) {
            arrivals.log.append({QString::fromLatin1(r.method) + QLatin1Char(' ') + r.path, clock.elapsed()});
        });
    }
};

void TestCtlBulk::a429OnAToggleIsSentAgainAfterRetryAfterAndEndsDone()
{
    TestServer ts(Dialect::PipesHub, 0);
    const QStringList ids = seed(ts, 10);
    const QStringList refused{ids.at(2), ids.at(6)};
    for (const QString& id : refused)
        ts.server.injectFault(busy(togglePath(id), "POST", 1));

    QElapsedTimer clock;
    Arrivals arrivals;
    const QMetaObject::Connection logged = record(ts, clock, arrivals);
    clock.start();
    const CtlRun r = runCtl(ts, QStringList{"--output", "json", "disable"} + ids);
    disconnect(logged);

    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QList<QJsonObject> lines = r.jsonLines();
    QVERIFY2(lines.size() == ids.size(), qPrintable(r.describe()));
    for (int i = 0; i < ids.size(); ++i) {
        QCOMPARE(lines.at(i).value(QLatin1String("connectorId")).toString(), ids.at(i)); // in the order given
        QCOMPARE(lines.at(i).value(QLatin1String("result")).toString(), QStringLiteral("done"));
        QCOMPARE(lines.at(i).value(QLatin1String("isActive")).toBool(true), false);
        QVERIFY(!stored(ts, ids.at(i), "isActive"));
    }
    // One slowdown said on stderr for each 429, never as a failure.
    QCOMPARE(r.errText().count(QStringLiteral("(HTTP 429)")), 2);
    QVERIFY2(r.errText().contains(QLatin1String("sending again in 1 s")), qPrintable(r.describe()));
    QVERIFY2(!r.outText().contains(QLatin1String("failed")), qPrintable(r.describe()));

    for (const QString& id : ids) {
        const QList<qint64> toggles = arrivals.of("POST", togglePath(id));
        if (refused.contains(id)) {
            // Refused with Retry-After: 1, then sent again no sooner than a second later.
            QVERIFY2(toggles.size() == 2, qPrintable(id));
            QVERIFY2(toggles.at(1) - toggles.at(0) >= 900, qPrintable(QString::number(toggles.at(1) - toggles.at(0))));
        } else {
            // Done the first time: never sent twice (a second toggle would switch it back on).
            QVERIFY2(toggles.size() == 1, qPrintable(id));
        }
        QCOMPARE(ts.countRequests(togglePath(id), "POST"), int(toggles.size()));
    }
}

void TestCtlBulk::aDeleteWhoseAnswerIsLostIsUnknownAndSentOnce_data()
{
    QTest::addColumn<Fault::Mode>("mode");
    QTest::newRow("the answer comes after the timeout") << Fault::Mode::Latency;
    QTest::newRow("the connection is cut mid-answer") << Fault::Mode::ResetMidBody;
}

void TestCtlBulk::aDeleteWhoseAnswerIsLostIsUnknownAndSentOnce()
{
    QFETCH(Fault::Mode, mode);
    TestServer ts(Dialect::Published, 0); // deletes at once: the store shows what was carried out
    const QStringList ids = seed(ts, 6);
    const QString lost = ids.at(3);
    Fault fault;
    fault.mode = mode;
    fault.latencyMs = 1500;
    fault.method = "DELETE";
    fault.pathPrefix = instancePath(lost);
    ts.server.injectFault(fault);

    // --retries 3: the transport would retry a DELETE that timed out; the bulk run must not.
    const CtlRun r
        = runCtl(ts, QStringList{"--timeout", "0.5", "--retries", "3", "--output", "json", "delete", "--yes"} + ids);
    QVERIFY2(r.exitCode == 6, qPrintable(r.describe()));
    const QList<QJsonObject> lines = r.jsonLines();
    QVERIFY2(lines.size() == ids.size() - 1, qPrintable(r.describe()));
    QStringList deleted;
    for (const QJsonObject& line : lines)
        deleted.append(line.value(QLatin1String("deleted")).toString());
    QStringList others = ids;
    others.removeAll(lost);
    QCOMPARE(deleted, others); // in the order given
    QVERIFY2(r.errText().contains(lost + QStringLiteral(": ")), qPrintable(r.describe()));
    QVERIFY2(r.errText().contains(QLatin1String("unknown whether it was deleted; it was not sent again")),
             qPrintable(r.describe()));

    QTest::qWait(mode == Fault::Mode::Latency ? 1500 : 100); // a late answer reaches nobody; nothing more is sent
    QCOMPARE(ts.countRequests(instancePath(lost), "DELETE"), 1);
    for (const QString& id : others)
        QCOMPARE(ts.countRequests(instancePath(id), "DELETE"), 1);
    QVERIFY(!ts.server.store().contains(lost)); // the server did carry it out: a retry would have been wrong
    QCOMPARE(ts.server.store().count(), 0);
}

void TestCtlBulk::a429OnADeleteIsSentAgainAfterRetryAfter()
{
    TestServer ts(Dialect::Published, 0);
    const QStringList ids = seed(ts, 5);
    const QString refused = ids.at(1);
    ts.server.injectFault(busy(instancePath(refused), "DELETE", 1));

    QElapsedTimer clock;
    Arrivals arrivals;
    const QMetaObject::Connection logged = record(ts, clock, arrivals);
    clock.start();
    // --retries 0: the transport does not retry; the 429 is paced by the bulk run alone.
    const CtlRun r
        = runCtl(ts, QStringList{"--retries", "0", "--output", "csv", "delete", "--concurrency", "2", "--yes"} + ids);
    disconnect(logged);

    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    bool crlf = false;
    const QList<QStringList> records = parseCsv(r.outText(), &crlf);
    QVERIFY(crlf);
    QVERIFY2(records.size() == ids.size() + 1, qPrintable(r.describe())); // one header, a row each
    QCOMPARE(records.at(0).value(0), QStringLiteral("deleted"));
    for (int i = 0; i < ids.size(); ++i)
        QCOMPARE(records.at(i + 1).value(0), ids.at(i));
    QVERIFY2(r.errText().contains(QLatin1String("(HTTP 429)")), qPrintable(r.describe()));

    const QList<qint64> deletes = arrivals.of("DELETE", instancePath(refused));
    QCOMPARE(deletes.size(), 2);
    QVERIFY2(deletes.at(1) - deletes.at(0) >= 900, qPrintable(QString::number(deletes.at(1) - deletes.at(0))));
    for (const QString& id : ids)
        QCOMPARE(ts.countRequests(instancePath(id), "DELETE"), id == refused ? 2 : 1);
    QCOMPARE(ts.server.store().count(), 0);
}

void TestCtlBulk::aSingleDeleteRefused429PrintsAsBefore()
{
    // One id goes through the same run: the 429 is waited out, and the answer prints as a single
    // delete always has (an indented JSON object, not a JSON line).
    TestServer ts(Dialect::PipesHub, 0);
    const QString id = seed(ts, 1).constFirst();
    ts.server.injectFault(busy(instancePath(id), "DELETE", 0));
    const CtlRun r = runCtl(ts, {"--retries", "0", "--output", "json", "delete", id, "--yes"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.startsWith("{\n"), qPrintable(r.describe()));
    QCOMPARE(r.json().value(QLatin1String("deleted")).toString(), id);
    QCOMPARE(r.json().value(QLatin1String("status")).toString(), QStringLiteral("DELETING"));
    QCOMPARE(ts.countRequests(instancePath(id), "DELETE"), 2);
}

QTEST_GUILESS_MAIN(TestCtlBulk)
#include "tst_ctlbulk.moc"
