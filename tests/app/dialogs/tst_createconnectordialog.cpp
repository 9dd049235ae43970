// The create dialog against the dev server: the registry fills the type list, the combos follow the
// chosen type, nothing is sent while the form is wrong, a refusal keeps every field, and a create
// changes the server's state with exactly the body the form shows.
#include "dialogtest.h"

#include "app/dialogs/createconnectordialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeWidget>

using namespace dialogtest;

class TestCreateConnectorDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void loadsTheRegistryInPagesOf200_data();
    void loadsTheRegistryInPagesOf200();
    void typeFilterNarrowsTheListAndSelectsTheBestMatch();
    void authAndScopeCombosFollowTheChosenType();
    void createChangesTheServerAndEmitsTheInstance_data();
    void createChangesTheServerAndEmitsTheInstance();
    void invalidInputBlocksOkAndSendsNothing_data();
    void invalidInputBlocksOkAndSendsNothing();
    void duplicateNameKeepsEveryField_data();
    void duplicateNameKeepsEveryField();
    void teamScopeWithoutAdminShowsTheServersMessage();
    void unknownTypeShowsTheServersMessage();
    void registryFailureOffersRetry();
    void baseUrlIsSentOnlyWhenSelfHosted_data();
    void baseUrlIsSentOnlyWhenSelfHosted();
    void cancelAbortsTheRunningCreate();
    void doubleClickOnCreateSendsOneRequest();

private:
    // A dialog on `ts`, shown, with the registry loaded.
    CreateConnectorDialog* openDialog(TestServer& ts, const QString& defaultScope = QStringLiteral("team"));
    QPointer<CreateConnectorDialog> m_dialog;
};

void TestCreateConnectorDialog::initTestCase()
{
    silenceOffscreenSizeHintWarnings();
}

void TestCreateConnectorDialog::init()
{
    qunsetenv("PIPESHUB_BEARER_AUTH");
}

void TestCreateConnectorDialog::cleanup()
{
    delete m_dialog.data();
}

CreateConnectorDialog* TestCreateConnectorDialog::openDialog(TestServer& ts, const QString& defaultScope)
{
    m_dialog = new CreateConnectorDialog(ts.client.get(), defaultScope);
    m_dialog->show();
    if (!QTest::qWaitForWindowExposed(m_dialog) || !QTest::qWaitFor([&] { return m_dialog->isRegistryLoaded(); }))
        return nullptr;
    return m_dialog;
}

void TestCreateConnectorDialog::loadsTheRegistryInPagesOf200_data()
{
    QTest::addColumn<bool>("pipesHub");
    QTest::addRow("published dialect") << false;
    QTest::addRow("PipesHub dialect") << true;
}

void TestCreateConnectorDialog::loadsTheRegistryInPagesOf200()
{
    QFETCH(bool, pipesHub);
    TestServer ts(dialectOf(pipesHub), 5);
    CreateConnectorDialog* dialog = openDialog(ts);
    QVERIFY(dialog);

    const QList<devserver::LoggedRequest> log = ts.server.requestLog();
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/registry"), "GET"), 1);
    for (const auto& request : log) {
        if (request.path.endsWith(QLatin1String("/connectors/registry"))) {
            QCOMPARE(request.query.queryItemValue(QStringLiteral("limit")), QStringLiteral("200"));
            QCOMPARE(request.query.queryItemValue(QStringLiteral("page")), QStringLiteral("1"));
        }
    }
    FIND_CHILD(QTreeWidget, tree, dialog, "typeTreeWidget");
    QCOMPARE(tree->topLevelItemCount(), int(ts.server.store().types().size()));
    // Display name, app group, description as tooltip, beta marked, an icon for every row.
    const auto drive = tree->findItems(QStringLiteral("Google Drive"), Qt::MatchExactly, 0);
    if (!pipesHub) {
        QCOMPARE(drive.size(), 1);
        QCOMPARE(drive.first()->text(1), QStringLiteral("Google Workspace"));
        QVERIFY(drive.first()->toolTip(0).contains(QLatin1String("Google Drive")));
        QVERIFY(!drive.first()->icon(0).isNull());
    }
    const auto linear = tree->findItems(QStringLiteral("Linear (beta)"), Qt::MatchExactly, 0);
    QCOMPARE(linear.size(), 1);
    QVERIFY(!tree->currentItem()); // nothing chosen for the user
    QVERIFY(!dialog->okButton()->isEnabled());
    // What is still missing is a muted hint, not a warning, until the user has typed something.
    QCOMPARE(dialog->statusText(), QStringLiteral("Choose a connector type."));
    QCOMPARE(dialog->statusKind(), RequestDialog::StatusKind::Hint);
}

void TestCreateConnectorDialog::typeFilterNarrowsTheListAndSelectsTheBestMatch()
{
    TestServer ts(devserver::Dialect::Published, 0);
    CreateConnectorDialog* dialog = openDialog(ts);
    QVERIFY(dialog);
    FIND_CHILD(QLineEdit, filter, dialog, "typeFilterLineEdit");
    FIND_CHILD(QTreeWidget, tree, dialog, "typeTreeWidget");
    FIND_CHILD(QLineEdit, name, dialog, "nameLineEdit");
    QVERIFY(dialog->focusWidget() == filter);

    QTest::keyClicks(filter, QStringLiteral("atlassian"));
    QStringList visible;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (!tree->topLevelItem(i)->isHidden())
            visible.append(tree->topLevelItem(i)->text(0));
    }
    QCOMPARE(visible, (QStringList{QStringLiteral("Confluence"), QStringLiteral("Jira")}));
    QCOMPARE(dialog->selectedType().type, QStringLiteral("Confluence"));
    // Arrow keys in the filter move through the list; Enter moves on to the name.
    QTest::keyClick(filter, Qt::Key_Down);
    QCOMPARE(dialog->selectedType().type, QStringLiteral("Jira"));
    QTest::keyClick(filter, Qt::Key_Return);
    QVERIFY(dialog->focusWidget() == name);

    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("no such service"));
    QVERIFY(!dialog->selectedType().isValid());
    QVERIFY(!dialog->okButton()->isEnabled());
}

void TestCreateConnectorDialog::authAndScopeCombosFollowTheChosenType()
{
    TestServer ts(devserver::Dialect::PipesHub, 0);
    CreateConnectorDialog* dialog = openDialog(ts, QStringLiteral("personal"));
    QVERIFY(dialog);
    FIND_CHILD(QComboBox, auth, dialog, "authTypeComboBox");
    FIND_CHILD(QComboBox, scope, dialog, "scopeComboBox");
    auto itemsOf = [](QComboBox* combo) {
        QStringList values;
        for (int i = 0; i < combo->count(); ++i)
            values.append(combo->itemData(i).toString());
        return values;
    };

    QVERIFY(dialog->selectType(QStringLiteral("OneDrive")));
    QCOMPARE(itemsOf(auth), (QStringList{QStringLiteral("OAUTH"), QStringLiteral("OAUTH_ADMIN_CONSENT")}));
    QVERIFY(auth->isEnabled());
    QCOMPARE(itemsOf(scope), (QStringList{QStringLiteral("team"), QStringLiteral("personal")}));
    QCOMPARE(scope->currentData().toString(), QStringLiteral("personal")); // the default scope, allowed here

    // Amazon S3: API token only, team only.
    QVERIFY(dialog->selectType(QStringLiteral("S3")));
    QCOMPARE(itemsOf(auth), QStringList{QStringLiteral("API_TOKEN")});
    QVERIFY(!auth->isEnabled());
    QCOMPARE(itemsOf(scope), QStringList{QStringLiteral("team")});
    QCOMPARE(scope->currentData().toString(), QStringLiteral("team"));

    // Google Calendar: personal only.
    QVERIFY(dialog->selectType(QStringLiteral("Calendar")));
    QCOMPARE(itemsOf(auth), QStringList{QStringLiteral("OAUTH")});
    QCOMPARE(itemsOf(scope), QStringList{QStringLiteral("personal")});

    // Back to a type with both: the user's earlier choice of auth type is kept where it still exists.
    QVERIFY(dialog->selectType(QStringLiteral("Outlook")));
    auth->setCurrentIndex(auth->findData(QStringLiteral("OAUTH_ADMIN_CONSENT")));
    QVERIFY(dialog->selectType(QStringLiteral("OneDrive")));
    QCOMPARE(auth->currentData().toString(), QStringLiteral("OAUTH_ADMIN_CONSENT"));

    // Web needs no sign-in.
    QVERIFY(dialog->selectType(QStringLiteral("Web")));
    QCOMPARE(itemsOf(auth), QStringList{QStringLiteral("NONE")});
}

void TestCreateConnectorDialog::createChangesTheServerAndEmitsTheInstance_data()
{
    QTest::addColumn<bool>("pipesHub");
    QTest::addRow("published dialect") << false;
    QTest::addRow("PipesHub dialect (short create answer)") << true;
}

void TestCreateConnectorDialog::createChangesTheServerAndEmitsTheInstance()
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

void TestCreateConnectorDialog::invalidInputBlocksOkAndSendsNothing_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("messagePart");
    QTest::addRow("an empty name") << "name"
                                   << "   "
                                   << "must not be empty";
    QTest::addRow("a name of 101 characters") << "name" << QString(101, u'x') << "at most 100";
    QTest::addRow("a cron expression with four fields") << "cron"
                                                        << "0 */6 * *"
                                                        << "five fields";
    QTest::addRow("a cron minute of 61") << "cron"
                                         << "61 * * * *"
                                         << "minute";
    QTest::addRow("an interval under 5 minutes") << "interval"
                                                 << "3"
                                                 << "at least 5";
    QTest::addRow("an unknown time zone") << "timezone"
                                          << "Mars/Olympus_Mons"
                                          << "not a known time zone";
    QTest::addRow("sync filters that are not JSON") << "syncFilters"
                                                    << "{\"fileTypes\": ["
                                                    << "not valid JSON";
    QTest::addRow("sync filters that are a JSON array") << "syncFilters"
                                                        << "[1, 2]"
                                                        << "JSON object";
    QTest::addRow("indexing filters that are not JSON") << "indexingFilters"
                                                        << "enable"
                                                        << "not valid JSON";
    QTest::addRow("an auth value without a key") << "authValue"
                                                 << "sk-1"
                                                 << "no key";
    QTest::addRow("a base URL that is not http") << "baseUrl"
                                                 << "ftp://files.example.com"
                                                 << "http";
}

void TestCreateConnectorDialog::invalidInputBlocksOkAndSendsNothing()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, messagePart);
    TestServer ts(devserver::Dialect::PipesHub, 0);
    CreateConnectorDialog* dialog = openDialog(ts);
    QVERIFY(dialog);
    QSignalSpy calls(ts.client.get(), &ApiClient::callStarted);

    // A valid form first: OK is enabled.
    QVERIFY(dialog->selectType(QStringLiteral("Confluence")));
    FIND_CHILD(QLineEdit, name, dialog, "nameLineEdit");
    FIND_CHILD(QComboBox, strategy, dialog, "syncStrategyComboBox");
    FIND_CHILD(QRadioButton, cronRadio, dialog, "cronRadioButton");
    FIND_CHILD(QLineEdit, cron, dialog, "cronLineEdit");
    QTest::keyClicks(name, QStringLiteral("Valid Name"));
    strategy->setCurrentIndex(strategy->findData(QStringLiteral("SCHEDULED")));
    cronRadio->setChecked(true);
    QTest::keyClicks(cron, QStringLiteral("*/30 * * * *"));
    QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->statusText()));

    // Then the one mistake.
    if (field == QLatin1String("name")) {
        name->clear();
        QTest::keyClicks(name, value);
    } else if (field == QLatin1String("cron")) {
        cron->clear();
        QTest::keyClicks(cron, value);
    } else if (field == QLatin1String("interval")) {
        FIND_CHILD(QRadioButton, intervalRadio, dialog, "intervalRadioButton");
        FIND_CHILD(QSpinBox, interval, dialog, "intervalSpinBox");
        intervalRadio->setChecked(true);
        interval->setValue(value.toInt());
    } else if (field == QLatin1String("timezone")) {
        FIND_CHILD(QComboBox, zone, dialog, "timezoneComboBox");
        zone->setCurrentText(value);
    } else if (field == QLatin1String("syncFilters")) {
        FIND_CHILD(QPlainTextEdit, edit, dialog, "syncFiltersPlainTextEdit");
        edit->setPlainText(value);
    } else if (field == QLatin1String("indexingFilters")) {
        FIND_CHILD(QPlainTextEdit, edit, dialog, "indexingFiltersPlainTextEdit");
        edit->setPlainText(value);
    } else if (field == QLatin1String("authValue")) {
        FIND_CHILD(QPushButton, addValue, dialog, "addAuthValuePushButton");
        FIND_CHILD(QTableWidget, values, dialog, "authValuesTableWidget");
        QTest::mouseClick(addValue, Qt::LeftButton);
        values->item(0, 1)->setText(value);
    } else if (field == QLatin1String("baseUrl")) {
        FIND_CHILD(QCheckBox, selfHosted, dialog, "selfHostedCheckBox");
        FIND_CHILD(QLineEdit, baseUrl, dialog, "baseUrlLineEdit");
        selfHosted->setChecked(true);
        QTest::keyClicks(baseUrl, value);
    }

    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY2(dialog->statusText().contains(messagePart, Qt::CaseInsensitive), qPrintable(dialog->statusText()));
    QCOMPARE(dialog->statusKind(), RequestDialog::StatusKind::Warning); // shown at once, not muted
    // Enter (accept) with the mistake still there sends nothing and keeps the dialog open.
    dialog->accept();
    QCOMPARE(calls.count(), 0);
    QVERIFY(!dialog->isBusy());
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->statusKind(), RequestDialog::StatusKind::Warning);
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors"), "POST"), 0);
}

void TestCreateConnectorDialog::duplicateNameKeepsEveryField_data()
{
    QTest::addColumn<bool>("pipesHub");
    QTest::addRow("published dialect") << false;
    QTest::addRow("PipesHub dialect") << true;
}

void TestCreateConnectorDialog::duplicateNameKeepsEveryField()
{
    QFETCH(bool, pipesHub);
    TestServer ts(dialectOf(pipesHub), 0);
    addInstance(ts, {{"name", "Team Wiki"}, {"type", "Jira"}, {"scope", "team"}});
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

void TestCreateConnectorDialog::teamScopeWithoutAdminShowsTheServersMessage()
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

void TestCreateConnectorDialog::unknownTypeShowsTheServersMessage()
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

void TestCreateConnectorDialog::registryFailureOffersRetry()
{
    TestServer ts(devserver::Dialect::PipesHub, 0);
    devserver::Fault fault;
    fault.status = 403;
    fault.body = R"({"detail": "Registry access is disabled for this account"})";
    fault.pathPrefix = QStringLiteral("/connectors/registry");
    ts.server.injectFault(fault);

    m_dialog = new CreateConnectorDialog(ts.client.get(), QStringLiteral("team"));
    m_dialog->show();
    FIND_CHILD(QLabel, status, m_dialog.data(), "registryStatusLabel");
    FIND_CHILD(QPushButton, retry, m_dialog.data(), "retryRegistryPushButton");
    QTRY_VERIFY(retry->isVisible());
    QVERIFY2(status->text().contains(QLatin1String("Registry access is disabled for this account")),
             qPrintable(status->text()));
    QVERIFY(!m_dialog->isRegistryLoaded());
    QVERIFY(!m_dialog->okButton()->isEnabled());

    QSignalSpy loaded(m_dialog.data(), &CreateConnectorDialog::registryLoaded);
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(loaded.wait(5000));
    QVERIFY(!retry->isVisible());
    FIND_CHILD(QTreeWidget, tree, m_dialog.data(), "typeTreeWidget");
    QCOMPARE(tree->topLevelItemCount(), int(ts.server.store().types().size()));
}

void TestCreateConnectorDialog::baseUrlIsSentOnlyWhenSelfHosted_data()
{
    QTest::addColumn<bool>("pipesHub");
    QTest::addRow("published dialect") << false;
    QTest::addRow("PipesHub dialect") << true;
}

void TestCreateConnectorDialog::baseUrlIsSentOnlyWhenSelfHosted()
{
    QFETCH(bool, pipesHub);
    TestServer ts(dialectOf(pipesHub), 0);
    CreateConnectorDialog* dialog = openDialog(ts);
    QVERIFY(dialog);
    FIND_CHILD(QLineEdit, name, dialog, "nameLineEdit");
    FIND_CHILD(QCheckBox, selfHosted, dialog, "selfHostedCheckBox");
    FIND_CHILD(QLineEdit, baseUrl, dialog, "baseUrlLineEdit");

    // A type the registry marks as self-hostable shows the field at once.
    QVERIFY(dialog->selectType(QStringLiteral("Jira")));
    QVERIFY(dialog->selectedType().needsBaseUrl);
    QVERIFY(baseUrl->isVisible());
    QVERIFY(!selfHosted->isVisible());

    // Any other type keeps it under "Self-hosted deployment".
    QVERIFY(dialog->selectType(QStringLiteral("Notion")));
    QVERIFY(!dialog->selectedType().needsBaseUrl);
    QTest::keyClicks(name, QStringLiteral("Notion On Prem"));
    QVERIFY(selfHosted->isVisible());
    QVERIFY(!baseUrl->isVisible());
    QTest::mouseClick(selfHosted, Qt::LeftButton);
    QVERIFY(baseUrl->isVisible());
    QVERIFY(dialog->focusWidget() == baseUrl);
    QTest::keyClicks(baseUrl, QStringLiteral("https://notion.acme.example"));
    QCOMPARE(dialog->request().baseUrl, QStringLiteral("https://notion.acme.example"));
    // Unticked: kept in the field, not sent.
    QTest::mouseClick(selfHosted, Qt::LeftButton);
    QVERIFY(dialog->request().baseUrl.isEmpty());
    QCOMPARE(baseUrl->text(), QStringLiteral("https://notion.acme.example"));
    QTest::mouseClick(selfHosted, Qt::LeftButton);

    QSignalSpy created(dialog, &CreateConnectorDialog::created);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY(created.wait(5000));
    const QString id = created.first().first().value<ConnectorInstance>().id;
    QCOMPARE(ts.server.store().instance(id).value(QLatin1String("baseUrl")).toString(),
             QStringLiteral("https://notion.acme.example"));
}

void TestCreateConnectorDialog::cancelAbortsTheRunningCreate()
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

void TestCreateConnectorDialog::doubleClickOnCreateSendsOneRequest()
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

QTEST_MAIN(TestCreateConnectorDialog)
#include "tst_createconnectordialog.moc"
