// What connectorctl says on stderr beyond the answer: only what the user can act on. In-process
// (ConnectorCtl against buffers) over real HTTP to a dev server on 127.0.0.1.
#include "connectorctl.h"
#include "session.h"
#include "testserver.h"

#include <QBuffer>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QTextStream>

using devserver::Dialect;

namespace {

const char* const tokenVariable = "PIPESHUB_BEARER_AUTH";

struct CtlRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QString describe() const
    {
        return QStringLiteral("exit %1\n--- stdout:\n%2\n--- stderr:\n%3").arg(exitCode).arg(out.left(2000), err);
    }
};

CtlRun runCtl(const QStringList& arguments)
{
    CtlRun result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    QBuffer in;
    in.open(QIODevice::ReadOnly);
    ConnectorCtl ctl(out, err, &in);
    result.exitCode = ctl.run(QStringList{QStringLiteral("connectorctl")} + arguments);
    out.flush();
    err.flush();
    return result;
}

// A loopback port that nothing listens on: taken, then given back.
quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        qFatal("no free loopback port");
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

class TestConnectorctlMessages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void aServerWithoutTokensGetsNoWarning();
    void aMissingTokenIsExplainedWhenTheServerAsksForOne();
    void verboseSaysUpFrontThatNoTokenIsSent();
    void plainHttpIsWarnedAboutOnlyWhenATokenTravels();
    void aNetworkErrorNamesTheServerAndTheAttempts();
    void httpsToAnHttpServerSuggestsItMayNotSpeakTls();
};

void TestConnectorctlMessages::initTestCase()
{
    // The default profile lives in QSettings: keep the user's out of reach.
    QStandardPaths::setTestModeEnabled(true);
}

void TestConnectorctlMessages::init()
{
    qunsetenv(tokenVariable);
}

void TestConnectorctlMessages::cleanupTestCase()
{
    qunsetenv(tokenVariable);
}

void TestConnectorctlMessages::aServerWithoutTokensGetsNoWarning()
{
    devserver::ServerOptions options;
    options.seedCount = 5; // and no token: the server takes any request
    devserver::DevServer server(options);
    QVERIFY(server.start());
    const CtlRun r = runCtl({QStringLiteral("--server"),
                             server.baseUrl().toString(),
                             QStringLiteral("list"),
                             QStringLiteral("--scope"),
                             QStringLiteral("team")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.describe()));
    QVERIFY(!r.out.isEmpty());
}

void TestConnectorctlMessages::aMissingTokenIsExplainedWhenTheServerAsksForOne()
{
    TestServer ts(Dialect::PipesHub, 5); // wants a token
    const CtlRun r = runCtl({QStringLiteral("--server"), ts.server.baseUrl().toString(), QStringLiteral("list")});
    QVERIFY2(r.exitCode == 4, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QLatin1String("no token was sent")), qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QLatin1String(tokenVariable)), qPrintable(r.describe()));
    // Said once, after the server's own refusal.
    QCOMPARE(r.err.count(QLatin1String("no token")), 1);
    QVERIFY(r.err.indexOf(QLatin1String("no token")) > r.err.indexOf(QLatin1String("connectorctl: ")));
}

void TestConnectorctlMessages::verboseSaysUpFrontThatNoTokenIsSent()
{
    devserver::ServerOptions options;
    options.seedCount = 5;
    devserver::DevServer server(options);
    QVERIFY(server.start());
    const CtlRun r = runCtl({QStringLiteral("--verbose"),
                             QStringLiteral("--server"),
                             server.baseUrl().toString(),
                             QStringLiteral("list"),
                             QStringLiteral("--scope"),
                             QStringLiteral("team")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QLatin1String("* no token")), qPrintable(r.describe()));
    QVERIFY2(!r.err.contains(QLatin1String("warning")), qPrintable(r.describe()));
}

void TestConnectorctlMessages::plainHttpIsWarnedAboutOnlyWhenATokenTravels()
{
    // connectToServer() only prepares the client: nothing is sent to this address.
    Session::Options options;
    options.server = QStringLiteral("http://192.0.2.1:9");
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    {
        Session withoutToken(options, outStream, errStream, nullptr);
        QCOMPARE(withoutToken.connectToServer(), 0);
        errStream.flush();
        QVERIFY2(!err.contains(QLatin1String("plain http")), qPrintable(err));
    }
    qputenv(tokenVariable, "a-token-for-this-test");
    {
        Session withToken(options, outStream, errStream, nullptr);
        QCOMPARE(withToken.connectToServer(), 0);
        errStream.flush();
        QVERIFY2(err.contains(QLatin1String("plain http")), qPrintable(err));
        QVERIFY(!err.contains(QLatin1String("a-token-for-this-test")));
    }
    err.clear();
    options.server = QStringLiteral("http://127.0.0.1:9");
    {
        Session loopback(options, outStream, errStream, nullptr);
        QCOMPARE(loopback.connectToServer(), 0);
        errStream.flush();
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }
}

void TestConnectorctlMessages::aNetworkErrorNamesTheServerAndTheAttempts()
{
    const quint16 port = closedPort();
    const QString server = QStringLiteral("http://127.0.0.1:%1").arg(port);
    const CtlRun r = runCtl({QStringLiteral("--server"),
                             server,
                             QStringLiteral("--retries"),
                             QStringLiteral("2"),
                             QStringLiteral("list"),
                             QStringLiteral("--scope"),
                             QStringLiteral("team")});
    QVERIFY2(r.exitCode == 6, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QLatin1String("refused")), qPrintable(r.describe()));
    QVERIFY2(r.err.contains(server), qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QLatin1String("3 attempts")), qPrintable(r.describe()));

    const CtlRun once = runCtl({QStringLiteral("--server"),
                                server,
                                QStringLiteral("--retries"),
                                QStringLiteral("0"),
                                QStringLiteral("list"),
                                QStringLiteral("--scope"),
                                QStringLiteral("team")});
    QVERIFY2(once.exitCode == 6, qPrintable(once.describe()));
    QVERIFY2(once.err.contains(server), qPrintable(once.describe()));
    QVERIFY2(!once.err.contains(QLatin1String("attempts")), qPrintable(once.describe()));
}

void TestConnectorctlMessages::httpsToAnHttpServerSuggestsItMayNotSpeakTls()
{
    devserver::ServerOptions options;
    options.seedCount = 5;
    devserver::DevServer server(options);
    QVERIFY(server.start());
    QUrl https = server.baseUrl();
    https.setScheme(QStringLiteral("https"));
    const CtlRun r = runCtl({QStringLiteral("--server"),
                             https.toString(),
                             QStringLiteral("--retries"),
                             QStringLiteral("0"),
                             QStringLiteral("list"),
                             QStringLiteral("--scope"),
                             QStringLiteral("team")});
    QVERIFY2(r.exitCode == 6, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QLatin1String("may not speak TLS")), qPrintable(r.describe()));
}

QTEST_GUILESS_MAIN(TestConnectorctlMessages)
#include "tst_connectorctlmessages.moc"
