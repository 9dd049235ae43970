// Answers a careless or hostile server can give, served by the dev server and shown in the real
// window: 10,000 instances in one unpaged answer, every field null or of the wrong type, ids that are
// missing, duplicated or not ids at all, `connectors` of the wrong shape, JSON nested past the parser's
// limit; and names in every script surviving the round trip through the table and connectorctl.
#include "hardeningutil.h"

#include "app/details/detailspane.h"
#include "app/list/errorbanner.h"
#include "app/statuspanel.h"
#include "apptestutil.h"
#include "devserver/connectorstore.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QStatusBar>
#include <QToolButton>

using namespace apptest;
using namespace hardening;
using devserver::Fault;

namespace {

Fault answerWith(const QByteArray& body, const QString& pathPrefix)
{
    Fault f;
    f.mode = Fault::Mode::Status;
    f.status = 200;
    f.body = body;
    f.count = -1;
    f.method = "GET";
    f.pathPrefix = pathPrefix;
    return f;
}

// Every role of every cell, as a view, a delegate, an accessibility client or a copy would read them.
int readEveryCell(const QAbstractItemModel* model)
{
    int read = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            for (int role = 0; role <= ConnectorTableModel::BadgesRole; ++role) {
                if (model->data(index, role).isValid())
                    ++read;
            }
        }
    }
    return read;
}

} // namespace

class TestHostileAnswers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void tenThousandActiveInstancesArePagedInTheWindow();
    void nullAndWrongTypedFieldsAreShownAndRowsWithoutIdsReported();
    void idsThatAreNotIdsNeverReachTheNetwork();
    void listOfTheWrongShapeKeepsThePreviousRows_data();
    void listOfTheWrongShapeKeepsThePreviousRows();
    void namesInEveryScriptSurviveTheRoundTrip();
};

void TestHostileAnswers::initTestCase()
{
    isolateSettings();
    QVERIFY(QFile::exists(QStringLiteral(CONNECTORCTL_PATH)));
}

void TestHostileAnswers::init()
{
    qunsetenv("PIPESHUB_BEARER_AUTH");
}

void TestHostileAnswers::tenThousandActiveInstancesArePagedInTheWindow()
{
    // The server runs as its own process, so that building its 10,000-instance answer does not count
    // against the window: what is measured is the client's own work. Every instance is active, so one
    // answer of /connectors/active holds all of them.
    constexpr int kCount = 10000;
    QTemporaryDir dir;
    const QString dataFile = dir.filePath(QStringLiteral("ten-thousand.json"));
    devserver::ConnectorStore store;
    store.seed(kCount, 20241201);
    for (const QString& id : store.ids())
        QVERIFY(store.updateInstance(id, {{QStringLiteral("isActive"), true}}));
    store.setDataFile(dataFile);
    QString problem;
    QVERIFY2(store.save(&problem), qPrintable(problem));
    const QStringList serverOrder = store.ids();
    QCOMPARE(serverOrder.size(), kCount);
    DevServerProcess program;
    QVERIFY2(program.start({"--port", "0", "--token", testToken, "--data", dataFile}, &problem), qPrintable(problem));

    ApiClient client;
    useFastRetries(client);
    MainWindow window(&client);
    QAbstractItemModelTester tester(modelOf(&window), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(controllerOf(&window), &ConnectorListController::pageLoaded);
    window.openServer(program.url(), testToken);
    QVERIFY(loaded.wait(20000));
    // Shown and painted once before measuring: the first paint loads fonts, which is not this test's business.
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.grab().isNull());

    QSignalSpy calls(&client, &ApiClient::callStarted);
    LatencyProbe probe;
    probe.start();
    window.findChild<QComboBox*>(QStringLiteral("stateCombo"))->setCurrentIndex(1);
    QVERIFY(loaded.wait(30000));
    probe.stop();
    qInfo("10,000 instances arrived; the longest GUI-thread stall was %lld ms", probe.maxGapMs());
    QCOMPARE(calls.size(), 1); // one request for all of them
    QVERIFY(calls.constFirst().constFirst().value<ApiReply*>() != nullptr);
    QCOMPARE(modelOf(&window)->rowCount(), 20);
    const QString all = QString::number(kCount);
    auto* range = window.findChild<QLabel*>(QStringLiteral("rangeLabel"));
    QCOMPARE(range->text(), QStringLiteral("1-20 of ") + all);
    QVERIFY(bannerOf(&window)->isHidden());
    QVERIFY2(probe.maxGapMs() < kMaxGuiGapMs,
             qPrintable(
                 QStringLiteral("the window stalled for %1 ms while 10,000 instances arrived").arg(probe.maxGapMs())));

    // The last page comes from what was already fetched: no new request, the server's last 20.
    loaded.clear();
    QTest::mouseClick(window.findChild<QToolButton*>(QStringLiteral("lastPageButton")), Qt::LeftButton);
    QVERIFY(!loaded.isEmpty() || loaded.wait(10000));
    QCOMPARE(range->text(), QStringLiteral("9981-10000 of ") + all);
    QCOMPARE(calls.size(), 1);
    QCOMPARE(modelOf(&window)->rowCount(), 20);
    for (int row = 0; row < 20; ++row)
        QCOMPARE(modelOf(&window)->instanceAt(row)->id, serverOrder.at(kCount - 20 + row));

    // The biggest page size, then a search through all 10,000 done here, both without a request.
    auto* sizes = window.findChild<QComboBox*>(QStringLiteral("pageSizeCombo"));
    loaded.clear();
    sizes->setCurrentIndex(sizes->count() - 1);
    QVERIFY(!loaded.isEmpty() || loaded.wait(10000));
    QCOMPARE(modelOf(&window)->rowCount(), sizes->currentText().toInt());
    const QString lastName = store.instance(serverOrder.constLast()).value(QLatin1String("name")).toString();
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    loaded.clear();
    probe.start();
    typeText(search, lastName);
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(!loaded.isEmpty() || loaded.wait(10000));
    probe.stop();
    QVERIFY(modelOf(&window)->rowOf(serverOrder.constLast()) >= 0);
    QCOMPARE(calls.size(), 1);
    QVERIFY2(probe.maxGapMs() < kMaxGuiGapMs,
             qPrintable(QStringLiteral("searching 10,000 stalled for %1 ms").arg(probe.maxGapMs())));
}

void TestHostileAnswers::nullAndWrongTypedFieldsAreShownAndRowsWithoutIdsReported()
{
    Harness h(10);
    QVERIFY(h.open());
    QVERIFY(h.loadAfter([&] { h.child<QComboBox>("stateCombo")->setCurrentIndex(1); }));
    const QString longName(5000, QChar(0x00e9));
    const QByteArray body = QByteArray(R"({"success": true, "connectors": [
        {"_key": "all-null", "name": null, "type": null, "appGroup": null, "scope": null, "authType": null,
         "createdBy": null, "updatedBy": null, "status": null, "isActive": null, "isConfigured": null,
         "isAuthenticated": null, "isAgentActive": null, "isLocked": null, "createdAtTimestamp": null,
         "updatedAtTimestamp": null, "config": null},
        {"_key": "wrong-types", "name": 12345, "type": ["Drive"], "appGroup": false, "scope": {"team": true},
         "authType": true, "createdBy": 7.5, "updatedBy": [], "status": 42, "isActive": "yes",
         "isConfigured": 2, "isAuthenticated": "FALSE", "isAgentActive": [], "isLocked": {},
         "createdAtTimestamp": "yesterday", "updatedAtTimestamp": -1e300, "lastSyncAt": true},
        {"_key": "huge-numbers", "name": "Huge numbers", "createdAtTimestamp": 1e308,
         "updatedAtTimestamp": 9007199254740993, "createdAt": "9999-99-99T99:99:99Z", "status": "",
         "isActive": 1, "isLocked": 0},
        {"connectorId": "published-names", "instanceName": "Published names", "connectorType": "Jira",
         "agentEnabled": "true", "createdAt": "2024-02-30T10:00:00Z", "updatedAt": "not a date"},
        {"_key": "long-name", "name": ")")
        + longName.toUtf8() + QByteArray(R"(", "type": "Slack"},
        {"_key": null, "name": "null id"},
        {"_key": "", "name": "empty id"},
        {"_key": [], "name": "array id"},
        {"_key": {"id": "x"}, "name": "object id"},
        {"_key": true, "name": "boolean id"},
        {"name": "no id at all"},
        42, null, "a string", [], true
    ], "pagination": {"page": "one", "limit": -5, "totalCount": "many", "hasNext": "perhaps"}})");
    h.ts.server.injectFault(answerWith(body, QStringLiteral("/connectors/active")));
    QVERIFY(h.loadAfter([&] { h.child<QAction>("actionReload")->trigger(); }));

    // The five rows with an id are shown, whatever else they carry; the eleven without are counted.
    QCOMPARE(h.model()->rowCount(), 5);
    QCOMPARE(h.controller()->rowsWithoutId(), 11);
    const QString said = h.window->statusBar()->currentMessage();
    QVERIFY2(said.contains(QLatin1String("11")) && said.contains(QLatin1String("without an id")), qPrintable(said));
    QVERIFY(h.banner()->isHidden());
    QCOMPARE(h.child<QLabel>("rangeLabel")->text(), QStringLiteral("1-5 of 5"));

    // Wrong types read as "unknown", never as a guess: no name, no type, not active, no time.
    const ConnectorInstance* wrong = h.model()->instanceAt(h.model()->rowOf(QStringLiteral("wrong-types")));
    QVERIFY(wrong);
    QCOMPARE(wrong->name, QStringLiteral("12345")); // a number where text was due is still shown as written
    QVERIFY(wrong->connectorType.isEmpty());
    QVERIFY(!wrong->isActive);
    QVERIFY(!wrong->isLocked);
    QVERIFY(!wrong->createdAt.isValid());
    const ConnectorInstance* longOne = h.model()->instanceAt(h.model()->rowOf(QStringLiteral("long-name")));
    QVERIFY(longOne);
    QCOMPARE(longOne->name, longName);
    QVERIFY(readEveryCell(h.model()) > 0);
    QVERIFY(readEveryCell(h.table()->model()) > 0);

    // Sorting by every column, selecting every row (the details pane asks the server for each).
    for (int column = 0; column < ConnectorTableModel::ColumnCount; ++column) {
        h.table()->sortByColumn(column, Qt::AscendingOrder);
        h.table()->sortByColumn(column, Qt::DescendingOrder);
    }
    for (const QString& id : {QStringLiteral("all-null"),
                              QStringLiteral("wrong-types"),
                              QStringLiteral("huge-numbers"),
                              QStringLiteral("published-names"),
                              QStringLiteral("long-name")}) {
        QVERIFY(h.table()->selectConnector(id));
        QCOMPARE(h.details()->connectorId(), id);
    }
    QVERIFY(!h.window->grab().isNull()); // painted, delegate and badges included
    QCOMPARE(h.table()->currentConnectorId(), QStringLiteral("long-name"));
}

void TestHostileAnswers::idsThatAreNotIdsNeverReachTheNetwork()
{
    // A server (or a proxy) that sends ids the gateway would refuse: the rows are listed, but nothing
    // built from those ids is ever sent, so "../registry" cannot reach another endpoint.
    Harness h(5);
    QVERIFY(h.open());
    QVERIFY(h.loadAfter([&] { h.child<QComboBox>("stateCombo")->setCurrentIndex(1); }));
    const QByteArray body = R"({"success": true, "connectors": [
        {"_key": "../registry", "name": "Dot dot", "isActive": true},
        {"_key": "a/b?c=1#d", "name": "Slashes and a query", "isActive": true},
        {"_key": "dup", "name": "First of two", "isActive": true},
        {"_key": "dup", "name": "Second of two", "isActive": true}
    ]})";
    h.ts.server.injectFault(answerWith(body, QStringLiteral("/connectors/active")));
    QVERIFY(h.loadAfter([&] { h.child<QAction>("actionReload")->trigger(); }));
    QCOMPARE(h.model()->rowCount(), 4);
    h.ts.server.clearFaults();
    h.ts.server.clearRequestLog();
    for (const QString& id : {QStringLiteral("../registry"), QStringLiteral("a/b?c=1#d")}) {
        QVERIFY(h.table()->selectConnector(id));
        h.child<QAction>("actionDetails")->trigger();
        QTRY_VERIFY(!h.details()->errorText().isEmpty());
        QVERIFY2(h.details()->errorText().contains(QLatin1String("not a valid connector id")),
                 qPrintable(h.details()->errorText()));
    }
    // Selecting a duplicated id shows one of them and nothing breaks.
    QVERIFY(h.table()->selectConnector(QStringLiteral("dup")));
    QCOMPARE(h.table()->currentConnectorId(), QStringLiteral("dup"));
    QTRY_COMPARE(h.details()->connectorId(), QStringLiteral("dup"));
    for (const devserver::LoggedRequest& r : h.ts.server.requestLog()) {
        QVERIFY2(!r.path.contains(QLatin1String("registry")) && !r.path.contains(QLatin1String("/a/")),
                 qPrintable(r.path));
        QVERIFY2(r.path == QLatin1String("/api/v1/connectors/dup"), qPrintable(r.path));
    }
}

void TestHostileAnswers::listOfTheWrongShapeKeepsThePreviousRows_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("connectors is an object") << QByteArray(R"({"success":true,"connectors":{"a":1}})")
                                             << QStringLiteral("list of connectors of the wrong type");
    QTest::newRow("connectors is null") << QByteArray(R"({"success":true,"connectors":null})")
                                        << QStringLiteral("list of connectors");
    QTest::newRow("connectors is a string") << QByteArray(R"({"success":true,"connectors":"[]"})")
                                            << QStringLiteral("list of connectors of the wrong type");
    QTest::newRow("no connectors at all")
        << QByteArray(R"({"success":true,"items":[]})") << QStringLiteral("no list of connectors");
    QTest::newRow("JSON nested deeper than the parser allows")
        << QByteArray(QByteArray(5000, '[') + QByteArray(5000, ']')) << QStringLiteral("not valid JSON");
    QTest::newRow("every row without an id")
        << QByteArray(R"({"success":true,"connectors":[{"name":"a"},{}]})") << QStringLiteral("without ids");
}

void TestHostileAnswers::listOfTheWrongShapeKeepsThePreviousRows()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    Harness h(40);
    QVERIFY(h.open());
    const QList<ConnectorInstance> before = h.model()->connectors();
    QCOMPARE(before.size(), 20);
    h.ts.server.injectFault(answerWith(body, QStringLiteral("/connectors")));
    QSignalSpy failed(h.controller(), &ConnectorListController::loadFailed);
    h.child<QAction>("actionReload")->trigger();
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.constFirst().constFirst().value<ApiError>().kind, ApiError::Kind::Malformed);
    ErrorBanner* banner = h.banner();
    QVERIFY(banner->isVisibleTo(h.window.get()));
    QVERIFY2(banner->message().contains(message), qPrintable(banner->message()));
    QVERIFY(banner->message().contains(QLatin1String("last successful load")));
    QCOMPARE(h.model()->connectors(), before);
    QVERIFY(h.child<QPushButton>("retryButton")->isVisibleTo(h.window.get()));

    h.ts.server.clearFaults();
    QVERIFY(h.loadAfter([&] { QTest::mouseClick(h.child<QPushButton>("retryButton"), Qt::LeftButton); }));
    QVERIFY(banner->isHidden());
    QCOMPARE(h.model()->rowCount(), 20);
}

void TestHostileAnswers::namesInEveryScriptSurviveTheRoundTrip()
{
    // Names our create dialog can send, through our own client...
    const QStringList sentByUs{
        QStringLiteral("Caf\u00e9 Z\u00fcrich \u2014 \u00c6r\u00f8sk\u00f8bing \u0141\u00f3d\u017a \u0148"),
        QStringLiteral("Cafe\u0301 decomposed"), // NFD stays NFD: nothing normalises it
        QStringLiteral("\u6771\u4eac\u30c1\u30fc\u30e0 \u77e5\u8bc6\u5e93 \ud55c\uad6d\uc5b4"),
        QStringLiteral("\u0642\u0627\u0639\u062f\u0629 \u0627\u0644\u0645\u0639\u0631\u0641\u0629"),
        QStringLiteral("\u05de\u05d0\u05d2\u05e8 \u05d9\u05d3\u05e2 Wiki 2024"),
        QStringLiteral("\u091c\u094d\u091e\u093e\u0928 \u0906\u0927\u093e\u0930"),
        QStringLiteral("\u0e10\u0e32\u0e19\u0e04\u0e27\u0e32\u0e21\u0e23\u0e39\u0e49"),
        QString::fromUtf8("Team \xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7\xe2\x80\x8d"
                          "\xf0\x9f\x91\xa6 \xf0\x9f\x8f\xb3\xef\xb8\x8f\xe2\x80\x8d\xf0\x9f\x8c\x88 "
                          "\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd"),
        QStringLiteral("He said \"hi\", 'ok'; a,b,c \\ C:\\path"),
        QStringLiteral("<b>not bold</b> &amp; {\"json\": true}"),
        QStringLiteral("evil\u202egnp.exe"),
        QString(100, QChar(0x00e9)), // 100 code points, 100 UTF-16 units
    };
    // 100 code points of an astral script: 200 UTF-16 units, still within the API's 100 characters.
    QString astral;
    for (int i = 0; i < 100; ++i)
        astral += QString::fromUcs4(U"\U0001D49C", 1);
    QCOMPARE(astral.toUcs4().size(), 100);
    // ... and names with line breaks and tabs, which our client refuses to send but another tool may.
    const QStringList sentByOthers{QStringLiteral("Line one\nLine two"), QStringLiteral("Col 1\tCol 2")};

    Harness h(0);
    QHash<QString, QString> nameOf; // id -> name
    for (const QString& name : sentByUs + QStringList{astral}) {
        const Outcome o = waitFor(h.ts.client->createConnector(
            {QStringLiteral("Jira"), name, QStringLiteral("team"), QStringLiteral("API_TOKEN"), {}, {}}));
        QVERIFY2(!o.error.isError(), qPrintable(name + QStringLiteral(": ") + o.error.toString()));
        const QString id
            = o.json.value(QLatin1String("connector")).toObject().value(QLatin1String("connectorId")).toString();
        QVERIFY(!id.isEmpty());
        nameOf.insert(id, name);
    }
    QNetworkAccessManager otherTool;
    for (const QString& name : sentByOthers) {
        QCOMPARE(
            waitFor(h.ts.client->createConnector(
                        {QStringLiteral("Jira"), name, QStringLiteral("team"), QStringLiteral("API_TOKEN"), {}, {}}))
                .error.kind,
            ApiError::Kind::Validation);
        QNetworkRequest request(QUrl(h.ts.server.baseUrl().toString() + QStringLiteral("/connectors")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + testToken.toUtf8());
        const QJsonObject create{{QStringLiteral("connectorType"), QStringLiteral("Jira")},
                                 {QStringLiteral("instanceName"), name},
                                 {QStringLiteral("scope"), QStringLiteral("team")},
                                 {QStringLiteral("authType"), QStringLiteral("API_TOKEN")}};
        QNetworkReply* reply = otherTool.post(request, QJsonDocument(create).toJson(QJsonDocument::Compact));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() / 100, 2);
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        const QString id
            = answer.value(QLatin1String("connector")).toObject().value(QLatin1String("connectorId")).toString();
        QVERIFY(!id.isEmpty());
        nameOf.insert(id, name);
    }
    QCOMPARE(nameOf.size(), sentByUs.size() + 1 + sentByOthers.size());
    for (auto it = nameOf.cbegin(); it != nameOf.cend(); ++it)
        QCOMPARE(h.ts.server.store().instance(it.key()).value(QLatin1String("name")).toString(), it.value());

    // The table's DisplayRole, exactly.
    QVERIFY(h.loadAfter([&] { h.window->openServer(h.ts.server.baseUrl(), testToken); }));
    QVERIFY(h.loadAfter([&] {
        h.child<QComboBox>("pageSizeCombo")->setCurrentIndex(h.child<QComboBox>("pageSizeCombo")->count() - 1);
    }));
    QCOMPARE(h.model()->rowCount(), nameOf.size());
    for (auto it = nameOf.cbegin(); it != nameOf.cend(); ++it) {
        const int row = h.model()->rowOf(it.key());
        QVERIFY2(row >= 0, qPrintable(it.value()));
        QCOMPARE(h.model()->data(h.model()->index(row, ConnectorTableModel::NameColumn), Qt::DisplayRole).toString(),
                 it.value());
    }
    QVERIFY(!h.window->grab().isNull()); // shaped and painted: bidi, combining marks, ZWJ sequences, astral planes

    // connectorctl --output json, exactly.
    QTemporaryDir home;
    const ProcessRun run = runProcess(
        QStringLiteral(CONNECTORCTL_PATH),
        {"--server", h.ts.server.baseUrl().toString(), "--output", "json", "list", "--scope", "team", "--limit", "200"},
        isolatedEnvironment(home.path()));
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonArray listed = run.json().value(QLatin1String("connectors")).toArray();
    QCOMPARE(listed.size(), nameOf.size());
    for (const QJsonValue& value : listed) {
        const QJsonObject c = value.toObject();
        const QString id = c.value(QLatin1String("connectorId")).toString();
        QVERIFY2(nameOf.contains(id), qPrintable(id));
        QCOMPARE(c.value(QLatin1String("instanceName")).toString(), nameOf.value(id));
    }
}

QTEST_MAIN(TestHostileAnswers)
#include "tst_hostileanswers.moc"
