#pragma once

#include <QObject>
#include <QPointer>

class ConnectorTableView;
class DetailsPane;
class ErrorBanner;
class FilterBar;
class PagerWidget;
class QAction;
class QMainWindow;
class QMenu;
class QPoint;
class ShortcutsDialog;

// The window for a keyboard user: Tab leaves the table and walks the window in the order it reads
// (filters, the banner's buttons, table, details, pager; in the details from the statistics down to the
// buttons), the row's menu opens without the mouse (Shift+F10, Menu), View > Columns shows or hides the
// table's columns, and Help > Keyboard shortcuts (F1) lists every key. The window places the actions
// and the menu, and opens the row's menu where this part asks (rowMenuRequested).
class KeyboardNavigation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyboardNavigation)

public:
    KeyboardNavigation(QMainWindow* window,
                       FilterBar* filters,
                       ErrorBanner* banner,
                       ConnectorTableView* table,
                       DetailsPane* details,
                       PagerWidget* pager);

    QMenu* columnsMenu() const
    {
        return m_columns;
    }
    QAction* shortcutsAction() const
    {
        return m_shortcuts;
    }

    // Help > Keyboard shortcuts: built anew each time, from the actions and keys as they are now.
    void showShortcuts();

signals:
    // Shift+F10 or Menu on the table: the row's menu, at `globalPos` (under the current row).
    void rowMenuRequested(const QPoint& globalPos);

private:
    QMainWindow* m_window;
    QMenu* m_columns;
    QAction* m_shortcuts;
    QPointer<ShortcutsDialog> m_dialog;
};
