// The create dialog's request against the dev server: a create changes the server's state with
// exactly the body the form shows, a refusal keeps every field and shows the server's words, Cancel
// aborts, a double click sends once. The form itself is tst_createconnectordialog's.
#include "createdialogtest.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeWidget>

using namespace dialogtest;

class TestCreateConnectorSubmit : public CreateDialogTest
{
    Q_OBJECT

private slots:
    void createChangesTheServerAndEmitsTheInstance_data();
    void createChangesTheServerAndEmitsTheInstance();
    void duplicateNameKeepsEveryField_data();
    void duplicateNameKeepsEveryField();
    void duplicateNameErrorBelongsToTheName();
    void teamScopeWithoutAdminShowsTheServersMessage();
    void unknownTypeShowsTheServersMessage();
    void cancelAbortsTheRunningCreate();
    void doubleClickOnCreateSendsOneRequest();
};

void TestCreateConnectorSubmit::createChangesTheServerAndEmitsTheInstance_data()
{
    addDialectRows("PipesHub dialect (short create answer)");
}

void TestCreateConnectorSubmit::createChangesTheServerAndEmitsTheInstance()
{
    QFETCH(bool, pipesHub);
    TestServer ts(dialectOf(pipesHub), 10);
    const int before = ts.server.store().count();
    CreateConnectorDialog* dialog = openDialog(ts);
    QVERIFY(dialog);
    QSignalSpy created(dialog, &CreateConnectorDialog::created);

    FIND_CHILD(QTreeWidget, tree, dialog, "typeTreeWidget");
    const auto confluence = tree->findItems(QStringLiteral("Confluence"), Qt::MatchExactly, 0);
    QCOMPARE(confluence.size(), 1);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(confluence.first()).center());
    QCOMPARE(dialog->selectedType().type, QStringLiteral("Confluence"));

    FIND_CHILD(QLineEdit, name, dialog, "nameLineEdit");
    FIND_CHILD(QComboBox, scope, dialog, "scopeComboBox");
    FIND_CHILD(QComboBox, auth, dialog, "authTypeComboBox");
    QTest::keyClicks(name, QStringLiteral("  Docs Wiki  "));
    scope->setCurrentIndex(scope->findData(QStringLiteral("personal")));
    auth->setCurrentIndex(auth->findData(QStringLiteral("API_TOKEN")));

    FIND_CHILD(QToolButton, configToggle, dialog, "configToggleToolButton");
    FIND_CHILD(QWidget, configTabs, dialog, "configTabWidget");
    QVERIFY(!configTabs->isVisible());
    QTest::mouseClick(configToggle, Qt::LeftButton);
    QVERIFY(configTabs->isVisible());

    // A credential typed as a user does: Add opens the key editor, Tab moves on to the (masked) value.
    FIND_CHILD(QPushButton, addValue, dialog, "addAuthValuePushButton");
    FIND_CHILD(QTableWidget, values, dialog, "authValuesTableWidget");
    QTest::mouseClick(addValue, Qt::LeftButton);
    QCOMPARE(values->rowCount(), 1);
    auto* keyEditor = qobject_cast<QLineEdit*>(values->indexWidget(values->model()->index(0, 0)));
    QVERIFY(keyEditor);
    QTest::keyClicks(keyEditor, QStringLiteral("apiKey"));
    QTest::keyClick(keyEditor, Qt::Key_Tab);
    auto* valueEditor = qobject_cast<QLineEdit*>(values->indexWidget(values->model()->index(0, 1)));
    QVERIFY(valueEditor);
    QCOMPARE(valueEditor->echoMode(), QLineEdit::Password);
    QTest::keyClicks(valueEditor, QStringLiteral("sk-secret-1"));
    QTest::keyClick(valueEditor, Qt::Key_Return); // ends the edit, and must not press Create
    QCOMPARE(values->item(0, 0)->text(), QStringLiteral("apiKey"));
    QTRY_COMPARE(values->item(0, 1)->text(), QStringLiteral("sk-secret-1"));
    QVERIFY(!dialog->isBusy());
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors"), "POST"), 0);
    // The secret is masked in the table until asked for.
    QAbstractItemDelegate* delegate = values->itemDelegateForColumn(1);
    QVERIFY(delegate);
    const QString shown = static_cast<QStyledItemDelegate*>(delegate)->displayText(QStringLiteral("sk-secret-1"), {});
    QVERIFY(!shown.contains(QLatin1String("sk-secret")));
    FIND_CHILD(QCheckBox, showValues, dialog, "showAuthValuesCheckBox");
    showValues->setChecked(true);
    QCOMPARE(static_cast<QStyledItemDelegate*>(delegate)->displayText(QStringLiteral("sk-secret-1"), {}),
             QStringLiteral("sk-secret-1"));
    FIND_CHILD(QLineEdit, oauthId, dialog, "oauthConfigIdLineEdit");
    QTest::keyClicks(oauthId, QStringLiteral("oauth_config_123"));

    FIND_CHILD(QComboBox, strategy, dialog, "syncStrategyComboBox");
    FIND_CHILD(QRadioButton, cronRadio, dialog, "cronRadioButton");
    FIND_CHILD(QLineEdit, cron, dialog, "cronLineEdit");
    FIND_CHILD(QComboBox, zone, dialog, "timezoneComboBox");
    strategy->setCurrentIndex(strategy->findData(QStringLiteral("SCHEDULED")));
    QVERIFY(cron->isEnabled() == false); // interval is the default schedule
    cronRadio->setChecked(true);
    QVERIFY(cron->isEnabled());
    QTest::keyClicks(cron, QStringLiteral("0 */6 * * *"));
    QCOMPARE(zone->currentText(), QStringLiteral("UTC"));
    zone->setCurrentText(QStringLiteral("Europe/Berlin"));

    FIND_CHILD(QPlainTextEdit, syncFilters, dialog, "syncFiltersPlainTextEdit");
    FIND_CHILD(QPlainTextEdit, indexingFilters, dialog, "indexingFiltersPlainTextEdit");
    syncFilters->setPlainText(QStringLiteral("{\"fileTypes\": [\"pdf\", \"docx\"], \"includeShared\": true}"));
    indexingFilters->setPlainText(QStringLiteral("{\"enableManualSync\": false}"));

    QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->statusText()));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY(created.wait(5000));

    // The server's state changed.
    QCOMPARE(ts.server.store().count(), before + 1);
    const ConnectorInstance instance = created.first().first().value<ConnectorInstance>();
    QVERIFY(ts.server.store().contains(instance.id));
    const QJsonObject record = ts.server.store().instance(instance.id);
    QCOMPARE(record.value(QLatin1String("name")).toString(), QStringLiteral("Docs Wiki"));
    QCOMPARE(record.value(QLatin1String("type")).toString(), QStringLiteral("Confluence"));
    QCOMPARE(record.value(QLatin1String("scope")).toString(), QStringLiteral("personal"));
    QCOMPARE(record.value(QLatin1String("authType")).toString(), QStringLiteral("API_TOKEN"));

    // The POST carried exactly what the form shows.
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors"), "POST"), 1);
    QJsonObject body;
    for (const auto& request : ts.server.requestLog()) {
        if (request.method == "POST")
            body = QJsonDocument::fromJson(request.body).object();
    }
    QCOMPARE(body.value(QLatin1String("connectorType")).toString(), QStringLiteral("Confluence"));
    QCOMPARE(body.value(QLatin1String("instanceName")).toString(), QStringLiteral("Docs Wiki"));
    QCOMPARE(body.value(QLatin1String("scope")).toString(), QStringLiteral("personal"));
    QCOMPARE(body.value(QLatin1String("authType")).toString(), QStringLiteral("API_TOKEN"));
    QVERIFY(!body.contains(QLatin1String("baseUrl")));
    const QJsonObject config = body.value(QLatin1String("config")).toObject();
    const QJsonObject expected = QJsonDocument::fromJson(R"({
        "auth": {"values": {"apiKey": "sk-secret-1"}, "oauthConfigId": "oauth_config_123"},
        "sync": {"selectedStrategy": "SCHEDULED",
                 "scheduledConfig": {"cronExpression": "0 */6 * * *", "timezone": "Europe/Berlin"}},
        "filters": {"sync": {"values": {"fileTypes": ["pdf", "docx"], "includeShared": true}},
                    "indexing": {"values": {"enableManualSync": false}}}
    })")
                                     .object();
    QCOMPARE(config, expected);
    QCOMPARE(record.value(QLatin1String("config")).toObject(), expected);

    // The emitted instance describes the new record, whichever dialect answered.
    QCOMPARE(instance.name, QStringLiteral("Docs Wiki"));
    QCOMPARE(instance.connectorType, QStringLiteral("Confluence"));
    QCOMPARE(instance.scope.text(), QStringLiteral("personal"));
    QCOMPARE(instance.authType, QStringLiteral("API_TOKEN"));
    QCOMPARE(instance.appGroup, QStringLiteral("Atlassian"));
    QTRY_VERIFY(m_dialog.isNull()); // closed and deleted itself
}

void TestCreateConnectorSubmit::duplicateNameKeepsEveryField_data()
{
    addDialectRows();
}

void TestCreateConnectorSubmit::duplicateNameKeepsEveryField()
{
    QFETCH(bool, pipesHub);
    TestServer ts(dialectOf(pipesHub), 0);
    ts.server.store().addInstance({{"name", "Team Wiki"}, {"type", "Jira"}, {"scope", "team"}});
    const int before = ts.server.store().count();
    CreateConnectorDialog* dialog = openDialog(ts);
    QVERIFY(dialog);
    QSignalSpy created(dialog, &CreateConnectorDialog::created);

    QVERIFY(dialog->selectType(QStringLiteral("Confluence")));
    FIND_CHILD(QLineEdit, name, dialog, "nameLineEdit");
    FIND_CHILD(QComboBox, auth, dialog, "authTypeComboBox");
    FIND_CHILD(QComboBox, strategy, dialog, "syncStrategyComboBox");
    FIND_CHILD(QLineEdit, events, dialog, "webhookEventsLineEdit");
    FIND_CHILD(QPlainTextEdit, syncFilters, dialog, "syncFiltersPlainTextEdit");
    QTest::keyClicks(name, QStringLiteral("Team Wiki"));
    auth->setCurrentIndex(auth->findData(QStringLiteral("OAUTH")));
    strategy->setCurrentIndex(strategy->findData(QStringLiteral("WEBHOOK")));
    QTest::keyClicks(events, QStringLiteral("page.created, page.updated"));
    syncFilters->setPlainText(QStringLiteral("{\"spaces\": [\"ENG\"]}"));

    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY(dialog->isBusy());
    QVERIFY(!dialog->okButton()->isEnabled());
    QTRY_VERIFY(!dialog->isBusy());

    QCOMPARE(created.count(), 0);
    QCOMPARE(ts.server.store().count(), before);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->statusKind(), RequestDialog::StatusKind::Error);
    QVERIFY2(dialog->statusText().contains(QLatin1String("already exists")), qPrintable(dialog->statusText()));
    // Everything typed is still there, and the webhook events were sent as a list.
    QCOMPARE(dialog->selectedType().type, QStringLiteral("Confluence"));
    QCOMPARE(name->text(), QStringLiteral("Team Wiki"));
    QCOMPARE(auth->currentData().toString(), QStringLiteral("OAUTH"));
    QCOMPARE(strategy->currentData().toString(), QStringLiteral("WEBHOOK"));
    QCOMPARE(events->text(), QStringLiteral("page.created, page.updated"));
    QCOMPARE(syncFilters->toPlainText(), QStringLiteral("{\"spaces\": [\"ENG\"]}"));
    QVERIFY(dialog->okButton()->isEnabled()); // the user may fix the name and try again
    QCOMPARE(dialog->request()
                 .config.value(QLatin1String("sync"))
                 .toObject()
                 .value(QLatin1String("webhookConfig"))
                 .toObject()
                 .value(QLatin1String("events"))
                 .toArray(),
             (QJsonArray{QStringLiteral("page.created"), QStringLiteral("page.updated")}));

    // Fixing the name and pressing Create again works.
    name->setText(QStringLiteral("Team Wiki 2"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY(created.wait(5000));
    QCOMPARE(ts.server.store().count(), before + 1);
}

void TestCreateConnectorSubmit::duplicateNameErrorBelongsToTheName()
{
    // As seen: after "already exists", a valid name, then another field's warning
    // cleared, brought the old error back.
    TestServer ts(devserver::Dialect::PipesHub, 0);
    ts.server.store().addInstance({{"name", "Team Wiki"}, {"type", "Jira"}, {"scope", "team"}});
    CreateConnectorDialog* dialog = openDialog(ts);
    QVERIFY(dialog);
    QVERIFY(dialog->selectType(QStringLiteral("Confluence")));
    FIND_CHILD(QLineEdit, name, dialog, "nameLineEdit");
    FIND_CHILD(QCheckBox, selfHosted, dialog, "selfHostedCheckBox");
    FIND_CHILD(QLineEdit, baseUrl, dialog, "baseUrlLineEdit");
    QTest::keyClicks(name, QStringLiteral("Team Wiki"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isBusy());
    QCOMPARE(dialog->statusKind(), RequestDialog::StatusKind::Error);
    QVERIFY2(dialog->statusText().contains(QLatin1String("already exists")), qPrintable(dialog->statusText()));

    // Another field's warning, cleared again: the name is unchanged, so its error still stands.
    selfHosted->setChecked(true);
    QTest::keyClicks(baseUrl, QStringLiteral("ftp://x"));
    QCOMPARE(dialog->statusKind(), RequestDialog::StatusKind::Warning);
    baseUrl->clear();
    QTest::keyClicks(baseUrl, QStringLiteral("https://wiki.example.com"));
    QVERIFY2(dialog->statusText().contains(QLatin1String("already exists")), qPrintable(dialog->statusText()));

    // Editing the name forgets it: at the first key, and for good.
    QTest::keyClick(name, Qt::Key_Backspace);
    QVERIFY2(!dialog->statusText().contains(QLatin1String("already exists")), qPrintable(dialog->statusText()));
    QTest::keyClicks(name, QStringLiteral("e 2"));
    QCOMPARE(name->text(), QStringLiteral("Team Wike 2"));
    QCOMPARE(dialog->statusKind(), RequestDialog::StatusKind::Hint);
    QVERIFY(dialog->statusText().isEmpty());
    baseUrl->clear();
    QTest::keyClicks(baseUrl, QStringLiteral("ftp://x"));
    QCOMPARE(dialog->statusKind(), RequestDialog::StatusKind::Warning);
    baseUrl->clear();
    QTest::keyClicks(baseUrl, QStringLiteral("https://wiki.example.com"));
    QVERIFY2(dialog->statusText().isEmpty(), qPrintable(dialog->statusText()));
    QVERIFY(dialog->okButton()->isEnabled());
}

void TestCreateConnectorSubmit::teamScopeWithoutAdminShowsTheServersMessage()
{
    TestServer ts(devserver::Dialect::PipesHub, 0);
    ts.server.setAdmin(false);
    CreateConnectorDialog* dialog = openDialog(ts, QStringLiteral("team"));
    QVERIFY(dialog);
    QVERIFY(dialog->selectType(QStringLiteral("Slack")));
    FIND_CHILD(QLineEdit, name, dialog, "nameLineEdit");
    FIND_CHILD(QComboBox, scope, dialog, "scopeComboBox");
    QCOMPARE(scope->currentData().toString(), QStringLiteral("team"));
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("Eng Slack"));
    QTest::keyClick(name, Qt::Key_Return); // Enter sends, as the default button
    QVERIFY(dialog->isBusy());
    QTRY_VERIFY(!dialog->isBusy());
    QVERIFY2(dialog->statusText().contains(QLatin1String("Only administrators can create team connectors")),
             qPrintable(dialog->statusText()));
    QVERIFY(dialog->statusText().contains(QLatin1String("403")));
    QCOMPARE(name->text(), QStringLiteral("Eng Slack"));
    QCOMPARE(ts.server.store().count(), 0);
    QVERIFY(dialog->focusWidget() == name); // back where the user was
}

void TestCreateConnectorSubmit::unknownTypeShowsTheServersMessage()
{
    TestServer ts(devserver::Dialect::PipesHub, 0);
    CreateConnectorDialog* dialog = openDialog(ts);
    QVERIFY(dialog);
    // The type vanished from the server between the registry load and the create.
    devserver::Fault fault;
    fault.status = 404;
    fault.body = R"({"detail": "Connector type Confluence not found"})";
    fault.method = "POST";
    fault.pathPrefix = QStringLiteral("/connectors");
    ts.server.injectFault(fault);

    QVERIFY(dialog->selectType(QStringLiteral("Confluence")));
    FIND_CHILD(QLineEdit, name, dialog, "nameLineEdit");
    QTest::keyClicks(name, QStringLiteral("Wiki"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isBusy());
    QVERIFY2(dialog->statusText().contains(QLatin1String("Connector type Confluence not found")),
             qPrintable(dialog->statusText()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(name->text(), QStringLiteral("Wiki"));
}

void TestCreateConnectorSubmit::cancelAbortsTheRunningCreate()
{
    TestServer ts(devserver::Dialect::PipesHub, 0);
    CreateConnectorDialog* dialog = openDialog(ts);
    QVERIFY(dialog);
    devserver::Fault slow;
    slow.mode = devserver::Fault::Mode::HeadersThenSilence;
    slow.status = 200;
    slow.method = "POST";
    slow.pathPrefix = QStringLiteral("/connectors");
    ts.server.injectFault(slow);

    QVERIFY(dialog->selectType(QStringLiteral("Notion")));
    FIND_CHILD(QLineEdit, name, dialog, "nameLineEdit");
    FIND_CHILD(QWidget, formWidget, dialog, "formWidget");
    QTest::keyClicks(name, QStringLiteral("Notes"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY(dialog->isBusy());
    QVERIFY(!formWidget->isEnabled());
    QVERIFY(dialog->cancelButton()->isEnabled());
    QTRY_COMPARE(ts.countRequests(QStringLiteral("/connectors"), "POST"), 1);

    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QVERIFY(!dialog->isBusy());
    QVERIFY(dialog->isVisible()); // the first Cancel stops the request, not the dialog
    QVERIFY(formWidget->isEnabled());
    QVERIFY2(dialog->statusText().contains(QLatin1String("Cancelled")), qPrintable(dialog->statusText()));
    QCOMPARE(name->text(), QStringLiteral("Notes"));

    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY(m_dialog.isNull());
}

void TestCreateConnectorSubmit::doubleClickOnCreateSendsOneRequest()
{
    TestServer ts(devserver::Dialect::PipesHub, 0);
    CreateConnectorDialog* dialog = openDialog(ts);
    QVERIFY(dialog);
    QVERIFY(dialog->selectType(QStringLiteral("Box")));
    FIND_CHILD(QLineEdit, name, dialog, "nameLineEdit");
    QTest::keyClicks(name, QStringLiteral("Shared Box"));
    QSignalSpy created(dialog, &CreateConnectorDialog::created);
    doubleClick(dialog->okButton());
    QVERIFY(dialog->isBusy());
    QVERIFY(!dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    dialog->accept();
    QVERIFY(created.count() == 1 || created.wait(5000));
    QCOMPARE(created.count(), 1);
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors"), "POST"), 1);
    QCOMPARE(ts.server.store().count(), 1);
}

QTEST_MAIN(TestCreateConnectorSubmit)
#include "tst_createconnectorsubmit.moc"
