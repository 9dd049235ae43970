// The server profiles dialog: URLs saved normalised, nothing token-like in the settings file, the token
// in the keychain only (or a clear message when there is none), and "Test connection" against the dev
// server, for both a good token and a 401.
//
// The keychain: under scripts/with-keyring (CONNECTOR_KEYRING_INNER set) a real Secret Service runs and
// the token must be stored; without one, the dialog must say so and point to PIPESHUB_BEARER_AUTH.
#include "dialogtest.h"

#include "app/dialogs/serverprofilesdialog.h"

#include "core/settings/credentialstore.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QUuid>

#include <memory>

using namespace dialogtest;

namespace {

const QString testService = QStringLiteral("connector-admin-test");

bool keyringExpected()
{
    return qEnvironmentVariableIsSet("CONNECTOR_KEYRING_INNER");
}

} // namespace

class TestServerProfilesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void savesANormalisedUrlAndNoTokenInTheSettingsFile();
    void warnsAboutPlainHttpToARemoteHost();
    void checksTheCaFile();
    void editsRenamesAndRefusesDuplicateNames();
    void testConnectionReportsTheTotal();
    void testConnectionReportsA401WithTheServersMessage();
    void useThisServerMakesItTheDefault();

private:
    ServerProfilesDialog* openDialog();
    QByteArray settingsFileContents() const;

    QString m_settingsPath;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ServerProfiles> m_profiles;
    std::unique_ptr<CredentialStore> m_credentials;
    QPointer<ServerProfilesDialog> m_dialog;
    QStringList m_accountsToForget;
};

void TestServerProfilesDialog::initTestCase()
{
    isolateSettings();
    silenceOffscreenSizeHintWarnings();
}

void TestServerProfilesDialog::init()
{
    qunsetenv(CredentialStore::environmentVariable);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QVERIFY(dir.contains(QLatin1String("qttest"))); // never the user's real settings
    QDir().mkpath(dir);
    m_settingsPath = dir + QStringLiteral("/tst_serverprofilesdialog.conf");
    QFile::remove(m_settingsPath);
    m_settings = std::make_unique<QSettings>(m_settingsPath, QSettings::IniFormat);
    m_profiles = std::make_unique<ServerProfiles>(*m_settings);
    m_credentials = std::make_unique<CredentialStore>(testService);
}

void TestServerProfilesDialog::cleanup()
{
    delete m_dialog.data();
    for (const QString& account : std::as_const(m_accountsToForget))
        m_credentials->deleteTokenBlocking(account);
    m_accountsToForget.clear();
    m_profiles.reset();
    m_settings.reset();
    m_credentials.reset();
    QFile::remove(m_settingsPath);
}

ServerProfilesDialog* TestServerProfilesDialog::openDialog()
{
    m_dialog = new ServerProfilesDialog(m_profiles.get(), m_credentials.get());
    m_dialog->show();
    return m_dialog;
}

QByteArray TestServerProfilesDialog::settingsFileContents() const
{
    m_settings->sync();
    QFile file(m_settingsPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void TestServerProfilesDialog::savesANormalisedUrlAndNoTokenInTheSettingsFile()
{
    ServerProfilesDialog* dialog = openDialog();
    QVERIFY(dialog->editedProfileName().isEmpty()); // no profiles yet: a new one is being edited
    FIND_CHILD(QLineEdit, name, dialog, "nameLineEdit");
    FIND_CHILD(QLineEdit, url, dialog, "urlLineEdit");
    FIND_CHILD(QLineEdit, token, dialog, "tokenLineEdit");
    FIND_CHILD(QLabel, resolved, dialog, "resolvedUrlLabel");
    FIND_CHILD(QLabel, tokenStatus, dialog, "tokenStatusLabel");
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QVERIFY(!dialog->okButton()->isEnabled());

    // A host unique to this run, so that a real keychain entry cannot be left over from another.
    const QString host = QStringLiteral("pipeshub-%1.example.com").arg(QUuid::createUuid().toString(QUuid::Id128));
    QTest::keyClicks(name, QStringLiteral("Production"));
    QTest::keyClicks(url, QStringLiteral("https://") + host);
    const QString normalised = QStringLiteral("https://%1/api/v1").arg(host);
    QVERIFY2(resolved->text().contains(normalised), qPrintable(resolved->text()));
    const QString secret = QStringLiteral("tok-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    QTest::keyClicks(token, secret);
    m_accountsToForget.append(CredentialStore::accountFor(QUrl(normalised)));
    QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->statusText()));

    QSignalSpy saved(dialog, &ServerProfilesDialog::profileSaved);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 20000);

    // The profile is in the settings with its normalised URL, whatever the keychain did.
    const auto profile = m_profiles->profile(QStringLiteral("Production"));
    QVERIFY(profile);
    QCOMPARE(profile->url, QUrl(normalised));
    QCOMPARE(m_profiles->defaultProfileName(), QStringLiteral("Production"));
    QVERIFY(dialog->isVisible()); // Save keeps the dialog open
    QCOMPARE(dialog->editedProfileName(), QStringLiteral("Production"));

    // And nothing token-like went to the settings file: only name, url, caFile and note.
    const QByteArray contents = settingsFileContents();
    QVERIFY(contents.contains(normalised.toUtf8()));
    QVERIFY(!contents.contains(secret.toUtf8()));
    QVERIFY(!contents.toLower().contains("token"));
    QVERIFY(!contents.toLower().contains("bearer"));
    for (const QString& key : m_settings->allKeys()) {
        QVERIFY2(key == QLatin1String("defaultProfile") || key == QLatin1String("profiles/size")
                     || key.endsWith(QLatin1String("/name")) || key.endsWith(QLatin1String("/url"))
                     || key.endsWith(QLatin1String("/caFile")) || key.endsWith(QLatin1String("/note")),
                 qPrintable(key));
    }

    const CredentialStore::Result stored
        = m_credentials->readTokenBlocking(CredentialStore::accountFor(QUrl(normalised)));
    if (keyringExpected() || stored.ok()) {
        QVERIFY2(stored.ok(), qPrintable(stored.message));
        QCOMPARE(stored.token, secret);
        QCOMPARE(saved.count(), 1);
        QCOMPARE(dialog->statusKind(), RequestDialog::StatusKind::Success);
        QVERIFY(token->text().isEmpty()); // never kept, never shown again
        QVERIFY(tokenStatus->text().contains(QLatin1String("stored in the system keychain")));

        // Opened again: the field stays empty and says where the token is.
        delete m_dialog.data();
        dialog = openDialog();
        FIND_CHILD(QLineEdit, token2, dialog, "tokenLineEdit");
        FIND_CHILD(QLabel, tokenStatus2, dialog, "tokenStatusLabel");
        QCOMPARE(dialog->editedProfileName(), QStringLiteral("Production"));
        QVERIFY(token2->text().isEmpty());
        QTRY_VERIFY(tokenStatus2->text().contains(QLatin1String("stored in the system keychain")));
        QVERIFY(token2->placeholderText().contains(QLatin1String("stored in the keychain")));

        // Forget token removes it.
        FIND_CHILD(QPushButton, forget, dialog, "forgetTokenPushButton");
        QSignalSpy tokenChanged(dialog, &ServerProfilesDialog::tokenStatusChanged);
        QTest::mouseClick(forget, Qt::LeftButton);
        QVERIFY(tokenChanged.wait(10000));
        QVERIFY2(tokenStatus2->text().contains(QLatin1String("removed")), qPrintable(tokenStatus2->text()));
        QCOMPARE(m_credentials->readTokenBlocking(CredentialStore::accountFor(QUrl(normalised))).status,
                 CredentialStore::Status::NotFound);
    } else {
        // No keychain here: the profile is saved, the token is not, and the dialog says what to do.
        QCOMPARE(saved.count(), 0);
        QCOMPARE(dialog->statusKind(), RequestDialog::StatusKind::Error);
        QVERIFY2(dialog->statusText().contains(QLatin1String("keychain")), qPrintable(dialog->statusText()));
        QVERIFY(dialog->statusText().contains(QLatin1String("PIPESHUB_BEARER_AUTH")));
        QVERIFY(!dialog->statusText().contains(secret));
        QVERIFY(tokenStatus->text().contains(QLatin1String("PIPESHUB_BEARER_AUTH")));
        QCOMPARE(token->text(), secret); // kept, as everything typed is
    }
}

void TestServerProfilesDialog::warnsAboutPlainHttpToARemoteHost()
{
    ServerProfilesDialog* dialog = openDialog();
    FIND_CHILD(QLineEdit, name, dialog, "nameLineEdit");
    FIND_CHILD(QLineEdit, url, dialog, "urlLineEdit");
    FIND_CHILD(QLabel, resolved, dialog, "resolvedUrlLabel");
    FIND_CHILD(QLabel, warning, dialog, "httpWarningLabel");
    QTest::keyClicks(name, QStringLiteral("Lab"));

    QTest::keyClicks(url, QStringLiteral("http://10.0.0.5:3000"));
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(QLatin1String("unencrypted")));
    QVERIFY(resolved->text().contains(QLatin1String("http://10.0.0.5:3000/api/v1")));
    QVERIFY(dialog->okButton()->isEnabled()); // a warning, not a refusal

    url->setText(QStringLiteral("http://127.0.0.1:3000/custom/base/"));
    QVERIFY(!warning->isVisible());
    QVERIFY(resolved->text().contains(QLatin1String("http://127.0.0.1:3000/custom/base")));

    url->setText(QStringLiteral("ftp://files.example.com"));
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY2(dialog->statusText().contains(QLatin1String("http://")), qPrintable(dialog->statusText()));
    QVERIFY(resolved->text().contains(QLatin1String("http://")));
    QSignalSpy saved(dialog, &ServerProfilesDialog::profileSaved);
    dialog->accept();
    QCOMPARE(saved.count(), 0);
    QVERIFY(m_profiles->profiles().isEmpty());
}

void TestServerProfilesDialog::checksTheCaFile()
{
    ServerProfilesDialog* dialog = openDialog();
    FIND_CHILD(QLineEdit, name, dialog, "nameLineEdit");
    FIND_CHILD(QLineEdit, url, dialog, "urlLineEdit");
    FIND_CHILD(QLineEdit, caFile, dialog, "caFileLineEdit");
    FIND_CHILD(QLabel, caStatus, dialog, "caStatusLabel");
    QTest::keyClicks(name, QStringLiteral("Corp"));
    QTest::keyClicks(url, QStringLiteral("https://pipeshub.corp.example"));

    caFile->setText(QStringLiteral(DIALOG_TEST_DATA_DIR "/test-ca.pem"));
    QVERIFY2(caStatus->text().contains(QLatin1String("Certificates loaded: 1,")), qPrintable(caStatus->text()));
    QVERIFY(caStatus->toolTip().contains(QLatin1String("Connector Admin Test CA")));
    QVERIFY(dialog->okButton()->isEnabled());

    caFile->setText(QStringLiteral(DIALOG_TEST_DATA_DIR "/not-a-certificate.txt"));
    QVERIFY(caStatus->text().contains(QLatin1String("No PEM certificate")));
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY(dialog->statusText().contains(QLatin1String("No PEM certificate")));

    caFile->setText(QStringLiteral("/nonexistent/ca.pem"));
    QVERIFY(caStatus->text().contains(QLatin1String("There is no file")));
    QVERIFY(!dialog->okButton()->isEnabled());

    caFile->setText(QStringLiteral(DIALOG_TEST_DATA_DIR "/test-ca.pem"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isBusy());
    QCOMPARE(m_profiles->profile(QStringLiteral("Corp"))->caFile, QStringLiteral(DIALOG_TEST_DATA_DIR "/test-ca.pem"));
}

void TestServerProfilesDialog::editsRenamesAndRefusesDuplicateNames()
{
    QVERIFY(m_profiles->save({QStringLiteral("Alpha"), QUrl(QStringLiteral("https://alpha.example")), {}, {}}));
    QVERIFY(m_profiles->save({QStringLiteral("Beta"), QUrl(QStringLiteral("https://beta.example")), {}, {}}));
    ServerProfilesDialog* dialog = openDialog();
    FIND_CHILD(QListWidget, list, dialog, "profileListWidget");
    FIND_CHILD(QLineEdit, name, dialog, "nameLineEdit");
    FIND_CHILD(QLineEdit, url, dialog, "urlLineEdit");
    FIND_CHILD(QLineEdit, note, dialog, "noteLineEdit");
    FIND_CHILD(QPushButton, add, dialog, "addProfilePushButton");
    FIND_CHILD(QPushButton, remove, dialog, "removeProfilePushButton");
    QCOMPARE(list->count(), 2);
    QCOMPARE(dialog->editedProfileName(), QStringLiteral("Alpha")); // the default comes first
    QVERIFY(list->item(0)->text().contains(QLatin1String("(default)")));
    QCOMPARE(url->text(), QStringLiteral("https://alpha.example/api/v1"));
    QVERIFY(!dialog->okButton()->isEnabled()); // nothing changed yet

    // Edit: a note.
    QTest::keyClicks(note, QStringLiteral("the EU cluster"));
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isBusy());
    QCOMPARE(m_profiles->profile(QStringLiteral("Alpha"))->note, QStringLiteral("the EU cluster"));

    // New, with a name that exists: refused before saving.
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(name->text().isEmpty());
    QTest::keyClicks(name, QStringLiteral("Beta"));
    QTest::keyClicks(url, QStringLiteral("https://other.example"));
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY2(dialog->statusText().contains(QLatin1String("already exists")), qPrintable(dialog->statusText()));

    // Rename Alpha to Gamma: Alpha goes, and the default follows it. (Leaving the unsaved new
    // server says that its edits were dropped.)
    QVERIFY(dialog->editProfile(QStringLiteral("Alpha")));
    QVERIFY2(dialog->statusText().contains(QLatin1String("discarded")), qPrintable(dialog->statusText()));
    QCOMPARE(note->text(), QStringLiteral("the EU cluster"));
    name->setText(QStringLiteral("Gamma"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isBusy());
    QVERIFY(!m_profiles->profile(QStringLiteral("Alpha")));
    QCOMPARE(m_profiles->profile(QStringLiteral("Gamma"))->note, QStringLiteral("the EU cluster"));
    QCOMPARE(m_profiles->defaultProfileName(), QStringLiteral("Gamma"));
    QCOMPARE(list->count(), 2);

    // Remove Beta.
    QVERIFY(dialog->editProfile(QStringLiteral("Beta")));
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(!m_profiles->profile(QStringLiteral("Beta")));
    QCOMPARE(list->count(), 1);
    QCOMPARE(dialog->editedProfileName(), QStringLiteral("Gamma"));
}

void TestServerProfilesDialog::testConnectionReportsTheTotal()
{
    TestServer ts(devserver::Dialect::PipesHub, 30);
    int teamCount = 0;
    for (const QString& id : ts.server.store().ids()) {
        if (ts.server.store().instance(id).value(QLatin1String("scope")).toString() == QLatin1String("team"))
            ++teamCount;
    }
    ServerProfilesDialog* dialog = openDialog();
    FIND_CHILD(QLineEdit, url, dialog, "urlLineEdit");
    FIND_CHILD(QLineEdit, token, dialog, "tokenLineEdit");
    FIND_CHILD(QPushButton, test, dialog, "testConnectionPushButton");
    FIND_CHILD(QLabel, result, dialog, "testResultLabel");
    QTest::keyClicks(url, ts.server.baseUrl().toString());
    QTest::keyClicks(token, testToken);

    QSignalSpy tested(dialog, &ServerProfilesDialog::connectionTested);
    QTest::mouseClick(test, Qt::LeftButton);
    // Non-blocking: the form stays usable while the test runs.
    QVERIFY(!dialog->isBusy());
    QVERIFY(!test->isEnabled());
    QVERIFY(url->isEnabled());
    QVERIFY(tested.wait(10000));
    QCOMPARE(tested.first().at(0).toBool(), true);
    QVERIFY2(result->text().contains(QStringLiteral(": %1.").arg(teamCount)), qPrintable(result->text()));
    QVERIFY(result->text().contains(QLatin1String("Connected")));
    QVERIFY(test->isEnabled());
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors"), "GET"), 1);
    const auto request = ts.server.requestLog().constLast();
    QVERIFY(request.bearerMatched);
    QCOMPARE(request.query.queryItemValue(QStringLiteral("scope")), QStringLiteral("team"));
    QCOMPARE(request.query.queryItemValue(QStringLiteral("limit")), QStringLiteral("1"));
    // A test saves nothing.
    QVERIFY(m_profiles->profiles().isEmpty());
}

void TestServerProfilesDialog::testConnectionReportsA401WithTheServersMessage()
{
    TestServer ts(devserver::Dialect::PipesHub, 3);
    ServerProfilesDialog* dialog = openDialog();
    FIND_CHILD(QLineEdit, url, dialog, "urlLineEdit");
    FIND_CHILD(QLineEdit, token, dialog, "tokenLineEdit");
    FIND_CHILD(QPushButton, test, dialog, "testConnectionPushButton");
    FIND_CHILD(QLabel, result, dialog, "testResultLabel");
    QTest::keyClicks(url, ts.server.baseUrl().toString());
    QTest::keyClicks(token, QStringLiteral("not-the-token"));

    QSignalSpy tested(dialog, &ServerProfilesDialog::connectionTested);
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(tested.wait(10000));
    QCOMPARE(tested.first().at(0).toBool(), false);
    QVERIFY2(result->text().contains(QLatin1String("Invalid token")), qPrintable(result->text()));
    QVERIFY(result->text().contains(QLatin1String("401")));
    QVERIFY(!result->text().contains(QLatin1String("not-the-token")));
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors"), "GET"), 1); // a test is not retried
}

void TestServerProfilesDialog::useThisServerMakesItTheDefault()
{
    QVERIFY(m_profiles->save({QStringLiteral("Alpha"), QUrl(QStringLiteral("https://alpha.example")), {}, {}}));
    QVERIFY(m_profiles->save(
        {QStringLiteral("Beta"), QUrl(QStringLiteral("https://beta.example")), {}, QStringLiteral("staging")}));
    ServerProfilesDialog* dialog = openDialog();
    FIND_CHILD(QPushButton, use, dialog, "useServerPushButton");
    QSignalSpy chosen(dialog, &ServerProfilesDialog::profileChosen);
    QVERIFY(dialog->editProfile(QStringLiteral("Beta")));
    QTest::mouseClick(use, Qt::LeftButton);
    QCOMPARE(chosen.count(), 1);
    const ServerProfile profile = chosen.first().first().value<ServerProfile>();
    QCOMPARE(profile.name, QStringLiteral("Beta"));
    QCOMPARE(profile.url, QUrl(QStringLiteral("https://beta.example/api/v1")));
    QCOMPARE(profile.note, QStringLiteral("staging"));
    QCOMPARE(m_profiles->defaultProfileName(), QStringLiteral("Beta"));
    QTRY_VERIFY(m_dialog.isNull());
}

QTEST_MAIN(TestServerProfilesDialog)
#include "tst_serverprofilesdialog.moc"
