// The pieces every connectorctl table and CSV is made of: how wide text is on a terminal, how control
// characters are made visible, how long names are cut, how CSV fields are quoted, and that the JSON
// listing connectorctl writes itself is byte for byte what QJsonDocument would write.
#include "cli/output/outputformat.h"

#include "core/net/apierror.h"
#include "core/wire/pagination.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTextStream>

class TestOutputFormat : public QObject
{
    Q_OBJECT

private slots:
    void displayWidth_data();
    void displayWidth();
    void escapeControls_data();
    void escapeControls();
    void elide_data();
    void elide();
    void csvField_data();
    void csvField();
    void rangeText_data();
    void rangeText();
    void formatNames();
    void jsonListingIsQJsonDocumentsText_data();
    void jsonListingIsQJsonDocumentsText();
};

void TestOutputFormat::displayWidth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::newRow("ASCII takes one column per letter") << QStringLiteral("Drive") << 5;
    QTest::newRow("an empty text takes none") << QString() << 0;
    QTest::newRow("Latin with accents takes one per letter") << QStringLiteral("Zürich") << 6;
    QTest::newRow("a decomposed accent adds nothing") << QStringLiteral("Zu\u0308rich") << 6;
    QTest::newRow("CJK ideographs take two columns each") << QStringLiteral("漢字") << 4;
    QTest::newRow("Japanese kana take two columns each") << QStringLiteral("大阪オフィス") << 12;
    QTest::newRow("Hangul syllables take two columns each") << QStringLiteral("한국어") << 6;
    QTest::newRow("fullwidth Latin takes two columns") << QStringLiteral("ＡＢ") << 4;
    QTest::newRow("an emoji outside the BMP takes two columns") << QStringLiteral("\U0001F680") << 2;
    QTest::newRow("a zero-width joiner adds nothing") << QStringLiteral("a\u200Db") << 2;
    QTest::newRow("mixed scripts add up") << QStringLiteral("漢a字b") << 6;
}

void TestOutputFormat::displayWidth()
{
    QFETCH(QString, text);
    QFETCH(int, width);
    QCOMPARE(OutputFormat::displayWidth(text), width);
}

void TestOutputFormat::escapeControls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain text stays as it is") << QStringLiteral("Team Drive") << QStringLiteral("Team Drive");
    QTest::newRow("a newline becomes \\n") << QStringLiteral("one\ntwo") << QStringLiteral("one\\ntwo");
    QTest::newRow("a carriage return becomes \\r") << QStringLiteral("a\rb") << QStringLiteral("a\\rb");
    QTest::newRow("a tab becomes \\t") << QStringLiteral("a\tb") << QStringLiteral("a\\tb");
    QTest::newRow("an escape sequence cannot colour the terminal")
        << QStringLiteral("\x1b[31mred") << QStringLiteral("\\x1b[31mred");
    QTest::newRow("DEL is shown as a hex escape") << QStringLiteral("a\x7f") << QStringLiteral("a\\x7f");
    QTest::newRow("a C1 control is shown as a hex escape") << QStringLiteral("a\u0085b") << QStringLiteral("a\\x85b");
    QTest::newRow("a right-to-left override cannot reorder the line")
        << QStringLiteral("abc\u202Edef") << QStringLiteral("abc\\u{202e}def");
    QTest::newRow("a line separator is made visible") << QStringLiteral("a\u2028b") << QStringLiteral("a\\u{2028}b");
    QTest::newRow("CJK and emoji are no controls")
        << QStringLiteral("漢字\U0001F680") << QStringLiteral("漢字\U0001F680");
}

void TestOutputFormat::escapeControls()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(OutputFormat::escapeControls(text), escaped);
}

void TestOutputFormat::elide_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxWidth");
    QTest::addColumn<QString>("elided");
    QTest::newRow("a text that fits is kept whole") << QStringLiteral("Drive") << 5 << QStringLiteral("Drive");
    QTest::newRow("a longer text ends in an ellipsis") << QStringLiteral("Confluence") << 6 << QStringLiteral("Confl…");
    QTest::newRow("a wide character that would overflow is left out")
        << QStringLiteral("漢字漢字") << 6 << QStringLiteral("漢字…");
    QTest::newRow("an emoji is never cut in half")
        << QStringLiteral("\U0001F680\U0001F680\U0001F680") << 4 << QStringLiteral("\U0001F680…");
}

void TestOutputFormat::elide()
{
    QFETCH(QString, text);
    QFETCH(int, maxWidth);
    QFETCH(QString, elided);
    const QString result = OutputFormat::elide(text, maxWidth);
    QCOMPARE(result, elided);
    QVERIFY(OutputFormat::displayWidth(result) <= maxWidth);
}

void TestOutputFormat::csvField_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::newRow("a plain field is not quoted") << QStringLiteral("Drive") << QStringLiteral("Drive");
    QTest::newRow("an empty field stays empty") << QString() << QString();
    QTest::newRow("a comma makes it quoted") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("a quote is doubled inside quotes")
        << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("a newline makes it quoted") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("a carriage return makes it quoted") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::newRow("spaces alone need no quotes") << QStringLiteral(" a b ") << QStringLiteral(" a b ");
}

void TestOutputFormat::csvField()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QCOMPARE(OutputFormat::csvField(text), field);
}

void TestOutputFormat::rangeText_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("limit");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<bool>("hasMore");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("text");
    QTest::newRow("the third page of 137 by 20")
        << 3 << 20 << qint64(137) << true << 20 << QStringLiteral("41-60 of 137");
    QTest::newRow("the last, short page") << 7 << 20 << qint64(137) << false << 17 << QStringLiteral("121-137 of 137");
    QTest::newRow("an unknown total with more to come")
        << 2 << 10 << qint64(-1) << true << 10 << QStringLiteral("11-20 of more");
    QTest::newRow("an empty list") << 1 << 20 << qint64(0) << false << 0 << QStringLiteral("No connectors.");
    QTest::newRow("a page past the end") << 9 << 20 << qint64(137) << false << 0
                                         << QStringLiteral("Nothing on page 9: 137 connectors in all.");
}

void TestOutputFormat::rangeText()
{
    QFETCH(int, page);
    QFETCH(int, limit);
    QFETCH(qint64, total);
    QFETCH(bool, hasMore);
    QFETCH(int, rows);
    QFETCH(QString, text);
    QCOMPARE(OutputFormat::rangeText(Pagination{page, limit, total, hasMore}, rows), text);
}

void TestOutputFormat::formatNames()
{
    QCOMPARE(OutputFormat::fromName(QStringLiteral("json"))->kind(), OutputFormat::Kind::Json);
    QCOMPARE(OutputFormat::fromName(QStringLiteral("CSV"))->kind(), OutputFormat::Kind::Csv);
    QCOMPARE(OutputFormat::fromName(QStringLiteral("table"))->kind(), OutputFormat::Kind::Table);
    QVERIFY(!OutputFormat::fromName(QStringLiteral("xml")));
    QCOMPARE(OutputFormat().kind(), OutputFormat::Kind::Table);
}

void TestOutputFormat::jsonListingIsQJsonDocumentsText_data()
{
    QTest::addColumn<QByteArray>("answer");
    // Every kind of value an instance may carry in the fields we do not model, as servers send them.
    QTest::newRow("PipesHub instance with nested values") << QByteArray(R"({"connectors":[{"_key":"a","name":"Drive",
        "type":"Google Drive","createdAtTimestamp":1732600000123,"updatedAtTimestamp":1,"isAgentActive":true,
        "config":{"auth":{"scopes":["a","b"],"x":null},"sync":{"interval":15,"cron":"*/5 * * * *"},"filters":{}},
        "appCategories":["Storage","Knowledge"],"documentationLinks":[],"empty":{},"nested":[[],[[1]],{"k":[{}]}]}]})");
    QTest::newRow("numbers") << QByteArray(R"({"connectors":[{"connectorId":"n","int":42,"neg":-7,"zero":0,
        "float":1.5,"double":0.1,"exp":1e15,"big":12345678901234567890,"huge":1.5e300,"tiny":-2.5e-8,"whole":2.0,
        "max":9223372036854775807,"min":-9223372036854775808}]})");
    QTest::newRow("strings and escapes") << QByteArray(
        R"({"connectors":[{"connectorId":"s","instanceName":"q\"b\\s\/\t\n",
        "note":"\u0001\u001f\u007f é 東京 \ud83d\ude80","k\u00e9y":"v","lastSyncAt":"2024-02-29T23:59:59.999Z",
        "createdAt":"0999-01-01T00:00:00Z","updatedAt":"2024-11-26T10:00:00+02:00"}]})");
    QTest::newRow("booleans and nulls") << QByteArray(R"({"connectors":[{"connectorId":"b","isActive":"true",
        "scope":null,"flag":false,"none":null,"list":[true,false,null]}]})");
}

void TestOutputFormat::jsonListingIsQJsonDocumentsText()
{
    // connectorctl writes list output itself, for speed; the bytes must be QJsonDocument's.
    QFETCH(QByteArray, answer);
    ApiError error;
    const auto page = decode::connectorPage(QJsonDocument::fromJson(answer).object(), {}, &error);
    QVERIFY2(page, qPrintable(error.toString()));
    QByteArray written;
    {
        QBuffer buffer(&written);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QTextStream out(&buffer);
        OutputFormat(OutputFormat::Kind::Json).writeConnectors(out, page->connectors, page->pagination);
        out.flush();
    }
    QJsonArray connectors;
    for (const ConnectorInstance& c : page->connectors)
        connectors.append(c.toJson());
    const QByteArray expected = QJsonDocument(QJsonObject{{QStringLiteral("connectors"), connectors},
                                                          {QStringLiteral("pagination"), page->pagination.toJson()}})
                                    .toJson(QJsonDocument::Indented);
    QCOMPARE(QString::fromUtf8(written), QString::fromUtf8(expected));
}

QTEST_APPLESS_MAIN(TestOutputFormat)
#include "tst_outputformat.moc"
