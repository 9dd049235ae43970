// Tokens in the OS keychain. Under scripts/with-keyring (as scripts/test and CI run it) this talks to a
// real gnome-keyring Secret Service; without one it must say so clearly and the environment still works.
#include "core/settings/credentialstore.h"

#include <QTest>
#include <QUrl>
#include <QUuid>

class TestCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void storesReadsAndForgetsATokenPerServer();
    void environmentVariableWins();
    void accountIsTheNormalisedServerUrl();

private:
    static bool keyringExpected()
    {
        return qEnvironmentVariableIsSet("CONNECTOR_KEYRING_INNER");
    }
};

void TestCredentialStore::init()
{
    qunsetenv(CredentialStore::environmentVariable);
}

void TestCredentialStore::storesReadsAndForgetsATokenPerServer()
{
    CredentialStore store(QStringLiteral("connector-admin-test"));
    const QString account
        = QStringLiteral("https://%1.example.com/api/v1").arg(QUuid::createUuid().toString(QUuid::Id128));
    const QString other = account + QStringLiteral("/other");
    const QString token = QStringLiteral("tok-%1").arg(QUuid::createUuid().toString(QUuid::Id128));

    const CredentialStore::Result written = store.writeTokenBlocking(account, token);
    if (!keyringExpected() && written.status == CredentialStore::Status::Unavailable) {
        // No Secret Service here: the message must tell the user what to do instead.
        QVERIFY(written.message.contains(QLatin1String("PIPESHUB_BEARER_AUTH")));
        QVERIFY(!written.message.contains(token));
        return;
    }
    QVERIFY2(written.ok(), qPrintable(written.message));
    const CredentialStore::Result read = store.readTokenBlocking(account);
    QVERIFY2(read.ok(), qPrintable(read.message));
    QCOMPARE(read.token, token);
    QVERIFY(!read.fromEnvironment);

    const CredentialStore::Result elsewhere = store.readTokenBlocking(other);
    QCOMPARE(elsewhere.status, CredentialStore::Status::NotFound);
    QVERIFY(elsewhere.token.isEmpty());

    QVERIFY(store.deleteTokenBlocking(account).ok());
    const CredentialStore::Result gone = store.readTokenBlocking(account);
    QCOMPARE(gone.status, CredentialStore::Status::NotFound);
    QVERIFY(gone.message.contains(QLatin1String("PIPESHUB_BEARER_AUTH")));
}

void TestCredentialStore::environmentVariableWins()
{
    qputenv(CredentialStore::environmentVariable, "  from-env-token  ");
    CredentialStore store(QStringLiteral("connector-admin-test"));
    const CredentialStore::Result r = store.readTokenBlocking(QStringLiteral("https://nowhere.example/api/v1"));
    QVERIFY(r.ok());
    QVERIFY(r.fromEnvironment);
    QCOMPARE(r.token, QStringLiteral("from-env-token"));
    qunsetenv(CredentialStore::environmentVariable);
}

void TestCredentialStore::accountIsTheNormalisedServerUrl()
{
    QCOMPARE(CredentialStore::accountFor(QUrl(QStringLiteral("https://host/api/v1/"))),
             CredentialStore::accountFor(QUrl(QStringLiteral("https://host/api/v1"))));
    QVERIFY(CredentialStore::accountFor(QUrl(QStringLiteral("https://a/api/v1")))
            != CredentialStore::accountFor(QUrl(QStringLiteral("https://b/api/v1"))));
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
