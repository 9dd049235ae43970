// The main window for a keyboard user, kept apart from mainwindow.cpp: Tab leaves
// the table and walks the window in the order it reads, the pages have shortcuts, Help lists every
// key, and the row actions wait while a rename or delete dialog is open on another row.
#include "app/mainwindow.h"

#include "ui_mainwindow.h"

#include "app/dialoglauncher.h"
#include "app/lifecycle/lifecycleactions.h"
#include "app/shortcutsdialog.h"

#include <QMenu>
#include <QShortcut>

namespace {

// The widgets of `section` that Tab stops at, in the order of the section's own focus chain.
QList<QWidget*> tabStops(QWidget* section)
{
    QList<QWidget*> stops;
    if (section->focusPolicy() & Qt::TabFocus)
        stops.append(section);
    for (QWidget* w = section->nextInFocusChain(); w && w != section; w = w->nextInFocusChain()) {
        if (section->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && !stops.contains(w))
            stops.append(w);
    }
    return stops;
}

void chainTabOrder(const QList<QWidget*>& widgets)
{
    for (qsizetype i = 1; i < widgets.size(); ++i)
        QWidget::setTabOrder(widgets.at(i - 1), widgets.at(i));
}

} // namespace

void MainWindow::setupKeyboard()
{
    ConnectorTableView* table = m_ui->connectorTable;
    // The table is row based: Tab leaves it instead of walking its cells.
    table->setTabKeyNavigation(false);

    // View: the pages, and the columns (otherwise only on the header's context menu).
    const QList<QAction*> pages = m_ui->pager->pageActions();
    m_ui->menuView->addSeparator();
    m_ui->menuView->addActions(pages);
    addActions(pages); // wherever the focus is in the window
    m_ui->menuView->addSeparator();
    QMenu* columns = m_ui->menuView->addMenu(tr("&Columns"));
    columns->setObjectName(QStringLiteral("columnsMenu"));
    connect(columns, &QMenu::aboutToShow, this, [columns, table] {
        columns->clear();
        QMenu* header = table->createHeaderMenu();
        for (QAction* a : header->actions()) {
            a->setParent(columns);
            columns->addAction(a);
        }
        delete header;
    });

    // The row's menu without the mouse.
    auto* rowMenu = new QAction(tr("Row menu"), table);
    rowMenu->setObjectName(QStringLiteral("actionRowMenu"));
    rowMenu->setShortcuts({QKeySequence(Qt::SHIFT | Qt::Key_F10), QKeySequence(Qt::Key_Menu)});
    rowMenu->setShortcutContext(Qt::WidgetShortcut);
    table->addAction(rowMenu);
    connect(rowMenu, &QAction::triggered, this, [this, table] {
        const QRect row = table->visualRect(table->currentIndex());
        const QPoint at = row.isValid() ? QPoint(row.left() + row.height(), row.bottom()) : QPoint();
        showTableMenu(table->viewport()->mapToGlobal(at));
    });
    if (auto* find = m_ui->filterBar->findChild<QShortcut*>(QStringLiteral("findShortcut")))
        find->setWhatsThis(tr("Search"));

    auto* keys = new QAction(tr("&Keyboard shortcuts"), this);
    keys->setObjectName(QStringLiteral("actionKeyboardShortcuts"));
    keys->setShortcut(QKeySequence::HelpContents);
    keys->setToolTip(tr("List every keyboard shortcut of this window"));
    m_ui->menuHelp->insertAction(m_ui->actionAbout, keys);
    addAction(keys);
    connect(keys, &QAction::triggered, this, &MainWindow::showShortcuts);

    // Tab follows the window as it reads: filters, the banner's buttons, table, details, pager; in
    // the details, from the statistics at the top down to the buttons, left to right.
    QList<QWidget*> details;
    for (const char* name : {"statsRefreshButton",
                             "detailsTree",
                             "detailsRenameButton",
                             "detailsCopyIdButton",
                             "detailsCopyButton",
                             "detailsRefreshButton"}) {
        if (auto* w = m_ui->detailsPane->findChild<QWidget*>(QLatin1String(name)))
            details.append(w);
    }
    chainTabOrder(details);
    QList<QWidget*> order;
    for (QWidget* section : {static_cast<QWidget*>(m_ui->filterBar),
                             static_cast<QWidget*>(m_ui->errorBanner),
                             static_cast<QWidget*>(table),
                             static_cast<QWidget*>(m_ui->detailsPane),
                             static_cast<QWidget*>(m_ui->pager)})
        order += tabStops(section);
    chainTabOrder(order);

    connect(m_dialogs, &DialogLauncher::dialogsChanged, this, &MainWindow::updateActions);
}

void MainWindow::holdRowActionsBehindDialogs()
{
    // Non-modal dialogs leave the window usable: its row actions must not reach another row than
    // the one the open rename or delete dialog is about.
    const QWidget* dialog = m_dialogs->rowDialog();
    if (!dialog)
        return;
    const QString why = tr("Unavailable while \u201c%1\u201d is open.").arg(dialog->windowTitle());
    QList<QAction*> held{m_ui->actionRename, m_ui->actionDelete};
    if (m_lifecycle)
        held += m_lifecycle->actions();
    for (QAction* a : held) {
        a->setEnabled(false);
        a->setToolTip(why);
    }
}

void MainWindow::showShortcuts()
{
    // Built anew each time: the actions and their keys are read as they are now.
    if (auto* open = findChild<ShortcutsDialog*>(QStringLiteral("shortcutsDialog")))
        delete open;
    auto* dialog = new ShortcutsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}
