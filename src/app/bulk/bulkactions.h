#pragma once

#include "core/ops/bulkitem.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ApiClient;
class BulkConfirmDialog;
class BulkProgressDialog;
class ConnectorListController;
class ConnectorTableView;
class QAction;
class QLabel;
class QWidget;
class SelectAllMatching;
class SelectionTracker;

// The main window's bulk work, kept out of mainwindow.cpp: the selection that outlives the
// page, "Select all N matching", the bulk actions on the selection, their one confirmation and their
// progress dialog, and the status text "N selected (M on other pages)". Single-instance actions stay
// with the current row. Parts go by object name (selectionTracker, selectAllMatching, selectionStatus,
// actionSelectAllMatching, actionBulk*...).
class BulkActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkActions)

public:
    BulkActions(ApiClient* client, ConnectorTableView* table, ConnectorListController* controller, QWidget* window);

    SelectionTracker* selection() const
    {
        return m_selection;
    }
    SelectAllMatching* selectAll() const
    {
        return m_selectAll;
    }
    QAction* selectAllMatchingAction() const
    {
        return m_selectAllAction;
    }
    // Enable/disable sync, enable/disable agent, delete: on the selection.
    const QList<QAction*>& bulkActions() const
    {
        return m_actions;
    }
    QLabel* statusLabel() const
    {
        return m_status;
    }
    BulkConfirmDialog* confirmDialog() const;
    BulkProgressDialog* progressDialog() const;
    bool hasSeveralSelected() const;
    void reset(); // another server: the selection was of the old one

signals:
    void reloadRequested(); // once at the end of each bulk run
    void message(const QString& text);

private:
    static QString menuText(BulkAction action);
    QAction* addAction(BulkAction action, const QString& objectName);
    void confirm(BulkAction action);
    void run(const BulkPlan& plan, int concurrency);
    void onRunFinished();
    void updateStatus();

    ApiClient* m_client;
    ConnectorTableView* m_table;
    ConnectorListController* m_controller;
    QWidget* m_window;
    SelectionTracker* m_selection;
    SelectAllMatching* m_selectAll;
    QAction* m_selectAllAction;
    QList<QAction*> m_actions;
    QLabel* m_status;
    QPointer<BulkConfirmDialog> m_confirm;
    QPointer<BulkProgressDialog> m_progress;
};
