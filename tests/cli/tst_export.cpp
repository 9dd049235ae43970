// The console's export (core/export/viewexporter.h) against connectorctl , over
// real HTTP to a dev server in this process: a filter's file is byte for byte what the connectorctl
// binary prints for `list --all-pages --output csv|json` with the same filter, at 10,000 rows; a cancel
// or a server error leaves no file (and a file already there as it was); the CSV header names the JSON
// keys, in every output that has both.
#include "ctltest.h"

#include "core/export/viewexporter.h"
#include "core/list/connectorpageloader.h"
#include "core/net/apiclient.h"
#include "devserver/connectorstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using devserver::Dialect;
using devserver::Fault;
using namespace ctltest;
using Format = ConnectorListing::Format;

Q_DECLARE_METATYPE(Format)

namespace {

constexpr int bigCount = 10000;

struct Outcome
{
    bool finished = false;
    bool cancelled = false;
    QString failure;
    qint64 rows = -1;
};

// Runs `start` and waits for the export's end; `onProgress` sees every progress signal.
Outcome
waitFor(ViewExporter& exporter, const std::function<bool()>& start, const std::function<void(qint64)>& onProgress = {})
{
    Outcome outcome;
    bool done = false;
    QObject context;
    QObject::connect(&exporter, &ViewExporter::finished, &context, [&](const QString&, qint64 rows) {
        outcome.finished = true;
        outcome.rows = rows;
        done = true;
    });
    QObject::connect(&exporter, &ViewExporter::failed, &context, [&](const QString& message) {
        outcome.failure = message;
        done = true;
    });
    QObject::connect(&exporter, &ViewExporter::cancelled, &context, [&] {
        outcome.cancelled = true;
        done = true;
    });
    if (onProgress)
        QObject::connect(&exporter, &ViewExporter::progress, &context, [&](qint64 written) { onProgress(written); });
    if (!start())
        qFatal("the export did not start");
    if (!QTest::qWaitFor([&] { return done; }, 60000))
        qFatal("the export did not end");
    return outcome;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Names that need CSV quoting and JSON escapes, among the seeded ones.
void addAwkwardNames(devserver::DevServer& server)
{
    const QStringList names{QStringLiteral("Sales, \"EU\" drive"),
                            QStringLiteral("Two\nlines\r\nand a tab\t drive"),
                            QStringLiteral("東京 ✓ 😀 drive"),
                            QStringLiteral("back\\slash ctrl\x01 drive")};
    const QStringList ids = server.store().ids();
    for (int i = 0; i < names.size(); ++i)
        server.store().updateInstance(ids.at(i * 7 + 3), {{QStringLiteral("name"), names.at(i)}});
}

} // namespace

class TestExport : public CtlTestCase
{
    Q_OBJECT

private slots:
    void filterExportEqualsConnectorctl_data();
    void filterExportEqualsConnectorctl();
    void listExportEqualsConnectorctl();
    void cancelLeavesNoFile_data();
    void cancelLeavesNoFile();
    void serverErrorLeavesNoFile();
    void unwritableFolderSaysWhy();
    void csvHeaderNamesTheJsonKeys();

private:
    TestServer& big();
    CtlRun runBinary(TestServer& ts, const QStringList& arguments);
    static QStringList entries(const QString& dir);

    std::unique_ptr<TestServer> m_big;
    QTemporaryDir m_out;
};

TestServer& TestExport::big()
{
    if (!m_big) {
        m_big = std::make_unique<TestServer>(Dialect::PipesHub, bigCount);
        addAwkwardNames(m_big->server);
    }
    return *m_big;
}

CtlRun TestExport::runBinary(TestServer& ts, const QStringList& arguments)
{
    return runProgram(QStringLiteral(CONNECTORCTL_PATH),
                      QStringList{QStringLiteral("--server"), ts.server.baseUrl().toString()} + arguments,
                      isolatedEnvironment(m_home.path()));
}

QStringList TestExport::entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

void TestExport::filterExportEqualsConnectorctl_data()
{
    QTest::addColumn<Format>("format");
    QTest::addColumn<QStringList>("filter"); // connectorctl's options
    QTest::addColumn<int>("expected"); // rows: -1 every instance, 0 none, 1 some
    const QList<QPair<const char*, Format>> formats{{"csv", Format::Csv}, {"json", Format::Json}};
    for (const auto& [name, format] : formats) {
        QTest::addRow("%s, no filter", name) << format << QStringList() << -1;
        QTest::addRow("%s, team, configured", name)
            << format << QStringList{"--scope", "team", "--state", "configured"} << 1;
        QTest::addRow("%s, inactive, search", name)
            << format << QStringList{"--state", "inactive", "--search", "drive"} << 1;
        QTest::addRow("%s, personal, agents", name)
            << format << QStringList{"--scope", "personal", "--state", "agents"} << 1;
        QTest::addRow("%s, nothing matches", name) << format << QStringList{"--search", "no such name 4711"} << 0;
    }
}

void TestExport::filterExportEqualsConnectorctl()
{
    QFETCH(Format, format);
    QFETCH(QStringList, filter);
    QFETCH(int, expected);
    TestServer& ts = big();
    const QString formatName = ConnectorListing::extension(format);

    ListQuery query;
    for (qsizetype i = 0; i + 1 < filter.size(); i += 2) {
        const QString value = filter.at(i + 1);
        if (filter.at(i) == QLatin1String("--scope"))
            query.setScope(*ListQuery::scopeFromName(value));
        else if (filter.at(i) == QLatin1String("--state"))
            query.setState(*ListQuery::stateFromName(value));
        else
            query.setSearch(value);
    }
    ViewExporter exporter(ts.client.get());
    const QString path = m_out.filePath(QStringLiteral("view.") + formatName);
    const Outcome outcome = waitFor(exporter, [&] { return exporter.exportQuery(query, path, format); });
    QVERIFY2(outcome.finished, qPrintable(outcome.failure));

    const CtlRun ctl = runBinary(ts, QStringList{"--output", formatName, "list", "--all-pages"} + filter);
    QVERIFY2(ctl.exitCode == 0, qPrintable(ctl.describe()));
    const QByteArray written = readFile(path);
    QCOMPARE(written.size(), ctl.out.size());
    QVERIFY(written == ctl.out);

    // The rows are there: every instance when nothing is filtered out, none when nothing matches.
    qint64 rows = 0;
    if (format == Format::Json) {
        rows = QJsonDocument::fromJson(written).object().value(QLatin1String("connectors")).toArray().size();
    } else {
        bool crlf = false;
        rows = parseCsv(QString::fromUtf8(written), &crlf).size() - 1;
    }
    QCOMPARE(rows, outcome.rows);
    if (expected < 0)
        QCOMPARE(rows, qint64(ts.server.store().count()));
    else if (expected == 0)
        QCOMPARE(rows, qint64(0));
    else
        QVERIFY(rows > 0);
}

void TestExport::listExportEqualsConnectorctl()
{
    // A list of instances (a selection) writes the same bytes as the filter they came from.
    TestServer& ts = big();
    ConnectorPageLoader loader(ts.client.get());
    ListQuery query;
    query.setState(ListQuery::State::Inactive);
    query.setLimit(ListQuery::maxLimit);
    QList<ConnectorInstance> instances;
    QSignalSpy loaded(&loader, &ConnectorPageLoader::allPagesLoaded);
    loader.loadAllPages(query);
    QVERIFY(loaded.wait(30000));
    instances = loaded.first().first().value<AllPages>().connectors;
    QVERIFY(instances.size() > ViewExporter::sliceSize); // written in several slices

    for (const Format format : {Format::Csv, Format::Json}) {
        const QString formatName = ConnectorListing::extension(format);
        ViewExporter exporter(ts.client.get());
        const QString path = m_out.filePath(QStringLiteral("selection.") + formatName);
        const Outcome outcome = waitFor(exporter, [&] { return exporter.exportInstances(instances, path, format); });
        QVERIFY2(outcome.finished, qPrintable(outcome.failure));
        QCOMPARE(outcome.rows, qint64(instances.size()));
        const CtlRun ctl = runBinary(ts, {"--output", formatName, "list", "--all-pages", "--state", "inactive"});
        QVERIFY2(ctl.exitCode == 0, qPrintable(ctl.describe()));
        QVERIFY(readFile(path) == ctl.out);
    }
}

void TestExport::cancelLeavesNoFile_data()
{
    QTest::addColumn<bool>("fromFilter"); // else from a list
    QTest::addColumn<bool>("fileThere"); // a file at the path before
    QTest::newRow("filter, new file") << true << false;
    QTest::newRow("filter, over a file") << true << true;
    QTest::newRow("list, over a file") << false << true;
}

void TestExport::cancelLeavesNoFile()
{
    QFETCH(bool, fromFilter);
    QFETCH(bool, fileThere);
    TestServer& ts = big();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("view.csv"));
    const QByteArray before = "what was here before\n";
    if (fileThere) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(before);
    }
    QList<ConnectorInstance> instances;
    for (int i = 0; i < 3 * ViewExporter::sliceSize; ++i) {
        ConnectorInstance c;
        c.id = QStringLiteral("id-%1").arg(i);
        c.name = QStringLiteral("instance %1").arg(i);
        instances.append(c);
    }
    ViewExporter exporter(ts.client.get());
    qint64 writtenAtCancel = 0;
    const Outcome outcome = waitFor(
        exporter,
        [&] {
            return fromFilter ? exporter.exportQuery(ListQuery(), path, Format::Csv)
                              : exporter.exportInstances(instances, path, Format::Csv);
        },
        [&](qint64 written) {
            // Cancelled with rows written and more to come.
            if (written > 0 && writtenAtCancel == 0) {
                writtenAtCancel = written;
                exporter.cancel();
            }
        });
    QVERIFY(outcome.cancelled);
    QVERIFY(writtenAtCancel > 0);
    QVERIFY(writtenAtCancel < (fromFilter ? bigCount : instances.size()));
    QVERIFY(!exporter.isRunning());
    QCOMPARE(entries(dir.path()), fileThere ? QStringList{QStringLiteral("view.csv")} : QStringList());
    if (fileThere)
        QCOMPARE(readFile(path), before);
}

void TestExport::serverErrorLeavesNoFile()
{
    // The server fails once the first pages are written: the pages asked for after them get its error.
    TestServer& ts = big();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("view.json"));
    const QByteArray serverMessage = "Index shard 7 is rebuilding";
    ViewExporter exporter(ts.client.get());
    bool injected = false;
    const Outcome outcome = waitFor(
        exporter,
        [&] { return exporter.exportQuery(ListQuery(), path, Format::Json); },
        [&](qint64 written) {
            if (written > 0 && !injected) {
                injected = true;
                Fault fault;
                fault.status = 503;
                fault.body = "{\"success\": false, \"message\": \"" + serverMessage + "\"}";
                fault.count = -1;
                fault.method = "GET";
                fault.pathPrefix = QStringLiteral("/connectors");
                ts.server.injectFault(fault);
            }
        });
    ts.server.clearFaults();
    QVERIFY(injected);
    QVERIFY(!outcome.finished);
    QVERIFY2(outcome.failure.contains(QString::fromUtf8(serverMessage)), qPrintable(outcome.failure));
    QVERIFY2(outcome.failure.contains(QDir::toNativeSeparators(path)), qPrintable(outcome.failure));
    QCOMPARE(entries(dir.path()), QStringList());
}

void TestExport::unwritableFolderSaysWhy()
{
    // A folder that is not there (a read-only one is writable to root, who may run the tests).
    TestServer ts(Dialect::PipesHub, 5);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/view.csv"));
    for (const bool fromFilter : {true, false}) {
        ViewExporter exporter(ts.client.get());
        const Outcome outcome = waitFor(exporter, [&] {
            return fromFilter ? exporter.exportQuery(ListQuery(), path, Format::Csv)
                              : exporter.exportInstances({}, path, Format::Csv);
        });
        QVERIFY(!outcome.finished);
        QVERIFY2(outcome.failure.contains(QDir::toNativeSeparators(path)), qPrintable(outcome.failure));
        QCOMPARE(entries(dir.path()), QStringList());
    }
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors")), 0); // nothing asked for, for nothing
}

void TestExport::csvHeaderNamesTheJsonKeys()
{
    // Point 4: a script switching between --output csv and json renames no column. Every CSV column
    // is a key of the JSON objects, and holds what that key holds.
    TestServer ts(Dialect::PipesHub, 30);
    addAwkwardNames(ts.server);
    struct Pair
    {
        QStringList csvArguments;
        QStringList jsonArguments;
        QString listKey; // the JSON's list, or empty for JSON lines
    };
    const devserver::ConnectorRecord* record = someTeamInstance(ts.server);
    QVERIFY(record);
    const QString someId = record->id;
    const QList<Pair> pairs{
        {{"--output", "csv", "list", "--all-pages"}, {"--output", "json", "list", "--all-pages"}, "connectors"},
        {{"--output", "csv", "types"}, {"--output", "json", "types"}, "types"},
        {{"--output", "csv", "disable", someId}, {"--output", "json", "disable", someId}, QString()},
    };
    for (const Pair& pair : pairs) {
        const CtlRun csv = runCtl(ts, pair.csvArguments);
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.describe()));
        const CtlRun json = runCtl(ts, pair.jsonArguments);
        QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
        bool crlf = false;
        const QList<QStringList> records = parseCsv(csv.outText(), &crlf);
        QVERIFY(records.size() >= 2);
        QList<QJsonObject> objects;
        if (pair.listKey.isEmpty()) {
            objects.append(json.json());
        } else {
            for (const QJsonValue& v : json.json().value(pair.listKey).toArray())
                objects.append(v.toObject());
        }
        QVERIFY(!objects.isEmpty());
        const QStringList header = records.constFirst();
        for (const QString& column : header) {
            for (const QJsonObject& object : std::as_const(objects))
                QVERIFY2(object.contains(column),
                         qPrintable(column + QLatin1String(" in ") + pair.csvArguments.join(' ')));
        }
        if (pair.listKey != QLatin1String("connectors"))
            continue;
        // The same rows in the same order: each cell is its key's value (true/false, "" for null).
        QCOMPARE(records.size() - 1, objects.size());
        for (qsizetype row = 0; row < objects.size(); ++row) {
            for (qsizetype col = 0; col < header.size(); ++col) {
                const QJsonValue value = objects.at(row).value(header.at(col));
                const QString expected = value.isBool()
                    ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                    : value.toString();
                QCOMPARE(records.at(row + 1).at(col), expected);
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
