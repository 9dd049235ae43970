// --output csv and the CSV export: RFC 4180 fields (quoted only when they must be, quotes doubled),
// CRLF after every record, a header row of the JSON key names, booleans as true/false and times in
// ISO-8601 UTC. No instances, one, and every instance a dev server lists over real HTTP, read back
// with a parser of its own and compared with what the server holds.
#include "testserver.h"

#include "testcsv.h"

#include "core/export/csvwriter.h"
#include "core/wire/wirekeys.h"
#include "devserver/connectorrecord.h"
#include "devserver/connectorstore.h"

#include <QDateTime>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <functional>

using devserver::Dialect;

Q_DECLARE_METATYPE(devserver::Dialect)

namespace {

QString written(const std::function<void(QTextStream&)>& write)
{
    QString text;
    QTextStream out(&text);
    write(out);
    out.flush();
    return text;
}

// The shared reader (testcsv.h), strictly: every record ends in CRLF, or the text is invalid (empty).
QList<QStringList> parseStrictCsv(const QString& text)
{
    bool onlyCrlf = false;
    const QList<QStringList> records = parseCsv(text, &onlyCrlf);
    return onlyCrlf ? records : QList<QStringList>();
}

ConnectorInstance awkwardInstance()
{
    ConnectorInstance c;
    c.id = QStringLiteral("65f0c0ffee0000000000abcd");
    c.name = QStringLiteral("Sales, \"EMEA\"\r\nwiki");
    c.connectorType = QStringLiteral("Confluence");
    c.scope = ConnectorScope::Team;
    c.authType = QStringLiteral("API_TOKEN");
    c.isActive = true;
    c.isConfigured = true;
    c.isAuthenticated = false;
    c.agentEnabled = true;
    c.status = JobStatus::FullSyncing;
    c.isLocked = true;
    c.createdBy = QStringLiteral("user-1");
    c.createdAt = QDateTime::fromMSecsSinceEpoch(1732600000123, Qt::UTC);
    c.updatedAt = QDateTime(QDate(2024, 11, 26), QTime(10, 0), Qt::OffsetFromUTC, 2 * 3600); // 08:00 UTC
    return c;
}

const QString kHeader
    = QStringLiteral("connectorId,instanceName,connectorType,scope,authType,isActive,isConfigured,"
                     "isAuthenticated,agentEnabled,status,isLocked,createdBy,createdAt,updatedAt\r\n");

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void csvField_data();
    void csvField();
    void writeRow_data();
    void writeRow();
    void boolText();
    void noInstancesIsTheHeaderAlone();
    void oneInstance();
    void rowsAreTheRecordsWithoutTheHeader();
    void everyInstanceTheServerLists_data();
    void everyInstanceTheServerLists();
    void deletedAndTypes();
};

void TestCsvWriter::csvField_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("plain") << QStringLiteral("Team Drive") << QStringLiteral("Team Drive");
    QTest::newRow("a comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quotes, doubled") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("only a quote") << QStringLiteral("\"") << QStringLiteral("\"\"\"\"");
    QTest::newRow("LF") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("CR") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::newRow("spaces and tabs stay bare") << QStringLiteral(" a\tb ") << QStringLiteral(" a\tb ");
    QTest::newRow("a semicolon stays bare") << QStringLiteral("a;b") << QStringLiteral("a;b");
    QTest::newRow("non-ASCII stays bare") << QStringLiteral("東京 \U0001F680") << QStringLiteral("東京 \U0001F680");
}

void TestCsvWriter::csvField()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QCOMPARE(CsvWriter::csvField(text), field);
}

void TestCsvWriter::writeRow_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("record");
    QTest::newRow("no field") << QStringList() << QStringLiteral("\r\n");
    QTest::newRow("one empty field") << QStringList{QString()} << QStringLiteral("\r\n");
    QTest::newRow("one field") << QStringList{QStringLiteral("x")} << QStringLiteral("x\r\n");
    QTest::newRow("empty fields keep their commas")
        << QStringList{QString(), QString(), QString()} << QStringLiteral(",,\r\n");
    QTest::newRow("many, quoted where needed")
        << QStringList{QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("d\"e"), QStringLiteral("f")}
        << QStringLiteral("a,\"b,c\",\"d\"\"e\",f\r\n");
}

void TestCsvWriter::writeRow()
{
    QFETCH(QStringList, fields);
    QFETCH(QString, record);
    const QString text = written([&](QTextStream& out) { CsvWriter::writeRow(out, fields); });
    QCOMPARE(text, record);
    if (!fields.isEmpty())
        QCOMPARE(parseStrictCsv(text), QList<QStringList>{fields});
}

void TestCsvWriter::boolText()
{
    QCOMPARE(CsvWriter::boolText(true), QStringLiteral("true"));
    QCOMPARE(CsvWriter::boolText(false), QStringLiteral("false"));
}

void TestCsvWriter::noInstancesIsTheHeaderAlone()
{
    QCOMPARE(written([](QTextStream& out) { CsvWriter::writeConnectors(out, {}); }), kHeader);
    QCOMPARE(written([](QTextStream& out) { CsvWriter::writeRows(out, {}); }), QString());
    // The header names the JSON keys, in the order of the columns.
    QCOMPARE(parseStrictCsv(kHeader).constFirst(), outputname::connectorCsvColumns());
}

void TestCsvWriter::oneInstance()
{
    const ConnectorInstance c = awkwardInstance();
    const QString expected = kHeader
        + QStringLiteral("65f0c0ffee0000000000abcd,\"Sales, \"\"EMEA\"\"\r\nwiki\",Confluence,team,API_TOKEN,true,true,"
                         "false,true,FULL_SYNCING,true,user-1,2024-11-26T05:46:40.123Z,2024-11-26T08:00:00.000Z\r\n");
    QCOMPARE(written([&](QTextStream& out) { CsvWriter::writeConnectors(out, {c}); }), expected);
    QCOMPARE(written([&](QTextStream& out) { CsvWriter::writeConnector(out, c); }), expected);

    // What a server left out is an empty field, never a made-up value.
    ConnectorInstance bare;
    bare.id = QStringLiteral("x");
    const QList<QStringList> records
        = parseStrictCsv(written([&](QTextStream& out) { CsvWriter::writeConnector(out, bare); }));
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(1),
             (QStringList{QStringLiteral("x"),
                          QString(),
                          QString(),
                          QString(),
                          QString(),
                          QStringLiteral("false"),
                          QStringLiteral("false"),
                          QStringLiteral("false"),
                          QStringLiteral("false"),
                          QString(),
                          QStringLiteral("false"),
                          QString(),
                          QString(),
                          QString()}));
}

void TestCsvWriter::rowsAreTheRecordsWithoutTheHeader()
{
    ConnectorInstance a = awkwardInstance();
    ConnectorInstance b = awkwardInstance();
    b.id = QStringLiteral("second");
    b.name = QStringLiteral("Plain");
    const QString rows = written([&](QTextStream& out) { CsvWriter::writeRows(out, {a, b}); });
    const QString whole = written([&](QTextStream& out) { CsvWriter::writeConnectors(out, {a, b}); });
    QCOMPARE(kHeader + rows, whole);
    const QList<QStringList> records = parseStrictCsv(rows);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).at(1), a.name); // the line break inside the name is kept, quoted
    QCOMPARE(records.at(1).at(0), QStringLiteral("second"));
}

void TestCsvWriter::everyInstanceTheServerLists_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::newRow("pipeshub") << Dialect::PipesHub;
    QTest::newRow("published") << Dialect::Published;
}

void TestCsvWriter::everyInstanceTheServerLists()
{
    QFETCH(Dialect, dialect);
    const bool pipesHub = dialect == Dialect::PipesHub;
    TestServer ts(dialect, 120);
    QString locked;
    for (const devserver::ConnectorRecord& r : ts.server.store().records()) {
        if (r.scope == QLatin1String("team") && !r.isLocked) {
            locked = r.id;
            break;
        }
    }
    ts.server.store().setLocked(locked, true, QStringLiteral("FULL_SYNCING"));
    ListQuery query;
    query.setScope(ListQuery::Scope::Team);
    const QList<ConnectorInstance> instances = ts.loadAll(query);
    QVERIFY(instances.size() > 20);

    const QList<QStringList> records
        = parseStrictCsv(written([&](QTextStream& out) { CsvWriter::writeConnectors(out, instances); }));
    QCOMPARE(records.size(), instances.size() + 1);
    QCOMPARE(records.constFirst(), outputname::connectorCsvColumns());
    const QStringList& columns = outputname::connectorCsvColumns();
    const auto column = [&columns](QLatin1String key) {
        return int(columns.indexOf(key));
    };
    for (qsizetype i = 0; i < instances.size(); ++i) {
        const QStringList& record = records.at(i + 1);
        QCOMPARE(record.size(), columns.size());
        // The values are the server's: compared with its store, not with the decoded instance.
        const QJsonObject stored = ts.server.store().instance(record.at(column(wirekey::connectorId)));
        QVERIFY2(!stored.isEmpty(), qPrintable(record.join(QLatin1Char('|'))));
        QCOMPARE(record.at(column(wirekey::instanceName)), stored.value(QLatin1String("name")).toString());
        QCOMPARE(record.at(column(wirekey::scope)), QStringLiteral("team"));
        for (const QLatin1String key : {wirekey::isActive, wirekey::isConfigured, wirekey::isAuthenticated}) {
            QCOMPARE(record.at(column(key)), CsvWriter::boolText(stored.value(key).toBool()));
        }
        // The published dialect says nothing of jobs and locks: not locked, no status.
        const bool lockedThere = pipesHub && stored.value(QLatin1String("isLocked")).toBool();
        QCOMPARE(record.at(column(wirekey::isLocked)), CsvWriter::boolText(lockedThere));
        const QDateTime created = QDateTime::fromString(record.at(column(wirekey::createdAt)), Qt::ISODateWithMs);
        QVERIFY2(created.isValid() && created.timeSpec() == Qt::UTC, qPrintable(record.at(column(wirekey::createdAt))));
        QVERIFY(record.at(column(wirekey::createdAt)).endsWith(QLatin1Char('Z')));
        QCOMPARE(created.toMSecsSinceEpoch(), stored.value(QLatin1String("createdAt")).toInteger());
        if (pipesHub && record.at(column(wirekey::connectorId)) == locked) {
            QCOMPARE(record.at(column(wirekey::isLocked)), QStringLiteral("true"));
            QCOMPARE(record.at(column(wirekey::status)), QStringLiteral("FULL_SYNCING"));
        }
    }
    QVERIFY(
        std::any_of(records.cbegin(), records.cend(), [&](const QStringList& r) { return r.constFirst() == locked; }));
}

void TestCsvWriter::deletedAndTypes()
{
    DeletionAccepted accepted;
    accepted.connectorId = QStringLiteral("abc");
    accepted.message = QStringLiteral("Deletion started, it may take a while");
    accepted.status = JobStatus::Deleting;
    QCOMPARE(written([&](QTextStream& out) { CsvWriter::writeDeleted(out, accepted); }),
             QStringLiteral("deleted,message,status\r\nabc,\"Deletion started, it may take a while\",DELETING\r\n"));
    DeletionAccepted quiet;
    quiet.connectorId = QStringLiteral("def");
    QCOMPARE(written([&](QTextStream& out) { CsvWriter::writeDeleted(out, quiet); }),
             QStringLiteral("deleted,message,status\r\ndef,,\r\n"));

    const QString header = QStringLiteral(
        "connectorType,displayName,appGroup,authTypes,supportedScopes,isBeta,supportsAgent,supportsSync,"
        "supportsRealtime\r\n");
    QCOMPARE(written([](QTextStream& out) { CsvWriter::writeTypes(out, {}); }), header);
    ConnectorType drive;
    drive.type = QStringLiteral("Drive");
    drive.displayName = QStringLiteral("Google Drive");
    drive.appGroup = QStringLiteral("Google Workspace");
    drive.authTypes = QStringList{QStringLiteral("OAUTH"), QStringLiteral("OAUTH_ADMIN_CONSENT")};
    drive.scopes = QStringList{QStringLiteral("team"), QStringLiteral("personal")};
    drive.supportsSync = true;
    drive.supportsAgent = true;
    ConnectorType web;
    web.type = QStringLiteral("Web");
    web.displayName = QStringLiteral("Web, public pages");
    web.isBeta = true;
    QCOMPARE(
        written([&](QTextStream& out) {
            CsvWriter::writeTypes(out, {drive, web});
        }),
        header
            + QStringLiteral("Drive,Google Drive,Google Workspace,OAUTH OAUTH_ADMIN_CONSENT,team personal,false,true,"
                             "true,false\r\nWeb,\"Web, public pages\",,,,true,false,false,false\r\n"));
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
