// ConnectorLifecycle's intents and the lifecycle calls of ApiClient, over real HTTP against the dev
// server in both dialects: enable/disable send the toggle only when the flag differs, never twice
// (not even after a timeout), the server's refusals keep its words, resync follows the server's
// rules, stats keep every status, and the sign-in URL signs the instance in when opened.
#include "testserver.h"

#include "core/net/apiclient.h"
#include "core/net/apireply.h"
#include "core/ops/connectorlifecycle.h"
#include "core/wire/apianswer.h"
#include "devserver/connectorstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using devserver::Dialect;
using devserver::Fault;

Q_DECLARE_METATYPE(devserver::Dialect)

namespace {

constexpr int kLong = 3600000; // background jobs end only when the test moves the clock

LifecycleOutcome wait(LifecycleCall* call)
{
    QPointer<LifecycleCall> guard(call);
    LifecycleOutcome outcome;
    QObject::connect(call, &LifecycleCall::finished, call, [&outcome, call] { outcome = call->outcome(); });
    QSignalSpy finished(call, &LifecycleCall::finished);
    if (!finished.wait(10000))
        qWarning("lifecycle call did not finish");
    return outcome;
}

ApiAnswer answerOf(ApiReply* reply, ApiError* error)
{
    ApiAnswer answer;
    QObject::connect(reply, &ApiReply::finished, reply, [&] {
        *error = reply->error();
        answer = reply->answer();
    });
    QSignalSpy finished(reply, &ApiReply::finished);
    if (!finished.wait(10000))
        qWarning("call did not finish");
    return answer;
}

bool stored(TestServer& ts, const QString& id, const char* field)
{
    return ts.server.store().instance(id).value(QLatin1String(field)).toBool();
}

} // namespace

class TestConnectorLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void dialects_data();
    void enablingWhatIsEnabledSendsNoToggle_data()
    {
        dialects_data();
    }
    void enablingWhatIsEnabledSendsNoToggle();
    void disableThenEnableReadsTheServerBack_data()
    {
        dialects_data();
    }
    void disableThenEnableReadsTheServerBack();
    void theAgentFlagIsItsOwn();
    void refusalsKeepTheServersWords_data();
    void refusalsKeepTheServersWords();
    void aToggleWhoseAnswerIsLostIsNotSentAgain();
    void aToggleAnswered504IsUnknownAndReadBack();
    void resyncFollowsTheServersRules_data()
    {
        dialects_data();
    }
    void resyncFollowsTheServersRules();
    void statsKeepEveryStatus_data()
    {
        dialects_data();
    }
    void statsKeepEveryStatus();
    void theSignInUrlSignsTheInstanceIn();
    void anInvalidIdSendsNothing();
};

void TestConnectorLifecycle::dialects_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::newRow("pipeshub") << Dialect::PipesHub;
    QTest::newRow("published") << Dialect::Published;
}

void TestConnectorLifecycle::enablingWhatIsEnabledSendsNoToggle()
{
    QFETCH(Dialect, dialect);
    TestServer ts(dialect, 0);
    const QString id = addInstance(ts, {{QStringLiteral("isActive"), true}});
    ConnectorLifecycle lifecycle(ts.client.get());
    const LifecycleOutcome outcome = wait(lifecycle.setSyncEnabled(id, true));
    QCOMPARE(outcome.kind, LifecycleOutcome::Kind::AlreadySo);
    QVERIFY(outcome.instance.isActive);
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/") + id, "GET"), 1);
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/") + id + QStringLiteral("/toggle"), "POST"), 0);
}

void TestConnectorLifecycle::disableThenEnableReadsTheServerBack()
{
    QFETCH(Dialect, dialect);
    TestServer ts(dialect, 0);
    ts.server.setSyncDuration(kLong);
    const QString id = addInstance(ts, {{QStringLiteral("isActive"), true}});
    ConnectorLifecycle lifecycle(ts.client.get());

    const LifecycleOutcome disabled = wait(lifecycle.setSyncEnabled(id, false));
    QCOMPARE(disabled.kind, LifecycleOutcome::Kind::Done);
    QVERIFY(!disabled.instance.isActive);
    QVERIFY(!stored(ts, id, "isActive"));
    // 1 GET + 1 POST + 1 GET: the minimum a flipping endpoint allows.
    QCOMPARE(ts.server.requestLog().size(), 3);
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/") + id + QStringLiteral("/toggle"), "POST"), 1);

    const LifecycleOutcome enabled = wait(lifecycle.setSyncEnabled(id, true));
    QCOMPARE(enabled.kind, LifecycleOutcome::Kind::Done);
    QVERIFY(enabled.instance.isActive);
    QVERIFY(stored(ts, id, "isActive"));
    QCOMPARE(ts.server.requestLog().size(), 6);
}

void TestConnectorLifecycle::theAgentFlagIsItsOwn()
{
    TestServer ts(Dialect::PipesHub, 0);
    const QString id = addInstance(ts, {{QStringLiteral("isActive"), true}});
    ConnectorLifecycle lifecycle(ts.client.get());
    const LifecycleOutcome outcome = wait(lifecycle.setAgentEnabled(id, true));
    QCOMPARE(outcome.kind, LifecycleOutcome::Kind::Done);
    QVERIFY(outcome.instance.agentEnabled);
    QVERIFY(outcome.instance.isActive); // sync untouched
    QVERIFY(stored(ts, id, "isAgentActive"));
    const QJsonObject body = QJsonDocument::fromJson(ts.server.requestLog().at(1).body).object(); // the toggle's body
    QCOMPARE(body.value(QLatin1String("type")).toString(), QStringLiteral("agent"));
}

void TestConnectorLifecycle::refusalsKeepTheServersWords_data()
{
    QTest::addColumn<QJsonObject>("fields");
    QTest::addColumn<bool>("agent");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("words");
    QTest::newRow("not configured") << QJsonObject{{QStringLiteral("isConfigured"), false}} << false << 400
                                    << QStringLiteral("must be configured");
    QTest::newRow("OAuth sign-in incomplete") << QJsonObject{{QStringLiteral("authType"), QStringLiteral("OAUTH")},
                                                             {QStringLiteral("isAuthenticated"), false}}
                                              << false << 400 << QStringLiteral("OAuth authentication");
    QTest::newRow("locked") << QJsonObject{{QStringLiteral("isLocked"), true}} << false << 409 << QString();
}

void TestConnectorLifecycle::refusalsKeepTheServersWords()
{
    QFETCH(QJsonObject, fields);
    QFETCH(bool, agent);
    QFETCH(int, status);
    QFETCH(QString, words);
    TestServer ts(Dialect::PipesHub, 0);
    const QString id = addInstance(ts, fields);
    if (fields.contains(QLatin1String("isLocked")))
        ts.server.store().setLocked(id, true, QStringLiteral("FULL_SYNCING"));
    ConnectorLifecycle lifecycle(ts.client.get());
    const LifecycleOutcome outcome
        = wait(agent ? lifecycle.setAgentEnabled(id, true) : lifecycle.setSyncEnabled(id, true));
    QCOMPARE(outcome.kind, LifecycleOutcome::Kind::Failed);
    QCOMPARE(outcome.error.httpStatus, status);
    QVERIFY2(outcome.error.message.contains(words), qPrintable(outcome.error.message));
    QVERIFY(!stored(ts, id, "isActive"));
    // Refused: no read-back needed, nothing sent twice.
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/") + id + QStringLiteral("/toggle"), "POST"), 1);
}

void TestConnectorLifecycle::aToggleWhoseAnswerIsLostIsNotSentAgain()
{
    // The server flips the flag, but its answer comes after the client gave up.
    TestServer ts(Dialect::PipesHub, 0);
    const QString id = addInstance(ts, {{QStringLiteral("isActive"), true}});
    ts.client->setTimeout(300);
    Fault slow;
    slow.mode = Fault::Mode::Latency;
    slow.latencyMs = 2000;
    slow.method = "POST";
    slow.pathPrefix = QStringLiteral("/connectors/") + id + QStringLiteral("/toggle");
    ts.server.injectFault(slow);
    ConnectorLifecycle lifecycle(ts.client.get());
    const LifecycleOutcome outcome = wait(lifecycle.setSyncEnabled(id, false));
    // Read back: the server did it, so it is done, and the toggle went out exactly once.
    QCOMPARE(outcome.kind, LifecycleOutcome::Kind::Done);
    QVERIFY(!outcome.instance.isActive);
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/") + id + QStringLiteral("/toggle"), "POST"), 1);
    QTest::qWait(2200); // the late answer arrives to nobody, and nothing else is sent
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/") + id + QStringLiteral("/toggle"), "POST"), 1);
    QVERIFY(!stored(ts, id, "isActive"));
}

void TestConnectorLifecycle::aToggleAnswered504IsUnknownAndReadBack()
{
    // A gateway timeout: the toggle may or may not have been done; here it was not.
    TestServer ts(Dialect::PipesHub, 0);
    const QString id = addInstance(ts, {{QStringLiteral("isActive"), true}});
    Fault gateway;
    gateway.mode = Fault::Mode::Status;
    gateway.status = 504;
    gateway.count = 5;
    gateway.method = "POST";
    ts.server.injectFault(gateway);
    ConnectorLifecycle lifecycle(ts.client.get());
    const LifecycleOutcome outcome = wait(lifecycle.setSyncEnabled(id, false));
    QCOMPARE(outcome.kind, LifecycleOutcome::Kind::Unknown);
    QCOMPARE(outcome.error.httpStatus, 504);
    QVERIFY(outcome.instance.isValid());
    QVERIFY(outcome.instance.isActive); // what the server says now
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/") + id + QStringLiteral("/toggle"), "POST"), 1);
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/") + id, "GET"), 2);
}

void TestConnectorLifecycle::resyncFollowsTheServersRules()
{
    QFETCH(Dialect, dialect);
    TestServer ts(dialect, 0);
    ts.server.setSyncDuration(kLong);
    ConnectorLifecycle lifecycle(ts.client.get());

    const QString inactive = addInstance(ts);
    const LifecycleOutcome refused = wait(lifecycle.resync(inactive, false));
    QCOMPARE(refused.kind, LifecycleOutcome::Kind::Failed);
    QCOMPARE(refused.error.httpStatus, 400);
    QVERIFY2(refused.error.message.contains(QLatin1String("not allowed")), qPrintable(refused.error.message));

    const QString active = addInstance(ts, {{QStringLiteral("isActive"), true}});
    const LifecycleOutcome synced = wait(lifecycle.resync(active, false));
    QCOMPARE(synced.kind, LifecycleOutcome::Kind::Done);
    // Only the real server's dialect shows the background job (`status`, `isLocked`): the published
    // instance has neither (docs/API.md, the dialect table).
    const bool showsJobs = dialect == Dialect::PipesHub;
    if (showsJobs)
        QCOMPARE(synced.instance.status.value(), JobStatus::Syncing);
    ts.server.completeBackgroundWork();

    const LifecycleOutcome full = wait(lifecycle.resync(active, true));
    QCOMPARE(full.kind, LifecycleOutcome::Kind::Done);
    if (showsJobs) {
        QCOMPARE(full.instance.status.value(), JobStatus::FullSyncing);
        QVERIFY(full.instance.isLocked);
    }
    ts.server.completeBackgroundWork();
    ApiError error;
    const std::optional<ConnectorInstance> settled = answerOf(ts.client->getConnector(active), &error).instance(&error);
    QVERIFY(settled);
    QCOMPARE(settled->status.value(), JobStatus::None);
    QVERIFY(!settled->isLocked);
    // Each resync was sent once.
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/") + active + QStringLiteral("/resync"), "POST"), 2);
}

void TestConnectorLifecycle::statsKeepEveryStatus()
{
    QFETCH(Dialect, dialect);
    TestServer ts(dialect, 0);
    const QString id = addInstance(ts, {{QStringLiteral("isActive"), true}});
    ts.server.store().setIndexingStats(
        id,
        QJsonArray{QJsonObject{{QStringLiteral("recordType"), QStringLiteral("FILE")},
                               {QStringLiteral("indexingStatus"),
                                QJsonObject{{QStringLiteral("COMPLETED"), 7}, {QStringLiteral("FAILED"), 2}}}},
                   QJsonObject{{QStringLiteral("recordType"), QStringLiteral("MAIL")},
                               {QStringLiteral("indexingStatus"),
                                QJsonObject{{QStringLiteral("QUEUED"), 3}, {QStringLiteral("ARCHIVED"), 1}}}}});
    ApiError error;
    const ApiAnswer answer = answerOf(ts.client->stats(id), &error);
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    const std::optional<IndexingStats> stats = answer.stats(&error);
    QVERIFY2(stats, qPrintable(error.toString()));
    QCOMPARE(stats->overall.total, 13);
    QCOMPARE(stats->overall.count(QStringLiteral("COMPLETED")), 7);
    QCOMPARE(stats->overall.count(QStringLiteral("QUEUED")), 3);
    // Every known status is there (zeros included), in the one order, and the unknown one after them.
    QStringList order;
    for (const IndexingCounts::StatusCount& entry : stats->overall.byStatus)
        order.append(entry.status);
    QCOMPARE(order.mid(0, IndexingStats::knownStatuses().size()), IndexingStats::knownStatuses());
    QCOMPARE(order.constLast(), QStringLiteral("ARCHIVED"));
    QCOMPARE(stats->overall.count(QStringLiteral("ARCHIVED")), 1);
    QCOMPARE(stats->byRecordType.size(), 2);
    QCOMPARE(stats->byRecordType.at(1).recordType, QStringLiteral("MAIL"));
    QCOMPARE(stats->byRecordType.at(1).counts.total, 4);

    const ApiAnswer missing = answerOf(ts.client->stats(QStringLiteral("no-such-instance")), &error);
    Q_UNUSED(missing)
    QCOMPARE(error.kind, ApiError::Kind::NotFound);
}

void TestConnectorLifecycle::theSignInUrlSignsTheInstanceIn()
{
    TestServer ts(Dialect::PipesHub, 0);
    const QString id = addInstance(
        ts, {{QStringLiteral("authType"), QStringLiteral("OAUTH")}, {QStringLiteral("isAuthenticated"), false}});
    ApiError error;
    const std::optional<AuthorizationUrl> signIn
        = answerOf(ts.client->authorizationUrl(id), &error).authorization(&error);
    QVERIFY2(signIn, qPrintable(error.toString()));
    QVERIFY(signIn->url.scheme().startsWith(QLatin1String("http")));
    QVERIFY(!stored(ts, id, "isAuthenticated"));

    // What the browser does: open it.
    QNetworkAccessManager browser;
    QNetworkReply* page = browser.get(QNetworkRequest(signIn->url));
    QSignalSpy done(page, &QNetworkReply::finished);
    QVERIFY(done.wait(5000));
    QCOMPARE(page->error(), QNetworkReply::NoError);
    page->deleteLater();
    QVERIFY(stored(ts, id, "isAuthenticated"));

    // Not OAuth: the server's 400, in its words.
    const QString apiToken = addInstance(ts);
    const std::optional<AuthorizationUrl> none
        = answerOf(ts.client->authorizationUrl(apiToken), &error).authorization(nullptr);
    QVERIFY(!none);
    QCOMPARE(error.httpStatus, 400);
}

void TestConnectorLifecycle::anInvalidIdSendsNothing()
{
    TestServer ts(Dialect::PipesHub, 0);
    ConnectorLifecycle lifecycle(ts.client.get());
    const LifecycleOutcome outcome = wait(lifecycle.setSyncEnabled(QStringLiteral("../registry"), true));
    QCOMPARE(outcome.kind, LifecycleOutcome::Kind::Failed);
    QCOMPARE(outcome.error.kind, ApiError::Kind::Validation);
    ApiError error;
    answerOf(ts.client->toggle(QStringLiteral("a/b"), ApiClient::ToggleTarget::Sync), &error);
    QCOMPARE(error.kind, ApiError::Kind::Validation);
    QVERIFY(ts.server.requestLog().isEmpty());
}

QTEST_GUILESS_MAIN(TestConnectorLifecycle)
#include "tst_connectorlifecycle.moc"
