#pragma once

#include <QList>
#include <QObject>

class ApiClient;
class ConnectorListController;
class ConnectorTableModel;
class DetailsPane;
class ErrorBanner;
class LifecycleActions;
class PageFollower;
class QAction;
class QStatusBar;
class QWidget;
class SignInProgress;

// An instance's life in the window: the lifecycle actions (LifecycleActions: sync, agent, sync now, full
// resync, sign in), the sign-in's progress for the status bar, and the rows that follow the server while
// they are in motion (PageFollower). What an action came to reaches the row and the details pane, and
// its message the status bar (a refusal the error banner too). The window places the actions and the
// progress; it asks this part to forget the server, and to look again soon after an admin's action.
class LifecycleFeature final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LifecycleFeature)

public:
    LifecycleFeature(ApiClient* client,
                     ConnectorListController* controller,
                     ConnectorTableModel* model,
                     DetailsPane* details,
                     ErrorBanner* banner,
                     QStatusBar* statusBar,
                     QWidget* window);

    LifecycleActions* lifecycleActions() const
    {
        return m_actions;
    }
    // The everyday ones, for the toolbar (Full resync asks first and stays in the menus).
    QList<QAction*> toolBarActions() const;
    SignInProgress* signInProgress() const
    {
        return m_progress;
    }

    void forgetServer(); // another server: what was learned and followed belongs to the old one
    void followSoon(); // an admin's action: the rows follow the server again soon

private:
    LifecycleActions* m_actions;
    PageFollower* m_pageFollower;
    SignInProgress* m_progress;
};
