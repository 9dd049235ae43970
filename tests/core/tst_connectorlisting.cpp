// The listing `connectorctl list --all-pages --output csv|json` prints and the console exports, made in
// pieces (begin, each page as it comes, end): concatenated, the pieces are the bytes CsvWriter and
// JsonWriter write for the whole list at once. No pages, empty pages, one instance, and every page of a
// dev server's list as ConnectorPageLoader hands them over, over real HTTP; the format named by a
// word or by a file's extension.
#include "testserver.h"

#include "core/export/connectorlisting.h"
#include "core/export/csvwriter.h"
#include "core/export/jsonwriter.h"
#include "core/list/connectorpageloader.h"
#include "devserver/connectorstore.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTextStream>

using devserver::Dialect;
using Format = ConnectorListing::Format;

Q_DECLARE_METATYPE(devserver::Dialect)
Q_DECLARE_METATYPE(ConnectorListing::Format)

namespace {

// The whole list written at once, as connectorctl list writes a single answer.
QByteArray atOnce(Format format, const QList<ConnectorInstance>& connectors)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextStream out(&buffer);
    if (format == Format::Csv)
        CsvWriter::writeConnectors(out, connectors);
    else
        JsonWriter::writeConnectors(out, connectors, Pagination{1, int(connectors.size()), connectors.size(), false});
    out.flush();
    return bytes;
}

QByteArray inPieces(Format format, const QList<QList<ConnectorInstance>>& pages)
{
    ConnectorListing listing(format);
    QByteArray out;
    listing.appendBegin(out);
    for (const QList<ConnectorInstance>& page : pages)
        listing.appendPage(out, page);
    listing.appendEnd(out);
    return out;
}

ConnectorInstance instance(const QString& id, const QString& name)
{
    ConnectorInstance c;
    c.id = id;
    c.name = name;
    c.connectorType = QStringLiteral("Jira");
    c.scope = ConnectorScope::Team;
    c.isConfigured = true;
    c.createdAt = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
    return c;
}

void formats()
{
    QTest::addColumn<Format>("format");
    QTest::newRow("csv") << Format::Csv;
    QTest::newRow("json") << Format::Json;
}

} // namespace

class TestConnectorListing : public QObject
{
    Q_OBJECT

private slots:
    void formatFromName_data();
    void formatFromName();
    void formatFromPath_data();
    void formatFromPath();
    void noPagesIsAnEmptyListing_data()
    {
        formats();
    }
    void noPagesIsAnEmptyListing();
    void oneInstance_data()
    {
        formats();
    }
    void oneInstance();
    void emptyPagesAddNothing_data()
    {
        formats();
    }
    void emptyPagesAddNothing();
    void everyPageOfTheServersList_data();
    void everyPageOfTheServersList();
    void piecesAreAppendedToWhatIsThere();
};

void TestConnectorListing::formatFromName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("format"); // -1: none
    QTest::newRow("csv") << QStringLiteral("csv") << int(Format::Csv);
    QTest::newRow("JSON") << QStringLiteral("JSON") << int(Format::Json);
    QTest::newRow("spaces around") << QStringLiteral(" Json ") << int(Format::Json);
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("table is no file format") << QStringLiteral("table") << -1;
    QTest::newRow("a dot is not part of the name") << QStringLiteral(".csv") << -1;
}

void TestConnectorListing::formatFromName()
{
    QFETCH(QString, name);
    QFETCH(int, format);
    const std::optional<Format> found = ConnectorListing::formatFromName(name);
    QCOMPARE(found ? int(*found) : -1, format);
}

void TestConnectorListing::formatFromPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format"); // -1: none
    QTest::newRow("data.csv") << QStringLiteral("data.csv") << int(Format::Csv);
    QTest::newRow("DATA.JSON") << QStringLiteral("/tmp/DATA.JSON") << int(Format::Json);
    QTest::newRow("a dotted folder") << QStringLiteral("/home/a.b/export.json") << int(Format::Json);
    QTest::newRow("no extension") << QStringLiteral("/tmp/export") << -1;
    QTest::newRow("a folder named .csv") << QStringLiteral("/tmp/x.csv/export") << -1;
    QTest::newRow("another extension") << QStringLiteral("list.txt") << -1;
    QTest::newRow("compressed") << QStringLiteral("list.csv.gz") << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestConnectorListing::formatFromPath()
{
    QFETCH(QString, path);
    QFETCH(int, format);
    const std::optional<Format> found = ConnectorListing::formatFromPath(path);
    QCOMPARE(found ? int(*found) : -1, format);
    if (found)
        QCOMPARE(ConnectorListing::extension(*found), path.section(QLatin1Char('.'), -1).toLower());
}

void TestConnectorListing::noPagesIsAnEmptyListing()
{
    QFETCH(Format, format);
    ConnectorListing listing(format);
    QCOMPARE(listing.format(), format);
    QCOMPARE(listing.count(), 0);
    const QByteArray bytes = inPieces(format, {});
    QCOMPARE(bytes, atOnce(format, {}));
    if (format == Format::Csv) {
        QCOMPARE(bytes,
                 QByteArray("connectorId,instanceName,connectorType,scope,authType,isActive,isConfigured,"
                            "isAuthenticated,agentEnabled,status,isLocked,createdBy,createdAt,updatedAt\r\n"));
    } else {
        const QJsonObject object = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(object.value(QStringLiteral("connectors")).toArray().size(), 0);
        QCOMPARE(object.value(QStringLiteral("pagination")).toObject().value(QStringLiteral("total")).toInt(-1), 0);
    }
}

void TestConnectorListing::oneInstance()
{
    QFETCH(Format, format);
    const QList<ConnectorInstance> one{instance(QStringLiteral("only"), QStringLiteral("Service desk, \"L2\""))};
    ConnectorListing listing(format);
    QByteArray out;
    listing.appendBegin(out);
    listing.appendPage(out, one);
    QCOMPARE(listing.count(), 1);
    listing.appendEnd(out);
    QCOMPARE(out, atOnce(format, one));
    if (format == Format::Json) {
        const QJsonObject pagination
            = QJsonDocument::fromJson(out).object().value(QStringLiteral("pagination")).toObject();
        // One page that holds them all.
        QCOMPARE(pagination,
                 (QJsonObject{{QStringLiteral("page"), 1},
                              {QStringLiteral("limit"), 1},
                              {QStringLiteral("total"), 1},
                              {QStringLiteral("hasMore"), false}}));
    }
}

void TestConnectorListing::emptyPagesAddNothing()
{
    QFETCH(Format, format);
    const QList<ConnectorInstance> a{instance(QStringLiteral("a"), QStringLiteral("A")),
                                     instance(QStringLiteral("b"), QStringLiteral("B"))};
    const QList<ConnectorInstance> c{instance(QStringLiteral("c"), QStringLiteral("C"))};
    // A page that brought nothing new (the list moved while it was read) comes as an empty page.
    QCOMPARE(inPieces(format, {{}, a, {}, {}, c, {}}), atOnce(format, a + c));
    QCOMPARE(inPieces(format, {{}, {}}), atOnce(format, {}));
}

void TestConnectorListing::everyPageOfTheServersList_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<Format>("format");
    QTest::newRow("pipeshub csv") << Dialect::PipesHub << Format::Csv;
    QTest::newRow("pipeshub json") << Dialect::PipesHub << Format::Json;
    QTest::newRow("published csv") << Dialect::Published << Format::Csv;
    QTest::newRow("published json") << Dialect::Published << Format::Json;
}

void TestConnectorListing::everyPageOfTheServersList()
{
    QFETCH(Dialect, dialect);
    QFETCH(Format, format);
    TestServer ts(dialect, 260);
    ListQuery query;
    query.setLimit(40); // several pages of each scope
    // As the export writes: each page as the loader hands it over, in list order.
    ConnectorListing listing(format);
    QByteArray out;
    listing.appendBegin(out);
    const qsizetype begin = out.size();
    QList<ConnectorInstance> all;
    int pages = 0;
    ConnectorPageLoader loader(ts.client.get());
    connect(&loader, &ConnectorPageLoader::pageReady, this, [&](const QList<ConnectorInstance>& page) {
        listing.appendPage(out, page);
        all += page;
        ++pages;
    });
    QSignalSpy done(&loader, &ConnectorPageLoader::allPagesLoaded);
    loader.loadAllPages(query);
    QVERIFY(done.wait(20000));
    QVERIFY(pages > 4);
    QCOMPARE(listing.count(), all.size());
    QCOMPARE(listing.count(), done.at(0).at(0).value<AllPages>().count);
    listing.appendEnd(out);
    QVERIFY(out.size() > begin);
    QCOMPARE(out, atOnce(format, all));
    // Every instance the server lists, each once.
    QSet<QString> ids;
    for (const ConnectorInstance& c : std::as_const(all))
        ids.insert(c.id);
    QCOMPARE(ids.size(), all.size());
    int visible = 0;
    for (const devserver::ConnectorRecord& r : ts.server.store().records())
        visible += r.isVisibleTo(QString::fromUtf16(devserver::kCurrentUserId)) ? 1 : 0;
    QCOMPARE(int(all.size()), visible);
}

void TestConnectorListing::piecesAreAppendedToWhatIsThere()
{
    // The pieces go after what the buffer holds (a file's previous chunk): nothing is replaced.
    ConnectorListing listing(Format::Csv);
    QByteArray out("already here\r\n");
    listing.appendBegin(out);
    listing.appendPage(out, {instance(QStringLiteral("x"), QStringLiteral("X"))});
    listing.appendEnd(out);
    QCOMPARE(out, "already here\r\n" + atOnce(Format::Csv, {instance(QStringLiteral("x"), QStringLiteral("X"))}));
}

QTEST_GUILESS_MAIN(TestConnectorListing)
#include "tst_connectorlisting.moc"
