#include "app/keyboardnavigation.h"

#include "app/details/detailspane.h"
#include "app/list/connectortableview.h"
#include "app/list/errorbanner.h"
#include "app/list/filterbar.h"
#include "app/list/pagerwidget.h"
#include "app/shortcutsdialog.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>

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

KeyboardNavigation::KeyboardNavigation(QMainWindow* window,
                                       FilterBar* filters,
                                       ErrorBanner* banner,
                                       ConnectorTableView* table,
                                       DetailsPane* details,
                                       PagerWidget* pager)
    : QObject(window)
    , m_window(window)
    , m_columns(new QMenu(tr("&Columns"), window))
    , m_shortcuts(new QAction(tr("&Keyboard shortcuts"), window))
{
    // The table is row based: Tab leaves it instead of walking its cells.
    table->setTabKeyNavigation(false);

    // The columns, otherwise only on the header's context menu.
    m_columns->setObjectName(QStringLiteral("columnsMenu"));
    connect(m_columns, &QMenu::aboutToShow, this, [this, table] {
        m_columns->clear();
        QMenu* header = table->createHeaderMenu();
        for (QAction* a : header->actions()) {
            a->setParent(m_columns);
            m_columns->addAction(a);
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
        emit rowMenuRequested(table->viewport()->mapToGlobal(at));
    });

    m_shortcuts->setObjectName(QStringLiteral("actionKeyboardShortcuts"));
    m_shortcuts->setShortcut(QKeySequence::HelpContents);
    m_shortcuts->setToolTip(tr("List every keyboard shortcut of this window"));
    connect(m_shortcuts, &QAction::triggered, this, &KeyboardNavigation::showShortcuts);

    // Tab follows the window as it reads.
    chainTabOrder(details->tabStops());
    QList<QWidget*> order;
    for (QWidget* section : {static_cast<QWidget*>(filters),
                             static_cast<QWidget*>(banner),
                             static_cast<QWidget*>(table),
                             static_cast<QWidget*>(details),
                             static_cast<QWidget*>(pager)})
        order += tabStops(section);
    chainTabOrder(order);
}

void KeyboardNavigation::showShortcuts()
{
    delete m_dialog; // the one still open lists the keys as they were
    m_dialog = new ShortcutsDialog(m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->show();
}
