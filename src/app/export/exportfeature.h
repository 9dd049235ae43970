#pragma once

#include <QObject>

class ApiClient;
class ConnectorListController;
class ErrorBanner;
class ExportController;
class QAction;
class QStatusBar;
class QWidget;
class SelectionTracker;
class ServerSession;

// File > Export view… (Ctrl+E) in the window: an ExportController fed with the list's filter and the
// selection across pages (the one the bulk actions see), its outcome in the status bar and its failures
// in the error banner too; what is being written is dropped when another server is chosen. The window
// places the action.
class ExportFeature final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportFeature)

public:
    ExportFeature(ApiClient* client,
                  ConnectorListController* controller,
                  SelectionTracker* selection,
                  ServerSession* session,
                  ErrorBanner* banner,
                  QStatusBar* statusBar,
                  QWidget* window);

    ExportController* controller() const
    {
        return m_export;
    }
    QAction* action() const;

private:
    ExportController* m_export;
};
