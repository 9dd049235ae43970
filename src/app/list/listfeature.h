#pragma once

#include "core/model/connectorinstance.h"

#include <QObject>

class ApiClient;
class ConnectorListController;
class ConnectorTableView;
class CreatedRevealer;
class FilterBar;
class PagerWidget;
class QSettings;
class QStatusBar;
class RegistryLoader;
class ServerSession;
class TableSortGuard;

// What the list shows, beyond the scope, state, search and pager that the window wires to the
// controller: the connector-type and "Not authenticated" filters (the type combo's items come from the
// registry, read when the admin first reaches for it), the sort indicator that never claims more than it
// sorted (TableSortGuard), a pasted instance id that opens that instance, the new instance that is
// selected wherever it lands (CreatedRevealer), what the empty table says, and the scope, state,
// filters, order and page size remembered between launches. It says what it did in the status bar.
// Made after the window's own layout is restored: the constructor restores the list's settings first.
class ListFeature final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListFeature)

public:
    ListFeature(ApiClient* client,
                ConnectorListController* controller,
                ServerSession* session,
                FilterBar* filters,
                ConnectorTableView* table,
                PagerWidget* pager,
                QStatusBar* statusBar,
                QSettings& settings,
                QObject* parent);

    // The server's token is in place: the first page, at the page size of the last launch.
    void loadFirstPage();
    // Call before the reload that should bring a new instance: it is selected on whatever page holds it.
    void revealCreated(const ConnectorInstance& instance);
    void saveSettings();

private:
    void restoreSettings();
    void updateEmptyState(); // loading, no instances yet, or none that match the filters

    ConnectorListController* m_controller;
    ServerSession* m_session;
    FilterBar* m_filters;
    ConnectorTableView* m_table;
    PagerWidget* m_pager;
    QStatusBar* m_statusBar;
    QSettings& m_settings;
    RegistryLoader* m_registry = nullptr;
    TableSortGuard* m_sortGuard = nullptr;
    CreatedRevealer* m_revealer = nullptr;
    int m_savedLimit = 0; // the page size of the last launch, applied by the first load
};
