// Backoff, Retry-After and which calls may be retried at all.
#include "core/net/apierror.h"
#include "core/net/retrypolicy.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void neverReplaysAPost();
    void retriesOnlyTransientErrorsAndOnlySoOften();
    void backoffGrowsAndIsCapped();
    void retryAfterInSecondsAndAsADate();
};

void TestRetryPolicy::neverReplaysAPost()
{
    const RetryPolicy p;
    const ApiError unavailable = ApiError::fromHttp(503, {}, {});
    QVERIFY(!p.shouldRetry("POST", unavailable, 0));
    QVERIFY(p.shouldRetry("GET", unavailable, 0));
    QVERIFY(p.shouldRetry("PUT", unavailable, 0));
    QVERIFY(p.shouldRetry("DELETE", unavailable, 0));
}

void TestRetryPolicy::retriesOnlyTransientErrorsAndOnlySoOften()
{
    const RetryPolicy p; // 3 retries
    const ApiError unavailable = ApiError::fromHttp(503, {}, {});
    QVERIFY(p.shouldRetry("GET", unavailable, 2));
    QVERIFY(!p.shouldRetry("GET", unavailable, 3));
    QVERIFY(!p.shouldRetry("GET", ApiError::fromHttp(404, {}, {}), 0));
    QVERIFY(!p.shouldRetry("GET", ApiError::fromHttp(400, {}, {}), 0));
    QVERIFY(!RetryPolicy::none().shouldRetry("GET", unavailable, 0));
}

void TestRetryPolicy::backoffGrowsAndIsCapped()
{
    RetryPolicy p;
    p.jitter = 0;
    QCOMPARE(p.delayMs(0), 500);
    QCOMPARE(p.delayMs(1), 1000);
    QCOMPARE(p.delayMs(2), 2000);
    QCOMPARE(p.delayMs(10), 8000);
    p.jitter = 0.25;
    for (int i = 0; i < 50; ++i) {
        const int d = p.delayMs(1);
        QVERIFY2(d >= 750 && d <= 1250, qPrintable(QString::number(d)));
    }
    QCOMPARE(p.delayMs(0, 3000), 3000); // the server's word wins over our backoff
    QCOMPARE(p.delayMs(0, 10 * 60 * 1000), p.maxRetryAfterMs);
}

void TestRetryPolicy::retryAfterInSecondsAndAsADate()
{
    QCOMPARE(RetryPolicy::parseRetryAfter("2"), 2000);
    QCOMPARE(RetryPolicy::parseRetryAfter(" 0 "), 0);
    QCOMPARE(RetryPolicy::parseRetryAfter(""), -1);
    QCOMPARE(RetryPolicy::parseRetryAfter("-3"), -1);
    QCOMPARE(RetryPolicy::parseRetryAfter("soon"), -1);
    const QDateTime inTenSeconds = QDateTime::currentDateTimeUtc().addSecs(10);
    const QByteArray date
        = QLocale::c().toString(inTenSeconds, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
    const int ms = RetryPolicy::parseRetryAfter(date);
    QVERIFY2(ms > 7000 && ms <= 10000, qPrintable(QString::number(ms)));
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
