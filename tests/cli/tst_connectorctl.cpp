// connectorctl end to end: the built binary, run with QProcess against a dev server in this process,
// over real HTTP, in both dialects. The test keeps its event loop running while the child talks to the
// server (QSignalSpy::wait), and gives the child its own HOME, settings and no session bus, so the
// user's settings and keychain are never touched.
#include "testserver.h"

#include "core/serverprofiles.h"
#include "devserver/connectorrecord.h"
#include "devserver/connectorstore.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using devserver::Dialect;
using devserver::Fault;

Q_DECLARE_METATYPE(devserver::Dialect)

namespace {

const QString testToken = QStringLiteral("test-token-7f3a");
const QString wrongToken = QStringLiteral("wrong-secret-91c2e0");

struct CtlRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString describe() const
    {
        return QStringLiteral("exit %1\n--- stdout:\n%2\n--- stderr:\n%3")
            .arg(exitCode)
            .arg(QString::fromUtf8(out.left(4000)), QString::fromUtf8(err.left(4000)));
    }
    QJsonObject json() const
    {
        return QJsonDocument::fromJson(out).object();
    }
    QString outText() const
    {
        return QString::fromUtf8(out);
    }
    QString errText() const
    {
        return QString::fromUtf8(err);
    }
};

// RFC 4180: quoted fields may hold commas, quotes (doubled) and line breaks; records end in CRLF.
QList<QStringList> parseCsv(const QString& text, bool* onlyCrlf)
{
    QList<QStringList> records;
    QStringList fields;
    QString field;
    bool quoted = false;
    *onlyCrlf = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields.append(std::exchange(field, {}));
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            fields.append(std::exchange(field, {}));
            records.append(std::exchange(fields, {}));
            ++i;
        } else if (c == QLatin1Char('\n')) {
            *onlyCrlf = false;
            fields.append(std::exchange(field, {}));
            records.append(std::exchange(fields, {}));
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !fields.isEmpty()) {
        *onlyCrlf = false; // the last record lacks its line end
        fields.append(field);
        records.append(fields);
    }
    return records;
}

// Terminal columns, counted independently of the code under test: CJK and kana are two wide.
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

// Ids the current user sees in `scope`, in the server's list order.
QStringList visibleIds(devserver::DevServer& server, const QString& scope = {})
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

// A team instance no job holds, for get/rename/delete.
const devserver::ConnectorRecord* someTeamInstance(devserver::DevServer& server)
{
    for (const devserver::ConnectorRecord& r : server.store().records()) {
        if (r.scope == QLatin1String("team") && !r.isLocked && r.status.isEmpty())
            return &r;
    }
    return nullptr;
}

quint16 deadPort()
{
    // A port that was just free: nothing listens there.
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

class TestConnectorctl : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void listJsonHasPublishedNamesAndTotals_data();
    void listJsonHasPublishedNamesAndTotals();
    void listWithoutScopeCoversBothScopes();
    void csvIsRfc4180AndParsesBack();
    void tableShowsNamesAndTheRange();
    void tableAlignsWideCharactersAndEscapesControls();
    void allPagesReturnsEachInstanceOnce_data();
    void allPagesReturnsEachInstanceOnce();
    void activeAndInactiveAreFilteredAndPagedHere();
    void getPrintsTheWholeInstance_data();
    void getPrintsTheWholeInstance();
    void createSendsTheRequestAndPrintsTheInstance_data();
    void createSendsTheRequestAndPrintsTheInstance();
    void createReadsTheConfigFile_data();
    void createReadsTheConfigFile();
    void renamePrintsTheWholeInstance_data();
    void renamePrintsTheWholeInstance();
    void deleteSaysWhatTheServerSaid_data();
    void deleteSaysWhatTheServerSaid();
    void typesListsTheRegistry();
    void exitCodes_data();
    void exitCodes();
    void tokenNeverPrinted_data();
    void tokenNeverPrinted();
    void serverFromEnvironment();
    void serverFromDefaultProfile();
    void serverOptionWinsOverEnvironment();
    void noServerIsAUsageError();
    void bareHostGetsApiPrefix();
    void plainHttpToAnotherHostIsWarnedAbout();
    void retriesAndTimeoutApply();
    void loginReadsTheTokenFromStdin();
    void loginAndLogoutWithAKeychain();
    void loginOnATerminalDoesNotEcho();
    void helpAndVersion();

private:
    QProcessEnvironment environment(const QString& token = testToken) const;
    CtlRun run(const QStringList& arguments, const QProcessEnvironment& env, const QByteArray& input = {});
    CtlRun run(TestServer& ts, const QStringList& arguments, const QString& token = testToken);

    QTemporaryDir m_home;
};

void TestConnectorctl::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(QFile::exists(QStringLiteral(CONNECTORCTL_PATH)));
}

QProcessEnvironment TestConnectorctl::environment(const QString& token) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"PIPESHUB_BEARER_AUTH", "PIPESHUB_SERVER_URL", "QT_LOGGING_RULES"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
    // No session bus: the user's keychain is out of reach (loginAndLogoutWithAKeychain opts back in).
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=") + m_home.filePath(QStringLiteral("no-bus")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    if (!token.isEmpty())
        env.insert(QStringLiteral("PIPESHUB_BEARER_AUTH"), token);
    return env;
}

CtlRun TestConnectorctl::run(const QStringList& arguments, const QProcessEnvironment& env, const QByteArray& input)
{
    CtlRun result;
    QProcess process;
    process.setProgram(QStringLiteral(CONNECTORCTL_PATH));
    process.setArguments(arguments);
    process.setProcessEnvironment(env);
    bool failedToStart = false;
    connect(&process, &QProcess::errorOccurred, this, [&failedToStart](QProcess::ProcessError error) {
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
        result.err = "connectorctl did not finish within 60 s";
        return result;
    }
    if (failedToStart) {
        result.err = "connectorctl did not start: " + process.errorString().toUtf8();
        return result;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    return result;
}

CtlRun TestConnectorctl::run(TestServer& ts, const QStringList& arguments, const QString& token)
{
    return run(QStringList{QStringLiteral("--server"), ts.server.baseUrl().toString()} + arguments, environment(token));
}

void TestConnectorctl::listJsonHasPublishedNamesAndTotals_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::newRow("the real server's dialect comes out with the published names") << Dialect::PipesHub;
    QTest::newRow("the published dialect comes out the same") << Dialect::Published;
}

void TestConnectorctl::listJsonHasPublishedNamesAndTotals()
{
    QFETCH(Dialect, dialect);
    TestServer ts(dialect, 60);
    const QStringList team = visibleIds(ts.server, QStringLiteral("team"));
    QVERIFY(team.size() > 10);

    const CtlRun r = run(ts, {"--output", "json", "list", "--scope", "team", "--limit", "10", "--page", "2"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject answer = r.json();
    const QJsonArray connectors = answer.value(QLatin1String("connectors")).toArray();
    QCOMPARE(connectors.size(), 10);
    QCOMPARE(idsOf(answer), team.mid(10, 10));
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
    for (const QJsonValue& v : connectors) {
        const QJsonObject c = v.toObject();
        const QJsonObject stored = ts.server.store().instance(c.value(QLatin1String("connectorId")).toString());
        QVERIFY(!stored.isEmpty());
        QCOMPARE(c.value(QLatin1String("instanceName")).toString(), stored.value(QLatin1String("name")).toString());
        QCOMPARE(c.value(QLatin1String("connectorType")).toString(), stored.value(QLatin1String("type")).toString());
        QCOMPARE(c.value(QLatin1String("scope")).toString(), QStringLiteral("team"));
        QVERIFY2(iso.match(c.value(QLatin1String("createdAt")).toString()).hasMatch(),
                 qPrintable(c.value(QLatin1String("createdAt")).toString()));
        QCOMPARE(c.value(QLatin1String("createdAt")).toString(),
                 isoOf(qint64(stored.value(QLatin1String("createdAt")).toDouble())));
        QVERIFY(!c.contains(QLatin1String("_key")));
        QVERIFY(!c.contains(QLatin1String("createdAtTimestamp")));
    }
    const QJsonObject pagination = answer.value(QLatin1String("pagination")).toObject();
    QCOMPARE(pagination.value(QLatin1String("page")).toInt(), 2);
    QCOMPARE(pagination.value(QLatin1String("limit")).toInt(), 10);
    QCOMPARE(pagination.value(QLatin1String("total")).toInt(), team.size());
    QCOMPARE(pagination.value(QLatin1String("hasMore")).toBool(), team.size() > 20);
}

void TestConnectorctl::listWithoutScopeCoversBothScopes()
{
    TestServer ts(Dialect::PipesHub, 30);
    const QStringList all
        = visibleIds(ts.server, QStringLiteral("team")) + visibleIds(ts.server, QStringLiteral("personal"));
    const CtlRun r = run(ts, {"--output", "json", "list", "--limit", "200"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(idsOf(r.json()), all);
    QSet<QString> scopes;
    for (const QJsonValue& v : r.json().value(QLatin1String("connectors")).toArray())
        scopes.insert(v.toObject().value(QLatin1String("scope")).toString());
    QCOMPARE(scopes, (QSet<QString>{QStringLiteral("team"), QStringLiteral("personal")}));
    QCOMPARE(r.json().value(QLatin1String("pagination")).toObject().value(QLatin1String("total")).toInt(), all.size());
    // Both scopes were asked for by name: the gateway would read a missing scope as team.
    bool askedTeam = false;
    bool askedPersonal = false;
    for (const devserver::LoggedRequest& request : ts.server.requestLog()) {
        askedTeam = askedTeam || request.query.queryItemValue(QStringLiteral("scope")) == QLatin1String("team");
        askedPersonal
            = askedPersonal || request.query.queryItemValue(QStringLiteral("scope")) == QLatin1String("personal");
    }
    QVERIFY(askedTeam);
    QVERIFY(askedPersonal);
}

void TestConnectorctl::csvIsRfc4180AndParsesBack()
{
    TestServer ts(Dialect::PipesHub, 20);
    const QString awkward = QStringLiteral("Sales, \"EMEA\"\nsecond line");
    const QString id = ts.server.store().addInstance(
        {{QStringLiteral("name"), awkward}, {QStringLiteral("scope"), QStringLiteral("team")}});

    const CtlRun r = run(ts, {"--output", "csv", "list", "--scope", "team", "--all-pages"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    bool onlyCrlf = false;
    const QList<QStringList> records = parseCsv(r.outText(), &onlyCrlf);
    QVERIFY(onlyCrlf);
    QCOMPARE(records.value(0),
             QString("id,name,type,scope,authType,active,configured,authenticated,agentEnabled,status,locked,"
                     "createdBy,createdAt,updatedAt")
                 .split(QLatin1Char(',')));
    QCOMPARE(records.size(), visibleIds(ts.server, QStringLiteral("team")).size() + 1);
    bool found = false;
    for (const QStringList& record : records.mid(1)) {
        QCOMPARE(record.size(), 14);
        const QJsonObject stored = ts.server.store().instance(record.at(0));
        QCOMPARE(record.at(1), stored.value(QLatin1String("name")).toString());
        QCOMPARE(record.at(2), stored.value(QLatin1String("type")).toString());
        QCOMPARE(record.at(5),
                 stored.value(QLatin1String("isActive")).toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        if (record.at(0) == id) {
            QCOMPARE(record.at(1), awkward);
            found = true;
        }
    }
    QVERIFY(found);
}

void TestConnectorctl::tableShowsNamesAndTheRange()
{
    TestServer ts(Dialect::Published, 70);
    const QStringList team = visibleIds(ts.server, QStringLiteral("team"));
    QVERIFY(team.size() > 25);
    const CtlRun r = run(ts, {"list", "--scope", "team", "--limit", "10", "--page", "2"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QStringList lines = r.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 10 + 1); // header, rows, range
    QVERIFY(lines.constFirst().startsWith(QLatin1String("ID")));
    QVERIFY(lines.constFirst().contains(QLatin1String("NAME")));
    for (int i = 0; i < 10; ++i) {
        const QJsonObject stored = ts.server.store().instance(team.at(10 + i));
        QVERIFY2(lines.at(1 + i).startsWith(team.at(10 + i)), qPrintable(lines.at(1 + i)));
        QVERIFY2(lines.at(1 + i).contains(stored.value(QLatin1String("name")).toString().left(6)),
                 qPrintable(lines.at(1 + i)));
    }
    QCOMPARE(lines.constLast(), QStringLiteral("11-20 of %1").arg(team.size()));
}

void TestConnectorctl::tableAlignsWideCharactersAndEscapesControls()
{
    TestServer ts(Dialect::PipesHub, 0);
    const QString longName = QStringLiteral("Quarterly planning archive ").repeated(3).trimmed();
    const QStringList names{QStringLiteral("漢字の名前テスト"),
                            QStringLiteral("plain name"),
                            QStringLiteral("Line one\nLine two\t\x1b[31mred"),
                            longName};
    for (const QString& name : names) {
        ts.server.store().addInstance({{QStringLiteral("name"), name},
                                       {QStringLiteral("type"), QStringLiteral("Confluence")},
                                       {QStringLiteral("scope"), QStringLiteral("team")}});
    }
    const CtlRun r = run(ts, {"list", "--scope", "team"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(!r.out.contains('\x1b'));
    QVERIFY(!r.out.contains('\t'));
    const QStringList lines = r.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + names.size() + 1); // no name broke its row
    QCOMPARE(lines.constLast(), QStringLiteral("1-4 of 4"));
    // The TYPE column starts at the same terminal column on every line.
    const int typeColumn = columns(lines.constFirst().left(lines.constFirst().indexOf(QLatin1String("TYPE"))));
    for (int i = 1; i <= names.size(); ++i) {
        const qsizetype at = lines.at(i).indexOf(QLatin1String("Confluence"));
        QVERIFY2(at > 0, qPrintable(lines.at(i)));
        QCOMPARE(columns(lines.at(i).left(at)), typeColumn);
    }
    QVERIFY(r.outText().contains(QLatin1String("Line one\\nLine two\\t\\x1b[31mred")));
    QVERIFY(r.outText().contains(QStringLiteral("漢字の名前テスト")));
    QVERIFY(!r.outText().contains(longName));
    QVERIFY(r.outText().contains(longName.left(39) + QChar(0x2026)));
}

void TestConnectorctl::allPagesReturnsEachInstanceOnce_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("scope");
    QTest::newRow("both scopes of the real server's dialect") << Dialect::PipesHub << QString();
    QTest::newRow("both scopes of the published dialect") << Dialect::Published << QString();
    QTest::newRow("the personal scope alone") << Dialect::PipesHub << QStringLiteral("personal");
}

void TestConnectorctl::allPagesReturnsEachInstanceOnce()
{
    QFETCH(Dialect, dialect);
    QFETCH(QString, scope);
    TestServer ts(dialect, 1000);
    const QStringList team = visibleIds(ts.server, QStringLiteral("team"));
    const QStringList personal = visibleIds(ts.server, QStringLiteral("personal"));
    const QStringList expected = scope.isEmpty() ? team + personal : personal;
    QVERIFY(team.size() > 200 && personal.size() > 200);

    QStringList arguments{"--output", "json", "list", "--all-pages", "--limit", "200"};
    if (!scope.isEmpty())
        arguments << "--scope" << scope;
    const CtlRun r = run(ts, arguments);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe().left(2000)));
    const QStringList ids = idsOf(r.json());
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
    QCOMPARE(ids, expected);
    const QJsonObject pagination = r.json().value(QLatin1String("pagination")).toObject();
    QCOMPARE(pagination.value(QLatin1String("page")).toInt(), 1);
    QCOMPARE(pagination.value(QLatin1String("limit")).toInt(), expected.size());
    QCOMPARE(pagination.value(QLatin1String("total")).toInt(), expected.size());
    QCOMPARE(pagination.value(QLatin1String("hasMore")).toBool(), false);
    // Each page once: no page asked for twice, none beyond the end.
    auto pages = [](qsizetype n) {
        return int((n + 199) / 200);
    };
    const int expectedRequests = scope.isEmpty() ? pages(team.size()) + pages(personal.size()) : pages(personal.size());
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors"), "GET"), expectedRequests);
}

void TestConnectorctl::activeAndInactiveAreFilteredAndPagedHere()
{
    TestServer ts(Dialect::PipesHub, 120);
    QStringList active;
    QStringList inactivePersonal;
    for (const QString& id : visibleIds(ts.server)) {
        const QJsonObject o = ts.server.store().instance(id);
        if (o.value(QLatin1String("isActive")).toBool())
            active.append(id);
        else if (o.value(QLatin1String("scope")).toString() == QLatin1String("personal"))
            inactivePersonal.append(id);
    }
    QVERIFY(!active.isEmpty());
    QVERIFY(inactivePersonal.size() > 10);

    const CtlRun all = run(ts, {"--output", "json", "list", "--state", "active", "--all-pages"});
    QVERIFY2(all.exitCode == 0, qPrintable(all.describe()));
    const QStringList activeIds = idsOf(all.json());
    QCOMPARE(activeIds.size(), active.size());
    QCOMPARE(QSet<QString>(activeIds.cbegin(), activeIds.cend()), QSet<QString>(active.cbegin(), active.cend()));
    for (const QJsonValue& v : all.json().value(QLatin1String("connectors")).toArray())
        QVERIFY(v.toObject().value(QLatin1String("isActive")).toBool());
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/active"), "GET"), 1);

    ts.server.clearRequestLog();
    const CtlRun page = run(
        ts, {"--output", "json", "list", "--state", "inactive", "--scope", "personal", "--limit", "5", "--page", "2"});
    QVERIFY2(page.exitCode == 0, qPrintable(page.describe()));
    const QStringList ids = idsOf(page.json());
    QCOMPARE(ids.size(), 5);
    for (const QString& id : ids)
        QVERIFY(inactivePersonal.contains(id));
    const QJsonObject pagination = page.json().value(QLatin1String("pagination")).toObject();
    QCOMPARE(pagination.value(QLatin1String("total")).toInt(), inactivePersonal.size());
    QCOMPARE(pagination.value(QLatin1String("page")).toInt(), 2);
    // The unpaged endpoint got no paging or scope parameters, and was asked once.
    const QList<devserver::LoggedRequest> log = ts.server.requestLog();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.constFirst().path, QStringLiteral("/api/v1/connectors/inactive"));
    QVERIFY(log.constFirst().query.isEmpty());
}

void TestConnectorctl::getPrintsTheWholeInstance_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::newRow("from the real server's dialect") << Dialect::PipesHub;
    QTest::newRow("from the published dialect") << Dialect::Published;
}

void TestConnectorctl::getPrintsTheWholeInstance()
{
    QFETCH(Dialect, dialect);
    TestServer ts(dialect, 20);
    const devserver::ConnectorRecord* record = someTeamInstance(ts.server);
    QVERIFY(record);
    const CtlRun r = run(ts, {"--output", "json", "get", record->id});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject c = r.json().value(QLatin1String("connector")).toObject();
    QCOMPARE(c.value(QLatin1String("connectorId")).toString(), record->id);
    QCOMPARE(c.value(QLatin1String("instanceName")).toString(), record->name);
    QCOMPARE(c.value(QLatin1String("connectorType")).toString(), record->type);
    QCOMPARE(c.value(QLatin1String("authType")).toString(), record->authType);
    QCOMPARE(c.value(QLatin1String("agentEnabled")).toBool(), record->isAgentActive);
    QCOMPARE(c.value(QLatin1String("updatedAt")).toString(), isoOf(record->updatedAt));

    const CtlRun table = run(ts, {"get", record->id});
    QVERIFY2(table.exitCode == 0, qPrintable(table.describe()));
    QVERIFY(table.outText().contains(record->name));
    QVERIFY(table.outText().contains(QLatin1String("Name:")));
}

void TestConnectorctl::createSendsTheRequestAndPrintsTheInstance_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::newRow("with the real server's dialect") << Dialect::PipesHub;
    QTest::newRow("with the published dialect") << Dialect::Published;
}

void TestConnectorctl::createSendsTheRequestAndPrintsTheInstance()
{
    QFETCH(Dialect, dialect);
    TestServer ts(dialect, 5);
    const CtlRun r = run(ts,
                         {"--output",
                          "json",
                          "create",
                          "--type",
                          "Confluence",
                          "--name",
                          "Docs 東京",
                          "--scope",
                          "personal",
                          "--auth-type",
                          "API_TOKEN",
                          "--base-url",
                          "https://wiki.example.com"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject c = r.json().value(QLatin1String("connector")).toObject();
    const QString id = c.value(QLatin1String("connectorId")).toString();
    QVERIFY(ts.server.store().contains(id));
    QCOMPARE(c.value(QLatin1String("instanceName")).toString(), QStringLiteral("Docs 東京"));
    QCOMPARE(c.value(QLatin1String("connectorType")).toString(), QStringLiteral("Confluence"));
    QCOMPARE(c.value(QLatin1String("scope")).toString(), QStringLiteral("personal"));
    QVERIFY(!c.value(QLatin1String("createdAt")).toString().isEmpty());

    QCOMPARE(ts.countRequests(QStringLiteral("/connectors"), "POST"), 1);
    QJsonObject body;
    for (const devserver::LoggedRequest& request : ts.server.requestLog()) {
        if (request.method == "POST")
            body = QJsonDocument::fromJson(request.body).object();
    }
    QCOMPARE(body,
             (QJsonObject{{QStringLiteral("connectorType"), QStringLiteral("Confluence")},
                          {QStringLiteral("instanceName"), QStringLiteral("Docs 東京")},
                          {QStringLiteral("scope"), QStringLiteral("personal")},
                          {QStringLiteral("authType"), QStringLiteral("API_TOKEN")},
                          {QStringLiteral("baseUrl"), QStringLiteral("https://wiki.example.com")}}));
}

void TestConnectorctl::createReadsTheConfigFile_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: no file at all
    QTest::addColumn<int>("expectedCode");
    QTest::addColumn<QString>("expectedError");
    const QByteArray good = R"({"auth": {"values": {"apiToken": "x"}},
        "sync": {"selectedStrategy": "SCHEDULED", "scheduledConfig": {"intervalMinutes": 60, "timezone": "UTC"}}})";
    QTest::newRow("a valid config is sent as the request's config") << good << 0 << QString();
    QTest::newRow("a missing file is a usage error") << QByteArray() << 2 << QStringLiteral("Cannot read");
    QTest::newRow("a file that is not JSON is a usage error")
        << QByteArray("{auth: nope") << 2 << QStringLiteral("not valid JSON");
    QTest::newRow("a JSON array is a usage error") << QByteArray("[1, 2]") << 2 << QStringLiteral("JSON object");
    QTest::newRow("an invalid cron expression is a usage error")
        << QByteArray(R"({"sync": {"scheduledConfig": {"cronExpression": "every day"}}})") << 2
        << QStringLiteral("cron");
}

void TestConnectorctl::createReadsTheConfigFile()
{
    QFETCH(QByteArray, content);
    QFETCH(int, expectedCode);
    QFETCH(QString, expectedError);
    TestServer ts(Dialect::PipesHub, 5);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config.json"));
    if (!content.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const CtlRun r = run(ts,
                         {"create",
                          "--type",
                          "Confluence",
                          "--name",
                          "Configured wiki",
                          "--scope",
                          "team",
                          "--auth-type",
                          "API_TOKEN",
                          "--config",
                          path});
    QVERIFY2(r.exitCode == expectedCode, qPrintable(r.describe()));
    if (expectedCode != 0) {
        QVERIFY2(r.errText().startsWith(QLatin1String("connectorctl: ")), qPrintable(r.errText()));
        QVERIFY2(r.errText().contains(expectedError), qPrintable(r.errText()));
        QVERIFY(ts.server.requestLog().isEmpty());
        return;
    }
    QJsonObject body;
    for (const devserver::LoggedRequest& request : ts.server.requestLog()) {
        if (request.method == "POST")
            body = QJsonDocument::fromJson(request.body).object();
    }
    QCOMPARE(body.value(QLatin1String("config")).toObject(), QJsonDocument::fromJson(content).object());
}

void TestConnectorctl::renamePrintsTheWholeInstance_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::newRow("the real server's minimal answer is merged") << Dialect::PipesHub;
    QTest::newRow("the published answer is printed whole") << Dialect::Published;
}

void TestConnectorctl::renamePrintsTheWholeInstance()
{
    QFETCH(Dialect, dialect);
    TestServer ts(dialect, 20);
    const devserver::ConnectorRecord* record = someTeamInstance(ts.server);
    QVERIFY(record);
    const QString id = record->id;
    const QString type = record->type;
    const QString createdAt = isoOf(record->createdAt);
    const CtlRun r = run(ts, {"--output", "json", "rename", id, "  Renamed, with \"quotes\"  "});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject c = r.json().value(QLatin1String("connector")).toObject();
    QCOMPARE(c.value(QLatin1String("connectorId")).toString(), id);
    QCOMPARE(c.value(QLatin1String("instanceName")).toString(), QStringLiteral("Renamed, with \"quotes\""));
    QCOMPARE(c.value(QLatin1String("connectorType")).toString(), type);
    QCOMPARE(c.value(QLatin1String("createdAt")).toString(), createdAt);
    QCOMPARE(c.value(QLatin1String("scope")).toString(), QStringLiteral("team"));
    QCOMPARE(ts.server.store().instance(id).value(QLatin1String("name")).toString(),
             QStringLiteral("Renamed, with \"quotes\""));
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/") + id + QStringLiteral("/name"), "PUT"), 1);
}

void TestConnectorctl::deleteSaysWhatTheServerSaid_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("status");
    QTest::newRow("the real server deletes in the background") << Dialect::PipesHub << QStringLiteral("DELETING");
    QTest::newRow("the published server deletes at once") << Dialect::Published << QString();
}

void TestConnectorctl::deleteSaysWhatTheServerSaid()
{
    QFETCH(Dialect, dialect);
    QFETCH(QString, status);
    TestServer ts(dialect, 20);
    const devserver::ConnectorRecord* record = someTeamInstance(ts.server);
    QVERIFY(record);
    const QString id = record->id;
    const CtlRun r = run(ts, {"--output", "json", "delete", id, "--yes"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject answer = r.json();
    QCOMPARE(answer.value(QLatin1String("deleted")).toString(), id);
    QVERIFY(!answer.value(QLatin1String("message")).toString().isEmpty());
    QCOMPARE(answer.value(QLatin1String("status")).toString(), status);
    QCOMPARE(answer.contains(QLatin1String("status")), !status.isEmpty());
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/") + id, "DELETE"), 1);

    const CtlRun table = run(ts, {"delete", someTeamInstance(ts.server)->id, "--yes"});
    QVERIFY2(table.exitCode == 0, qPrintable(table.describe()));
    QVERIFY(table.outText().contains(status.isEmpty() ? QLatin1String("Deleted") : QLatin1String("background")));
}

void TestConnectorctl::typesListsTheRegistry()
{
    TestServer ts(Dialect::PipesHub, 0);
    const CtlRun r = run(ts, {"--output", "json", "types"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonArray types = r.json().value(QLatin1String("types")).toArray();
    QCOMPARE(types.size(), ts.server.store().types().size());
    QStringList names;
    for (const QJsonValue& v : types)
        names.append(v.toObject().value(QLatin1String("connectorType")).toString());
    QVERIFY(names.contains(QLatin1String("Confluence")));
    QVERIFY(!names.contains(QString()));
    QCOMPARE(r.json().value(QLatin1String("pagination")).toObject().value(QLatin1String("total")).toInt(),
             types.size());

    const CtlRun table = run(ts, {"types", "--search", "conf"});
    QVERIFY2(table.exitCode == 0, qPrintable(table.describe()));
    QVERIFY(table.outText().contains(QLatin1String("Confluence")));
    QVERIFY(!table.outText().contains(QLatin1String("Dropbox")));
}

// What a row of exitCodes() needs besides its arguments.
enum class Setup
{
    None,
    WrongToken,
    LockInstance,
    Fault503,
    TruncatedJson,
    DeadPort,
    NotAdmin,
    Fault429,
    Fault422,
    HtmlFault502,
};
Q_DECLARE_METATYPE(Setup)

void TestConnectorctl::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments"); // {id} and {name}: a team instance's
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<int>("expectedCode");
    QTest::addColumn<QString>("expectedError"); // part of the stderr line
    QTest::addColumn<bool>("reachesServer");

    const QString longName(101, QLatin1Char('n'));
    auto row = [](const char* name, QStringList args, Setup setup, int code, const QString& error, bool sent) {
        QTest::newRow(name) << args << setup << code << error << sent;
    };
    row("a successful get exits 0", {"get", "{id}"}, Setup::None, 0, {}, true);
    row("help exits 0", {"help"}, Setup::None, 0, {}, false);
    row("a path as an id is refused unsent", {"get", "../registry"}, Setup::None, 2, "not a valid connector id", false);
    row("a query in an id is refused unsent", {"get", "x?y=1"}, Setup::None, 2, "not a valid connector id", false);
    row("a slash in an id to delete is refused unsent",
        {"delete", "a/b", "--yes"},
        Setup::None,
        2,
        "not a valid connector id",
        false);
    row("a limit of 201 is refused unsent", {"list", "--limit", "201"}, Setup::None, 2, "--limit", false);
    row("a limit of 0 is refused unsent", {"list", "--limit", "0"}, Setup::None, 2, "--limit", false);
    row("page 0 is refused unsent", {"list", "--page", "0"}, Setup::None, 2, "--page", false);
    row("an unknown state is refused unsent", {"list", "--state", "sleeping"}, Setup::None, 2, "Unknown state", false);
    row("an unknown scope is refused unsent", {"list", "--scope", "everyone"}, Setup::None, 2, "Unknown scope", false);
    row("an unknown output format is refused", {"--output", "xml", "list"}, Setup::None, 2, "xml", false);
    row("an unknown command is refused", {"frobnicate"}, Setup::None, 2, "Unknown command", false);
    row("an unknown option is refused", {"list", "--colour"}, Setup::None, 2, "colour", false);
    row("a token option does not exist", {"--token", "abc", "list"}, Setup::None, 2, "token", false);
    row("a blank new name is refused unsent", {"rename", "{id}", "   "}, Setup::None, 2, "must not be empty", false);
    row("a new name over 100 characters is refused unsent",
        {"rename", "{id}", longName},
        Setup::None,
        2,
        "at most 100",
        false);
    row("delete without --yes is refused unsent", {"delete", "{id}"}, Setup::None, 2, "--yes", false);
    row("create without a scope is refused unsent",
        {"create", "--type", "Confluence", "--name", "x"},
        Setup::None,
        2,
        "--scope",
        false);
    row("create with an unknown auth type is refused unsent",
        {"create", "--type", "Confluence", "--name", "x", "--scope", "team", "--auth-type", "MAGIC"},
        Setup::None,
        2,
        "MAGIC",
        false);
    row("an unknown id is not found", {"get", "doesnotexist"}, Setup::None, 3, "(HTTP 404)", true);
    row("renaming an unknown id is not found", {"rename", "doesnotexist", "x"}, Setup::None, 3, "(HTTP 404)", true);
    row("a wrong token is unauthenticated", {"list"}, Setup::WrongToken, 4, "(HTTP 401)", true);
    row("a duplicate name is rejected",
        {"create", "--type", "Confluence", "--name", "{name}", "--scope", "team", "--auth-type", "API_TOKEN"},
        Setup::None,
        5,
        "(HTTP 400)",
        true);
    row("renaming a locked instance is a conflict",
        {"rename", "{id}", "New name"},
        Setup::LockInstance,
        5,
        "(HTTP 409)",
        true);
    row("deleting a locked instance is a conflict",
        {"delete", "{id}", "--yes"},
        Setup::LockInstance,
        5,
        "(HTTP 409)",
        true);
    row("a 503 without retries is unavailable", {"--retries", "0", "list"}, Setup::Fault503, 6, "(HTTP 503)", true);
    row("a truncated answer is unavailable", {"--retries", "0", "get", "{id}"}, Setup::TruncatedJson, 6, "JSON", true);
    row("a team create without admin rights is forbidden",
        {"create", "--type", "Confluence", "--name", "Not mine", "--scope", "team", "--auth-type", "API_TOKEN"},
        Setup::NotAdmin,
        4,
        "(HTTP 403)",
        true);
    row("a validation answer is a rejection with the server's words",
        {"list"},
        Setup::Fault422,
        5,
        "limit: Input should be less than 201 (HTTP 422)",
        true);
    row("rate limiting past the retries is unavailable",
        {"--retries", "0", "list"},
        Setup::Fault429,
        6,
        "(HTTP 429)",
        true);
    row("a proxy's HTML error page is unavailable",
        {"--retries", "0", "get", "{id}"},
        Setup::HtmlFault502,
        6,
        "502",
        true);
    row("a dead port is unavailable", {"--retries", "0", "list"}, Setup::DeadPort, 6, "Network error", false);
    row("a bad timeout is refused", {"--timeout", "soon", "list"}, Setup::None, 2, "--timeout", false);
    row("too many retries are refused", {"--retries", "99", "list"}, Setup::None, 2, "--retries", false);
}

void TestConnectorctl::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(Setup, setup);
    QFETCH(int, expectedCode);
    QFETCH(QString, expectedError);
    QFETCH(bool, reachesServer);

    TestServer ts(Dialect::PipesHub, 20);
    const devserver::ConnectorRecord* record = someTeamInstance(ts.server);
    QVERIFY(record);
    const QString id = record->id;
    for (QString& argument : arguments) {
        argument.replace(QLatin1String("{id}"), id);
        argument.replace(QLatin1String("{name}"), record->name);
    }
    QString server = ts.server.baseUrl().toString();
    QString token = testToken;
    switch (setup) {
    case Setup::None:
        break;
    case Setup::WrongToken:
        token = wrongToken;
        break;
    case Setup::LockInstance:
        ts.server.store().setLocked(id, true, QStringLiteral("SYNCING"));
        break;
    case Setup::Fault503: {
        Fault fault;
        fault.mode = Fault::Mode::Status;
        fault.status = 503;
        ts.server.injectFault(fault);
        break;
    }
    case Setup::TruncatedJson: {
        Fault fault;
        fault.mode = Fault::Mode::TruncatedJson;
        ts.server.injectFault(fault);
        break;
    }
    case Setup::DeadPort:
        server = QStringLiteral("http://127.0.0.1:%1").arg(deadPort());
        break;
    case Setup::NotAdmin:
        ts.server.setAdmin(false);
        break;
    case Setup::Fault429:
    case Setup::Fault422:
    case Setup::HtmlFault502: {
        Fault fault;
        fault.mode = setup == Setup::HtmlFault502 ? Fault::Mode::Html : Fault::Mode::Status;
        fault.status = setup == Setup::Fault429 ? 429 : setup == Setup::Fault422 ? 422 : 502;
        fault.count = -1;
        if (setup == Setup::Fault422)
            fault.body = R"({"detail": [{"loc": ["query", "limit"], "msg": "Input should be less than 201"}]})";
        ts.server.injectFault(fault);
        break;
    }
    }
    const CtlRun r = run(QStringList{QStringLiteral("--server"), server} + arguments, environment(token));
    QVERIFY2(r.exitCode == expectedCode, qPrintable(r.describe()));
    if (expectedCode != 0) {
        QVERIFY2(r.errText().startsWith(QLatin1String("connectorctl: ")), qPrintable(r.errText()));
        QVERIFY2(r.errText().contains(expectedError), qPrintable(r.errText()));
        QVERIFY(r.out.isEmpty());
    }
    QCOMPARE(!ts.server.requestLog().isEmpty(), reachesServer);
}

void TestConnectorctl::tokenNeverPrinted_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("fault");
    QTest::newRow("a successful list") << QStringList{"list"} << testToken << false;
    QTest::newRow("an all-pages list in JSON")
        << QStringList{"--output", "json", "list", "--all-pages"} << testToken << false;
    QTest::newRow("a refused token") << QStringList{"list"} << wrongToken << false;
    QTest::newRow("a server error with a retry") << QStringList{"--retries", "1", "list"} << testToken << true;
    QTest::newRow("a create and its read-back") << QStringList{"create",
                                                               "--type",
                                                               "Confluence",
                                                               "--name",
                                                               "Secret test",
                                                               "--scope",
                                                               "team",
                                                               "--auth-type",
                                                               "API_TOKEN"}
                                                << testToken << false;
    QTest::newRow("an invalid id") << QStringList{"get", "../x"} << testToken << false;
}

void TestConnectorctl::tokenNeverPrinted()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, token);
    QFETCH(bool, fault);
    TestServer ts(Dialect::PipesHub, 30);
    if (fault) {
        Fault f;
        f.mode = Fault::Mode::Status;
        f.status = 500;
        ts.server.injectFault(f);
    }
    const CtlRun r = run(ts, QStringList{QStringLiteral("--verbose")} + arguments, token);
    QVERIFY2(r.exitCode >= 0, qPrintable(r.describe()));
    for (const QString& secret : {testToken, wrongToken}) {
        QVERIFY2(!r.out.contains(secret.toUtf8()), qPrintable(r.describe()));
        QVERIFY2(!r.err.contains(secret.toUtf8()), qPrintable(r.describe()));
    }
    QVERIFY(!r.err.contains("Bearer"));
    if (!ts.server.requestLog().isEmpty()) {
        // --verbose did print the calls: method, URL, status.
        QVERIFY2(r.errText().contains(QStringLiteral("> GET ") + ts.server.baseUrl().toString())
                     || r.errText().contains(QStringLiteral("> POST ")),
                 qPrintable(r.errText()));
        QVERIFY2(r.errText().contains(QRegularExpression(QStringLiteral("< \\d{3} (GET|POST) "))),
                 qPrintable(r.errText()));
    }
    if (fault)
        QVERIFY2(r.errText().contains(QLatin1String("retry 1")), qPrintable(r.errText()));
}

void TestConnectorctl::serverFromEnvironment()
{
    TestServer ts(Dialect::PipesHub, 10);
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("PIPESHUB_SERVER_URL"), ts.server.baseUrl().toString());
    const CtlRun r = run({"--output", "json", "list"}, env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(idsOf(r.json()).size(), std::min<qsizetype>(20, visibleIds(ts.server).size()));
    QVERIFY(!ts.server.requestLog().isEmpty());
}

void TestConnectorctl::serverFromDefaultProfile()
{
    TestServer ts(Dialect::PipesHub, 10);
    QTemporaryDir config;
    {
        // Where the desktop console keeps its profiles, under the child's XDG_CONFIG_HOME.
        QSettings settings(config.filePath(QStringLiteral("PipesHub/connector-admin.conf")), QSettings::IniFormat);
        ServerProfiles profiles(settings);
        ServerProfile profile;
        profile.name = QStringLiteral("Local");
        profile.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(ts.server.port()));
        QString error;
        QVERIFY2(profiles.save(profile, &error), qPrintable(error));
        settings.sync();
    }
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    const CtlRun r = run({"--verbose", "list"}, env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(r.errText().contains(QLatin1String("\"Local\"")));
    QVERIFY(!ts.server.requestLog().isEmpty());
}

void TestConnectorctl::serverOptionWinsOverEnvironment()
{
    TestServer ts(Dialect::PipesHub, 10);
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("PIPESHUB_SERVER_URL"), QStringLiteral("http://127.0.0.1:%1").arg(deadPort()));
    const CtlRun r = run({"--server", ts.server.baseUrl().toString(), "list"}, env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(!ts.server.requestLog().isEmpty());
}

void TestConnectorctl::noServerIsAUsageError()
{
    const CtlRun r = run({"list"}, environment());
    QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    QVERIFY(r.errText().contains(QLatin1String("--server")));
    QVERIFY(r.errText().contains(QLatin1String("PIPESHUB_SERVER_URL")));
    QVERIFY(r.out.isEmpty());
}

void TestConnectorctl::bareHostGetsApiPrefix()
{
    TestServer ts(Dialect::Published, 10);
    // The global option may also come after the command.
    const CtlRun r
        = run({"list", "--server", QStringLiteral("http://127.0.0.1:%1").arg(ts.server.port())}, environment());
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QList<devserver::LoggedRequest> log = ts.server.requestLog();
    QVERIFY(!log.isEmpty());
    for (const devserver::LoggedRequest& request : log)
        QVERIFY2(request.path.startsWith(QLatin1String("/api/v1/connectors")), qPrintable(request.path));
}

void TestConnectorctl::plainHttpToAnotherHostIsWarnedAbout()
{
    // The binary against a loopback server: no warning. Another host (with and without a token) is
    // tst_connectorctlmessages' part, which sends nothing there.
    TestServer ts(Dialect::PipesHub, 5);
    const CtlRun local = run(ts, {"list"});
    QVERIFY2(local.exitCode == 0, qPrintable(local.describe()));
    QVERIFY(!local.errText().contains(QLatin1String("plain http")));
}

void TestConnectorctl::retriesAndTimeoutApply()
{
    TestServer ts(Dialect::PipesHub, 10);
    Fault once;
    once.mode = Fault::Mode::Status;
    once.status = 503;
    ts.server.injectFault(once);
    const CtlRun retried = run(ts, {"--retries", "1", "--verbose", "list", "--scope", "team"});
    QVERIFY2(retried.exitCode == 0, qPrintable(retried.describe()));
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors"), "GET"), 2);
    QVERIFY(retried.errText().contains(QLatin1String("retry 1")));

    ts.server.clearRequestLog();
    Fault slow;
    slow.mode = Fault::Mode::Latency;
    slow.latencyMs = 3000;
    ts.server.injectFault(slow);
    const CtlRun timedOut = run(ts, {"--timeout", "0.3", "--retries", "0", "list", "--scope", "team"});
    QVERIFY2(timedOut.exitCode == 6, qPrintable(timedOut.describe()));
    QVERIFY2(timedOut.errText().contains(QLatin1String("did not answer within")), qPrintable(timedOut.errText()));
}

void TestConnectorctl::loginReadsTheTokenFromStdin()
{
    // No session bus here, so no keychain: login must say so and fail with 1, never echoing the token.
    const QString secret = QStringLiteral("piped-secret-4411");
    QProcessEnvironment env = environment(QString());
    const CtlRun r = run({"login", "--server", "https://pipeshub.example.com"}, env, secret.toUtf8() + "\n");
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.errText().contains(QLatin1String("keychain")), qPrintable(r.errText()));
    QVERIFY(!r.out.contains(secret.toUtf8()));
    QVERIFY(!r.err.contains(secret.toUtf8()));

    const CtlRun empty = run({"login", "--server", "https://pipeshub.example.com"}, env, "\n");
    QVERIFY2(empty.exitCode == 2, qPrintable(empty.describe()));

    const CtlRun logout = run({"logout", "--server", "https://pipeshub.example.com"}, env);
    QVERIFY2(logout.exitCode == 1, qPrintable(logout.describe()));
    QVERIFY(logout.errText().contains(QLatin1String("keychain")));

    // Without the keychain, a list still goes out (and the server's 401 says the rest).
    TestServer ts(Dialect::PipesHub, 5);
    const CtlRun list = run(ts, {"list"}, QString());
    QVERIFY2(list.exitCode == 4, qPrintable(list.describe()));
    QVERIFY(list.errText().contains(QLatin1String("warning: no token")));
}

void TestConnectorctl::loginAndLogoutWithAKeychain()
{
    // Under scripts/with-keyring (as scripts/test and CI run it): a throwaway gnome-keyring on a
    // private session bus. Without one, login must fail with a message that says what to do instead.
    TestServer ts(Dialect::PipesHub, 10);
    QProcessEnvironment env = environment(QString());
    if (!qEnvironmentVariableIsSet("CONNECTOR_KEYRING_INNER")) {
        const CtlRun login = run({QStringLiteral("--server"), ts.server.baseUrl().toString(), QStringLiteral("login")},
                                 env,
                                 testToken.toUtf8() + "\n");
        QVERIFY2(login.exitCode != 0, qPrintable(login.describe()));
        QVERIFY2(login.errText().contains(QLatin1String("PIPESHUB_BEARER_AUTH")), qPrintable(login.describe()));
        QVERIFY(!login.err.contains(testToken.toUtf8()));
        return;
    }
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"));
    const QStringList server{QStringLiteral("--server"), ts.server.baseUrl().toString()};

    const CtlRun login = run(server + QStringList{"login"}, env, testToken.toUtf8() + "\n");
    QVERIFY2(login.exitCode == 0, qPrintable(login.describe()));
    QVERIFY(login.outText().contains(ts.server.baseUrl().toString()));
    QVERIFY(!login.out.contains(testToken.toUtf8()));

    const CtlRun list = run(server + QStringList{"--verbose", "list"}, env);
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    QVERIFY(list.errText().contains(QLatin1String("token from the system keychain")));
    QVERIFY(!list.err.contains(testToken.toUtf8()));

    const CtlRun logout = run(server + QStringList{"logout"}, env);
    QVERIFY2(logout.exitCode == 0, qPrintable(logout.describe()));
    QVERIFY(logout.outText().contains(QLatin1String("Removed")));
    const CtlRun again = run(server + QStringList{"logout"}, env);
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QVERIFY(again.outText().contains(QLatin1String("No token was stored")));

    const CtlRun refused = run(server + QStringList{"list"}, env);
    QVERIFY2(refused.exitCode == 4, qPrintable(refused.describe()));
}

void TestConnectorctl::loginOnATerminalDoesNotEcho()
{
    // script(1) gives connectorctl a pseudo-terminal; what the terminal echoes comes back on its stdout.
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    QVERIFY2(!script.isEmpty(), "script(1) comes with Debian's bsdutils, which every machine has");
    const QString secret = QStringLiteral("typed-secret-5150");
    QProcess process;
    process.setProgram(script);
    process.setArguments(
        {QStringLiteral("-qec"),
         QStringLiteral("'%1' login --server https://pipeshub.example.com").arg(QStringLiteral(CONNECTORCTL_PATH)),
         QStringLiteral("/dev/null")});
    process.setProcessEnvironment(environment(QString()));
    process.setProcessChannelMode(QProcess::MergedChannels);
    QByteArray screen;
    connect(&process, &QProcess::readyRead, this, [&] { screen += process.readAll(); });
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    // Type only once the prompt shows: echo is off by then.
    QTRY_VERIFY_WITH_TIMEOUT(screen.contains("Token for https://pipeshub.example.com/api/v1: "), 10000);
    process.write(secret.toUtf8() + "\n");
    QVERIFY(finished.wait(10000));
    screen += process.readAll();
    QCOMPARE(process.exitCode(), 1); // typed and read, then no keychain here
    QVERIFY2(screen.contains("keychain"), screen.constData());
    QVERIFY2(!screen.contains(secret.toUtf8()), screen.constData());
}

void TestConnectorctl::helpAndVersion()
{
    const QProcessEnvironment env = environment();
    const CtlRun version = run({"--version"}, env);
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.outText().trimmed(), QStringLiteral("connectorctl " CONNECTOR_VERSION));

    const CtlRun help = run({"--help"}, env);
    QCOMPARE(help.exitCode, 0);
    for (const char* word : {"list",
                             "get",
                             "create",
                             "rename",
                             "delete",
                             "types",
                             "login",
                             "logout",
                             "--server",
                             "--output",
                             "--timeout",
                             "--retries",
                             "--verbose",
                             "PIPESHUB_BEARER_AUTH",
                             "PIPESHUB_SERVER_URL",
                             "Exit status"})
        QVERIFY2(help.outText().contains(QLatin1String(word)), word);

    const CtlRun listHelp = run({"help", "list"}, env);
    QCOMPARE(listHelp.exitCode, 0);
    for (const char* word : {"--scope", "--state", "--search", "--page", "--limit", "--all-pages"})
        QVERIFY2(listHelp.outText().contains(QLatin1String(word)), word);
    const CtlRun sameHelp = run({"list", "--help"}, env);
    QCOMPARE(sameHelp.exitCode, 0);
    QCOMPARE(sameHelp.out, listHelp.out);

    const CtlRun nothing = run({}, env);
    QCOMPARE(nothing.exitCode, 2);
    QVERIFY(nothing.errText().contains(QLatin1String("Commands:")));
    QCOMPARE(run({"help", "nothing"}, env).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestConnectorctl)
#include "tst_connectorctl.moc"
