// decode::connectorPageFromBody (straight from the bytes, simdjson) against the reference path,
// decode::connectorPage over QJsonDocument::fromJson, on the same bytes: real answers of both
// dialects, the dev server's own answers, and hostile ones. Both must give the same page, or errors
// of the same kind.

#include "core/net/apierror.h"
#include "core/wire/pagination.h"
#include "core/wire/pagination_p.h"
#include "devserver/connectorstore.h"
#include "devserver/dialect.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

struct Outcome
{
    std::optional<ConnectorPage> page;
    ApiError error;
};

// What ApiReply + decode::connectorPage made of a 2xx body before the streaming decoder.
Outcome reference(const QByteArray& body, const Pagination& requested, ConnectorInstance::Extra extra)
{
    Outcome out;
    QJsonObject root;
    if (!body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            out.error = ApiError::malformed(QStringLiteral("invalid"), 200);
            return out;
        }
        root = document.object();
        const QJsonValue success = root.value(QLatin1String("success"));
        if (success.isBool() && !success.toBool()) {
            out.error = ApiError::fromHttp(400, {}, body);
            out.error.httpStatus = 200;
            return out;
        }
    }
    out.page = decode::connectorPage(root, requested, &out.error, extra);
    return out;
}

// The reader as the client uses it, or made to take two passes whatever the size.
Outcome streamed(const QByteArray& body,
                 const Pagination& requested,
                 ConnectorInstance::Extra extra,
                 bool forceTwoPasses = false)
{
    Outcome out;
    out.page = forceTwoPasses ? decode::connectorPageFromBody(body, 200, requested, &out.error, extra, 0)
                              : decode::connectorPageFromBody(body, 200, requested, &out.error, extra);
    return out;
}

// Enough text for an answer to be read in two passes.
QByteArray largePadding()
{
    return QByteArray(1100 * 1024, 'a');
}

QByteArray devServerAnswer(devserver::Dialect dialect, int count, bool nested)
{
    devserver::ConnectorStore store(7);
    store.reseed(count);
    QJsonArray connectors;
    for (const devserver::ConnectorRecord& record : store.records())
        connectors.append(devserver::dialect::instance(dialect, record, store.findType(record.type), false));
    devserver::PageInfo info;
    info.page = 2;
    info.limit = count;
    info.total = qsizetype(count) * 3;
    const QJsonValue pagination = devserver::dialect::pagination(dialect, info);
    QJsonObject root{{QStringLiteral("success"), true}};
    if (nested)
        root.insert(
            QStringLiteral("connectors"),
            QJsonObject{{QStringLiteral("connectors"), connectors}, {QStringLiteral("pagination"), pagination}});
    else {
        root.insert(QStringLiteral("connectors"), connectors);
        root.insert(QStringLiteral("pagination"), pagination);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace

class TestPageBodyDecoder : public QObject
{
    Q_OBJECT

private slots:
    void sameAsTheDocumentPath_data();
    void sameAsTheDocumentPath();
    void errorsSayWhatIsWrong_data();
    void errorsSayWhatIsWrong();
    void readsBodiesWithoutSlackAndFromRawData();
    void skippedFieldsAreNotKept();
    void skippedFieldsAreCheckedForStructureOnly();
};

void TestPageBodyDecoder::sameAsTheDocumentPath_data()
{
    QTest::addColumn<QByteArray>("body");
    for (const char* sample : {"real-list.json", "real-active.json", "real-configured-nested.json"})
        QTest::newRow(sample) << TestServer::readSample(QString::fromLatin1(sample));
    QTest::newRow("dev server, pipeshub, 200") << devServerAnswer(devserver::Dialect::PipesHub, 200, false);
    QTest::newRow("dev server, published, 200") << devServerAnswer(devserver::Dialect::Published, 200, false);
    QTest::newRow("dev server, pipeshub, nested") << devServerAnswer(devserver::Dialect::PipesHub, 30, true);
    QTest::newRow("dev server, published, nested") << devServerAnswer(devserver::Dialect::Published, 30, true);

    // Every field null, of the wrong type, duplicated, escaped; ids as numbers; odd timestamps.
    QTest::newRow("nulls") << QByteArray(R"({"connectors":[{"_key":"a","name":null,"type":null,"isActive":null,
        "createdAtTimestamp":null,"scope":null,"extraNull":null}],"pagination":null})");
    QTest::newRow("wrong types") << QByteArray(R"({"connectors":[{"connectorId":12345,"instanceName":["x"],
        "connectorType":{"a":1},"isActive":"true","isConfigured":1,"isAuthenticated":"no","agentEnabled":0,
        "isLocked":[],"createdAt":1732600000000,"updatedAt":"1732600000123","lastSyncAt":"2024-11-26T10:00:00+02:00",
        "scope":true,"authType":3.5,"status":false}],"pagination":{"page":"2","limit":20.0,"total":"41","hasMore":"false"}})");
    QTest::newRow("aliases: published names win") << QByteArray(R"({"connectors":[{"id":"c","_key":"b",
        "connectorId":"a","name":"n2","instanceName":"n1","type":"t2","connectorType":"t1","isAgentActive":true,
        "agentEnabled":false,"createdAtTimestamp":1,"createdAt":"2024-01-01T00:00:00Z"}]})");
    QTest::newRow("aliases: null falls through") << QByteArray(R"({"connectors":[{"connectorId":null,"_key":"b",
        "instanceName":null,"name":"fallback"}]})");
    QTest::newRow("duplicate keys: the last counts")
        << QByteArray(R"({"connectors":[{"_key":"a","name":"first","name":"second","x":1,"x":[2]}],
            "connectors":[{"_key":"b","name":"winner"}]})");
    QTest::newRow("escapes, scripts, emoji") << QByteArray(
        R"({"connectors":[{"_key":"e\u00e9\"\\\/\b\f\n\r\t","name":"\u05e9\u05dc\u05d5\u05dd, \"quoted\"\n)"
        R"(\ud83d\ude80 Дом 東京 مرحبا","type":"Slack","k\u00e9y":"v"}]})");
    QTest::newRow("rows without ids and rows that are not objects")
        << QByteArray(R"({"connectors":[{"name":"no id"},null,3,"s",[],{"_key":"ok"},{"_key":""}]})");
    QTest::newRow("numbers") << QByteArray(R"({"connectors":[{"_key":"n","big":18446744073709551616,
        "neg":-9223372036854775808,"frac":1.5e300,"small":-0.0,"int":42}]})");
    QTest::newRow("nested unknown values")
        << QByteArray(R"({"connectors":[{"_key":"n","config":{"auth":{"a":[1,{"b":null}]},)"
                      R"("filters":{}},"documentationLinks":[]}]})");
    QTest::newRow("pagination, PipesHub names") << QByteArray(
        R"({"connectors":[{"_key":"a"}],"pagination":{"page":3,"limit":1,"totalCount":7,"totalPages":7,"hasNext":true}})");
    QTest::newRow("nested list, root pagination only")
        << QByteArray(R"({"pagination":{"page":1,"limit":5,"total":2},"connectors":{"connectors":[{"_key":"a"}]}})");
    QTest::newRow("nested list, both paginations") << QByteArray(
        R"({"pagination":{"total":99},"connectors":{"pagination":{"total":1},"connectors":[{"_key":"a"}]}})");
    QTest::newRow("empty list") << QByteArray(R"({"success":true,"connectors":[]})");
    // Found by the fuzzer: a deep value where the reader converts values itself (a root field, a
    // known field of the wrong type, a list item that is not an object) ran out of stack.
    const QByteArray deep = QByteArray(1000, '[') + QByteArray(1000, ']');
    QTest::newRow("deep value at the root")
        << QByteArray("{\"x\":" + deep + ",\"connectors\":[{\"_key\":\"a\",\"name\":" + deep + "}," + deep + "]}");
    QTest::newRow("whitespace around") << QByteArray(" \r\n\t{\"connectors\":[{\"_key\":\"a\"}]}\n\n ");

    // From 1 MB on the reader takes two passes (the instances are built after the first); the same
    // answers, large.
    QTest::newRow("two passes: dev server, pipeshub, 2000")
        << devServerAnswer(devserver::Dialect::PipesHub, 2000, false);
    QTest::newRow("two passes: dev server, published, 3000, nested")
        << devServerAnswer(devserver::Dialect::Published, 3000, true);
    QTest::newRow("two passes: hostile rows") << QByteArray(
        R"({"pad":")" + largePadding()
        + R"(","connectors":[{"name":"no id"},null,3,{"_key":"e\u00e9\"",)"
          R"("name":"n\n1","type":"T","createdBy":"u\u0031","x":{"y":[1,2]},"name":"n2"},[],{"_key":"ok",)"
          R"("isActive":"true","createdAtTimestamp":"1732600000000","createdBy":"u1"}],"success":true})");
}

void TestPageBodyDecoder::sameAsTheDocumentPath()
{
    QFETCH(QByteArray, body);
    const Pagination requested{2, 20, -1, false};
    for (const auto& [extra, twoPasses] : {std::pair{ConnectorInstance::Extra::Keep, false},
                                           std::pair{ConnectorInstance::Extra::Skip, false},
                                           std::pair{ConnectorInstance::Extra::Keep, true},
                                           std::pair{ConnectorInstance::Extra::Skip, true}}) {
        const Outcome expected = reference(body, requested, extra);
        const Outcome actual = streamed(body, requested, extra, twoPasses);
        QVERIFY2(expected.page.has_value() == actual.page.has_value(),
                 qPrintable(QStringLiteral("reference: %1 / streamed: %2")
                                .arg(expected.error.toString(), actual.error.toString())));
        if (!expected.page) {
            QCOMPARE(actual.error.kind, expected.error.kind);
            continue;
        }
        QCOMPARE(actual.page->rowsWithoutId, expected.page->rowsWithoutId);
        QCOMPARE(actual.page->pagination, expected.page->pagination);
        QCOMPARE(actual.page->connectors.size(), expected.page->connectors.size());
        for (qsizetype i = 0; i < expected.page->connectors.size(); ++i) {
            const ConnectorInstance& want = expected.page->connectors.at(i);
            const ConnectorInstance& got = actual.page->connectors.at(i);
            QVERIFY2(
                got == want,
                qPrintable(QStringLiteral("instance %1:\nreference %2\nstreamed  %3")
                               .arg(i)
                               .arg(QString::fromUtf8(QJsonDocument(want.toJson()).toJson(QJsonDocument::Compact)),
                                    QString::fromUtf8(QJsonDocument(got.toJson()).toJson(QJsonDocument::Compact)))));
        }
    }
}

void TestPageBodyDecoder::errorsSayWhatIsWrong_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("no list of connectors");
    QTest::newRow("blank") << QByteArray(" \n") << QStringLiteral("no list of connectors");
    QTest::newRow("truncated") << QByteArray(R"({"connectors":[{"_key":"a","name":"b"},{"_key":"c","na)")
                               << QStringLiteral("not valid JSON");
    QTest::newRow("truncated after the list")
        << QByteArray(R"({"connectors":[{"_key":"a"}],"pagination":{"page":1)") << QStringLiteral("not valid JSON");
    QTest::newRow("garbage after the object")
        << QByteArray(R"({"connectors":[]} {"more":1})") << QStringLiteral("not valid JSON");
    QTest::newRow("HTML") << QByteArray("<html><body>502 Bad Gateway</body></html>")
                          << QStringLiteral("not valid JSON");
    QTest::newRow("an array") << QByteArray("[1,2]") << QStringLiteral("JSON but not an object");
    // Qt 6.4's QJsonDocument takes only an object or an array at the top; the reader says the same.
    QTest::newRow("a string") << QByteArray("\"connectors\"") << QStringLiteral("not valid JSON");
    QTest::newRow("deep") << QByteArray(QByteArray(5000, '[') + QByteArray(5000, ']'))
                          << QStringLiteral("not valid JSON");
    QTest::newRow("deep inside") << QByteArray("{\"connectors\":[{\"_key\":\"a\",\"x\":" + QByteArray(3000, '[')
                                               + QByteArray(3000, ']') + "}]}")
                                 << QStringLiteral("not valid JSON");
    QTest::newRow("invalid UTF-8") << QByteArray("{\"connectors\":[{\"_key\":\"\xff\xfe\"}]}")
                                   << QStringLiteral("not valid JSON");
    QTest::newRow("bad value in a kept field")
        << QByteArray(R"({"connectors":[{"_key":"a","name":tru}]})") << QStringLiteral("not valid JSON");
    QTest::newRow("connectors null") << QByteArray(R"({"connectors":null})") << QStringLiteral("wrong type");
    QTest::newRow("connectors a string") << QByteArray(R"({"connectors":"[]"})") << QStringLiteral("wrong type");
    QTest::newRow("connectors an object without a list")
        << QByteArray(R"({"connectors":{"items":[]}})") << QStringLiteral("wrong type");
    QTest::newRow("no connectors") << QByteArray(R"({"success":true,"data":[]})")
                                   << QStringLiteral("no list of connectors");
    QTest::newRow("only rows without ids")
        << QByteArray(R"({"connectors":[{"name":"x"},{"id":null}]})") << QStringLiteral("without ids");
    QTest::newRow("success false") << QByteArray(R"({"success":false,"message":"Workspace is suspended"})")
                                   << QStringLiteral("Workspace is suspended");
    // The same, large enough for two passes: what the first pass steps over, the second still checks.
    QTest::newRow("two passes: truncated")
        << devServerAnswer(devserver::Dialect::PipesHub, 2000, false).chopped(300) << QStringLiteral("not valid JSON");
    QTest::newRow("two passes: bad value in an instance") << QByteArray(
        R"({"pad":")" + largePadding() + R"(","connectors":[{"_key":"a"},{"_key":"b","name":nul},{"_key":"c"}]})")
                                                          << QStringLiteral("not valid JSON");
    QTest::newRow("two passes: success false after the list") << QByteArray(
        R"({"pad":")" + largePadding() + R"(","connectors":[{"_key":"a"}],"success":false,"message":"No."})")
                                                              << QStringLiteral("No.");
}

void TestPageBodyDecoder::errorsSayWhatIsWrong()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    for (const bool twoPasses : {false, true}) {
        const Outcome outcome = streamed(body, {}, ConnectorInstance::Extra::Keep, twoPasses);
        QVERIFY(!outcome.page);
        QVERIFY2(outcome.error.message.contains(message), qPrintable(outcome.error.message));
    }
    // The reference path agrees that this is an error (a body rejected here is never data there).
    QVERIFY(!reference(body, {}, ConnectorInstance::Extra::Keep).page);
}

void TestPageBodyDecoder::readsBodiesWithoutSlackAndFromRawData()
{
    // ApiReply leaves room past the end for the reader; any other QByteArray works too (copied once).
    const QByteArray body = devServerAnswer(devserver::Dialect::PipesHub, 20, false);
    QByteArray exact(body.constData(), body.size());
    exact.squeeze();
    QByteArray slack;
    slack.reserve(body.size() + 64);
    slack.append(body);
    QVERIFY(slack.capacity() >= body.size() + 64);
    const QByteArray raw = QByteArray::fromRawData(body.constData(), body.size());
    const QByteArray* bodies[] = {&exact, &slack, &raw};
    for (const QByteArray* b : bodies) {
        ApiError error;
        const auto page = decode::connectorPageFromBody(*b, 200, {}, &error);
        QVERIFY2(page, qPrintable(error.toString()));
        QCOMPARE(page->connectors.size(), 20);
        QCOMPARE(page->connectors, reference(body, {}, ConnectorInstance::Extra::Keep).page->connectors);
    }
}

void TestPageBodyDecoder::skippedFieldsAreNotKept()
{
    const QByteArray body = R"({"connectors":[{"_key":"a","name":"A","config":{"x":1},"appCategories":["c"]}]})";
    ApiError error;
    const auto kept = decode::connectorPageFromBody(body, 200, {}, &error, ConnectorInstance::Extra::Keep);
    QVERIFY(kept);
    QCOMPARE(
        kept->connectors.constFirst().extra.value(QLatin1String("config")).toObject().value(QLatin1String("x")).toInt(),
        1);
    QCOMPARE(kept->connectors.constFirst().extra.value(QLatin1String("appCategories")).toArray().size(), 1);
    const auto skipped = decode::connectorPageFromBody(body, 200, {}, &error, ConnectorInstance::Extra::Skip);
    QVERIFY(skipped);
    QVERIFY(skipped->connectors.constFirst().extra.isEmpty());
    QCOMPARE(skipped->connectors.constFirst().name, QStringLiteral("A"));
}

void TestPageBodyDecoder::skippedFieldsAreCheckedForStructureOnly()
{
    // A field the console does not show is stepped over: its brackets and strings are checked, its
    // tokens are not. The table loads; connectorctl, which keeps the field, says the answer is broken.
    const QByteArray body = R"({"connectors":[{"_key":"a","name":"A","config":[1,,2]}]})";
    ApiError error;
    const auto skipped = decode::connectorPageFromBody(body, 200, {}, &error, ConnectorInstance::Extra::Skip);
    QVERIFY2(skipped, qPrintable(error.toString()));
    QCOMPARE(skipped->connectors.constFirst().name, QStringLiteral("A"));
    QVERIFY(!decode::connectorPageFromBody(body, 200, {}, &error, ConnectorInstance::Extra::Keep));
    QVERIFY2(error.message.contains(QLatin1String("not valid JSON")), qPrintable(error.message));
    // A broken structure is refused either way.
    const QByteArray unbalanced = R"({"connectors":[{"_key":"a","config":[1,2}]})";
    QVERIFY(!decode::connectorPageFromBody(unbalanced, 200, {}, &error, ConnectorInstance::Extra::Skip));
    QVERIFY(!decode::connectorPageFromBody(unbalanced, 200, {}, &error, ConnectorInstance::Extra::Keep));
}

QTEST_GUILESS_MAIN(TestPageBodyDecoder)
#include "tst_pagebodydecoder.moc"
