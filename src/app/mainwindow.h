#pragma once

#include "core/model/connectorinstance.h"
#include "core/net/apierror.h"
#include "core/settings/serverprofiles.h"

#include <QMainWindow>
#include <QSettings>
#include <QTimer>

#include <memory>

class ApiClient;
class BulkFeature;
class ConnectorListController;
class ConnectorTableModel;
class CredentialStore;
class DemoServer;
class DialogLauncher;
class ExportFeature;
class KeyboardNavigation;
class LifecycleFeature;
class ListFeature;
class ListQuery;
class ServerSession;
class StatusPanel;
class TeamScopeMemory;
class WindowGeometry;
struct Pagination;

namespace Ui {
class MainWindow;
}

// The window frame: filter bar, table, details pane and pager around one ConnectorListController, the
// server session, the single-instance actions (New, Rename, Delete, Copy, Details) and the dialogs they
// open. The features are parts of their own, each owning its actions and saying its own messages:
// ListFeature (type filters, sorting, pasted ids, new instances, the empty table's text, the list
// between launches), LifecycleFeature, BulkFeature, ExportFeature, KeyboardNavigation, WindowGeometry
// and TeamScopeMemory. This file makes them, hands each the pointers and signals it needs, and places
// their actions in the menus, the toolbar and the status bar; no part looks another up. What can be
// done now is decided in updateActions(), on every change of server, row or dialog: the window's own
// actions there, the lifecycle actions by LifecycleActions::update() called from there, whether export
// is available there (one export at a time is ExportController's), and the row actions, lifecycle ones
// included, held there while a rename or delete dialog is open. The pager's page actions and the bulk
// actions follow the page and the selection by themselves. It never blocks and sends no request
// itself: every call goes through the core or a part, asynchronously. Its parts go by object name (connectorTable,
// connectorListController, serverSession, dialogLauncher, statusPanel, deleteReloadTimer, the actions...): tests and
// the screenshot driver find them so.
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
    void setupFeatures(); // the parts of their own, placed in the menus, toolbar and status bar
    void restoreSettings();
    void saveSettings();
    QString serverText() const; // "Label (host:port)"
    void updateActions();
    void updateTitle();
    void onServerChanged();
    void onSessionReady();
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
    TeamScopeMemory* m_teamScope;
    std::unique_ptr<WindowGeometry> m_geometry;
    LifecycleFeature* m_lifecycle = nullptr;
    BulkFeature* m_bulk = nullptr;
    ExportFeature* m_export = nullptr;
    KeyboardNavigation* m_keyboard = nullptr;
    ListFeature* m_list = nullptr; // made after the window's layout is restored: it restores the list
    bool m_demo = false;
};
