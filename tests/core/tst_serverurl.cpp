// The server URL a user types, normalised to the base every API path hangs from: a bare host gets
// /api/v1, a path is kept, anything that is not an http(s) URL of a host is refused with a reason.
#include "core/net/serverurl.h"

#include <QTest>

class TestServerUrl : public QObject
{
    Q_OBJECT

private slots:
    void normalize_data();
    void normalize();
    void refused_data();
    void refused();
    void plainHttpToRemote_data();
    void plainHttpToRemote();
};

void TestServerUrl::normalize_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");
    QTest::addRow("host only gets /api/v1") << "https://pipeshub.example.com"
                                            << "https://pipeshub.example.com/api/v1";
    QTest::addRow("a lone slash is no path") << "https://pipeshub.example.com/"
                                             << "https://pipeshub.example.com/api/v1";
    QTest::addRow("port kept") << "http://127.0.0.1:8088"
                               << "http://127.0.0.1:8088/api/v1";
    QTest::addRow("a path is kept as given") << "https://example.com/pipeshub/api/v2"
                                             << "https://example.com/pipeshub/api/v2";
    QTest::addRow("trailing slashes go") << "https://example.com/api/v1///"
                                         << "https://example.com/api/v1";
    QTest::addRow("spaces around go") << "  \thttps://example.com/base/ \n"
                                      << "https://example.com/base";
    QTest::addRow("scheme and host lowercased") << "HTTPS://PipesHub.Example.COM"
                                                << "https://pipeshub.example.com/api/v1";
    QTest::addRow("IPv6 loopback") << "http://[::1]:3000"
                                   << "http://[::1]:3000/api/v1";
}

void TestServerUrl::normalize()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    QString error = QStringLiteral("untouched");
    const auto url = serverurl::normalize(typed, &error);
    QVERIFY2(url, qPrintable(error));
    QCOMPARE(url->toString(), expected);
    QCOMPARE(error, QStringLiteral("untouched")); // no message on success
    // Normalising again changes nothing.
    QCOMPARE(serverurl::normalize(url->toString())->toString(), expected);
}

void TestServerUrl::refused_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("reason"); // a part of the message
    QTest::addRow("empty") << ""
                           << "No server URL given";
    QTest::addRow("blank") << "   "
                           << "No server URL given";
    QTest::addRow("no scheme") << "pipeshub.example.com"
                               << "is not a valid server URL";
    QTest::addRow("no host") << "https://"
                             << "is not a valid server URL";
    QTest::addRow("file URL") << "file:///etc/passwd"
                              << "is not a valid server URL";
    QTest::addRow("ftp") << "ftp://example.com"
                         << "must start with http:// or https://";
    QTest::addRow("javascript") << "javascript://example.com/alert(1)"
                                << "must start with http:// or https://";
    QTest::addRow("user and password") << "https://admin:secret@example.com"
                                       << "no user name or password";
    QTest::addRow("user only") << "https://admin@example.com"
                               << "no user name or password";
    QTest::addRow("query") << "https://example.com/api/v1?x=1"
                           << "query or fragment";
    QTest::addRow("fragment") << "https://example.com/#top"
                              << "query or fragment";
    QTest::addRow("space in host") << "https://exa mple.com"
                                   << "is not a valid server URL";
}

void TestServerUrl::refused()
{
    QFETCH(QString, typed);
    QFETCH(QString, reason);
    QString error;
    const auto url = serverurl::normalize(typed, &error);
    QVERIFY2(!url, qPrintable(url ? url->toString() : QString()));
    QVERIFY2(error.contains(reason), qPrintable(error));
    // Without a place for the message it is refused all the same.
    QVERIFY(!serverurl::normalize(typed));
}

void TestServerUrl::plainHttpToRemote_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("inClear");
    QTest::addRow("https remote") << "https://example.com/api/v1" << false;
    QTest::addRow("http remote") << "http://example.com/api/v1" << true;
    QTest::addRow("http LAN address") << "http://10.0.0.5/api/v1" << true;
    QTest::addRow("http localhost") << "http://localhost:3000/api/v1" << false;
    QTest::addRow("http 127.0.0.1") << "http://127.0.0.1:8088/api/v1" << false;
    QTest::addRow("http 127.1.2.3") << "http://127.1.2.3/api/v1" << false;
    QTest::addRow("http ::1") << "http://[::1]/api/v1" << false;
    QTest::addRow("http a name that looks local") << "http://localhost.example.com/api/v1" << true;
}

void TestServerUrl::plainHttpToRemote()
{
    QFETCH(QString, url);
    QFETCH(bool, inClear);
    QCOMPARE(serverurl::isPlainHttpToRemote(QUrl(url)), inClear);
}

QTEST_GUILESS_MAIN(TestServerUrl)
#include "tst_serverurl.moc"
