// What the main window says, against the dev server: badges in one wording that
// never hide what they leave out, dates that name their zone, the server with its port, the way from
// a 401 to the profiles, Create starting on Personal after a 403, a first window that fits the
// screen, columns that share the room, and copies that say what they copied.
#include "mainwindowtest.h"

#include "app/details/detailspane.h"
#include "app/dialoglauncher.h"
#include "app/dialogs/createconnectordialog.h"
#include "app/list/connectorstatedelegate.h"
#include "app/list/errorbanner.h"
#include "app/statuspanel.h"
#include "core/list/connectortablemodel.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QStatusBar>
#include <QToolButton>
#include <QTreeWidget>

using namespace apptest;
using devserver::Dialect;

namespace {

int pixelsOf(const QImage& image, const QColor& color)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - color.red()) <= 2 && qAbs(c.green() - color.green()) <= 2
                && qAbs(c.blue() - color.blue()) <= 2)
                ++n;
        }
    }
    return n;
}

ConnectorInstance busyInstance(const QString& status)
{
    ConnectorInstance c;
    c.id = QStringLiteral("busy");
    c.name = QStringLiteral("Busy");
    c.isActive = c.isConfigured = c.isAuthenticated = c.agentEnabled = c.isLocked = true;
    c.status = InstanceStatus::fromText(status);
    return c;
}

} // namespace

class TestWindowWording : public MainWindowTest
{
    Q_OBJECT

private slots:
    void serverStatusesReadLikeTheOtherBadges();
    void narrowStateCellCountsWhatItLeavesOut();
    void datesNameTheirZone();
    void columnsShareTheRoomAndShowUpdated();
    void titleAndStatusNameThePort();
    void unauthorizedBannerOpensTheProfiles();
    void createStartsOnPersonalAfterATeamRefusal();
    void firstWindowFitsTheScreen();
    void copiesSayWhatTheyCopied();
};

void TestWindowWording::serverStatusesReadLikeTheOtherBadges()
{
    QStringList texts;
    for (const ConnectorStateDelegate::Badge& b : ConnectorStateDelegate::badgesFor(busyInstance("FULL_SYNCING")))
        texts.append(b.text);
    QCOMPARE(texts,
             (QStringList{QStringLiteral("Active"),
                          QStringLiteral("Configured"),
                          QStringLiteral("Authenticated"),
                          QStringLiteral("Agent"),
                          QStringLiteral("Full syncing"),
                          QStringLiteral("Locked")}));
    QCOMPARE(ConnectorTableModel::badges(busyInstance("SYNCING")).at(4), QStringLiteral("Syncing"));
    // One the client does not know yet reads the same way.
    QCOMPARE(ConnectorTableModel::badges(busyInstance("REINDEXING_NOW")).at(4), QStringLiteral("Reindexing now"));
}

void TestWindowWording::narrowStateCellCountsWhatItLeavesOut()
{
    ConnectorTableView view;
    const ConnectorInstance c = busyInstance("FULL_SYNCING");
    view.connectorModel()->setConnectors({c});
    view.resize(1400, 200);
    const QModelIndex index = view.model()->index(0, ConnectorTableModel::StateColumn);
    const QColor base = view.palette().color(QPalette::Active, QPalette::Base);
    // The grey of a "+N" badge: no badge of this active instance has it.
    const QColor more = ConnectorStateDelegate::badgeFill(base, QColor(0x8a, 0x8f, 0x98));
    auto cell = [&] {
        return view.viewport()->grab(view.visualRect(index)).toImage();
    };
    view.horizontalHeader()->resizeSection(ConnectorTableModel::StateColumn, 900);
    const int wide = pixelsOf(cell(), more); // the grid and the like may come close to it
    view.horizontalHeader()->resizeSection(ConnectorTableModel::StateColumn, 260);
    const int narrow = pixelsOf(cell(), more);
    QVERIFY2(narrow > wide + 50, qPrintable(QStringLiteral("%1, %2").arg(wide).arg(narrow)));
    // The tooltip lists every badge, and why the lock holds.
    const QString tip = index.data(Qt::ToolTipRole).toString();
    for (const QString& badge : ConnectorTableModel::badges(c))
        QVERIFY2(tip.contains(badge), qPrintable(tip));
    QVERIFY2(tip.contains(c.lockReason()), qPrintable(tip));
}

void TestWindowWording::datesNameTheirZone()
{
    Harness h(10);
    QVERIFY(h.open());
    const QString zone = ConnectorTableModel::localZone();
    QVERIFY(!zone.isEmpty());
    for (int column : {ConnectorTableModel::CreatedColumn, ConnectorTableModel::UpdatedColumn}) {
        const QString tip = h.model()->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Local time")) && tip.contains(zone), qPrintable(tip));
    }
    const ConnectorInstance row = *h.model()->instanceAt(0);
    QCOMPARE(h.model()->index(0, ConnectorTableModel::UpdatedColumn).data().toString(),
             QLocale().toString(row.updatedAt.toLocalTime(), QLocale::ShortFormat));
    QVERIFY(h.model()
                ->index(0, ConnectorTableModel::UpdatedColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .endsWith(QStringLiteral(" UTC")));
    // The details say UTC, and mean it.
    QSignalSpy fetched(h.details(), &DetailsPane::instanceFetched);
    QVERIFY(h.table()->selectConnector(row.id));
    QVERIFY(fetched.wait(5000));
    const QList<QTreeWidgetItem*> created
        = h.details()->tree()->findItems(QStringLiteral("Created (UTC)"), Qt::MatchExactly);
    QCOMPARE(created.size(), 1);
    QCOMPARE(created.constFirst()->text(1), row.createdAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

void TestWindowWording::columnsShareTheRoomAndShowUpdated()
{
    Harness h(20);
    QVERIFY(h.open());
    h.window->resize(1380, 840); // the default size, on a screen that has room for it
    h.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(h.window.get()));
    QHeaderView* header = h.table()->horizontalHeader();
    const int viewport = h.table()->viewport()->width();
    const int updated = ConnectorTableModel::UpdatedColumn;
    QVERIFY2(header->sectionViewportPosition(updated) + header->sectionSize(updated) <= viewport,
             qPrintable(QStringLiteral("%1 + %2 > %3")
                            .arg(header->sectionViewportPosition(updated))
                            .arg(header->sectionSize(updated))
                            .arg(viewport)));
    // The room left is shared, the name first: not all of it at the end of the last column.
    const int em = h.table()->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    QVERIFY(header->sectionSize(ConnectorTableModel::NameColumn) > 12 * em);
    QVERIFY(header->sectionSize(updated) < header->sectionSize(ConnectorTableModel::NameColumn));
    // A wider window shares its room again.
    const int nameBefore = header->sectionSize(ConnectorTableModel::NameColumn);
    h.window->resize(1600, 840);
    QTRY_VERIFY(header->sectionSize(ConnectorTableModel::NameColumn) > nameBefore);
}

void TestWindowWording::titleAndStatusNameThePort()
{
    Harness h(3);
    QVERIFY(h.open());
    const QString where = QStringLiteral("127.0.0.1:%1").arg(h.ts.server.port());
    QVERIFY2(h.window->windowTitle().contains(QStringLiteral("Test server (") + where + QLatin1Char(')')),
             qPrintable(h.window->windowTitle()));
    QVERIFY2(h.child<QLabel>("serverLabel")->text().contains(where),
             qPrintable(h.child<QLabel>("serverLabel")->text()));
    // A second local server named by its host alone does not look the same.
    TestServer other(Dialect::PipesHub, 2);
    QVERIFY(h.loadAfter([&] { h.window->openServer(other.server.baseUrl(), testToken, QStringLiteral("127.0.0.1")); }));
    const QString otherWhere = QStringLiteral("127.0.0.1:%1").arg(other.server.port());
    QVERIFY2(h.window->windowTitle().contains(otherWhere), qPrintable(h.window->windowTitle()));
    QCOMPARE(h.child<QLabel>("serverLabel")->text(), otherWhere);
}

void TestWindowWording::unauthorizedBannerOpensTheProfiles()
{
    Harness h(5);
    QSignalSpy failed(h.controller(), &ConnectorListController::loadFailed);
    h.window->openServer(h.ts.server.baseUrl(), QStringLiteral("not-the-token"));
    QVERIFY(failed.wait(10000));
    auto* profiles = h.child<QPushButton>("bannerProfilesButton");
    QVERIFY(!profiles->isHidden());
    QVERIFY2(h.banner()->message().contains(QStringLiteral("Server profiles")), qPrintable(h.banner()->message()));
    QTest::mouseClick(profiles, Qt::LeftButton);
    QTRY_VERIFY(h.dialogs()->profilesDialog());
    h.dialogs()->profilesDialog()->close();
    // Another kind of failure has nothing to do with the token: no such button.
    devserver::Fault fault;
    fault.status = 500;
    fault.pathPrefix = QStringLiteral("/connectors");
    fault.count = -1;
    h.ts.server.injectFault(fault);
    QSignalSpy failedAgain(h.controller(), &ConnectorListController::loadFailed);
    h.window->openServer(h.ts.server.baseUrl(), testToken);
    QTRY_VERIFY_WITH_TIMEOUT(!failedAgain.isEmpty(), 10000);
    QCOMPARE(failedAgain.constFirst().constFirst().value<ApiError>().httpStatus, 500);
    QVERIFY(profiles->isHidden());
}

void TestWindowWording::createStartsOnPersonalAfterATeamRefusal()
{
    Harness h(3);
    h.ts.server.setAdmin(false);
    QVERIFY(h.open());
    auto openCreate = [&]() -> CreateConnectorDialog* {
        trigger(h.window.get(), "actionNew");
        auto* dialog = qobject_cast<CreateConnectorDialog*>(h.dialogs()->createDialog());
        return dialog && QTest::qWaitFor([&] { return dialog->isRegistryLoaded(); }) ? dialog : nullptr;
    };
    CreateConnectorDialog* dialog = openCreate();
    QVERIFY(dialog);
    auto* scope = dialog->findChild<QComboBox*>(QStringLiteral("scopeComboBox"));
    QCOMPARE(scope->currentData().toString(), QStringLiteral("team"));
    QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("scopeNoteLabel")));
    QVERIFY(dialog->selectType(QStringLiteral("Slack")));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("nameLineEdit")), QStringLiteral("Eng Slack"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isBusy());
    QVERIFY2(dialog->statusText().contains(QStringLiteral("403")), qPrintable(dialog->statusText()));
    QPointer<QWidget> first = dialog;
    dialog->close();
    QTRY_VERIFY(!first);

    // The next Create, on this server, starts on Personal and says why.
    dialog = openCreate();
    QVERIFY(dialog);
    scope = dialog->findChild<QComboBox*>(QStringLiteral("scopeComboBox"));
    QCOMPARE(scope->currentData().toString(), QStringLiteral("personal"));
    auto* note = dialog->findChild<QLabel*>(QStringLiteral("scopeNoteLabel"));
    QVERIFY(note);
    QVERIFY2(note->text().contains(QStringLiteral("refused")), qPrintable(note->text()));
    QVERIFY(dialog->selectType(QStringLiteral("Slack")));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("nameLineEdit")), QStringLiteral("My Slack"));
    QSignalSpy created(dialog, &CreateConnectorDialog::created);
    const int personal = countScope(h.ts.server, QStringLiteral("personal"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY(created.wait(5000));
    QCOMPARE(countScope(h.ts.server, QStringLiteral("personal")), personal + 1);
    QTRY_VERIFY(!h.dialogs()->createDialog());

    // Another server knows nothing of it.
    TestServer other(Dialect::PipesHub, 2);
    QVERIFY(h.loadAfter([&] { h.window->openServer(other.server.baseUrl(), testToken); }));
    dialog = openCreate();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("scopeComboBox"))->currentData().toString(),
             QStringLiteral("team"));
}

void TestWindowWording::firstWindowFitsTheScreen()
{
    TestServer ts(Dialect::PipesHub, 1);
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    {
        MainWindow window(ts.client.get());
        QVERIFY2(available.contains(window.geometry()),
                 qPrintable(QStringLiteral("%1x%2 on %3x%4")
                                .arg(window.width())
                                .arg(window.height())
                                .arg(available.width())
                                .arg(available.height())));
        // Saved larger than this screen (another monitor, another scale)...
        window.resize(available.size() * 2);
        window.move(available.topLeft() + QPoint(available.width(), 0));
        window.close();
    }
    // ...it comes back inside it.
    MainWindow again(ts.client.get());
    QVERIFY2(
        available.contains(again.geometry()),
        qPrintable(QStringLiteral("%1x%2+%3+%4").arg(again.width()).arg(again.height()).arg(again.x()).arg(again.y())));
}

void TestWindowWording::copiesSayWhatTheyCopied()
{
    Harness h(5);
    QVERIFY(h.open());
    const ConnectorInstance row = *h.model()->instanceAt(2);
    QSignalSpy fetched(h.details(), &DetailsPane::instanceFetched);
    QVERIFY(h.table()->selectConnector(row.id));
    auto* bar = h.child<QStatusBar>("statusBar");
    trigger(h.window.get(), "actionCopyId");
    QCOMPARE(QGuiApplication::clipboard()->text(), row.id);
    QVERIFY2(bar->currentMessage().contains(QStringLiteral("Copied")) && bar->currentMessage().contains(row.id),
             qPrintable(bar->currentMessage()));
    trigger(h.window.get(), "actionCopyName");
    QCOMPARE(QGuiApplication::clipboard()->text(), row.name);
    QVERIFY2(bar->currentMessage().contains(row.name), qPrintable(bar->currentMessage()));
    bar->clearMessage();
    QVERIFY(fetched.wait(5000));
    QTest::mouseClick(h.child<QToolButton>("detailsCopyIdButton"), Qt::LeftButton);
    QVERIFY2(bar->currentMessage().contains(row.id), qPrintable(bar->currentMessage()));
}

QTEST_MAIN(TestWindowWording)
#include "tst_windowwording.moc"
