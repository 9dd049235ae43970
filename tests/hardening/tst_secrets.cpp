// The bearer token never leaves through anything we write: settings files, log lines (with every
// connector.* category on, debug included), error messages and details, the window's title, status
// bar, banner or any other text on screen, through successes and every error kind, even when a
// server or a proxy echoes the token (or the whole Authorization header) back in its answer.
// connectorctl's output, --verbose included, is covered by tst_ctlserverandtoken::tokenNeverPrinted.
#include "hardeningutil.h"

#include "app/details/detailspane.h"
#include "app/list/errorbanner.h"
#include "app/statuspanel.h"
#include "apptestutil.h"
#include "core/net/logging.h"
#include "core/settings/credentialstore.h"
#include "core/settings/serverprofiles.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMutex>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextEdit>

using namespace apptest;
using namespace hardening;
using devserver::Fault;

namespace {

const QString kSecret = QStringLiteral("sk-live-HARDENING-5e1c0ffee-d00dfeed");

// Every message of the process, as formatted lines "category: text".
QMutex logMutex;
QStringList logLines;

void captureMessages(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    const QMutexLocker lock(&logMutex);
    logLines.append(QLatin1String(context.category ? context.category : "default") + QLatin1String(": ") + message);
}

QStringList capturedLines()
{
    const QMutexLocker lock(&logMutex);
    return logLines;
}

// The forms a leaked token would take in a file: as is, percent-encoded, base64 (QSettings' @ByteArray).
QList<QByteArray> secretForms()
{
    const QByteArray raw = kSecret.toUtf8();
    return {raw, QUrl::toPercentEncoding(kSecret), raw.toBase64(), raw.toHex()};
}

QStringList filesHoldingTheSecret(const QString& root)
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray contents = file.readAll();
        for (const QByteArray& form : secretForms()) {
            if (contents.contains(form))
                found.append(file.fileName());
        }
    }
    return found;
}

// Every text the window shows or would show on hover: title, labels, buttons, edits, tool tips,
// status bar, banner, details pane.
QStringList textsOf(QWidget* window)
{
    QStringList texts{window->windowTitle()};
    for (QWidget* w : window->findChildren<QWidget*>()) {
        texts.append(w->toolTip());
        texts.append(w->statusTip());
        texts.append(w->whatsThis());
        texts.append(w->accessibleName());
        texts.append(w->accessibleDescription());
        if (auto* label = qobject_cast<QLabel*>(w))
            texts.append(label->text());
        else if (auto* button = qobject_cast<QAbstractButton*>(w))
            texts.append(button->text());
        else if (auto* edit = qobject_cast<QLineEdit*>(w))
            texts.append(edit->text());
        else if (auto* text = qobject_cast<QTextEdit*>(w))
            texts.append(text->toPlainText());
        else if (auto* combo = qobject_cast<QComboBox*>(w))
            texts.append(combo->currentText());
    }
    for (QAction* a : window->findChildren<QAction*>())
        texts << a->text() << a->toolTip() << a->statusTip();
    if (auto* main = qobject_cast<QMainWindow*>(window))
        texts.append(main->statusBar()->currentMessage());
    return texts;
}

QString firstHolding(const QStringList& texts, const QString& what)
{
    for (const QString& t : texts) {
        if (t.contains(what))
            return t;
    }
    return {};
}

Fault fault(Fault::Mode mode, int status, const QByteArray& body = {})
{
    Fault f;
    f.mode = mode;
    f.status = status;
    f.body = body;
    f.count = -1;
    f.method = "GET";
    f.pathPrefix = QStringLiteral("/connectors");
    return f;
}

// Answers that repeat the token: as error messages in each of the three shapes, as a proxy's
// debug page listing the request headers, as text, and in a 200 that is not JSON.
struct EchoCase
{
    const char* name;
    Fault fault;
    ApiError::Kind kind;
};

QList<EchoCase> echoingFaults()
{
    const QByteArray s = kSecret.toUtf8();
    return {
        {"401, the gateway's shape",
         fault(Fault::Mode::Status, 401, R"({"error":{"code":"UNAUTHORIZED","message":"Token )" + s + R"( expired"}})"),
         ApiError::Kind::Unauthorized},
        {"403, FastAPI's shape",
         fault(Fault::Mode::Status, 403, R"({"detail":"Bearer )" + s + R"( may not see team scope"}})"),
         ApiError::Kind::Unauthorized},
        {"404",
         fault(Fault::Mode::Status, 404, R"({"detail":"no such token )" + s + R"("})"),
         ApiError::Kind::NotFound},
        {"409", fault(Fault::Mode::Status, 409, R"({"message":"locked by )" + s + R"("})"), ApiError::Kind::Conflict},
        {"422, a validation list",
         fault(Fault::Mode::Status,
               422,
               R"({"detail":[{"loc":["header","authorization"],"msg":"bad value Bearer )" + s
                   + R"(","type":"value_error"}]})"),
         ApiError::Kind::Rejected},
        {"400 as plain text", fault(Fault::Mode::Status, 400, "Authorization: Bearer " + s), ApiError::Kind::Rejected},
        {"429, still limited after the retries",
         fault(Fault::Mode::Status, 429, R"({"message":"slow down, )" + s + R"("})"),
         ApiError::Kind::RateLimited},
        {"500 after the retries",
         fault(Fault::Mode::Status, 500, R"({"message":"crashed handling )" + s + R"("})"),
         ApiError::Kind::Server},
        {"502, a proxy's debug page with the request headers",
         fault(Fault::Mode::Html,
               502,
               "<html><body><h1>Bad Gateway</h1><pre>GET /api/v1/connectors\nAuthorization: Bearer " + s
                   + "\n</pre></body></html>"),
         ApiError::Kind::Server},
        {"200 that is not JSON", fault(Fault::Mode::Status, 200, "token=" + s + "&oops"), ApiError::Kind::Malformed},
        {"200 with success false",
         fault(Fault::Mode::Status, 200, R"({"success":false,"message":")" + s + R"("})"),
         ApiError::Kind::Rejected},
    };
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

public:
    // Before the application exists: Qt reads the rules once, and ctest's *.debug=false would win.
    static void initMain()
    {
        qputenv("QT_LOGGING_RULES", "connector.*=true");
    }

private slots:
    void initTestCase();
    void cleanupTestCase();

    void tokenStaysOutOfSettingsLogsAndTheWindow();
    void errorsNeverCarryTheTokenOrTheAuthorizationHeader();

private:
    QTemporaryDir m_settingsDir;
};

void TestSecrets::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    isolateSettings(m_settingsDir.path());
    // Every category of ours, debug included (main() set QT_LOGGING_RULES before the application).
    QVERIFY(lcApi().isDebugEnabled());
    QVERIFY(lcList().isDebugEnabled());
    QVERIFY(lcCredentials().isDebugEnabled());
    qInstallMessageHandler(captureMessages);
}

void TestSecrets::cleanupTestCase()
{
    qInstallMessageHandler(nullptr);
    qunsetenv(CredentialStore::environmentVariable);
}

void TestSecrets::tokenStaysOutOfSettingsLogsAndTheWindow()
{
    devserver::ServerOptions options;
    options.seedCount = 30;
    options.token = kSecret;
    auto server = std::make_unique<devserver::DevServer>(options);
    QString problem;
    QVERIFY2(server->start(&problem), qPrintable(problem));
    const quint16 port = server->port();
    qputenv(CredentialStore::environmentVariable, kSecret.toUtf8());

    ApiClient client;
    useFastRetries(client);
    client.setTimeout(1500);
    client.setMaxResponseBytes(64 * 1024);
    QList<ApiError> errors;
    QStringList screens;
    {
        MainWindow window(&client);
        window.show();
        QSignalSpy loaded(controllerOf(&window), &ConnectorListController::pageLoaded);
        QSignalSpy failed(controllerOf(&window), &ConnectorListController::loadFailed);
        const auto reloadAndWait = [&]() -> bool {
            loaded.clear();
            failed.clear();
            trigger(&window, "actionReload");
            return QTest::qWaitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, 20000);
        };

        // A saved profile whose token comes from the environment, as an admin sets it up.
        ServerProfile profile;
        profile.name = QStringLiteral("Secret test");
        profile.url = server->baseUrl();
        QVERIFY(window.profiles().save(profile, &problem));
        window.openProfile(*window.profiles().profile(profile.name));
        QVERIFY(loaded.wait(15000));
        QCOMPARE(modelOf(&window)->rowCount(), 20);
        QVERIFY(server->requestLog().constFirst().bearerMatched);
        // Successes: details of a row, another page, a search, another state.
        QVERIFY(tableOf(&window)->selectConnector(modelOf(&window)->instanceAt(2)->id));
        QSignalSpy fetched(detailsOf(&window), &DetailsPane::instanceFetched);
        QVERIFY(fetched.wait(5000));
        loaded.clear();
        controllerOf(&window)->nextPage();
        QVERIFY(loaded.wait(10000));
        loaded.clear();
        controllerOf(&window)->setSearch(QStringLiteral("a"));
        controllerOf(&window)->applySearchNow();
        QVERIFY(loaded.wait(10000));
        loaded.clear();
        controllerOf(&window)->setState(ListQuery::State::Active);
        QVERIFY(loaded.wait(10000));
        screens += textsOf(&window);

        // Every error kind the list can end in, each from a server that repeats the token.
        for (const EchoCase& echo : echoingFaults()) {
            server->injectFault(echo.fault);
            QVERIFY2(reloadAndWait(), echo.name);
            QVERIFY2(!failed.isEmpty(), echo.name);
            const ApiError error = failed.constFirst().constFirst().value<ApiError>();
            QVERIFY2(error.kind == echo.kind,
                     qPrintable(QLatin1String(echo.name) + QStringLiteral(": ") + error.toString()));
            errors.append(error);
            screens += textsOf(&window);
            server->clearFaults();
        }
        // The delivery breaks: cut, reset, too large, silent.
        for (const Fault::Mode mode : {Fault::Mode::TruncatedJson,
                                       Fault::Mode::ResetMidBody,
                                       Fault::Mode::Oversize,
                                       Fault::Mode::HeadersThenSilence}) {
            Fault f = fault(mode, 200);
            f.oversizeBytes = 1 << 20;
            server->injectFault(f);
            QVERIFY(reloadAndWait());
            QVERIFY(!failed.isEmpty());
            errors.append(failed.constFirst().constFirst().value<ApiError>());
            screens += textsOf(&window);
            server->clearFaults();
        }
        // The server goes away: network errors, then it is back.
        server.reset();
        QVERIFY(reloadAndWait());
        QVERIFY(!failed.isEmpty());
        QCOMPARE(failed.constFirst().constFirst().value<ApiError>().kind, ApiError::Kind::Network);
        errors.append(failed.constFirst().constFirst().value<ApiError>());
        screens += textsOf(&window);
        options.port = port;
        server = std::make_unique<devserver::DevServer>(options);
        QVERIFY2(server->start(&problem), qPrintable(problem));
        QVERIFY(reloadAndWait());
        QVERIFY(failed.isEmpty());

        // A server whose certificate we do not trust: a TLS error, with the certificate described.
        devserver::ServerOptions tls = tlsOptions();
        tls.token = kSecret;
        devserver::DevServer tlsServer(tls);
        QVERIFY2(tlsServer.start(&problem), qPrintable(problem));
        ServerProfile tlsProfile;
        tlsProfile.name = QStringLiteral("Secret TLS");
        tlsProfile.url = tlsServer.baseUrl();
        QVERIFY(window.profiles().save(tlsProfile, &problem));
        failed.clear();
        window.openProfile(*window.profiles().profile(tlsProfile.name));
        QVERIFY(failed.wait(15000));
        QCOMPARE(failed.constFirst().constFirst().value<ApiError>().kind, ApiError::Kind::Tls);
        errors.append(failed.constFirst().constFirst().value<ApiError>());
        screens += textsOf(&window);
        QVERIFY(window.close()); // saves the window's settings
    }
    QVERIFY(errors.size() >= 16);

    // On screen: never the token, though the servers above repeated it.
    QVERIFY2(firstHolding(screens, kSecret).isEmpty(), qPrintable(firstHolding(screens, kSecret)));
    // The errors, whoever wrote their words.
    for (const ApiError& e : std::as_const(errors)) {
        const QString all = e.toString() + QLatin1Char('\n') + e.message + QLatin1Char('\n') + e.details;
        QVERIFY2(!all.contains(kSecret), qPrintable(all));
    }
    // The server's words are still shown, with the token masked: the 401 says what it said.
    QVERIFY2(errors.constFirst().message.contains(QLatin1String("expired")), qPrintable(errors.constFirst().message));
    // The log: lots of it (the categories were on), none of it the token.
    const QStringList lines = capturedLines();
    QVERIFY2(lines.size() > 40, qPrintable(QString::number(lines.size())));
    QVERIFY(!firstHolding(lines, QStringLiteral("connector.api")).isEmpty());
    QVERIFY(!firstHolding(lines, QStringLiteral("connector.list")).isEmpty());
    QVERIFY2(firstHolding(lines, kSecret).isEmpty(), qPrintable(firstHolding(lines, kSecret)));
    // Files: the settings (profiles, window state) and whatever else we wrote under the test paths.
    const QString settingsFile = appsettings::open().fileName();
    QVERIFY2(settingsFile.startsWith(m_settingsDir.path()), qPrintable(settingsFile));
    QVERIFY(QFile::exists(settingsFile));
    QFile settings(settingsFile);
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray written = settings.readAll();
    QVERIFY(written.contains("Secret test")); // the profile is there...
    QVERIFY(written.contains("geometry")); // ... and the window's state
    QVERIFY2(filesHoldingTheSecret(m_settingsDir.path()).isEmpty(),
             qPrintable(filesHoldingTheSecret(m_settingsDir.path()).join(QLatin1Char(' '))));
    for (const auto location : {QStandardPaths::AppConfigLocation,
                                QStandardPaths::AppDataLocation,
                                QStandardPaths::GenericConfigLocation,
                                QStandardPaths::CacheLocation}) {
        const QString dir = QStandardPaths::writableLocation(location);
        QVERIFY2(filesHoldingTheSecret(dir).isEmpty(), qPrintable(filesHoldingTheSecret(dir).join(QLatin1Char(' '))));
    }
}

void TestSecrets::errorsNeverCarryTheTokenOrTheAuthorizationHeader()
{
    // The client alone, with the cause of every retry too: what a caller could log or show.
    devserver::ServerOptions options;
    options.seedCount = 5;
    options.token = kSecret;
    devserver::DevServer server(options);
    QString problem;
    QVERIFY2(server.start(&problem), qPrintable(problem));
    ApiClient client;
    useFastRetries(client);
    client.setTimeout(1000);
    client.setMaxResponseBytes(64 * 1024);
    client.setBaseUrl(server.baseUrl());
    client.setToken(kSecret);
    QStringList causes;
    connect(&client, &ApiClient::callStarted, this, [&causes](ApiReply* reply) {
        connect(reply, &ApiReply::retrying, reply, [&causes](int, int, const ApiError& cause) {
            causes << cause.toString() << cause.details;
        });
    });
    const auto everything = [](const ApiError& e) {
        return e.toString() + QLatin1Char('\n') + e.message + QLatin1Char('\n') + e.details;
    };

    // Our own errors, from servers that say nothing of the token: no trace of the header in them.
    QList<ApiError> ours;
    for (const Fault::Mode mode : {Fault::Mode::Status,
                                   Fault::Mode::Html,
                                   Fault::Mode::TruncatedJson,
                                   Fault::Mode::ResetMidBody,
                                   Fault::Mode::Oversize,
                                   Fault::Mode::HeadersThenSilence}) {
        for (const int status : {400, 401, 403, 404, 409, 422, 429, 500, 502, 503}) {
            if (mode != Fault::Mode::Status && mode != Fault::Mode::Html && status != 400)
                continue; // the delivery faults answer 200 or nothing: once is enough
            Fault f = fault(mode, mode == Fault::Mode::Status || mode == Fault::Mode::Html ? status : 200);
            f.oversizeBytes = 1 << 20;
            server.injectFault(f);
            ours.append(waitFor(client.listConnectors({QStringLiteral("team"), 1, 20, {}})).error);
            QVERIFY(ours.constLast().isError());
            server.clearFaults();
        }
    }
    ours.append(waitFor(client.updateName(QStringLiteral("../registry"), QStringLiteral("x"))).error);
    ours.append(waitFor(client.listConnectors({QStringLiteral("team"), 0, 20, {}})).error);
    server.setLatency(2000);
    ApiReply* slow = client.listActive();
    QTimer::singleShot(50, slow, &ApiReply::abort);
    ours.append(waitFor(slow).error);
    QCOMPARE(ours.constLast().kind, ApiError::Kind::Cancelled);
    server.setLatency(0);
    for (const ApiError& e : std::as_const(ours)) {
        const QString all = everything(e);
        QVERIFY2(!all.contains(kSecret), qPrintable(all));
        QVERIFY2(!all.contains(QLatin1String("Bearer"), Qt::CaseInsensitive), qPrintable(all));
        QVERIFY2(!all.contains(QLatin1String("Authorization"), Qt::CaseInsensitive), qPrintable(all));
    }
    QVERIFY(ours.size() >= 27);

    // Servers that repeat the token, in a message or a page of request headers: it is masked.
    QList<ApiError> echoed;
    for (const EchoCase& echo : echoingFaults()) {
        server.injectFault(echo.fault);
        const Outcome o = waitFor(client.listConnectors({QStringLiteral("team"), 1, 20, {}}));
        QVERIFY2(o.error.kind == echo.kind, echo.name);
        QVERIFY2(!everything(o.error).contains(kSecret), qPrintable(everything(o.error)));
        echoed.append(o.error);
        server.clearFaults();
    }
    QVERIFY(!causes.isEmpty()); // the 429s, 5xx and broken deliveries were retried
    for (const QString& cause : std::as_const(causes))
        QVERIFY2(!cause.contains(kSecret), qPrintable(cause));
    // What the servers said is kept around the mask, so the user still reads their words.
    QVERIFY2(echoed.constFirst().message.contains(QLatin1String("expired")), qPrintable(echoed.constFirst().message));
    const ApiError proxyPage = echoed.at(8);
    QCOMPARE(proxyPage.httpStatus, 502);
    QVERIFY2(proxyPage.details.contains(QLatin1String("Bad Gateway")), qPrintable(proxyPage.details));
}

QTEST_MAIN(TestSecrets)
#include "tst_secrets.moc"
