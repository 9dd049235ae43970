// The window while the server misbehaves: it dies mid-session (stopped in-process, or the
// connector-dev-server program killed) and comes back on the same port; it answers after 3 s; an
// instance is deleted behind the window's back; the window is closed with requests in flight.
// Throughout, a 10 ms timer checks that the GUI thread never stalls.
#include "hardeningutil.h"

#include "app/details/detailspane.h"
#include "app/dialoglauncher.h"
#include "app/dialogs/deleteconnectordialog.h"
#include "app/dialogs/requestdialog.h"
#include "app/list/errorbanner.h"
#include "app/statuspanel.h"
#include "apptestutil.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>

using namespace apptest;
using namespace hardening;

namespace {

// Lets `ms` pass with the event loop running, for answers that are due but must not arrive.
bool letTimePass(int ms)
{
    QTimer timer;
    timer.setSingleShot(true);
    QSignalSpy passed(&timer, &QTimer::timeout);
    timer.start(ms);
    return passed.wait(ms + 10000);
}

void closeMessageBoxes()
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (qobject_cast<QMessageBox*>(w))
            delete w;
    }
}

// Logs the probe's longest gap (so that every run shows the margin) and says whether it stayed short.
bool stayedResponsive(const LatencyProbe& probe, const char* what)
{
    qInfo("longest GUI-thread stall %s: %lld ms (%d ticks of 10 ms)", what, probe.maxGapMs(), probe.ticks());
    return probe.maxGapMs() < kMaxGuiGapMs;
}

} // namespace

class TestWindowFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void embeddedServerStopsThenComesBackOnTheSamePort();
    void serverProcessKilledThenRestartedOnTheSamePort();
    void slowServerLeavesTheWindowResponsiveAndIsSuperseded();
    void deletingWhatAnotherAdminDeletedSaysNotFoundAndRefreshes();
    void closingWithRequestsInFlightExitsCleanly();
    void closingAWindowThatOwnsItsClientMidRetryExitsCleanly();
};

void TestWindowFaults::initTestCase()
{
    isolateSettings();
    QVERIFY(QFile::exists(QStringLiteral(CONNECTOR_DEV_SERVER_PATH)));
}

void TestWindowFaults::cleanup()
{
    closeMessageBoxes();
}

void TestWindowFaults::embeddedServerStopsThenComesBackOnTheSamePort()
{
    Harness h(40);
    QVERIFY(h.open());
    const QList<ConnectorInstance> before = h.model()->connectors();
    const quint16 port = h.ts.server.port();
    h.ts.server.stop();

    LatencyProbe probe;
    probe.start();
    QSignalSpy failed(h.controller(), &ConnectorListController::loadFailed);
    h.child<QAction>("actionReload")->trigger();
    QVERIFY(failed.wait(20000));
    probe.stop();
    const ApiError error = failed.constFirst().constFirst().value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Network);
    QVERIFY2(stayedResponsive(probe, "while the calls failed and retried"),
             "the GUI thread stalled: see the line above");
    QVERIFY(probe.ticks() > 0);
    // The error state: the banner with the reason and Retry, the rows kept and marked stale.
    ErrorBanner* banner = h.banner();
    QVERIFY(banner->isVisibleTo(h.window.get()));
    QVERIFY2(banner->message().contains(error.message), qPrintable(banner->message()));
    QVERIFY(banner->message().contains(QLatin1String("last successful load")));
    QVERIFY(h.child<QPushButton>("retryButton")->isVisibleTo(h.window.get()));
    QCOMPARE(h.model()->connectors(), before);
    QVERIFY(h.status()->connectionText() != QLatin1String("Connected"));
    QVERIFY(!h.controller()->isLoading());

    // Back on the same port, with one more instance than before: Retry shows the server as it is now.
    devserver::ServerOptions options;
    options.seedCount = 40;
    options.token = testToken;
    options.port = port;
    devserver::DevServer revived(options);
    QString problem;
    QVERIFY2(revived.start(&problem), qPrintable(problem));
    QCOMPARE(revived.port(), port);
    revived.store().addInstance({{QStringLiteral("name"), QStringLiteral("Made while we were away")}});
    probe.start();
    QVERIFY(h.loadAfter([&] { QTest::mouseClick(h.child<QPushButton>("retryButton"), Qt::LeftButton); }));
    probe.stop();
    QVERIFY(banner->isHidden());
    QCOMPARE(h.status()->connectionText(), QStringLiteral("Connected"));
    QCOMPARE(h.child<QLabel>("rangeLabel")->text(), QStringLiteral("1-20 of 41"));
    QVERIFY(!revived.requestLog().isEmpty());
    QVERIFY2(stayedResponsive(probe, "while recovering"), "the GUI thread stalled: see the line above");
}

void TestWindowFaults::serverProcessKilledThenRestartedOnTheSamePort()
{
    DevServerProcess program;
    QString problem;
    QVERIFY2(program.start({"--port", "0", "--seed", "40", "--token", testToken}, &problem), qPrintable(problem));
    // The window as connector-admin builds it: its own client, with the real retry policy and timeout.
    MainWindow window;
    QAbstractItemModelTester tester(modelOf(&window), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(controllerOf(&window), &ConnectorListController::pageLoaded);
    QSignalSpy failed(controllerOf(&window), &ConnectorListController::loadFailed);
    window.openServer(program.url(), testToken, QStringLiteral("Program"));
    QVERIFY(loaded.wait(15000));
    QCOMPARE(modelOf(&window)->rowCount(), 20);
    const quint16 port = quint16(program.url().port());

    program.kill();
    LatencyProbe probe;
    probe.start();
    trigger(&window, "actionReload");
    QVERIFY(controllerOf(&window)->isLoading());
    // Three retries with backoff (about 3.5 s): the window keeps painting and answering meanwhile.
    QVERIFY(failed.wait(30000));
    probe.stop();
    QCOMPARE(failed.constFirst().constFirst().value<ApiError>().kind, ApiError::Kind::Network);
    QVERIFY2(stayedResponsive(probe, "while the calls failed and retried"),
             "the GUI thread stalled: see the line above");
    QVERIFY2(probe.ticks() > 100, qPrintable(QString::number(probe.ticks())));
    QVERIFY(bannerOf(&window)->isVisibleTo(&window));
    QCOMPARE(modelOf(&window)->rowCount(), 20);

    DevServerProcess again;
    QVERIFY2(again.start({"--port", QString::number(port), "--seed", "40", "--token", testToken}, &problem),
             qPrintable(problem));
    QCOMPARE(again.url().port(), int(port));
    loaded.clear();
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("retryButton")), Qt::LeftButton);
    QVERIFY(loaded.wait(15000));
    QVERIFY(bannerOf(&window)->isHidden());
    QCOMPARE(modelOf(&window)->rowCount(), 20);
    QCOMPARE(statusOf(&window)->connectionText(), QStringLiteral("Connected"));
}

void TestWindowFaults::slowServerLeavesTheWindowResponsiveAndIsSuperseded()
{
    constexpr int kLatencyMs = 3000;
    Harness h(60);
    QVERIFY(h.open());
    h.window->show();
    h.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(h.window.get()));
    // Team scope: one request per load, so that the requests below can be counted.
    QVERIFY(h.loadAfter([&] { h.child<QComboBox>("scopeCombo")->setCurrentIndex(1); }));
    h.ts.server.setLatency(kLatencyMs);
    h.ts.server.clearRequestLog();
    QSignalSpy loaded(h.controller(), &ConnectorListController::pageLoaded);
    QSignalSpy failed(h.controller(), &ConnectorListController::loadFailed);
    auto* busy = h.child<QProgressBar>("busyIndicator");

    LatencyProbe probe;
    probe.start();
    // F5 twice: the second supersedes the first.
    h.table()->setFocus();
    QTest::keyClick(h.window.get(), Qt::Key_F5);
    QVERIFY(h.controller()->isLoading());
    QVERIFY(busy->isVisibleTo(h.window.get()));
    QTRY_COMPARE(listRequests(h.ts.server).size(), 1);
    QTest::keyClick(h.window.get(), Qt::Key_F5);
    QTRY_COMPARE(listRequests(h.ts.server).size(), 2);
    // Then the user types a search while both are still on their way: the search wins.
    auto* search = h.child<QLineEdit>("searchEdit");
    search->setFocus();
    QTRY_VERIFY(search->hasFocus());
    const QString wanted = h.model()->instanceAt(3)->name.section(QLatin1Char(' '), 0, 0);
    QVERIFY(!wanted.isEmpty());
    for (qsizetype i = 0; i < wanted.size(); ++i) { // key by key, as typed
        const qsizetype n = wanted.at(i).isHighSurrogate() ? 2 : 1;
        typeText(search, wanted.mid(i, n));
        i += n - 1;
    }
    QCOMPARE(search->text(), wanted); // typing is not held up by the requests in flight
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(listRequests(h.ts.server).size(), 3);
    QCOMPARE(listRequests(h.ts.server).constLast().query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded),
             wanted);
    QVERIFY(loaded.isEmpty());
    QVERIFY(loaded.wait(kLatencyMs + 10000));
    // Past the time every superseded answer was due: only the search's page was shown.
    QVERIFY(letTimePass(500));
    probe.stop();
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(h.controller()->query().search(), wanted);
    QVERIFY(h.model()->rowCount() > 0);
    for (const ConnectorInstance& c : h.model()->connectors())
        QVERIFY2(c.name.contains(wanted, Qt::CaseInsensitive), qPrintable(c.name));
    QVERIFY(!busy->isVisibleTo(h.window.get()));
    QVERIFY2(stayedResponsive(probe, "with a 3 s server"), "the GUI thread stalled: see the line above");
    QVERIFY(probe.ticks() > 100);
}

void TestWindowFaults::deletingWhatAnotherAdminDeletedSaysNotFoundAndRefreshes()
{
    Harness h(30);
    QVERIFY(h.open());
    h.window->show();
    h.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(h.window.get()));
    // A team instance (the dialog asks for its name) that no job holds.
    QString id;
    for (const ConnectorInstance& c : h.model()->connectors()) {
        if (c.scope == ConnectorScope::Team && c.lockReason().isEmpty()) {
            id = c.id;
            break;
        }
    }
    QVERIFY(!id.isEmpty());
    const QString name = h.model()->instanceAt(h.model()->rowOf(id))->name;
    QVERIFY(h.table()->selectConnector(id));
    // Another admin deletes it; this window does not know yet.
    QVERIFY(h.ts.server.store().removeInstance(id));
    h.ts.server.clearRequestLog();

    h.table()->setFocus();
    QTRY_VERIFY(h.table()->hasFocus());
    QTest::keyClick(h.table(), Qt::Key_Delete);
    auto* dialog = qobject_cast<DeleteConnectorDialog*>(h.dialogs()->deleteDialog());
    QVERIFY(dialog);
    QPointer<DeleteConnectorDialog> guard(dialog);
    if (dialog->needsTypedName()) {
        auto* confirm = dialog->findChild<QLineEdit*>(QStringLiteral("confirmLineEdit"));
        QVERIFY(confirm);
        QTest::keyClicks(confirm, name);
    }
    QTRY_VERIFY(dialog->okButton()->isEnabled());
    QSignalSpy loaded(h.controller(), &ConnectorListController::pageLoaded);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY(loaded.wait(10000)); // the list is asked again
    QTRY_VERIFY(guard.isNull());
    // What the user is told: the dialog's explanation, and the status bar.
    QMessageBox* explanation = nullptr;
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (w->objectName() == QLatin1String("notFoundMessageBox") && w->isVisible())
            explanation = qobject_cast<QMessageBox*>(w);
    }
    QVERIFY(explanation);
    QVERIFY2(explanation->text().contains(name), qPrintable(explanation->text()));
    const QString said = h.window->statusBar()->currentMessage();
    QVERIFY2(said.contains(QLatin1String("already been deleted")), qPrintable(said));
    // One DELETE (answered 404), then a reload; the row is gone and nothing is in error.
    QCOMPARE(h.ts.countRequests(QStringLiteral("/connectors/") + id, "DELETE"), 1);
    QVERIFY(!listRequests(h.ts.server).isEmpty());
    QCOMPARE(h.model()->rowOf(id), -1);
    QCOMPARE(h.child<QLabel>("rangeLabel")->text(), QStringLiteral("1-20 of 29"));
    QVERIFY(h.banner()->isHidden());
}

void TestWindowFaults::closingWithRequestsInFlightExitsCleanly()
{
    constexpr int kLatencyMs = 1500;
    TestServer ts(devserver::Dialect::PipesHub, 40);
    {
        auto window = std::make_unique<MainWindow>(ts.client.get());
        window->show();
        QSignalSpy loaded(controllerOf(window.get()), &ConnectorListController::pageLoaded);
        window->openServer(ts.server.baseUrl(), testToken);
        QVERIFY(loaded.wait(10000));
        ts.server.setLatency(kLatencyMs);
        ts.server.clearRequestLog();
        // In flight at once: the details of a row, a reload, a rename and a delete from their dialogs.
        const ConnectorInstance first = *modelOf(window.get())->instanceAt(0);
        QVERIFY(tableOf(window.get())->selectConnector(first.id));
        trigger(window.get(), "actionReload");
        trigger(window.get(), "actionRename");
        auto* rename = qobject_cast<RequestDialog*>(dialogsOf(window.get())->renameDialog());
        QVERIFY(rename);
        auto* edit = rename->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"));
        QVERIFY(edit);
        edit->setText(QStringLiteral("Renamed as the window closes"));
        QTRY_VERIFY(rename->okButton()->isEnabled());
        QTest::mouseClick(rename->okButton(), Qt::LeftButton);
        QVERIFY(rename->isBusy());
        QTRY_VERIFY(ts.server.requestLog().size() >= 2);
        QVERIFY(!ts.client->findChildren<ApiReply*>().isEmpty());
        QVERIFY(window->close());
    }
    // Every call of the window is cancelled and its reply gone; no answer reaches a destroyed widget.
    QTRY_COMPARE(ts.client->findChildren<ApiReply*>().size(), 0);
    QVERIFY(letTimePass(kLatencyMs + 300)); // the server's delayed answers go to closed sockets
    QCOMPARE(ts.client->findChildren<ApiReply*>().size(), 0);
    // The client and the server are still fine.
    ts.server.setLatency(0);
    const Outcome after = waitFor(ts.client->listActive());
    QVERIFY2(!after.error.isError(), qPrintable(after.error.toString()));
}

void TestWindowFaults::closingAWindowThatOwnsItsClientMidRetryExitsCleanly()
{
    // connector-admin's own set-up: the window owns its client. It is closed while a call waits to
    // retry against a dead server and another waits on a slow one.
    quint16 deadPort = 0;
    {
        TestServer gone(devserver::Dialect::PipesHub, 0);
        deadPort = gone.server.port();
    }
    TestServer slow(devserver::Dialect::PipesHub, 10);
    slow.server.setLatency(2000);
    QPointer<ApiClient> client;
    QPointer<ApiReply> slowCall;
    {
        auto window = std::make_unique<MainWindow>();
        client = part<ApiClient>(window.get(), "apiClient");
        QSignalSpy started(client.data(), &ApiClient::callStarted);
        window->openServer(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(deadPort)), testToken);
        QVERIFY(controllerOf(window.get())->isLoading());
        QVERIFY(!started.isEmpty());
        QPointer<ApiReply> listCall = started.constFirst().constFirst().value<ApiReply*>();
        QVERIFY(listCall);
        QSignalSpy retrying(listCall.data(), &ApiReply::retrying);
        QVERIFY(retrying.wait(5000)); // the first attempt failed; the retry timer runs
        QVERIFY(controllerOf(window.get())->isLoading());
        client->setBaseUrl(slow.server.baseUrl());
        slowCall = client->listInactive();
        QTRY_VERIFY(!slow.server.requestLog().isEmpty());
        QVERIFY(window->close());
    }
    QVERIFY(client.isNull()); // went with the window, its calls with it
    QVERIFY(slowCall.isNull());
    QVERIFY(letTimePass(2300));
    const Outcome after = waitFor(slow.client->listActive());
    QVERIFY2(!after.error.isError(), qPrintable(after.error.toString()));
}

QTEST_MAIN(TestWindowFaults)
#include "tst_windowfaults.moc"
