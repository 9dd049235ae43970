// The pager on its own: buttons lead somewhere or are disabled, the page size is offered and reported.
#include "app/list/pagerwidget.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

class TestPagerWidget : public QObject
{
    Q_OBJECT

private slots:
    void buttonsLeadSomewhere_data();
    void buttonsLeadSomewhere();
    void clicksAreReported();
    void pageSizeIsOfferedAndReported();
};

void TestPagerWidget::buttonsLeadSomewhere_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<bool>("hasMore");
    QTest::addColumn<QString>("enabled"); // first, previous, next, last as 0/1
    QTest::newRow("first of three pages") << 1 << qint64(45) << true << "0011";
    QTest::newRow("middle page") << 2 << qint64(45) << true << "1111";
    QTest::newRow("last page") << 3 << qint64(45) << false << "1100";
    QTest::newRow("one page only") << 1 << qint64(7) << false << "0000";
    QTest::newRow("no total: next while there is more, never last") << 2 << qint64(-1) << true << "1110";
}

void TestPagerWidget::buttonsLeadSomewhere()
{
    QFETCH(int, page);
    QFETCH(qint64, total);
    QFETCH(bool, hasMore);
    QFETCH(QString, enabled);
    PagerWidget pager;
    Pagination p;
    p.page = page;
    p.limit = 20;
    p.total = total;
    p.hasMore = hasMore;
    pager.setPagination(p, QStringLiteral("range"));
    const char* names[] = {"firstPageButton", "previousPageButton", "nextPageButton", "lastPageButton"};
    for (int i = 0; i < 4; ++i)
        QVERIFY2(pager.findChild<QToolButton*>(QLatin1String(names[i]))->isEnabled()
                     == (enabled.at(i) == QLatin1Char('1')),
                 names[i]);
    QCOMPARE(pager.rangeText(), QStringLiteral("range"));
    const QString pageText = pager.findChild<QLabel*>(QStringLiteral("pageLabel"))->text();
    QVERIFY(total < 0 ? pageText == QStringLiteral("Page %1").arg(page)
                      : pageText == QStringLiteral("Page %1 of %2").arg(page).arg(p.pageCount()));
}

void TestPagerWidget::clicksAreReported()
{
    PagerWidget pager;
    Pagination p;
    p.page = 2;
    p.total = 100;
    p.hasMore = true;
    pager.setPagination(p, {});
    QSignalSpy first(&pager, &PagerWidget::firstRequested);
    QSignalSpy previous(&pager, &PagerWidget::previousRequested);
    QSignalSpy next(&pager, &PagerWidget::nextRequested);
    QSignalSpy last(&pager, &PagerWidget::lastRequested);
    QTest::mouseClick(pager.findChild<QToolButton*>(QStringLiteral("firstPageButton")), Qt::LeftButton);
    QTest::mouseClick(pager.findChild<QToolButton*>(QStringLiteral("previousPageButton")), Qt::LeftButton);
    QTest::mouseClick(pager.findChild<QToolButton*>(QStringLiteral("nextPageButton")), Qt::LeftButton);
    QTest::mouseClick(pager.findChild<QToolButton*>(QStringLiteral("lastPageButton")), Qt::LeftButton);
    QCOMPARE(first.size() + previous.size() + next.size() + last.size(), 4);
    QCOMPARE(next.size(), 1);
}

void TestPagerWidget::pageSizeIsOfferedAndReported()
{
    PagerWidget pager;
    auto* combo = pager.findChild<QComboBox*>(QStringLiteral("pageSizeCombo"));
    QCOMPARE(combo->count(), 4);
    QCOMPARE(pager.limit(), 20);
    QSignalSpy changed(&pager, &PagerWidget::limitChanged);
    combo->setCurrentIndex(combo->findData(200));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.constFirst().constFirst().toInt(), 200);
    // Shown from the query: not reported back.
    pager.setLimit(50);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(pager.limit(), 50);
    pager.setLimit(35); // not one of ours: offered rather than hidden
    QCOMPARE(pager.limit(), 35);
}

QTEST_MAIN(TestPagerWidget)
#include "tst_pagerwidget.moc"
