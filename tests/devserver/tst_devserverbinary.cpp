// The connector-dev-server executable: its URL line, its options, its exit codes.
#include "testclient.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kBinary = QStringLiteral(CONNECTOR_DEV_SERVER_BINARY);

// Starts the binary and reads its first stdout line (the URL line); empty when it did not come.
QString startAndReadLine(QProcess& process, const QStringList& arguments)
{
    process.start(kBinary, arguments);
    if (!process.waitForStarted(5000))
        return {};
    while (!process.canReadLine()) {
        if (!process.waitForReadyRead(10000))
            return {};
    }
    return QString::fromUtf8(process.readLine()).trimmed();
}

QUrl urlOf(const QString& line)
{
    static const QRegularExpression pattern(QStringLiteral(R"(listening on (\S+) )"));
    return QUrl(pattern.match(line).captured(1));
}

} // namespace

class TestDevServerBinary final : public QObject
{
    Q_OBJECT

private slots:
    void printsItsUrlServesAndStopsOnSigterm()
    {
        QProcess process;
        const QString line = startAndReadLine(process,
                                              {QStringLiteral("--port"),
                                               QStringLiteral("0"),
                                               QStringLiteral("--seed"),
                                               QStringLiteral("7"),
                                               QStringLiteral("--dialect"),
                                               QStringLiteral("published")});
        const QRegularExpression expected(QStringLiteral(
            R"(^connector-dev-server listening on http://127\.0\.0\.1:\d+/api/v1 \(dialect published, 7 instances\)$)"));
        QVERIFY2(expected.match(line).hasMatch(), qPrintable(line));

        TestClient client(urlOf(line));
        const HttpResult result = client.get("/connectors");
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json().value(QLatin1String("pagination")).toObject().value(QLatin1String("total")).toInt(), 7);

        process.terminate();
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }

    void theTokenIsEnforcedAndNeverPrinted()
    {
        const QByteArray token = "tok-7f3a9c-secret";
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CONNECTOR_DEV_SERVER_TOKEN"), QString::fromLatin1(token));
        process.setProcessEnvironment(environment);
        const QString line = startAndReadLine(process, {QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(!line.isEmpty());
        QVERIFY(!line.contains(QString::fromLatin1(token)));

        TestClient client(urlOf(line));
        QCOMPARE(client.get("/connectors/active").status, 401);
        client.setToken(token);
        QCOMPARE(client.get("/connectors/active").status, 200);

        process.terminate();
        QVERIFY(process.waitForFinished(5000));
        const QByteArray output = process.readAllStandardOutput() + process.readAllStandardError();
        QVERIFY(!output.contains(token));
    }

    void usageErrorsExitWith2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("a non-loopback address without a token")
            << QStringList{QStringLiteral("--listen"), QStringLiteral("0.0.0.0")} << QStringLiteral("without a token");
        QTest::newRow("an unknown dialect")
            << QStringList{QStringLiteral("--dialect"), QStringLiteral("soap")} << QStringLiteral("--dialect");
        QTest::newRow("a port out of range")
            << QStringList{QStringLiteral("--port"), QStringLiteral("70000")} << QStringLiteral("--port");
        QTest::newRow("a negative seed") << QStringList{QStringLiteral("--seed"), QStringLiteral("-1")}
                                         << QStringLiteral("--seed");
        QTest::newRow("a negative sync duration")
            << QStringList{QStringLiteral("--sync-duration"), QStringLiteral("-5")}
            << QStringLiteral("--sync-duration");
        QTest::newRow("a sync duration that is no number")
            << QStringList{QStringLiteral("--sync-duration"), QStringLiteral("soon")}
            << QStringLiteral("--sync-duration");
        QTest::newRow("an address that is no address")
            << QStringList{QStringLiteral("--listen"), QStringLiteral("nowhere")} << QStringLiteral("--listen");
        QTest::newRow("an unknown option")
            << QStringList{QStringLiteral("--no-such-option")} << QStringLiteral("no-such-option");
        QTest::newRow("an option without its value") << QStringList{QStringLiteral("--port")} << QStringLiteral("port");
    }

    void usageErrorsExitWith2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QProcess process;
        process.start(kBinary, arguments);
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitCode(), 2);
        const QString error = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void aCorruptDataFileExitsWith1()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("data.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not json");
        file.close();
        QProcess process;
        process.start(kBinary, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"), path});
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(process.readAllStandardError().contains("not valid JSON"));
    }

    void versionAndHelp()
    {
        QProcess version;
        version.start(kBinary, {QStringLiteral("--version")});
        QVERIFY(version.waitForFinished(5000));
        QCOMPARE(version.exitCode(), 0);
        QVERIFY(version.readAllStandardOutput().startsWith("connector-dev-server " CONNECTOR_VERSION));

        QProcess help;
        help.start(kBinary, {QStringLiteral("--help")});
        QVERIFY(help.waitForFinished(5000));
        QCOMPARE(help.exitCode(), 0);
        const QByteArray text = help.readAllStandardOutput();
        for (const char* option : {"--port",
                                   "--listen",
                                   "--dialect",
                                   "--seed",
                                   "--random-seed",
                                   "--token",
                                   "--no-admin",
                                   "--data",
                                   "--latency",
                                   "--deletion-delay",
                                   "--sync-duration"})
            QVERIFY2(text.contains(option), option);
    }

    void theReadmeListsEveryOptionOfHelp()
    {
        QProcess help;
        help.start(kBinary, {QStringLiteral("--help")});
        QVERIFY(help.waitForFinished(5000));
        const QString text = QString::fromUtf8(help.readAllStandardOutput());
        QFile readme(QStringLiteral(CONNECTOR_SOURCE_DIR "/README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QString all = QString::fromUtf8(readme.readAll());
        const qsizetype start = all.indexOf(QLatin1String("## connector-dev-server"));
        QVERIFY(start >= 0);
        const QString section = all.mid(start, all.indexOf(QLatin1String("\n## "), start + 1) - start);
        static const QRegularExpression option(QStringLiteral("^\\s+(--[a-z][a-z-]+)"),
                                               QRegularExpression::MultilineOption);
        int seen = 0;
        for (auto it = option.globalMatch(text); it.hasNext(); ++seen) {
            const QString name = it.next().captured(1);
            if (name.startsWith(QLatin1String("--help")) || name == QLatin1String("--version"))
                continue;
            QVERIFY2(section.contains(name), qPrintable(name + QStringLiteral(" is not in the README")));
        }
        QVERIFY(seen > 10);
        QVERIFY2(section.contains(QLatin1String("pipeshub` (the real server's) unless")), "the default dialect");
    }
};

QTEST_GUILESS_MAIN(TestDevServerBinary)
#include "tst_devserverbinary.moc"
