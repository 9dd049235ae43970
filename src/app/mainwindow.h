#pragma once

#include "core/net/apierror.h"
#include "core/model/connectorinstance.h"
#include "core/settings/serverprofiles.h"

#include <QMainWindow>
#include <QSettings>
#include <QTimer>

#include <memory>

class ApiClient;
class BulkActions;
class ConnectorListController;
class ConnectorTableModel;
class ConnectorTableView;
class CreatedRevealer;
class CredentialStore;
class DemoServer;
class DetailsPane;
class DialogLauncher;
class ErrorBanner;
class ExportController;
class FilterBar;
class LifecycleActions;
class ListQuery;
class PageFollower;
class PagerWidget;
class ServerSession;
class StatusPanel;
class TableSortGuard;
struct Pagination;

namespace Ui {
class MainWindow;
}

// The switchboard: composes filter bar, table, details pane and pager around one
// ConnectorListController, owns the actions (one updateActions() decides what is enabled), opens the
// dialogs on demand, and follows the server session. It never blocks: every call is asynchronous.
// Its parts go by object name (connectorTable, connectorListController, serverSession, dialogLauncher,
// statusPanel, deleteReloadTimer, the actions...): tests and the screenshot driver find them so.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget* parent = nullptr);
    // With a client set up elsewhere (tests: fast retries, a dev server); not owned.
    explicit MainWindow(ApiClient* client, QWidget* parent = nullptr);
    ~MainWindow() override;

    // A server whose token is known (tests, --demo): loads at once.
    void openServer(const QUrl& baseUrl, const QString& token, const QString& label = {});
    // A saved profile or a URL from the command line: the token comes from the environment or keychain.
    void openProfile(const ServerProfile& profile);
    void openDemo(DemoServer& demo);
    // The empty state for a first start: no server to talk to yet.
    void showNoServer();

    // The saved server profiles, for choosing where to open at start-up.
    ServerProfiles& profiles()
    {
        return m_profiles;
    }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // What the actions do; tests and the screenshot driver reach them through the actions too.
    void newConnector();
    void renameCurrent();
    void deleteCurrent();
    void showServerProfiles();
    void reload();
    void copyCurrentId();
    void copyCurrentName();
    void showDetails();
    void showAbout();
    // What the dialogs report through the DialogLauncher.
    void onConnectorCreated(const ConnectorInstance& instance);
    void onConnectorRenamed(const ConnectorInstance& updated);
    void onConnectorDeleted(const QString& id, bool inBackground, const QString& message);
    void onConnectorNotFound(const QString& id);

    void setupActions();
    void setupConnections();
    void setupLifecycle(); // mainwindow_lifecycle.cpp
    void setupExport(); // mainwindow_export.cpp
    void setupFilters(); // mainwindow_filters.cpp: type filters, sorting, pasted ids, new instances
    void restoreListSettings(); // the last scope, state, filters and order
    void saveListSettings();
    void setupKeyboard(); // mainwindow_keyboard.cpp
    void setupStatus(); // mainwindow_status.cpp
    QString serverText() const; // "Label (host:port)"
    void fitToScreen(bool restored);
    void prepareCreateDialog(QWidget* dialog);
    void rememberTeamScopeRefused();
    QString teamScopeRefusedKey() const;
    void holdRowActionsBehindDialogs();
    void showShortcuts();
    void setupBulk(); // mainwindow_bulk.cpp
    QList<QAction*> bulkMenuActions() const; // on the selection, when there are several
    void readBack(const QString& id); // GET one instance for its row and the details pane
    QList<QAction*> lifecycleMenuActions() const;
    void forgetLifecycle(); // another server
    void lifecycleActionDone(); // an admin's action: the rows follow the server again soon
    void restoreSettings();
    void saveSettings();
    void updateActions();
    void updateTitle();
    void updateEmptyState();
    void onServerChanged();
    void onSessionReady();
    void onLoadingChanged(bool loading);
    void onQueryChanged(const ListQuery& query);
    void onPageLoaded(const Pagination& pagination);
    void onLoadFailed(const ApiError& error);
    void onCurrentConnectorChanged(const QString& id);
    void onCurrentConnectorUpdated(const QString& id);
    void showTableMenu(const QPoint& globalPos);
    const ConnectorInstance* currentInstance() const;
    ConnectorTableModel* tableModel() const;

    const std::unique_ptr<Ui::MainWindow> m_ui;
    QSettings m_settings;
    ServerProfiles m_profiles;
    ApiClient* m_client; // the caller's, or a child of the window
    CredentialStore* m_credentials;
    ServerSession* m_session;
    ConnectorListController* m_controller;
    StatusPanel* m_status;
    QTimer* m_deleteReloadTimer; // how long after a background delete the list is asked again
    DialogLauncher* m_dialogs;
    LifecycleActions* m_lifecycle = nullptr;
    BulkActions* m_bulk = nullptr;
    PageFollower* m_pageFollower = nullptr;
    ExportController* m_export = nullptr;
    int m_savedLimit = 0; // the page size of the last session, applied by the first load
    TableSortGuard* m_sortGuard = nullptr;
    CreatedRevealer* m_revealer = nullptr; // selects a new instance, on whatever page holds it
    bool m_demo = false;
};
