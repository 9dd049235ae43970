// The details pane against the dev server: the row at once, then every field of GET /connectors/{id},
// nested values as a tree, copyable values (times as ISO-8601), the server's message on failure.
#include "apptestutil.h"

#include "app/details/detailspane.h"

#include <QClipboard>
#include <QJsonObject>

#include <QGuiApplication>
#include <QToolButton>
#include <QTreeWidget>
#include <functional>

using namespace apptest;
using devserver::Fault;

class TestDetailsPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheRowThenTheServersAnswer_data();
    void showsTheRowThenTheServersAnswer();
    void onlyTheLatestSelectionIsShown();
    void copiesIdsAndTimesAsText();
    void failedGetShowsTheServersMessageAndKeepsTheRow();
    void clearShowsThePlaceholder();

private:
    static ConnectorInstance firstInstance(TestServer& ts);
};

void TestDetailsPane::initTestCase()
{
    isolateSettings();
}

ConnectorInstance TestDetailsPane::firstInstance(TestServer& ts)
{
    const QString id = ts.server.store().ids().constFirst();
    ConnectorInstance c;
    c.id = id;
    c.name = ts.server.store().instance(id).value(QStringLiteral("name")).toString();
    return c;
}

void TestDetailsPane::showsTheRowThenTheServersAnswer_data()
{
    QTest::addColumn<devserver::Dialect>("dialect");
    QTest::newRow("the real server's dialect") << devserver::Dialect::PipesHub;
    QTest::newRow("the published dialect") << devserver::Dialect::Published;
}

void TestDetailsPane::showsTheRowThenTheServersAnswer()
{
    QFETCH(devserver::Dialect, dialect);
    TestServer ts(dialect, 10);
    DetailsPane pane;
    pane.setClient(ts.client.get());
    const ConnectorInstance row = firstInstance(ts);
    QSignalSpy fetched(&pane, &DetailsPane::instanceFetched);
    pane.showInstance(row);
    QVERIFY(pane.isFetching());
    QCOMPARE(pane.tree()->topLevelItem(0)->text(1), row.id);
    QVERIFY(fetched.wait(5000));
    const ConnectorInstance full = fetched.constFirst().constFirst().value<ConnectorInstance>();
    QCOMPARE(full.id, row.id);
    QCOMPARE(full.name, row.name);
    QVERIFY(full.createdAt.isValid());
    // Every field the server sent and we do not model is in the tree, nested ones as branches.
    QVERIFY(!full.extra.isEmpty());
    int nested = 0;
    std::function<void(const QJsonObject&)> check = [&](const QJsonObject& object) {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QList<QTreeWidgetItem*> items
                = pane.tree()->findItems(it.key(), Qt::MatchExactly | Qt::MatchRecursive, 0);
            QVERIFY2(!items.isEmpty(), qPrintable(it.key()));
            if (it.value().isObject() && !it.value().toObject().isEmpty()) {
                ++nested;
                QVERIFY(items.constFirst()->childCount() > 0);
                check(it.value().toObject());
            }
        }
    };
    check(full.extra);
    if (dialect == devserver::Dialect::PipesHub)
        QVERIFY(nested > 0); // the real server's answer carries `config`
    QCOMPARE(ts.countRequests(QStringLiteral("/connectors/") + row.id, "GET"), 1);
}

void TestDetailsPane::onlyTheLatestSelectionIsShown()
{
    TestServer ts(devserver::Dialect::PipesHub, 10);
    DetailsPane pane;
    pane.setClient(ts.client.get());
    const QStringList ids = ts.server.store().ids();
    Fault slow;
    slow.mode = Fault::Mode::Latency;
    slow.latencyMs = 600;
    slow.pathPrefix = QStringLiteral("/connectors/") + ids.at(0);
    ts.server.injectFault(slow);
    QSignalSpy fetched(&pane, &DetailsPane::instanceFetched);
    ConnectorInstance a;
    a.id = ids.at(0);
    ConnectorInstance b;
    b.id = ids.at(1);
    pane.showInstance(a);
    pane.showInstance(b);
    QVERIFY(fetched.wait(5000));
    QCOMPARE(pane.connectorId(), b.id);
    QTRY_VERIFY(!pane.isFetching());
    // A's answer, had it come, would have been dropped: still B, and one answer only.
    QVERIFY(!fetched.wait(900));
    QCOMPARE(fetched.size(), 1);
    QCOMPARE(pane.connectorId(), b.id);
}

void TestDetailsPane::copiesIdsAndTimesAsText()
{
    TestServer ts(devserver::Dialect::PipesHub, 5);
    DetailsPane pane;
    pane.setClient(ts.client.get());
    QSignalSpy fetched(&pane, &DetailsPane::instanceFetched);
    pane.showInstance(firstInstance(ts));
    QVERIFY(fetched.wait(5000));
    QTest::mouseClick(pane.findChild<QToolButton*>(QStringLiteral("detailsCopyIdButton")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), pane.connectorId());
    const QList<QTreeWidgetItem*> created = pane.tree()->findItems(QStringLiteral("Created (UTC)"), Qt::MatchExactly);
    QCOMPARE(created.size(), 1);
    pane.tree()->setCurrentItem(created.constFirst());
    pane.copyCurrentValue();
    const QString copied = QGuiApplication::clipboard()->text();
    QCOMPARE(QDateTime::fromString(copied, Qt::ISODateWithMs), pane.instance().createdAt);
    QVERIFY(copied.endsWith(QLatin1Char('Z')));
}

void TestDetailsPane::failedGetShowsTheServersMessageAndKeepsTheRow()
{
    TestServer ts(devserver::Dialect::PipesHub, 5);
    DetailsPane pane;
    pane.setClient(ts.client.get());
    Fault f;
    f.mode = Fault::Mode::Status;
    f.status = 500;
    f.count = -1;
    f.body = R"({"detail":"Graph database timed out"})";
    f.pathPrefix = QStringLiteral("/connectors/");
    ts.server.injectFault(f);
    const ConnectorInstance row = firstInstance(ts);
    pane.showInstance(row);
    QTRY_VERIFY_WITH_TIMEOUT(!pane.errorText().isEmpty(), 10000);
    QVERIFY2(pane.errorText().contains(QStringLiteral("Graph database timed out")), qPrintable(pane.errorText()));
    QCOMPARE(pane.connectorId(), row.id);
    QCOMPARE(pane.tree()->topLevelItem(0)->text(1), row.id);
    // Refresh once the server is well again: the error goes.
    ts.server.clearFaults();
    QSignalSpy fetched(&pane, &DetailsPane::instanceFetched);
    QTest::mouseClick(pane.findChild<QToolButton*>(QStringLiteral("detailsRefreshButton")), Qt::LeftButton);
    QVERIFY(fetched.wait(5000));
    QVERIFY(pane.errorText().isEmpty());
}

void TestDetailsPane::clearShowsThePlaceholder()
{
    DetailsPane pane;
    pane.show();
    pane.clear();
    QVERIFY(pane.findChild<QWidget*>(QStringLiteral("detailsPlaceholder"))->isVisible());
    QVERIFY(pane.tree()->isHidden());
    QVERIFY(!pane.findChild<QToolButton*>(QStringLiteral("detailsCopyIdButton"))->isEnabled());
}

QTEST_MAIN(TestDetailsPane)
#include "tst_detailspane.moc"
