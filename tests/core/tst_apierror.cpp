// One message out of the three error shapes of docs/API.md (and of what proxies send instead).
#include "core/net/apierror.h"

#include <QFile>
#include <QTest>

namespace {

QByteArray sample(const char* name)
{
    QFile file(QStringLiteral(CONNECTOR_SAMPLES_DIR "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing sample %s", name);
    return file.readAll();
}

} // namespace

class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void extractsTheServersMessage_data();
    void extractsTheServersMessage();
    void mapsStatusesToKinds_data();
    void mapsStatusesToKinds();
    void transientErrorsAreTheRetryableOnes();
    void longMessagesAreBounded();
};

void TestApiError::extractsTheServersMessage_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");

    QTest::addRow("FastAPI detail string (404)")
        << 404 << QByteArray("Not Found") << sample("error-fastapi-404.json")
        << QStringLiteral("Connector instance nope not found or access denied");
    QTest::addRow("FastAPI validation list (422) names the field")
        << 422 << QByteArray("Unprocessable Entity") << sample("error-fastapi-422.json")
        << QStringLiteral("limit: Input should be less than or equal to 200");
    QTest::addRow("gateway error object (401)")
        << 401 << QByteArray("Unauthorized") << sample("error-gateway-401.json") << QStringLiteral("Invalid token");
    QTest::addRow("deletion already running (409)")
        << 409 << QByteArray("Conflict") << sample("error-delete-409-in-progress.json")
        << QStringLiteral("Connector deletion is already in progress");
    QTest::addRow("plain message") << 400 << QByteArray("Bad Request")
                                   << QByteArray(R"({"success":false,"message":"Duplicate name"})")
                                   << QStringLiteral("Duplicate name");
    QTest::addRow("HTML page from a proxy falls back to the status line")
        << 502 << QByteArray("Bad Gateway") << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>")
        << QStringLiteral("The server answered HTTP 502 Bad Gateway");
    QTest::addRow("empty body") << 503 << QByteArray("Service Unavailable") << QByteArray()
                                << QStringLiteral("The server answered HTTP 503 Service Unavailable");
    QTest::addRow("empty body and no reason")
        << 500 << QByteArray() << QByteArray() << QStringLiteral("The server answered HTTP 500");
    QTest::addRow("detail of the wrong type") << 400 << QByteArray("Bad Request") << QByteArray(R"({"detail": 17})")
                                              << QStringLiteral("The server answered HTTP 400 Bad Request");
    QTest::addRow("truncated JSON") << 500 << QByteArray("Internal Server Error") << QByteArray(R"({"detail": "bo)")
                                    << QStringLiteral("The server answered HTTP 500 Internal Server Error");
    QTest::addRow("newlines in a message are folded")
        << 409 << QByteArray("Conflict") << QByteArray(R"({"detail":"In use by agents:\nSupport Bot,\n  Sales Bot"})")
        << QStringLiteral("In use by agents: Support Bot, Sales Bot");
}

void TestApiError::extractsTheServersMessage()
{
    QFETCH(int, status);
    QFETCH(QByteArray, reason);
    QFETCH(QByteArray, body);
    const ApiError error = ApiError::fromHttp(status, reason, body);
    QTEST(error.message, "message");
    QCOMPARE(error.httpStatus, status);
    QVERIFY(error.toString().contains(QString::number(status)));
}

void TestApiError::mapsStatusesToKinds_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addRow("400") << 400 << ApiError::Kind::Rejected;
    QTest::addRow("401") << 401 << ApiError::Kind::Unauthorized;
    QTest::addRow("403") << 403 << ApiError::Kind::Unauthorized;
    QTest::addRow("404") << 404 << ApiError::Kind::NotFound;
    QTest::addRow("409") << 409 << ApiError::Kind::Conflict;
    QTest::addRow("422") << 422 << ApiError::Kind::Rejected;
    QTest::addRow("429") << 429 << ApiError::Kind::RateLimited;
    QTest::addRow("500") << 500 << ApiError::Kind::Server;
    QTest::addRow("504") << 504 << ApiError::Kind::Server;
}

void TestApiError::mapsStatusesToKinds()
{
    QFETCH(int, status);
    QTEST(ApiError::fromHttp(status, {}, {}).kind, "kind");
}

void TestApiError::transientErrorsAreTheRetryableOnes()
{
    for (int status : {429, 500, 502, 503, 504})
        QVERIFY2(ApiError::fromHttp(status, {}, {}).isTransient(), qPrintable(QString::number(status)));
    for (int status : {400, 401, 403, 404, 409, 422, 501})
        QVERIFY2(!ApiError::fromHttp(status, {}, {}).isTransient(), qPrintable(QString::number(status)));
    QVERIFY((ApiError{ApiError::Kind::Network, 0, {}, {}}.isTransient()));
    QVERIFY((ApiError{ApiError::Kind::Timeout, 0, {}, {}}.isTransient()));
    QVERIFY(!(ApiError{ApiError::Kind::Tls, 0, {}, {}}.isTransient()));
    QVERIFY(!(ApiError{ApiError::Kind::Malformed, 200, {}, {}}.isTransient()));
}

void TestApiError::longMessagesAreBounded()
{
    const QByteArray body = R"({"detail":")" + QByteArray(100000, 'x') + R"("})";
    const ApiError error = ApiError::fromHttp(400, {}, body);
    QVERIFY(error.message.size() <= 500);
    QVERIFY(error.message.startsWith(QLatin1String("xxxx")));
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
