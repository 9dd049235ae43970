// Bulk work in the main window, offscreen against the dev server over real HTTP: extended
// selection (Shift/Ctrl+click, Shift+arrows, Ctrl+A) and the status text, a selection that outlives
// the page, "Select all N matching" with Cancel and its limit, the confirmation's texts and the typed
// count of a team delete, and the progress dialog's end state with one reload of the table.
#include "apptestutil.h"

#include "app/bulk/bulkactions.h"
#include "app/bulk/bulkconfirmdialog.h"
#include "app/bulk/bulkitemmodel.h"
#include "app/bulk/bulkprogressdialog.h"
#include "app/bulk/selectallmatching.h"
#include "app/bulk/selectiontracker.h"
#include "core/ops/bulkoperation.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>

using namespace apptest;
using devserver::Fault;

namespace {

QString addInstance(Harness& h, const QString& name, const QString& scope, bool active, bool locked = false)
{
    const QString id = ::addInstance(
        h.ts, {{QStringLiteral("scope"), scope}, {QStringLiteral("name"), name}, {QStringLiteral("isActive"), active}});
    if (locked)
        h.ts.server.store().setLocked(id, true, QStringLiteral("FULL_SYNCING"));
    return id;
}

void clickRow(Harness& h, int row, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    const QRect rect = h.table()->visualRect(h.table()->model()->index(row, 1));
    QTest::mouseClick(h.table()->viewport(), Qt::LeftButton, modifiers, rect.center());
}

QString statusText(Harness& h)
{
    return h.child<QLabel>("selectionStatus")->text();
}

SelectionTracker* trackerOf(Harness& h)
{
    return h.child<SelectionTracker>("selectionTracker");
}

int selectedRowsInView(Harness& h)
{
    return int(h.table()->selectionModel()->selectedRows().size());
}

BulkConfirmDialog* openConfirm(Harness& h, const char* action)
{
    trigger(h.window.get(), action);
    return h.window->findChild<BulkConfirmDialog*>(QStringLiteral("bulkConfirmDialog"));
}

// Shows the window so that clicks land on laid-out rows.
bool showAndOpen(Harness& h)
{
    h.window->resize(1200, 900);
    h.window->show();
    return QTest::qWaitForWindowExposed(h.window.get()) && h.open();
}

} // namespace

class TestBulkActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolateSettings();
    }
    void extendedSelectionAndItsStatus();
    void theSelectionOutlivesThePage();
    void selectAllMatchingGathersEveryPage();
    void selectAllMatchingCancelsAndStopsAtTheLimit();
    void theConfirmationSaysWhatWillHappen();
    void deletingTeamInstancesAsksForTheirNumber();
    void theProgressDialogEndsWithASummaryAndOneReload();
};

void TestBulkActions::extendedSelectionAndItsStatus()
{
    Harness h(60);
    QVERIFY(showAndOpen(h));

    clickRow(h, 0);
    clickRow(h, 4, Qt::ShiftModifier);
    QCOMPARE(trackerOf(h)->count(), 5);
    QCOMPARE(statusText(h), QStringLiteral("5 selected"));
    clickRow(h, 7, Qt::ControlModifier);
    QCOMPARE(trackerOf(h)->count(), 6);
    QCOMPARE(selectedRowsInView(h), 6);

    // A plain click starts over; Shift+Down extends from there.
    clickRow(h, 2);
    QCOMPARE(trackerOf(h)->count(), 1);
    QTest::keyClick(h.table(), Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(h.table(), Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(trackerOf(h)->count(), 3);
    QCOMPARE(statusText(h), QStringLiteral("3 selected"));
    // Single-instance actions keep acting on the current row.
    QCOMPARE(h.table()->currentInstance()->id, h.model()->instanceAt(4)->id);

    // Ctrl+A: the rows of the page; the status offers the rest.
    QTest::keyClick(h.table(), Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(trackerOf(h)->count(), h.model()->rowCount());
    QVERIFY2(statusText(h).contains(QStringLiteral("Select all 60 matching")), qPrintable(statusText(h)));
    QVERIFY(h.child<QAction>("actionBulkDisableSync")->isEnabled());

    clickRow(h, 0);
    QVERIFY(!h.child<QAction>("actionBulkDisableSync")->isEnabled()); // one row: the single actions
}

void TestBulkActions::theSelectionOutlivesThePage()
{
    Harness h(60);
    QVERIFY(showAndOpen(h));
    clickRow(h, 1);
    clickRow(h, 3, Qt::ControlModifier);
    const QStringList firstPage{h.model()->instanceAt(1)->id, h.model()->instanceAt(3)->id};

    QVERIFY(h.loadAfter([&] { h.controller()->nextPage(); }));
    QCOMPARE(statusText(h), QStringLiteral("2 selected (2 on other pages)"));
    QCOMPARE(selectedRowsInView(h), 0);
    clickRow(h, 0, Qt::ControlModifier);
    QCOMPARE(statusText(h), QStringLiteral("3 selected (2 on other pages)"));
    const QString secondPage = h.model()->instanceAt(0)->id;

    QVERIFY(h.loadAfter([&] { h.controller()->previousPage(); }));
    QCOMPARE(statusText(h), QStringLiteral("3 selected (1 on other pages)"));
    QCOMPARE(selectedRowsInView(h), 2);
    QCOMPARE(trackerOf(h)->ids(), firstPage + QStringList{secondPage});
}

void TestBulkActions::selectAllMatchingGathersEveryPage()
{
    Harness h(137);
    QVERIFY(showAndOpen(h));
    const qint64 total = h.controller()->pagination().total;
    QVERIFY(total > h.model()->rowCount());

    QSignalSpy selected(h.child<SelectAllMatching>("selectAllMatching"), &SelectAllMatching::selected);
    trigger(h.window.get(), "actionSelectAllMatching");
    QVERIFY(h.window->findChild<QProgressDialog*>(QStringLiteral("selectAllProgress")));
    QVERIFY(selected.wait(10000));
    QCOMPARE(trackerOf(h)->count(), int(total));
    QCOMPARE(selectedRowsInView(h), h.model()->rowCount());
    QCOMPARE(statusText(h),
             QStringLiteral("%1 selected (%2 on other pages)").arg(total).arg(total - h.model()->rowCount()));
    const QStringList selectedIds = trackerOf(h)->ids();
    const QStringList storedIds = h.ts.server.store().ids();
    const QSet<QString> unique(selectedIds.cbegin(), selectedIds.cend());
    QCOMPARE(unique.size(), int(total));
    QCOMPARE(unique, QSet<QString>(storedIds.cbegin(), storedIds.cend()));
}

void TestBulkActions::selectAllMatchingCancelsAndStopsAtTheLimit()
{
    Harness h(137);
    QVERIFY(showAndOpen(h));
    clickRow(h, 0);
    auto* selectAll = h.child<SelectAllMatching>("selectAllMatching");

    // Cancel while the pages are on their way: the selection stays as it was.
    Fault slow;
    slow.mode = Fault::Mode::Latency;
    slow.latencyMs = 3000;
    slow.method = "GET";
    slow.count = -1;
    h.ts.server.injectFault(slow);
    QSignalSpy cancelled(selectAll, &SelectAllMatching::cancelled);
    trigger(h.window.get(), "actionSelectAllMatching");
    QProgressDialog* progress = selectAll->progressDialog();
    QVERIFY(progress);
    auto* cancel = progress->findChild<QPushButton*>();
    QVERIFY(cancel);
    cancel->click();
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(!selectAll->isRunning());
    QCOMPARE(trackerOf(h)->count(), 1);
    h.ts.server.clearFaults();

    // Beyond the limit it stops, and says why.
    selectAll->setLimit(50);
    QSignalSpy selected(selectAll, &SelectAllMatching::selected);
    trigger(h.window.get(), "actionSelectAllMatching");
    QVERIFY(selected.wait(10000));
    QCOMPARE(trackerOf(h)->count(), 50);
    const QString message = h.window->statusBar()->currentMessage();
    QVERIFY2(message.contains(QStringLiteral("stops at 50")), qPrintable(message));
}

void TestBulkActions::theConfirmationSaysWhatWillHappen()
{
    Harness h(0);
    addInstance(h, QStringLiteral("Wiki A"), QStringLiteral("team"), true);
    addInstance(h, QStringLiteral("Wiki B"), QStringLiteral("team"), true);
    addInstance(h, QStringLiteral("Wiki C"), QStringLiteral("team"), false);
    addInstance(h, QStringLiteral("Mine"), QStringLiteral("personal"), true);
    addInstance(h, QStringLiteral("Busy"), QStringLiteral("team"), true, true);
    QVERIFY(showAndOpen(h));
    QTest::keyClick(h.table(), Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(trackerOf(h)->count(), 5);

    BulkConfirmDialog* dialog = openConfirm(h, "actionBulkDisableSync");
    QVERIFY(dialog);
    const QString text = dialog->text();
    QVERIFY2(text.startsWith(QStringLiteral("Disable sync: 3 of the 5 selected instances.")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Team: 2 active, 1 inactive, 1 locked")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Personal: 1 active")), qPrintable(text));
    for (const char* name : {"Wiki A", "Wiki B", "Mine"})
        QVERIFY2(text.contains(QStringLiteral("• ") + QLatin1String(name)), name);
    QVERIFY(!text.contains(QStringLiteral("• Wiki C")));
    QVERIFY2(text.contains(QStringLiteral("Skipped, nothing sent (2):")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Sync is already disabled. (1)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Locked by a running job (FULL_SYNCING). (1)")), qPrintable(text));
    QVERIFY(!dialog->needsTypedCount());
    QVERIFY(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
    QCOMPARE(dialog->concurrency(), BulkOperation::defaultConcurrency);
    dialog->close();
}

void TestBulkActions::deletingTeamInstancesAsksForTheirNumber()
{
    Harness h(0);
    for (int i = 0; i < 25; ++i)
        addInstance(h, QStringLiteral("Team %1").arg(i), QStringLiteral("team"), false);
    addInstance(h, QStringLiteral("Busy"), QStringLiteral("team"), true, true);
    QVERIFY(showAndOpen(h));
    QSignalSpy selected(h.child<SelectAllMatching>("selectAllMatching"), &SelectAllMatching::selected);
    trigger(h.window.get(), "actionSelectAllMatching");
    QVERIFY(selected.wait(10000));
    QCOMPARE(trackerOf(h)->count(), 26);

    BulkConfirmDialog* dialog = openConfirm(h, "actionBulkDelete");
    QVERIFY(dialog);
    QVERIFY(dialog->needsTypedCount());
    const QString text = dialog->text();
    QVERIFY2(text.startsWith(QStringLiteral("Delete: 25 of the 26 selected instances.")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("• Team")), "more than 20: counts, not names");
    QVERIFY(text.contains(QStringLiteral("Deleting cannot be undone.")));
    QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    auto* typed = dialog->findChild<QLineEdit*>(QStringLiteral("bulkTypedCount"));
    QVERIFY(typed);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(typed, QStringLiteral("26")); // the selection, not what will be deleted
    QVERIFY(!ok->isEnabled());
    typed->clear();
    QTest::keyClicks(typed, QStringLiteral("25"));
    QVERIFY(ok->isEnabled());
    dialog->close();
    QCOMPARE(h.ts.countRequests(QStringLiteral("/connectors/"), "DELETE"), 0);
}

void TestBulkActions::theProgressDialogEndsWithASummaryAndOneReload()
{
    Harness h(0);
    QStringList ids;
    for (int i = 0; i < 30; ++i)
        ids.append(addInstance(h, QStringLiteral("Drive %1").arg(i), QStringLiteral("team"), true));
    QVERIFY(showAndOpen(h));
    QSignalSpy selected(h.child<SelectAllMatching>("selectAllMatching"), &SelectAllMatching::selected);
    trigger(h.window.get(), "actionSelectAllMatching");
    QVERIFY(selected.wait(10000));
    const QString refused = ids.at(7);
    Fault forbidden;
    forbidden.status = 403;
    forbidden.body = R"({"error":{"message":"Not yours to change"}})";
    forbidden.method = "POST";
    forbidden.pathPrefix = QStringLiteral("/connectors/%1/toggle").arg(refused);
    h.ts.server.injectFault(forbidden);

    BulkConfirmDialog* confirm = openConfirm(h, "actionBulkDisableSync");
    QVERIFY(confirm);
    QSignalSpy reloaded(h.controller(), &ConnectorListController::pageLoaded);
    confirm->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    auto* dialog = h.window->findChild<BulkProgressDialog*>(QStringLiteral("bulkProgressDialog"));
    QVERIFY(dialog);
    QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(dialog->model()->rowCount(), 30);
    QSignalSpy finished(dialog, &BulkProgressDialog::runFinished);
    QVERIFY(finished.wait(20000));
    QVERIFY(reloaded.wait(10000));
    QCoreApplication::processEvents();
    QCOMPARE(reloaded.size(), 1); // the table reloaded once

    QVERIFY2(dialog->summaryText().startsWith(
                 QStringLiteral("30 of 30 instances: 29 done, 0 skipped, 1 failed, 0 unknown — finished")),
             qPrintable(dialog->summaryText()));
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("bulkCancelButton"))->isEnabled());
    QPushButton* retry = dialog->findChild<QPushButton*>(QStringLiteral("bulkRetryButton"));
    QVERIFY(retry->isEnabled());
    int failedRow = -1; // the selection's order: the list's, newest first
    for (int row = 0; row < dialog->model()->rowCount(); ++row) {
        if (dialog->model()->index(row, 0).data(Qt::ToolTipRole).toString() == refused)
            failedRow = row;
    }
    QVERIFY(failedRow >= 0);
    QCOMPARE(dialog->model()->index(failedRow, BulkItemModel::StateColumn).data().toString(), QStringLiteral("Failed"));
    QVERIFY(dialog->model()
                ->index(failedRow, BulkItemModel::MessageColumn)
                .data()
                .toString()
                .contains(QStringLiteral("Not yours to change")));

    dialog->findChild<QAction*>(QStringLiteral("bulkCopyCsv"))->trigger();
    const QString csv = QGuiApplication::clipboard()->text();
    QVERIFY(csv.startsWith(QStringLiteral("connectorId,instanceName,scope,result,message\r\n")));
    QVERIFY(csv.contains(refused + QStringLiteral(",Drive 7,team,failed,")));
    dialog->findChild<QAction*>(QStringLiteral("bulkCopyText"))->trigger();
    QVERIFY(QGuiApplication::clipboard()->text().startsWith(QStringLiteral("Disable sync: 30 instances")));

    // Retry failed: only the refused one is sent again, then one more reload.
    h.ts.server.clearRequestLog();
    reloaded.clear();
    retry->click();
    QVERIFY(finished.wait(20000));
    QVERIFY(reloaded.wait(10000));
    QVERIFY2(dialog->summaryText().startsWith(QStringLiteral("30 of 30 instances: 30 done")),
             qPrintable(dialog->summaryText()));
    QCOMPARE(h.ts.countRequests(QStringLiteral("/connectors/"), "POST"), 1);
    QCOMPARE(h.ts.countRequests(QStringLiteral("/connectors/") + refused + QStringLiteral("/toggle"), "POST"), 1);
    for (const QString& id : ids)
        QVERIFY(!h.ts.server.store().instance(id).value(QStringLiteral("isActive")).toBool());
    QCOMPARE(reloaded.size(), 1);
}

QTEST_MAIN(TestBulkActions)
#include "tst_bulkactions.moc"
