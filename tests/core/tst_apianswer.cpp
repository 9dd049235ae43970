// The typed results of the operations (core/wire/apianswer.h) over real HTTP to the dev server, from the
// real server's recorded answers (tests/data/samples) and from the dev server's own, in both dialects;
// and the name tables of the enums they carry (core/wire/wireenums.h, core/wire/nametable.h).
#include "testserver.h"

#include "core/list/listquery.h"
#include "core/net/apiclient.h"
#include "core/wire/apianswer.h"
#include "core/wire/wirekeys.h"
#include "devserver/connectorstore.h"

#include <QTest>

using devserver::Dialect;
using devserver::Fault;

Q_DECLARE_METATYPE(devserver::Dialect)
Q_DECLARE_METATYPE(JobStatus)
Q_DECLARE_METATYPE(ConnectorScope)

namespace {

struct Outcome
{
    ApiError error;
    ApiAnswer answer;
};

Outcome wait(ApiReply* reply)
{
    Outcome o;
    bool done = false;
    QObject::connect(reply, &ApiReply::finished, reply, [&] {
        o.error = reply->error();
        o.answer = reply->answer();
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qFatal("reply did not finish");
    return o;
}

// The next `method` request to `path` is answered `status` with `body`, as the real server did.
void answerOnce(TestServer& ts, const QByteArray& method, const QString& path, int status, const QByteArray& body)
{
    Fault fault;
    fault.mode = Fault::Mode::Status;
    fault.status = status;
    fault.body = body;
    fault.method = method;
    fault.pathPrefix = path;
    ts.server.injectFault(fault);
}

const QString sampleId = QStringLiteral("70849623-8775-528c-82c8-640a89b497eb"); // real-get and real-rename

} // namespace

class TestApiAnswer : public QObject
{
    Q_OBJECT

private slots:
    void deletion_data();
    void deletion();
    void renameMergesIntoTheHeldInstance_data();
    void renameMergesIntoTheHeldInstance();
    void realRenameOverTheDevServerKeepsEveryOtherField();
    void createdCarriesTheServersMessage_data();
    void createdCarriesTheServersMessage();
    void unknownStatusAndScopeAreKeptAsSent();
    void registryPage();
    void nameTables();
};

void TestApiAnswer::deletion_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<int>("status"); // 0: the dev server's own answer
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("inBackground");
    QTest::addColumn<JobStatus>("jobStatus");
    QTest::addColumn<QString>("statusText");
    QTest::addColumn<QString>("message"); // empty: any non-empty message

    QTest::addRow("real server's recorded 202 with status DELETING")
        << Dialect::PipesHub << 202 << TestServer::readSample(QStringLiteral("real-delete-202.json")) << true
        << JobStatus::Deleting << QStringLiteral("DELETING") << QStringLiteral("Connector deletion initiated");
    QTest::addRow("dev server, real dialect") << Dialect::PipesHub << 0 << QByteArray() << true << JobStatus::Deleting
                                              << QStringLiteral("DELETING") << QString();
    QTest::addRow("dev server, published dialect: 200 without status")
        << Dialect::Published << 0 << QByteArray() << false << JobStatus::None << QString() << QString();
    QTest::addRow("published 200 {success, message}")
        << Dialect::Published << 200 << QByteArray(R"({"success": true, "message": "  Connector deleted.  "})") << false
        << JobStatus::None << QString() << QStringLiteral("Connector deleted.");
    QTest::addRow("200 that still says DELETING runs in the background")
        << Dialect::Published << 200 << QByteArray(R"({"success": true, "status": "deleting"})") << true
        << JobStatus::Deleting << QStringLiteral("deleting") << QString();
    QTest::addRow("202 with a status this client does not know")
        << Dialect::PipesHub << 202 << QByteArray(R"({"success": true, "message": "Queued", "status": "ARCHIVING"})")
        << true << JobStatus::Other << QStringLiteral("ARCHIVING") << QStringLiteral("Queued");
}

void TestApiAnswer::deletion()
{
    QFETCH(Dialect, dialect);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    TestServer ts(dialect, 5);
    const QString id = ts.server.store().ids().constFirst();
    if (status != 0)
        answerOnce(ts, "DELETE", QStringLiteral("/connectors/") + id, status, body);

    const Outcome o = wait(ts.client->deleteConnector(id));
    QVERIFY2(!o.error.isError(), qPrintable(o.error.toString()));
    const DeletionAccepted accepted = o.answer.deletion(id);
    QCOMPARE(accepted.connectorId, id);
    QTEST(accepted.inBackground, "inBackground");
    QTEST(accepted.status.value(), "jobStatus");
    QTEST(accepted.status.text(), "statusText");
    QFETCH(QString, message);
    if (message.isEmpty() && status == 0)
        QVERIFY(!accepted.message.isEmpty());
    else if (!message.isEmpty())
        QCOMPARE(accepted.message, message);

    // connectorctl's printed form: the id, the message, and the status only when there is one.
    const QJsonObject printed = accepted.toJson();
    QCOMPARE(printed.value(outputname::deleted).toString(), id);
    QCOMPARE(printed.value(wirekey::message).toString(), accepted.message);
    QCOMPARE(printed.contains(wirekey::status), !accepted.status.isEmpty());
    QCOMPARE(accepted.csvRow().size(), outputname::deletionCsvColumns().size());
}

void TestApiAnswer::renameMergesIntoTheHeldInstance_data()
{
    QTest::addColumn<QByteArray>("renameAnswer");
    QTest::addColumn<bool>("fromAnswer");
    QTest::addColumn<QString>("expectedName");

    QTest::addRow("real server's minimal {_key, name}")
        << TestServer::readSample(QStringLiteral("real-rename.json")) << true << QStringLiteral("Renamed Wiki");
    QTest::addRow("no connector in the answer: the name sent")
        << QByteArray(R"({"success": true})") << false << QStringLiteral("Sent Name");
    QTest::addRow("another instance in the answer: not trusted")
        << QByteArray(R"({"success": true, "connector": {"_key": "someone-else", "name": "Theirs"}})") << false
        << QStringLiteral("Sent Name");
}

void TestApiAnswer::renameMergesIntoTheHeldInstance()
{
    QFETCH(QByteArray, renameAnswer);
    TestServer ts(Dialect::PipesHub, 1);
    const QString path = QStringLiteral("/connectors/") + sampleId;
    answerOnce(ts, "GET", path, 200, TestServer::readSample(QStringLiteral("real-get.json")));
    const Outcome got = wait(ts.client->getConnector(sampleId));
    QVERIFY2(!got.error.isError(), qPrintable(got.error.toString()));
    ApiError error;
    const std::optional<ConnectorInstance> held = got.answer.instance(&error);
    QVERIFY2(held, qPrintable(error.toString()));
    QCOMPARE(held->id, sampleId);
    QCOMPARE(held->name, QStringLiteral("Engineering Confluence"));
    QVERIFY(!held->connectorType.isEmpty());
    QVERIFY(held->createdAt.isValid());

    answerOnce(ts, "PUT", path + QStringLiteral("/name"), 200, renameAnswer);
    const Outcome put = wait(ts.client->updateName(sampleId, QStringLiteral("Sent Name")));
    QVERIFY2(!put.error.isError(), qPrintable(put.error.toString()));
    const RenamedInstance renamed = put.answer.renamed(*held, QStringLiteral("Sent Name"));
    QTEST(renamed.fromAnswer, "fromAnswer");
    QTEST(renamed.instance.name, "expectedName");
    // Merged, never replaced: everything but the name is the instance we held.
    ConnectorInstance expected = *held;
    expected.name = renamed.instance.name;
    QCOMPARE(renamed.instance.toJson(), expected.toJson());
}

void TestApiAnswer::realRenameOverTheDevServerKeepsEveryOtherField()
{
    TestServer ts(Dialect::PipesHub, 3);
    const QString id = ts.server.store().ids().constFirst();
    ApiError error;
    const std::optional<ConnectorInstance> held = wait(ts.client->getConnector(id)).answer.instance(&error);
    QVERIFY2(held, qPrintable(error.toString()));
    const Outcome put = wait(ts.client->updateName(id, QStringLiteral("Brand New")));
    QVERIFY2(!put.error.isError(), qPrintable(put.error.toString()));
    const RenamedInstance renamed = put.answer.renamed(*held, QStringLiteral("Brand New"));
    QVERIFY(renamed.fromAnswer);
    QCOMPARE(renamed.instance.id, id);
    QCOMPARE(renamed.instance.name, QStringLiteral("Brand New"));
    QCOMPARE(renamed.instance.connectorType, held->connectorType);
    QCOMPARE(renamed.instance.scope, held->scope);
    QCOMPARE(renamed.instance.authType, held->authType);
    QCOMPARE(renamed.instance.createdAt, held->createdAt);
    QCOMPARE(renamed.instance.isActive, held->isActive);
}

void TestApiAnswer::createdCarriesTheServersMessage_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QByteArray>("body"); // empty: the dev server's own answer
    QTest::addColumn<QString>("message"); // empty: none expected

    QTest::addRow("real server's recorded answer")
        << Dialect::PipesHub << TestServer::readSample(QStringLiteral("real-create.json"))
        << QStringLiteral("Connector instance created successfully.");
    QTest::addRow("published answer without a message")
        << Dialect::Published
        << QByteArray(R"({"success": true, "connector": {"connectorId": "abc-1", "connectorType": "Jira",
                          "instanceName": "Ops Jira", "scope": "personal"}})")
        << QString();
}

void TestApiAnswer::createdCarriesTheServersMessage()
{
    QFETCH(Dialect, dialect);
    QFETCH(QByteArray, body);
    TestServer ts(dialect, 1);
    answerOnce(ts, "POST", QStringLiteral("/connectors"), 200, body);
    const Outcome o = wait(ts.client->createConnector({QStringLiteral("Confluence"),
                                                       QStringLiteral("Docs Wiki"),
                                                       scopeName(ConnectorScope::Team),
                                                       QStringLiteral("API_TOKEN"),
                                                       {},
                                                       {}}));
    QVERIFY2(!o.error.isError(), qPrintable(o.error.toString()));
    ApiError error;
    const std::optional<CreatedInstance> created = o.answer.created(&error);
    QVERIFY2(created, qPrintable(error.toString()));
    QTEST(created->message, "message");
    if (dialect == Dialect::PipesHub) {
        QCOMPARE(created->instance.id, QStringLiteral("3d4048b8-4fd4-4dc1-a796-e2bbabac7020"));
        QCOMPARE(created->instance.name, QStringLiteral("Docs Wiki"));
        QCOMPARE(created->instance.scope.value(), ConnectorScope::Team);
        QCOMPARE(created->instance.extra.value(QLatin1String("created")).toBool(), true);
    } else {
        QCOMPARE(created->instance.id, QStringLiteral("abc-1"));
        QCOMPARE(created->instance.scope.value(), ConnectorScope::Personal);
    }

    // An answer without a connector is an error that says so.
    answerOnce(ts, "POST", QStringLiteral("/connectors"), 200, R"({"success": true, "message": "ok"})");
    const Outcome empty = wait(ts.client->createConnector(
        {QStringLiteral("Jira"), QStringLiteral("Other"), scopeName(ConnectorScope::Personal), {}, {}, {}}));
    QVERIFY(!empty.error.isError());
    QVERIFY(!empty.answer.created(&error));
    QCOMPARE(error.kind, ApiError::Kind::Malformed);
}

void TestApiAnswer::unknownStatusAndScopeAreKeptAsSent()
{
    TestServer ts(Dialect::PipesHub, 1);
    answerOnce(ts,
               "GET",
               QStringLiteral("/connectors/x1"),
               200,
               R"({"success": true, "connector": {"_key": "x1", "name": "Future", "scope": "organisation",
                   "status": "REINDEXING", "isLocked": true}})");
    ApiError error;
    const std::optional<ConnectorInstance> c
        = wait(ts.client->getConnector(QStringLiteral("x1"))).answer.instance(&error);
    QVERIFY2(c, qPrintable(error.toString()));
    QCOMPARE(c->scope.value(), ConnectorScope::Other);
    QCOMPARE(c->scope.text(), QStringLiteral("organisation"));
    QCOMPARE(c->status.value(), JobStatus::Other);
    QCOMPARE(c->status.text(), QStringLiteral("REINDEXING"));
    QVERIFY(!c->isDeleting());
    QVERIFY(c->lockReason().contains(QLatin1String("REINDEXING")));
    // Written back as received.
    QCOMPARE(c->toJson().value(wirekey::status).toString(), QStringLiteral("REINDEXING"));
    QCOMPARE(c->toJson().value(wirekey::scope).toString(), QStringLiteral("organisation"));
}

void TestApiAnswer::registryPage()
{
    TestServer ts(Dialect::PipesHub, 1);
    answerOnce(ts,
               "GET",
               QStringLiteral("/connectors/registry"),
               200,
               TestServer::readSample(QStringLiteral("real-registry.json")));
    const Outcome o = wait(ts.client->listRegistry({scopeName(ConnectorScope::Team), 1, 20, {}}));
    QVERIFY2(!o.error.isError(), qPrintable(o.error.toString()));
    ApiError error;
    const std::optional<ConnectorTypePage> page = o.answer.registryPage(Pagination{1, 20, -1, false}, &error);
    QVERIFY2(page, qPrintable(error.toString()));
    QVERIFY(!page->types.isEmpty());
    for (const ConnectorType& t : page->types)
        QVERIFY(t.isValid());
    // A list answer is not an instance.
    QVERIFY(!o.answer.instance(&error));
    QCOMPARE(error.kind, ApiError::Kind::Malformed);
}

void TestApiAnswer::nameTables()
{
    // One name per value, aliases for reading, any case, spaces ignored.
    QCOMPARE(scopeName(ConnectorScope::Team), QStringLiteral("team"));
    QCOMPARE(scopeName(ConnectorScope::Personal), QStringLiteral("personal"));
    QCOMPARE(scopeName(ConnectorScope::Other), QString());
    QCOMPARE(scopeFromName(u" Personal "), ConnectorScope::Personal);
    QVERIFY(!scopeFromName(u"everyone"));
    QCOMPARE(jobStatusName(JobStatus::FullSyncing), QStringLiteral("FULL_SYNCING"));
    QCOMPARE(ListQuery::stateFromName(QStringLiteral("agent-enabled")), ListQuery::State::AgentEnabled);
    QCOMPARE(ListQuery::stateName(ListQuery::State::AgentEnabled), QStringLiteral("agents"));
    QCOMPARE(ListQuery::scopeFromName(QString()), ListQuery::Scope::All);
    QCOMPARE(ListQuery::scopeFromName(QStringLiteral("ALL")), ListQuery::Scope::All);
    QCOMPARE(ListQuery::scopeName(ListQuery::Scope::All), QString());
    QCOMPARE(ListQuery::scopeName(ListQuery::Scope::Personal), QStringLiteral("personal"));

    // A value set in code carries its name; one read from the server keeps the server's text.
    const InstanceStatus deleting = JobStatus::Deleting;
    QCOMPARE(deleting.text(), QStringLiteral("DELETING"));
    const InstanceStatus lower = InstanceStatus::fromText(QStringLiteral("deleting"));
    QVERIFY(lower == JobStatus::Deleting);
    QCOMPARE(lower.text(), QStringLiteral("deleting"));
    QVERIFY(lower != deleting); // same job, different text: a round trip must keep the text
    QVERIFY(InstanceStatus::fromText(QString()) == JobStatus::None);
    QVERIFY(InstanceStatus().isEmpty());
}

QTEST_GUILESS_MAIN(TestApiAnswer)
#include "tst_apianswer.moc"
