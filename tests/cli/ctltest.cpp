#include "ctltest.h"

#include "cli/connectorctl.h"

#include "devserver/connectorstore.h"

#include <QBuffer>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTextStream>

namespace ctltest {

const QString wrongToken = QStringLiteral("wrong-secret-91c2e0");

namespace {

const char* const tokenVariable = "PIPESHUB_BEARER_AUTH";
const char* const serverVariable = "PIPESHUB_SERVER_URL";

} // namespace

QString CtlRun::describe() const
{
    return QStringLiteral("exit %1\n--- stdout:\n%2\n--- stderr:\n%3")
        .arg(exitCode)
        .arg(QString::fromUtf8(out.left(4000)), QString::fromUtf8(err.left(4000)));
}

QJsonObject CtlRun::json() const
{
    return QJsonDocument::fromJson(out).object();
}

QList<QJsonObject> CtlRun::jsonLines() const
{
    QList<QJsonObject> objects;
    for (const QByteArray& line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return {};
        objects.append(document.object());
    }
    return objects;
}

QString CtlRun::outText() const
{
    return QString::fromUtf8(out);
}

QString CtlRun::errText() const
{
    return QString::fromUtf8(err);
}

CtlRun runCtl(const QStringList& arguments, const QString& token, const QByteArray& input, CtlRun* live)
{
    if (token.isEmpty())
        qunsetenv(tokenVariable);
    else
        qputenv(tokenVariable, token.toUtf8());
    CtlRun local;
    CtlRun& result = live ? *live : local;
    {
        QBuffer outBuffer(&result.out);
        QBuffer errBuffer(&result.err);
        QByteArray inBytes = input;
        QBuffer inBuffer(&inBytes);
        outBuffer.open(QIODevice::WriteOnly);
        errBuffer.open(QIODevice::WriteOnly);
        inBuffer.open(QIODevice::ReadOnly);
        QTextStream out(&outBuffer);
        QTextStream err(&errBuffer);
        ConnectorCtl ctl(out, err, &inBuffer);
        result.exitCode = ctl.run(QStringList{QStringLiteral("connectorctl")} + arguments);
        out.flush();
        err.flush();
    }
    qunsetenv(tokenVariable);
    return result;
}

CtlRun runCtl(TestServer& ts, const QStringList& arguments, const QString& token)
{
    return runCtl(QStringList{QStringLiteral("--server"), ts.server.baseUrl().toString()} + arguments, token);
}

CtlRun runCtlNoRetries(TestServer& ts, const QStringList& arguments, const QByteArray& input, CtlRun* live)
{
    return runCtl(QStringList{QStringLiteral("--server"),
                              ts.server.baseUrl().toString(),
                              QStringLiteral("--retries"),
                              QStringLiteral("0")}
                      + arguments,
                  testToken,
                  input,
                  live);
}

CtlRun runProgram(const QString& program,
                  const QStringList& arguments,
                  const QProcessEnvironment& env,
                  const QByteArray& input)
{
    CtlRun result;
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setProcessEnvironment(env);
    bool failedToStart = false;
    QObject::connect(&process, &QProcess::errorOccurred, [&failedToStart](QProcess::ProcessError error) {
        failedToStart = failedToStart || error == QProcess::FailedToStart;
    });
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    process.write(input);
    process.closeWriteChannel();
    // The event loop must run: the child talks to the server living in this process.
    if (!QTest::qWaitFor([&] { return !finished.isEmpty() || failedToStart; }, 60000)) {
        process.kill();
        finished.wait(5000);
        result.err = QFileInfo(program).fileName().toUtf8() + " did not finish within 60 s";
        return result;
    }
    if (failedToStart) {
        result.err = QFileInfo(program).fileName().toUtf8() + " did not start: " + process.errorString().toUtf8();
        return result;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    return result;
}

int columns(const QString& text)
{
    int n = 0;
    for (const uint c : text.toUcs4()) {
        const bool wide = (c >= 0x3000 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xFF00 && c <= 0xFF60);
        n += wide ? 2 : 1;
    }
    return n;
}

QString isoOf(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

QStringList visibleIds(devserver::DevServer& server, const QString& scope)
{
    QStringList ids;
    for (const devserver::ConnectorRecord& r : server.store().records()) {
        if (r.isVisibleTo(QString::fromUtf16(devserver::kCurrentUserId)) && (scope.isEmpty() || r.scope == scope))
            ids.append(r.id);
    }
    return ids;
}

QStringList idsOf(const QJsonObject& listAnswer)
{
    QStringList ids;
    for (const QJsonValue& v : listAnswer.value(QLatin1String("connectors")).toArray())
        ids.append(v.toObject().value(QLatin1String("connectorId")).toString());
    return ids;
}

const devserver::ConnectorRecord* someTeamInstance(devserver::DevServer& server)
{
    for (const devserver::ConnectorRecord& r : server.store().records()) {
        if (r.scope == QLatin1String("team") && !r.isLocked && r.status.isEmpty())
            return &r;
    }
    return nullptr;
}

QJsonObject lastPostBody(const TestServer& ts)
{
    QJsonObject body;
    for (const devserver::LoggedRequest& request : ts.server.requestLog()) {
        if (request.method == "POST")
            body = QJsonDocument::fromJson(request.body).object();
    }
    return body;
}

void dialectRows(const char* pipesHubRow, const char* publishedRow)
{
    QTest::addColumn<devserver::Dialect>("dialect");
    QTest::newRow(pipesHubRow) << devserver::Dialect::PipesHub;
    QTest::newRow(publishedRow) << devserver::Dialect::Published;
}

quint16 deadPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

bool stored(TestServer& ts, const QString& id, const char* field)
{
    return ts.server.store().instance(id).value(QLatin1String(field)).toBool();
}

void CtlTestCase::initTestCase()
{
    QVERIFY(m_home.isValid());
    // No session bus among the rest: the user's keychain (and scripts/with-keyring's) is out of reach.
    isolateProcess(m_home.path());
    // As connectorctl's main(): its name starts every error line; the core's info logs stay quiet.
    QCoreApplication::setApplicationName(QStringLiteral("connectorctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONNECTOR_VERSION));
    QLoggingCategory::setFilterRules(QStringLiteral("connector.*.info=false\nconnector.*.debug=false"));
    // Where the default profile is read from: under the temporary HOME, never the user's.
    const QSettings settings(QStringLiteral("PipesHub"), QStringLiteral("connector-admin"));
    QVERIFY2(settings.fileName().startsWith(m_home.path()), qPrintable(settings.fileName()));
}

void CtlTestCase::init()
{
    qunsetenv(tokenVariable);
    qunsetenv(serverVariable);
    QSettings(QStringLiteral("PipesHub"), QStringLiteral("connector-admin")).clear();
}

void CtlTestCase::cleanupTestCase()
{
    qunsetenv(tokenVariable);
    qunsetenv(serverVariable);
}

} // namespace ctltest
