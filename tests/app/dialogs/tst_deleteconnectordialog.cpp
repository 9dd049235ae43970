// The delete dialog against the dev server: team instances need their name typed, the real server's
// 202 means "deleting in the background", 409 shows the agents that hold it, 404 means someone else
// deleted it, and however fast the admin clicks, one DELETE is sent.
#include "dialogtest.h"

#include "app/dialogs/deleteconnectordialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

using namespace dialogtest;

class TestDeleteConnectorDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void confirmationNamesTheInstanceTypeAndScope();
    void teamInstanceNeedsItsNameTyped_data();
    void teamInstanceNeedsItsNameTyped();
    void personalInstanceNeedsNoTypingButEnterCancels();
    void usedByAgentsShowsTheAgentsAndStaysOpen_data();
    void usedByAgentsShowsTheAgentsAndStaysOpen();
    void deletedMeanwhileEmitsNotFoundAndExplains_data();
    void deletedMeanwhileEmitsNotFoundAndExplains();
    void doubleClickSendsOneDelete();
    void lockedInstanceCannotBeDeleted();

private:
    DeleteConnectorDialog* open(TestServer& ts, const QString& id);
    QPointer<DeleteConnectorDialog> m_dialog;
};

void TestDeleteConnectorDialog::initTestCase()
{
    silenceOffscreenSizeHintWarnings();
}

void TestDeleteConnectorDialog::cleanup()
{
    delete m_dialog.data();
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (qobject_cast<QMessageBox*>(w))
            delete w;
    }
}

DeleteConnectorDialog* TestDeleteConnectorDialog::open(TestServer& ts, const QString& id)
{
    const auto instance = fetch(ts, id);
    if (!instance)
        return nullptr;
    m_dialog = new DeleteConnectorDialog(ts.client.get(), *instance);
    m_dialog->show();
    return m_dialog;
}

void TestDeleteConnectorDialog::confirmationNamesTheInstanceTypeAndScope()
{
    TestServer ts(devserver::Dialect::PipesHub, 0);
    const QString active
        = ts.server.store().addInstance({{"name", "R&D Wiki"}, {"type", "Confluence"}, {"isActive", true}});
    DeleteConnectorDialog* dialog = open(ts, active);
    QVERIFY(dialog);
    FIND_CHILD(QLabel, question, dialog, "questionLabel");
    FIND_CHILD(QLabel, details, dialog, "detailsLabel");
    FIND_CHILD(QLabel, records, dialog, "recordsLabel");
    FIND_CHILD(QLabel, activeNote, dialog, "activeLabel");
    FIND_CHILD(QLabel, confirm, dialog, "confirmLabel");
    QVERIFY(question->text().contains(QLatin1String("\"R&D Wiki\"")));
    QVERIFY(details->text().contains(QLatin1String("Confluence")));
    QVERIFY(details->text().contains(QLatin1String("Atlassian")));
    QVERIFY(details->text().contains(QLatin1String("Scope: team")));
    QVERIFY(records->isVisible());
    QVERIFY(records->text().contains(QLatin1String("synced are not")));
    QVERIFY(activeNote->isVisible());
    QVERIFY(activeNote->text().contains(QLatin1String("web console disables")));
    QVERIFY(confirm->text().contains(QLatin1String("R&&D Wiki"))); // shown as "R&D Wiki", not a mnemonic
    delete m_dialog.data();

    const QString inactive = ts.server.store().addInstance(
        {{"name", "Old Notes"}, {"type", "Notion"}, {"scope", "personal"}, {"isActive", false}});
    dialog = open(ts, inactive);
    QVERIFY(dialog);
    FIND_CHILD(QLabel, activeNote2, dialog, "activeLabel");
    FIND_CHILD(QLabel, details2, dialog, "detailsLabel");
    QVERIFY(!activeNote2->isVisible());
    QVERIFY(details2->text().contains(QLatin1String("Scope: personal")));
}

void TestDeleteConnectorDialog::teamInstanceNeedsItsNameTyped_data()
{
    QTest::addColumn<bool>("pipesHub");
    QTest::addColumn<bool>("inBackground");
    QTest::addColumn<QString>("message");
    QTest::addRow("published dialect: 200, deleted") << false << false << "Connector instance deleted successfully";
    QTest::addRow("PipesHub dialect: 202, DELETING") << true << true << "Connector deletion initiated";
}

void TestDeleteConnectorDialog::teamInstanceNeedsItsNameTyped()
{
    QFETCH(bool, pipesHub);
    QFETCH(bool, inBackground);
    QFETCH(QString, message);
    TestServer ts(dialectOf(pipesHub), 5);
    const QString id = ts.server.store().addInstance({{"name", "Team Drive"}, {"type", "Drive"}, {"scope", "team"}});
    const int before = ts.server.store().count();
    DeleteConnectorDialog* dialog = open(ts, id);
    QVERIFY(dialog);
    QVERIFY(dialog->needsTypedName());
    QSignalSpy deleted(dialog, &DeleteConnectorDialog::deleted);
    FIND_CHILD(QLineEdit, confirm, dialog, "confirmLineEdit");
    QVERIFY(confirm->isVisible());
    QVERIFY(dialog->focusWidget() == confirm);

    QVERIFY(!dialog->okButton()->isEnabled());
    QTest::keyClicks(confirm, QStringLiteral("team drive")); // not exact
    QVERIFY(!dialog->okButton()->isEnabled());
    dialog->accept();
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/") + id, "DELETE"), 0);
    confirm->clear();
    QTest::keyClicks(confirm, QStringLiteral("Team Driv"));
    QVERIFY(!dialog->okButton()->isEnabled());
    QTest::keyClicks(confirm, QStringLiteral("e"));
    QVERIFY(dialog->okButton()->isEnabled());

    QTest::keyClick(confirm, Qt::Key_Return); // Delete is the default once the name matches
    QVERIFY(deleted.wait(5000));
    QCOMPARE(deleted.first().at(0).toString(), id);
    QCOMPARE(deleted.first().at(1).toBool(), inBackground);
    QCOMPARE(deleted.first().at(2).toString(), message);
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/") + id, "DELETE"), 1);
    if (inBackground) {
        QVERIFY(!ts.server.store().contains(id)
                || ts.server.store().instance(id).value(QLatin1String("status")).toString()
                    == QLatin1String("DELETING"));
    } else {
        QVERIFY(!ts.server.store().contains(id));
        QCOMPARE(ts.server.store().count(), before - 1);
    }
    QTRY_VERIFY(m_dialog.isNull());
}

void TestDeleteConnectorDialog::personalInstanceNeedsNoTypingButEnterCancels()
{
    TestServer ts(devserver::Dialect::PipesHub, 0);
    const QString id = ts.server.store().addInstance({{"name", "My Gmail"}, {"type", "Gmail"}, {"scope", "personal"}});
    DeleteConnectorDialog* dialog = open(ts, id);
    QVERIFY(dialog);
    QVERIFY(!dialog->needsTypedName());
    FIND_CHILD(QLineEdit, confirm, dialog, "confirmLineEdit");
    QVERIFY(!confirm->isVisible());
    QVERIFY(dialog->okButton()->isEnabled());
    // Delete is not the default button: Enter by reflex cancels rather than deletes.
    QVERIFY(dialog->cancelButton()->isDefault());
    QVERIFY(!dialog->okButton()->isDefault());
    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_VERIFY(m_dialog.isNull());
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/") + id, "DELETE"), 0);
    QVERIFY(ts.server.store().contains(id));
}

void TestDeleteConnectorDialog::usedByAgentsShowsTheAgentsAndStaysOpen_data()
{
    QTest::addColumn<bool>("pipesHub");
    QTest::addRow("published dialect") << false;
    QTest::addRow("PipesHub dialect") << true;
}

void TestDeleteConnectorDialog::usedByAgentsShowsTheAgentsAndStaysOpen()
{
    QFETCH(bool, pipesHub);
    TestServer ts(dialectOf(pipesHub), 0);
    const QString id = ts.server.store().addInstance({{"name", "Help Center"}, {"type", "Web"}, {"scope", "personal"}});
    ts.server.store().setUsedByAgents(id, {QStringLiteral("Support Assistant"), QStringLiteral("Sales Copilot")});
    DeleteConnectorDialog* dialog = open(ts, id);
    QVERIFY(dialog);
    QSignalSpy deleted(dialog, &DeleteConnectorDialog::deleted);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY(dialog->isBusy());
    QTRY_VERIFY(!dialog->isBusy());

    QCOMPARE(deleted.count(), 0);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->statusKind(), RequestDialog::StatusKind::Error);
    QVERIFY2(dialog->statusText().contains(QLatin1String("Support Assistant")), qPrintable(dialog->statusText()));
    QVERIFY(dialog->statusText().contains(QLatin1String("Sales Copilot")));
    QVERIFY(dialog->statusText().contains(QLatin1String("409")));
    QVERIFY(ts.server.store().contains(id));

    // Once the agents let go, the same dialog can try again.
    ts.server.store().setUsedByAgents(id, {});
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY(deleted.wait(5000));
}

void TestDeleteConnectorDialog::deletedMeanwhileEmitsNotFoundAndExplains_data()
{
    QTest::addColumn<bool>("pipesHub");
    QTest::addRow("published dialect") << false;
    QTest::addRow("PipesHub dialect") << true;
}

void TestDeleteConnectorDialog::deletedMeanwhileEmitsNotFoundAndExplains()
{
    QFETCH(bool, pipesHub);
    TestServer ts(dialectOf(pipesHub), 0);
    const QString id = ts.server.store().addInstance({{"name", "Gone Soon"}, {"scope", "personal"}});
    DeleteConnectorDialog* dialog = open(ts, id);
    QVERIFY(dialog);
    QSignalSpy notFound(dialog, &DeleteConnectorDialog::notFound);
    QSignalSpy deleted(dialog, &DeleteConnectorDialog::deleted);
    ts.server.store().removeInstance(id); // someone else was quicker

    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY(notFound.wait(5000));
    QCOMPARE(notFound.first().first().toString(), id);
    QCOMPARE(deleted.count(), 0);
    QTRY_VERIFY(m_dialog.isNull());
    QMessageBox* explanation = nullptr;
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (w->objectName() == QLatin1String("notFoundMessageBox") && w->isVisible())
            explanation = qobject_cast<QMessageBox*>(w);
    }
    QVERIFY(explanation);
    QVERIFY(explanation->text().contains(QLatin1String("\"Gone Soon\"")));
    QVERIFY(explanation->text().contains(QLatin1String("someone else")));
}

void TestDeleteConnectorDialog::doubleClickSendsOneDelete()
{
    TestServer ts(devserver::Dialect::PipesHub, 0);
    const QString id = ts.server.store().addInstance({{"name", "Click Happy"}, {"scope", "personal"}});
    DeleteConnectorDialog* dialog = open(ts, id);
    QVERIFY(dialog);
    QSignalSpy deleted(dialog, &DeleteConnectorDialog::deleted);
    doubleClick(dialog->okButton());
    QVERIFY(dialog->isBusy());
    QVERIFY(!dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    dialog->accept();
    QVERIFY(deleted.wait(5000));
    QCOMPARE(deleted.count(), 1);
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/") + id, "DELETE"), 1);
}

void TestDeleteConnectorDialog::lockedInstanceCannotBeDeleted()
{
    TestServer ts(devserver::Dialect::PipesHub, 0);
    const QString id = ts.server.store().addInstance({{"name", "Syncing Slack"}, {"type", "Slack"}, {"scope", "team"}});
    ts.server.store().setLocked(id, true, QStringLiteral("SYNCING"));
    DeleteConnectorDialog* dialog = open(ts, id);
    QVERIFY(dialog);
    QSignalSpy calls(ts.client.get(), &ApiClient::callStarted);
    FIND_CHILD(QLineEdit, confirm, dialog, "confirmLineEdit");
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY(!confirm->isEnabled());
    QVERIFY2(dialog->statusText().contains(QLatin1String("SYNCING")), qPrintable(dialog->statusText()));
    QCOMPARE(dialog->statusKind(), RequestDialog::StatusKind::Warning);
    dialog->accept();
    QCOMPARE(calls.count(), 0);
    QVERIFY(dialog->isVisible());
}

QTEST_MAIN(TestDeleteConnectorDialog)
#include "tst_deleteconnectordialog.moc"
