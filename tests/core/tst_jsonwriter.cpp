// --output json and the JSON export: the bytes QJsonDocument (Indented) writes for the same document,
// though the listing is written without building it (docs/PERFORMANCE.md). No instances, one, and every
// instance a dev server lists over real HTTP in both dialects (the PipesHub one with the fields we do
// not model); written in one go or page by page, to a device or to a string; a name QJsonDocument
// must write itself (an unpaired surrogate); and the single instance, deletion and registry answers.
#include "testserver.h"

#include "core/export/jsonwriter.h"
#include "core/wire/wirekeys.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTextStream>

#include <functional>

using devserver::Dialect;

Q_DECLARE_METATYPE(devserver::Dialect)

namespace {

// What `write` puts out, through a QTextStream on a device (a file, stdout) or on a string.
QByteArray written(const std::function<void(QTextStream&)>& write, bool toDevice = true)
{
    if (!toDevice) {
        QString text;
        QTextStream out(&text);
        write(out);
        out.flush();
        return text.toUtf8();
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextStream out(&buffer);
    write(out);
    out.flush();
    return bytes;
}

// The listing as QJsonDocument writes it: the reference the fast writer must match byte for byte.
QByteArray documentOf(const QList<ConnectorInstance>& connectors, const Pagination& pagination)
{
    QJsonArray list;
    for (const ConnectorInstance& c : connectors)
        list.append(c.toJson());
    return QJsonDocument(
               QJsonObject{{QStringLiteral("connectors"), list}, {QStringLiteral("pagination"), pagination.toJson()}})
        .toJson(QJsonDocument::Indented);
}

ConnectorInstance instance(const QString& id, const QString& name)
{
    ConnectorInstance c;
    c.id = id;
    c.name = name;
    c.connectorType = QStringLiteral("Slack");
    c.scope = ConnectorScope::Personal;
    c.isActive = true;
    c.agentEnabled = true;
    c.status = InstanceStatus::fromText(QStringLiteral("REINDEXING")); // a job this client does not know
    c.createdAt = QDateTime::fromMSecsSinceEpoch(1732600000123, Qt::UTC);
    c.lastSyncAt = QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC);
    c.extra = QJsonObject{{QStringLiteral("orgId"), QStringLiteral("org-1")},
                          {QStringLiteral("config"),
                           QJsonObject{{QStringLiteral("sync"), QJsonObject{{QStringLiteral("interval"), 15}}},
                                       {QStringLiteral("scopes"), QJsonArray{QStringLiteral("a"), 1.5, true}}}},
                          {QStringLiteral("zz"), QJsonValue(QJsonValue::Null)}};
    return c;
}

} // namespace

class TestJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void noInstances();
    void oneInstance();
    void everyInstanceTheServerLists_data();
    void everyInstanceTheServerLists();
    void pageByPageIsTheSameListing();
    void anUnpairedSurrogateIsWrittenAsQJsonDocumentDoes();
    void singleInstanceDeletionAndTypes();
};

void TestJsonWriter::noInstances()
{
    const Pagination empty{1, 20, 0, false};
    const QByteArray bytes
        = written([&](QTextStream& out) { JsonWriter::writeConnectors(out, QList<ConnectorInstance>(), empty); });
    QCOMPARE(bytes, documentOf({}, empty));
    QCOMPARE(bytes,
             QByteArray("{\n    \"connectors\": [\n    ],\n    \"pagination\": {\n        \"hasMore\": false,\n"
                        "        \"limit\": 20,\n        \"page\": 1,\n        \"total\": 0\n    }\n}\n"));
    QByteArray items;
    JsonWriter::appendConnectors(items, {});
    QVERIFY(items.isEmpty());
    QCOMPARE(JsonWriter::listHead() + JsonWriter::listTail(empty, false), bytes);
}

void TestJsonWriter::oneInstance()
{
    const QList<ConnectorInstance> one{instance(QStringLiteral("a1"), QStringLiteral("Team \"chat\" \\ 東京\n"))};
    const Pagination page{1, 20, 1, false};
    const QByteArray bytes = written([&](QTextStream& out) { JsonWriter::writeConnectors(out, one, page); });
    QCOMPARE(bytes, documentOf(one, page));
    // It reads back as the instance it was.
    const QJsonObject back = QJsonDocument::fromJson(bytes).object();
    const QJsonArray list = back.value(wirekey::connectors).toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(ConnectorInstance::fromJson(list.at(0).toObject()), one.constFirst());
    QCOMPARE(list.at(0).toObject().value(wirekey::status).toString(), QStringLiteral("REINDEXING"));
    QCOMPARE(list.at(0).toObject().value(wirekey::createdAt).toString(), QStringLiteral("2024-11-26T05:46:40.123Z"));
    QCOMPARE(list.at(0).toObject().value(wirekey::updatedAt), QJsonValue(QJsonValue::Null)); // never said
    QCOMPARE(list.at(0).toObject().value(wirekey::authType), QJsonValue(QJsonValue::Null));
}

void TestJsonWriter::everyInstanceTheServerLists_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::newRow("pipeshub") << Dialect::PipesHub;
    QTest::newRow("published") << Dialect::Published;
}

void TestJsonWriter::everyInstanceTheServerLists()
{
    QFETCH(Dialect, dialect);
    TestServer ts(dialect, 150);
    ListQuery query;
    query.setLimit(ListQuery::maxLimit);
    const QList<ConnectorInstance> all = ts.loadAll(query); // both scopes, every page
    QVERIFY(all.size() > 100);
    if (dialect == Dialect::PipesHub)
        QVERIFY(!all.constFirst().extra.isEmpty()); // the real server's fields we do not model, written too
    const Pagination pagination{1, int(all.size()), all.size(), false};
    for (const bool toDevice : {true, false}) {
        const QByteArray bytes
            = written([&](QTextStream& out) { JsonWriter::writeConnectors(out, all, pagination); }, toDevice);
        QCOMPARE(bytes, documentOf(all, pagination));
    }
}

void TestJsonWriter::pageByPageIsTheSameListing()
{
    TestServer ts(Dialect::PipesHub, 90);
    ListQuery query;
    query.setScope(ListQuery::Scope::Team);
    const QList<ConnectorInstance> all = ts.loadAll(query);
    QVERIFY(all.size() > 25);
    QByteArray whole;
    JsonWriter::appendConnectors(whole, all);
    QByteArray paged;
    for (qsizetype at = 0; at < all.size(); at += 25)
        JsonWriter::appendConnectors(paged, all.mid(at, 25));
    QCOMPARE(paged, whole);
    const Pagination pagination{2, 25, all.size(), true};
    const QByteArray listing = written([&](QTextStream& out) { JsonWriter::writeConnectors(out, paged, pagination); });
    QCOMPARE(listing, documentOf(all, pagination));
    QCOMPARE(JsonWriter::listHead() + paged + JsonWriter::listTail(pagination, true), listing);
    // The head says nothing of the pagination: it can be written before the first page comes.
    QVERIFY(!JsonWriter::listHead().contains("pagination"));
    QVERIFY(JsonWriter::listTail(pagination, true).contains("\"total\": " + QByteArray::number(all.size())));
}

void TestJsonWriter::anUnpairedSurrogateIsWrittenAsQJsonDocumentDoes()
{
    ConnectorInstance broken
        = instance(QStringLiteral("b1"), QStringLiteral("half ") + QChar(0xD83D) + QStringLiteral(" a rocket"));
    ConnectorInstance fine = instance(QStringLiteral("b2"), QStringLiteral("whole \U0001F680"));
    const QList<ConnectorInstance> both{fine, broken, fine};
    const Pagination pagination{1, 3, 3, false};
    QCOMPARE(written([&](QTextStream& out) { JsonWriter::writeConnectors(out, both, pagination); }),
             documentOf(both, pagination));
    ConnectorInstance brokenExtra = fine;
    brokenExtra.extra.insert(QStringLiteral("note"), QString(QChar(0xDC00)));
    QCOMPARE(written([&](QTextStream& out) { JsonWriter::writeConnectors(out, {brokenExtra}, pagination); }),
             documentOf({brokenExtra}, pagination));
}

void TestJsonWriter::singleInstanceDeletionAndTypes()
{
    const ConnectorInstance c = instance(QStringLiteral("c1"), QStringLiteral("One"));
    QCOMPARE(written([&](QTextStream& out) { JsonWriter::writeConnector(out, c); }),
             QJsonDocument(QJsonObject{{QStringLiteral("connector"), c.toJson()}}).toJson(QJsonDocument::Indented));

    DeletionAccepted accepted;
    accepted.connectorId = QStringLiteral("c1");
    accepted.message = QStringLiteral("Deletion started");
    accepted.status = JobStatus::Deleting;
    const QJsonObject deleted
        = QJsonDocument::fromJson(written([&](QTextStream& out) { JsonWriter::writeDeleted(out, accepted); })).object();
    QCOMPARE(deleted,
             (QJsonObject{{QStringLiteral("deleted"), QStringLiteral("c1")},
                          {QStringLiteral("message"), QStringLiteral("Deletion started")},
                          {QStringLiteral("status"), QStringLiteral("DELETING")}}));
    DeletionAccepted quiet;
    quiet.connectorId = QStringLiteral("c2");
    QVERIFY(!QJsonDocument::fromJson(written([&](QTextStream& out) { JsonWriter::writeDeleted(out, quiet); }))
                 .object()
                 .contains(QStringLiteral("status"))); // no status when the server gave none

    ConnectorType drive;
    drive.type = QStringLiteral("Drive");
    drive.displayName = QStringLiteral("Google Drive");
    drive.authTypes = QStringList{QStringLiteral("OAUTH")};
    const Pagination one{1, 20, 1, false};
    const QByteArray types = written([&](QTextStream& out) { JsonWriter::writeTypes(out, {drive}, one); });
    QCOMPARE(types,
             QJsonDocument(QJsonObject{{QStringLiteral("types"), QJsonArray{drive.toJson()}},
                                       {QStringLiteral("pagination"), one.toJson()}})
                 .toJson(QJsonDocument::Indented));
    const QByteArray none = written([&](QTextStream& out) {
        JsonWriter::writeTypes(out, {}, Pagination{1, 20, 0, false});
    });
    QCOMPARE(QJsonDocument::fromJson(none).object().value(QStringLiteral("types")).toArray().size(), 0);
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
