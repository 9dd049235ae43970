// The table: model and proxy checked by QAbstractItemModelTester through real pages from the dev
// server, sorting on raw values, selection by id, the header state and the state badges.
#include "apptestutil.h"

#include "app/list/connectorstatedelegate.h"
#include "core/list/connectorsortproxymodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QHeaderView>
#include <QMenu>
#include <QPixmap>

#include <cmath>

using namespace apptest;

class TestConnectorTableView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modelAndProxyPassTheTesterThroughRealPages_data();
    void modelAndProxyPassTheTesterThroughRealPages();
    void sortsDatesAsDatesAndBreaksTiesByName();
    void headerStateRoundTrips();
    void headerMenuShowsAndHidesColumns();
    void currentInstanceFollowsTheRowThroughUpdates();
    void badgesSayWhatTheInstanceIs();
    void paintsBadgesWithoutText();
    void narrowCellKeepsTheLockVisible();
    void badgeTextIsReadableInLightAndDarkPalettes_data();
    void badgeTextIsReadableInLightAndDarkPalettes();
};

namespace {

int pixelsOf(const QImage& picture, const QColor& colour)
{
    int matching = 0;
    for (int y = 0; y < picture.height(); ++y) {
        for (int x = 0; x < picture.width(); ++x) {
            const QColor p = picture.pixelColor(x, y);
            if (std::abs(p.red() - colour.red()) <= 2 && std::abs(p.green() - colour.green()) <= 2
                && std::abs(p.blue() - colour.blue()) <= 2)
                ++matching;
        }
    }
    return matching;
}

} // namespace

void TestConnectorTableView::initTestCase()
{
    isolateSettings();
}

void TestConnectorTableView::modelAndProxyPassTheTesterThroughRealPages_data()
{
    QTest::addColumn<devserver::Dialect>("dialect");
    QTest::newRow("the real server's dialect") << devserver::Dialect::PipesHub;
    QTest::newRow("the published dialect") << devserver::Dialect::Published;
}

void TestConnectorTableView::modelAndProxyPassTheTesterThroughRealPages()
{
    QFETCH(devserver::Dialect, dialect);
    TestServer ts(dialect, 90);
    ConnectorTableView view;
    QAbstractItemModelTester sourceTester(view.connectorModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(view.proxyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    ConnectorListController controller(ts.client.get(), view.connectorModel());
    QSignalSpy loaded(&controller, &ConnectorListController::pageLoaded);
    controller.reload();
    QVERIFY(loaded.wait(5000));
    QCOMPARE(view.model()->rowCount(), 20);
    view.sortByColumn(ConnectorTableModel::UpdatedColumn, Qt::DescendingOrder);
    controller.nextPage();
    QVERIFY(loaded.wait(5000));
    controller.setLimit(50);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(view.model()->rowCount(), 50);
    view.sortByColumn(ConnectorTableModel::StateColumn, Qt::AscendingOrder);
    // In-place updates and removals, as rename and delete do.
    ConnectorInstance changed = *view.connectorModel()->instanceAt(3);
    changed.name = QStringLiteral("aaa first now");
    QVERIFY(view.connectorModel()->updateConnector(changed));
    QVERIFY(view.connectorModel()->removeConnector(view.connectorModel()->instanceAt(10)->id));
    QCOMPARE(view.model()->rowCount(), 49);
    controller.setState(ListQuery::State::Inactive);
    QVERIFY(loaded.wait(5000));
    const qsizetype before = loaded.size();
    controller.setSearch(QStringLiteral("zz-none"));
    controller.applySearchNow(); // from the cached inactive list: the page comes at once
    QVERIFY(loaded.size() > before || loaded.wait(5000));
    QCOMPARE(view.model()->rowCount(), 0);
}

void TestConnectorTableView::sortsDatesAsDatesAndBreaksTiesByName()
{
    ConnectorTableView view;
    auto make = [](const char* name, qint64 created, const char* type) {
        ConnectorInstance c;
        c.id = QString::fromLatin1(name).toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
        c.name = QLatin1String(name);
        c.connectorType = QLatin1String(type);
        c.createdAt = QDateTime::fromMSecsSinceEpoch(created, Qt::UTC);
        return c;
    };
    // As text "9 Jan" sorts after "10 Feb"; as dates it comes first.
    view.connectorModel()->setConnectors({make("Beta", 1707523200000, "Slack"), // 10 Feb 2024
                                          make("alpha", 1704758400000, "Slack"), // 9 Jan 2024
                                          make("Gamma", 1710000000000, "Box")});
    view.sortByColumn(ConnectorTableModel::CreatedColumn, Qt::AscendingOrder);
    auto nameAt = [&](int row) {
        return view.model()->index(row, 0).data().toString();
    };
    QCOMPARE(nameAt(0), QStringLiteral("alpha"));
    QCOMPARE(nameAt(1), QStringLiteral("Beta"));
    QCOMPARE(nameAt(2), QStringLiteral("Gamma"));
    // Same type: the name decides, without regard to case.
    view.sortByColumn(ConnectorTableModel::TypeColumn, Qt::AscendingOrder);
    QCOMPARE(nameAt(0), QStringLiteral("Gamma"));
    QCOMPARE(nameAt(1), QStringLiteral("alpha"));
    QCOMPARE(nameAt(2), QStringLiteral("Beta"));
    // Clearing the sort returns to the server's order.
    view.sortByColumn(-1, Qt::AscendingOrder);
    QCOMPARE(nameAt(0), QStringLiteral("Beta"));
}

void TestConnectorTableView::headerStateRoundTrips()
{
    QByteArray state;
    {
        ConnectorTableView view;
        view.horizontalHeader()->resizeSection(ConnectorTableModel::NameColumn, 321);
        view.horizontalHeader()->moveSection(ConnectorTableModel::ScopeColumn, 0);
        view.sortByColumn(ConnectorTableModel::UpdatedColumn, Qt::DescendingOrder);
        state = view.saveState();
    }
    ConnectorTableView restored;
    QVERIFY(restored.restoreState(state));
    QCOMPARE(restored.horizontalHeader()->sectionSize(ConnectorTableModel::NameColumn), 321);
    QCOMPARE(restored.horizontalHeader()->logicalIndex(0), int(ConnectorTableModel::ScopeColumn));
    QCOMPARE(restored.horizontalHeader()->sortIndicatorSection(), int(ConnectorTableModel::UpdatedColumn));
    QCOMPARE(restored.proxyModel()->sortColumn(), int(ConnectorTableModel::UpdatedColumn));
    QCOMPARE(restored.proxyModel()->sortOrder(), Qt::DescendingOrder);
    QVERIFY(!restored.restoreState(QByteArray("garbage")));
}

void TestConnectorTableView::headerMenuShowsAndHidesColumns()
{
    QByteArray state;
    {
        ConnectorTableView view;
        QHeaderView* header = view.horizontalHeader();
        QVERIFY(header->isSectionHidden(ConnectorTableModel::CreatedByColumn)); // hidden until asked for
        std::unique_ptr<QMenu> menu(view.createHeaderMenu());
        const QList<QAction*> actions = menu->actions();
        QCOMPARE(actions.size(), int(ConnectorTableModel::ColumnCount));
        QVERIFY(!actions.at(ConnectorTableModel::NameColumn)->isEnabled());
        QVERIFY(!actions.at(ConnectorTableModel::CreatedByColumn)->isChecked());
        actions.at(ConnectorTableModel::CreatedByColumn)->trigger();
        QVERIFY(!header->isSectionHidden(ConnectorTableModel::CreatedByColumn));
        actions.at(ConnectorTableModel::AuthTypeColumn)->trigger();
        QVERIFY(header->isSectionHidden(ConnectorTableModel::AuthTypeColumn));
        state = view.saveState();
    }
    ConnectorTableView restored;
    QVERIFY(restored.restoreState(state));
    QVERIFY(!restored.horizontalHeader()->isSectionHidden(ConnectorTableModel::CreatedByColumn));
    QVERIFY(restored.horizontalHeader()->isSectionHidden(ConnectorTableModel::AuthTypeColumn));
}

void TestConnectorTableView::currentInstanceFollowsTheRowThroughUpdates()
{
    ConnectorTableView view;
    QList<ConnectorInstance> rows;
    for (int i = 0; i < 5; ++i) {
        ConnectorInstance c;
        c.id = QStringLiteral("id-%1").arg(i);
        c.name = QStringLiteral("Name %1").arg(i);
        rows.append(c);
    }
    view.connectorModel()->setConnectors(rows);
    view.sortByColumn(ConnectorTableModel::NameColumn, Qt::AscendingOrder);
    QSignalSpy changed(&view, &ConnectorTableView::currentConnectorChanged);
    QSignalSpy updated(&view, &ConnectorTableView::currentConnectorUpdated);
    QVERIFY(view.selectConnector(QStringLiteral("id-2")));
    QCOMPARE(changed.size(), 1);
    QVERIFY(!view.selectConnector(QStringLiteral("id-99")));
    // Renamed so that it sorts last: still the current one, announced as updated, not changed.
    ConnectorInstance c = rows.at(2);
    c.name = QStringLiteral("Zulu");
    view.connectorModel()->updateConnector(c);
    QCOMPARE(view.currentConnectorId(), QStringLiteral("id-2"));
    QCOMPARE(view.currentIndex().row(), 4);
    QCOMPARE(view.currentInstance()->name, QStringLiteral("Zulu"));
    QCOMPARE(changed.size(), 1);
    QVERIFY(updated.size() >= 1);
    // Removing another row changes nothing; removing it clears the selection.
    view.connectorModel()->removeConnector(QStringLiteral("id-0"));
    QCOMPARE(changed.size(), 1);
    view.connectorModel()->removeConnector(QStringLiteral("id-2"));
    QCOMPARE(changed.size(), 2);
    QVERIFY(view.currentInstance() == nullptr || view.currentConnectorId() != QStringLiteral("id-2"));
}

void TestConnectorTableView::badgesSayWhatTheInstanceIs()
{
    ConnectorInstance c;
    c.id = QStringLiteral("x");
    c.isActive = true;
    c.isConfigured = true;
    c.agentEnabled = true;
    c.isLocked = true;
    c.status = InstanceStatus::fromText(QStringLiteral("syncing"));
    QStringList texts;
    QList<QColor> hues;
    for (const ConnectorStateDelegate::Badge& b : ConnectorStateDelegate::badgesFor(c)) {
        texts.append(b.text);
        hues.append(b.hue);
    }
    QCOMPARE(texts,
             QStringList({QStringLiteral("Active"),
                          QStringLiteral("Configured"),
                          QStringLiteral("Agent"),
                          QStringLiteral("Syncing"), // as the other badges read
                          QStringLiteral("Locked")}));
    // Every badge kind has its own hue.
    for (int i = 0; i < hues.size(); ++i)
        for (int j = i + 1; j < hues.size(); ++j)
            QVERIFY(hues.at(i) != hues.at(j));
    c.status = InstanceStatus::fromText(QStringLiteral("DELETING"));
    const QList<ConnectorStateDelegate::Badge> deleting = ConnectorStateDelegate::badgesFor(c);
    QCOMPARE(deleting.constLast().text, QStringLiteral("Deleting")); // no separate "Locked" then
}

void TestConnectorTableView::paintsBadgesWithoutText()
{
    ConnectorTableView view;
    ConnectorInstance c;
    c.id = QStringLiteral("p");
    c.name = QStringLiteral("Painted");
    c.isActive = true;
    view.connectorModel()->setConnectors({c});
    view.resize(1400, 200);
    const QModelIndex index = view.model()->index(0, ConnectorTableModel::StateColumn);
    QStyleOptionViewItem option;
    option.initFrom(&view);
    const QSize hint = view.itemDelegateForColumn(ConnectorTableModel::StateColumn)->sizeHint(option, index);
    QVERIFY(hint.width() > view.fontMetrics().horizontalAdvance(QStringLiteral("Active")));
    // The "Active" badge is filled with its hue blended into the palette's base.
    const QColor base = view.palette().color(QPalette::Active, QPalette::Base);
    const QColor hue = ConnectorStateDelegate::badgesFor(c).constFirst().hue;
    const QColor fill = ConnectorStateDelegate::badgeFill(base, hue);
    QVERIFY(fill != base);
    view.viewport()->grab(); // lays the view out at its new size: the columns share its width
    const QImage picture = view.viewport()->grab(view.visualRect(index)).toImage();
    const int matching = pixelsOf(picture, fill);
    QVERIFY2(matching > 20, qPrintable(QString::number(matching)));
}

void TestConnectorTableView::narrowCellKeepsTheLockVisible()
{
    ConnectorTableView view;
    ConnectorInstance c;
    c.id = QStringLiteral("busy");
    c.name = QStringLiteral("Busy");
    c.isActive = c.isConfigured = c.isAuthenticated = c.agentEnabled = c.isLocked = true;
    c.status = InstanceStatus::fromText(QStringLiteral("FULL_SYNCING"));
    view.connectorModel()->setConnectors({c});
    view.resize(1400, 200);
    const QList<ConnectorStateDelegate::Badge> badges = ConnectorStateDelegate::badgesFor(c);
    QCOMPARE(badges.size(), 6);
    const QColor base = view.palette().color(QPalette::Active, QPalette::Base);
    const QModelIndex index = view.model()->index(0, ConnectorTableModel::StateColumn);
    auto cell = [&] {
        return view.viewport()->grab(view.visualRect(index)).toImage();
    };
    // Wide enough: every badge shows.
    view.horizontalHeader()->resizeSection(ConnectorTableModel::StateColumn, 900);
    for (const ConnectorStateDelegate::Badge& b : badges)
        QVERIFY2(pixelsOf(cell(), ConnectorStateDelegate::badgeFill(base, b.hue)) > 10, qPrintable(b.text));
    // Narrow: the job and the lock stay; the usual flags give way first.
    const int room = QFontMetrics(view.font()).horizontalAdvance(QStringLiteral("Active FULL_SYNCING Locked")) + 60;
    view.horizontalHeader()->resizeSection(ConnectorTableModel::StateColumn, room);
    const QImage narrow = cell();
    QVERIFY(pixelsOf(narrow, ConnectorStateDelegate::badgeFill(base, badges.at(4).hue)) > 10); // FULL_SYNCING
    QVERIFY(pixelsOf(narrow, ConnectorStateDelegate::badgeFill(base, badges.at(5).hue)) > 10); // Locked
    QCOMPARE(pixelsOf(narrow, ConnectorStateDelegate::badgeFill(base, badges.at(3).hue)), 0); // Agent left out
}

namespace {

// WCAG relative luminance and contrast ratio.
double luminance(const QColor& c)
{
    auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

void TestConnectorTableView::badgeTextIsReadableInLightAndDarkPalettes_data()
{
    QTest::addColumn<QColor>("base");
    QTest::addColumn<QColor>("text");
    QTest::newRow("Fusion light") << QColor(0xff, 0xff, 0xff) << QColor(0x00, 0x00, 0x00);
    QTest::newRow("Breeze light") << QColor(0xfc, 0xfc, 0xfc) << QColor(0x23, 0x26, 0x29);
    QTest::newRow("Breeze dark") << QColor(0x1b, 0x1e, 0x20) << QColor(0xfc, 0xfc, 0xfc);
    QTest::newRow("Adwaita dark") << QColor(0x2d, 0x2d, 0x2d) << QColor(0xee, 0xee, 0xec);
}

void TestConnectorTableView::badgeTextIsReadableInLightAndDarkPalettes()
{
    QFETCH(QColor, base);
    QFETCH(QColor, text);
    ConnectorInstance c;
    c.id = QStringLiteral("all-badges");
    c.isConfigured = c.isAuthenticated = c.agentEnabled = c.isLocked = true;
    QList<ConnectorStateDelegate::Badge> badges = ConnectorStateDelegate::badgesFor(c); // Inactive...Locked
    c.isActive = true;
    badges.append(ConnectorStateDelegate::badgesFor(c).constFirst()); // Active
    c.status = InstanceStatus::fromText(QStringLiteral("SYNCING"));
    badges.append(ConnectorStateDelegate::badgesFor(c).at(4));
    c.status = InstanceStatus::fromText(QStringLiteral("DELETING"));
    badges.append(ConnectorStateDelegate::badgesFor(c).at(4));
    QCOMPARE(badges.size(), 8);
    for (const ConnectorStateDelegate::Badge& b : badges) {
        const double ratio = contrast(text, ConnectorStateDelegate::badgeFill(base, b.hue));
        QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1: %2").arg(b.text).arg(ratio)));
    }
}

QTEST_MAIN(TestConnectorTableView)
#include "tst_connectortableview.moc"
