// The main window for a keyboard user, against the dev server: Tab leaves the
// table and walks the window as it reads, the pages have shortcuts, Help lists every shortcut from
// the window's own actions, every menu item has a mnemonic, and the row actions wait while a rename
// or delete dialog is open about another row.
#include "mainwindowtest.h"

#include "app/details/detailspane.h"
#include "app/dialoglauncher.h"
#include "app/list/filterbar.h"
#include "app/list/pagerwidget.h"
#include "app/shortcutsdialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QRegularExpression>
#include <QToolBar>
#include <QTreeWidget>

using namespace apptest;

namespace {

// Which part of the window `w` is in, in the order the window reads.
int sectionOf(const QWidget* w, const QList<const QWidget*>& sections)
{
    for (int i = 0; i < sections.size(); ++i) {
        if (w == sections.at(i) || sections.at(i)->isAncestorOf(w))
            return i;
    }
    return -1;
}

QChar mnemonicOf(const QString& text)
{
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("&([^&])")).match(text);
    return m.hasMatch() ? m.captured(1).at(0).toLower() : QChar();
}

bool showAndActivate(QWidget* window)
{
    window->show();
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

} // namespace

class TestKeyboard : public MainWindowTest
{
    Q_OBJECT

private slots:
    void tabLeavesTheTableAndFollowsTheWindow();
    void pagesHaveShortcuts();
    void helpListsEveryShortcut();
    void everyMenuItemHasAMnemonic();
    void rowActionsWaitBehindAnOpenDialog();
};

void TestKeyboard::tabLeavesTheTableAndFollowsTheWindow()
{
    Harness h(60);
    QVERIFY(h.open());
    QVERIFY(showAndActivate(h.window.get()));
    QSignalSpy fetched(h.details(), &DetailsPane::instanceFetched);
    QVERIFY(h.table()->selectConnector(h.model()->instanceAt(1)->id));
    QVERIFY(fetched.wait(5000)); // the details' buttons are enabled
    auto* search = h.child<QLineEdit>("searchEdit");
    search->setFocus();
    QTRY_VERIFY(search->hasFocus());

    const QList<const QWidget*> sections{
        h.table(), h.details(), h.child<PagerWidget>("pager"), h.child<FilterBar>("filterBar")};
    QStringList seen;
    for (int i = 0; i < 40 && (seen.isEmpty() || QApplication::focusWidget() != search); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        seen.append(QApplication::focusWidget()->objectName());
    }
    QCOMPARE(seen.constLast(), QStringLiteral("searchEdit")); // round the window and back
    // One stop in the table (it is row based), then the details, the pager and the filters, in order.
    QCOMPARE(seen.count(QStringLiteral("connectorTable")), 1);
    QCOMPARE(seen.constFirst(), QStringLiteral("connectorTable"));
    int previous = 0;
    for (const QString& name : seen) {
        const int section = sectionOf(h.window->findChild<QWidget*>(name), sections);
        QVERIFY2(section >= previous, qPrintable(seen.join(QLatin1String(", "))));
        previous = section;
    }
    // Within the details and the pager, as they read: top to bottom, left to right.
    const QStringList expected{QStringLiteral("detailsTree"),
                               QStringLiteral("detailsRenameButton"),
                               QStringLiteral("detailsCopyIdButton"),
                               QStringLiteral("detailsRefreshButton"),
                               QStringLiteral("pageSizeCombo"),
                               QStringLiteral("nextPageButton"),
                               QStringLiteral("lastPageButton"),
                               QStringLiteral("scopeCombo")};
    int at = -1;
    for (const QString& name : expected) {
        const int index = int(seen.indexOf(name));
        QVERIFY2(index > at, qPrintable(name + QLatin1String(" in ") + seen.join(QLatin1String(", "))));
        at = index;
    }
    QVERIFY(!seen.contains(QStringLiteral("previousPageButton"))); // disabled on page 1: skipped

    // Shift+Tab from the table goes back to the filters.
    h.table()->setFocus();
    QTRY_VERIFY(h.table()->hasFocus());
    QTest::keyClick(h.table(), Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), search);
}

void TestKeyboard::pagesHaveShortcuts()
{
    Harness h(60); // three pages of 20
    QVERIFY(h.open());
    QVERIFY(showAndActivate(h.window.get()));
    h.table()->setFocus();
    QTRY_VERIFY(h.table()->hasFocus());
    auto page = [&] {
        return h.controller()->query().page();
    };
    QCOMPARE(page(), 1);
    QVERIFY(!h.child<QAction>("actionPreviousPage")->isEnabled());
    QVERIFY(h.loadAfter([&] { QTest::keyClick(h.table(), Qt::Key_PageDown, Qt::ControlModifier); }));
    QCOMPARE(page(), 2);
    QVERIFY(h.loadAfter([&] { QTest::keyClick(h.table(), Qt::Key_Right, Qt::AltModifier); }));
    QCOMPARE(page(), 3);
    QVERIFY(!h.child<QAction>("actionNextPage")->isEnabled());
    QTest::keyClick(h.table(), Qt::Key_Right, Qt::AltModifier); // the last page: nowhere to go
    QCOMPARE(page(), 3);
    // From the search box too: the keys are the window's.
    auto* search = h.child<QLineEdit>("searchEdit");
    search->setFocus();
    QTRY_VERIFY(search->hasFocus());
    QVERIFY(h.loadAfter([&] { QTest::keyClick(search, Qt::Key_Left, Qt::AltModifier); }));
    QCOMPARE(page(), 2);
    QVERIFY(h.loadAfter([&] { QTest::keyClick(search, Qt::Key_PageUp, Qt::ControlModifier); }));
    QCOMPARE(page(), 1);
    QVERIFY(h.loadAfter([&] { QTest::keyClick(search, Qt::Key_End, Qt::AltModifier); }));
    QCOMPARE(page(), 3);
    QVERIFY(h.loadAfter([&] { QTest::keyClick(search, Qt::Key_Home, Qt::AltModifier); }));
    QCOMPARE(page(), 1);
}

void TestKeyboard::helpListsEveryShortcut()
{
    Harness h(5);
    QVERIFY(h.open());
    QVERIFY(showAndActivate(h.window.get()));
    // An action another part adds later is listed too: the dialog reads the window's actions. The
    // second one takes Export view's key, which then runs neither: the list must say so.
    QMenu* firstMenu = h.window->findChild<QMenuBar*>()->actions().constFirst()->menu();
    auto* added = new QAction(QStringLiteral("&Tidy up"), h.window.get());
    added->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_T));
    firstMenu->addAction(added);
    auto* clashing = new QAction(QStringLiteral("Clashing"), h.window.get());
    clashing->setShortcut(h.child<QAction>("actionExportView")->shortcut());
    firstMenu->addAction(clashing);

    QTest::keyClick(h.table(), Qt::Key_F1);
    auto* dialog = h.window->findChild<ShortcutsDialog*>(QStringLiteral("shortcutsDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const QStringList rows = dialog->rows();
    const QString listed = rows.join(QLatin1Char('\n'));
    for (QAction* action : h.window->findChildren<QAction*>()) {
        if (action->shortcuts().isEmpty())
            continue;
        const QString text = action->text().remove(QLatin1Char('&')).remove(QChar(0x2026));
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        QVERIFY2(listed.contains(text + QLatin1Char('\t') + keys), qPrintable(text + QLatin1String(": ") + listed));
    }
    QVERIFY2(rows.contains(QStringLiteral("Export view\tCtrl+E")), qPrintable(listed));
    QVERIFY2(rows.contains(QStringLiteral("Tidy up\tCtrl+Alt+T")), qPrintable(listed));
    QVERIFY2(rows.contains(QStringLiteral("Next page\tCtrl+PgDown or Alt+Right")), qPrintable(listed));
    QVERIFY2(rows.contains(QStringLiteral("Rename\tF2")), qPrintable(listed));
    QVERIFY2(rows.contains(QStringLiteral("Search\tCtrl+F")), qPrintable(listed));
    QVERIFY2(listed.contains(QStringLiteral("Shift+F10")), qPrintable(listed)); // the table's own keys
    // Ctrl+E is on two actions here (Export view and the clashing one), which runs neither: the list
    // says so at both; a key on one action only has no such warning.
    const auto tree = dialog->findChild<QTreeWidget*>(QStringLiteral("shortcutsTree"));
    const QList<QTreeWidgetItem*> onCtrlE = tree->findItems(QStringLiteral("Ctrl+E"), Qt::MatchExactly, 1);
    QCOMPARE(onCtrlE.size(), 2);
    for (const QTreeWidgetItem* item : onCtrlE)
        QVERIFY(!item->toolTip(1).isEmpty());
    QVERIFY(tree->findItems(QStringLiteral("F2"), Qt::MatchExactly, 1).constFirst()->toolTip(1).isEmpty());
}

void TestKeyboard::everyMenuItemHasAMnemonic()
{
    Harness h(5);
    QVERIFY(h.open());
    QList<QChar> menus;
    QList<const QAction*> inMenus;
    for (const QAction* top : h.window->findChild<QMenuBar*>()->actions()) {
        QVERIFY(top->menu());
        const QChar m = mnemonicOf(top->text());
        QVERIFY2(!m.isNull() && !menus.contains(m), qPrintable(top->text()));
        menus.append(m);
        QList<const QMenu*> todo{top->menu()};
        while (!todo.isEmpty()) {
            const QMenu* menu = todo.takeFirst();
            QList<QChar> items;
            for (const QAction* a : menu->actions()) {
                if (a->isSeparator())
                    continue;
                if (a->menu())
                    todo.append(a->menu());
                const QChar item = mnemonicOf(a->text());
                QVERIFY2(!item.isNull(), qPrintable(menu->title() + QLatin1String(": ") + a->text()));
                QVERIFY2(!items.contains(item), qPrintable(menu->title() + QLatin1String(": ") + a->text()));
                items.append(item);
                inMenus.append(a);
            }
        }
    }
    // Nothing is for the mouse only: what the toolbar offers, the menus offer too.
    for (const QAction* a : h.window->findChild<QToolBar*>()->actions()) {
        if (!a->isSeparator())
            QVERIFY2(inMenus.contains(a), qPrintable(a->text()));
    }
    // Alt+letter in the window itself (labels' buddies, buttons, the banner's) is taken once, and
    // by no menu title: a clash would only move the focus instead of acting.
    QList<QChar> window = menus;
    QStringList owners;
    for (const QLabel* label : h.window->findChildren<QLabel*>()) {
        if (const QChar m = mnemonicOf(label->text()); label->buddy() && !m.isNull()) {
            QVERIFY2(!window.contains(m),
                     qPrintable(label->text() + QLatin1String(" vs ") + owners.join(QLatin1Char(','))));
            window.append(m);
            owners.append(label->text());
        }
    }
    for (const QAbstractButton* button : h.window->findChildren<QAbstractButton*>()) {
        if (const QChar m = mnemonicOf(button->text()); !m.isNull()) {
            QVERIFY2(!window.contains(m),
                     qPrintable(button->text() + QLatin1String(" vs ") + owners.join(QLatin1Char(','))));
            window.append(m);
            owners.append(button->text());
        }
    }
    QVERIFY(owners.contains(QStringLiteral("Server pr&ofiles\u2026")));
    QVERIFY(inMenus.contains(h.child<QAction>("actionNextPage")));
    QVERIFY(inMenus.contains(h.child<QAction>("actionKeyboardShortcuts")));
}

void TestKeyboard::rowActionsWaitBehindAnOpenDialog()
{
    Harness h(10);
    QVERIFY(h.open());
    QVERIFY(showAndActivate(h.window.get()));
    const ConnectorInstance a = *h.model()->instanceAt(0);
    const ConnectorInstance b = *h.model()->instanceAt(1);
    QVERIFY(h.table()->selectConnector(a.id));
    trigger(h.window.get(), "actionRename");
    QPointer<QWidget> rename = h.dialogs()->renameDialog();
    QVERIFY(rename);
    QVERIFY(rename->windowTitle().contains(a.name));

    // Behind the dialog about A, the admin moves to B and tries everything there.
    h.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(h.window.get()));
    QVERIFY(h.table()->selectConnector(b.id));
    h.table()->setFocus();
    QTRY_VERIFY(h.table()->hasFocus());
    const qsizetype requestsBefore = h.ts.server.requestLog().size();
    const QString before = b.name;
    for (const char* name : {"actionDelete",
                             "actionRename",
                             "actionSyncNow",
                             "actionEnableSync",
                             "actionDisableSync",
                             "actionEnableAgent",
                             "actionDisableAgent",
                             "actionFullResync"}) {
        auto* action = h.child<QAction>(name);
        QVERIFY2(!action->isEnabled(), name);
        QVERIFY2(action->toolTip().contains(a.name), qPrintable(action->toolTip()));
        action->trigger();
    }
    QTest::keyClick(h.table(), Qt::Key_Delete);
    QTest::keyClick(h.table(), Qt::Key_F2);
    QVERIFY(!h.dialogs()->deleteDialog());
    QCOMPARE(h.dialogs()->renameDialog(), rename.data()); // still the one about A
    QVERIFY(rename->windowTitle().contains(a.name));
    // Nothing reached the server about B (GETs of the details pane aside).
    for (const devserver::LoggedRequest& r : h.ts.server.requestLog().mid(requestsBefore))
        QVERIFY2(r.method == "GET", qPrintable(QString::fromLatin1(r.method) + QLatin1Char(' ') + r.path));
    QCOMPARE(h.ts.server.store().instance(b.id).value(QLatin1String("name")).toString(), before);

    // Once the dialog is closed, the actions are B's again.
    rename->close();
    QTRY_VERIFY(!rename);
    QVERIFY(h.child<QAction>("actionDelete")->isEnabled());
    trigger(h.window.get(), "actionDelete");
    QVERIFY(h.dialogs()->deleteDialog());
    QVERIFY(h.dialogs()->deleteDialog()->windowTitle().contains(b.name));
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
