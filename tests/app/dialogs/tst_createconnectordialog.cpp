// The create dialog's form against the dev server: the registry fills the type list, the combos
// follow the chosen type, nothing is sent while the form is wrong, a failed registry offers a retry.
// What a create does on the server is tst_createconnectorsubmit's.
#include "createdialogtest.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTreeWidget>

using namespace dialogtest;

class TestCreateConnectorDialog : public CreateDialogTest
{
    Q_OBJECT

private slots:
    void loadsTheRegistryInPagesOf200_data();
    void loadsTheRegistryInPagesOf200();
    void typeFilterNarrowsTheListAndSelectsTheBestMatch();
    void authAndScopeCombosFollowTheChosenType();
    void invalidInputBlocksOkAndSendsNothing_data();
    void invalidInputBlocksOkAndSendsNothing();
    void registryFailureOffersRetry();
    void baseUrlIsSentOnlyWhenSelfHosted_data();
    void baseUrlIsSentOnlyWhenSelfHosted();
};

void TestCreateConnectorDialog::loadsTheRegistryInPagesOf200_data()
{
    addDialectRows();
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
    addDialectRows();
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

QTEST_MAIN(TestCreateConnectorDialog)
#include "tst_createconnectordialog.moc"
