// Which server a front end talks to, chosen one way for the console and connectorctl: --server, else
// PIPESHUB_SERVER_URL, else the default profile (the only source with a CA file); an unusable URL is
// said with where it came from; a CA file that gives no certificate is said; plain http to another
// machine is warned about. Settings in a file of their own; the environment restored after each test.
#include "testsettings.h"

#include "core/settings/serverchoice.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestServerChoice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theFlagWinsOverEverything();
    void theEnvironmentWinsOverTheProfile();
    void theDefaultProfileComesWithItsCaFile();
    void nothingGivenIsNoChoiceAndNoError();
    void anUnusableUrlSaysWhereItCameFrom_data();
    void anUnusableUrlSaysWhereItCameFrom();
    void aCaFileWithoutCertificatesIsSaid();
    void aCaFileIsReadAsItIsNamed();
    void plainHttpToAnotherMachineIsWarnedAbout_data();
    void plainHttpToAnotherMachineIsWarnedAbout();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    QByteArray m_savedServer;
};

void TestServerChoice::initTestCase()
{
    isolateSettings();
    m_savedServer = qgetenv(ServerChoice::environmentVariable);
}

void TestServerChoice::init()
{
    qunsetenv(ServerChoice::environmentVariable);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    ServerProfiles profiles(*m_settings);
    ServerProfile work;
    work.name = QStringLiteral("work");
    work.url = QUrl(QStringLiteral("https://pipeshub.work.example/api/v1"));
    work.caFile = QStringLiteral("/etc/ssl/work-ca.pem");
    QVERIFY(profiles.save(work));
    profiles.setDefaultProfileName(QStringLiteral("work"));
}

void TestServerChoice::cleanup()
{
    m_settings.reset();
    m_dir.reset();
    if (m_savedServer.isNull())
        qunsetenv(ServerChoice::environmentVariable);
    else
        qputenv(ServerChoice::environmentVariable, m_savedServer);
}

void TestServerChoice::theFlagWinsOverEverything()
{
    qputenv(ServerChoice::environmentVariable, "https://from-env.example");
    const auto choice = ServerChoice::choose(QStringLiteral(" https://flag.example "), ServerProfiles(*m_settings));
    QVERIFY(choice);
    QCOMPARE(choice->url(), QUrl(QStringLiteral("https://flag.example/api/v1")));
    QCOMPARE(choice->source(), ServerChoice::Source::Flag);
    QCOMPARE(choice->sourceText(), QStringLiteral("--server"));
    QVERIFY(choice->profile().caFile.isEmpty()); // a profile's CA file is not lent to another server
    QCOMPARE(choice->profile().name, QStringLiteral("flag.example"));
}

void TestServerChoice::theEnvironmentWinsOverTheProfile()
{
    qputenv(ServerChoice::environmentVariable, "http://127.0.0.1:8088");
    const auto choice = ServerChoice::choose({}, ServerProfiles(*m_settings));
    QVERIFY(choice);
    QCOMPARE(choice->url(), QUrl(QStringLiteral("http://127.0.0.1:8088/api/v1")));
    QCOMPARE(choice->source(), ServerChoice::Source::Environment);
    QCOMPARE(choice->sourceText(), QStringLiteral("PIPESHUB_SERVER_URL"));
}

void TestServerChoice::theDefaultProfileComesWithItsCaFile()
{
    const auto choice = ServerChoice::choose({}, ServerProfiles(*m_settings));
    QVERIFY(choice);
    QCOMPARE(choice->source(), ServerChoice::Source::Profile);
    QCOMPARE(choice->url(), QUrl(QStringLiteral("https://pipeshub.work.example/api/v1")));
    QCOMPARE(choice->profile().caFile, QStringLiteral("/etc/ssl/work-ca.pem"));
    QCOMPARE(choice->sourceText(), QStringLiteral("the server profile \"work\""));
}

void TestServerChoice::nothingGivenIsNoChoiceAndNoError()
{
    QSettings empty(m_dir->filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
    QString error = QStringLiteral("stale");
    QVERIFY(!ServerChoice::choose({}, ServerProfiles(empty), &error));
    QVERIFY(error.isEmpty()); // the caller says "no server given" in its own words
}

void TestServerChoice::anUnusableUrlSaysWhereItCameFrom_data()
{
    QTest::addColumn<QString>("flag");
    QTest::addColumn<QByteArray>("environment");
    QTest::addColumn<QString>("source");
    QTest::addRow("flag") << QStringLiteral("ftp://files.example") << QByteArray() << QStringLiteral("--server");
    QTest::addRow("environment") << QString() << QByteArray("not a url at all")
                                 << QStringLiteral("PIPESHUB_SERVER_URL");
}

void TestServerChoice::anUnusableUrlSaysWhereItCameFrom()
{
    QFETCH(QString, flag);
    QFETCH(QByteArray, environment);
    QFETCH(QString, source);
    if (!environment.isEmpty())
        qputenv(ServerChoice::environmentVariable, environment);
    QString error;
    QVERIFY(!ServerChoice::choose(flag, ServerProfiles(*m_settings), &error));
    QVERIFY2(error.endsWith(QStringLiteral("(from %1)").arg(source)), qPrintable(error));
    QVERIFY2(error.size() > source.size() + 8, qPrintable(error)); // and what is wrong with it
}

void TestServerChoice::aCaFileWithoutCertificatesIsSaid()
{
    const QString path = m_dir->filePath(QStringLiteral("not-a-cert.pem"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("just text\n");
    file.close();
    QString problem;
    QVERIFY(ServerChoice::extraCertificates(path, &problem).isEmpty());
    QVERIFY2(problem.contains(path), qPrintable(problem));
    QVERIFY(problem.contains(QLatin1String("only the system's CAs are trusted")));

    QVERIFY(ServerChoice::extraCertificates(m_dir->filePath(QStringLiteral("missing.pem")), &problem).isEmpty());
    QVERIFY(!problem.isEmpty());
    QVERIFY(ServerChoice::extraCertificates(QString(), &problem).isEmpty());
    QVERIFY(problem.isEmpty()); // no CA file is no problem
}

void TestServerChoice::aCaFileIsReadAsItIsNamed()
{
    // The test CA of tests/data/tls, copied to a name with wildcard characters: read as named.
    const QString source = QStringLiteral(CONNECTOR_TEST_DATA_DIR "/tls/ca.pem");
    QVERIFY2(QFile::exists(source), qPrintable(source));
    const QString path = m_dir->filePath(QStringLiteral("ca [test]*.pem"));
    QVERIFY(QFile::copy(source, path));
    QString problem;
    const QList<QSslCertificate> certificates = ServerChoice::extraCertificates(path, &problem);
    QCOMPARE(certificates.size(), 1);
    QVERIFY(problem.isEmpty());
}

void TestServerChoice::plainHttpToAnotherMachineIsWarnedAbout_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("warned");
    QTest::addRow("http to another machine") << "http://pipeshub.example/api/v1" << true;
    QTest::addRow("https") << "https://pipeshub.example/api/v1" << false;
    QTest::addRow("http to this machine") << "http://127.0.0.1:8088/api/v1" << false;
    QTest::addRow("http to localhost") << "http://localhost:8088/api/v1" << false;
}

void TestServerChoice::plainHttpToAnotherMachineIsWarnedAbout()
{
    QFETCH(QString, url);
    QFETCH(bool, warned);
    const QString warning = ServerChoice::plainHttpWarning(QUrl(url));
    QCOMPARE(!warning.isEmpty(), warned);
    if (warned) {
        QVERIFY(warning.contains(QLatin1String("unencrypted")));
        QVERIFY(warning.contains(QLatin1String("pipeshub.example")));
    }
}

QTEST_GUILESS_MAIN(TestServerChoice)
#include "tst_serverchoice.moc"
