// The filter bar on its own: it reports what the user chose, shows a query without echoing it back,
// and handles the keys a search box is expected to (Enter, Esc).
#include "filterbar.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

class TestFilterBar : public QObject
{
    Q_OBJECT

private slots:
    void combosReportTheirChoice();
    void setQueryDoesNotEchoBack();
    void typingReportsEveryEditAndEnterSubmits();
    void escapeClearsAndSubmits();
    void summaryNamesWhatNarrows();
};

void TestFilterBar::combosReportTheirChoice()
{
    FilterBar bar;
    QSignalSpy scope(&bar, &FilterBar::scopeChanged);
    QSignalSpy state(&bar, &FilterBar::stateChanged);
    bar.scopeCombo()->setCurrentIndex(2);
    QCOMPARE(scope.size(), 1);
    QCOMPARE(scope.constFirst().constFirst().value<ListQuery::Scope>(), ListQuery::Scope::Personal);
    bar.stateCombo()->setCurrentIndex(4);
    QCOMPARE(state.constFirst().constFirst().value<ListQuery::State>(), ListQuery::State::AgentEnabled);
    QCOMPARE(bar.stateCombo()->count(), 5);
    QCOMPARE(bar.scopeCombo()->count(), 3);
}

void TestFilterBar::setQueryDoesNotEchoBack()
{
    FilterBar bar;
    QSignalSpy scope(&bar, &FilterBar::scopeChanged);
    QSignalSpy state(&bar, &FilterBar::stateChanged);
    QSignalSpy search(&bar, &FilterBar::searchEdited);
    ListQuery query;
    query.setScope(ListQuery::Scope::Team);
    query.setState(ListQuery::State::Configured);
    query.setSearch(QStringLiteral("drive"));
    bar.setQuery(query);
    QCOMPARE(bar.scope(), ListQuery::Scope::Team);
    QCOMPARE(bar.state(), ListQuery::State::Configured);
    QCOMPARE(bar.searchText(), QStringLiteral("drive"));
    QCOMPARE(scope.size(), 0);
    QCOMPARE(state.size(), 0);
    QCOMPARE(search.size(), 0);
}

void TestFilterBar::typingReportsEveryEditAndEnterSubmits()
{
    FilterBar bar;
    QSignalSpy edited(&bar, &FilterBar::searchEdited);
    QSignalSpy submitted(&bar, &FilterBar::searchSubmitted);
    QTest::keyClicks(bar.searchEdit(), QStringLiteral("Jira"));
    QCOMPARE(edited.size(), 4); // the controller debounces, not the bar
    QCOMPARE(edited.constLast().constFirst().toString(), QStringLiteral("Jira"));
    QCOMPARE(submitted.size(), 0);
    QTest::keyClick(bar.searchEdit(), Qt::Key_Return);
    QCOMPARE(submitted.size(), 1);
}

void TestFilterBar::escapeClearsAndSubmits()
{
    FilterBar bar;
    QTest::keyClicks(bar.searchEdit(), QStringLiteral("abc"));
    QSignalSpy edited(&bar, &FilterBar::searchEdited);
    QSignalSpy submitted(&bar, &FilterBar::searchSubmitted);
    QTest::keyClick(bar.searchEdit(), Qt::Key_Escape);
    QVERIFY(bar.searchText().isEmpty());
    QCOMPARE(edited.size(), 1);
    QVERIFY(edited.constFirst().constFirst().toString().isEmpty());
    QCOMPARE(submitted.size(), 1);
    // Esc on an empty box does nothing.
    QTest::keyClick(bar.searchEdit(), Qt::Key_Escape);
    QCOMPARE(submitted.size(), 1);
}

void TestFilterBar::summaryNamesWhatNarrows()
{
    FilterBar bar;
    QVERIFY(bar.summary().isEmpty());
    bar.scopeCombo()->setCurrentIndex(1);
    bar.stateCombo()->setCurrentIndex(1);
    QTest::keyClicks(bar.searchEdit(), QStringLiteral("  slack "));
    const QString summary = bar.summary();
    QVERIFY2(summary.contains(QStringLiteral("Team")), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("Active")));
    QVERIFY(summary.contains(QStringLiteral("\u201cslack\u201d")));
    bar.clearFilters();
    QVERIFY(bar.summary().isEmpty());
}

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
