// The details pane's indexing statistics over real HTTP: every status the server sends is shown with
// its count (an unknown one too, under its own name, with a neutral colour), per record type as well;
// the bar's tooltip lists the counts; Refresh asks again; a failure keeps the last counts.
#include "apptestutil.h"

#include "app/details/detailspane.h"
#include "app/details/indexingstatsview.h"
#include "app/details/indexingstatuscolors.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QToolButton>

using namespace apptest;
using devserver::Fault;

class TestIndexingStats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void coloursMeanTheSameEverywhere();
    void showsEveryStatusAndRefreshes();
    void barPaints();
    void refreshedWhileTheInstanceSyncs();
};

void TestIndexingStats::initTestCase()
{
    isolateSettings();
}

void TestIndexingStats::coloursMeanTheSameEverywhere()
{
    QSet<QRgb> seen;
    for (const QString& status : IndexingStats::knownStatuses()) {
        QVERIFY2(!indexingstatus::isUnknown(status), qPrintable(status));
        QVERIFY(!indexingstatus::label(status).isEmpty());
        QVERIFY2(!seen.contains(indexingstatus::colour(status).rgb()), qPrintable(status));
        seen.insert(indexingstatus::colour(status).rgb());
    }
    QVERIFY(indexingstatus::isUnknown(QStringLiteral("ARCHIVED")));
    QCOMPARE(indexingstatus::label(QStringLiteral("ARCHIVED")), QStringLiteral("ARCHIVED"));
    QCOMPARE(indexingstatus::colour(QStringLiteral("ARCHIVED")), indexingstatus::colour(QStringLiteral("LATER")));
    QVERIFY(indexingstatus::colour(QStringLiteral("COMPLETED")).green() > indexingstatus::colour("COMPLETED").red());
    QVERIFY(indexingstatus::colour(QStringLiteral("FAILED")).red() > indexingstatus::colour("FAILED").green());
}

void TestIndexingStats::showsEveryStatusAndRefreshes()
{
    Harness h(0);
    TestServer& ts = h.ts;
    const QString id = ts.server.store().addInstance({{"name", "Indexed"}, {"isActive", true}});
    ts.server.store().setIndexingStats(
        id,
        QJsonArray{QJsonObject{{"recordType", "FILE"},
                               {"indexingStatus", QJsonObject{{"COMPLETED", 30}, {"FAILED", 2}, {"ARCHIVED", 5}}}},
                   QJsonObject{{"recordType", "MAIL"}, {"indexingStatus", QJsonObject{{"QUEUED", 4}}}}});
    h.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(h.window.get()));
    QVERIFY(h.open());
    IndexingStatsView* view = detailsOf(h.window.get())->statsView();
    QCOMPARE(view->objectName(), QStringLiteral("indexingStatsView"));
    QSignalSpy refreshed(view, &IndexingStatsView::refreshed);
    QVERIFY(h.table()->selectConnector(id));
    QVERIFY(refreshed.wait(10000));
    QVERIFY(view->hasStats());
    QCOMPARE(view->stats().overall.total, 41);

    auto* total = view->findChild<QLabel*>(QStringLiteral("statsTotalLabel"));
    QVERIFY(total->text().contains(QLatin1String("41")));
    // The legend: every status, the unknown one under its own name, with its count.
    for (const auto& [status, text] : {std::pair{"COMPLETED", "Completed 30"},
                                       std::pair{"FAILED", "Failed 2"},
                                       std::pair{"QUEUED", "Queued 4"},
                                       std::pair{"NOT_STARTED", "Not started 0"},
                                       std::pair{"ARCHIVED", "ARCHIVED 5"}}) {
        auto* entry = view->findChild<QWidget*>(QStringLiteral("legend_%1").arg(QLatin1String(status)));
        QVERIFY2(entry, status);
        auto* label = entry->findChild<QLabel*>(QStringLiteral("legendText"));
        QCOMPARE(label->text(), QString::fromLatin1(text));
    }
    // The bar says the same in words.
    auto* bar = view->findChild<IndexingStatsBar*>(QStringLiteral("indexingStatsBar"));
    QVERIFY(bar);
    for (const char* part : {"Completed: 30", "Failed: 2", "Queued: 4", "ARCHIVED: 5"}) {
        QVERIFY2(bar->toolTip().contains(QLatin1String(part)), qPrintable(bar->toolTip()));
        QVERIFY(bar->accessibleDescription().contains(QLatin1String(part)));
    }
    // Per record type, smaller bars.
    auto* file = view->findChild<IndexingStatsBar*>(QStringLiteral("recordTypeBar_FILE"));
    auto* mail = view->findChild<IndexingStatsBar*>(QStringLiteral("recordTypeBar_MAIL"));
    QVERIFY(file && mail);
    QCOMPARE(file->counts().total, 37);
    QVERIFY(file->toolTip().contains(QLatin1String("ARCHIVED: 5")));
    QCOMPARE(mail->counts().count(QStringLiteral("QUEUED")), 4);

    // Refresh asks again and shows the new counts.
    ts.server.store().setIndexingStats(
        id, QJsonArray{QJsonObject{{"recordType", "FILE"}, {"indexingStatus", QJsonObject{{"COMPLETED", 50}}}}});
    ts.server.clearRequestLog();
    view->findChild<QToolButton*>(QStringLiteral("statsRefreshButton"))->click();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/") + id + QStringLiteral("/stats"), "GET"), 1);
    QCOMPARE(view->stats().overall.total, 50);
    QVERIFY(!view->findChild<QWidget*>(QStringLiteral("legend_ARCHIVED")));
    QVERIFY(!view->findChild<IndexingStatsBar*>(QStringLiteral("recordTypeBar_MAIL")));

    // A failed refresh keeps the counts and says why, in the server's words.
    Fault fault;
    fault.status = 403;
    fault.body = R"({"message":"You do not have permission to view this connector instance"})";
    fault.pathPrefix = QStringLiteral("/connectors/") + id + QStringLiteral("/stats");
    ts.server.injectFault(fault);
    view->refresh();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(view->stats().overall.total, 50);
    QVERIFY2(view->statusText().contains(QLatin1String("permission")), qPrintable(view->statusText()));
}

void TestIndexingStats::barPaints()
{
    IndexingStatsBar bar;
    IndexingCounts counts;
    counts.total = 10;
    counts.byStatus = {{QStringLiteral("COMPLETED"), 6}, {QStringLiteral("ARCHIVED"), 4}};
    bar.setCounts(counts);
    bar.resize(200, 14);
    const QImage picture = bar.grab().toImage();
    // Left: completed green; right: the unknown status, neutral (hatched).
    const QColor left = picture.pixelColor(30, 7);
    QCOMPARE(left.rgb(), indexingstatus::colour(QStringLiteral("COMPLETED")).rgb());
    const QColor right = picture.pixelColor(170, 7);
    QVERIFY(right.rgb() != left.rgb());
}

void TestIndexingStats::refreshedWhileTheInstanceSyncs()
{
    Harness h(0);
    TestServer& ts = h.ts;
    const QString id = ts.server.store().addInstance({{"name", "Busy"}, {"isActive", true}, {"status", "SYNCING"}});
    h.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(h.window.get()));
    IndexingStatsView* view = detailsOf(h.window.get())->statsView();
    view->setSyncRefreshInterval(50);
    QVERIFY(h.open());
    QVERIFY(h.table()->selectConnector(id));
    const QString stats = QStringLiteral("/connectors/") + id + QStringLiteral("/stats");
    QTRY_VERIFY_WITH_TIMEOUT(ts.countRequests(stats, "GET") >= 3, 5000); // again and again while it syncs
    // The sync ends (the row says so): one last look, then no more.
    ConnectorInstance done = *h.table()->currentInstance();
    done.status = InstanceStatus();
    h.model()->updateConnector(done);
    QTest::qWait(100);
    const int count = ts.countRequests(stats, "GET");
    QTest::qWait(300);
    QCOMPARE(ts.countRequests(stats, "GET"), count);
}

QTEST_MAIN(TestIndexingStats)
#include "tst_indexingstats.moc"
