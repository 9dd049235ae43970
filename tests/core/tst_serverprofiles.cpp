// Server profiles in a settings file of their own: saved with a normalised URL, replaced by name, one
// of them the default, and read back by a fresh QSettings as they were written.
#include "testsettings.h"

#include "core/settings/serverprofiles.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestServerProfiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void savedWithANormalisedUrl();
    void theFirstSavedIsTheDefault();
    void sameNameReplaces();
    void refusedProfilesLeaveNothingBehind_data();
    void refusedProfilesLeaveNothingBehind();
    void removingTheDefaultMovesIt();
    void defaultFallsBackToTheFirst();
    void readBackFromTheFile();
    void brokenEntriesAreSkipped();

private:
    QString path() const
    {
        return m_dir->filePath(QStringLiteral("profiles.ini"));
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestServerProfiles::initTestCase()
{
    // Nothing of the user's own configuration may be read or written.
    isolateSettings();
}

void TestServerProfiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(path(), QSettings::IniFormat);
}

void TestServerProfiles::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

void TestServerProfiles::savedWithANormalisedUrl()
{
    ServerProfiles profiles(*m_settings);
    QVERIFY(profiles.profiles().isEmpty());
    QVERIFY(!profiles.defaultProfile());
    QString error;
    QVERIFY2(profiles.save({QStringLiteral("  Production "),
                            QUrl(QStringLiteral("https://pipeshub.example.com")),
                            QStringLiteral("/etc/ssl/corp.pem"),
                            QStringLiteral("the real one")},
                           &error),
             qPrintable(error));
    const auto saved = profiles.profile(QStringLiteral("Production")); // the name is trimmed
    QVERIFY(saved);
    QCOMPARE(saved->url, QUrl(QStringLiteral("https://pipeshub.example.com/api/v1")));
    QCOMPARE(saved->caFile, QStringLiteral("/etc/ssl/corp.pem"));
    QCOMPARE(saved->note, QStringLiteral("the real one"));
    QVERIFY(!profiles.profile(QStringLiteral("  Production ")));
}

void TestServerProfiles::theFirstSavedIsTheDefault()
{
    ServerProfiles profiles(*m_settings);
    QVERIFY(profiles.save({QStringLiteral("a"), QUrl(QStringLiteral("http://127.0.0.1:8088")), {}, {}}));
    QVERIFY(profiles.save({QStringLiteral("b"), QUrl(QStringLiteral("https://b.example.com/base/")), {}, {}}));
    QCOMPARE(profiles.defaultProfileName(), QStringLiteral("a"));
    QCOMPARE(profiles.defaultProfile()->name, QStringLiteral("a"));
    profiles.setDefaultProfileName(QStringLiteral("b"));
    QCOMPARE(profiles.defaultProfile()->url, QUrl(QStringLiteral("https://b.example.com/base")));
    QCOMPARE(profiles.profiles().size(), 2);
    QCOMPARE(profiles.profiles().at(0).name, QStringLiteral("a")); // in the order saved
    QCOMPARE(profiles.profiles().at(1).name, QStringLiteral("b"));
}

void TestServerProfiles::sameNameReplaces()
{
    ServerProfiles profiles(*m_settings);
    QVERIFY(profiles.save({QStringLiteral("a"), QUrl(QStringLiteral("https://old.example.com")), {}, {}}));
    QVERIFY(profiles.save({QStringLiteral("b"), QUrl(QStringLiteral("https://b.example.com")), {}, {}}));
    QVERIFY(profiles.save(
        {QStringLiteral("a "), QUrl(QStringLiteral("https://new.example.com")), {}, QStringLiteral("moved")}));
    const QList<ServerProfile> all = profiles.profiles();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).name, QStringLiteral("a")); // in its place
    QCOMPARE(all.at(0).url.host(), QStringLiteral("new.example.com"));
    QCOMPARE(all.at(0).note, QStringLiteral("moved"));
}

void TestServerProfiles::refusedProfilesLeaveNothingBehind_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("reason");
    QTest::addRow("no name") << ""
                             << "https://example.com"
                             << "needs a name";
    QTest::addRow("blank name") << "   "
                                << "https://example.com"
                                << "needs a name";
    QTest::addRow("no URL") << "a"
                            << ""
                            << "No server URL";
    QTest::addRow("ftp") << "a"
                         << "ftp://example.com"
                         << "http:// or https://";
    QTest::addRow("credentials in the URL") << "a"
                                            << "https://u:p@example.com"
                                            << "no user name or password";
}

void TestServerProfiles::refusedProfilesLeaveNothingBehind()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(QString, reason);
    ServerProfiles profiles(*m_settings);
    QString error;
    QVERIFY(!profiles.save({name, QUrl(url), {}, {}}, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY(profiles.profiles().isEmpty());
    QVERIFY(profiles.defaultProfileName().isEmpty());
    m_settings->sync();
    QVERIFY(QSettings(path(), QSettings::IniFormat).allKeys().isEmpty());
}

void TestServerProfiles::removingTheDefaultMovesIt()
{
    ServerProfiles profiles(*m_settings);
    for (const char* name : {"a", "b", "c"})
        QVERIFY(profiles.save({QString::fromLatin1(name), QUrl(QStringLiteral("https://example.com")), {}, {}}));
    profiles.setDefaultProfileName(QStringLiteral("b"));
    QVERIFY(!profiles.remove(QStringLiteral("nope")));
    QCOMPARE(profiles.profiles().size(), 3);
    QVERIFY(profiles.remove(QStringLiteral("a"))); // not the default: it stays
    QCOMPARE(profiles.defaultProfileName(), QStringLiteral("b"));
    QVERIFY(profiles.remove(QStringLiteral("b"))); // the default: the first left takes over
    QCOMPARE(profiles.defaultProfileName(), QStringLiteral("c"));
    QVERIFY(profiles.remove(QStringLiteral("c")));
    QVERIFY(profiles.defaultProfileName().isEmpty());
    QVERIFY(!profiles.defaultProfile());
    QVERIFY(profiles.profiles().isEmpty());
}

void TestServerProfiles::defaultFallsBackToTheFirst()
{
    ServerProfiles profiles(*m_settings);
    QVERIFY(profiles.save({QStringLiteral("a"), QUrl(QStringLiteral("https://a.example.com")), {}, {}}));
    QVERIFY(profiles.save({QStringLiteral("b"), QUrl(QStringLiteral("https://b.example.com")), {}, {}}));
    profiles.setDefaultProfileName(QStringLiteral("gone"));
    QCOMPARE(profiles.defaultProfile()->name, QStringLiteral("a"));
}

void TestServerProfiles::readBackFromTheFile()
{
    {
        ServerProfiles profiles(*m_settings);
        QVERIFY(profiles.save({QStringLiteral("Zürich"),
                               QUrl(QStringLiteral("https://zh.example.com/pipes")),
                               QStringLiteral("/tmp/ca.pem"),
                               QStringLiteral("note, with = signs")}));
        QVERIFY(profiles.save({QStringLiteral("local"), QUrl(QStringLiteral("http://127.0.0.1:3000")), {}, {}}));
        profiles.setDefaultProfileName(QStringLiteral("local"));
    }
    m_settings->sync();
    QSettings fresh(path(), QSettings::IniFormat);
    ServerProfiles again(fresh);
    const QList<ServerProfile> all = again.profiles();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).name, QStringLiteral("Zürich"));
    QCOMPARE(all.at(0).url, QUrl(QStringLiteral("https://zh.example.com/pipes")));
    QCOMPARE(all.at(0).caFile, QStringLiteral("/tmp/ca.pem"));
    QCOMPARE(all.at(0).note, QStringLiteral("note, with = signs"));
    QCOMPARE(again.defaultProfile()->url, QUrl(QStringLiteral("http://127.0.0.1:3000/api/v1")));
    // No token, nor anything like one, is written to the file.
    for (const QString& key : fresh.allKeys())
        QVERIFY2(!key.contains(QLatin1String("token"), Qt::CaseInsensitive), qPrintable(key));
}

void TestServerProfiles::brokenEntriesAreSkipped()
{
    m_settings->beginWriteArray(QStringLiteral("profiles"), 3);
    m_settings->setArrayIndex(0);
    m_settings->setValue(QStringLiteral("name"), QString());
    m_settings->setValue(QStringLiteral("url"), QStringLiteral("https://nameless.example.com/api/v1"));
    m_settings->setArrayIndex(1);
    m_settings->setValue(QStringLiteral("name"), QStringLiteral("ok"));
    m_settings->setValue(QStringLiteral("url"), QStringLiteral("https://ok.example.com/api/v1"));
    m_settings->setArrayIndex(2);
    m_settings->setValue(QStringLiteral("name"), QStringLiteral("bad url"));
    m_settings->setValue(QStringLiteral("url"), QStringLiteral("http://[::1"));
    m_settings->endArray();
    ServerProfiles profiles(*m_settings);
    const QList<ServerProfile> all = profiles.profiles();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.at(0).name, QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestServerProfiles)
#include "tst_serverprofiles.moc"
