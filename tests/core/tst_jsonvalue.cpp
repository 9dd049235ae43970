// The tolerant readers of server JSON: every value of a wrong type or out of range reads as absent,
// never as a wrong value.
#include "core/wire/jsonvalue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

namespace {

// One JSON value from its text, e.g. "42", "\"x\"", "null".
QJsonValue v(const char* text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text + "]");
    Q_ASSERT(doc.isArray());
    return doc.array().at(0);
}

const QDateTime may1 = QDateTime(QDate(2024, 5, 1), QTime(12, 34, 56, 789), Qt::UTC);

} // namespace

using OptString = std::optional<QString>;
using OptBool = std::optional<bool>;
using OptInt = std::optional<qint64>;
using OptTime = std::optional<QDateTime>;
Q_DECLARE_METATYPE(OptString)
Q_DECLARE_METATYPE(OptBool)
Q_DECLARE_METATYPE(OptInt)
Q_DECLARE_METATYPE(OptTime)

class TestJsonValue : public QObject
{
    Q_OBJECT

private slots:
    void toString_data();
    void toString();
    void toBool_data();
    void toBool();
    void toInteger_data();
    void toInteger();
    void toDateTime_data();
    void toDateTime();
    void firstOf();
    void toStringList_data();
    void toStringList();
    void isoUtc();
};

void TestJsonValue::toString_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<OptString>("expected");
    QTest::addRow("string") << v("\"abc\"") << OptString("abc");
    QTest::addRow("empty string") << v("\"\"") << OptString("");
    QTest::addRow("integral number: an id") << v("42") << OptString("42");
    QTest::addRow("negative") << v("-7") << OptString("-7");
    QTest::addRow("fraction") << v("4.5") << OptString();
    QTest::addRow("beyond 2^53") << v("1e17") << OptString();
    QTest::addRow("bool") << v("true") << OptString();
    QTest::addRow("null") << v("null") << OptString();
    QTest::addRow("array") << v("[\"a\"]") << OptString();
    QTest::addRow("object") << v("{}") << OptString();
}

void TestJsonValue::toString()
{
    QFETCH(QJsonValue, value);
    QFETCH(OptString, expected);
    QCOMPARE(json::toString(value), expected);
}

void TestJsonValue::toBool_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<OptBool>("expected");
    QTest::addRow("true") << v("true") << OptBool(true);
    QTest::addRow("false") << v("false") << OptBool(false);
    QTest::addRow("1") << v("1") << OptBool(true);
    QTest::addRow("0") << v("0") << OptBool(false);
    QTest::addRow("2") << v("2") << OptBool();
    QTest::addRow("0.5") << v("0.5") << OptBool();
    QTest::addRow("\"true\"") << v("\"true\"") << OptBool(true);
    QTest::addRow("\" FALSE \"") << v("\" FALSE \"") << OptBool(false);
    QTest::addRow("\"yes\"") << v("\"yes\"") << OptBool();
    QTest::addRow("\"1\"") << v("\"1\"") << OptBool();
    QTest::addRow("null") << v("null") << OptBool();
    QTest::addRow("object") << v("{\"a\":true}") << OptBool();
}

void TestJsonValue::toBool()
{
    QFETCH(QJsonValue, value);
    QFETCH(OptBool, expected);
    QCOMPARE(json::toBool(value), expected);
}

void TestJsonValue::toInteger_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<OptInt>("expected");
    QTest::addRow("number") << v("12") << OptInt(12);
    QTest::addRow("negative") << v("-5") << OptInt(-5);
    QTest::addRow("1.0 is whole") << v("1.0") << OptInt(1);
    QTest::addRow("fraction") << v("1.5") << OptInt();
    QTest::addRow("2^53 exactly") << v("9007199254740992") << OptInt(9007199254740992LL);
    QTest::addRow("past 2^53") << v("9007199254740994") << OptInt();
    QTest::addRow("digit string") << v("\" 34 \"") << OptInt(34);
    QTest::addRow("negative digit string") << v("\"-34\"") << OptInt(-34);
    QTest::addRow("digits then letters") << v("\"12a\"") << OptInt();
    QTest::addRow("decimal string") << v("\"1.5\"") << OptInt();
    QTest::addRow("empty string") << v("\"\"") << OptInt();
    QTest::addRow("bool") << v("true") << OptInt();
    QTest::addRow("null") << v("null") << OptInt();
}

void TestJsonValue::toInteger()
{
    QFETCH(QJsonValue, value);
    QFETCH(OptInt, expected);
    QCOMPARE(json::toInteger(value), expected);
}

void TestJsonValue::toDateTime_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<OptTime>("expected");
    const QDateTime whole = may1.addMSecs(-789);
    QTest::addRow("ISO with ms, Z") << v("\"2024-05-01T12:34:56.789Z\"") << OptTime(may1);
    QTest::addRow("ISO without ms, Z") << v("\"2024-05-01T12:34:56Z\"") << OptTime(whole);
    QTest::addRow("ISO with an offset") << v("\"2024-05-01T14:34:56.789+02:00\"") << OptTime(may1);
    QTest::addRow("ISO without offset is UTC") << v("\"2024-05-01T12:34:56.789\"") << OptTime(may1);
    QTest::addRow("epoch ms number") << v("1714566896789") << OptTime(may1);
    QTest::addRow("epoch ms digits") << v("\"1714566896789\"") << OptTime(may1);
    QTest::addRow("leap day") << v("\"2024-02-29T00:00:00Z\"")
                              << OptTime(QDateTime(QDate(2024, 2, 29), QTime(0, 0), Qt::UTC));
    QTest::addRow("February 30th") << v("\"2024-02-30T00:00:00Z\"") << OptTime();
    QTest::addRow("Feb 29th of a common year") << v("\"2023-02-29T00:00:00Z\"") << OptTime();
    // ISO 8601's end of a day is the next one's start.
    QTest::addRow("24:00 is the next midnight")
        << v("\"2024-05-01T24:00:00Z\"") << OptTime(QDateTime(QDate(2024, 5, 2), QTime(0, 0), Qt::UTC));
    QTest::addRow("hour 25") << v("\"2024-05-01T25:00:00Z\"") << OptTime();
    QTest::addRow("negative epoch") << v("-1") << OptTime();
    QTest::addRow("past year 9999") << v("253402300800000") << OptTime();
    QTest::addRow("text") << v("\"yesterday\"") << OptTime();
    QTest::addRow("bool") << v("true") << OptTime();
    QTest::addRow("null") << v("null") << OptTime();
}

void TestJsonValue::toDateTime()
{
    QFETCH(QJsonValue, value);
    QFETCH(OptTime, expected);
    const OptTime got = json::toDateTime(value);
    QCOMPARE(got.has_value(), expected.has_value());
    if (!expected)
        return;
    QCOMPARE(got->toMSecsSinceEpoch(), expected->toMSecsSinceEpoch());
    QCOMPARE(got->timeSpec(), Qt::UTC);
    // The text overload reads strings alike.
    if (value.isString())
        QCOMPARE(json::toDateTime(value.toString())->toMSecsSinceEpoch(), expected->toMSecsSinceEpoch());
}

void TestJsonValue::firstOf()
{
    const QJsonObject o = QJsonDocument::fromJson(R"({"_key": null, "id": "x1", "key": "x2"})").object();
    QCOMPARE(json::firstOf(o, {QLatin1String("_key"), QLatin1String("id"), QLatin1String("key")}).toString(),
             QStringLiteral("x1")); // null counts as absent
    QCOMPARE(json::firstOf(o, {QLatin1String("key"), QLatin1String("id")}).toString(), QStringLiteral("x2"));
    QVERIFY(json::firstOf(o, {QLatin1String("missing"), QLatin1String("_key")}).isUndefined());
    QVERIFY(json::firstOf(QJsonObject(), {QLatin1String("id")}).isUndefined());
}

void TestJsonValue::toStringList_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("strings") << v("[\"a\",\"b\"]") << QStringList{"a", "b"};
    QTest::addRow("others skipped") << v("[\"a\",1,null,{},\"b\",true]") << QStringList{"a", "b"};
    QTest::addRow("empty array") << v("[]") << QStringList();
    QTest::addRow("a string is no list") << v("\"a\"") << QStringList();
    QTest::addRow("null") << v("null") << QStringList();
}

void TestJsonValue::toStringList()
{
    QFETCH(QJsonValue, value);
    QFETCH(QStringList, expected);
    QCOMPARE(json::toStringList(value), expected);
}

void TestJsonValue::isoUtc()
{
    QCOMPARE(json::isoUtc(may1), QStringLiteral("2024-05-01T12:34:56.789Z"));
    QCOMPARE(json::isoUtc(QDateTime(QDate(2024, 5, 1), QTime(14, 34, 56, 789), QTimeZone(7200))),
             QStringLiteral("2024-05-01T12:34:56.789Z"));
    QCOMPARE(json::isoUtc(QDateTime()), QString());
    // What it writes, toDateTime reads back.
    QCOMPARE(*json::toDateTime(json::isoUtc(may1)), may1);
}

QTEST_GUILESS_MAIN(TestJsonValue)
#include "tst_jsonvalue.moc"
