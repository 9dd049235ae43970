// Start-up: the command line, the choice of server, and --demo opening on its embedded server.
#include "apptestutil.h"

#include "app/appstartup.h"
#include "app/demoserver.h"
#include "app/dialoglauncher.h"
#include "core/settings/serverprofiles.h"

#include <QLabel>

using namespace apptest;

class TestAppStartup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void commandLineIsParsed_data();
    void commandLineIsParsed();
    void serverComesFromOptionThenEnvironmentThenProfile();
    void demoOpensOnItsOwnServer_data();
    void demoOpensOnItsOwnServer();
    void demoTokensAreNotGuessable();
    void noServerShowsTheEmptyState();
};

void TestAppStartup::initTestCase()
{
    isolateSettings();
    qunsetenv("PIPESHUB_SERVER_URL");
}

void TestAppStartup::commandLineIsParsed_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode"); // -1: options come back
    QTest::addColumn<bool>("demo");
    QTest::addColumn<QString>("server");
    QTest::newRow("nothing") << QStringList() << -1 << false << "";
    QTest::newRow("demo") << QStringList{"--demo"} << -1 << true << "";
    QTest::newRow("demo in the published dialect")
        << QStringList{"--demo", "--demo-dialect", "published"} << -1 << true << "";
    QTest::newRow("a server") << QStringList{"--server", "https://ph.example.com"} << -1 << false
                              << "https://ph.example.com";
    QTest::newRow("an unknown dialect is a usage error")
        << QStringList{"--demo", "--demo-dialect", "soap"} << 2 << false << "";
    QTest::newRow("a dialect without demo is a usage error")
        << QStringList{"--demo-dialect", "published"} << 2 << false << "";
    QTest::newRow("demo and server exclude each other")
        << QStringList{"--demo", "--server", "https://x.example"} << 2 << false << "";
    QTest::newRow("an unknown option is a usage error") << QStringList{"--frobnicate"} << 2 << false << "";
    QTest::newRow("a stray argument is a usage error") << QStringList{"stray"} << 2 << false << "";
    // The product has no workshop options (they live in connector-admin-workshop, never installed).
    QTest::newRow("the screenshot options are unknown to the product")
        << QStringList{"--demo", "--screenshot-dialog", "delete:x.png"} << 2 << false << "";
    QTest::newRow("the first-paint probe is unknown to the product")
        << QStringList{"--demo", "--quit-after-first-paint"} << 2 << false << "";
    QTest::newRow("version") << QStringList{"--version"} << 0 << false << "";
}

void TestAppStartup::commandLineIsParsed()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(bool, demo);
    QFETCH(QString, server);
    arguments.prepend(QStringLiteral("connector-admin"));
    int code = -1;
    const std::optional<StartupOptions> options = appstartup::parseCommandLine(arguments, &code);
    if (exitCode >= 0) {
        QVERIFY(!options);
        QCOMPARE(code, exitCode);
        return;
    }
    QVERIFY(options);
    QCOMPARE(options->demo, demo);
    QCOMPARE(options->serverUrl, server);
    if (arguments.contains(QStringLiteral("published")))
        QCOMPARE(options->demoDialect, devserver::Dialect::Published);
}

void TestAppStartup::serverComesFromOptionThenEnvironmentThenProfile()
{
    QSettings settings(QStringLiteral("PipesHub"), QStringLiteral("connector-admin-startup-test"));
    settings.clear();
    ServerProfiles profiles(settings);
    StartupOptions options;
    QString error;
    QVERIFY(!appstartup::chooseServer(options, profiles, &error));

    ServerProfile saved;
    saved.name = QStringLiteral("Office");
    saved.url = QUrl(QStringLiteral("https://office.example.com/api/v1"));
    QVERIFY(profiles.save(saved));
    profiles.setDefaultProfileName(saved.name);
    QCOMPARE(appstartup::chooseServer(options, profiles, &error)->name, QStringLiteral("Office"));

    qputenv("PIPESHUB_SERVER_URL", "https://env.example.com");
    QCOMPARE(appstartup::chooseServer(options, profiles, &error)->url,
             QUrl(QStringLiteral("https://env.example.com/api/v1")));

    options.serverUrl = QStringLiteral("https://flag.example.com");
    QCOMPARE(appstartup::chooseServer(options, profiles, &error)->url,
             QUrl(QStringLiteral("https://flag.example.com/api/v1")));

    options.serverUrl = QStringLiteral("not a url at all");
    QVERIFY(!appstartup::chooseServer(options, profiles, &error));
    QVERIFY(!error.isEmpty());
    qunsetenv("PIPESHUB_SERVER_URL");
    settings.clear();
}

void TestAppStartup::demoOpensOnItsOwnServer_data()
{
    QTest::addColumn<devserver::Dialect>("dialect");
    QTest::newRow("the real server's dialect") << devserver::Dialect::PipesHub;
    QTest::newRow("the published dialect") << devserver::Dialect::Published;
}

void TestAppStartup::demoOpensOnItsOwnServer()
{
    QFETCH(devserver::Dialect, dialect);
    DemoServer::Options options;
    options.dialect = dialect;
    DemoServer demo(options);
    QString error;
    QVERIFY2(demo.start(&error), qPrintable(error));
    QCOMPARE(demo.baseUrl().host(), QStringLiteral("127.0.0.1"));
    MainWindow window;
    QSignalSpy loaded(controllerOf(&window), &ConnectorListController::pageLoaded);
    window.openDemo(demo);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(modelOf(&window)->rowCount(), 20);
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("rangeLabel"))->text(), QStringLiteral("1-20 of 150"));
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("serverLabel"))->text().startsWith(QStringLiteral("Demo")));
    QVERIFY(window.windowTitle().contains(QStringLiteral("Demo")));
    // The token is the demo's own; nothing else gets in.
    for (const devserver::LoggedRequest& r : demo.server().requestLog())
        QVERIFY(r.bearerMatched);
}

void TestAppStartup::demoTokensAreNotGuessable()
{
    const QString a = DemoServer::randomToken();
    const QString b = DemoServer::randomToken();
    QVERIFY(a != b);
    QVERIFY(a.size() >= 32);
}

void TestAppStartup::noServerShowsTheEmptyState()
{
    MainWindow window;
    window.showNoServer();
    auto* label = window.findChild<QLabel*>(QStringLiteral("noServerLabel"));
    QVERIFY(label);
    QVERIFY(label->isVisibleTo(&window));
    QCOMPARE(label->text(), QStringLiteral("No server configured"));
    QVERIFY(window.findChild<QWidget*>(QStringLiteral("setupServerButton"))->isVisibleTo(&window));
    QVERIFY(!window.findChild<QAction*>(QStringLiteral("actionNew"))->isEnabled());
    QVERIFY(!window.findChild<QAction*>(QStringLiteral("actionReload"))->isEnabled());
    // The profiles dialog opens by itself.
    QTRY_VERIFY(dialogsOf(&window)->profilesDialog());
}

QTEST_MAIN(TestAppStartup)
#include "tst_appstartup.moc"
