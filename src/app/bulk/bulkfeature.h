#pragma once

#include <QList>
#include <QObject>

class ApiClient;
class BulkActions;
class ConnectorListController;
class ConnectorTableView;
class QAction;
class QMenu;
class QStatusBar;
class QWidget;
class SelectionTracker;
class ServerSession;

// Bulk work in the window: the BulkActions on the selection that outlives the page, in a "Selected
// instances" menu of their own, "Select all matching", and the selection's status text; their messages
// go to the status bar, and the selection is dropped when another server is chosen. The window places
// the menu, the action and the status text, and reloads when a run asks it to (reloadRequested).
class BulkFeature final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkFeature)

public:
    BulkFeature(ApiClient* client,
                ConnectorTableView* table,
                ConnectorListController* controller,
                ServerSession* session,
                QStatusBar* statusBar,
                QWidget* window);

    BulkActions* bulkActions() const
    {
        return m_bulk;
    }
    SelectionTracker* selection() const;
    // Edit > Selected instances: the bulk actions.
    QMenu* menu() const
    {
        return m_menu;
    }
    // For the table's context menu: the bulk actions when several rows are selected, else none.
    QList<QAction*> menuActions() const;

signals:
    void reloadRequested(); // once at the end of each bulk run

private:
    BulkActions* m_bulk;
    QMenu* m_menu;
};
