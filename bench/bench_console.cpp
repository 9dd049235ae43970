// The console itself, measured from outside its window: the same MainWindow, DemoServer and start-up
// calls as connector-admin's main(), plus marks. Three modes:
//   --startup [--demo-latency MS]  figure 4: exec -> first page painted of `connector-admin --demo`
//   --memory --server URL          figure 5: peak RSS once the Active list (10,000 instances) is shown
//   --session                      figure 6: the requests of a typical session, counted at the server
// Each prints one JSON object on stdout.
#include "firstpaint.h"

#include "app/appstartup.h"
#include "app/demoserver.h"
#include "app/list/connectortableview.h"
#include "app/list/filterbar.h"
#include "app/list/pagefollower.h"
#include "app/mainwindow.h"
#include "core/list/connectorlistcontroller.h"
#include "core/list/connectorpageloader.h"
#include "core/list/connectortablemodel.h"
#include "core/list/rowfollower.h"
#include "core/net/apiclient.h"
#include "core/ops/connectorlifecycle.h"
#include "devserver/devserver.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSet>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <cstdio>

namespace {

// The window's parts, found as a user's tools would: by object name.
template <typename T>
T* part(const QObject& window, const char* name)
{
    return window.findChild<T*>(QLatin1String(name));
}
ConnectorTableView* tableOf(const QObject& window)
{
    return part<ConnectorTableView>(window, "connectorTable");
}
ConnectorListController* controllerOf(const QObject& window)
{
    return part<ConnectorListController>(window, "connectorListController");
}

} // namespace

namespace {

void print(const QJsonObject& result)
{
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

int startup(QApplication& app, int latencyMs)
{
    appstartup::configureApplication();
    MainWindow window;
    DemoServer::Options options;
    if (latencyMs >= 0)
        options.latencyMs = latencyMs;
    DemoServer demo(options);
    if (!demo.start())
        return 1;
    window.openDemo(demo);
    firstpaint::whenPaintedWithRows(tableOf(window)->viewport(), tableOf(window)->connectorModel(), [&] {
        print({{QStringLiteral("firstPaintMs"), firstpaint::sinceExecMs()},
               {QStringLiteral("demoLatencyMs"), options.latencyMs},
               {QStringLiteral("rows"), tableOf(window)->connectorModel()->rowCount()},
               {QStringLiteral("peakRssKiB"), firstpaint::peakRssKiB()}});
        QApplication::quit();
    });
    window.show();
    return app.exec();
}

int memory(QApplication& app, const QUrl& server)
{
    appstartup::configureApplication();
    MainWindow window;
    window.openServer(server, QStringLiteral("bench"), QStringLiteral("bench"));
    ConnectorListController* controller = controllerOf(window);
    bool switched = false;
    QObject::connect(controller, &ConnectorListController::pageLoaded, &window, [&] {
        if (!switched) {
            // The first page is on screen: now the whole Active list (what the console caches).
            switched = true;
            window.findChild<QComboBox*>(QStringLiteral("stateCombo"))->setCurrentIndex(1);
            return;
        }
        // Shown and painted, then measured.
        QTimer::singleShot(300, &window, [&] {
            const auto* all = controller->loader()->cachedList(ListQuery::State::Active);
            print({{QStringLiteral("peakRssKiB"), firstpaint::peakRssKiB()},
                   {QStringLiteral("cachedInstances"), all ? qint64(all->size()) : 0},
                   {QStringLiteral("total"), qint64(controller->pagination().total)}});
            QApplication::quit();
        });
    });
    QObject::connect(controller, &ConnectorListController::loadFailed, &window, [](const ApiError& e) {
        std::fprintf(stderr, "bench_console: %s\n", qPrintable(e.toString()));
        QApplication::exit(1);
    });
    window.show();
    return app.exec();
}

// One user intent: what it sent to the server, and whether its answer reached the table.
struct Intent
{
    QString name;
    int floor = 1; // the fewest requests the API allows for it
    QList<devserver::LoggedRequest> requests;
    bool readsTwice = false; // an intent that reads the instance before and after: not a duplicate
};

int session(QApplication& app)
{
    appstartup::configureApplication();
    devserver::ServerOptions options;
    options.seedCount = 600;
    devserver::DevServer server(options);
    if (!server.start())
        return 1;
    MainWindow window;
    window.show();
    ConnectorListController* controller = controllerOf(window);
    int loads = 0;
    QObject::connect(controller, &ConnectorListController::pageLoaded, &window, [&] { ++loads; });
    QList<Intent> intents;
    bool ok = true;
    // Runs `action`, waits for its page, then for stragglers: a duplicate would show up here.
    auto run = [&](const QString& name, int floor, const std::function<void()>& action) {
        server.clearRequestLog();
        const int before = loads;
        action();
        ok = QTest::qWaitFor([&] { return loads > before && !controller->isLoading(); }, 10000) && ok;
        QTest::qWait(700);
        intents.append({name, floor, server.requestLog()});
    };
    // Rows the server is working on (the seed has syncing and locked ones) are re-read in the
    // background from 2 s on: that is no intent's cost, so it waits here until the idle step.
    auto* follower = part<PageFollower>(window, "pageFollower");
    if (follower)
        follower->follower()->setIntervals(600000, 600000);
    // Both scopes: the gateway answers one scope per request, so a page of "All scopes" takes two.
    run(QStringLiteral("open"), 2, [&] { window.openServer(server.baseUrl(), QStringLiteral("bench")); });
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    run(QStringLiteral("type \"google\" (6 keys, 120 ms apart)"), 2, [&] {
        search->setFocus();
        for (const QChar c : QStringLiteral("google")) {
            QTest::keyClick(search, c.toLatin1());
            QTest::qWait(120);
        }
    });
    auto* next = window.findChild<QToolButton*>(QStringLiteral("nextPageButton"));
    for (int i = 1; i <= 3; ++i)
        run(QStringLiteral("next page (%1)").arg(i), 2, [&] { QTest::mouseClick(next, Qt::LeftButton); });
    auto* state = window.findChild<QComboBox*>(QStringLiteral("stateCombo"));
    run(QStringLiteral("state: Active"), 1, [&] { state->setCurrentIndex(1); });

    // Intents on one instance: a flipping toggle costs a read before and after (GET + POST + GET); a
    // flag that already has the wanted value costs the read alone. No page reload in between.
    auto runOnServer = [&](const QString& name, int floor, const std::function<void()>& action) {
        server.clearRequestLog();
        action();
        QTest::qWait(700);
        intents.append({name, floor, server.requestLog(), true});
    };
    auto* lifecycle = window.findChild<QObject*>(QStringLiteral("lifecycleActions"));
    auto* disableSync = window.findChild<QAction*>(QStringLiteral("actionDisableSync"));
    // The first row that can be disabled (the action itself says which) and is not syncing (whose end
    // would have the details pane read its stats once more), selected before the intent: the details
    // a selection reads are not the toggle's cost.
    for (int row = 0; disableSync && row < tableOf(window)->connectorModel()->rowCount(); ++row) {
        tableOf(window)->selectRow(row);
        if (disableSync->isEnabled() && tableOf(window)->currentInstance()->status.isEmpty())
            break;
    }
    QTest::qWait(700);
    const bool canDisable = lifecycle && disableSync && disableSync->isEnabled();
    ok = canDisable && ok;
    if (canDisable) {
        runOnServer(QStringLiteral("disable sync of the first active row"), 3, [&] { disableSync->trigger(); });
        ConnectorLifecycle again(window.findChild<ApiClient*>(QStringLiteral("apiClient")));
        runOnServer(QStringLiteral("disable it again (already disabled: no toggle)"), 1, [&] {
            const QString id = tableOf(window)->currentInstance()->id;
            again.setSyncEnabled(id, false);
        });
    }
    // With no row deleting, syncing or locked, the window asks nothing while it sits idle.
    state->setCurrentIndex(2); // Inactive: the instance just disabled, and no sync running
    QTest::qWaitFor([&] { return !controller->isLoading(); }, 10000);
    if (follower)
        follower->follower()->setIntervals(RowFollower::defaultMinimumInterval, RowFollower::defaultMaximumInterval);
    runOnServer(QStringLiteral("idle for 3 s, rows settled"), 0, [] { QTest::qWait(3000); });

    QJsonArray rows;
    int total = 0;
    int floorTotal = 0;
    int duplicates = 0;
    for (const Intent& intent : intents) {
        QSet<QByteArray> seen;
        QJsonArray urls;
        for (const devserver::LoggedRequest& r : intent.requests) {
            const QByteArray url = r.method + ' ' + r.rawPath + '?' + r.query.toString(QUrl::FullyEncoded).toUtf8();
            duplicates += seen.contains(url) && !intent.readsTwice;
            seen.insert(url);
            urls.append(QString::fromUtf8(url));
        }
        total += int(intent.requests.size());
        floorTotal += intent.floor;
        rows.append(QJsonObject{{QStringLiteral("intent"), intent.name},
                                {QStringLiteral("requests"), urls},
                                {QStringLiteral("floor"), intent.floor}});
    }
    const ListQuery& query = controller->query();
    const bool finalPageShown = query.state() == ListQuery::State::Inactive && query.search() == QLatin1String("google")
        && query.page() == 1 && tableOf(window)->connectorModel()->rowCount() > 0;
    print({{QStringLiteral("intents"), rows},
           {QStringLiteral("requests"), total},
           {QStringLiteral("floor"), floorTotal},
           {QStringLiteral("duplicates"), duplicates},
           {QStringLiteral("allAnswered"), ok},
           {QStringLiteral("finalPageShown"), finalPageShown}});
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char* argv[])
{
    firstpaint::sinceExecMs();
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("startup"), QStringLiteral("figure 4")},
         {QStringLiteral("demo-latency"), QStringLiteral("demo latency"), QStringLiteral("MS"), QStringLiteral("-1")},
         {QStringLiteral("memory"), QStringLiteral("figure 5")},
         {QStringLiteral("server"), QStringLiteral("server URL"), QStringLiteral("URL")},
         {QStringLiteral("session"), QStringLiteral("figure 6")}});
    parser.process(app);
    if (parser.isSet(QStringLiteral("memory")))
        return memory(app, QUrl(parser.value(QStringLiteral("server"))));
    if (parser.isSet(QStringLiteral("session")))
        return session(app);
    return startup(app, parser.value(QStringLiteral("demo-latency")).toInt());
}
