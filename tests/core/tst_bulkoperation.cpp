// BulkOperation over real HTTP against the dev server: a 500-instance disable with
// refusals mixed in fails those items only, with the server's words; cancel sends nothing new; a 429
// re-issues the refused item after the wait, which the server then processes exactly once; a delete
// whose answer is lost is Unknown and never sent again; "retry failed" runs only the failed items; a
// plan of bare ids (connectorctl's) reads each instance first.
#include "testserver.h"

#include "core/net/apiclient.h"
#include "core/ops/bulkoperation.h"
#include "devserver/connectorstore.h"

#include <QSignalSpy>
#include <QTest>

using devserver::Dialect;
using devserver::Fault;

namespace {

// `count` active, configured team instances; returns them as a client would have listed them.
QList<ConnectorInstance> seed(TestServer& ts, int count)
{
    QList<ConnectorInstance> instances;
    for (int i = 0; i < count; ++i) {
        QJsonObject fields{{QStringLiteral("type"), QStringLiteral("Confluence")},
                           {QStringLiteral("authType"), QStringLiteral("API_TOKEN")},
                           {QStringLiteral("scope"), QStringLiteral("team")},
                           {QStringLiteral("name"), QStringLiteral("Bulk %1").arg(i, 4, 10, QLatin1Char('0'))},
                           {QStringLiteral("isConfigured"), true},
                           {QStringLiteral("isAuthenticated"), true},
                           {QStringLiteral("isActive"), true}};
        ConnectorInstance instance;
        instance.id = ts.server.store().addInstance(fields);
        instance.name = fields.value(QStringLiteral("name")).toString();
        instance.scope = ConnectorScope::Team;
        instance.isActive = true;
        instances.append(instance);
    }
    return instances;
}

bool storedActive(TestServer& ts, const QString& id)
{
    return ts.server.store().instance(id).value(QStringLiteral("isActive")).toBool();
}

void runToEnd(BulkOperation& op)
{
    QSignalSpy finished(&op, &BulkOperation::finished);
    if (op.isRunning())
        QVERIFY2(finished.wait(60000), "the bulk run did not finish");
}

Fault statusFault(const QString& path, int status, const QByteArray& body, const QByteArray& method = "POST")
{
    Fault fault;
    fault.status = status;
    fault.body = body;
    fault.method = method;
    fault.pathPrefix = path;
    return fault;
}

QString togglePath(const QString& id)
{
    return QStringLiteral("/connectors/%1/toggle").arg(id);
}

} // namespace

class TestBulkOperation : public QObject
{
    Q_OBJECT

private slots:
    void planSaysWhatIsSkippedAndWhy();
    void fiveHundredWithRefusalsFailOnlyThose();
    void cancelSendsNothingNew();
    void a429IsReissuedAfterTheWaitAndProcessedOnce();
    void a429OnDeleteIsReissuedAndDeletesOnce();
    void aDeleteWhoseAnswerIsLostIsUnknownAndNotResent();
    void retryFailedRunsOnlyTheFailed();
    void aRunStopsWhenTheClientMovesToAnotherServer();
    void theReportSpeaksTheOutputNames();
    void aPlanOfIdsReadsEachInstanceFirst();
};

void TestBulkOperation::planSaysWhatIsSkippedAndWhy()
{
    ConnectorInstance active;
    active.id = QStringLiteral("a");
    active.isActive = true;
    active.scope = ConnectorScope::Team;
    ConnectorInstance inactive = active;
    inactive.id = QStringLiteral("b");
    inactive.isActive = false;
    ConnectorInstance locked = active;
    locked.id = QStringLiteral("c");
    locked.isLocked = true;
    ConnectorInstance deleting = active;
    deleting.id = QStringLiteral("d");
    deleting.status = JobStatus::Deleting;
    deleting.scope = ConnectorScope::Personal;

    const BulkPlan plan = BulkPlan::make(BulkAction::DisableSync, {active, inactive, locked, deleting});
    QCOMPARE(plan.toSend.size(), 1);
    QCOMPARE(plan.toSend.first().id, QStringLiteral("a"));
    QCOMPARE(plan.skipped.size(), 3);
    QCOMPARE(plan.skipped.at(0).second, QStringLiteral("Sync is already disabled."));
    QCOMPARE(plan.skipped.at(1).second, locked.lockReason());
    QCOMPARE(plan.skipped.at(2).second, QStringLiteral("Being deleted."));
    QCOMPARE(plan.counts.value(QStringLiteral("team")).value(QStringLiteral("active")), 1);
    QCOMPARE(plan.counts.value(QStringLiteral("team")).value(QStringLiteral("locked")), 1);
    QCOMPARE(plan.counts.value(QStringLiteral("personal")).value(QStringLiteral("deleting")), 1);

    const BulkPlan deletion = BulkPlan::make(BulkAction::Delete, {active, inactive, locked, deleting});
    QCOMPARE(deletion.toSend.size(), 2);
    QCOMPARE(deletion.teamCount, 2);
}

void TestBulkOperation::fiveHundredWithRefusalsFailOnlyThose()
{
    TestServer ts(Dialect::PipesHub, 0);
    const QList<ConnectorInstance> instances = seed(ts, 500);
    // Refusals the selection could not know of: locked since, forbidden, gone.
    const QString locked = instances.at(17).id;
    const QString forbidden = instances.at(250).id;
    const QString gone = instances.at(499).id;
    ts.server.store().setLocked(locked, true, QStringLiteral("FULL_SYNCING"));
    ts.server.injectFault(
        statusFault(togglePath(forbidden), 403, R"({"error":{"message":"Not allowed on this instance"}})"));
    ts.server.store().removeInstance(gone);

    BulkOperation op(ts.client.get(), BulkPlan::make(BulkAction::DisableSync, instances));
    op.start();
    runToEnd(op);

    QCOMPARE(op.count(BulkItem::State::Done), 497);
    QCOMPARE(op.count(BulkItem::State::Failed), 3);
    for (const BulkItem& item : op.items()) {
        const QString id = item.instance.id;
        if (id == locked) {
            QCOMPARE(item.state, BulkItem::State::Failed);
            QVERIFY2(item.message.contains(QStringLiteral("locked")), qPrintable(item.message));
            QVERIFY(storedActive(ts, id));
        } else if (id == forbidden) {
            QCOMPARE(item.state, BulkItem::State::Failed);
            QVERIFY2(item.message.contains(QStringLiteral("Not allowed on this instance")), qPrintable(item.message));
            QVERIFY(storedActive(ts, id));
        } else if (id == gone) {
            QCOMPARE(item.state, BulkItem::State::Failed);
            QCOMPARE(item.error.kind, ApiError::Kind::NotFound);
        } else {
            QCOMPARE(item.state, BulkItem::State::Done);
            QVERIFY(!storedActive(ts, id));
        }
    }
    // One toggle per instance still there (the locked and the forbidden were refused), never two.
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/"), "POST"), 499);
}

void TestBulkOperation::cancelSendsNothingNew()
{
    TestServer ts(Dialect::PipesHub, 0);
    const QList<ConnectorInstance> instances = seed(ts, 200);
    BulkOperation op(ts.client.get(), BulkPlan::make(BulkAction::DisableSync, instances));
    op.setConcurrency(3);

    int requestsAtCancel = -1;
    QSet<QString> inFlightAtCancel;
    connect(&op, &BulkOperation::progressChanged, this, [&] {
        if (requestsAtCancel >= 0 || op.count(BulkItem::State::Done) < 20)
            return;
        for (const BulkItem& item : op.items()) {
            if (item.state == BulkItem::State::Running)
                inFlightAtCancel.insert(item.instance.id);
        }
        requestsAtCancel = int(ts.server.requestLog().size());
        op.cancel();
    });
    op.start();
    runToEnd(op);

    QVERIFY(requestsAtCancel > 0);
    QVERIFY(!inFlightAtCancel.isEmpty());
    QVERIFY(inFlightAtCancel.size() <= 3);
    // After the cancel, only the calls in flight went on (their toggle and read-back).
    const QList<devserver::LoggedRequest> log = ts.server.requestLog();
    for (qsizetype i = requestsAtCancel; i < log.size(); ++i) {
        const QString id = log.at(i).path.section(QLatin1Char('/'), 4, 4);
        QVERIFY2(inFlightAtCancel.contains(id), qPrintable(log.at(i).path));
    }
    QCOMPARE(op.count(BulkItem::State::Cancelled), 200 - op.count(BulkItem::State::Done));
    QVERIFY(op.count(BulkItem::State::Cancelled) >= 170);
    for (const BulkItem& item : op.items())
        QCOMPARE(storedActive(ts, item.instance.id), item.state == BulkItem::State::Cancelled);
}

void TestBulkOperation::a429IsReissuedAfterTheWaitAndProcessedOnce()
{
    TestServer ts(Dialect::PipesHub, 0);
    const QList<ConnectorInstance> instances = seed(ts, 12);
    const QString refused = instances.at(2).id;
    Fault busy = statusFault(togglePath(refused), 429, R"({"error":{"message":"Too many requests"}})");
    busy.retryAfterSeconds = 1;
    ts.server.injectFault(busy);

    BulkOperation op(ts.client.get(), BulkPlan::make(BulkAction::DisableSync, instances));
    QSignalSpy slowed(&op, &BulkOperation::slowedDown);
    op.start();
    runToEnd(op);

    QCOMPARE(op.count(BulkItem::State::Done), 12);
    QCOMPARE(op.rateLimitedCount(), 1);
    QCOMPARE(slowed.size(), 1);
    QCOMPARE(slowed.first().at(0).toInt(), 1000); // the server's Retry-After
    QCOMPARE(slowed.first().at(1).toInt(), BulkOperation::defaultConcurrency / 2);
    for (const BulkItem& item : op.items())
        QCOMPARE(item.attempts, item.instance.id == refused ? 2 : 1);
    // Refused once, then toggled once: a second toggle would have switched it back on.
    QCOMPARE(ts.countRequests(togglePath(refused), "POST"), 2);
    QVERIFY(!storedActive(ts, refused));
}

void TestBulkOperation::a429OnDeleteIsReissuedAndDeletesOnce()
{
    TestServer ts(Dialect::Published, 0);
    const QList<ConnectorInstance> instances = seed(ts, 6);
    const QString refused = instances.at(0).id;
    Fault busy = statusFault(QStringLiteral("/connectors/") + refused, 429, {}, "DELETE");
    busy.retryAfterSeconds = 0;
    ts.server.injectFault(busy);

    BulkOperation op(ts.client.get(), BulkPlan::make(BulkAction::Delete, instances));
    op.start();
    runToEnd(op);

    QCOMPARE(op.count(BulkItem::State::Done), 6);
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/") + refused, "DELETE"), 2);
    QCOMPARE(ts.server.store().count(), 0);
}

void TestBulkOperation::aDeleteWhoseAnswerIsLostIsUnknownAndNotResent()
{
    TestServer ts(Dialect::Published, 0);
    const QList<ConnectorInstance> instances = seed(ts, 3);
    const QString slow = instances.at(1).id;
    Fault late;
    late.mode = Fault::Mode::Latency;
    late.latencyMs = 1500;
    late.method = "DELETE";
    late.pathPrefix = QStringLiteral("/connectors/") + slow;
    ts.server.injectFault(late);
    ts.client->setTimeout(300);

    BulkOperation op(ts.client.get(), BulkPlan::make(BulkAction::Delete, instances));
    op.start();
    runToEnd(op);

    QCOMPARE(op.count(BulkItem::State::Done), 2);
    QCOMPARE(op.count(BulkItem::State::Unknown), 1);
    QCOMPARE(op.items().at(1).error.kind, ApiError::Kind::Timeout);
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/") + slow, "DELETE"), 1);
    QVERIFY(!op.retryFailed()); // Unknown is not Failed: never sent again
}

void TestBulkOperation::retryFailedRunsOnlyTheFailed()
{
    TestServer ts(Dialect::PipesHub, 0);
    const QList<ConnectorInstance> instances = seed(ts, 8);
    const QString refused = instances.at(5).id;
    ts.server.injectFault(statusFault(togglePath(refused), 409, R"({"error":{"message":"Held by a job"}})"));

    BulkOperation op(ts.client.get(), BulkPlan::make(BulkAction::DisableSync, instances));
    op.start();
    runToEnd(op);
    QCOMPARE(op.count(BulkItem::State::Failed), 1);
    QVERIFY(op.items().at(5).message.contains(QStringLiteral("Held by a job")));

    ts.server.clearRequestLog();
    QSignalSpy finished(&op, &BulkOperation::finished);
    QVERIFY(op.retryFailed());
    QVERIFY(finished.wait(10000));
    QCOMPARE(op.count(BulkItem::State::Done), 8);
    QCOMPARE(op.count(BulkItem::State::Failed), 0);
    for (const devserver::LoggedRequest& r : ts.server.requestLog())
        QVERIFY2(r.path.contains(refused), qPrintable(r.path));
    QVERIFY(!storedActive(ts, refused));
}

void TestBulkOperation::aRunStopsWhenTheClientMovesToAnotherServer()
{
    TestServer ts(Dialect::PipesHub, 0);
    TestServer other(Dialect::PipesHub, 0);
    const QList<ConnectorInstance> instances = seed(ts, 10);
    BulkOperation op(ts.client.get(), BulkPlan::make(BulkAction::DisableSync, instances));
    op.setConcurrency(1);
    connect(&op, &BulkOperation::progressChanged, this, [&] {
        if (op.count(BulkItem::State::Done) == 2)
            ts.client->setBaseUrl(other.server.baseUrl()); // the admin opened another server
    });
    op.start();
    runToEnd(op);
    QCOMPARE(op.count(BulkItem::State::Done), 2);
    QCOMPARE(op.count(BulkItem::State::Cancelled), 8);
    QCOMPARE(other.server.requestLog().size(), 0);
}

void TestBulkOperation::theReportSpeaksTheOutputNames()
{
    BulkItem item;
    item.instance.id = QStringLiteral("id-1");
    item.instance.name = QStringLiteral("Drive, \"main\"");
    item.instance.scope = ConnectorScope::Team;
    item.state = BulkItem::State::Failed;
    item.message = QStringLiteral("Forbidden (403)");
    const QString csv = bulkreport::csv({item});
    QCOMPARE(csv,
             QStringLiteral("connectorId,instanceName,scope,result,message\r\n"
                            "id-1,\"Drive, \"\"main\"\"\",team,failed,Forbidden (403)\r\n"));
    const QString text = bulkreport::text(BulkAction::Delete, {item});
    QVERIFY(text.startsWith(QStringLiteral("Delete: 1 instances (1 failed)\n")));
    QVERIFY(text.contains(QStringLiteral("id-1\tDrive, \"main\"\tfailed\tForbidden (403)")));
}

void TestBulkOperation::aPlanOfIdsReadsEachInstanceFirst()
{
    // connectorctl has ids, not instances: nothing is skipped up front, each toggle reads its instance
    // (one already disabled ends Skipped, untouched) and the items carry the instance as read.
    TestServer ts(Dialect::PipesHub, 0);
    const QList<ConnectorInstance> instances = seed(ts, 2);
    const QString already = ts.server.store().addInstance({{QStringLiteral("type"), QStringLiteral("Confluence")},
                                                           {QStringLiteral("authType"), QStringLiteral("API_TOKEN")},
                                                           {QStringLiteral("scope"), QStringLiteral("team")},
                                                           {QStringLiteral("name"), QStringLiteral("Already off")},
                                                           {QStringLiteral("isConfigured"), true},
                                                           {QStringLiteral("isActive"), false}});
    const QStringList ids{instances.at(0).id, already, instances.at(1).id};
    const QStringList names{instances.at(0).name, QStringLiteral("Already off"), instances.at(1).name};
    const BulkPlan plan = BulkPlan::fromIds(BulkAction::DisableSync, ids);
    QCOMPARE(plan.toSend.size(), 3);
    QVERIFY(plan.skipped.isEmpty());

    BulkOperation op(ts.client.get(), plan);
    op.start();
    runToEnd(op);
    QCOMPARE(op.count(BulkItem::State::Done), 2);
    QCOMPARE(op.count(BulkItem::State::Skipped), 1);
    for (int i = 0; i < 3; ++i) {
        const BulkItem& item = op.items().at(i);
        QCOMPARE(item.instance.id, ids.at(i)); // in the order of the ids
        QVERIFY(item.instanceRead);
        QCOMPARE(item.instance.name, names.at(i));
        QCOMPARE(item.state, ids.at(i) == already ? BulkItem::State::Skipped : BulkItem::State::Done);
        QVERIFY(!storedActive(ts, ids.at(i)));
    }
    QCOMPARE(ts.countRequests(togglePath(already), "POST"), 0);
}

QTEST_GUILESS_MAIN(TestBulkOperation)
#include "tst_bulkoperation.moc"
