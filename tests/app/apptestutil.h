#pragma once

// Shared by the tests of the desktop console: a main window on a dev server, over real HTTP.
#include "testserver.h"
#include "testsettings.h"

#include "app/details/detailspane.h"
#include "app/dialoglauncher.h"
#include "app/lifecycle/lifecycleactions.h"
#include "app/list/connectortableview.h"
#include "app/list/errorbanner.h"
#include "app/list/pagefollower.h"
#include "app/mainwindow.h"
#include "app/serversession.h"
#include "app/statuspanel.h"
#include "core/list/connectorlistcontroller.h"
#include "core/list/connectortablemodel.h"
#include "core/net/apiclient.h"
#include "core/settings/appsettings.h"
#include "devserver/connectorstore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

namespace apptest {

inline int countScope(devserver::DevServer& server, const QString& scope)
{
    int n = 0;
    const QStringList ids = server.store().ids();
    for (const QString& id : ids)
        n += server.store().instance(id).value(QStringLiteral("scope")).toString() == scope ? 1 : 0;
    return n;
}

// Requests for the list endpoints (GET below /connectors, but not one instance's details).
inline QList<devserver::LoggedRequest> listRequests(const devserver::DevServer& server)
{
    static const QStringList listPaths{QStringLiteral("/api/v1/connectors"),
                                       QStringLiteral("/api/v1/connectors/active"),
                                       QStringLiteral("/api/v1/connectors/inactive"),
                                       QStringLiteral("/api/v1/connectors/configured"),
                                       QStringLiteral("/api/v1/connectors/agents/active")};
    QList<devserver::LoggedRequest> out;
    for (const devserver::LoggedRequest& r : server.requestLog()) {
        if (r.method == "GET" && listPaths.contains(r.path))
            out.append(r);
    }
    return out;
}

// The window's parts, found by object name as a person's tools would: the window has no accessors
// for tests. Each lookup warns when the part is missing.
template <typename T>
T* part(const QObject* window, const char* name)
{
    T* found = window->findChild<T*>(QLatin1String(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}
inline ConnectorListController* controllerOf(const QObject* window)
{
    return part<ConnectorListController>(window, "connectorListController");
}
inline ConnectorTableView* tableOf(const QObject* window)
{
    return part<ConnectorTableView>(window, "connectorTable");
}
inline ConnectorTableModel* modelOf(const QObject* window)
{
    return tableOf(window)->connectorModel();
}
inline ServerSession* sessionOf(const QObject* window)
{
    return part<ServerSession>(window, "serverSession");
}
inline DialogLauncher* dialogsOf(const QObject* window)
{
    return part<DialogLauncher>(window, "dialogLauncher");
}
inline ErrorBanner* bannerOf(const QObject* window)
{
    return part<ErrorBanner>(window, "errorBanner");
}
inline DetailsPane* detailsOf(const QObject* window)
{
    return part<DetailsPane>(window, "detailsPane");
}
inline StatusPanel* statusOf(const QObject* window)
{
    return part<StatusPanel>(window, "statusPanel");
}
inline LifecycleActions* lifecycleOf(const QObject* window)
{
    return part<LifecycleActions>(window, "lifecycleActions");
}
inline PageFollower* followerOf(const QObject* window)
{
    return part<PageFollower>(window, "pageFollower");
}
// Triggers one of the window's actions, as its menu item, button or shortcut does.
inline void trigger(const QObject* window, const char* action)
{
    part<QAction>(window, action)->trigger();
}

struct Harness
{
    explicit Harness(int seedCount = 137, devserver::Dialect dialect = devserver::Dialect::PipesHub)
        : ts(dialect, seedCount)
        , window(std::make_unique<MainWindow>(ts.client.get()))
        , sourceTester(modelOf(window.get()), QAbstractItemModelTester::FailureReportingMode::QtTest)
        , proxyTester(tableOf(window.get())->model(), QAbstractItemModelTester::FailureReportingMode::QtTest)
    {
        // A background delete is followed by a reload "shortly after": here, at once.
        part<QTimer>(window.get(), "deleteReloadTimer")->setInterval(50);
    }

    // Runs `action` and waits for the page it leads to; false when none came.
    bool loadAfter(const std::function<void()>& action)
    {
        QSignalSpy loaded(controller(), &ConnectorListController::pageLoaded);
        action();
        // A page from the controller's cache comes at once, before any wait could start.
        return !loaded.isEmpty() || loaded.wait(10000);
    }
    bool open()
    {
        return loadAfter([this] { window->openServer(ts.server.baseUrl(), testToken, QStringLiteral("Test server")); });
    }
    ConnectorListController* controller() const
    {
        return controllerOf(window.get());
    }
    ConnectorTableModel* model() const
    {
        return modelOf(window.get());
    }
    ConnectorTableView* table() const
    {
        return tableOf(window.get());
    }
    DetailsPane* details() const
    {
        return detailsOf(window.get());
    }
    ErrorBanner* banner() const
    {
        return bannerOf(window.get());
    }
    StatusPanel* status() const
    {
        return statusOf(window.get());
    }
    ServerSession* session() const
    {
        return sessionOf(window.get());
    }
    DialogLauncher* dialogs() const
    {
        return dialogsOf(window.get());
    }
    template <typename T>
    T* child(const char* name) const
    {
        return part<T>(window.get(), name);
    }

    // Destroyed in reverse: the testers, then the window, then the client it uses.
    TestServer ts;
    std::unique_ptr<MainWindow> window;
    // Every test of the window runs with the model and the proxy under the tester.
    QAbstractItemModelTester sourceTester;
    QAbstractItemModelTester proxyTester;
};

} // namespace apptest
