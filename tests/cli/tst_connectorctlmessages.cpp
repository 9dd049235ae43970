// What connectorctl says on stderr beyond the answer: only what the user can act on. In-process
// (ConnectorCtl against buffers, ctltest.h) over real HTTP to a dev server on 127.0.0.1.
#include "cli/session.h"
#include "ctltest.h"

#include <QTest>
#include <QTextStream>

using ctltest::CtlRun;
using devserver::Dialect;

namespace {

const char* const tokenVariable = "PIPESHUB_BEARER_AUTH";

// connectorctl without a token: what it says about having none is the point here.
CtlRun runCtl(const QStringList& arguments)
{
    return ctltest::runCtl(arguments, QString());
}

} // namespace

class TestConnectorctlMessages : public ctltest::CtlTestCase
{
    Q_OBJECT

private slots:
    void aServerWithoutTokensGetsNoWarning();
    void aMissingTokenIsExplainedWhenTheServerAsksForOne();
    void verboseSaysUpFrontThatNoTokenIsSent();
    void plainHttpIsWarnedAboutOnlyWhenATokenTravels();
    void aNetworkErrorNamesTheServerAndTheAttempts();
    void httpsToAnHttpServerSuggestsItMayNotSpeakTls();
};

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
    QVERIFY2(r.errText().isEmpty(), qPrintable(r.describe()));
    QVERIFY(!r.outText().isEmpty());
}

void TestConnectorctlMessages::aMissingTokenIsExplainedWhenTheServerAsksForOne()
{
    TestServer ts(Dialect::PipesHub, 5); // wants a token
    const CtlRun r = runCtl({QStringLiteral("--server"), ts.server.baseUrl().toString(), QStringLiteral("list")});
    QVERIFY2(r.exitCode == 4, qPrintable(r.describe()));
    QVERIFY2(r.errText().contains(QLatin1String("no token was sent")), qPrintable(r.describe()));
    QVERIFY2(r.errText().contains(QLatin1String(tokenVariable)), qPrintable(r.describe()));
    // Said once, after the server's own refusal.
    QCOMPARE(r.errText().count(QLatin1String("no token")), 1);
    QVERIFY(r.errText().indexOf(QLatin1String("no token")) > r.errText().indexOf(QLatin1String("connectorctl: ")));
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
    QVERIFY2(r.errText().contains(QLatin1String("* no token")), qPrintable(r.describe()));
    QVERIFY2(!r.errText().contains(QLatin1String("warning")), qPrintable(r.describe()));
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
    const quint16 port = ctltest::deadPort();
    const QString server = QStringLiteral("http://127.0.0.1:%1").arg(port);
    const CtlRun r = runCtl({QStringLiteral("--server"),
                             server,
                             QStringLiteral("--retries"),
                             QStringLiteral("2"),
                             QStringLiteral("list"),
                             QStringLiteral("--scope"),
                             QStringLiteral("team")});
    QVERIFY2(r.exitCode == 6, qPrintable(r.describe()));
    QVERIFY2(r.errText().contains(QLatin1String("refused")), qPrintable(r.describe()));
    QVERIFY2(r.errText().contains(server), qPrintable(r.describe()));
    QVERIFY2(r.errText().contains(QLatin1String("3 attempts")), qPrintable(r.describe()));

    const CtlRun once = runCtl({QStringLiteral("--server"),
                                server,
                                QStringLiteral("--retries"),
                                QStringLiteral("0"),
                                QStringLiteral("list"),
                                QStringLiteral("--scope"),
                                QStringLiteral("team")});
    QVERIFY2(once.exitCode == 6, qPrintable(once.describe()));
    QVERIFY2(once.errText().contains(server), qPrintable(once.describe()));
    QVERIFY2(!once.errText().contains(QLatin1String("attempts")), qPrintable(once.describe()));
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
    QVERIFY2(r.errText().contains(QLatin1String("may not speak TLS")), qPrintable(r.describe()));
}

QTEST_GUILESS_MAIN(TestConnectorctlMessages)
#include "tst_connectorctlmessages.moc"
