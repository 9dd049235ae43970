// The rename dialog against the dev server: the real server answers a rename with only {_key, name},
// which must be merged into the full instance; a refusal keeps what was typed; a lock is shown first.
#include "dialogtest.h"

#include "app/dialogs/renameconnectordialog.h"

#include <QLineEdit>
#include <QPointer>
#include <QPushButton>

using namespace dialogtest;

class TestRenameConnectorDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void prefillsAndSelectsTheName();
    void okNeedsAValidChangedName();
    void successEmitsTheMergedInstance_data();
    void successEmitsTheMergedInstance();
    void refusalKeepsTheTypedName_data();
    void refusalKeepsTheTypedName();
    void editingTheNameClearsTheServersError();
    void lockedInstanceSaysWhyUpFront();
    void closingMidRequestCancelsIt();

private:
    QPointer<RenameConnectorDialog> m_dialog;
};

void TestRenameConnectorDialog::initTestCase()
{
    silenceOffscreenSizeHintWarnings();
}

void TestRenameConnectorDialog::cleanup()
{
    delete m_dialog.data();
}

void TestRenameConnectorDialog::prefillsAndSelectsTheName()
{
    TestServer ts(devserver::Dialect::PipesHub, 0);
    const QString id
        = ts.server.store().addInstance({{"name", "Docs Wiki"}, {"type", "Confluence"}, {"scope", "team"}});
    const auto instance = fetch(ts, id);
    QVERIFY(instance);
    m_dialog = new RenameConnectorDialog(ts.client.get(), *instance);
    m_dialog->show();
    FIND_CHILD(QLineEdit, name, m_dialog.data(), "nameLineEdit");
    QCOMPARE(name->text(), QStringLiteral("Docs Wiki"));
    QCOMPARE(name->selectedText(), QStringLiteral("Docs Wiki")); // typing replaces it at once
    QVERIFY(m_dialog->focusWidget() == name);
    QVERIFY(m_dialog->windowTitle().contains(QLatin1String("Docs Wiki")));
}

void TestRenameConnectorDialog::okNeedsAValidChangedName()
{
    TestServer ts(devserver::Dialect::PipesHub, 0);
    const QString id = ts.server.store().addInstance({{"name", "Docs Wiki"}});
    const auto instance = fetch(ts, id);
    QVERIFY(instance);
    m_dialog = new RenameConnectorDialog(ts.client.get(), *instance);
    m_dialog->show();
    QSignalSpy calls(ts.client.get(), &ApiClient::callStarted);
    FIND_CHILD(QLineEdit, name, m_dialog.data(), "nameLineEdit");

    QVERIFY(!m_dialog->okButton()->isEnabled()); // unchanged
    name->setText(QStringLiteral("  Docs Wiki  ")); // the same once trimmed
    QVERIFY(!m_dialog->okButton()->isEnabled());
    name->clear();
    QTest::keyClicks(name, QStringLiteral("   "));
    QVERIFY(!m_dialog->okButton()->isEnabled());
    QVERIFY2(m_dialog->statusText().contains(QLatin1String("must not be empty")), qPrintable(m_dialog->statusText()));
    name->setText(QString(101, u'n'));
    QVERIFY(!m_dialog->okButton()->isEnabled());
    QVERIFY(m_dialog->statusText().contains(QLatin1String("at most 100")));
    m_dialog->accept();
    QCOMPARE(calls.count(), 0);

    name->setText(QStringLiteral("Engineering Wiki"));
    QVERIFY(m_dialog->okButton()->isEnabled());
    QVERIFY(m_dialog->statusText().isEmpty());
}

void TestRenameConnectorDialog::successEmitsTheMergedInstance_data()
{
    QTest::addColumn<bool>("pipesHub");
    QTest::addRow("published dialect (full answer)") << false;
    QTest::addRow("PipesHub dialect (answer is only _key and name)") << true;
}

void TestRenameConnectorDialog::successEmitsTheMergedInstance()
{
    QFETCH(bool, pipesHub);
    TestServer ts(dialectOf(pipesHub), 0);
    const QString id = ts.server.store().addInstance({{"name", "Docs Wiki"},
                                                      {"type", "Confluence"},
                                                      {"scope", "team"},
                                                      {"authType", "API_TOKEN"},
                                                      {"isActive", true},
                                                      {"isConfigured", true},
                                                      {"isAuthenticated", true},
                                                      {"isAgentActive", true}});
    const auto instance = fetch(ts, id);
    QVERIFY(instance);
    QVERIFY(instance->createdAt.isValid());
    m_dialog = new RenameConnectorDialog(ts.client.get(), *instance);
    m_dialog->show();
    QSignalSpy renamed(m_dialog.data(), &RenameConnectorDialog::renamed);
    FIND_CHILD(QLineEdit, name, m_dialog.data(), "nameLineEdit");
    QTest::keyClicks(name, QStringLiteral("Engineering Wiki")); // replaces the selected name
    QCOMPARE(name->text(), QStringLiteral("Engineering Wiki"));
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(renamed.wait(5000));

    const ConnectorInstance updated = renamed.first().first().value<ConnectorInstance>();
    QCOMPARE(updated.name, QStringLiteral("Engineering Wiki"));
    // Every other field is the one we had: the short answer did not wipe them.
    QCOMPARE(updated.id, instance->id);
    QCOMPARE(updated.connectorType, QStringLiteral("Confluence"));
    QCOMPARE(updated.appGroup, instance->appGroup);
    QCOMPARE(updated.scope.text(), QStringLiteral("team"));
    QCOMPARE(updated.authType, QStringLiteral("API_TOKEN"));
    QCOMPARE(updated.createdBy, instance->createdBy);
    QCOMPARE(updated.createdAt, instance->createdAt);
    QVERIFY(updated.isActive);
    QVERIFY(updated.isConfigured);
    QVERIFY(updated.isAuthenticated);
    QVERIFY(updated.agentEnabled);
    QCOMPARE(ts.server.store().instance(id).value(QLatin1String("name")).toString(),
             QStringLiteral("Engineering Wiki"));
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/") + id + QStringLiteral("/name"), "PUT"), 1);
    QTRY_VERIFY(m_dialog.isNull());
}

void TestRenameConnectorDialog::refusalKeepsTheTypedName_data()
{
    QTest::addColumn<bool>("pipesHub");
    QTest::addColumn<QString>("refusal");
    QTest::addColumn<QString>("messagePart");
    for (bool pipesHub : {false, true}) {
        const char* dialect = pipesHub ? "PipesHub" : "published";
        QTest::addRow("%s: 400 duplicate name", dialect) << pipesHub << "duplicate"
                                                         << "already exists";
        QTest::addRow("%s: 403 team instance, not an admin", dialect) << pipesHub << "forbidden"
                                                                      << "Only administrators can rename";
        QTest::addRow("%s: 404 deleted meanwhile", dialect) << pipesHub << "gone"
                                                            << "404";
        QTest::addRow("%s: 409 locked meanwhile", dialect) << pipesHub << "locked"
                                                           << "is locked";
    }
}

void TestRenameConnectorDialog::refusalKeepsTheTypedName()
{
    QFETCH(bool, pipesHub);
    QFETCH(QString, refusal);
    QFETCH(QString, messagePart);
    TestServer ts(dialectOf(pipesHub), 0);
    ts.server.store().addInstance({{"name", "Taken Name"}, {"scope", "team"}});
    const QString id = ts.server.store().addInstance({{"name", "Docs Wiki"}, {"scope", "team"}});
    const auto instance = fetch(ts, id);
    QVERIFY(instance);
    m_dialog = new RenameConnectorDialog(ts.client.get(), *instance);
    m_dialog->show();
    QSignalSpy renamed(m_dialog.data(), &RenameConnectorDialog::renamed);

    // What changed on the server after the dialog opened.
    if (refusal == QLatin1String("forbidden"))
        ts.server.setAdmin(false);
    else if (refusal == QLatin1String("gone"))
        ts.server.store().removeInstance(id);
    else if (refusal == QLatin1String("locked"))
        ts.server.store().setLocked(id, true, QStringLiteral("SYNCING"));

    FIND_CHILD(QLineEdit, name, m_dialog.data(), "nameLineEdit");
    const QString typed
        = refusal == QLatin1String("duplicate") ? QStringLiteral("taken name") : QStringLiteral("Engineering Wiki");
    QTest::keyClicks(name, typed);
    QTest::mouseClick(m_dialog->okButton(), Qt::LeftButton);
    QVERIFY(m_dialog->isBusy());
    QVERIFY(!name->isEnabled());
    QTRY_VERIFY(!m_dialog->isBusy());

    QCOMPARE(renamed.count(), 0);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->statusKind(), RequestDialog::StatusKind::Error);
    QVERIFY2(m_dialog->statusText().contains(messagePart), qPrintable(m_dialog->statusText()));
    QCOMPARE(name->text(), typed);
    QVERIFY(name->isEnabled());
    QVERIFY(m_dialog->okButton()->isEnabled()); // free to try again
    if (refusal != QLatin1String("gone"))
        QCOMPARE(ts.server.store().instance(id).value(QLatin1String("name")).toString(), QStringLiteral("Docs Wiki"));
}

void TestRenameConnectorDialog::editingTheNameClearsTheServersError()
{
    // The server's refusal was about the name it was sent; typing another forgets it.
    TestServer ts(devserver::Dialect::PipesHub, 0);
    ts.server.store().addInstance({{"name", "Taken Name"}, {"scope", "team"}});
    const QString id = ts.server.store().addInstance({{"name", "Docs Wiki"}, {"scope", "team"}});
    const auto instance = fetch(ts, id);
    QVERIFY(instance);
    m_dialog = new RenameConnectorDialog(ts.client.get(), *instance);
    m_dialog->show();
    FIND_CHILD(QLineEdit, name, m_dialog.data(), "nameLineEdit");
    QTest::keyClicks(name, QStringLiteral("Taken Name"));
    QTest::mouseClick(m_dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_dialog->isBusy());
    QCOMPARE(m_dialog->statusKind(), RequestDialog::StatusKind::Error);
    QVERIFY2(m_dialog->statusText().contains(QLatin1String("already exists")), qPrintable(m_dialog->statusText()));

    QTest::keyClicks(name, QStringLiteral(" 2"));
    QCOMPARE(m_dialog->statusKind(), RequestDialog::StatusKind::Hint);
    QVERIFY2(m_dialog->statusText().isEmpty(), qPrintable(m_dialog->statusText()));
    // A name mistake and its fix do not bring the old refusal back either.
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Backspace);
    QCOMPARE(m_dialog->statusKind(), RequestDialog::StatusKind::Warning);
    QTest::keyClicks(name, QStringLiteral("Taken Name 2"));
    QVERIFY2(m_dialog->statusText().isEmpty(), qPrintable(m_dialog->statusText()));
    QVERIFY(m_dialog->okButton()->isEnabled());
}

void TestRenameConnectorDialog::lockedInstanceSaysWhyUpFront()
{
    TestServer ts(devserver::Dialect::PipesHub, 0);
    const QString id = ts.server.store().addInstance({{"name", "Busy Drive"}, {"type", "Drive"}, {"isActive", true}});
    ts.server.store().setLocked(id, true, QStringLiteral("FULL_SYNCING"));
    const auto instance = fetch(ts, id);
    QVERIFY(instance);
    QVERIFY(instance->isLocked);
    m_dialog = new RenameConnectorDialog(ts.client.get(), *instance);
    m_dialog->show();
    QSignalSpy calls(ts.client.get(), &ApiClient::callStarted);
    FIND_CHILD(QLineEdit, name, m_dialog.data(), "nameLineEdit");

    QVERIFY(!m_dialog->okButton()->isEnabled());
    QVERIFY(!name->isEnabled());
    QVERIFY2(m_dialog->statusText().contains(instance->lockReason()), qPrintable(m_dialog->statusText()));
    QVERIFY(m_dialog->statusText().contains(QLatin1String("FULL_SYNCING")));
    QCOMPARE(m_dialog->statusKind(), RequestDialog::StatusKind::Warning);
    m_dialog->accept();
    QCOMPARE(calls.count(), 0);
}

void TestRenameConnectorDialog::closingMidRequestCancelsIt()
{
    TestServer ts(devserver::Dialect::PipesHub, 0);
    const QString id = ts.server.store().addInstance({{"name", "Slow Wiki"}});
    const auto instance = fetch(ts, id);
    QVERIFY(instance);
    devserver::Fault silent;
    silent.mode = devserver::Fault::Mode::HeadersThenSilence;
    silent.status = 200;
    silent.method = "PUT";
    ts.server.injectFault(silent);

    m_dialog = new RenameConnectorDialog(ts.client.get(), *instance);
    m_dialog->show();
    QSignalSpy started(ts.client.get(), &ApiClient::callStarted);
    QSignalSpy renamed(m_dialog.data(), &RenameConnectorDialog::renamed);
    FIND_CHILD(QLineEdit, name, m_dialog.data(), "nameLineEdit");
    name->setText(QStringLiteral("Fast Wiki"));
    QTest::mouseClick(m_dialog->okButton(), Qt::LeftButton);
    QCOMPARE(started.count(), 1);
    QPointer<ApiReply> reply = started.first().first().value<ApiReply*>();
    QVERIFY(reply);
    QSignalSpy finished(reply.data(), &ApiReply::finished);
    QTRY_COMPARE(ts.countRequests(QStringLiteral("/connectors/") + id + QStringLiteral("/name"), "PUT"), 1);

    // The window goes away (its parent closed, say) while the server is still silent.
    delete m_dialog.data();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(reply->error().kind, ApiError::Kind::Cancelled);
    QCOMPARE(renamed.count(), 0);
}

QTEST_MAIN(TestRenameConnectorDialog)
#include "tst_renameconnectordialog.moc"
