// The filter bar on its own: it reports what the user chose, shows a query without echoing it back,
// and handles the keys a search box is expected to (Enter, Esc).
#include "app/list/filterbar.h"

#include <QCheckBox>
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
    void typeComboAndNotAuthenticatedReport();
    void typeFiltersAreUnavailableWhereTheListTakesNone();
    void typesFromTheRegistryKeepTheChoice();
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

void TestFilterBar::typeComboAndNotAuthenticatedReport()
{
    FilterBar bar;
    QCOMPARE(bar.typeCombo()->itemText(0), QStringLiteral("All types"));
    QSignalSpy wanted(&bar, &FilterBar::connectorTypesWanted);
    bar.typeCombo()->showPopup(); // the first use asks for the registry
    QCOMPARE(wanted.size(), 1);
    bar.typeCombo()->hidePopup();
    ConnectorType drive;
    drive.type = QStringLiteral("Drive");
    drive.displayName = QStringLiteral("Google Drive");
    ConnectorType slack;
    slack.type = QStringLiteral("Slack");
    slack.displayName = QStringLiteral("Slack");
    bar.setConnectorTypes({drive, slack});
    QCOMPARE(bar.typeCombo()->count(), 3);
    QCOMPARE(bar.typeCombo()->itemText(0), QStringLiteral("All types"));
    bar.typeCombo()->showPopup(); // known now: not asked again
    bar.typeCombo()->hidePopup();
    QCOMPARE(wanted.size(), 1);
    QSignalSpy type(&bar, &FilterBar::connectorTypeChanged);
    QSignalSpy authenticated(&bar, &FilterBar::authenticatedChanged);
    bar.typeCombo()->setCurrentIndex(1);
    QCOMPARE(type.size(), 1);
    QCOMPARE(type.constFirst().constFirst().toString(), QStringLiteral("Drive"));
    QTest::mouseClick(
        bar.notAuthenticatedCheck(), Qt::LeftButton, {}, QPoint(4, bar.notAuthenticatedCheck()->height() / 2));
    QCOMPARE(authenticated.size(), 1);
    QCOMPARE(authenticated.constFirst().constFirst().value<ListQuery::Authenticated>(), ListQuery::Authenticated::No);
    const QString summary = bar.summary();
    QVERIFY2(summary.contains(QStringLiteral("Drive")) && summary.contains(QStringLiteral("not authenticated")),
             qPrintable(summary));
    bar.clearFilters();
    QVERIFY(bar.connectorType().isEmpty());
    QCOMPARE(bar.authenticated(), ListQuery::Authenticated::Any);
    QVERIFY(bar.summary().isEmpty());
}

void TestFilterBar::typeFiltersAreUnavailableWhereTheListTakesNone()
{
    FilterBar bar;
    for (int i = 0; i < bar.stateCombo()->count(); ++i) {
        bar.stateCombo()->setCurrentIndex(i);
        const bool takes = ListQuery::takesTypeFilters(bar.state());
        QCOMPARE(bar.typeCombo()->isEnabled(), takes);
        QCOMPARE(bar.notAuthenticatedCheck()->isEnabled(), takes);
        QVERIFY(!bar.typeCombo()->toolTip().isEmpty());
    }
    // A query shown from outside decides it too.
    ListQuery query;
    query.setState(ListQuery::State::Configured);
    bar.setQuery(query);
    QVERIFY(!bar.typeCombo()->isEnabled());
    query.setState(ListQuery::State::Inactive);
    bar.setQuery(query);
    QVERIFY(bar.typeCombo()->isEnabled());
}

void TestFilterBar::typesFromTheRegistryKeepTheChoice()
{
    FilterBar bar;
    QSignalSpy type(&bar, &FilterBar::connectorTypeChanged);
    QSignalSpy authenticated(&bar, &FilterBar::authenticatedChanged);
    // Remembered from the last session, before the registry is known: shown as it is, not echoed.
    ListQuery query;
    query.setConnectorType(QStringLiteral("Jira"));
    query.setAuthenticated(ListQuery::Authenticated::No);
    bar.setQuery(query);
    QCOMPARE(bar.connectorType(), QStringLiteral("Jira"));
    QVERIFY(bar.notAuthenticatedCheck()->isChecked());
    ConnectorType jira;
    jira.type = QStringLiteral("Jira");
    jira.displayName = QStringLiteral("Jira Cloud");
    ConnectorType confluence;
    confluence.type = QStringLiteral("Confluence");
    bar.setConnectorTypes({confluence, jira});
    QCOMPARE(bar.connectorType(), QStringLiteral("Jira"));
    QCOMPARE(bar.typeCombo()->count(), 3); // the registry's entry, not a second "Jira"
    QVERIFY(bar.typeCombo()->currentText().contains(QStringLiteral("Jira Cloud")));
    QCOMPARE(type.size(), 0);
    QCOMPARE(authenticated.size(), 0);
}

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
