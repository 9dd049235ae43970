// What connectorctl does around every command, in-process over real HTTP: which server it talks to
// (--server, PIPESHUB_SERVER_URL, the default profile), that the token never shows, retries and
// timeouts, and the exit code and error line of every kind of failure.
#include "ctltest.h"

#include "core/settings/serverprofiles.h"
#include "devserver/connectorstore.h"

#include <QRegularExpression>
#include <QSettings>
#include <QTest>

using devserver::Dialect;
using namespace ctltest;

using devserver::Fault;

// What a row of exitCodes() needs besides its arguments.
enum class Setup
{
    None,
    WrongToken,
    LockInstance,
    Fault503,
    TruncatedJson,
    DeadPort,
    NotAdmin,
    Fault429,
    Fault422,
    HtmlFault502,
};
Q_DECLARE_METATYPE(Setup)

class TestCtlServerAndToken : public CtlTestCase
{
    Q_OBJECT

private slots:
    void exitCodes_data();
    void exitCodes();
    void tokenNeverPrinted_data();
    void tokenNeverPrinted();
    void serverFromEnvironment();
    void serverFromDefaultProfile();
    void serverOptionWinsOverEnvironment();
    void noServerIsAUsageError();
    void bareHostGetsApiPrefix();
    void plainHttpToAnotherHostIsWarnedAbout();
    void retriesAndTimeoutApply();
};

void TestCtlServerAndToken::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments"); // {id} and {name}: a team instance's
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<int>("expectedCode");
    QTest::addColumn<QString>("expectedError"); // part of the stderr line
    QTest::addColumn<bool>("reachesServer");

    const QString longName(101, QLatin1Char('n'));
    auto row = [](const char* name, QStringList args, Setup setup, int code, const QString& error, bool sent) {
        QTest::newRow(name) << args << setup << code << error << sent;
    };
    row("a successful get exits 0", {"get", "{id}"}, Setup::None, 0, {}, true);
    row("help exits 0", {"help"}, Setup::None, 0, {}, false);
    row("a path as an id is refused unsent", {"get", "../registry"}, Setup::None, 2, "not a valid connector id", false);
    row("a query in an id is refused unsent", {"get", "x?y=1"}, Setup::None, 2, "not a valid connector id", false);
    row("a slash in an id to delete is refused unsent",
        {"delete", "a/b", "--yes"},
        Setup::None,
        2,
        "not a valid connector id",
        false);
    row("a limit of 201 is refused unsent", {"list", "--limit", "201"}, Setup::None, 2, "--limit", false);
    row("a limit of 0 is refused unsent", {"list", "--limit", "0"}, Setup::None, 2, "--limit", false);
    row("page 0 is refused unsent", {"list", "--page", "0"}, Setup::None, 2, "--page", false);
    row("an unknown state is refused unsent", {"list", "--state", "sleeping"}, Setup::None, 2, "Unknown state", false);
    row("an unknown scope is refused unsent", {"list", "--scope", "everyone"}, Setup::None, 2, "Unknown scope", false);
    row("an unknown output format is refused", {"--output", "xml", "list"}, Setup::None, 2, "xml", false);
    row("an unknown command is refused", {"frobnicate"}, Setup::None, 2, "Unknown command", false);
    row("an unknown option is refused", {"list", "--colour"}, Setup::None, 2, "colour", false);
    row("a token option does not exist", {"--token", "abc", "list"}, Setup::None, 2, "token", false);
    row("a blank new name is refused unsent", {"rename", "{id}", "   "}, Setup::None, 2, "must not be empty", false);
    row("a new name over 100 characters is refused unsent",
        {"rename", "{id}", longName},
        Setup::None,
        2,
        "at most 100",
        false);
    row("delete without --yes is refused unsent", {"delete", "{id}"}, Setup::None, 2, "--yes", false);
    row("create without a scope is refused unsent",
        {"create", "--type", "Confluence", "--name", "x"},
        Setup::None,
        2,
        "--scope",
        false);
    row("create with an unknown auth type is refused unsent",
        {"create", "--type", "Confluence", "--name", "x", "--scope", "team", "--auth-type", "MAGIC"},
        Setup::None,
        2,
        "MAGIC",
        false);
    row("an unknown id is not found", {"get", "doesnotexist"}, Setup::None, 3, "(HTTP 404)", true);
    row("renaming an unknown id is not found", {"rename", "doesnotexist", "x"}, Setup::None, 3, "(HTTP 404)", true);
    row("a wrong token is unauthenticated", {"list"}, Setup::WrongToken, 4, "(HTTP 401)", true);
    row("a duplicate name is rejected",
        {"create", "--type", "Confluence", "--name", "{name}", "--scope", "team", "--auth-type", "API_TOKEN"},
        Setup::None,
        5,
        "(HTTP 400)",
        true);
    row("renaming a locked instance is a conflict",
        {"rename", "{id}", "New name"},
        Setup::LockInstance,
        5,
        "(HTTP 409)",
        true);
    row("deleting a locked instance is a conflict",
        {"delete", "{id}", "--yes"},
        Setup::LockInstance,
        5,
        "(HTTP 409)",
        true);
    row("a 503 without retries is unavailable", {"--retries", "0", "list"}, Setup::Fault503, 6, "(HTTP 503)", true);
    row("a truncated answer is unavailable", {"--retries", "0", "get", "{id}"}, Setup::TruncatedJson, 6, "JSON", true);
    row("a team create without admin rights is forbidden",
        {"create", "--type", "Confluence", "--name", "Not mine", "--scope", "team", "--auth-type", "API_TOKEN"},
        Setup::NotAdmin,
        4,
        "(HTTP 403)",
        true);
    row("a validation answer is a rejection with the server's words",
        {"list"},
        Setup::Fault422,
        5,
        "limit: Input should be less than 201 (HTTP 422)",
        true);
    row("rate limiting past the retries is unavailable",
        {"--retries", "0", "list"},
        Setup::Fault429,
        6,
        "(HTTP 429)",
        true);
    row("a proxy's HTML error page is unavailable",
        {"--retries", "0", "get", "{id}"},
        Setup::HtmlFault502,
        6,
        "502",
        true);
    row("a dead port is unavailable", {"--retries", "0", "list"}, Setup::DeadPort, 6, "Network error", false);
    row("a bad timeout is refused", {"--timeout", "soon", "list"}, Setup::None, 2, "--timeout", false);
    row("too many retries are refused", {"--retries", "99", "list"}, Setup::None, 2, "--retries", false);
}

void TestCtlServerAndToken::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(Setup, setup);
    QFETCH(int, expectedCode);
    QFETCH(QString, expectedError);
    QFETCH(bool, reachesServer);

    TestServer ts(Dialect::PipesHub, 20);
    const devserver::ConnectorRecord* record = someTeamInstance(ts.server);
    QVERIFY(record);
    const QString id = record->id;
    for (QString& argument : arguments) {
        argument.replace(QLatin1String("{id}"), id);
        argument.replace(QLatin1String("{name}"), record->name);
    }
    QString server = ts.server.baseUrl().toString();
    QString token = testToken;
    switch (setup) {
    case Setup::None:
        break;
    case Setup::WrongToken:
        token = wrongToken;
        break;
    case Setup::LockInstance:
        ts.server.store().setLocked(id, true, QStringLiteral("SYNCING"));
        break;
    case Setup::Fault503: {
        Fault fault;
        fault.mode = Fault::Mode::Status;
        fault.status = 503;
        ts.server.injectFault(fault);
        break;
    }
    case Setup::TruncatedJson: {
        Fault fault;
        fault.mode = Fault::Mode::TruncatedJson;
        ts.server.injectFault(fault);
        break;
    }
    case Setup::DeadPort:
        server = QStringLiteral("http://127.0.0.1:%1").arg(deadPort());
        break;
    case Setup::NotAdmin:
        ts.server.setAdmin(false);
        break;
    case Setup::Fault429:
    case Setup::Fault422:
    case Setup::HtmlFault502: {
        Fault fault;
        fault.mode = setup == Setup::HtmlFault502 ? Fault::Mode::Html : Fault::Mode::Status;
        fault.status = setup == Setup::Fault429 ? 429 : setup == Setup::Fault422 ? 422 : 502;
        fault.count = -1;
        if (setup == Setup::Fault422)
            fault.body = R"({"detail": [{"loc": ["query", "limit"], "msg": "Input should be less than 201"}]})";
        ts.server.injectFault(fault);
        break;
    }
    }
    const CtlRun r = runCtl(QStringList{QStringLiteral("--server"), server} + arguments, token);
    QVERIFY2(r.exitCode == expectedCode, qPrintable(r.describe()));
    if (expectedCode != 0) {
        QVERIFY2(r.errText().startsWith(QLatin1String("connectorctl: ")), qPrintable(r.errText()));
        QVERIFY2(r.errText().contains(expectedError), qPrintable(r.errText()));
        QVERIFY(r.out.isEmpty());
    }
    QCOMPARE(!ts.server.requestLog().isEmpty(), reachesServer);
}

void TestCtlServerAndToken::tokenNeverPrinted_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("fault");
    QTest::newRow("a successful list") << QStringList{"list"} << testToken << false;
    QTest::newRow("an all-pages list in JSON")
        << QStringList{"--output", "json", "list", "--all-pages"} << testToken << false;
    QTest::newRow("a refused token") << QStringList{"list"} << wrongToken << false;
    QTest::newRow("a server error with a retry") << QStringList{"--retries", "1", "list"} << testToken << true;
    QTest::newRow("a create and its read-back") << QStringList{"create",
                                                               "--type",
                                                               "Confluence",
                                                               "--name",
                                                               "Secret test",
                                                               "--scope",
                                                               "team",
                                                               "--auth-type",
                                                               "API_TOKEN"}
                                                << testToken << false;
    QTest::newRow("an invalid id") << QStringList{"get", "../x"} << testToken << false;
}

void TestCtlServerAndToken::tokenNeverPrinted()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, token);
    QFETCH(bool, fault);
    TestServer ts(Dialect::PipesHub, 30);
    if (fault) {
        Fault f;
        f.mode = Fault::Mode::Status;
        f.status = 500;
        ts.server.injectFault(f);
    }
    const CtlRun r = runCtl(ts, QStringList{QStringLiteral("--verbose")} + arguments, token);
    QVERIFY2(r.exitCode >= 0, qPrintable(r.describe()));
    for (const QString& secret : {testToken, wrongToken}) {
        QVERIFY2(!r.out.contains(secret.toUtf8()), qPrintable(r.describe()));
        QVERIFY2(!r.err.contains(secret.toUtf8()), qPrintable(r.describe()));
    }
    QVERIFY(!r.err.contains("Bearer"));
    if (!ts.server.requestLog().isEmpty()) {
        // --verbose did print the calls: method, URL, status.
        QVERIFY2(r.errText().contains(QStringLiteral("> GET ") + ts.server.baseUrl().toString())
                     || r.errText().contains(QStringLiteral("> POST ")),
                 qPrintable(r.errText()));
        QVERIFY2(r.errText().contains(QRegularExpression(QStringLiteral("< \\d{3} (GET|POST) "))),
                 qPrintable(r.errText()));
    }
    if (fault)
        QVERIFY2(r.errText().contains(QLatin1String("retry 1")), qPrintable(r.errText()));
}

void TestCtlServerAndToken::serverFromEnvironment()
{
    TestServer ts(Dialect::PipesHub, 10);
    qputenv("PIPESHUB_SERVER_URL", ts.server.baseUrl().toString().toUtf8()); // init() unsets it
    const CtlRun r = runCtl({"--output", "json", "list"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(idsOf(r.json()).size(), std::min<qsizetype>(20, visibleIds(ts.server).size()));
    QVERIFY(!ts.server.requestLog().isEmpty());
}

void TestCtlServerAndToken::serverFromDefaultProfile()
{
    TestServer ts(Dialect::PipesHub, 10);
    {
        // Where the desktop console keeps its profiles, under the test's HOME (init() clears them).
        QSettings settings(QStringLiteral("PipesHub"), QStringLiteral("connector-admin"));
        QVERIFY2(settings.fileName().startsWith(m_home.path()), qPrintable(settings.fileName()));
        ServerProfiles profiles(settings);
        ServerProfile profile;
        profile.name = QStringLiteral("Local");
        profile.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(ts.server.port()));
        QString error;
        QVERIFY2(profiles.save(profile, &error), qPrintable(error));
        settings.sync();
    }
    const CtlRun r = runCtl({"--verbose", "list"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(r.errText().contains(QLatin1String("\"Local\"")));
    QVERIFY(!ts.server.requestLog().isEmpty());
}

void TestCtlServerAndToken::serverOptionWinsOverEnvironment()
{
    TestServer ts(Dialect::PipesHub, 10);
    qputenv("PIPESHUB_SERVER_URL", QStringLiteral("http://127.0.0.1:%1").arg(deadPort()).toUtf8());
    const CtlRun r = runCtl({"--server", ts.server.baseUrl().toString(), "list"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(!ts.server.requestLog().isEmpty());
}

void TestCtlServerAndToken::noServerIsAUsageError()
{
    const CtlRun r = runCtl({"list"});
    QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    QVERIFY(r.errText().contains(QLatin1String("--server")));
    QVERIFY(r.errText().contains(QLatin1String("PIPESHUB_SERVER_URL")));
    QVERIFY(r.out.isEmpty());
}

void TestCtlServerAndToken::bareHostGetsApiPrefix()
{
    TestServer ts(Dialect::Published, 10);
    // The global option may also come after the command.
    const CtlRun r = runCtl({"list", "--server", QStringLiteral("http://127.0.0.1:%1").arg(ts.server.port())});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QList<devserver::LoggedRequest> log = ts.server.requestLog();
    QVERIFY(!log.isEmpty());
    for (const devserver::LoggedRequest& request : log)
        QVERIFY2(request.path.startsWith(QLatin1String("/api/v1/connectors")), qPrintable(request.path));
}

void TestCtlServerAndToken::plainHttpToAnotherHostIsWarnedAbout()
{
    // A loopback server: no warning. Another host (with and without a token) is
    // tst_connectorctlmessages' part, which sends nothing there.
    TestServer ts(Dialect::PipesHub, 5);
    const CtlRun local = runCtl(ts, {"list"});
    QVERIFY2(local.exitCode == 0, qPrintable(local.describe()));
    QVERIFY(!local.errText().contains(QLatin1String("plain http")));
}

void TestCtlServerAndToken::retriesAndTimeoutApply()
{
    TestServer ts(Dialect::PipesHub, 10);
    Fault once;
    once.mode = Fault::Mode::Status;
    once.status = 503;
    ts.server.injectFault(once);
    const CtlRun retried = runCtl(ts, {"--retries", "1", "--verbose", "list", "--scope", "team"});
    QVERIFY2(retried.exitCode == 0, qPrintable(retried.describe()));
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors"), "GET"), 2);
    QVERIFY(retried.errText().contains(QLatin1String("retry 1")));

    ts.server.clearRequestLog();
    Fault slow;
    slow.mode = Fault::Mode::Latency;
    slow.latencyMs = 3000;
    ts.server.injectFault(slow);
    const CtlRun timedOut = runCtl(ts, {"--timeout", "0.3", "--retries", "0", "list", "--scope", "team"});
    QVERIFY2(timedOut.exitCode == 6, qPrintable(timedOut.describe()));
    QVERIFY2(timedOut.errText().contains(QLatin1String("did not answer within")), qPrintable(timedOut.errText()));
}

QTEST_GUILESS_MAIN(TestCtlServerAndToken)
#include "tst_ctlserverandtoken.moc"
