// 1,000 list requests through the real client and server. Under the sanitizer build (CI's second
// build directory) LeakSanitizer checks that none of them leaves anything behind; here we check
// that every one finished once and that the client holds no reply afterwards.
#include "testserver.h"

#include "core/net/apiclient.h"
#include "core/wire/pagination.h"

#include <QTest>

class TestRequestSoak : public QObject
{
    Q_OBJECT

private slots:
    void thousandListRequestsLeaveNothingBehind();
};

void TestRequestSoak::thousandListRequestsLeaveNothingBehind()
{
    TestServer ts(devserver::Dialect::PipesHub, 50);
    constexpr int total = 1000;
    int finished = 0;
    int decoded = 0;
    int inFlight = 0;
    int sent = 0;
    auto sendOne = [&](auto& self) -> void {
        ++sent;
        ++inFlight;
        ApiReply* reply = ts.client->listConnectors({QStringLiteral("team"), 1 + sent % 3, 20, {}});
        QObject::connect(reply, &ApiReply::finished, reply, [&, reply] {
            ++finished;
            --inFlight;
            decoded += reply->hasError() ? 0 : bool(decode::connectorPage(reply->json(), {}, nullptr));
            if (sent < total)
                self(self);
        });
    };
    for (int i = 0; i < 6; ++i) // as many in flight as QNetworkAccessManager runs per host
        sendOne(sendOne);
    QTRY_COMPARE_WITH_TIMEOUT(finished, total, 120000);
    QCOMPARE(decoded, total);
    QCOMPARE(inFlight, 0);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCOMPARE(ts.client->findChildren<ApiReply*>().size(), 0);
}

QTEST_GUILESS_MAIN(TestRequestSoak)
#include "tst_requestsoak.moc"
