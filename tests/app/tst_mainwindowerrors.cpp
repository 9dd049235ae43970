// What the window shows when the server says no: its own message, in the error banner or the details
// pane, the previous rows kept and marked stale, and a Retry that recovers once the fault clears.
#include "apptestutil.h"

#include "app/details/detailspane.h"
#include "app/list/errorbanner.h"
#include "app/statuspanel.h"

#include <QAction>
#include <QLabel>
#include <QPointer>
#include <QPushButton>

using namespace apptest;
using devserver::Fault;

class TestMainWindowErrors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listErrorShowsTheServersMessage_data();
    void listErrorShowsTheServersMessage();
    void retryRecoversOnceTheFaultClears();
    void firstLoadFailingShowsNoStaleRows();
    void wrongTokenShowsTheGatewaysMessage();
    void detailsOfADeletedInstanceShowTheServersMessage();
};

namespace {

Fault statusFault(int status, const QByteArray& body)
{
    Fault f;
    f.mode = Fault::Mode::Status;
    f.status = status;
    f.body = body;
    f.count = -1; // every attempt, retries included, until cleared
    f.pathPrefix = QStringLiteral("/connectors");
    f.method = "GET";
    return f;
}

} // namespace

void TestMainWindowErrors::initTestCase()
{
    isolateSettings();
}

void TestMainWindowErrors::listErrorShowsTheServersMessage_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("401 from the gateway")
        << 401 << QByteArray(R"({"error":{"code":"UNAUTHORIZED","message":"Session expired, sign in again"}})")
        << "Session expired, sign in again";
    QTest::newRow("409 from the service") << 409 << QByteArray(R"({"detail":"Connector registry is being migrated"})")
                                          << "Connector registry is being migrated";
    QTest::newRow("500 after every retry")
        << 500 << QByteArray(R"({"message":"Database unavailable"})") << "Database unavailable";
}

void TestMainWindowErrors::listErrorShowsTheServersMessage()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    Harness h(40);
    QVERIFY(h.open());
    const QList<ConnectorInstance> before = h.model()->connectors();
    h.ts.server.injectFault(statusFault(status, body));
    QSignalSpy failed(h.controller(), &ConnectorListController::loadFailed);
    h.child<QAction>("actionReload")->trigger();
    QVERIFY(failed.wait(10000));
    auto* banner = h.banner();
    QVERIFY(banner->isVisibleTo(h.window.get()));
    QVERIFY2(banner->message().contains(message), qPrintable(banner->message()));
    QVERIFY(banner->message().contains(QString::number(status)));
    // The rows stay, and the banner says they may be out of date.
    QCOMPARE(h.model()->connectors(), before);
    QVERIFY(banner->message().contains(QStringLiteral("last successful load")));
    QVERIFY(h.status()->connectionText().contains(message));
    QVERIFY(h.child<QPushButton>("retryButton")->isVisibleTo(h.window.get()));
    QVERIFY(!h.controller()->isLoading());
}

void TestMainWindowErrors::retryRecoversOnceTheFaultClears()
{
    Harness h(40);
    QVERIFY(h.open());
    h.ts.server.injectFault(statusFault(503, R"({"detail":"Maintenance window"})"));
    QSignalSpy failed(h.controller(), &ConnectorListController::loadFailed);
    h.child<QAction>("actionReload")->trigger();
    QVERIFY(failed.wait(10000));
    auto* retry = h.child<QPushButton>("retryButton");
    // Still failing: Retry asks again and the banner stays.
    QVERIFY(failed.size() == 1);
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(failed.wait(10000));
    QVERIFY(h.banner()->isVisibleTo(h.window.get()));
    h.ts.server.clearFaults();
    h.ts.server.store().addInstance({{QStringLiteral("name"), QStringLiteral("Added while down")}});
    QVERIFY(h.loadAfter([&] { QTest::mouseClick(retry, Qt::LeftButton); }));
    QVERIFY(h.banner()->isHidden());
    QCOMPARE(h.status()->connectionText(), QStringLiteral("Connected"));
    QCOMPARE(h.child<QLabel>("rangeLabel")->text(), QStringLiteral("1-20 of 41"));
}

void TestMainWindowErrors::firstLoadFailingShowsNoStaleRows()
{
    Harness h(20);
    h.ts.server.injectFault(statusFault(500, R"({"detail":"Boom at start"})"));
    QSignalSpy failed(h.controller(), &ConnectorListController::loadFailed);
    h.window->openServer(h.ts.server.baseUrl(), testToken);
    QVERIFY(failed.wait(10000));
    QCOMPARE(h.model()->rowCount(), 0);
    const QString message = h.banner()->message();
    QVERIFY2(message.contains(QStringLiteral("Boom at start")), qPrintable(message));
    QVERIFY(!message.contains(QStringLiteral("last successful load")));
    // No "no instances" text under an error: the banner explains the empty table.
    QVERIFY(h.table()->emptyText().isEmpty());
}

void TestMainWindowErrors::wrongTokenShowsTheGatewaysMessage()
{
    Harness h(20);
    QSignalSpy failed(h.controller(), &ConnectorListController::loadFailed);
    h.window->openServer(h.ts.server.baseUrl(), QStringLiteral("not-the-token"));
    QVERIFY(failed.wait(10000));
    const ApiError error = failed.constFirst().constFirst().value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Unauthorized);
    QVERIFY(!error.message.isEmpty());
    QVERIFY2(h.banner()->message().contains(error.message), qPrintable(h.banner()->message()));
    QVERIFY(h.banner()->message().contains(QStringLiteral("401")));
}

void TestMainWindowErrors::detailsOfADeletedInstanceShowTheServersMessage()
{
    Harness h(30);
    QVERIFY(h.open());
    DetailsPane* details = h.details();
    const QString id = h.model()->instanceAt(4)->id;
    QSignalSpy fetched(details, &DetailsPane::instanceFetched);
    QVERIFY(h.table()->selectConnector(id));
    QVERIFY(fetched.wait(5000));
    // Someone deletes it elsewhere; the user asks for the details again.
    h.ts.server.store().removeInstance(id);
    QSignalSpy notFound(details, &DetailsPane::instanceNotFound);
    h.child<QAction>("actionDetails")->trigger();
    QVERIFY(notFound.wait(5000));
    QCOMPARE(notFound.constFirst().constFirst().toString(), id);
    const QString error = details->errorText();
    QVERIFY2(error.contains(QStringLiteral("404")), qPrintable(error));
    // The server's own words are in the pane: ask it directly for comparison.
    QPointer<ApiReply> direct = h.ts.client->getConnector(id);
    QSignalSpy directDone(direct.data(), &ApiReply::finished);
    QVERIFY(directDone.wait(5000));
    QVERIFY(!direct->error().message.isEmpty());
    QVERIFY2(error.contains(direct->error().message), qPrintable(error));
    // The table is left alone: 30 rows minus nothing, and the row still selected.
    QCOMPARE(h.model()->rowCount(), 20);
    QCOMPARE(h.table()->currentConnectorId(), id);
    QVERIFY(h.banner()->isHidden());
}

QTEST_MAIN(TestMainWindowErrors)
#include "tst_mainwindowerrors.moc"
