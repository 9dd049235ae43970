// "Disable sync, then delete" in the delete dialog of an active instance, as the web console does:
// two steps shown as they happen; when disabling fails (or its outcome is unknown) nothing is deleted
// and the server's message is shown. Over real HTTP to the dev server.
#include "apptestutil.h"

#include "app/details/detailspane.h"
#include "app/dialoglauncher.h"
#include "app/dialogs/deleteconnectordialog.h"

#include <QCheckBox>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>

using namespace apptest;
using devserver::Fault;

namespace {

QString addActive(TestServer& ts, const QString& name)
{
    return addInstance(ts, {{"name", name}, {"isActive", true}});
}

DeleteConnectorDialog* openDelete(Harness& h, const QString& id)
{
    if (!h.table()->selectConnector(id))
        return nullptr;
    // The selection's own GET (the details pane) is not the dialog's.
    if (!QTest::qWaitFor([&] { return !detailsOf(h.window.get())->isFetching(); }, 5000))
        return nullptr;
    trigger(h.window.get(), "actionDelete");
    auto* dialog = qobject_cast<DeleteConnectorDialog*>(dialogsOf(h.window.get())->deleteDialog());
    if (dialog)
        dialog->findChild<QLineEdit*>(QStringLiteral("confirmLineEdit"))->setText(dialog->instance().name);
    return dialog;
}

QStringList methodsOn(const devserver::DevServer& server, const QString& id)
{
    QStringList out;
    const QString path = QStringLiteral("/api/v1/connectors/") + id;
    for (const devserver::LoggedRequest& r : server.requestLog()) {
        if (r.path == path || r.path.startsWith(path + QLatin1Char('/')))
            out.append(QString::fromLatin1(r.method) + r.path.mid(path.size()));
    }
    return out;
}

} // namespace

class TestDisableThenDelete : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void disablesThenDeletes();
    void nothingIsDeletedWhenDisablingFails_data();
    void nothingIsDeletedWhenDisablingFails();
    void untickedDeletesAsItIs();
};

void TestDisableThenDelete::initTestCase()
{
    isolateSettings();
}

void TestDisableThenDelete::disablesThenDeletes()
{
    Harness h(0);
    TestServer& ts = h.ts;
    ts.server.setDeletionDelay(3600000);
    const QString id = addActive(ts, QStringLiteral("Research wiki"));
    QVERIFY(h.open());
    QPointer<DeleteConnectorDialog> dialog = openDelete(h, id);
    QVERIFY(dialog);
    QVERIFY(dialog->disablesSyncFirst());
    QVERIFY(dialog->disableFirstCheckBox()->isChecked());
    QVERIFY(dialog->okButton()->isEnabled());
    QStringList stepsSeen;
    connect(dialog, &RequestDialog::busyChanged, this, [&](bool) { stepsSeen.append(dialog->stepsText()); });
    QSignalSpy deleted(dialog.data(), &DeleteConnectorDialog::deleted);
    ts.server.clearRequestLog();
    dialog->accept();
    QVERIFY(deleted.wait(10000));
    QCOMPARE(methodsOn(ts.server, id), (QStringList{"GET", "POST/toggle", "GET", "DELETE"}));
    QVERIFY(!ts.server.store().instance(id).value("isActive").toBool());
    // Each step showed as it happened.
    QVERIFY2(stepsSeen.join('|').contains(QStringLiteral("1. Disabling sync…\n2. Delete")),
             qPrintable(stepsSeen.join('|')));
    QVERIFY2(stepsSeen.join('|').contains(QStringLiteral("1. Disabling sync… done\n2. Deleting…")),
             qPrintable(stepsSeen.join('|')));
    QTRY_VERIFY(!dialog);
}

void TestDisableThenDelete::nothingIsDeletedWhenDisablingFails_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("locked: 409") << 0;
    QTest::newRow("refused toggle") << 1;
    QTest::newRow("gateway error: unknown") << 2;
}

void TestDisableThenDelete::nothingIsDeletedWhenDisablingFails()
{
    QFETCH(int, mode);
    Harness h(0);
    TestServer& ts = h.ts;
    const QString id = addActive(ts, QStringLiteral("Locked wiki"));
    QVERIFY(h.open());
    QPointer<DeleteConnectorDialog> dialog = openDelete(h, id);
    QVERIFY(dialog);
    Fault fault;
    fault.method = "POST";
    fault.pathPrefix = QStringLiteral("/connectors/") + id + QStringLiteral("/toggle");
    if (mode == 0) {
        ts.server.store().setLocked(id, true, QStringLiteral("SYNCING")); // the row does not know yet
    } else if (mode == 1) {
        fault.status = 409;
        fault.body = R"({"message":"Connector is being updated by another request"})";
        ts.server.injectFault(fault);
    } else {
        // A gateway error: the toggle may or may not have reached the server (it did not: the flag
        // reads unchanged), so the outcome is unknown.
        fault.status = 502;
        ts.server.injectFault(fault);
    }
    ts.server.clearRequestLog();
    QSignalSpy busy(dialog.data(), &RequestDialog::busyChanged);
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && busy.count() >= 2, 10000);
    QTest::qWait(100);
    QVERIFY(dialog); // still open, with the server's words
    QVERIFY(!methodsOn(ts.server, id).contains(QStringLiteral("DELETE")));
    QVERIFY(ts.server.store().contains(id));
    QCOMPARE(dialog->statusKind(), RequestDialog::StatusKind::Error);
    QVERIFY(dialog->statusText().contains(QLatin1String("Nothing was deleted")));
    if (mode == 0)
        QVERIFY2(dialog->statusText().contains(QLatin1String("locked"), Qt::CaseInsensitive),
                 qPrintable(dialog->statusText()));
    if (mode == 1)
        QVERIFY2(dialog->statusText().contains(QLatin1String("being updated by another request")),
                 qPrintable(dialog->statusText()));
    if (mode == 2)
        QVERIFY2(dialog->statusText().contains(QLatin1String("not known")), qPrintable(dialog->statusText()));
    QVERIFY(dialog->stepsText().contains(mode == 2 ? QLatin1String("unknown") : QLatin1String("failed")));
    dialog->close();
}

void TestDisableThenDelete::untickedDeletesAsItIs()
{
    Harness h(0);
    TestServer& ts = h.ts;
    const QString id = addActive(ts, QStringLiteral("Active but unticked"));
    QVERIFY(h.open());
    QPointer<DeleteConnectorDialog> dialog = openDelete(h, id);
    QVERIFY(dialog);
    dialog->disableFirstCheckBox()->setChecked(false); // the admin wants it deleted as it is
    QVERIFY(!dialog->disablesSyncFirst());
    QSignalSpy deleted(dialog.data(), &DeleteConnectorDialog::deleted);
    ts.server.clearRequestLog();
    dialog->accept();
    QVERIFY(deleted.wait(10000));
    QCOMPARE(methodsOn(ts.server, id), QStringList{"DELETE"});
}

QTEST_MAIN(TestDisableThenDelete)
#include "tst_disablethendelete.moc"
