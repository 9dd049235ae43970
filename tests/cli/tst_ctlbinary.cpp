// connectorctl end to end: the built binary, run with QProcess against a dev server in this process,
// for what only the real process shows: main()'s streams and exit codes, help and version, a token
// typed on a terminal without echo, and the keychain (or its absence) over D-Bus. Everything else runs
// in-process (the other tst_ctl* tests). The test keeps its event loop running while the child talks to
// the server (QSignalSpy::wait), and gives the child its own HOME, settings and no session bus, so the
// user's settings and keychain are never touched.
#include "ctltest.h"

#include "devserver/connectorstore.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using devserver::Dialect;
using namespace ctltest;

class TestCtlBinary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listWritesToStdout();
    void exitCodes_data();
    void exitCodes();
    void loginReadsTheTokenFromStdin();
    void loginAndLogoutWithAKeychain();
    void loginOnATerminalDoesNotEcho();
    void helpAndVersion();

private:
    QProcessEnvironment environment(const QString& token = testToken) const;
    CtlRun run(const QStringList& arguments, const QProcessEnvironment& env, const QByteArray& input = {});
    CtlRun run(TestServer& ts, const QStringList& arguments, const QString& token = testToken);

    QTemporaryDir m_home;
};

void TestCtlBinary::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(QFile::exists(QStringLiteral(CONNECTORCTL_PATH)));
}

QProcessEnvironment TestCtlBinary::environment(const QString& token) const
{
    // No session bus: the user's keychain is out of reach (loginAndLogoutWithAKeychain opts back in).
    return isolatedEnvironment(m_home.path(), token);
}

CtlRun TestCtlBinary::run(const QStringList& arguments, const QProcessEnvironment& env, const QByteArray& input)
{
    return runProgram(QStringLiteral(CONNECTORCTL_PATH), arguments, env, input);
}

CtlRun TestCtlBinary::run(TestServer& ts, const QStringList& arguments, const QString& token)
{
    return run(QStringList{QStringLiteral("--server"), ts.server.baseUrl().toString()} + arguments, environment(token));
}

void TestCtlBinary::listWritesToStdout()
{
    // Every page, in JSON, through the binary's stdout (the listing goes to the device in three writes),
    // then a table.
    TestServer ts(Dialect::PipesHub, 300);
    const QStringList all
        = visibleIds(ts.server, QStringLiteral("team")) + visibleIds(ts.server, QStringLiteral("personal"));
    const CtlRun r = run(ts, {"--output", "json", "list", "--all-pages", "--limit", "50"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(r.err.isEmpty());
    QCOMPARE(idsOf(r.json()), all);

    const CtlRun table = run(ts, {"list", "--scope", "team", "--limit", "5"});
    QVERIFY2(table.exitCode == 0, qPrintable(table.describe()));
    const QStringList lines = table.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 5 + 1); // header, rows, range
    QCOMPARE(lines.constLast(), QStringLiteral("1-5 of %1").arg(visibleIds(ts.server, QStringLiteral("team")).size()));
}

void TestCtlBinary::exitCodes_data()
{
    // One row an exit code: that main() hands back what the command returned, with the error line on
    // stderr and nothing on stdout. Every case of every code is tst_ctlserverandtoken's exitCodes().
    QTest::addColumn<QStringList>("arguments"); // {id}, {name}: a team instance's; {dead}: a closed port
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("expectedCode");
    QTest::addColumn<QString>("expectedError");
    QTest::newRow("a successful get exits 0") << QStringList{"get", "{id}"} << testToken << 0 << QString();
    QTest::newRow("a usage error exits 2")
        << QStringList{"list", "--limit", "201"} << testToken << 2 << QStringLiteral("--limit");
    QTest::newRow("not found exits 3") << QStringList{"get", "doesnotexist"} << testToken << 3
                                       << QStringLiteral("(HTTP 404)");
    QTest::newRow("a wrong token exits 4") << QStringList{"list"} << wrongToken << 4 << QStringLiteral("(HTTP 401)");
    QTest::newRow("a rejection exits 5") << QStringList{"create",
                                                        "--type",
                                                        "Confluence",
                                                        "--name",
                                                        "{name}",
                                                        "--scope",
                                                        "team",
                                                        "--auth-type",
                                                        "API_TOKEN"}
                                         << testToken << 5 << QStringLiteral("(HTTP 400)");
    // --server after the command wins over the one before it.
    QTest::newRow("a dead port exits 6") << QStringList{"--retries", "0", "list", "--server", "{dead}"} << testToken
                                         << 6 << QStringLiteral("Network error");
}

void TestCtlBinary::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, token);
    QFETCH(int, expectedCode);
    QFETCH(QString, expectedError);
    TestServer ts(Dialect::PipesHub, 20);
    const devserver::ConnectorRecord* record = someTeamInstance(ts.server);
    QVERIFY(record);
    for (QString& argument : arguments) {
        argument.replace(QLatin1String("{id}"), record->id);
        argument.replace(QLatin1String("{name}"), record->name);
        argument.replace(QLatin1String("{dead}"), QStringLiteral("http://127.0.0.1:%1").arg(deadPort()));
    }
    const CtlRun r = run(ts, arguments, token);
    QVERIFY2(r.exitCode == expectedCode, qPrintable(r.describe()));
    if (expectedCode != 0) {
        QVERIFY2(r.errText().startsWith(QLatin1String("connectorctl: ")), qPrintable(r.errText()));
        QVERIFY2(r.errText().contains(expectedError), qPrintable(r.errText()));
        QVERIFY(r.out.isEmpty());
    }
}

void TestCtlBinary::loginReadsTheTokenFromStdin()
{
    // No session bus here, so no keychain: login must say so and fail with 1, never echoing the token.
    const QString secret = QStringLiteral("piped-secret-4411");
    QProcessEnvironment env = environment(QString());
    const CtlRun r = run({"login", "--server", "https://pipeshub.example.com"}, env, secret.toUtf8() + "\n");
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.errText().contains(QLatin1String("keychain")), qPrintable(r.errText()));
    QVERIFY(!r.out.contains(secret.toUtf8()));
    QVERIFY(!r.err.contains(secret.toUtf8()));

    const CtlRun empty = run({"login", "--server", "https://pipeshub.example.com"}, env, "\n");
    QVERIFY2(empty.exitCode == 2, qPrintable(empty.describe()));

    const CtlRun logout = run({"logout", "--server", "https://pipeshub.example.com"}, env);
    QVERIFY2(logout.exitCode == 1, qPrintable(logout.describe()));
    QVERIFY(logout.errText().contains(QLatin1String("keychain")));

    // Without the keychain, a list still goes out (and the server's 401 says the rest).
    TestServer ts(Dialect::PipesHub, 5);
    const CtlRun list = run(ts, {"list"}, QString());
    QVERIFY2(list.exitCode == 4, qPrintable(list.describe()));
    QVERIFY(list.errText().contains(QLatin1String("warning: no token")));
}

void TestCtlBinary::loginAndLogoutWithAKeychain()
{
    // Under scripts/with-keyring (as scripts/test and CI run it): a throwaway gnome-keyring on a
    // private session bus. Without one, login must fail with a message that says what to do instead.
    TestServer ts(Dialect::PipesHub, 10);
    QProcessEnvironment env = environment(QString());
    if (!qEnvironmentVariableIsSet("CONNECTOR_KEYRING_INNER")) {
        const CtlRun login = run({QStringLiteral("--server"), ts.server.baseUrl().toString(), QStringLiteral("login")},
                                 env,
                                 testToken.toUtf8() + "\n");
        QVERIFY2(login.exitCode != 0, qPrintable(login.describe()));
        QVERIFY2(login.errText().contains(QLatin1String("PIPESHUB_BEARER_AUTH")), qPrintable(login.describe()));
        QVERIFY(!login.err.contains(testToken.toUtf8()));
        return;
    }
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"));
    const QStringList server{QStringLiteral("--server"), ts.server.baseUrl().toString()};

    const CtlRun login = run(server + QStringList{"login"}, env, testToken.toUtf8() + "\n");
    QVERIFY2(login.exitCode == 0, qPrintable(login.describe()));
    QVERIFY(login.outText().contains(ts.server.baseUrl().toString()));
    QVERIFY(!login.out.contains(testToken.toUtf8()));

    const CtlRun list = run(server + QStringList{"--verbose", "list"}, env);
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    QVERIFY(list.errText().contains(QLatin1String("token from the system keychain")));
    QVERIFY(!list.err.contains(testToken.toUtf8()));

    const CtlRun logout = run(server + QStringList{"logout"}, env);
    QVERIFY2(logout.exitCode == 0, qPrintable(logout.describe()));
    QVERIFY(logout.outText().contains(QLatin1String("Removed")));
    const CtlRun again = run(server + QStringList{"logout"}, env);
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QVERIFY(again.outText().contains(QLatin1String("No token was stored")));

    const CtlRun refused = run(server + QStringList{"list"}, env);
    QVERIFY2(refused.exitCode == 4, qPrintable(refused.describe()));
}

void TestCtlBinary::loginOnATerminalDoesNotEcho()
{
    // script(1) gives connectorctl a pseudo-terminal; what the terminal echoes comes back on its stdout.
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    QVERIFY2(!script.isEmpty(), "script(1) comes with Debian's bsdutils, which every machine has");
    const QString secret = QStringLiteral("typed-secret-5150");
    QProcess process;
    process.setProgram(script);
    process.setArguments(
        {QStringLiteral("-qec"),
         QStringLiteral("'%1' login --server https://pipeshub.example.com").arg(QStringLiteral(CONNECTORCTL_PATH)),
         QStringLiteral("/dev/null")});
    process.setProcessEnvironment(environment(QString()));
    process.setProcessChannelMode(QProcess::MergedChannels);
    QByteArray screen;
    connect(&process, &QProcess::readyRead, this, [&] { screen += process.readAll(); });
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    // Type only once the prompt shows: echo is off by then.
    QTRY_VERIFY_WITH_TIMEOUT(screen.contains("Token for https://pipeshub.example.com/api/v1: "), 10000);
    process.write(secret.toUtf8() + "\n");
    QVERIFY(finished.wait(10000));
    screen += process.readAll();
    QCOMPARE(process.exitCode(), 1); // typed and read, then no keychain here
    QVERIFY2(screen.contains("keychain"), screen.constData());
    QVERIFY2(!screen.contains(secret.toUtf8()), screen.constData());
}

void TestCtlBinary::helpAndVersion()
{
    const QProcessEnvironment env = environment();
    const CtlRun version = run({"--version"}, env);
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.outText().trimmed(), QStringLiteral("connectorctl " CONNECTOR_VERSION));

    const CtlRun help = run({"--help"}, env);
    QCOMPARE(help.exitCode, 0);
    for (const char* word : {"list",
                             "get",
                             "create",
                             "rename",
                             "delete",
                             "types",
                             "login",
                             "logout",
                             "--server",
                             "--output",
                             "--timeout",
                             "--retries",
                             "--verbose",
                             "PIPESHUB_BEARER_AUTH",
                             "PIPESHUB_SERVER_URL",
                             "Exit status"})
        QVERIFY2(help.outText().contains(QLatin1String(word)), word);

    const CtlRun listHelp = run({"help", "list"}, env);
    QCOMPARE(listHelp.exitCode, 0);
    for (const char* word : {"--scope", "--state", "--search", "--page", "--limit", "--all-pages"})
        QVERIFY2(listHelp.outText().contains(QLatin1String(word)), word);
    const CtlRun sameHelp = run({"list", "--help"}, env);
    QCOMPARE(sameHelp.exitCode, 0);
    QCOMPARE(sameHelp.out, listHelp.out);

    const CtlRun nothing = run({}, env);
    QCOMPARE(nothing.exitCode, 2);
    QVERIFY(nothing.errText().contains(QLatin1String("Commands:")));
    QCOMPARE(run({"help", "nothing"}, env).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCtlBinary)
#include "tst_ctlbinary.moc"
